# report.awk: the benchmark report from build/bench/results.tsv (written by run.sh).
#   awk -F '\t' -v fmt=text|html -f report.awk results.tsv
# Input lines (tab-separated):
#   meta KEY VALUE
#   case K KIND    (KIND: page, feed or 304: which of the issue's targets applies)
#   run K LABEL BYTES STATUS TARGET REQ/S P50_MS P99_MS ERRORS
#       (TARGET: c2c (page cache on), built (cache_size = 0), static, responder)
# POSIX awk only (Debian's default awk is mawk).

$1 == "meta" { meta[$2] = $3; next }
$1 == "case" { kind[$2 + 0] = $3; next }
$1 == "run" {
	k = $2 + 0
	if (k + 1 > nk) nk = k + 1
	label[k] = $3; bytes[k] = $4; status[k] = $5
	t = $6
	rps[k, t] = $7 + 0; p50[k, t] = $8 + 0; p99[k, t] = $9 + 0; errs[k, t] = $10 + 0
	if ($10 + 0 > 0) bad = bad sprintf("  %s (%s): %d errors\n", $3, t, $10)
}

function lat(ms) { return ms >= 100 ? sprintf("%.0fms", ms) : sprintf("%.2fms", ms) }
# How many times slower c2c is than a reference: its req/s over c2c's.
function ratio(k, ref) { return rps[k, "c2c"] > 0 ? sprintf("%.1fx", rps[k, ref] / rps[k, "c2c"]) : "-" }
# The issue's targets, in times the responder's req/s: HTML pages and XML lists within
# 2.5x built and 1.3x from the page cache; feeds within 1.3x and 304s within 1.15x
# (one target each: it holds with the cache on or off).
function target(k, t) {
	if (kind[k] == "304") return 1.15
	if (kind[k] == "feed") return 1.3
	return t == "built" ? 2.5 : 1.3
}
# The responder's req/s over instance t's (c2c or built), e.g. "1.23x".
function rratio(k, t) { return rps[k, t] > 0 ? rps[k, "responder"] / rps[k, t] : -1 }
function rtext(k, t) { return rratio(k, t) < 0 ? "-" : sprintf("%.2fx", rratio(k, t)) }
# "ok" or "over" against the target.
function mark(k, t) { return rratio(k, t) < 0 ? "over" : rratio(k, t) <= target(k, t) ? "ok" : "over" }
function tgt(k, t) { return sprintf("%gx", target(k, t)) }
function esc(s) {
	gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); gsub(/"/, "\\&quot;", s)
	return s
}

function text(   k, nover) {
	printf "c2c benchmark, %s\n", meta["date"]
	printf "machine    %s cores (nproc), %s, %s; load average before the runs %s\n",
		meta["cores"], meta["cpu"], meta["kernel"], meta["load"]
	printf "c2c        %s: c2c.fcgi with workers = %s (one per core), default page cache (cached) and cache_size = 0 (built); MariaDB %s\n",
		meta["commit"], meta["cores"], meta["mariadb"]
	printf "front end  %s, worker_processes auto, access_log off, conf/nginx-c2c-root.conf\n", meta["nginx"]
	printf "client     %s per run, on the same machine, over loopback\n", meta["wrk"]
	printf "reference  static = the same bytes as a file from the same nginx;\n"
	printf "           responder = tests/bench/responder.c, libfcgi, one thread per core, the same\n"
	printf "           bytes from memory, through the same nginx snippet\n"
	printf "           cached = c2c.fcgi with the default page cache; built = a second c2c.fcgi\n"
	printf "           with cache_size = 0 (every request builds its answer), same nginx\n"
	printf "           \"x static\" = how many times slower c2c (cached) is (static req/s / c2c req/s)\n"
	printf "           \"x resp\" = responder req/s / c2c req/s, then the issue's target and ok/over:\n"
	printf "           pages and XML lists 2.5x built, 1.3x cached; feeds 1.3x; 304s 1.15x\n"
	printf "           (absolute figures move with the machine's load; the ratios, from runs\n"
	printf "           seconds apart, move less)\n\n"

	printf "%-40s %4s %7s | %8s %8s %8s | %8s %8s %8s | %8s | %-17s | %-17s\n", "", "", "",
		"cached", "", "", "built", "", "", "cached", "cached", "built"
	printf "%-40s %4s %7s | %8s %8s %8s | %8s %8s %8s | %8s | %-17s | %-17s\n", "c2c URL", "kind", "bytes",
		"req/s", "p50", "p99", "req/s", "p50", "p99", "x static", "x resp (target)", "x resp (target)"
	for (k = 0; k < nk; k++)
		printf "%-40s %4s %7d | %8.0f %8s %8s | %8.0f %8s %8s | %8s | %6s (%5s) %-4s | %6s (%5s) %-4s\n",
			label[k], kind[k], bytes[k],
			rps[k, "c2c"], lat(p50[k, "c2c"]), lat(p99[k, "c2c"]),
			rps[k, "built"], lat(p50[k, "built"]), lat(p99[k, "built"]), ratio(k, "static"),
			rtext(k, "c2c"), tgt(k, "c2c"), mark(k, "c2c"), rtext(k, "built"), tgt(k, "built"), mark(k, "built")
	for (k = 0; k < nk; k++) {
		nover += mark(k, "c2c") == "over"
		nover += mark(k, "built") == "over"
	}
	printf "\ntargets: %d of %d ratios within the issue's targets, %d over\n", 2 * nk - nover, 2 * nk, nover

	printf "\nreference points (same bytes, same nginx)\n"
	printf "%-34s %9s %9s %9s   %9s %9s %9s\n", "", "static", "", "", "responder", "", ""
	printf "%-34s %9s %9s %9s   %9s %9s %9s\n", "URL", "req/s", "p50", "p99", "req/s", "p50", "p99"
	for (k = 0; k < nk; k++)
		printf "%-34s %9.0f %9s %9s   %9.0f %9s %9s\n", label[k],
			rps[k, "static"], lat(p50[k, "static"]), lat(p99[k, "static"]),
			rps[k, "responder"], lat(p50[k, "responder"]), lat(p99[k, "responder"])
	if (bad != "")
		printf "\nWARNING: wrk counted errors (non-2xx/3xx answers or socket errors):\n%s", bad
}

# A horizontal grouped bar chart, one group of four bars per URL, in inline SVG.
function chart(title, unit, which,   k, i, t, v, max, w, y, h, lw, bw, color, name) {
	split("c2c built static responder", name, " ")
	color["c2c"] = "#c0392b"; color["built"] = "#e67e22"; color["static"] = "#7f8c8d"; color["responder"] = "#2e86c1"
	max = 0
	for (k = 0; k < nk; k++)
		for (i = 1; i <= 4; i++) {
			v = which == "rps" ? rps[k, name[i]] : p99[k, name[i]]
			if (v > max) max = v
		}
	if (max <= 0) max = 1
	lw = 250; bw = 520; h = 30 + nk * 69
	printf "<h2>%s</h2>\n", esc(title)
	printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", lw + bw + 110, h
	for (i = 1; i <= 4; i++)
		printf "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"16\">%s</text>\n",
			lw + (i - 1) * 120, color[name[i]], lw + (i - 1) * 120 + 16, name[i] == "c2c" ? "c2c (cached)" : name[i]
	for (k = 0; k < nk; k++) {
		y = 30 + k * 69
		printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", lw - 8, y + 32, esc(label[k])
		for (i = 1; i <= 4; i++) {
			t = name[i]
			v = which == "rps" ? rps[k, t] : p99[k, t]
			w = v / max * bw
			if (w < 1) w = 1
			printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"13\" fill=\"%s\"/>", lw, y + (i - 1) * 15, w, color[t]
			printf "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>\n", lw + w + 4, y + (i - 1) * 15 + 11,
				which == "rps" ? sprintf("%.0f %s", v, unit) : lat(v)
		}
	}
	printf "<line x1=\"%d\" y1=\"26\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", lw, lw, h - 4
	printf "</svg>\n"
}

function html(   k, c, t) {
	printf "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	printf "<title>c2c benchmark, %s</title>\n", esc(meta["date"])
	printf "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
	printf "th,td{padding:3px 10px;border-bottom:1px solid #ddd}td.n{text-align:right;font-variant-numeric:tabular-nums}"
	printf "th{text-align:left;background:#f4f4f4}td.ok{color:#1e8449}td.over{color:#c0392b;font-weight:bold}dt{font-weight:bold;float:left;width:7em}dd{margin-left:8em}</style>\n"
	printf "</head><body>\n<h1>c2c benchmark</h1>\n<dl>\n"
	printf "<dt>date</dt><dd>%s</dd>\n", esc(meta["date"])
	printf "<dt>machine</dt><dd>%s cores (nproc), %s, %s; load average before the runs %s</dd>\n",
		esc(meta["cores"]), esc(meta["cpu"]), esc(meta["kernel"]), esc(meta["load"])
	printf "<dt>c2c</dt><dd>%s: c2c.fcgi with workers = %s (one per core), default page cache (cached) and cache_size = 0 (built); MariaDB %s</dd>\n",
		esc(meta["commit"]), esc(meta["cores"]), esc(meta["mariadb"])
	printf "<dt>front end</dt><dd>%s, worker_processes auto, access_log off, conf/nginx-c2c-root.conf</dd>\n", esc(meta["nginx"])
	printf "<dt>client</dt><dd><code>%s</code> per run, on the same machine, over loopback</dd>\n", esc(meta["wrk"])
	printf "<dt>reference</dt><dd><b>static</b>: the same bytes as a file from the same nginx; "
	printf "<b>responder</b>: tests/bench/responder.c, libfcgi, one thread per core, the same bytes from memory, "
	printf "through the same nginx snippet. <b>cached</b>: c2c.fcgi with the default page cache; "
	printf "<b>built</b>: a second c2c.fcgi with <code>cache_size = 0</code>, every request builds its answer. "
	printf "&#8220;&#215; static&#8221; is how many times slower c2c (cached) is "
	printf "(static req/s &#247; c2c req/s); &#8220;&#215; responder&#8221; is responder req/s &#247; c2c req/s, "
	printf "against the issue&#8217;s target: pages and XML lists 2.5&#215; built and 1.3&#215; cached, "
	printf "feeds 1.3&#215;, 304s 1.15&#215;. Absolute figures move with the machine&#8217;s load; "
	printf "the ratios, from runs seconds apart, move less.</dd>\n</dl>\n"

	printf "<table>\n<tr><th rowspan=\"2\">c2c URL</th><th rowspan=\"2\">kind</th><th rowspan=\"2\">bytes</th>"
	printf "<th colspan=\"3\">cached</th><th colspan=\"3\">built</th><th rowspan=\"2\">&#215; static<br>(cached)</th>"
	printf "<th colspan=\"3\">&#215; responder, cached</th><th colspan=\"3\">&#215; responder, built</th></tr>\n"
	printf "<tr><th>req/s</th><th>p50</th><th>p99</th><th>req/s</th><th>p50</th><th>p99</th>"
	printf "<th>ratio</th><th>target</th><th></th><th>ratio</th><th>target</th><th></th></tr>\n"
	for (k = 0; k < nk; k++) {
		printf "<tr><td><code>%s</code></td><td>%s</td><td class=\"n\">%d</td>", esc(label[k]), esc(kind[k]), bytes[k]
		printf "<td class=\"n\">%.0f</td><td class=\"n\">%s</td><td class=\"n\">%s</td>", rps[k, "c2c"], lat(p50[k, "c2c"]), lat(p99[k, "c2c"])
		printf "<td class=\"n\">%.0f</td><td class=\"n\">%s</td><td class=\"n\">%s</td>", rps[k, "built"], lat(p50[k, "built"]), lat(p99[k, "built"])
		printf "<td class=\"n\">%s</td>", ratio(k, "static")
		for (c = 1; c <= 2; c++) {
			t = c == 1 ? "c2c" : "built"
			printf "<td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"%s\">%s</td>", rtext(k, t), tgt(k, t), mark(k, t), mark(k, t)
		}
		printf "</tr>\n"
	}
	printf "</table>\n"

	printf "<h2>Reference points (same bytes, same nginx)</h2>\n<table>\n"
	printf "<tr><th rowspan=\"2\">URL</th><th colspan=\"3\">static</th><th colspan=\"3\">responder</th></tr>\n"
	printf "<tr><th>req/s</th><th>p50</th><th>p99</th><th>req/s</th><th>p50</th><th>p99</th></tr>\n"
	for (k = 0; k < nk; k++) {
		printf "<tr><td><code>%s</code></td>", esc(label[k])
		printf "<td class=\"n\">%.0f</td><td class=\"n\">%s</td><td class=\"n\">%s</td>", rps[k, "static"], lat(p50[k, "static"]), lat(p99[k, "static"])
		printf "<td class=\"n\">%.0f</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n", rps[k, "responder"], lat(p50[k, "responder"]), lat(p99[k, "responder"])
	}
	printf "</table>\n"
	if (bad != "")
		printf "<p><b>Warning:</b> wrk counted errors (non-2xx/3xx answers or socket errors):</p><pre>%s</pre>\n", esc(bad)

	chart("Throughput (requests per second, higher is better)", "req/s", "rps")
	chart("p99 latency (lower is better)", "", "p99")
	printf "</body></html>\n"
}

END { if (fmt == "html") html(); else text() }

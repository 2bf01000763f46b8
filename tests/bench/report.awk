# report.awk: the benchmark report from build/bench/results.tsv (written by run.sh).
#   awk -F '\t' -v fmt=text|html -f report.awk results.tsv
# Input lines (tab-separated):
#   meta KEY VALUE
#   run K LABEL BYTES STATUS TARGET REQ/S P50_MS P99_MS ERRORS   (TARGET: c2c, static, responder)
# POSIX awk only (Debian's default awk is mawk).

$1 == "meta" { meta[$2] = $3; next }
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
function esc(s) {
	gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); gsub(/"/, "\\&quot;", s)
	return s
}

function text(   k) {
	printf "c2c benchmark, %s\n", meta["date"]
	printf "machine    %s cores (nproc), %s, %s; load average before the runs %s\n",
		meta["cores"], meta["cpu"], meta["kernel"], meta["load"]
	printf "c2c        %s: c2c.fcgi with workers = %s (one per core), default page cache; MariaDB %s\n",
		meta["commit"], meta["cores"], meta["mariadb"]
	printf "front end  %s, worker_processes auto, access_log off, conf/nginx-c2c-root.conf\n", meta["nginx"]
	printf "client     %s per run, on the same machine, over loopback\n", meta["wrk"]
	printf "reference  static = the same bytes as a file from the same nginx;\n"
	printf "           responder = tests/bench/responder.c, libfcgi, one thread per core, the same\n"
	printf "           bytes from memory, through the same nginx snippet\n"
	printf "           \"x static\" = how many times slower c2c is (static req/s / c2c req/s)\n"
	printf "           (absolute figures move with the machine's load; the ratios, from runs\n"
	printf "           seconds apart, move less)\n\n"

	printf "%-34s %7s %9s %9s %9s %9s %11s\n", "c2c URL", "bytes", "req/s", "p50", "p99", "x static", "x responder"
	for (k = 0; k < nk; k++)
		printf "%-34s %7d %9.0f %9s %9s %9s %11s\n", label[k], bytes[k], rps[k, "c2c"],
			lat(p50[k, "c2c"]), lat(p99[k, "c2c"]), ratio(k, "static"), ratio(k, "responder")

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

# A horizontal grouped bar chart, one group of three bars per URL, in inline SVG.
function chart(title, unit, which,   k, i, t, v, max, w, y, h, lw, bw, color, name) {
	split("c2c static responder", name, " ")
	color["c2c"] = "#c0392b"; color["static"] = "#7f8c8d"; color["responder"] = "#2e86c1"
	max = 0
	for (k = 0; k < nk; k++)
		for (i = 1; i <= 3; i++) {
			v = which == "rps" ? rps[k, name[i]] : p99[k, name[i]]
			if (v > max) max = v
		}
	if (max <= 0) max = 1
	lw = 250; bw = 520; h = 30 + nk * 54
	printf "<h2>%s</h2>\n", esc(title)
	printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", lw + bw + 110, h
	for (i = 1; i <= 3; i++)
		printf "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"16\">%s</text>\n",
			lw + (i - 1) * 120, color[name[i]], lw + (i - 1) * 120 + 16, name[i]
	for (k = 0; k < nk; k++) {
		y = 30 + k * 54
		printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", lw - 8, y + 24, esc(label[k])
		for (i = 1; i <= 3; i++) {
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

function html(   k, c) {
	printf "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	printf "<title>c2c benchmark, %s</title>\n", esc(meta["date"])
	printf "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
	printf "th,td{padding:3px 10px;border-bottom:1px solid #ddd}td.n{text-align:right;font-variant-numeric:tabular-nums}"
	printf "th{text-align:left;background:#f4f4f4}dt{font-weight:bold;float:left;width:7em}dd{margin-left:8em}</style>\n"
	printf "</head><body>\n<h1>c2c benchmark</h1>\n<dl>\n"
	printf "<dt>date</dt><dd>%s</dd>\n", esc(meta["date"])
	printf "<dt>machine</dt><dd>%s cores (nproc), %s, %s; load average before the runs %s</dd>\n",
		esc(meta["cores"]), esc(meta["cpu"]), esc(meta["kernel"]), esc(meta["load"])
	printf "<dt>c2c</dt><dd>%s: c2c.fcgi with workers = %s (one per core), default page cache; MariaDB %s</dd>\n",
		esc(meta["commit"]), esc(meta["cores"]), esc(meta["mariadb"])
	printf "<dt>front end</dt><dd>%s, worker_processes auto, access_log off, conf/nginx-c2c-root.conf</dd>\n", esc(meta["nginx"])
	printf "<dt>client</dt><dd><code>%s</code> per run, on the same machine, over loopback</dd>\n", esc(meta["wrk"])
	printf "<dt>reference</dt><dd><b>static</b>: the same bytes as a file from the same nginx; "
	printf "<b>responder</b>: tests/bench/responder.c, libfcgi, one thread per core, the same bytes from memory, "
	printf "through the same nginx snippet. &#8220;&#215; static&#8221; is how many times slower c2c is "
	printf "(static req/s &#247; c2c req/s). Absolute figures move with the machine&#8217;s load; "
	printf "the ratios, from runs seconds apart, move less.</dd>\n</dl>\n"

	printf "<table>\n<tr><th>c2c URL</th><th>bytes</th><th>req/s</th><th>p50</th><th>p99</th>"
	printf "<th>&#215; static</th><th>&#215; responder</th></tr>\n"
	for (k = 0; k < nk; k++)
		printf "<tr><td><code>%s</code></td><td class=\"n\">%d</td><td class=\"n\">%.0f</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
			esc(label[k]), bytes[k], rps[k, "c2c"], lat(p50[k, "c2c"]), lat(p99[k, "c2c"]),
			ratio(k, "static"), ratio(k, "responder")
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

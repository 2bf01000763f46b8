#!/bin/bash
# run.sh: the benchmark ("make bench").  Starts a private MariaDB, c2c.fcgi and nginx on
# loopback under var/bench (stopped at the end by their pids, even on failure), then for
# each URL below measures with wrk:
#   c2c        the page from c2c.fcgi behind nginx, with its page cache (the default
#              cache_size): what a deployment serves while the data does not change
#   built      the page from a second c2c.fcgi (same database, same nginx, its own port and
#              socket) with cache_size = 0: every request builds its page
#   static     the same bytes served by the same nginx as a static file
#   responder  the same bytes from a minimal libfcgi responder behind the same nginx
# and writes the report to $BUILD/bench/report.txt (also printed) and report.html.
# BENCH_SECONDS (default 5) is the length of each wrk run; BENCH_PORT the first port tried.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR="$top/${BUILD:-build}"
VAR=$("$top/tests/harness/vardir.sh")/bench || exit 1
OUT="$BUILD_DIR/bench"
H="$top/tests/harness"
B="$top/tests/bench"
SECS=${BENCH_SECONDS:-5}
CORES=$(nproc)
WRK_ARGS=(-t2 -c32 "-d${SECS}s" --latency)

case "$SECS" in '' | *[!0-9]* | 0) echo "bench: BENCH_SECONDS must be a positive integer" >&2; exit 2 ;; esac

# The URLs: label, then path.  The 304 cases are added after /cities.xml and the events
# feed have given their ETags.
CASES=(
	"/" "/"
	"/cities (HTML)" "/cities"
	"/cities.xml" "/cities.xml"
	"/cities.xml?limit=500" "/cities.xml?limit=500"
	"/cities/leeds" "/cities/leeds"
	"/partnerships.xml" "/partnerships.xml"
	"/partnerships/1" "/partnerships/1"
	"/events.xml?from=2017-01-01" "/events.xml?from=2017-01-01"
	"/feeds/events.atom (50 entries)" "/feeds/events.atom"
	"/feeds/events.ics" "/feeds/events.ics"
	"/cities/leeds/matches (ranking)" "/cities/leeds/matches"
	"/cities/leeds/matches.xml" "/cities/leeds/matches.xml"
	"/cities/leeds/dashboard" "/cities/leeds/dashboard"
	"/cities/leeds/dashboard.csv" "/cities/leeds/dashboard.csv"
	"/healthz.xml" "/healthz.xml"
	"/partnerships/1/plans (Cooperation Plans)" "/partnerships/1/plans"
)

# wrk is the one tool only the benchmark needs; make bench installs it through deps.sh,
# but run.sh may be run alone.
if ! command -v wrk >/dev/null; then
	[ "$(id -u)" = 0 ] || { echo "bench: wrk is missing; as root: apt-get install wrk" >&2; exit 1; }
	apt-get install -y -qq wrk >/dev/null 2>&1 ||
		{ apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

# Free loopback ports, as for the integration tests.
. "$H/ports.sh"
next_port=${BENCH_PORT:-27400}
for v in DB_PORT C2C_PORT STATIC_PORT RESP_PORT BUILT_PORT; do pick_port "$v"; done
C2C="http://127.0.0.1:$C2C_PORT"
BUILT="http://127.0.0.1:$BUILT_PORT"
STATIC="http://127.0.0.1:$STATIC_PORT/static"
RESP="http://127.0.0.1:$RESP_PORT"
RESP_SOCK="$VAR/responder.sock"
NGINX_PID_FILE="$VAR/nginx/nginx.pid"

# Everything started here is stopped here, by pid, whatever happened in between.
FCGI_PID=
BUILT_PID=
RESP_PID=
stop_pid() {   # PID [SIGNAL]: signal it and wait until it is gone
	kill "-${2:-TERM}" "$1" 2>/dev/null || return 0
	for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
	kill -KILL "$1" 2>/dev/null || true
}
resp_stop() {
	[ -n "$RESP_PID" ] || return 0
	stop_pid "$RESP_PID"
	wait "$RESP_PID" 2>/dev/null || true
	RESP_PID=
}
teardown() {
	set +e
	# nginx daemonizes: its master's pid is only in the pid file.  QUIT lets it finish.
	[ -f "$NGINX_PID_FILE" ] && stop_pid "$(cat "$NGINX_PID_FILE")" QUIT
	resp_stop
	if [ -n "$FCGI_PID" ]; then stop_pid "$FCGI_PID"; wait "$FCGI_PID" 2>/dev/null; FCGI_PID=; fi
	if [ -n "$BUILT_PID" ]; then stop_pid "$BUILT_PID"; wait "$BUILT_PID" 2>/dev/null; BUILT_PID=; fi
	"$H/mariadb.sh" stop "$VAR/db" >/dev/null 2>&1
}
trap teardown EXIT
trap 'exit 130' INT TERM   # so that an interrupted run still goes through teardown

die() { echo "bench: $*" >&2; exit 1; }

# probe URL BODY [curl args...]: prints "STATUS<TAB>CONTENT-TYPE"; body in BODY, headers in BODY.head.
probe() {
	local url=$1 body=$2
	shift 2
	: > "$body"   # curl leaves the file alone when there is no body (304)
	curl -s -g -o "$body" -D "$body.head" -w '%{http_code}\t%{content_type}' --max-time 10 "$@" "$url" ||
		die "curl $url failed"
}
header() {   # FILE NAME: the value of a header, CR removed; empty when absent
	sed -n "s/^$2: *//Ip" "$1" | head -1 | tr -d '\r'
}

# bench NAME URL [wrk args...]: one wrk run; prints "REQ/S P50_MS P99_MS ERRORS".
bench() {
	local name=$1 url=$2 log
	shift 2
	log="$VAR/wrk/$name.txt"
	wrk "${WRK_ARGS[@]}" "$@" "$url" > "$log" 2>&1 || { cat "$log" >&2; die "wrk $url failed"; }
	# wrk prints latencies as 612.00us, 1.23ms, 1.02s or 1.50m: all in ms here.
	awk '
		function ms(v) {
			if (v ~ /us$/) return v / 1000
			if (v ~ /ms$/) return v + 0
			if (v ~ /[0-9]s$/) return v * 1000
			if (v ~ /m$/) return v * 60000
			return v + 0
		}
		$1 == "50%" { p50 = ms($2) }
		$1 == "99%" { p99 = ms($2) }
		/^Requests\/sec:/ { rps = $2 }
		/Non-2xx or 3xx responses:/ { err += $NF }
		/Socket errors:/ { gsub(/[^0-9]+/, " "); for (i = 1; i <= NF; i++) err += $i }
		END {
			if (rps == "" || p99 == "") exit 1
			printf "%.1f %.3f %.3f %d\n", rps, p50, p99, err
		}' "$log" || die "cannot read wrk output in $log"
}

# --- the stack ------------------------------------------------------------------------
mkdir -p "$OUT"
# The reference responder, built from source each run (it is tiny).
# shellcheck disable=SC2046  # pkg-config prints several words on purpose
cc -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -o "$OUT/responder" "$B/responder.c" \
	$(pkg-config --cflags --libs fcgi) -pthread || die "cannot build the responder"

# A MariaDB left by an interrupted earlier run of the benchmark lives in var/bench/db:
# stop it (by its pid file) before its directory goes away.
"$H/mariadb.sh" stop "$VAR/db" >/dev/null 2>&1 || true
rm -rf "$VAR"
mkdir -p "$VAR/wrk" "$VAR/body" "$VAR/static" "$VAR/nginx/tmp" "$VAR/built"
cd "$top"

echo "bench: $CORES cores (nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench: MariaDB :$DB_PORT; nginx :$C2C_PORT (c2c) :$BUILT_PORT (c2c, cache_size = 0) :$STATIC_PORT (static) :$RESP_PORT (responder); ${SECS}s per run"
"$H/mariadb.sh" start "$VAR/db" "$DB_PORT" >"$VAR/mariadb.log" 2>&1 || { cat "$VAR/mariadb.log"; die "MariaDB did not start"; }
# As tests/integration/run.sh, but one worker per core, and the default page cache.
echo "log_level = warning" | "$H/conf.sh" "$VAR" "$CORES"
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" migrate >"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; die "migrate failed"; }
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed >>"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; die "seed failed"; }
# Seven more events, so that the events feed's subscription document holds 50 entries.
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c -e "INSERT INTO events (uid, title, starts_at, all_day, country_code, updated_at) SELECT CONCAT('bench-', seq), CONCAT('Bench event ', seq), '2027-01-01' + INTERVAL seq DAY, 1, 'DE', '2026-01-01' FROM seq_1_to_7" ||
	die "could not add the bench events"
# The plan and tracker pages (issue 18) need a plan version and tracker entries: the
# demo's Gothenburg-Shanghai ones (sql/samples/seed), and their two lines measured.
for f in sql/samples/seed/110_tracker.sql sql/samples/seed/120_plans.sql; do
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c < "$f" ||
		die "could not load $f"
done
read -r gs_id gs_plan < <(mariadb --no-defaults -S "$VAR/db/mysqld.sock" -uroot -N -B c2c -e "SELECT partnership_id, id FROM plans WHERE version = 1 ORDER BY id LIMIT 1") ||
	die "no plan after loading sql/samples/seed/120_plans.sql"
[ -n "${gs_plan:-}" ] || die "no plan after loading sql/samples/seed/120_plans.sql"
CASES+=(
	"/plans/{id} (a Cooperation Plan version)" "/plans/$gs_plan"
	"/partnerships/{id}/tracker (step tracker)" "/partnerships/$gs_id/tracker"
)
setsid "$BUILD_DIR/c2c.fcgi" -c "$VAR/c2c.conf" </dev/null >>"$VAR/c2c.log" 2>&1 &
FCGI_PID=$!
# The "built" instance: the same configuration but its own socket and no page cache
# (cache_size = 0 also turns off the feeds' state cache: every request builds its answer).
sed "s|^listen = .*|listen = unix:$VAR/built/c2c.sock|" "$VAR/c2c.conf" > "$VAR/built/c2c.conf"
echo "cache_size = 0" >> "$VAR/built/c2c.conf"
setsid "$BUILD_DIR/c2c.fcgi" -c "$VAR/built/c2c.conf" </dev/null >>"$VAR/built/c2c.log" 2>&1 &
BUILT_PID=$!
for _ in $(seq 100); do [ -S "$VAR/c2c.sock" ] && [ -S "$VAR/built/c2c.sock" ] && break; sleep 0.05; done
[ -S "$VAR/c2c.sock" ] || { tail "$VAR/c2c.log"; die "c2c.fcgi did not start"; }
[ -S "$VAR/built/c2c.sock" ] || { tail "$VAR/built/c2c.log"; die "c2c.fcgi (cache_size = 0) did not start"; }

# nginx: our own configuration, with the deployer's snippet (socket path changed, as
# tests/harness/nginx.sh does) for c2c and for the responder.
n="$VAR/nginx"
cp /etc/nginx/fastcgi_params "$n/fastcgi_params"
sed "s|unix:/run/c2c/c2c.sock|unix:$VAR/c2c.sock|" conf/nginx-c2c-root.conf > "$n/c2c-root.conf"
# The built instance's server tells c2c the cached one's port, so that feeds' absolute
# links, and with them the bytes, are the same.
sed -e "s|unix:/run/c2c/c2c.sock|unix:$VAR/built/c2c.sock|" -e "s|include fastcgi_params;|include built_fastcgi_params;|" \
	conf/nginx-c2c-root.conf > "$n/built-root.conf"
grep -q 'include built_fastcgi_params;' "$n/built-root.conf" || die "conf/nginx-c2c-root.conf no longer includes fastcgi_params"
sed "s|^fastcgi_param *SERVER_PORT .*|fastcgi_param  SERVER_PORT        $C2C_PORT;|" "$n/fastcgi_params" > "$n/built_fastcgi_params"
grep -q "SERVER_PORT *$C2C_PORT;" "$n/built_fastcgi_params" || die "no SERVER_PORT in /etc/nginx/fastcgi_params"
sed "s|unix:/run/c2c/c2c.sock|unix:$RESP_SOCK|" conf/nginx-c2c-root.conf > "$n/responder-root.conf"
echo 'types { }' > "$n/static-types.conf"
sed -e "s|@DIR@|$n|g" -e "s|@STATIC_DIR@|$VAR/static|g" -e "s|@C2C_PORT@|$C2C_PORT|g" \
	-e "s|@STATIC_PORT@|$STATIC_PORT|g" -e "s|@RESP_PORT@|$RESP_PORT|g" -e "s|@BUILT_PORT@|$BUILT_PORT|g" \
	"$B/nginx.conf.in" > "$n/nginx.conf"
nginx -p "$n" -c "$n/nginx.conf" -e "$n/error.log" || die "nginx did not start; see $n/error.log"
for _ in $(seq 100); do [ -s "$NGINX_PID_FILE" ] && break; sleep 0.05; done
[ -s "$NGINX_PID_FILE" ] || die "nginx wrote no pid file"

# --- the bodies -----------------------------------------------------------------------
# Each page fetched once through nginx: its bytes, Content-Type and ETag become the
# reference points' answer.  Distinct Content-Types get made-up extensions for nginx.
declare -a LABEL URLPATH CTYPE ETAG BETAG SIZE FILE SNAME HDR BHDR KIND
declare -A ext_of=()
n_cases=0
for ((i = 0; i < ${#CASES[@]}; i += 2)); do
	k=$n_cases
	LABEL[k]=${CASES[i]}
	URLPATH[k]=${CASES[i + 1]}
	FILE[k]=$(printf '%s/body/%02d' "$VAR" "$k")
	r=$(probe "$C2C${URLPATH[k]}" "${FILE[k]}")
	IFS=$'\t' read -r status ctype <<< "$r"
	[ "$status" = 200 ] || die "$C2C${URLPATH[k]} answered $status, not 200"
	CTYPE[k]=$ctype
	ETAG[k]=$(header "${FILE[k]}.head" ETag)
	SIZE[k]=$(wc -c < "${FILE[k]}")
	HDR[k]= BHDR[k]=
	# What the issue's targets call it: a feed, a 304, or a page (HTML page or XML list).
	case ${URLPATH[k]} in /feeds/*) KIND[k]=feed ;; *) KIND[k]=page ;; esac
	# The built instance's answer: the same bytes; its own ETag (a page's hashes the
	# process's start).
	r=$(probe "$BUILT${URLPATH[k]}" "$VAR/probe")
	IFS=$'\t' read -r status ctype <<< "$r"
	[ "$status" = 200 ] || die "$BUILT${URLPATH[k]} answered $status, not 200"
	cmp -s "$VAR/probe" "${FILE[k]}" || die "$BUILT${URLPATH[k]}: not the same bytes as the cached instance's"
	BETAG[k]=$(header "$VAR/probe.head" ETag)
	[ -n "${ext_of[$ctype]:-}" ] || ext_of[$ctype]="t${#ext_of[@]}"
	SNAME[k]=$(printf '%02d.%s' "$k" "${ext_of[$ctype]}")
	cp "${FILE[k]}" "$VAR/static/${SNAME[k]}"
	n_cases=$((n_cases + 1))
	# The 304 cases: the same URL again, asking with the ETag of its first answer.
	if [ "${URLPATH[k]}" = /cities.xml ] || [ "${URLPATH[k]}" = /feeds/events.atom ]; then
		p=${URLPATH[k]}
		[ -n "${ETAG[k]}" ] || die "$p sent no ETag"
		j=$n_cases
		LABEL[j]="$p 304 (If-None-Match)"
		URLPATH[j]=$p
		FILE[j]=${FILE[k]} SNAME[j]=${SNAME[k]} CTYPE[j]=${CTYPE[k]} ETAG[j]=${ETAG[k]}
		HDR[j]="If-None-Match: ${ETAG[k]}"
		BHDR[j]="If-None-Match: ${BETAG[k]}"
		KIND[j]=304
		SIZE[j]=0
		status=$(curl -s -o /dev/null -w '%{http_code}' -H "${HDR[j]}" "$C2C$p")
		[ "$status" = 304 ] || die "$p with If-None-Match: ${ETAG[k]} answered $status, not 304"
		status=$(curl -s -o /dev/null -w '%{http_code}' -H "${BHDR[j]}" "$BUILT$p")
		[ "$status" = 304 ] || die "$BUILT$p with If-None-Match: ${BETAG[k]} answered $status, not 304"
		n_cases=$((n_cases + 1))
	fi
done

# Now that the Content-Types are known, nginx learns them; SIGHUP reloads the
# configuration, and the first static file tells when the new workers are there.
{
	echo 'types {'
	for ct in "${!ext_of[@]}"; do printf '  "%s" %s;\n' "$ct" "${ext_of[$ct]}"; done
	echo '}'
} > "$n/static-types.conf"
kill -HUP "$(cat "$NGINX_PID_FILE")"
for _ in $(seq 100); do
	r=$(probe "$STATIC/${SNAME[0]}" "$VAR/probe") || r=
	IFS=$'\t' read -r status ctype <<< "$r"
	[ "$ctype" = "${CTYPE[0]}" ] && break
	sleep 0.1
done
[ "$ctype" = "${CTYPE[0]}" ] || die "static files served as '$ctype', not '${CTYPE[0]}'; see $n/error.log"

# --- the runs -------------------------------------------------------------------------
RESULTS="$OUT/results.tsv"
{
	printf 'meta\tdate\t%s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	printf 'meta\tcores\t%s\n' "$CORES"
	printf 'meta\tcpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)"
	printf 'meta\tkernel\t%s\n' "$(uname -sr)"
	# Whatever else runs on the machine competes with the measurement: say how busy it was.
	printf 'meta\tload\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
	printf 'meta\tcommit\t%s\n' "$(git -C "$top" describe --always --dirty 2>/dev/null || echo unknown)"
	printf 'meta\tnginx\t%s\n' "$(nginx -v 2>&1 | sed 's/^nginx version: //')"
	printf 'meta\tmariadb\t%s\n' "$(mariadbd --version | sed -n 's/.*Ver \([^ ]*\).*/\1/p')"
	printf 'meta\twrk\twrk %s\n' "${WRK_ARGS[*]}"
} > "$RESULTS"

for ((k = 0; k < n_cases; k++)); do
	want=200
	extra=()
	bextra=()
	sextra=()
	printf 'case\t%d\t%s\n' "$k" "${KIND[k]}" >> "$RESULTS"
	if [ -n "${HDR[k]}" ]; then
		want=304
		extra=(-H "${HDR[k]}")
		bextra=(-H "${BHDR[k]}")
		# nginx's own ETag for the file: the static reference answers 304 by its own rule.
		probe "$STATIC/${SNAME[k]}" "$VAR/probe" >/dev/null
		sextra=(-H "If-None-Match: $(header "$VAR/probe.head" ETag)")
	fi

	# The responder of this page: its bytes, Content-Type and ETag, from memory.
	rm -f "$RESP_SOCK"
	"$OUT/responder" "$RESP_SOCK" "${FILE[k]}" "${CTYPE[k]}" ${ETAG[k]:+"${ETAG[k]}"} >>"$VAR/responder.log" 2>&1 &
	RESP_PID=$!
	for _ in $(seq 100); do [ -S "$RESP_SOCK" ] && break; sleep 0.02; done
	[ -S "$RESP_SOCK" ] || { cat "$VAR/responder.log"; die "the responder did not start"; }

	# The four answer alike (status, Content-Type, bytes) before they are compared.
	for t in c2c built static responder; do
		case $t in
		c2c) url="$C2C${URLPATH[k]}" args=("${extra[@]}") ;;
		built) url="$BUILT${URLPATH[k]}" args=("${bextra[@]}") ;;
		static) url="$STATIC/${SNAME[k]}" args=("${sextra[@]}") ;;
		responder) url="$RESP${URLPATH[k]}" args=("${extra[@]}") ;;
		esac
		r=$(probe "$url" "$VAR/probe" "${args[@]}")
		IFS=$'\t' read -r status ctype <<< "$r"
		[ "$status" = "$want" ] || die "$t $url answered $status, not $want"
		if [ "$want" = 200 ]; then
			[ "$ctype" = "${CTYPE[k]}" ] || die "$t $url: Content-Type '$ctype', not '${CTYPE[k]}'"
			cmp -s "$VAR/probe" "${FILE[k]}" || die "$t $url: not the same bytes as c2c"
		fi
	done

	printf 'bench: %-34s' "${LABEL[k]}"
	for t in c2c built static responder; do
		case $t in
		c2c) url="$C2C${URLPATH[k]}" args=("${extra[@]}") ;;
		built) url="$BUILT${URLPATH[k]}" args=("${bextra[@]}") ;;
		static) url="$STATIC/${SNAME[k]}" args=("${sextra[@]}") ;;
		responder) url="$RESP${URLPATH[k]}" args=("${extra[@]}") ;;
		esac
		r=$(bench "$(printf '%02d' "$k")-$t" "$url" "${args[@]}")
		read -r rps p50 p99 errs <<< "$r"
		printf 'run\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$k" "${LABEL[k]}" "${SIZE[k]}" "$want" \
			"$t" "$rps" "$p50" "$p99" "$errs" >> "$RESULTS"
		printf '  %s %9s req/s' "$t" "$rps"
	done
	echo
	resp_stop
done

# --- the dashboard ---------------------------------------------------------------------
# A partnership with every KPI (18) and ten years of quarterly values: the time c2c takes
# to build its dashboard page, uncached (each run follows a new data version), measured
# as curl's time to the first byte over loopback through nginx.
echo "bench: dashboard"
sqlq() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c -e "$1"; }
DPID=$(sqlq "SELECT MIN(id) FROM partnerships")
sqlq "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, score, source, entered_by)
	SELECT k.id, $DPID, '2010-01-01' + INTERVAL q.seq * 3 MONTH, LAST_DAY('2010-01-01' + INTERVAL q.seq * 3 + 2 MONTH),
	IF(k.kind = 'qualitative', NULL, 10 + q.seq), IF(k.kind = 'qualitative', 1 + q.seq % 5, NULL), 'bench', 'bench'
	FROM kpis k JOIN seq_0_to_39 q" || die "could not add the dashboard's values"
: > "$VAR/dash.times"
for _ in $(seq 21); do
	sqlq "UPDATE data_version SET version = version + 1 WHERE id = 1"
	sleep 0.3   # longer than version_check_ms: the next request sees the new version
	curl -s -o /dev/null -w '%{time_starttransfer}\n' "$C2C/partnerships/$DPID" >> "$VAR/dash.times"
done
npoints=$(curl -s "$C2C/partnerships/$DPID.xml" | grep -c '<point ')
sort -n "$VAR/dash.times" | awk -v n="$npoints" '{ t[NR] = $1 * 1000 } END {
	printf "dashboard: 18 KPIs x 40 quarters (%d points), HTML, uncached: median %.1f ms, max %.1f ms (first byte, through nginx)\n", n, t[int((NR + 1) / 2)], t[NR] }' \
	> "$OUT/dashboard.txt"

# --- matching --------------------------------------------------------------------------
# The engine alone against 100,000 generated candidates, and the leave-one-out evaluation
# on the report's pairs (docs/matching.md), while the database still runs.
echo "bench: matching"
"$BUILD_DIR/match_bench" > "$OUT/match.txt" || die "match_bench failed"
{
	echo
	echo "matching leave-one-out evaluation (c2cctl match --evaluate, the report's pairs)"
	"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate
} >> "$OUT/match.txt" || die "c2cctl match --evaluate failed"

# --- the calendar import ------------------------------------------------------------------
# A generated calendar of 100,000 events served by the same nginx as a static file:
# c2cctl import stores it (fetch, parse, compare, one transaction), then MariaDB's own
# LOAD DATA stores the same rows from a file (the same table, indexes and triggers), as
# the reference; then a re-import with nothing changed (a full download, parse and
# compare) and one answered 304.
echo "bench: import"
NIMPORT=${BENCH_IMPORT_EVENTS:-100000}
"$top/tests/tools/gen_ics.sh" "$NIMPORT" bench > "$VAR/static/import.ics"
{ cat "$VAR/c2c.conf"; printf 'import_allow_networks = 127.0.0.1/32\nimport_max_bytes = 268435456\nimport_timeout = 600\nimport_window_future_days = 3650\nimport_max_occurrences = 10000000\n'; } > "$VAR/import.conf"
now() { date +%s.%N; }
src=$("$BUILD_DIR/c2cctl" -c "$VAR/import.conf" source add "$STATIC/import.ics" --name bench | sed -n 's/^source \([0-9]*\) added.*/\1/p')
[ -n "$src" ] || die "could not add the import source"
t0=$(now)
"$BUILD_DIR/c2cctl" -c "$VAR/import.conf" import --source "$src" > "$VAR/import1.txt" || { cat "$VAR/import1.txt"; die "import failed"; }
t1=$(now)
"$BUILD_DIR/c2cctl" -c "$VAR/import.conf" import --source "$src" > "$VAR/import304.txt" || die "second import failed"
t2=$(now)
touch "$VAR/static/import.ics"   # a new Last-Modified and ETag: downloaded and compared again
sleep 1
t3=$(now)
"$BUILD_DIR/c2cctl" -c "$VAR/import.conf" import --source "$src" > "$VAR/import-same.txt" || die "third import failed"
t4=$(now)
grep -q "$NIMPORT events: $NIMPORT added" "$VAR/import1.txt" || { cat "$VAR/import1.txt"; die "the import did not add every event"; }
grep -q 'HTTP 304' "$VAR/import304.txt" || { cat "$VAR/import304.txt"; die "the second import was not a 304"; }
grep -q "0 added, 0 updated, 0 removed, $NIMPORT unchanged" "$VAR/import-same.txt" || { cat "$VAR/import-same.txt"; die "the third import changed something"; }
cols="uid, recurrence_id, title, description, starts_at, ends_at, tzid, all_day, location, url, organiser, kind, status, sequence, categories"
sqlq "SELECT $cols FROM events WHERE source_id = $src" > "$VAR/import.tsv"
ref=$(sqlq "INSERT INTO calendar_sources (name, url) VALUES ('LOAD DATA reference', 'http://127.0.0.1/ref.ics'); SELECT LAST_INSERT_ID()")
t5=$(now)
mariadb --no-defaults --default-character-set=utf8mb4 --local-infile=1 -S "$VAR/db/mysqld.sock" -uroot c2c -e \
	"LOAD DATA LOCAL INFILE '$VAR/import.tsv' INTO TABLE events ($cols) SET source_id = $ref" || die "LOAD DATA failed"
t6=$(now)
[ "$(sqlq "SELECT COUNT(*) FROM events WHERE source_id = $ref")" = "$NIMPORT" ] || die "LOAD DATA did not load every row"
awk -v n="$NIMPORT" -v bytes="$(wc -c < "$VAR/static/import.ics")" -v a="$t0" -v b="$t1" -v c="$t2" \
	-v d="$t3" -v e="$t4" -v f="$t5" -v g="$t6" 'BEGIN {
	imp = b - a; ld = g - f
	printf "import: %d events (%.1f MB) from loopback: c2cctl import %.2f s, %.0f events/s; MariaDB LOAD DATA of the same rows %.2f s, %.0f rows/s: ratio %.2fx\n", n, bytes / 1e6, imp, n / imp, ld, n / ld, imp / ld
	printf "import: again with nothing changed (downloaded, parsed, compared) %.2f s, %.0f events/s; answered 304 %.3f s\n", e - d, n / (e - d), c - b
}' > "$OUT/import.txt"

# --- the report -----------------------------------------------------------------------
awk -F '\t' -v fmt=text -f "$B/report.awk" "$RESULTS" > "$OUT/report.txt"
awk -F '\t' -v fmt=html -f "$B/report.awk" "$RESULTS" > "$OUT/report.html"
{ echo; cat "$OUT/dashboard.txt"; echo; cat "$OUT/import.txt"; echo; echo "matching engine (tests/bench/match_bench.c, one core)"; cat "$OUT/match.txt"; } >> "$OUT/report.txt"
echo
cat "$OUT/report.txt"
echo
echo "bench: report in $OUT/report.txt and $OUT/report.html; wrk outputs in $VAR/wrk"

#!/bin/bash
# large.sh: the large-data benchmark ("make bench-large", issue 15).  A private MariaDB
# under var/bench-large gets the migrations and the seed, then a generated flood made
# inside SQL (sequence-engine tables, INSERT ... SELECT): LARGE_CITIES cities (both sides),
# LARGE_PARTNERSHIPS partnerships with areas, agreements, activities and KPI values,
# LARGE_SOURCES calendar sources and LARGE_EVENTS events (past and future, some recurring
# masters, with areas).  Then c2c.fcgi with cache_size = 0 (every request builds its page:
# this measures the build, not the cache) behind nginx, and every public GET page kind is
# timed (curl's time to the first byte on loopback, LARGE_REPEAT requests per row, each
# with other valid parameters so that no layer can answer from a cache); each row is ok
# or OVER against the issue's target (LARGE_TARGET_MS, default 200 ms).
#   LARGE_EVENTS (2000000) LARGE_CITIES (2000) LARGE_PARTNERSHIPS (5000) LARGE_SOURCES (200)
#   LARGE_REPEAT (5) LARGE_TARGET_MS (200) LARGE_PORT (first port tried, 30500)
#   LARGE_ROWS: only the rows named (e.g. "overview events feed-events"), all by default
#   LARGE_REUSE=1: keep the database of an earlier run with the same sizes (only the new
#   migrations are applied), to measure a change without generating again.
#   LARGE_BUFFER_POOL (1G): InnoDB's buffer pool; the data (about 1.5 GB at the default
#   size) is meant to be served from memory, as a database server sized for it would.
# The table goes to $BUILD/bench-large/report.txt (also printed); the private MariaDB's slow
# query log (statements over 100 ms) to var/bench-large/db/slow.log.
# Nothing here is part of make check: speed targets live in benchmarks only.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR="$top/${BUILD:-build}"
VAR=$("$top/tests/harness/vardir.sh")/bench-large || exit 1
OUT="$BUILD_DIR/bench-large"
H="$top/tests/harness"
EVENTS=${LARGE_EVENTS:-2000000}
CITIES=${LARGE_CITIES:-2000}
PARTNERSHIPS=${LARGE_PARTNERSHIPS:-5000}
SOURCES=${LARGE_SOURCES:-200}
REPEAT=${LARGE_REPEAT:-5}
TARGET=${LARGE_TARGET_MS:-200}
POOL=${LARGE_BUFFER_POOL:-1G}

die() { echo "bench-large: $*" >&2; exit 1; }
for v in EVENTS CITIES PARTNERSHIPS SOURCES REPEAT TARGET; do
	case ${!v} in '' | *[!0-9]*) die "LARGE_$v must be a number" ;; esac
done
[ "$CITIES" -ge 2 ] && [ "$CITIES" -le 100000 ] || die "LARGE_CITIES must be 2..100000"
[ "$EVENTS" -le 3000000 ] || die "LARGE_EVENTS must be at most 3000000"
[ "$SOURCES" -ge 1 ] && [ "$SOURCES" -le 10000 ] || die "LARGE_SOURCES must be 1..10000"
[ "$REPEAT" -ge 1 ] || die "LARGE_REPEAT must be at least 1"
# Distinct pairs (large.sh's formula below) while k < E * C / 17.
[ "$PARTNERSHIPS" -le $(( (CITIES / 2) * (CITIES / 2) / 17 )) ] ||
	die "LARGE_PARTNERSHIPS too large for LARGE_CITIES=$CITIES"

. "$H/ports.sh"
next_port=${LARGE_PORT:-30500}
for v in DB_PORT WEB_PORT; do pick_port "$v"; done
WEB="http://127.0.0.1:$WEB_PORT"

# Everything started here is stopped here, by pid, whatever happened in between.
FCGI_PID=
teardown() {
	set +e
	"$H/nginx.sh" stop "$VAR/nginx" >/dev/null 2>&1
	if [ -n "$FCGI_PID" ]; then
		kill -TERM "$FCGI_PID" 2>/dev/null
		for _ in $(seq 100); do kill -0 "$FCGI_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$FCGI_PID" 2>/dev/null
		wait "$FCGI_PID" 2>/dev/null
	fi
	"$H/mariadb.sh" stop "$VAR/db" >/dev/null 2>&1
}
trap teardown EXIT
trap 'exit 130' INT TERM

sqlq() { nice -n 10 mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c -e "$1"; }
now() { date +%s.%N; }
T0=$(now)
step_t=$T0
step() {   # NAME: the time since the previous step
	local t
	t=$(now)
	printf 'bench-large: %-44s %7.1f s (total %.1f s)\n' "$1" "$(echo "$t - $step_t" | bc)" "$(echo "$t - $T0" | bc)"
	step_t=$t
}

mkdir -p "$OUT"
sizes="events=$EVENTS cities=$CITIES partnerships=$PARTNERSHIPS sources=$SOURCES"
reuse=0
if [ "${LARGE_REUSE:-0}" = 1 ] && [ -f "$VAR/sizes" ] && [ "$(cat "$VAR/sizes")" = "$sizes" ]; then
	reuse=1
else
	"$H/mariadb.sh" stop "$VAR/db" >/dev/null 2>&1 || true
	rm -rf "$VAR"
fi
mkdir -p "$VAR"
echo "bench-large: $sizes; MariaDB :$DB_PORT (buffer pool $POOL), nginx :$WEB_PORT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The slow query log names what to look at; statements over 100 ms.
MARIADB_ARGS="--innodb-buffer-pool-size=$POOL --innodb-log-file-size=512M --innodb-flush-log-at-trx-commit=2 --slow-query-log=1 --slow-query-log-file=$VAR/db/slow.log --long-query-time=0.1 --max-allowed-packet=64M" \
	nice -n 10 "$H/mariadb.sh" start "$VAR/db" "$DB_PORT" >"$VAR/mariadb.log" 2>&1 ||
	{ cat "$VAR/mariadb.log"; die "MariaDB did not start"; }
# Two workers (the machine's cores are shared), no page cache, the default statement
# time limit: a page over it answers 503, which the table shows.  A long read timeout for
# c2cctl migrate: a migration that backfills a column of millions of rows takes longer
# than the default 30 s (sql/011_bounded_pages.sql).
printf 'log_level = warning\ncache_size = 0\ndb_read_timeout = 600\n' | "$H/conf.sh" "$VAR" 2
step "MariaDB started"
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" migrate >"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; die "migrate failed"; }
if [ $reuse = 0 ]; then
	"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed >>"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; die "seed failed"; }
	step "migrations and seed"
else
	step "migrations (database of an earlier run kept)"
fi

# --- the flood --------------------------------------------------------------------------
# Generated rows are named large-* (slugs, UIDs) or "Generated ..." (notes), so that they
# can be told from the seed's.  The version and feed triggers stay as they are: a flood
# through an import fires them too, and the events feed is only realistic with a journal
# row per event.  Events go in batches of 100,000 rows, one statement (and transaction)
# each, so that no undo log grows to the whole load.
if [ $reuse = 0 ]; then
	# Numbered copies of the ids (tmp_*), in a real table since the client disconnects
	# between steps.
	sqlq "
CREATE TABLE bench_country (n INT NOT NULL PRIMARY KEY, side VARCHAR(8) NOT NULL, code CHAR(2) NOT NULL);
INSERT INTO bench_country SELECT ROW_NUMBER() OVER (ORDER BY side, code) - 1, side, code FROM countries WHERE side IN ('europe', 'china');
SET @ne = (SELECT COUNT(*) FROM bench_country WHERE side = 'europe');
SET @nc = (SELECT COUNT(*) FROM bench_country WHERE side = 'china');
INSERT INTO cities (slug, name_en, name_local, name_zh, country_code, side, admin_level, province, population, lat, lon, seeks_partner, facts_source)
SELECT CONCAT('large-', IF(s.seq % 2 = 0, 'eu-', 'cn-'), s.seq), CONCAT('Large city ', s.seq), CONCAT('Ville ', s.seq),
       CONCAT('大城市', s.seq), co.code, co.side, 'city', CONCAT('Province ', s.seq % 40),
       10000 + s.seq * 997 % 3000000, 20 + s.seq % 40, CAST(s.seq % 130 AS SIGNED) - 10, s.seq % 7 = 0, 'bench'
FROM seq_1_to_100000 s
JOIN bench_country co ON co.n = IF(s.seq % 2 = 0, (s.seq DIV 2) % @ne, @ne + (s.seq DIV 2) % @nc)
WHERE s.seq <= $CITIES;
CREATE TABLE bench_eu (n INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL);
CREATE TABLE bench_cn (n INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL);
CREATE TABLE bench_city (n INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL, code CHAR(2) NOT NULL, large TINYINT NOT NULL);
CREATE TABLE bench_area (n INT NOT NULL PRIMARY KEY, id SMALLINT UNSIGNED NOT NULL);
INSERT INTO bench_eu SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM cities WHERE side = 'europe' AND slug LIKE 'large-%';
INSERT INTO bench_cn SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM cities WHERE side = 'china' AND slug LIKE 'large-%';
INSERT INTO bench_city SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, country_code, slug LIKE 'large-%' FROM cities;
INSERT INTO bench_area SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM areas;
SET @narea = (SELECT COUNT(*) FROM bench_area);
INSERT INTO city_areas (city_id, area_id, role, weight)
SELECT c.id, a.id, ELT(1 + (c.n + k.seq) % 3, 'offers', 'seeks', 'both'), 1 + c.n % 3
FROM bench_city c JOIN seq_0_to_1 k JOIN bench_area a ON a.n = (c.n * 3 + k.seq * 5) % @narea
WHERE c.large = 1;" || die "generating the cities failed"
	step "$CITIES cities with their areas"

	# Pair k: Europe city k mod E with China city (k + 17 (k div E)) mod C: for one
	# Europe city the partners differ while k < E * C / 17.
	sqlq "
SET @neu = (SELECT COUNT(*) FROM bench_eu);
SET @ncn = (SELECT COUNT(*) FROM bench_cn);
SET @narea = (SELECT COUNT(*) FROM bench_area);
INSERT INTO partnerships (europe_city_id, china_city_id, kind, since_year, status, sources, notes)
SELECT e.id, c.id, ELT(1 + s.seq % 7, 'programme_pairing', 'sister_city', 'friendship_city', 'mou', 'cooperation_agreement', 'in_discussion', 'ad_hoc'),
       1980 + s.seq % 45, ELT(1 + s.seq % 5, 'active', 'active', 'active', 'dormant', 'ended'), 'city', CONCAT('Generated partnership ', s.seq)
FROM seq_0_to_99999 s
JOIN bench_eu e ON e.n = s.seq % @neu
JOIN bench_cn c ON c.n = (s.seq + 17 * (s.seq DIV @neu)) % @ncn
WHERE s.seq < $PARTNERSHIPS;
CREATE TABLE bench_p (n INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL);
INSERT INTO bench_p SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM partnerships WHERE notes LIKE 'Generated partnership %';
INSERT INTO partnership_areas (partnership_id, area_id)
SELECT p.id, a.id FROM bench_p p JOIN seq_0_to_1 k JOIN bench_area a ON a.n = (p.n + k.seq * 7) % @narea;
INSERT INTO agreements (partnership_id, kind, signed_on, signed_precision, title, valid_until, renewal_months)
SELECT p.id, ELT(1 + (p.n + k.seq) % 4, 'mou', 'action_plan', 'cooperation_plan', 'letter_of_intent'),
       '2000-01-01' + INTERVAL (p.n * 37 + k.seq * 400) % 9000 DAY, 'day', CONCAT('Agreement ', p.n, '/', k.seq),
       IF(p.n % 3 = 0, '2020-01-01' + INTERVAL (p.n * 11) % 4000 DAY, NULL), IF(p.n % 3 = 0, 36, NULL)
FROM bench_p p JOIN seq_0_to_1 k WHERE k.seq = 0 OR p.n % 2 = 0;
INSERT INTO activities (partnership_id, area_id, title, starts_on, ends_on, status, budget_eur)
SELECT p.id, a.id, CONCAT('Activity ', p.n), '2015-01-01' + INTERVAL p.n % 4000 DAY, '2016-01-01' + INTERVAL p.n % 4000 DAY,
       ELT(1 + p.n % 5, 'idea', 'planned', 'running', 'done', 'cancelled'), 1000 * (p.n % 500)
FROM bench_p p JOIN bench_area a ON a.n = p.n % @narea;
INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, score, source, entered_by)
SELECT k.id, p.id, '2018-01-01' + INTERVAL q.seq * 3 MONTH, LAST_DAY('2018-01-01' + INTERVAL q.seq * 3 + 2 MONTH),
       IF(k.kind = 'qualitative', NULL, 10 + q.seq), IF(k.kind = 'qualitative', 1 + q.seq % 5, NULL), 'bench', 'bench'
FROM bench_p p JOIN kpis k ON k.id % 6 = p.n % 6 JOIN seq_0_to_3 q WHERE p.n % 4 = 0;" ||
		die "generating the partnerships failed"
	step "$PARTNERSHIPS partnerships, areas, agreements, activities, KPI values"

	sqlq "
SET @ncity = (SELECT COUNT(*) FROM bench_city);
INSERT INTO calendar_sources (name, url, owner_city_id, refresh_minutes, enabled, last_status)
SELECT CONCAT('Large calendar ', s.seq), CONCAT('https://calendar', s.seq, '.example.org/events.ics'), c.id, 360, 1, 'ok'
FROM seq_1_to_10000 s JOIN bench_city c ON c.n = (s.seq * 13) % @ncity WHERE s.seq <= $SOURCES;
CREATE TABLE bench_src (n INT NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL);
INSERT INTO bench_src SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM calendar_sources WHERE name LIKE 'Large calendar %';" ||
		die "generating the sources failed"
	step "$SOURCES calendar sources"

	# Starts spread over 2016-2031 (a prime stride in minutes, so that neighbours differ),
	# one to 72 hours long (every tenth all-day, every fiftieth without an end), in cities
	# of both sides and their countries, two in three imported by a source, every 500th a
	# weekly recurring master.
	for ((b = 0; b * 100000 < EVENTS; b++)); do
		sqlq "
SET @ncity = (SELECT COUNT(*) FROM bench_city);
SET @nsrc = (SELECT COUNT(*) FROM bench_src);
INSERT INTO events (uid, title, description, starts_at, ends_at, tzid, all_day, location, city_id, country_code, url, organiser, kind, status, source_id, rrule, first_seen_at, updated_at)
SELECT CONCAT('large-', g.n, '@bench.example.org'), CONCAT('Large event ', g.n),
       IF(g.n % 4 = 0, CONCAT('Description of event ', g.n, '.'), NULL),
       g.at, IF(g.n % 50 = 0, NULL, g.at + INTERVAL 1 + g.n % 72 HOUR),
       IF(g.n % 3 = 0, 'Europe/Stockholm', NULL), g.n % 10 = 0, CONCAT('Hall ', g.n % 100),
       c.id, c.code, IF(g.n % 5 = 0, CONCAT('https://events.example.org/', g.n), NULL),
       IF(g.n % 7 = 0, 'Bench organiser', NULL),
       ELT(1 + g.n % 8, 'workshop', 'conference', 'forum', 'meeting', 'ceremony', 'seminar', 'summit', 'other'),
       IF(g.n % 20 = 0, 'tentative', 'confirmed'), IF(g.n % 3 = 0, NULL, src.id),
       IF(g.n % 500 = 0, 'FREQ=WEEKLY;COUNT=10', NULL), g.at - INTERVAL 30 DAY, g.at - INTERVAL 30 DAY
FROM (SELECT $b * 100000 + s.seq AS n, '2016-01-01' + INTERVAL ($b * 100000 + s.seq) * 7927 % (16 * 365 * 1440) MINUTE AS at
      FROM seq_1_to_100000 s WHERE $b * 100000 + s.seq <= $EVENTS) g
JOIN bench_city c ON c.n = g.n * 7919 % @ncity
JOIN bench_src src ON src.n = g.n % @nsrc;" || die "generating events (batch $b) failed"
		printf 'bench-large:   events %d..%d\n' $((b * 100000 + 1)) $(( (b + 1) * 100000 < EVENTS ? (b + 1) * 100000 : EVENTS ))
	done
	step "$EVENTS events (and their journal rows)"
	# One area for every event, a second for every third.
	lo=$(sqlq "SELECT COALESCE(MIN(id), 0) FROM events WHERE uid LIKE 'large-%'")
	hi=$(sqlq "SELECT COALESCE(MAX(id), -1) FROM events WHERE uid LIKE 'large-%'")
	for ((a = lo; a <= hi; a += 200000)); do
		sqlq "
SET @narea = (SELECT COUNT(*) FROM bench_area);
INSERT INTO event_areas (event_id, area_id)
SELECT e.id, ar.id FROM events e JOIN seq_0_to_1 k ON k.seq = 0 OR e.id % 3 = 0
JOIN bench_area ar ON ar.n = (e.id + k.seq * 5) % @narea
WHERE e.id BETWEEN $a AND $a + 199999 AND e.uid LIKE 'large-%';" || die "generating event areas failed"
	done
	step "event areas"
	sqlq "ANALYZE TABLE cities, partnerships, partnership_areas, agreements, activities, kpi_values, calendar_sources, events, event_areas, feed_log" >/dev/null
	step "ANALYZE TABLE"
	echo "$sizes" > "$VAR/sizes"
fi

# --- c2c and nginx ------------------------------------------------------------------------
setsid "$BUILD_DIR/c2c.fcgi" -c "$VAR/c2c.conf" </dev/null >>"$VAR/c2c.log" 2>&1 &
FCGI_PID=$!
for _ in $(seq 100); do [ -S "$VAR/c2c.sock" ] && break; sleep 0.05; done
[ -S "$VAR/c2c.sock" ] || { tail "$VAR/c2c.log"; die "c2c.fcgi did not start"; }
"$H/nginx.sh" start "$VAR/nginx" "$VAR/c2c.sock" "$WEB_PORT" >"$VAR/nginx.log" 2>&1 ||
	{ cat "$VAR/nginx.log"; die "nginx did not start"; }
for _ in $(seq 100); do curl -s -o /dev/null "$WEB/healthz.xml" && break; sleep 0.1; done

# --- what to ask for ----------------------------------------------------------------------
# Values for the cache-busting variants: request i of a row takes the i-th of each list.
mapfile -t SLUGS < <(sqlq "SELECT slug FROM cities WHERE slug LIKE 'large-%' ORDER BY id LIMIT 40")
mapfile -t PIDS < <(sqlq "SELECT id FROM partnerships ORDER BY id DESC LIMIT 40")
mapfile -t EIDS < <(sqlq "SELECT id FROM events WHERE removed_at IS NULL ORDER BY id DESC LIMIT 40")
mapfile -t SIDS < <(sqlq "SELECT id FROM calendar_sources ORDER BY id DESC LIMIT 40")
mapfile -t AREAS < <(sqlq "SELECT slug FROM areas ORDER BY id")
mapfile -t COUNTRIES < <(sqlq "SELECT code FROM countries WHERE side = 'europe' ORDER BY code")
[ ${#SLUGS[@]} -gt 0 ] && [ ${#PIDS[@]} -gt 0 ] && [ ${#AREAS[@]} -gt 0 ] || die "no generated data to ask for"
[ ${#EIDS[@]} -gt 0 ] || EIDS=(1)

# url LABEL I: the URL of request I of a row (a path under $WEB).
url() {
	local i=$1 s=${SLUGS[$1 % ${#SLUGS[@]}]} p=${PIDS[$1 % ${#PIDS[@]}]} e=${EIDS[$1 % ${#EIDS[@]}]}
	local src=${SIDS[$1 % ${#SIDS[@]}]:-1} ar=${AREAS[$1 % ${#AREAS[@]}]} co=${COUNTRIES[$1 % ${#COUNTRIES[@]}]}
	local lim=$((20 + i)) y=$((2016 + i % 15)) lang=en
	[ $((i % 2)) = 1 ] && lang=zh
	case $2 in
	overview) echo "/?lang=$lang" ;;
	overview.xml) echo "/index.xml?lang=$lang" ;;
	cities) echo "/cities?limit=$lim" ;;
	cities.xml) echo "/cities.xml?limit=$lim" ;;
	city-en) echo "/cities/$s?lang=en" ;;
	city-zh) echo "/cities/$s?lang=zh" ;;
	city.xml-zh) echo "/cities/$s.xml?lang=zh" ;;
	gothenburg.xml-zh) echo "/cities/gothenburg.xml?lang=zh" ;;
	matches) echo "/cities/$s/matches?lang=$lang" ;;
	matches.xml) echo "/cities/$s/matches.xml?lang=$lang" ;;
	dashboard) echo "/cities/$s/dashboard?lang=$lang" ;;
	dashboard.xml) echo "/cities/$s/dashboard.xml?lang=$lang" ;;
	partnerships) echo "/partnerships?limit=$lim" ;;
	partnerships.xml) echo "/partnerships.xml?limit=$lim" ;;
	partnership) echo "/partnerships/$p?lang=$lang" ;;
	partnership.xml) echo "/partnerships/$p.xml?lang=$lang" ;;
	agreements) echo "/agreements?limit=$lim" ;;
	agreements.xml) echo "/agreements.xml?limit=$lim" ;;
	activities) echo "/activities?limit=$lim" ;;
	activities.xml) echo "/activities.xml?limit=$lim" ;;
	events) echo "/events?limit=$lim" ;;
	events.xml) echo "/events.xml?limit=$lim" ;;
	events-city) echo "/events.xml?city=$s&limit=$lim" ;;
	events-country) echo "/events.xml?country=$co&limit=$lim" ;;
	events-area) echo "/events.xml?area=$ar&limit=$lim" ;;
	events-area-limit1) echo "/events.xml?limit=1&area=$ar" ;;
	events-from-to) echo "/events.xml?from=$y-03-01&to=$y-03-31&limit=$lim" ;;
	events-past) echo "/events.xml?from=$y-01-01&limit=$lim" ;;
	event) echo "/events/$e?lang=$lang" ;;
	event.xml) echo "/events/$e.xml?lang=$lang" ;;
	kpis) echo "/kpis?limit=$lim" ;;
	kpis.xml) echo "/kpis.xml?limit=$lim" ;;
	kpi-values) echo "/kpi-values?limit=$lim" ;;
	kpi-values.xml) echo "/kpi-values.xml?limit=$lim" ;;
	sources) echo "/sources?limit=$lim" ;;
	sources.xml) echo "/sources.xml?limit=$lim" ;;
	source) echo "/sources/$src?lang=$lang" ;;
	source.xml) echo "/sources/$src.xml?lang=$lang" ;;
	feed-events) echo "/feeds/events.atom?lang=$lang" ;;
	feed-events-country) echo "/feeds/events.atom?country=$co&lang=$lang" ;;
	feed-events-area) echo "/feeds/events.atom?area=$ar" ;;
	feed-events-page) echo "/feeds/events.atom?page=$((1 + i * 997))" ;;
	ics) echo "/feeds/events.ics?lang=$lang&from=$y-06-01" ;;
	ics-city) echo "/feeds/events.ics?city=$s" ;;
	feed-partnerships) echo "/feeds/partnerships.atom?lang=$lang" ;;
	feed-partnerships-country) echo "/feeds/partnerships.atom?country=$co" ;;
	*) die "no URL for $2" ;;
	esac
}
ROWS=(overview overview.xml cities cities.xml city-en city-zh city.xml-zh gothenburg.xml-zh
	matches matches.xml dashboard dashboard.xml partnerships partnerships.xml partnership
	partnership.xml agreements agreements.xml activities activities.xml events events.xml
	events-city events-country events-area events-area-limit1 events-from-to events-past
	event event.xml kpis kpis.xml kpi-values kpi-values.xml sources sources.xml source
	source.xml feed-events feed-events-country feed-events-area feed-events-page ics ics-city
	feed-partnerships feed-partnerships-country)
# LARGE_ROWS: only these rows (names as in the table, separated by spaces).
[ -z "${LARGE_ROWS:-}" ] || read -r -a ROWS <<< "$LARGE_ROWS"

# --- the measurement ----------------------------------------------------------------------
# Requests one after another (no other load than the machine's own), time to the first
# byte through nginx: the time c2c took to build the page, plus nginx and loopback (well
# under a millisecond).  A row whose first request is over 10 times the target gets two
# requests, not LARGE_REPEAT, so that a slow run stays short.
REPORT="$OUT/report.txt"
{
	echo "bench-large: $sizes ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$top" describe --always --dirty 2>/dev/null || echo unknown), load $(cut -d' ' -f1-3 /proc/loadavg))"
	echo "server time = curl time_starttransfer through nginx on loopback, c2c.fcgi cache_size = 0; target $TARGET ms"
	printf '%-26s %-62s %6s %9s %9s  %s\n' page "first URL" status "median" "max" verdict
} | tee "$REPORT"
over=0
for row in "${ROWS[@]}"; do
	times=()
	statuses=
	n=$REPEAT
	for ((i = 0; i < n; i++)); do
		u=$(url "$i" "$row")
		r=$(nice -n 10 curl -s -g -o /dev/null -w '%{http_code} %{time_starttransfer}' --max-time 120 "$WEB$u") || r="000 120"
		read -r st t <<< "$r"
		times+=("$(echo "$t * 1000" | bc)")
		case " $statuses " in *" $st "*) ;; *) statuses="${statuses:+$statuses,}$st" ;; esac
		if [ "$i" = 0 ] && [ "$(echo "$t * 1000 > 10 * $TARGET" | bc)" = 1 ] && [ "$n" -gt 2 ]; then n=2; fi
	done
	read -r med max < <(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f %.1f\n", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR] }')
	verdict=ok
	if [ "$(echo "$max > $TARGET" | bc)" = 1 ] || [ "$statuses" != 200 ]; then verdict=OVER; over=$((over + 1)); fi
	printf '%-26s %-62s %6s %7s ms %6s ms  %s\n' "$row" "$(url 0 "$row")" "$statuses" "$med" "$max" "$verdict" | tee -a "$REPORT"
done
echo "bench-large: $over of ${#ROWS[@]} rows OVER $TARGET ms (or not 200); report in $REPORT; slow query log $VAR/db/slow.log" | tee -a "$REPORT"

# t88_null_sweep.sh: data a writer may leave empty must never crash a page (issue 15).
# A database of its own (c2c_nulls, on the same MariaDB), a second c2c.fcgi and nginx:
#  1. a KPI value posted without its optional source (ordinary data entry), then both
#     cities' dashboards in every representation;
#  2. every nullable column of every table set to NULL, then every page kind in every
#     representation, in both languages.  No answer may be a 5xx, and the c2c.fcgi that
#     served them must still be the same process at the end;
#  3. a statement over db_statement_timeout ends with its request;
#  4. more partnerships than the overview's map keeps: its table keeps 500.

NV="$VAR/nulls"
mkdir -p "$NV"
pick_port NULLS_PORT
msql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c_nulls -e "$1"; }
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -e "DROP DATABASE IF EXISTS c2c_nulls;
CREATE DATABASE c2c_nulls CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON c2c_nulls.* TO 'c2c'@'localhost', 'c2c'@'127.0.0.1';"
{ sed -e "s|^listen = .*|listen = unix:$NV/c2c.sock|" -e 's|^db_name = .*|db_name = c2c_nulls|' \
	"$VAR/c2c.conf"; echo "db_statement_timeout = 1"; } > "$NV/c2c.conf"
NC="$BUILD_DIR/c2cctl -c $NV/c2c.conf"
{ $NC migrate && $NC seed && $NC seed -d "$top/sql/samples" &&
	$NC user add carol admin; } >"$NV/setup.log" 2>&1 || { cat "$NV/setup.log"; }
NTOK=$($NC token create nulls-portal editor leeds 2>/dev/null)
setsid "$BUILD_DIR/c2c.fcgi" -c "$NV/c2c.conf" </dev/null >>"$NV/c2c.log" 2>&1 &
NPID=$!
for _ in $(seq 100); do [ -S "$NV/c2c.sock" ] && break; sleep 0.05; done
"$H/nginx.sh" start "$NV/nginx" "$NV/c2c.sock" "$NULLS_PORT" >/dev/null
NB="http://127.0.0.1:$NULLS_PORT"

# no_5xx NAME URL...: every URL answers, none with a 5xx (000: the connection failed).
no_5xx() {
	name=$1; shift
	bad=""
	for u in "$@"; do
		fetch "$NB$u" -u carol:pw-carol
		case "$STATUS" in 5??|000) bad="$bad $u:$STATUS" ;; esac
	done
	if [ -z "$bad" ]; then ok "$name ($# requests)"; else nok "$name" "answered 5xx or nothing:$bad" "see $NV/c2c.log"; fi
}

# 1. The crash of issue 15: a value without source on a Leeds partnership.
lp=$(msql "SELECT p.id FROM partnerships p JOIN cities c ON c.id = p.europe_city_id
	WHERE c.slug = 'leeds' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1")
lc=$(msql "SELECT c.slug FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE p.id = $lp")
fetch "$NB/kpi-values" -X POST -H "Authorization: Bearer $NTOK" -H 'Content-Type: text/csv' \
	--data-binary "$(printf 'kpi,partnership,start,end,value\njoint-projects,%s,2025-01-01,2025-03-31,2\n' "$lp")"
expect_eq "a KPI value without its optional source is stored (POST /kpi-values, CSV)" "$STATUS" 201
expect_eq "... its source is NULL" "$(msql "SELECT COUNT(*) FROM kpi_values WHERE partnership_id = $lp AND source IS NULL")" 1
dash=""
for c in leeds "$lc"; do
	dash="$dash /cities/$c/dashboard /cities/$c/dashboard.xml /cities/$c/dashboard.csv"
	dash="$dash /cities/$c/dashboard?lang=zh /cities/$c/dashboard.csv?table=own"
done
no_5xx "both cities' dashboards with that value" $dash /partnerships/$lp /partnerships/$lp.xml \
	/partnerships/$lp.csv /edit/partnerships/$lp/dashboard

# 2. Every nullable column NULL.  Each column on its own, so that one refused by a CHECK
# constraint (a value or a score, say) leaves the others NULL.
cols=$(msql "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS
	WHERE TABLE_SCHEMA = 'c2c_nulls' AND IS_NULLABLE = 'YES' AND TABLE_NAME IN
	(SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'c2c_nulls' AND TABLE_TYPE = 'BASE TABLE')")
n=0 refused=0
while IFS='	' read -r t c; do
	[ -n "$t" ] || continue
	# deleted_at and removed_at NULL already mean "present"; everything else is emptied.
	n=$((n + 1))
	msql "UPDATE \`$t\` SET \`$c\` = NULL" >/dev/null 2>&1 || refused=$((refused + 1))
done <<EOF
$cols
EOF
expect_eq "the sweep emptied most nullable columns ($n columns, $refused refused by a constraint)" \
	"$([ "$n" -gt 50 ] && [ "$refused" -lt $((n / 4)) ] && echo yes)" yes

pid=$(msql "SELECT COALESCE(MIN(id), 1) FROM partnerships WHERE deleted_at IS NULL")
eid=$(msql "SELECT COALESCE(MIN(id), 1) FROM events")
vid=$(msql "SELECT COALESCE(MIN(id), 1) FROM kpi_values")
aid=$(msql "SELECT COALESCE(MIN(id), 1) FROM agreements")
acid=$(msql "SELECT COALESCE(MIN(id), 1) FROM activities")
tid=$(msql "SELECT COALESCE(MIN(id), 1) FROM kpi_targets")
$NC source add "http://127.0.0.1:9/nulls.ics" --name "Null sweep" --city leeds >/dev/null 2>&1
msql "UPDATE calendar_sources SET name = NULL, tzid = NULL, last_error = NULL, etag = NULL"
sid=$(msql "SELECT COALESCE(MIN(id), 1) FROM calendar_sources")
pages="/ /index.xml /overview.csv /overview.csv?table=by-area /overview.csv?table=per-year /overview.csv?table=map
/cities /cities.xml /cities/leeds /cities/leeds.xml /cities/shanghai /cities/leeds/matches /cities/leeds/matches.xml
/cities/shanghai/matches /cities/leeds/dashboard /cities/leeds/dashboard.xml /cities/leeds/dashboard.csv
/cities/leeds/dashboard.csv?table=partnerships /cities/leeds/dashboard.csv?table=events
/cities/leeds/dashboard.csv?table=own /cities/shanghai/dashboard
/partnerships /partnerships.xml /partnerships/$pid /partnerships/$pid.xml /partnerships/$pid.csv
/partnerships/$pid.csv?table=agreements /partnerships/$pid.csv?table=activities
/agreements /agreements.xml /activities /activities.xml /events /events.xml?from=2000-01-01
/events/${eid:-1} /events/${eid:-1}.xml /kpis /kpis.xml /kpi-values /kpi-values.xml
/kpi-values/${vid:-1} /kpi-values/${vid:-1}.xml /sources /sources.xml /sources/${sid:-1} /sources/${sid:-1}.xml
/feeds/partnerships.atom /feeds/events.atom /feeds/events.ics?from=2000-01-01 /schema/c2c.rng /healthz /healthz.xml
/edit/kpi-values /edit/cities/leeds /edit/partnerships/$pid /edit/agreements?partnership=$pid
/edit/agreements/${aid:-1} /edit/activities?partnership=$pid /edit/activities/${acid:-1}
/edit/kpi-targets?partnership=$pid /edit/kpi-targets/${tid:-1} /edit/organisations /edit/sources
/edit/sources/${sid:-1} /edit/partnerships/$pid/dashboard /edit/partnerships/$pid/dashboard.xml
/edit/partnerships/$pid/dashboard.csv /edit/audit /edit/audit.xml"
# Expressions of interest (issue 19): both sides of the demo's pending one.
pages="$pages /edit/cities/leeds/interests /edit/cities/leeds/interests.xml /edit/cities/wuhan/interests"
# The guide and the step tracker (issue 18): the demo's tracker is Gothenburg-Shanghai's.
gpid=$(msql "SELECT COALESCE(MIN(p.id), 1) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id WHERE e.slug = 'gothenburg'")
pages="$pages /guide /guide.xml /guide/steps/1 /guide/steps/4.xml /partnerships/$gpid/tracker
/partnerships/$gpid/tracker.xml /partnerships/$pid/tracker /cities/gothenburg/tracker /cities/gothenburg/tracker.xml
/edit/partnerships/$gpid/tracker /edit/cities/gothenburg/tracker"
# Self-assessment (issue 19).
pages="$pages /cities/terrassa/self-assessment /cities/terrassa/self-assessment.xml /cities/terrassa/self-assessment/versions/1
/cities/terrassa/self-assessment/versions/1.xml /cities/leeds/self-assessment.xml /edit/cities/terrassa/self-assessment"
# Reviews and practices (issue 18): the demo's review (sql/samples/seed/130_reviews.sql)
# and the report's practices, every nullable column NULL like the rest.
rvid=$(msql "SELECT COALESCE(MIN(id), 1) FROM reviews")
rvp=$(msql "SELECT COALESCE(MIN(partnership_id), 1) FROM reviews")
rdid=$(msql "SELECT COALESCE(MIN(id), 1) FROM review_decisions")
rtid=$(msql "SELECT COALESCE(MIN(id), 1) FROM review_targets")
prid=$(msql "SELECT COALESCE(MIN(id), 1) FROM practices")
pages="$pages /partnerships/$pid/reviews /partnerships/$pid/reviews.xml /partnerships/$rvp/reviews
/partnerships/$rvp/reviews.xml /reviews/$rvid /reviews/$rvid.xml /practices /practices.xml /practices/$prid
/practices/$prid.xml /feeds/practices.atom /edit/reviews?partnership=$rvp /edit/reviews/$rvid
/edit/review-decisions?partnership=$rvp /edit/review-decisions/$rdid /edit/review-targets?partnership=$rvp
/edit/review-targets/$rtid"
# Cooperation plans (issue 18): the demo's versions (sql/samples/seed/120_plans.sql).
plid=$(msql "SELECT COALESCE(MIN(id), 1) FROM plans")
plmax=$(msql "SELECT COALESCE(MAX(id), 1) FROM plans")
plpid=$(msql "SELECT COALESCE(MIN(partnership_id), 1) FROM plans")
plpr=$(msql "SELECT COALESCE(MIN(id), 1) FROM plan_priorities")
plac=$(msql "SELECT COALESCE(MIN(id), 1) FROM plan_activities")
pages="$pages /partnerships/$plpid/plans /partnerships/$plpid/plans.xml /plans/$plid /plans/$plid.xml
/plans/$plmax /plans/$plmax.xml /plans/$plid/print /plans/$plmax/compare?with=1 /plans/$plmax/compare.xml?with=1
/edit/plans/$plid /edit/plans/$plmax/steps /edit/plans/$plid/steps /edit/plan-priorities/$plpr
/edit/plan-objectives?parent=$plpr /edit/plan-activities/$plac /edit/plan-milestones?parent=$plac"
zh=$(for p in $pages; do case $p in *\?*) echo "$p&lang=zh" ;; *.csv|*.atom|*.ics|*.rng) ;; *) echo "$p?lang=zh" ;; esac; done)
# shellcheck disable=SC2086
no_5xx "every page kind in every representation with every nullable column NULL" $pages
# shellcheck disable=SC2086
no_5xx "... and in Chinese" $zh
expect_eq "... the c2c.fcgi that served them is still running (no worker crashed)" \
	"$(kill -0 $NPID 2>/dev/null && echo alive)" alive

# 3. A statement that runs away ends with its request (db_statement_timeout = 1 here): a
# page whose query waits on a table another session holds for 4 s.
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c_nulls \
	-e "LOCK TABLES agreements WRITE; SELECT SLEEP(4);" >/dev/null 2>&1 &
lock_pid=$!
sleep 0.5
t0=$(date +%s%N)
fetch "$NB/agreements.xml?kind=mou&limit=3"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
kill "$lock_pid" 2>/dev/null
wait "$lock_pid" 2>/dev/null
expect_eq "a statement over db_statement_timeout ends with its request: 500 after about a second, not 4" \
	"$STATUS $([ "$ms" -lt 3000 ] && echo early)" "500 early"

# 4. A page's size does not grow with the data: with more partnerships than the overview's
# map keeps (500), its table holds the newest 500 and says of how many.  Here, because this
# database is thrown away at the end.
msql "INSERT INTO partnerships (europe_city_id, china_city_id)
	SELECT e.id, c.id FROM cities e JOIN cities c ON c.side = 'china'
	WHERE e.side = 'europe' AND e.deleted_at IS NULL AND c.deleted_at IS NULL AND NOT EXISTS
	(SELECT 1 FROM partnerships p WHERE p.europe_city_id = e.id AND p.china_city_id = c.id)
	ORDER BY e.id, c.id LIMIT 520"
all=$(msql "SELECT COUNT(*) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id
	JOIN cities c ON c.id = p.china_city_id
	WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND c.deleted_at IS NULL")
newest=$(msql "SELECT MIN(id) FROM (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id
	JOIN cities c ON c.id = p.china_city_id WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL
	AND c.deleted_at IS NULL ORDER BY p.id DESC LIMIT 500) t")
expect_xml "overview with $all partnerships: the map's table keeps 500" "$NB/index.xml" 200 \
	'count(//c:figure[@name="map"]/c:row)' 500
expect_eq "... the newest (ids from $newest)" "$(xp "count(//c:figure[@name=\"map\"]/c:row[@key >= $newest])")" 500
expect_eq "... and says of how many" "$(xp 'string(//c:figure[@name="map"]/@partnerships)')" "$all"
expect_html "... in HTML, with a link to all of them" "$NB/" 200 "500 / $all"

"$H/nginx.sh" stop "$NV/nginx" >/dev/null
kill -TERM $NPID 2>/dev/null
wait $NPID 2>/dev/null
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -e "DROP DATABASE c2c_nulls"

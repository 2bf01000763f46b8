# t99_dashboard_tables.sh: every dashboard table as CSV (issue 6), checked against the
# page's own numbers and the database; and the partnership's editors' view with its
# internal KPI values (/edit/partnerships/{id}/dashboard), refused to everyone else.
# After t95 (whose users it uses, and whose audit counts it must not disturb).

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
# csv_rows: data rows of the last body (RFC 4180, so through Python's csv module).
csv_rows() { /usr/bin/python3 -c 'import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))))' "$TMP_BODY"; }
# csv_col NAME: that column of every data row, one per line.
csv_col() { /usr/bin/python3 -c 'import csv,sys; [print(r[sys.argv[2]]) for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))]' "$TMP_BODY" "$1"; }

# --- The partnership dashboard's tables --------------------------------------------------
fetch "$N/partnerships/$pid.csv?table=agreements"
expect_eq "partnership: the agreements table as CSV" "$STATUS $(header Content-Type)" "200 text/csv; charset=utf-8; header=present"
expect_eq "... named for its table" "$(header Content-Disposition)" "attachment; filename=\"partnership-$pid-agreements.csv\""
expect_eq "... one row per agreement" "$(csv_rows)" \
	"$(sql "SELECT COUNT(*) FROM agreements WHERE partnership_id = $pid AND deleted_at IS NULL")"
expect_eq "... with their titles" "$(csv_col title | sort | md5sum)" \
	"$(sql "SELECT title FROM agreements WHERE partnership_id = $pid AND deleted_at IS NULL" | LC_ALL=C sort | md5sum)"
expect_eq "... the renewal every three years (the Gothenburg-Shanghai MoU)" \
	"$(csv_col renewal_months | grep -c '^36$')" \
	"$(sql "SELECT COUNT(*) FROM agreements WHERE partnership_id = $pid AND deleted_at IS NULL AND renewal_months = 36")"
cp "$TMP_BODY" "$VAR/agreements.csv"
fetch "$N/partnerships/$pid.xml"
expect_eq "... the same agreements as the page's timeline" \
	"$(xp 'count(//c:dashboard/c:timeline/c:agreement)')" "$(TMP_BODY=$VAR/agreements.csv csv_rows)"

# Activities by status and by area: an activity with an area and one without, so both
# kinds of row are there whatever ran before.
sql "INSERT INTO activities (partnership_id, title, status, area_id) SELECT $pid, 'Joint culture week', 'planned', id FROM areas ORDER BY id LIMIT 1"
sql "INSERT INTO activities (partnership_id, title, status) VALUES ($pid, 'Exchange, area to be agreed', 'idea')"
nact=$(sql "SELECT COUNT(*) FROM activities WHERE partnership_id = $pid AND deleted_at IS NULL")
expect_xml "partnership: activities by area on the page" "$N/partnerships/$pid.xml" 200 \
	'sum(//c:dashboard/c:activities/c:area/@count)' "$nact"
expect_eq "... those without an area counted last" "$(xp 'count(//c:dashboard/c:activities/c:area[last()][not(@slug)])')" 1
fetch "$N/partnerships/$pid.csv?table=activities"
expect_eq "partnership: the activities table as CSV, by status then by area" \
	"$STATUS $(csv_col by | uniq -c | awk '{printf "%s:%s ", $2, ($2 == "status" ? $1 : "n")}')" "200 status:5 area:n "
expect_eq "... each adding up to the activities" \
	"$(/usr/bin/python3 -c 'import csv,sys
t={}
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")): t[r["by"]] = t.get(r["by"], 0) + int(r["activities"])
print(t["status"], t["area"])' "$TMP_BODY")" "$nact $nact"
expect_html "... and on the HTML page" "$N/partnerships/$pid" 200 'no area given'
fetch "$N/partnerships/$pid.csv?table=kpis&from=2019-01-01&to=2019-12-31"
expect_eq "... the KPI history still the default table, with the internal column" \
	"$STATUS $(head -1 "$TMP_BODY" | tr -d '\r' | awk -F, '{print $NF}')" "200 internal"
expect_eq "... no internal value in the public CSV" "$(csv_col internal | grep -c '^1$')" 0
expect_xml "a table of another dashboard: 400 naming table" "$N/partnerships/$pid.csv?table=events" 400 \
	'string(//c:parameter)' table
expect_xml "an unknown table: 400" "$N/partnerships/$pid.csv?table=..%2Fetc" 400 'string(//c:parameter)' table
expect_xml "a table on the page itself: 400" "$N/partnerships/$pid.xml?table=agreements" 400 'string(//c:parameter)' table
expect_xml "to before from: 400" "$N/partnerships/$pid.csv?table=agreements&from=2020-01-01&to=2019-01-01" 400 \
	'string(//c:parameter)' to
expect_status "the tables of a partnership that does not exist: 404" "$N/partnerships/999999.csv?table=agreements" 404
expect_html "the page links each table's CSV" "$N/partnerships/$pid?from=2019-01-01" 200 \
	"/partnerships/$pid.csv?table=agreements&amp;from=2019-01-01"
expect_html "... and has its time range form" "$N/partnerships/$pid?from=2019-01-01" 200 'value="2019-01-01"'
expect_html "... in Chinese" "$N/partnerships/$pid?lang=zh" 200 '下载协议表（CSV）'
expect_html "... and points editors to their view" "$N/partnerships/$pid" 200 "/edit/partnerships/$pid/dashboard"

# --- The overview's tables ---------------------------------------------------------------
for t in by-country by-area per-year map; do
	fetch "$N/index.xml?from=2016-01-01"
	want=$(xp "count(//c:figure[@name=\"$t\"]/c:row)")
	[ "$t" = per-year ] && [ "$(xp 'string(//c:figure[@name="per-year"]/@unknown)')" != 0 ] && want=$((want + 1))
	fetch "$N/overview.csv?table=$t&from=2016-01-01"
	expect_eq "overview: $t as CSV, the rows of the page's figure in the same range" \
		"$STATUS $(csv_rows) $(header Content-Disposition)" "200 $want attachment; filename=\"overview-$t.csv\""
done
fetch "$N/overview.csv?table=by-country"
expect_eq "... China's count as in the database" "$(csv_col country | paste -d' ' - <(csv_col partnerships) | awk '$1 == "CN" {print $2}')" \
	"$(sql "SELECT COUNT(*) FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE c.country_code = 'CN' AND p.deleted_at IS NULL")"
expect_eq "... names in both scripts" "$(csv_col country | paste -d' ' - <(csv_col name_zh) | awk '$1 == "CN" {print $2}')" 中国
fetch "$N/overview.csv"
expect_eq "... by country by default" "$STATUS $(head -1 "$TMP_BODY" | tr -d '\r')" "200 country,name_en,name_zh,partnerships"
expect_xml "overview: a table of another dashboard: 400" "$N/overview.csv?table=kpis" 400 'string(//c:parameter)' table
expect_xml "overview: to before from: 400" "$N/overview.csv?from=2019-01-01&to=2018-01-01" 400 'string(//c:parameter)' to
expect_status "overview: no HTML at /overview (only its CSV): 406" "$N/overview" 406 -H 'Accept: text/html'
expect_html "overview: each table links its CSV" "$N/?from=2016-01-01" 200 '/overview.csv?table=by-area&amp;from=2016-01-01'

# --- Internal values: the partnership's editors only -----------------------------------
# Users as t95 makes them (kept when they exist).
$C user add alice editor gothenburg >/dev/null 2>&1
$C user add bob editor leeds >/dev/null 2>&1
$C user add carol admin >/dev/null 2>&1
kq=$(sql "SELECT id FROM kpis WHERE slug = 'foreign-students'")
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by, internal) \
	VALUES ($kq, $pid, '2020-01-01', '2020-03-31', 4242, 'internal figures', 'test', 1)"
E="$N/edit/partnerships/$pid/dashboard"
expect_status "editors' dashboard anonymous: 401 from the web server" "$E" 401
expect_xml "... an editor of another city: 403" "$E.xml" 403 'string(//c:message) != ""' true -u bob:pw-bob
expect_xml "... the partnership's editor: 200, internal values shown" "$E.xml" 200 \
	'concat(//c:dashboard/@internal, " ", //c:kpi[@slug="foreign-students"][@origin="entered"]/c:latest/@value, " ", //c:kpi[@slug="foreign-students"][@origin="entered"]/c:latest/@internal)' \
	"shown 4242 1" -u alice:pw-alice
expect_eq "... never cached" "$(header Cache-Control)" no-store
expect_eq "... the public values unmarked" "$(xp 'count(//c:point[@internal])')" \
	"$(sql "SELECT COUNT(*) FROM kpi_values WHERE partnership_id = $pid AND internal = 1 AND id NOT IN (SELECT supersedes_id FROM kpi_values WHERE supersedes_id IS NOT NULL)")"
expect_eq "... with its provenance, but no public link" \
	"$(xp 'concat(//c:kpi[@slug="foreign-students"][@origin="entered"]/c:latest/@source, "/", //c:kpi[@slug="foreign-students"][@origin="entered"]/c:latest/@confidence)')" \
	"internal figures/medium"
fetch "$E" -u alice:pw-alice
iid=$(sql "SELECT id FROM kpi_values WHERE value = 4242 AND internal = 1")
expect_eq "... (the HTML links no internal value)" "$(grep -c "/kpi-values/$iid" "$TMP_BODY")" 0
expect_xml "... an admin: 200" "$E.xml" 200 'string(//c:dashboard/@internal)' shown -u carol:pw-carol
expect_xml "the public dashboard never shows it" "$N/partnerships/$pid.xml" 200 'count(//c:point[@value = 4242])' 0
expect_eq "... nor says internal" "$(xp 'count(//@internal)')" 0
# Each latest value says where it comes from, and links to the public value itself.
hq=$(sql "SELECT id FROM kpis WHERE slug = 'high-level-visits'")
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, confidence, entered_by) \
	VALUES ($hq, $pid, '2037-01-01', '2037-03-31', 7, 'city protocol office', 'high', 'test')"
pub=$(sql "SELECT id FROM kpi_values WHERE kpi_id = $hq AND partnership_id = $pid AND period_start = '2037-01-01'")
expect_xml "the latest value's provenance on the public dashboard" "$N/partnerships/$pid.xml" 200 \
	'concat(//c:kpi[@slug="high-level-visits"][@origin="entered"]/c:latest/@id, " ", //c:kpi[@slug="high-level-visits"][@origin="entered"]/c:latest/@source, " ", //c:kpi[@slug="high-level-visits"][@origin="entered"]/c:latest/@confidence)' \
	"$pub city protocol office high"
expect_eq "... every entered KPI's, and no computed one's" \
	"$(xp 'count(//c:kpi[@origin="entered"]/c:latest[not(@id) or not(@confidence)])') $(xp 'count(//c:kpi[@origin="computed"]/c:latest[@id])')" "0 0"
expect_html "... linked in HTML to the value itself" "$N/partnerships/$pid?lang=zh" 200 "/kpi-values/$pub?lang=zh"
fetch "$N/partnerships/$pid.csv?from=2037-01-01&to=2037-12-31"
expect_eq "... and in the CSV" \
	"$(/usr/bin/python3 -c 'import csv,sys; print(*[r["source"] + "/" + r["confidence"] for r in csv.DictReader(open(sys.argv[1], newline="")) if r["kpi"] == "high-level-visits"])' "$TMP_BODY")" \
	"city protocol office/high"
fetch "$E.csv" -u alice:pw-alice
expect_eq "editors' CSV: the internal value, marked" \
	"$STATUS $(/usr/bin/python3 -c 'import csv,sys; print(*[r["value"] + ":" + r["internal"] for r in csv.DictReader(open(sys.argv[1], newline="")) if r["period"] == "2020-Q1" and r["kpi"] == "foreign-students"])' "$TMP_BODY")" \
	"200 4242.0000:1"
expect_eq "... named as internal" "$(header Content-Disposition)" "attachment; filename=\"partnership-$pid-kpis-internal.csv\""
fetch "$N/partnerships/$pid.csv"
expect_eq "the public CSV has no such row" "$(grep -c 4242 "$TMP_BODY")" 0
expect_html "editors' page in HTML: says it shows internal values" "$E" 200 'must not be passed on' -u alice:pw-alice
expect_html "... marks them" "$E" 200 '<span class="badge warn">internal</span>' -u alice:pw-alice
expect_html "... its CSV links stay on the editors' view" "$E" 200 "/edit/partnerships/$pid/dashboard.csv?table=kpis" -u alice:pw-alice
expect_html "... in Chinese" "$E?lang=zh" 200 '仅供该伙伴关系的编辑人员查看' -u alice:pw-alice
expect_status "... of a partnership that does not exist: 404" "$N/edit/partnerships/999999/dashboard" 404 -u carol:pw-carol
expect_status "... a write method: 405" "$E" 405 -u alice:pw-alice -X POST
expect_xml "... a hostile range: 400" "$E.xml?from=2019-01-01%27%20OR%201=1" 400 'string(//c:parameter)' from -u alice:pw-alice

# --- A city's own values on its dashboard ------------------------------------------------
TOK=$($C token create t99-leeds editor leeds 2>/dev/null)
fetch "$N/kpi-values" -X POST -H "Authorization: Bearer $TOK" -H 'Content-Type: text/csv' --data-binary \
	$'kpi,city,start,end,value,source,confidence,internal\r\njoint-projects,leeds,2041-01-01,2041-03-31,3,city international office,high,0\r\njoint-projects,leeds,2041-04-01,2041-06-30,5,city international office,medium,0\r\njoint-projects,leeds,2041-07-01,2041-09-30,99,council papers,low,1\r\n'
expect_eq "city values posted through the API" "$STATUS" 201
own='//c:dashboard/c:own/c:kpi[@slug="joint-projects"]'
expect_xml "city dashboard: the city's own values, apart from its partnerships'" "$N/cities/leeds/dashboard.xml?from=2041-01-01" 200 \
	"concat($own/c:latest/@period, ' ', $own/c:latest/@value, ' ', $own/c:latest/@confidence, ' ', $own/c:change/@delta, ' ', count($own/c:point))" \
	"2041-Q2 5 medium 2 2"
expect_eq "... the internal one left out" "$(xp 'count(//c:point[@value = 99])')" 0
expect_eq "... charts with ids of their own" "$(xp "count($own/c:chart//*[@id='own-joint-projects-title'])")" 1
expect_eq "... not in the totals of its partnerships" "$(xp 'count(//c:dashboard/c:kpi/c:point[@period = "2041-Q2"])')" 0
fetch "$N/cities/leeds/dashboard.csv?table=own&from=2041-01-01"
expect_eq "... as CSV" "$STATUS $(csv_rows) $(csv_col value | tr '\n' ' ')" "200 2 3.0000 5.0000 "
expect_html "... in HTML, with its provenance" "$N/cities/leeds/dashboard?from=2041-01-01" 200 'city international office'
expect_html "... in Chinese" "$N/cities/leeds/dashboard?lang=zh&from=2041-01-01" 200 '本市自身的指标'
expect_html "... and a city without any says so" "$N/cities/belfast/dashboard" 200 'No value has been entered for the city itself.'
expect_xml "city dashboard: an unknown table: 400 naming table" "$N/cities/leeds/dashboard.csv?table=map" 400 'string(//c:parameter)' table

# t85_city_dashboard.sh: "/cities/{slug}/dashboard" (issue 6): partnerships side by side,
# KPIs summed across them, events in both partners' local times; HTML, XML, CSV, both
# languages, with and without a time range; hostile input.  Runs after t80 (samples loaded).

expect_xml "city dashboard of Leeds" "$N/cities/leeds/dashboard.xml" 200 \
	'string(//c:dashboard/@illustrative)' 1
expect_eq "... its partnerships side by side" "$(xp 'count(//c:dashboard/c:partnerships/c:partnership)')" \
	"$(sql "SELECT COUNT(*) FROM partnerships p JOIN cities c ON c.id IN (p.europe_city_id, p.china_city_id) WHERE c.slug = 'leeds' AND p.deleted_at IS NULL")"
expect_eq "... with a bar chart per measure" \
	"$(xp 'count(//c:dashboard/c:chart/*[local-name()="svg"][@role="img"])')" 4
expect_eq "... the city's names in both scripts" \
	"$(xp 'concat(//c:city/c:name[@xml:lang="en"], "/", //c:city/c:name[@xml:lang="zh"])')" "Leeds/利兹"
expect_eq "... and its time zone" "$(xp 'string(/*/c:city/c:time-zone)')" "Europe/London"
expect_eq "every summed KPI has a chart" \
	"$(xp 'count(//c:dashboard/c:kpi[not(c:chart/*[local-name()="svg"])])')" 0
expect_xml "the time range cuts the KPI history" "$N/cities/leeds/dashboard.xml?from=2019-01-01&to=2019-06-30" 200 \
	'count(//c:dashboard/c:kpi[@origin="entered"][count(c:point) != 2])' 0
expect_xml "... in Chinese too" "$N/cities/leeds/dashboard.xml?lang=zh&from=2019-01-01" 200 'string(/*/@lang)' zh

# Sums: a second partnership of Shanghai with a value for the same quarter adds up.
pa=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
pb=$(sql "SELECT p.id FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE c.slug = 'shanghai' AND p.id <> $pa ORDER BY p.id LIMIT 1")
kj=$(sql "SELECT id FROM kpis WHERE slug = 'joint-academic-activities'")
base=$(sql "SELECT v.value FROM kpi_values v WHERE v.partnership_id = $pa AND v.kpi_id = $kj AND v.period_start = '2018-04-01' AND v.internal = 0 AND NOT EXISTS (SELECT 1 FROM kpi_values s WHERE s.supersedes_id = v.id) ORDER BY v.id DESC LIMIT 1")
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by) VALUES ($kj, $pb, '2018-04-01', '2018-06-30', 10, 'test', 'test')"
want=$(awk "BEGIN { v = $base + 10; s = sprintf(\"%.4f\", v); sub(/0+\$/, \"\", s); sub(/\\.\$/, \"\", s); print s }")
expect_xml "KPIs are summed across partnerships" "$N/cities/shanghai/dashboard.xml" 200 \
	'string(//c:kpi[@slug="joint-academic-activities"]/c:point[@period="2018-Q2"]/@value)' "$want"
expect_eq "... and say how many went in" \
	"$(xp 'string(//c:kpi[@slug="joint-academic-activities"]/c:point[@period="2018-Q2"]/@partnerships)')" 2
# An internal correction hides what it corrects from the sum, and is not counted itself.
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by, internal, supersedes_id) SELECT kpi_id, partnership_id, period_start, period_end, 500, 'internal', 'test', 1, id FROM kpi_values WHERE partnership_id = $pb AND kpi_id = $kj AND period_start = '2018-04-01'"
expect_xml "an internal correction leaves the sum" "$N/cities/shanghai/dashboard.xml" 200 \
	'string(//c:kpi[@slug="joint-academic-activities"]/c:point[@period="2018-Q2"]/@partnerships)' 1

# A joint event in both cities' local times: Europe keeps DST, China does not.
sql "INSERT INTO events (uid, title, starts_at, ends_at, tzid, all_day, city_id, country_code, kind) VALUES \
	('t85-summer', 'Joint summer forum', '2019-07-01 08:00:00', '2019-07-01 10:00:00', 'Europe/London', 0, (SELECT id FROM cities WHERE slug = 'leeds'), 'GB', 'forum'), \
	('t85-winter', 'Joint winter forum', '2019-01-15 08:00:00', NULL, 'Asia/Shanghai', 0, (SELECT id FROM cities WHERE slug = 'hangzhou'), 'CN', 'forum')"
expect_xml "a joint event in summer: Leeds on BST" "$N/cities/leeds/dashboard.xml?from=2019-01-01&to=2019-12-31" 200 \
	'string(//c:event[c:title="Joint summer forum"]/c:local[@zone="Europe/London"]/@start)' '2019-07-01T09:00:00+01:00'
expect_eq "... and Hangzhou at UTC+8" \
	"$(xp 'string(//c:event[c:title="Joint summer forum"]/c:local[@zone="Asia/Shanghai"]/@start)')" '2019-07-01T16:00:00+08:00'
expect_eq "... in winter, Leeds on GMT (8 hours apart, not 7)" \
	"$(xp 'concat(//c:event[c:title="Joint winter forum"]/c:local[@zone="Europe/London"]/@start, " ", //c:event[c:title="Joint winter forum"]/c:local[@zone="Asia/Shanghai"]/@start)')" \
	'2019-01-15T08:00:00+00:00 2019-01-15T16:00:00+08:00'
expect_eq "... China keeps no daylight saving time" "$(xp 'count(//c:local[@zone="Asia/Shanghai"][@dst="1"])')" 0
expect_xml "the events follow the time range" "$N/cities/leeds/dashboard.xml?from=2019-06-01&to=2019-12-31" 200 \
	'count(//c:event[c:title="Joint winter forum"])' 0
sql "UPDATE cities SET time_zone = 'Atlantic/Canary' WHERE slug = 'leeds'"
expect_xml "a city's own zone overrides its country's" "$N/cities/leeds/dashboard.xml?from=2019-07-01&to=2019-07-01" 200 \
	'string(//c:event[c:title="Joint summer forum"]/c:local[1]/@zone)' 'Atlantic/Canary'
sql "UPDATE cities SET time_zone = NULL WHERE slug = 'leeds'"

# Computed indicators over the city's partnerships: each event counted once.
cp='//c:dashboard/c:kpi[@slug="partner-participation-in-events"][@origin="computed"]'
expect_xml "partner participation computed from the events" "$N/cities/leeds/dashboard.xml?from=2019-01-01&to=2019-12-31" 200 \
	"concat($cp/@source, ' ', $cp/@items)" "events $(sql "SELECT COUNT(*) FROM events e WHERE e.removed_at IS NULL AND e.status <> 'cancelled' AND e.starts_at >= '2019-01-01' AND e.starts_at < '2020-01-01' AND e.city_id IN (SELECT id FROM cities WHERE slug IN ('leeds', 'hangzhou', 'xian')) ")"
expect_eq "... its points without partnership counts" "$(xp "count($cp/c:point[@partnerships])")" 0
expect_html "... labelled computed in HTML" "$N/cities/leeds/dashboard?from=2019-01-01&to=2019-12-31" 200 'computed from '
expect_html "the city dashboard in HTML, with its charts" "$N/cities/leeds/dashboard" 200 '<svg'
expect_html "... local times named" "$N/cities/leeds/dashboard?from=2019-01-01" 200 'UTC+08:00'
expect_html "... announcing the illustrative samples" "$N/cities/leeds/dashboard" 200 'not real figures'
expect_html "... in Chinese" "$N/cities/leeds/dashboard?lang=zh" 200 '城市仪表盘'
expect_html "... by Accept-Language" "$N/cities/leeds/dashboard" 200 '城市仪表盘' -H 'Accept-Language: zh-CN,zh;q=0.9'
expect_html "... with a time range" "$N/cities/leeds/dashboard?from=2019-01-01&to=2019-06-30" 200 'value="2019-06-30"'
for f in $FRONTS; do
	expect_xml "city dashboard through ${f%%=*}" "${f#*=}/cities/hangzhou/dashboard.xml" 200 \
		'count(//c:partnerships/c:partnership[c:partner/@slug="leeds"])' 1
done

fetch "$N/cities/leeds/dashboard.csv?from=2019-01-01&to=2019-12-31"
expect_eq "the city dashboard as CSV" "$STATUS $(header Content-Type)" "200 text/csv; charset=utf-8; header=present"
expect_eq "CSV: a download named after the city" "$(header Content-Disposition)" 'attachment; filename="leeds-kpis.csv"'
expect_eq "CSV: the rows parse with a real CSV reader" \
	"$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(len(r), sorted({x["period"][:4] for x in r}), r[0]["aggregate"])' "$TMP_BODY")" \
	"24 ['2019'] sum"
expect_eq "CSV: CRLF line ends" "$(grep -vc $'\r$' "$TMP_BODY")" 0
# The other tables of the dashboard as CSV (?table=partnerships|events).
fetch "$N/cities/leeds/dashboard.csv?table=partnerships"
expect_eq "CSV of the partnerships table" "$STATUS $(header Content-Disposition)" '200 attachment; filename="leeds-partnerships.csv"'
expect_eq "... one row per partnership, read by a real CSV reader" \
	"$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(len(r), sorted(x["partner"] for x in r)[0], list(r[0])[0])' "$TMP_BODY")" \
	"$(sql "SELECT COUNT(*) FROM partnerships p JOIN cities c ON c.id IN (p.europe_city_id, p.china_city_id) WHERE c.slug = 'leeds' AND p.deleted_at IS NULL") hangzhou partnership"
fetch "$N/cities/leeds/dashboard.csv?table=partnerships&from=2019-01-01&to=2019-12-31"
expect_eq "... counts in the time range" \
	"$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(sum(int(x["events"]) for x in r) > 0)' "$TMP_BODY")" True
sql "UPDATE events SET title = '=cmd|'' /C calc''!A0, \"quoted\"' WHERE uid = 't85-winter'"
fetch "$N/cities/leeds/dashboard.csv?table=events&from=2019-01-01&to=2019-12-31"
expect_eq "CSV of the events table" "$STATUS $(header Content-Disposition)" '200 attachment; filename="leeds-events.csv"'
expect_eq "... formula-safe and quoted (RFC 4180)" \
	"$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(len(r), sorted(x["title"] for x in r)[0])' "$TMP_BODY")" \
	"2 '=cmd|' /C calc'!A0, \"quoted\""
expect_eq "... CRLF line ends" "$(grep -vc $'\r$' "$TMP_BODY")" 0
fetch "$N/cities/leeds/dashboard.csv?table=events"
expect_eq "... without a range: more" "$STATUS $(($(wc -l < "$TMP_BODY") > 2))" "200 1"
expect_xml "an unknown table: 400 naming it" "$N/cities/leeds/dashboard.csv?table=secrets" 400 'string(//c:parameter)' table
expect_xml "a table on the page: 400" "$N/cities/leeds/dashboard.xml?table=events" 400 'string(//c:parameter)' table
expect_html "the page links its tables' CSV" "$N/cities/leeds/dashboard?from=2019-01-01" 200 'dashboard.csv?table=events&amp;from=2019-01-01'
expect_html "the city page links its dashboard" "$N/cities/leeds" 200 'href="/cities/leeds/dashboard"'
expect_html "... in Chinese too" "$N/cities/leeds?lang=zh" 200 '本市仪表盘'
fetch "$N/cities/leeds/dashboard.csv?lang=zh"
expect_eq "CSV without a range: every period" "$STATUS $(($(wc -l < "$TMP_BODY") > 25))" "200 1"

# Hostile input.
expect_status "unknown city: 404" "$N/cities/atlantis/dashboard.xml" 404
expect_status "unknown city CSV: 404" "$N/cities/atlantis/dashboard.csv" 404
expect_4xx "a bad slug" "$N/cities/Le%20eds/dashboard"
expect_4xx "a slug with a dot-dot" "$N/cities/..%2F..%2Fetc/dashboard.xml"
expect_xml "a bad from: 400 naming it" "$N/cities/leeds/dashboard.xml?from=2019-02-30" 400 'string(//c:parameter)' from
expect_xml "a bad to: 400 naming it" "$N/cities/leeds/dashboard.xml?to=tomorrow" 400 'string(//c:parameter)' to
expect_xml "to before from: 400" "$N/cities/leeds/dashboard.xml?from=2019-12-31&to=2019-01-01" 400 'string(//c:parameter)' to
expect_xml "invalid UTF-8 in a parameter: 400" "$N/cities/leeds/dashboard.xml?from=%C0%AF" 400 'string(//c:parameter)' from
expect_status "invalid UTF-8 in the path: 400" "$N/cities/le%FFds/dashboard.xml" 400 -H 'Accept: application/xml'
expect_xml "a parameter of another page: 400" "$N/cities/leeds/dashboard.xml?limit=5" 400 'string(//c:parameter)' limit

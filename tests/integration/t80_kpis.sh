# t80_kpis.sh: KPI definitions and values; the demo's illustrative samples say what they are.

expect_xml "the report's 18 KPIs" "$N/kpis.xml" 200 'count(//c:kpi)' 18
expect_xml "a renewal cycle the report states" "$N/agreements.xml?city=gothenburg" 200 \
	'count(//c:agreement[c:renewal-months = 36])' 2
out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed -d "$top/sql/samples" 2>&1)
expect_eq "the illustrative samples load ($out)" "$?" 0
expect_xml "sample values are marked illustrative" "$N/kpi-values.xml?limit=500" 200 \
	'count(//c:kpi-value[not(@illustrative = "1")])' 0
expect_html "... and the page says so" "$N/kpi-values?kpi=partnership-quality" 200 'illustrative samples'
expect_xml "values of one KPI and partnership" \
	"$N/kpi-values.xml?kpi=joint-projects&city=leeds&from=2018-01-01&to=2018-12-31" 200 'count(//c:kpi-value)' 4
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by, supersedes_id) \
	SELECT kpi_id, partnership_id, period_start, period_end, value + 1, 'correction', 'test', id FROM kpi_values \
	WHERE id = (SELECT MIN(id) FROM kpi_values)"
first=$(sql "SELECT MIN(id) FROM kpi_values")
expect_xml "a corrected value is superseded, not shown twice" "$N/kpi-values.xml?limit=500" 200 \
	"count(//c:kpi-value[@id = '$first'])" 0
expect_xml "... and the correction says what it supersedes" "$N/kpi-values.xml?limit=500" 200 \
	"count(//c:kpi-value[c:supersedes = '$first'])" 1
expect_xml "internal values are never public" "$N/kpi-values.xml?limit=500" 200 \
	"count(//c:kpi-value)" "$(sql 'SELECT COUNT(*) FROM kpi_values v WHERE internal = 0 AND NOT EXISTS (SELECT 1 FROM kpi_values s WHERE s.supersedes_id = v.id)')"

# The partnership dashboard: KPIs against their targets, history, alerts.
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
expect_xml "dashboard of Gothenburg-Shanghai" "$N/partnerships/$pid.xml" 200 'string(//c:dashboard/@illustrative)' 1
expect_eq "six KPIs with values entered" "$(xp 'count(//c:dashboard/c:kpi[@origin="entered"])')" 6
expect_eq "16 quarters of history each" "$(xp 'count(//c:dashboard/c:kpi[@origin="entered"][count(c:point) != 16])')" 0
expect_eq "latest is the last quarter" "$(xp 'count(//c:dashboard/c:kpi[@origin="entered"][c:latest/@period != "2019-Q4"])')" 0
expect_eq "every KPI has a chart" \
	"$(xp 'count(//c:dashboard/c:kpi/c:chart/*[local-name()="svg"][@role="img"]) = count(//c:dashboard/c:kpi)')" true
expect_eq "a KPI below its target raises an alert" \
	"$(xp 'count(//c:kpi[c:target/@status="below"]) = count(//c:alert[@kind="kpi-below-target"])')" true
expect_eq "no activity or value for 12 months: dormant" "$(xp 'count(//c:alert[@kind="dormant"])')" 1
# A corrected value replaces the old one on the dashboard, and a new quarter wakes it up.
kid=$(sql "SELECT id FROM kpis WHERE slug = 'joint-projects'")
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by) VALUES ($kid, $pid, DATE_FORMAT(UTC_DATE() - INTERVAL 1 MONTH, '%Y-%m-01'), LAST_DAY(UTC_DATE() - INTERVAL 1 MONTH), 9, 'test', 'test')"
fetch "$N/partnerships/$pid.xml"
expect_eq "a recent value: not dormant" "$(xp 'count(//c:alert[@kind="dormant"])')" 0
expect_xml "a partnership without KPI values has a dashboard all the same" "$N/partnerships/1.xml" 200 \
	'count(//c:dashboard/c:activities)' 1
sql "UPDATE agreements SET valid_until = UTC_DATE() + INTERVAL 30 DAY WHERE id = (SELECT MIN(id) FROM agreements WHERE partnership_id = $pid)"
expect_xml "an agreement expiring within 90 days raises an alert" "$N/partnerships/$pid.xml" 200 \
	'count(//c:alert[@kind="agreement-expiring"][@days = 30])' 1
# Computed indicators (issue 6): counted from the data, beside the values entered.
sql "INSERT INTO activities (partnership_id, title, starts_on, status) VALUES ($pid, 't80 done', '2019-05-10', 'done'), \
	($pid, 't80 running', '2019-11-02', 'running'), ($pid, 't80 idea', '2019-06-01', 'idea'), ($pid, 't80 cancelled', '2019-06-01', 'cancelled')"
cj='//c:dashboard/c:kpi[@slug="joint-projects"][@origin="computed"]'
expect_xml "joint projects computed from the activities (not ideas, not cancelled)" \
	"$N/partnerships/$pid.xml?from=2019-01-01&to=2019-12-31" 200 "concat($cj/@source, ' ', $cj/@items)" "activities 2"
expect_eq "... per quarter like the values entered, a quarter without one is 0" \
	"$(xp "concat($cj/c:point[@period='2019-Q2']/@value, $cj/c:point[@period='2019-Q3']/@value, $cj/c:point[@period='2019-Q4']/@value)")" 101
expect_eq "... right after the entered values of the same KPI" \
	"$(xp "string($cj/preceding-sibling::c:kpi[1][@slug='joint-projects']/@origin)")" entered
fetch "$N/partnerships/$pid.xml"
expect_eq "agreements signed, computed, in years" \
	"$(xp 'concat(//c:dashboard/c:kpi[@slug="agreements-signed"]/@origin, " ", string-length(//c:dashboard/c:kpi[@slug="agreements-signed"]/c:latest/@period))')" "computed 4"
expect_eq "without a range: every agreement counted" \
	"$(xp 'string(//c:kpi[@slug="agreements-signed"]/@items)')" \
	"$(sql "SELECT COUNT(*) FROM agreements WHERE partnership_id = $pid AND deleted_at IS NULL AND signed_on <= UTC_DATE()")"
expect_eq "the agreements on a timeline, one row each" "$(xp 'count(//c:dashboard/c:timeline/c:agreement)')" \
	"$(sql "SELECT COUNT(*) FROM agreements WHERE partnership_id = $pid AND deleted_at IS NULL")"
expect_eq "... drawn as an SVG with a title" \
	"$(xp 'string(//c:timeline/c:chart/*[local-name()="svg"]/*[local-name()="title"])')" "Agreements from signature to expiry"
expect_eq "... the three-year renewal marked" \
	"$(xp 'count(//c:timeline/c:chart//*[local-name()="path"][starts-with(@class, "mark")]) = count(//c:timeline/c:agreement[@next-renewal])')" true
expect_html "computed and entered are told apart in HTML" "$N/partnerships/$pid" 200 'computed from 2 activities'
expect_html "... and in Chinese" "$N/partnerships/$pid?lang=zh" 200 '根据 2项合作活动计算得出'
expect_html "the timeline's table" "$N/partnerships/$pid" 200 'Agreements on a timeline'
expect_xml "the dashboard's time range" "$N/partnerships/$pid.xml?from=2019-01-01&to=2019-06-30" 200 \
	'count(//c:dashboard/c:kpi[@origin="entered"][count(c:point) != 2])' 0
fetch "$N/partnerships/$pid.csv?from=2019-01-01&to=2019-12-31"
expect_eq "the dashboard as CSV" "$STATUS $(header Content-Type)" "200 text/csv; charset=utf-8; header=present"
expect_eq "CSV: a header and one row per KPI and quarter" "$(wc -l < "$TMP_BODY")" 25
expect_eq "CSV: CRLF line ends" "$(grep -vc $'\r$' "$TMP_BODY")" 0
expect_eq "CSV: the rows parse with a real CSV reader" \
	"$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(len(r), r[0]["kpi"], r[0]["illustrative"])' "$TMP_BODY")" \
	"24 high-level-visits 1"
expect_status "CSV of a partnership that does not exist: 404" "$N/partnerships/999999.csv" 404
sql "UPDATE kpis SET name_en = '=HYPERLINK(1)' WHERE slug = 'joint-projects'"
fetch "$N/partnerships/$pid.csv"
expect_eq "CSV: no formula injection" "$(grep -c "^joint-projects,'=HYPERLINK" "$TMP_BODY")" \
	"$(grep -c "^joint-projects," "$TMP_BODY")"
expect_html "the dashboard in HTML, with its charts" "$N/partnerships/$pid" 200 '<svg'
expect_html "... announcing the illustrative samples" "$N/partnerships/$pid" 200 'not real figures'
expect_html "... in Chinese" "$N/partnerships/$pid?lang=zh" 200 '<svg'

# An internal correction supersedes the public value it corrects, and is not shown itself.
kq=$(sql "SELECT id FROM kpis WHERE slug = 'foreign-students'")
sql "INSERT INTO kpi_values (kpi_id, partnership_id, period_start, period_end, value, source, entered_by, internal, supersedes_id) \
	SELECT kpi_id, partnership_id, period_start, period_end, 999, 'internal', 'test', 1, id FROM kpi_values \
	WHERE kpi_id = $kq AND partnership_id = $pid AND period_start = '2019-10-01' AND source = 'illustrative sample'"
expect_xml "an internal correction hides the value it corrects" "$N/partnerships/$pid.xml" 200 \
	'string(//c:dashboard/c:kpi[@slug="foreign-students"]/c:latest/@period)' 2019-Q3
expect_eq "... and is never shown" "$(xp 'count(//c:dashboard//c:point[@value = 999])')" 0

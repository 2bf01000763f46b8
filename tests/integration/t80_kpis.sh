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

# t86_overview.sh: the platform's dashboard on "/" (issue 6): partnerships by country, by
# area and per year, each a chart with a table of the same numbers, and the map.

expect_xml "overview: four figures" "$N/index.xml" 200 'count(//c:dashboard/c:figure/c:chart/*[local-name()="svg"][@role="img"])' 4
expect_eq "by country: China has every Chinese partnership" \
	"$(xp 'string(//c:figure[@name="by-country"]/c:row[@key="CN"]/@value)')" \
	"$(sql "SELECT COUNT(*) FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE c.country_code = 'CN' AND p.deleted_at IS NULL")"
expect_eq "by country: one bar per row" \
	"$(xp 'count(//c:figure[@name="by-country"]//*[local-name()="rect"][@class="bar"]) <= count(//c:figure[@name="by-country"]/c:row)')" true
expect_eq "by area: every area" "$(xp 'count(//c:figure[@name="by-area"]/c:row)')" "$(sql 'SELECT COUNT(*) FROM areas')"
expect_eq "per year: the years add up with the unknown ones" \
	"$(xp 'sum(//c:figure[@name="per-year"]/c:row/@value) + //c:figure[@name="per-year"]/@unknown')" \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL')"
expect_eq "map: a line per partnership with both cities placed" \
	"$(xp 'count(//c:figure[@name="map"]//*[local-name()="path"][@class="link"]) = //c:figure[@name="map"]/@lines')" true
expect_eq "map: a table row per partnership (fewer than 500 here)" "$(xp 'count(//c:figure[@name="map"]/c:row)')" \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL')"
expect_eq "map: says how many partnerships there are" "$(xp 'string(//c:figure[@name="map"]/@partnerships)')" \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL')"
expect_eq "map: its rows come oldest first" \
	"$(xp 'count(//c:figure[@name="map"]/c:row[following-sibling::c:row[1]/@key < @key])')" 0
# More than 500 partnerships (the newest 500 kept): in t88's database of its own.
expect_eq "map: European cities are circles, Chinese ones squares" \
	"$(xp 'count(//c:figure[@name="map"]//*[local-name()="g"][@class="cities"]/*[local-name()="rect"]) > 0 and count(//c:figure[@name="map"]//*[local-name()="g"][@class="cities"]/*[local-name()="circle"]) > 0')" true
expect_xml "overview in Chinese: charts named in Chinese" "$N/index.xml?lang=zh" 200 \
	'string(//c:figure[@name="map"]//*[local-name()="title"][1])' '欧洲与中国的伙伴城市'
expect_html "overview in HTML: the charts" "$N/" 200 'aria-labelledby="overview-map-title"'
expect_html "... with their tables" "$N/" 200 'The same numbers as a table'
expect_html "... in Chinese" "$N/?lang=zh" 200 '伙伴城市地图'
# The time range: partnerships that began in those years.
expect_xml "overview with a time range" "$N/index.xml?from=2016-01-01&to=2018-12-31" 200 \
	'sum(//c:figure[@name="per-year"]/c:row/@value)' \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL AND since_year BETWEEN 2016 AND 2018')"
expect_eq "... only those years" "$(xp 'count(//c:figure[@name="per-year"]/c:row[@key < 2016 or @key > 2018])')" 0
expect_eq "... the map keeps their lines only" "$(xp 'count(//c:figure[@name="map"]/c:row)')" \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL AND since_year BETWEEN 2016 AND 2018')"
expect_eq "... and says its range" "$(xp 'concat(//c:filter/@from, " ", //c:filter/@to)')" "2016-01-01 2018-12-31"
expect_xml "... by country too" "$N/index.xml?from=2016-01-01" 200 \
	'string(//c:figure[@name="by-country"]/c:row[@key="CN"]/@value)' \
	"$(sql "SELECT COUNT(*) FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE c.country_code = 'CN' AND p.deleted_at IS NULL AND p.since_year >= 2016")"
expect_html "... in HTML with its form" "$N/?from=2016-01-01&lang=zh" 200 'value="2016-01-01"'
expect_xml "overview: a bad from: 400" "$N/index.xml?from=2019-13-01" 400 'string(//c:parameter)' from
expect_xml "overview: to before from: 400" "$N/index.xml?from=2019-01-01&to=2018-01-01" 400 'string(//c:parameter)' to
expect_xml "overview: a parameter of another page: 400" "$N/index.xml?limit=5" 400 'string(//c:parameter)' limit

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
expect_eq "map: a table row per partnership" "$(xp 'count(//c:figure[@name="map"]/c:row)')" \
	"$(sql 'SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL')"
expect_eq "map: European cities are circles, Chinese ones squares" \
	"$(xp 'count(//c:figure[@name="map"]//*[local-name()="g"][@class="cities"]/*[local-name()="rect"]) > 0 and count(//c:figure[@name="map"]//*[local-name()="g"][@class="cities"]/*[local-name()="circle"]) > 0')" true
expect_xml "overview in Chinese: charts named in Chinese" "$N/index.xml?lang=zh" 200 \
	'string(//c:figure[@name="map"]//*[local-name()="title"][1])' '欧洲与中国的伙伴城市'
expect_html "overview in HTML: the charts" "$N/" 200 'aria-labelledby="overview-map-title"'
expect_html "... with their tables" "$N/" 200 'The same numbers as a table'
expect_html "... in Chinese" "$N/?lang=zh" 200 '伙伴城市地图'
expect_xml "the overview takes no time range" "$N/index.xml?from=2019-01-01" 400 'string(//c:parameter)' from

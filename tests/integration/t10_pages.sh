# t10_pages.sh: every page, in HTML and XML, through nginx and Apache, at the site root
# and under /c2c/; links carry the mount point.

for front in $FRONTS; do
	fname=${front%%=*}
	u=${front#*=}
	base=$(printf %s "$u" | sed -E "s|^https?://[^/]+||")   # "" or "/c2c"

	expect_xml "$fname: overview XML" "$u/index.xml" 200 'string(/c:overview/c:counts/@cities)' 92
	expect_xml "$fname: overview XML by Accept" "$u/" 200 'string(/c:overview/@base)' "$base" -H 'Accept: application/xml'
	expect_html "$fname: overview HTML" "$u/" 200 "href=\"$base/cities"
	expect_xml "$fname: cities XML" "$u/cities.xml" 200 'count(/c:cities/c:city)' 50
	expect_xml "$fname: cities next link carries the mount" "$u/cities.xml?limit=5" 200 \
		'substring-before(/c:cities/c:next/@href, "?")' "$base/cities.xml"
	expect_html "$fname: cities HTML" "$u/cities" 200 "href=\"$base/cities/leeds\"" --data-urlencode 'q=Leeds' -G
	expect_xml "$fname: city XML" "$u/cities/shenzhen.xml" 200 'string(/c:city/c:local-name)' '深圳'
	expect_html "$fname: city HTML shows both scripts" "$u/cities/shenzhen" 200 '深圳'
	expect_xml "$fname: partnerships XML" "$u/partnerships.xml?limit=500" 200 'count(/c:partnerships/c:partnership)' 68
	expect_html "$fname: partnerships HTML" "$u/partnerships" 200 "href=\"$base/partnerships/1\""
	expect_xml "$fname: partnership XML" "$u/partnerships/1.xml" 200 'string(/c:partnership/c:china/@slug)' zhengzhou
	expect_html "$fname: partnership HTML" "$u/partnerships/1" 200 'Zhengzhou'
	expect_xml "$fname: events XML" "$u/events.xml?from=2017-01-01&limit=500" 200 'count(/c:events/c:event)' 43
	expect_html "$fname: events HTML" "$u/events?from=2019-12-01" 200 'URBAN-EU-CHINA final conference'
	expect_xml "$fname: healthz XML" "$u/healthz.xml" 200 'string(/c:health/@database)' up
	expect_html "$fname: healthz HTML" "$u/healthz" 200 '<html'
	expect_xml "$fname: 404 as XML" "$u/no-such-page.xml" 404 'string(/c:error/@status)' 404
	expect_html "$fname: 404 as HTML" "$u/no-such-page" 404 '404'
done

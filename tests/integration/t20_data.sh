# t20_data.sh: the report's data, the filters and keyset pagination (through nginx).

expect_xml "every city of the report in one page" "$N/cities.xml?limit=500" 200 'count(/c:cities/c:city)' 92
expect_xml "no next link on the last page" "$N/cities.xml?limit=500" 200 'count(/c:cities/c:next)' 0
expect_xml "side=china" "$N/cities.xml?limit=500&side=china" 200 'count(/c:cities/c:city[@side="china"])' 39
expect_xml "side=europe" "$N/cities.xml?limit=500&side=europe" 200 'count(/c:cities/c:city)' 53
expect_xml "country=DE (case-insensitive)" "$N/cities.xml?limit=500&country=de" 200 'count(/c:cities/c:city[@country="DE"])' 12
expect_xml "q finds Münster by its English name" "$N/cities.xml?q=M%C3%BCnster" 200 'string(/c:cities/c:city/@slug)' muenster
expect_xml "q finds Shenzhen by 深圳" "$N/cities.xml?q=%E6%B7%B1%E5%9C%B3" 200 'string(/c:cities/c:city/@slug)' shenzhen
expect_xml "area filter on cities" "$N/cities.xml?limit=500&area=healthcare" 200 \
	'count(/c:cities/c:city) > 0 and count(/c:cities/c:city) < 92' true
expect_xml "q with no match is an empty list" "$N/cities.xml?q=nowhere-at-all" 200 'count(/c:cities/c:city)' 0

# Walk the cities ten at a time: 92 distinct slugs, in order, then no next link.
url="$N/cities.xml?limit=10"
: > "$VAR/slugs"
pages=0
while [ -n "$url" ] && [ $pages -lt 20 ]; do
	fetch "$url"
	xp '//c:city/@slug' | tr ' ' '\n' | sed -n 's/^slug="\(.*\)"$/\1/p' >> "$VAR/slugs"
	next=$(xp 'string(/c:cities/c:next/@href)')
	url=${next:+http://127.0.0.1:$NGINX_ROOT$next}
	pages=$((pages + 1))
done
expect_eq "cursor pagination visits 10 pages" "$pages" 10
expect_eq "cursor pagination yields all 92 cities once" "$(sort -u "$VAR/slugs" | wc -l)" 92
expect_eq "cursor pagination keeps slug order" "$(sort -c "$VAR/slugs" 2>&1 && echo sorted)" sorted
fetch "$N/cities.xml?limit=10"
expect_eq "Link rel=next header matches the next element" \
	"$(header Link)" "<$(xp 'string(/c:cities/c:next/@href)')>; rel=\"next\""

expect_xml "partnerships of Leeds" "$N/partnerships.xml?city=leeds" 200 \
	'count(/c:partnerships/c:partnership[c:europe/@slug="leeds"]) = count(/c:partnerships/c:partnership) and count(/c:partnerships/c:partnership) > 0' true
expect_xml "partnerships by kind" "$N/partnerships.xml?limit=500&kind=programme_pairing" 200 \
	'count(/c:partnerships/c:partnership[@kind!="programme_pairing"])' 0
expect_xml "programme pairings: the 14 of Table 1" "$N/partnerships.xml?limit=500&kind=programme_pairing" 200 \
	'count(/c:partnerships/c:partnership)' "$(sql "SELECT COUNT(*) FROM partnerships WHERE kind='programme_pairing'")"
expect_xml "partnerships by status" "$N/partnerships.xml?status=ended" 200 'count(/c:partnerships/c:partnership)' 0
expect_xml "partnerships by area carry that area" "$N/partnerships.xml?limit=500&area=education-academic" 200 \
	'count(/c:partnerships/c:partnership[not(c:areas/c:area/@slug="education-academic")])' 0
fetch "$N/partnerships.xml?limit=30"
n2=$(xp 'string(/c:partnerships/c:next/@href)')
expect_xml "partnerships second page starts after the first" "http://127.0.0.1:$NGINX_ROOT$n2" 200 \
	'string(/c:partnerships/c:partnership[1]/@id)' 31
expect_xml "partnership with agreements" "$N/partnerships.xml?city=belfast" 200 \
	'string(/c:partnerships/c:partnership/c:agreement-count)' 2
id=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id=p.europe_city_id WHERE e.slug='belfast'")
expect_xml "partnership page lists its agreements in date order" "$N/partnerships/$id.xml" 200 \
	'string(/c:partnership/c:agreements/c:agreement[1]/@signed)' 2016
expect_xml "city page lists its ties" "$N/cities/muenster.xml" 200 \
	'string(/c:city/c:ties/c:tie[@kind="twinning"]/c:city/@slug)' enschede

expect_xml "events: upcoming by default (the report's are past)" "$N/events.xml" 200 'count(/c:events/c:event)' 0
expect_xml "events from/to" "$N/events.xml?from=2018-01-01&to=2018-12-31&limit=500" 200 'count(/c:events/c:event)' \
	"$(sql "SELECT COUNT(*) FROM events WHERE COALESCE(ends_at, starts_at) >= '2018-01-01' AND starts_at < '2019-01-01'")"
expect_xml "events of a city" "$N/events.xml?from=2017-01-01&city=brussels&limit=500" 200 \
	'count(/c:events/c:event[c:city/@slug!="brussels"])' 0
expect_xml "all-day events carry dates" "$N/events.xml?from=2019-12-17&to=2019-12-17" 200 \
	'string(/c:events/c:event[1]/c:start)' 2019-12-17
fetch "$N/events.xml?from=2017-01-01&limit=7"
n3=$(xp 'string(/c:events/c:next/@href)')
last=$(xp 'string(/c:events/c:event[7]/@id)')
expect_xml "events pagination continues after the last event" "http://127.0.0.1:$NGINX_ROOT$n3" 200 \
	"count(/c:events/c:event[@id=$last])" 0

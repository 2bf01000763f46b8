# t70_matching.sh: partner suggestions, their explanations, and the evaluation.

expect_xml "matches of Muenster" "$N/cities/muenster/matches.xml" 200 'string(/c:matches/c:city/@slug)' muenster
expect_eq "existing partners are listed apart" "$(xp 'string(/c:matches/c:existing/c:partner/@slug)')" dalian
expect_eq "... and not suggested" "$(xp 'count(//c:match[@slug="dalian"])')" 0
expect_eq "suggestions are on the other side" "$(xp 'count(//c:match[@country!="CN" and @country!="HK"])')" 0
expect_eq "suggestions are ranked by score" \
	"$(xp 'count(//c:match[following-sibling::c:match[1]/@score > @score])')" 0
expect_eq "each suggestion has its eight components" \
	"$(xp 'count(//c:match[count(c:component) != 8])')" 0
expect_eq "each suggestion explains itself in English and Chinese" \
	"$(xp 'count(//c:match[not(c:reason[@xml:lang="en"]) or not(c:reason[@xml:lang="zh"])])')" 0
expect_eq "the tripartite path through the region is a reason" \
	"$(xp 'count(//c:match[@slug="chengdu"]/c:reason[contains(., "Sichuan")])')" 1
expect_xml "limit" "$N/cities/muenster/matches.xml?limit=3" 200 'count(//c:match)' 3
expect_xml "country filter" "$N/cities/leeds/matches.xml?country=hk&limit=50" 200 'count(//c:match[@country!="HK"])' 0
expect_xml "min_score filter" "$N/cities/leeds/matches.xml?min_score=1.5&limit=100" 200 'count(//c:match[@score < 1.5])' 0
expect_xml "weights from the request" "$N/cities/leeds/matches.xml?w_network=7.5" 200 'string(/c:matches/c:weights/@network)' 7.5000
expect_xml "area filter keeps a valid answer" "$N/cities/leeds/matches.xml?area=healthcare" 200 'string(/c:matches/@count) != ""' true
expect_xml "unknown city: 404" "$N/cities/atlantis/matches.xml" 404 'string(/c:error/@status)' 404
expect_xml "unknown area: 400 naming it" "$N/cities/leeds/matches.xml?area=space-travel" 400 'string(/c:error/c:parameter)' area
expect_xml "malformed weight: 400 naming it" "$N/cities/leeds/matches.xml?w_network=1e9" 400 'string(/c:error/c:parameter)' w_network
expect_xml "weight over 10: 400" "$N/cities/leeds/matches.xml?w_common=11" 400 'string(/c:error/c:parameter)' w_common
expect_xml "negative min_score: 400" "$N/cities/leeds/matches.xml?min_score=-1" 400 'string(/c:error/c:parameter)' min_score
expect_html "matches in HTML" "$N/cities/deyang/matches" 200 'Bonn'
expect_html "matches in Chinese" "$N/cities/deyang/matches?lang=zh" 200 '波恩'

# A diaspora community (Bonn's criterion) is an existing contact, and says so.
sql "INSERT INTO city_communities (city_id, origin_city_id, size) SELECT b.id, w.id, 2000 FROM cities b, cities w WHERE b.slug = 'leeds' AND w.slug = 'wuhan'"
fetch "$N/cities/leeds/matches.xml?limit=100"
expect_eq "a diaspora community makes a contact" \
	"$(xp 'number(//c:match[@slug="wuhan"]/c:component[@name="contacts"]/@value)')" 1
expect_eq "... explained in English" "$(xp 'count(//c:match[@slug="wuhan"]/c:reason[contains(., "diaspora community links Leeds and Wuhan")])')" 1
expect_eq "... and in Chinese" "$(xp 'count(//c:match[@slug="wuhan"]/c:reason[contains(., "侨民社群")])')" 1

# A new partnership is seen at once: Terrassa's new partner leaves its suggestions.
fetch "$N/cities/terrassa/matches.xml?limit=1"
first_match=$(xp 'string(//c:match[1]/@slug)')
sql "INSERT INTO partnerships (europe_city_id, china_city_id, kind, sources) SELECT e.id, c.id, 'in_discussion', 'city' FROM cities e, cities c WHERE e.slug = 'terrassa' AND c.slug = '$first_match'"
expect_xml "a new partner is no longer a suggestion" "$N/cities/terrassa/matches.xml?limit=100" 200 \
	"count(//c:match[@slug='$first_match']) + count(//c:existing/c:partner[@slug='$first_match'])" 1

out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match -n 5 muenster 2>&1)
expect_eq "c2cctl match lists five suggestions" "$(printf '%s\n' "$out" | grep -c 'score')" 5
out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match nowhere 2>&1); rc=$?
expect_eq "c2cctl match of an unknown city fails" "$rc" 1
out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/#   /'
# Each figure is followed by its interval "[lo, hi]": the MRR is the third field from the end.
mrr=$(printf '%s\n' "$out" | awk '/^c2c matching/ { print $(NF-2) }')
base=$(printf '%s\n' "$out" | awk '/^population baseline/ { print $(NF-2) }')
expect_eq "evaluation runs" "$rc" 0
expect_eq "matching beats the population baseline on MRR ($mrr vs $base)" \
	"$(awk -v a="$mrr" -v b="$base" 'BEGIN { print (a > b) ? "yes" : "no" }')" yes

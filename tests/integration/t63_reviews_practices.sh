# t63_reviews_practices.sh: a partnership's reviews and the practices library (issue 18):
# reads (HTML in both languages, XML valid per the schema), the practices' filters and
# cursor, the practices feed, the writes of reviews, decisions and targets (roles, scope,
# If-Match, CSRF, audit, the partnership's updated_at and the data version), and hostile
# input: each a clear 4xx with nothing changed.
# nginx asks for basic auth on /edit/ (users alice, bob, carol, mallory; password "pw-"
# and the name: tests/harness/nginx.sh).

PY=/usr/bin/python3
X='xmlns="urn:c2c:xml:1"'
RP_ATOM_RNG="$top/../shared/corpus/atom/rfc4287-schema/atom.rng"
[ -f "$RP_ATOM_RNG" ] || RP_ATOM_RNG=/work/shared/corpus/atom/rfc4287-schema/atom.rng
REPORT="$top/../shared/seed/cooperation-plans-and-guidelines.txt"
[ -f "$REPORT" ] || REPORT=/work/shared/seed/cooperation-plans-and-guidelines.txt

# ------------------------------------------------------------------ practices: reads

np=$(sql "SELECT COUNT(*) FROM practices WHERE deleted_at IS NULL")
expect_eq "the report's practices are seeded (sql/seed/040_practices.sql)" "$([ "$np" -ge 10 ] && echo yes)" yes
expect_eq "... each with an English and a Chinese title and summary, a step and a report line" \
	"$(sql "SELECT COUNT(*) FROM practices WHERE title_zh IS NULL OR summary_zh IS NULL OR step IS NULL OR source_line IS NULL")" 0
expect_eq "... each factor one of the report's success factors" \
	"$(sql "SELECT COUNT(*) FROM practice_factors pf JOIN criteria c ON c.id = pf.criterion_id WHERE c.source <> 'success_factors'")" 0
if [ -f "$REPORT" ]; then
	bad=
	while IFS=$'\t' read -r slug line city; do
		# The example starts at its line: its city (first word) is named within the next 12 lines.
		sed -n "${line},$((line + 12))p" "$REPORT" | grep -qi "$city" || bad="$bad $slug@$line"
	done < <(sql "SELECT t.slug, t.source_line, COALESCE((SELECT SUBSTRING_INDEX(ci.name_en, ' ', 1) FROM practice_cities pc JOIN cities ci ON ci.id = pc.city_id WHERE pc.practice_id = t.id ORDER BY ci.side = 'europe' DESC, ci.id LIMIT 1), 'UK') FROM practices t")
	expect_eq "... each report line starts the example of its city" "$bad" ""
else
	skip "... each report line starts the example of its city" "no report text here"
fi
gid=$(sql "SELECT id FROM practices WHERE slug = 'gothenburg-two-planning-processes'")
expect_eq "Gothenburg's two planning processes, Manchester-Wuhan's joint study and Belfast's measurement are there" \
	"$(sql "SELECT COUNT(*) FROM practices WHERE slug IN ('gothenburg-two-planning-processes', 'manchester-wuhan-joint-study', 'belfast-china-stakeholders-group')")" 3

expect_xml "/practices.xml: valid, every practice" "$N/practices.xml" 200 'string(/c:practices/@count)' "$np"
expect_xml "/practices/{id}.xml: valid, with its cities" "$N/practices/$gid.xml" 200 \
	'string(//c:cities/c:city[1]/@slug)' gothenburg
expect_eq "... its factors and the report's line" "$(xp 'count(//c:factors/c:factor)') $(xp 'string(//c:source/@line)')" "2 3843"
expect_html "/practices in English" "$N/practices" 200 'Two planning processes for each Action Plan'
expect_html "/practices in Chinese" "$N/practices?lang=zh" 200 '每份行动计划采用两条规划流程'
expect_html "/practices/{id} in Chinese, the factors named in Chinese" "$N/practices/$gid?lang=zh" 200 '两市的高度投入'
expect_html "/practices/{id} in English links its partnership" "$N/practices/$gid" 200 '/partnerships/'
expect_status "/practices/999999: 404" "$N/practices/999999.xml" 404

# Filters, each against the database.
pf() { sql "SELECT COUNT(*) FROM practices t WHERE t.deleted_at IS NULL AND $1"; }
for f in "step=6|t.step = 6" \
	"area=business-investments|t.area_id = (SELECT id FROM areas WHERE slug = 'business-investments')" \
	"city=gothenburg|EXISTS (SELECT 1 FROM practice_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.practice_id = t.id AND c.slug = 'gothenburg')" \
	"country=GB|EXISTS (SELECT 1 FROM practice_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.practice_id = t.id AND c.country_code = 'GB')" \
	"factor=support-high-commitment|EXISTS (SELECT 1 FROM practice_factors pf JOIN criteria c ON c.id = pf.criterion_id WHERE pf.practice_id = t.id AND c.slug = 'support-high-commitment')"; do
	q=${f%%|*} w=${f#*|}
	want=$(pf "$w")
	expect_xml "/practices?$q: the $want practices that match" "$N/practices.xml?$q" 200 'count(//c:practice)' "$want"
done
expect_xml "filters combine (step=7 and city=gothenburg)" "$N/practices.xml?step=7&city=gothenburg" 200 \
	'count(//c:practice)' "$(pf "t.step = 7 AND EXISTS (SELECT 1 FROM practice_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.practice_id = t.id AND c.slug = 'gothenburg')")"
for q in "factor=no-such-factor|factor" "step=9|step" "step=abc|step" "city=atlantis|city" "area=no-such-area|area" "country=XX|country" "factor=UPPER|factor"; do
	expect_xml "/practices?${q%%|*}: 400 naming the parameter" "$N/practices.xml?${q%%|*}" 400 'string(//c:parameter)' "${q#*|}"
done

# The cursor: pages of 4 cover every practice once.
seen= url="$N/practices.xml?limit=4" pages=0
while [ -n "$url" ] && [ $pages -lt 10 ]; do
	fetch "$url"
	ids=$(grep -o '<practice id="[0-9]*"' "$TMP_BODY" | grep -o '[0-9]*' | tr '\n' ' ')
	seen="$seen $ids"
	next=$(grep -o '<next href="[^"]*"' "$TMP_BODY" | sed 's/<next href="//; s/"$//; s/&amp;/\&/g')
	url=${next:+$N$next}
	pages=$((pages + 1))
done
expect_eq "the cursor: pages of 4 show every practice once" \
	"$(printf '%s\n' $seen | sort -n | uniq | wc -l) $(printf '%s\n' $seen | wc -l) $pages" "$np $np $(( (np + 3) / 4 ))"

# The feed: valid Atom, the list's filters, a bad filter refused.
check_practices_feed() {
	fetch "$2"
	if [ "$STATUS" != 200 ]; then
		nok "$1" "GET $2: status $STATUS"
		return
	fi
	cp "$TMP_BODY" "$VAR/practices.atom"
	if [ -f "$RP_ATOM_RNG" ] && ! xmllint --noout --relaxng "$RP_ATOM_RNG" "$VAR/practices.atom" 2>"$VAR/rngerr"; then
		nok "$1" "not valid per RFC 4287's schema: $(head -3 "$VAR/rngerr")"
	elif ! out=$($PY "$top/tests/integration/feed_check.py" "$VAR/practices.atom"); then
		nok "$1" "feedparser: $out"
	else
		ok "$1 (${out##*: })"
	fi
}
[ -f "$RP_ATOM_RNG" ] || skip "the practices feed against RFC 4287's RELAX NG schema" "no shared corpus here"
check_practices_feed "/feeds/practices.atom" "$N/feeds/practices.atom"
expect_eq "... one entry per practice, newest change first" "$(grep -c '<entry>' "$VAR/practices.atom")" "$np"
check_practices_feed "/feeds/practices.atom?step=6&lang=zh" "$N/feeds/practices.atom?step=6&lang=zh"
expect_eq "... filtered: the step's practices only" "$(grep -c '<entry>' "$VAR/practices.atom")" "$(pf 't.step = 6')"
expect_status "/feeds/practices.atom?factor=nope: 400" "$N/feeds/practices.atom?factor=nope" 400
expect_html "the practices page links its feed" "$N/practices" 200 'feeds/practices.atom'

# ------------------------------------------------------------------- reviews: writes

# Users set with users_set (lib.sh) and tokens straight into the database, the users put
# back at the end: t95 counts what c2cctl audits when it makes them (its own alice and bob
# included).
rv_token() {   # NAME ROLE [CITY]: a new token's text, its hash stored
	local t="c2c_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)"
	sql "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES ('$1', UNHEX(SHA2('$t', 256)), '$2', (SELECT id FROM cities WHERE slug = '${3:-}'))"
	printf %s "$t"
}
users_set alice:editor:gothenburg bob:editor:leeds
RG=$(rv_token review-gothenburg editor gothenburg)
RL=$(rv_token review-leeds editor leeds)
RR=$(rv_token review-reader reader)
# Two partnerships of Leeds (the same editors: the partnership check, not the scope, must
# refuse a decision across them); Gothenburg's editor is the third city.  Not
# Gothenburg-Shanghai: t80 wants it dormant, and a new activity is a sign of life.
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'leeds' AND c.slug = 'hangzhou' AND p.deleted_at IS NULL")
opid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'leeds' AND c.slug = 'xian' AND p.deleted_at IS NULL")
rw() {   # METHOD PATH TOKEN BODY [curl args]
	local wm=$1 wp=$2 wt=$3 wb=$4
	shift 4
	fetch "$N$wp" -X "$wm" ${wt:+-H "Authorization: Bearer $wt"} -H 'Content-Type: application/xml' \
		${wb:+--data-binary "$wb"} "$@"
}
# An activity in each partnership, for the decisions.
rw POST /activities "$RL" "<activity-edit $X><partnership>$pid</partnership><title>Harbour exchange</title><status>running</status></activity-edit>"
act=$(xp 'string(//c:item/@id)')
rw POST /activities "$RL" "<activity-edit $X><partnership>$opid</partnership><title>Library exchange</title><status>running</status></activity-edit>"
oact=$(xp 'string(//c:item/@id)')
expect_eq "(an activity in each of the two Leeds partnerships)" "$([ -n "$act" ] && [ -n "$oact" ] && echo yes)" yes

today=$(sql "SELECT UTC_DATE()")
ystart=$(sql "SELECT UTC_DATE() - INTERVAL 1 YEAR")
rev="<review-edit $X><partnership>$pid</partnership><held>$today</held><period-start>$ystart</period-start><period-end>$today</period-end><findings>The harbour exchange grew; the library one stalled.</findings><findings-zh>港口交流有所发展。</findings-zh></review-edit>"
state="SELECT CONCAT((SELECT COUNT(*) FROM reviews), '/', (SELECT COUNT(*) FROM review_decisions), '/', (SELECT COUNT(*) FROM review_targets), '/', (SELECT COUNT(*) FROM audit_log WHERE entity LIKE 'review%'))"
s0=$(sql "$state")
rw POST /reviews "" "$rev"
expect_eq "POST /reviews anonymous: 401" "$STATUS" 401
rw POST /reviews "$RR" "$rev"
expect_eq "... a reader: 403" "$STATUS" 403
rw POST /reviews "$RG" "$rev"
expect_eq "... an editor of a third city: 403, named" "$STATUS $(xp 'string(//c:invalid/@code)')" "403 out-of-scope"
rw POST /reviews "$RL" "<review-edit $X><partnership>$pid</partnership><held>2026-11-20</held><period-start>2026-11-01</period-start><period-end>2026-10-31</period-end></review-edit>"
expect_eq "... a period that ends before it starts: 422 naming period-end" "$STATUS $(xp 'string(//c:invalid/@field)')" "422 period-end"
rw POST /reviews "$RL" "<review-edit $X><partnership>$pid</partnership><held>2026-11-20</held><period-start>2025-11-01</period-start><period-end>2026-10-31</period-end><findings>$(printf 'x%.0s' $(seq 8001))</findings></review-edit>"
expect_eq "... over-long findings: 422" "$STATUS" 422
printf '<review-edit %s><partnership>%s</partnership><held>2026-11-20</held><period-start>2025-11-01</period-start><period-end>2026-10-31</period-end><findings>caf\xc3</findings></review-edit>' "$X" "$pid" >"$VAR/bad-utf8.xml"
fetch "$N/reviews" -X POST -H "Authorization: Bearer $RL" -H 'Content-Type: application/xml' --data-binary "@$VAR/bad-utf8.xml"
expect_eq "... invalid UTF-8: 4xx" "$(case $STATUS in 4??) echo 4xx ;; *) echo "$STATUS" ;; esac)" 4xx
rw POST /reviews "$RL" "<review-edit $X><partnership>999999</partnership><held>2026-11-20</held><period-start>2025-11-01</period-start><period-end>2026-10-31</period-end></review-edit>"
expect_eq "... a partnership that does not exist: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 no-such-partnership"
expect_eq "... nothing stored by any of them" "$(sql "$state")" "$s0"

expect_xml "an active partnership older than a year and never reviewed: the dashboard says review-overdue" \
	"$N/partnerships/$pid.xml" 200 "count(//c:alert[@kind = 'review-overdue'])" 1
expect_html "... in words, linked to its reviews" "$N/partnerships/$pid" 200 'no review in the last twelve months'
v0=$(sql "SELECT version FROM data_version")
t0=$(sql "SELECT DATE_FORMAT(updated_at, '%Y%m%d%H%i%s%f') FROM partnerships WHERE id = $pid")
rw POST /reviews "$RL" "$rev"
rid=$(xp 'string(//c:item/@id)')
rtag=$(header ETag)
expect_eq "POST /reviews by the city's editor: 201, Location" "$STATUS $(header Location)" "201 $N/reviews/$rid"
expect_eq "... audited, the partnership touched, the data version moved" \
	"$(sql "SELECT CONCAT((SELECT COUNT(*) FROM audit_log WHERE entity = 'review' AND entity_id = $rid AND action = 'create'), ' ', (SELECT DATE_FORMAT(updated_at, '%Y%m%d%H%i%s%f') > '$t0' FROM partnerships WHERE id = $pid), ' ', (SELECT version > $v0 FROM data_version))")" "1 1 1"

dec="<review-decision-edit $X><partnership>$pid</partnership><review>$rid</review><activity>$act</activity><decision>adjust</decision><note>Half the budget, twice the visits.</note></review-decision-edit>"
s1=$(sql "$state")
rw POST /review-decisions "$RL" "<review-decision-edit $X><partnership>$pid</partnership><review>$rid</review><activity>$oact</activity><decision>stop</decision></review-decision-edit>"
expect_eq "a decision on an activity of another partnership: 422, named" "$STATUS $(xp 'string(//c:invalid/@field)') $(xp 'string(//c:invalid/@code)')" "422 activity not-in-partnership"
rw POST /review-decisions "$RL" "<review-decision-edit $X><partnership>$opid</partnership><review>$rid</review><activity>$oact</activity><decision>stop</decision></review-decision-edit>"
expect_eq "... naming a review of another partnership: 422, named" "$STATUS $(xp 'string(//c:invalid/@field)') $(xp 'string(//c:invalid/@code)')" "422 review not-in-partnership"
rw POST /review-decisions "$RL" "<review-decision-edit $X><partnership>$pid</partnership><review>$rid</review><activity>$act</activity><decision>maybe</decision></review-decision-edit>"
expect_eq "... a decision that is not continue, adjust or stop: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-a-choice"
rw POST /review-decisions "$RG" "$dec"
expect_eq "... by an editor of a third city: 403" "$STATUS" 403
rw POST /review-targets "$RL" "<review-target-edit $X><partnership>$pid</partnership><review>$rid</review><kpi>no-such-kpi</kpi><start>2027-01-01</start><end>2027-12-31</end><target>3</target></review-target-edit>"
expect_eq "... a target of a KPI that does not exist: 422" "$STATUS" 422
expect_eq "... nothing stored" "$(sql "$state")" "$s1"

rw POST /review-decisions "$RL" "$dec"
did=$(xp 'string(//c:item/@id)')
expect_eq "the decision on its own activity: 201" "$STATUS" 201
rw POST /review-decisions "$RL" "$dec"
expect_eq "... a second decision on the same activity in the same review: 409, named" \
	"$STATUS $(xp 'string(//c:invalid/@code)') $(sql "SELECT COUNT(*) FROM review_decisions WHERE review_id = $rid")" "409 decided-already 1"
rw POST /review-targets "$RL" "<review-target-edit $X><partnership>$pid</partnership><review>$rid</review><kpi>joint-projects</kpi><start>2027-01-01</start><end>2027-12-31</end><target>3</target></review-target-edit>"
expect_eq "a new target: 201" "$STATUS" 201

expect_xml "/reviews/{id}.xml: valid, the decision on the activity" "$N/reviews/$rid.xml" 200 \
	"string(//c:activity[@id = '$act']/c:decision/@value)" adjust
expect_eq "... the new target, the findings in both languages" \
	"$(xp 'string(//c:targets/c:target/@kpi)') $(xp 'count(//c:findings)')" "joint-projects 2"
expect_eq "... the dashboard of its period" "$(xp 'count(/c:review/c:dashboard)')" 1
expect_xml "/partnerships/{id}/reviews.xml: valid, the review listed" "$N/partnerships/$pid/reviews.xml" 200 \
	"string(//c:list/c:review[@id = '$rid']/@decisions)" 1
expect_eq "... no longer overdue, the last review's date" "$(xp 'string(//c:due/@overdue)') $(xp 'string(//c:due/@last)')" "0 $today"
expect_xml "... nor on the partnership's dashboard" "$N/partnerships/$pid.xml" 200 "count(//c:alert[@kind = 'review-overdue'])" 0
expect_html "/reviews/{id} in English" "$N/reviews/$rid" 200 'Half the budget, twice the visits.'
expect_html "/reviews/{id} in Chinese" "$N/reviews/$rid?lang=zh" 200 '港口交流有所发展。'
expect_html "/partnerships/{id}/reviews in Chinese" "$N/partnerships/$pid/reviews?lang=zh" 200 '下次评估的出发点'
expect_status "/reviews/999999: 404" "$N/reviews/999999.xml" 404
expect_status "/partnerships/999999/reviews: 404" "$N/partnerships/999999/reviews.xml" 404

# If-Match: the review's own tag; a stale one changes nothing.
rev2="<review-edit $X><held>2026-11-21</held><period-start>2025-11-01</period-start><period-end>2026-10-31</period-end><findings>Revised.</findings></review-edit>"
rw PUT "/reviews/$rid" "$RL" "$rev2" -H "If-Match: $rtag"
expect_eq "PUT /reviews/{id} with its current tag: 204" "$STATUS" 204
rw PUT "/reviews/$rid" "$RL" "<review-edit $X><held>2026-11-22</held><period-start>2025-11-01</period-start><period-end>2026-10-31</period-end></review-edit>" -H "If-Match: $rtag"
expect_eq "... again with the stale tag: 409, nothing changed" \
	"$STATUS $(sql "SELECT CONCAT(held_on, ' ', findings) FROM reviews WHERE id = $rid")" "409 2026-11-21 Revised."
rw PUT "/reviews/$rid" "$RG" "$rev2"
expect_eq "... by an editor of a third city: 403" "$STATUS" 403
rw PUT "/review-decisions/$did" "$RL" "<review-decision-edit $X><review>$rid</review><activity>$oact</activity><decision>stop</decision></review-decision-edit>"
expect_eq "a decision moved to another partnership's activity: 422, unchanged" \
	"$STATUS $(sql "SELECT CONCAT(activity_id, ' ', decision) FROM review_decisions WHERE id = $did")" "422 $act adjust"
expect_eq "every write audited (review: create, update; decision; target)" \
	"$(sql "SELECT CONCAT((SELECT COUNT(*) FROM audit_log WHERE entity = 'review' AND entity_id = $rid), ' ', (SELECT COUNT(*) FROM audit_log WHERE entity = 'review-decision' AND entity_id = $did), ' ', (SELECT COUNT(*) FROM audit_log WHERE entity = 'review-target'))")" "2 1 1"

# The forms: CSRF required; a third city's editor refused.
expect_html "the review form for the city's editor" "$N/edit/reviews?partnership=$pid" 200 'name="csrf"' -u bob:pw-bob
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
s2=$(sql "$state")
fetch "$N/edit/reviews" -u bob:pw-bob -X POST --data "partnership=$pid&held=2026-12-01&period-start=2025-12-01&period-end=2026-11-30"
expect_eq "a form post without its CSRF token: 403, nothing stored" "$STATUS $(sql "$state")" "403 $s2"
fetch "$N/edit/reviews" -u alice:pw-alice
bcsrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
fetch "$N/edit/reviews" -u alice:pw-alice -X POST --data-urlencode "csrf=$bcsrf" --data "partnership=$pid&held=2026-12-01&period-start=2025-12-01&period-end=2026-11-30"
expect_eq "... by an editor of a third city: 403, nothing stored" "$STATUS $(sql "$state")" "403 $s2"
fetch "$N/edit/review-decisions" -u bob:pw-bob -X POST --data-urlencode "csrf=$csrf" \
	--data "partnership=$pid&review=$rid&activity=$oact&decision=stop"
expect_eq "... a decision on another partnership's activity from the form: 422, named, nothing stored" \
	"$STATUS $(grep -c 'id="err-activity">' "$TMP_BODY") $(sql "$state")" "422 1 $s2"
fetch "$N/edit/reviews" -u bob:pw-bob -X POST --data-urlencode "csrf=$csrf" \
	--data "partnership=$pid&kind=on_demand&held=2026-12-01&period-start=2026-06-01&period-end=2026-11-30&findings=From+the+form"
expect_eq "the city's editor's form: 303, stored as bob" \
	"$STATUS $(sql "SELECT actor FROM audit_log WHERE entity = 'review' ORDER BY id DESC LIMIT 1")" "303 bob"

# Delete: soft, a tombstone in the partnership's list with updated_since.
rw DELETE "/reviews/$rid" "$RG" ""
expect_eq "DELETE by a third city's editor: 403" "$STATUS" 403
since=$(sql "SELECT DATE_FORMAT(UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, '%Y-%m-%dT%H:%i:%sZ')")
rw DELETE "/reviews/$rid" "$RL" ""
expect_eq "DELETE by the city's editor: 204" "$STATUS" 204
expect_status "... the review is gone: 404" "$N/reviews/$rid.xml" 404
expect_xml "... a tombstone with updated_since" "$N/partnerships/$pid/reviews.xml?updated_since=$since" 200 \
	"count(//c:review[@id = '$rid'][@deleted])" 1

# The users go back as they were (see above); its tokens are revoked.
users_restore
sql "UPDATE api_tokens SET revoked_at = UTC_TIMESTAMP(6) WHERE name LIKE 'review-%'"

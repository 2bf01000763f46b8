# t98_editing_more.sh: the write API and the editing forms of city profiles, partnerships,
# agreements, activities, KPI targets and calendar sources; per-resource ETags; the
# audit log page (issue 7, second part).  Last of the files on purpose: it adds sources,
# agreements and targets that the counts of earlier files do not expect.
# nginx asks for basic auth on /edit/ (users alice, bob, carol, mallory; password
# "pw-" and the name: tests/harness/nginx.sh).

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add alice editor gothenburg >/dev/null 2>&1
$C user add bob editor leeds >/dev/null 2>&1
$C user add carol admin >/dev/null 2>&1
MG=$($C token create more-gothenburg editor gothenburg 2>/dev/null)
ML=$($C token create more-leeds editor leeds 2>/dev/null)
MR=$($C token create more-reader reader 2>/dev/null)
MA=$($C token create more-admin admin 2>/dev/null)
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL")
lpid=$(sql "SELECT MIN(p.id) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id WHERE e.slug = 'leeds' AND p.deleted_at IS NULL")

# w METHOD PATH TOKEN [BODY]: a write with an XML body.
w() {
	local wm=$1 wp=$2 wt=$3 wb=${4:-}
	shift 4 2>/dev/null || shift $#
	fetch "$N$wp" -X "$wm" ${wt:+-H "Authorization: Bearer $wt"} -H 'Content-Type: application/xml' \
		${wb:+--data-binary "$wb"} "$@"
}
X='xmlns="urn:c2c:xml:1"'
agr="<agreement-edit $X><partnership>$pid</partnership><kind>mou</kind><title>Memorandum on ports</title><signed>2024-05-01</signed></agreement-edit>"
act="<activity-edit $X><partnership>$pid</partnership><title>Harbour twinning</title><area>culture-sport</area><status>planned</status><budget-eur>12000.50</budget-eur><start>2025-01-01</start><end>2025-12-31</end></activity-edit>"
tgt="<kpi-target-edit $X><partnership>$pid</partnership><kpi>joint-projects</kpi><start>2032-01-01</start><end>2032-12-31</end><target>4</target></kpi-target-edit>"
src="<source-edit $X><city>gothenburg</city><url>https://calendar.example.org/gbg.ics</url><name>Gothenburg events</name></source-edit>"
city="<city-edit $X><name-en>Gothenburg</name-en><name-local>Göteborg</name-local><name-zh>哥德堡</name-zh><seeks-partner>1</seeks-partner><offers>culture-sport civil-society</offers><seeks>civil-society education-academic</seeks></city-edit>"

# Creations: anonymous 401, a reader 403, an editor of another city 403, nothing stored.
n0=$(sql "SELECT (SELECT COUNT(*) FROM agreements) + (SELECT COUNT(*) FROM activities) + (SELECT COUNT(*) FROM kpi_targets) + (SELECT COUNT(*) FROM calendar_sources)")
for pair in "/agreements|$agr" "/activities|$act" "/kpi-targets|$tgt" "/sources|$src"; do
	rp=${pair%%|*} rb=${pair#*|}
	w POST "$rp" "" "$rb"
	expect_eq "POST $rp anonymous: 401" "$STATUS $(header WWW-Authenticate | cut -c1-6)" "401 Bearer"
	w POST "$rp" "$MR" "$rb"
	expect_eq "POST $rp by a reader: 403" "$STATUS" 403
	w POST "$rp" "$ML" "$rb"
	expect_eq "POST $rp by an editor of another city: 403, named" "$STATUS $(xp 'string(//c:invalid/@code)')" "403 out-of-scope"
done
expect_eq "... nothing stored" "$(sql "SELECT (SELECT COUNT(*) FROM agreements) + (SELECT COUNT(*) FROM activities) + (SELECT COUNT(*) FROM kpi_targets) + (SELECT COUNT(*) FROM calendar_sources)")" "$n0"

# The right editor: 201, Location, the item's own ETag; audited; the partnership touched.
touched0=$(sql "SELECT DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i:%s.%f') FROM partnerships WHERE id = $pid")
declare -A ID TAG
for pair in "agreement|/agreements|$agr" "activity|/activities|$act" "kpi-target|/kpi-targets|$tgt" "source|/sources|$src"; do
	ent=${pair%%|*} rest=${pair#*|}; rp=${rest%%|*} rb=${rest#*|}
	expect_xml "POST $rp by the city's editor: 201" "$N$rp" 201 'string(//c:item/@entity)' "$ent" \
		-X POST -H "Authorization: Bearer $MG" -H 'Content-Type: application/xml' --data-binary "$rb"
	ID[$ent]=$(xp 'string(//c:item/@id)')
	TAG[$ent]=$(header ETag)
	expect_eq "... Location and ETag name the new $ent" \
		"$(header Location) $(printf %s "${TAG[$ent]}" | grep -cE "^\"$ent/${ID[$ent]}/[0-9]{20}\"$")" "$N$rp/${ID[$ent]} 1"
	expect_eq "... in the audit log, by the token, with the item after" \
		"$(sql "SELECT CONCAT(action, ' ', actor LIKE 'token:more-gothenburg%', ' ', before_xml IS NULL, ' ', after_xml LIKE '<$ent %') FROM audit_log WHERE entity = '$ent' AND entity_id = ${ID[$ent]}")" "create 1 1 1"
done
expect_eq "an agreement's signing date without precision is known to the day" \
	"$(sql "SELECT CONCAT(signed_on, ' ', signed_precision) FROM agreements WHERE id = ${ID[agreement]}")" "2024-05-01 day"
expect_eq "a child's write touches its partnership (updated_since sees it)" \
	"$(sql "SELECT updated_at > '$touched0' FROM partnerships WHERE id = $pid")" 1
expect_xml "... and the feed journal of partnerships lists the agreement" "$N/agreements.xml?partnership=$pid" 200 \
	"count(//c:agreement[@id='${ID[agreement]}'])" 1
expect_eq "a new source without a city named is the editor's (and no token may give it to another)" \
	"$(sql "SELECT c.slug FROM calendar_sources s JOIN cities c ON c.id = s.owner_city_id WHERE s.id = ${ID[source]}")" gothenburg
w POST /kpi-targets "$MG" "$tgt"
expect_eq "a second target for the same KPI and period: 409" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 exists"

# Updates and deletes: anonymous 401, another city's editor 403, the right ones 204.
agr2="<agreement-edit $X><kind>action_plan</kind><title>Action plan 2025</title></agreement-edit>"
act2="<activity-edit $X><title>Harbour twinning</title><status>running</status></activity-edit>"
tgt2="<kpi-target-edit $X><kpi>joint-projects</kpi><start>2032-01-01</start><end>2032-12-31</end><target>5</target></kpi-target-edit>"
src2="<source-edit $X><url>https://calendar.example.org/gbg2.ics</url><enabled>0</enabled></source-edit>"
for pair in "agreement|/agreements|$agr2" "activity|/activities|$act2" "kpi-target|/kpi-targets|$tgt2" "source|/sources|$src2" "city|/cities|$city"; do
	ent=${pair%%|*} rest=${pair#*|}; rp=${rest%%|*} rb=${rest#*|}
	key=${ID[$ent]:-gothenburg}
	w PUT "$rp/$key" "" "$rb"
	expect_eq "PUT $rp/$key anonymous: 401" "$STATUS" 401
	w PUT "$rp/$key" "$ML" "$rb"
	expect_eq "PUT $rp/$key by an editor of another city: 403" "$STATUS" 403
	w PUT "$rp/$key" "$MR" "$rb"
	expect_eq "PUT $rp/$key by a reader: 403" "$STATUS" 403
	w PUT "$rp/$key" "$MG" "$rb"
	expect_eq "PUT $rp/$key by the city's editor: 204 with the new ETag" \
		"$STATUS $(header ETag | grep -c "^\"$ent/")" "204 1"
	expect_eq "... audited with before and after" \
		"$(sql "SELECT COUNT(*) FROM audit_log WHERE entity = '$ent' AND action = 'update' AND before_xml IS NOT NULL AND after_xml IS NOT NULL AND entity_id = (SELECT id FROM $( [ "$ent" = city ] && echo cities || echo "$(printf %s "$rp" | tr -d / | tr - _ | sed 's/^sources$/calendar_sources/')") WHERE $( [ "$ent" = city ] && echo "slug = 'gothenburg'" || echo "id = $key"))")" 1
done
expect_eq "the city's areas follow offers and seeks (both lists: both)" \
	"$(sql "SELECT GROUP_CONCAT(CONCAT(a.slug, ':', ca.role) ORDER BY a.slug) FROM city_areas ca JOIN areas a ON a.id = ca.area_id JOIN cities c ON c.id = ca.city_id WHERE c.slug = 'gothenburg'")" \
	"civil-society:both,culture-sport:offers,education-academic:seeks"
expect_eq "a source can be disabled by PUT" "$(sql "SELECT enabled FROM calendar_sources WHERE id = ${ID[source]}")" 0
w PUT "/agreements/${ID[agreement]}" "$MG" "<agreement-edit $X><partnership>$lpid</partnership><kind>mou</kind><title>Moved</title></agreement-edit>"
expect_eq "an item does not move to another partnership: 422" "$STATUS $(xp 'string(//c:invalid/@field)')" "422 partnership"
w PUT "/partnerships/$lpid" "$MG" "<partnership-edit $X><status>active</status></partnership-edit>"
expect_eq "PUT of another city's partnership: 403" "$STATUS" 403
w PUT "/agreements/999999999" "$MG" "$agr2"
expect_eq "PUT of no such agreement: 404" "$STATUS" 404

# Per-resource ETags: a write elsewhere does not make a tag stale; a write of the item does.
fetch "$N/cities/gothenburg.xml"
ctag=$(header ETag)
expect_eq "GET of a city sends the page's ETag with the city's own tag" "$(printf %s "$ctag" | grep -cE '^"[0-9a-f]+-[0-9a-f]{16};city/[0-9]+/[0-9]{20}"$')" 1
fetch "$N/sources/${ID[source]}.xml"
expect_eq "GET of a source (never cached) sends its own tag" "$(header ETag | grep -c "^\"source/${ID[source]}/")" 1
w PUT "/cities/leeds" "$ML" "<city-edit $X><name-en>Leeds</name-en><name-local>Leeds</name-local></city-edit>"
expect_eq "(another editor writes elsewhere)" "$STATUS" 204
w PUT "/cities/gothenburg" "$MG" "$city" -H "If-Match: $ctag"
expect_eq "PUT with a tag older than a write elsewhere: 204, no 409" "$STATUS" 204
w PUT "/cities/gothenburg" "$MG" "$city" -H "If-Match: $ctag"
expect_eq "... replayed after the city changed: 409" "$STATUS" 409
old=${TAG[agreement]}
w PUT "/agreements/${ID[agreement]}" "$MG" "$agr2" -H "If-Match: $old"
expect_eq "PUT of an agreement with the tag of its creation, changed since: 409" "$STATUS" 409
fetch "$N/edit/agreements/${ID[agreement]}" -u alice:pw-alice
cur=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
w PUT "/agreements/${ID[agreement]}" "$MG" "$agr2" -H "If-Match: \"$cur\""
expect_eq "... with its current tag (from its form): 204" "$STATUS" 204
fetch "$N/partnerships/$pid.xml"
ptag=$(header ETag)
w POST /agreements "$MG" "$agr" -H "If-Match: $ptag"
expect_eq "POST of an agreement with the partnership page's current ETag: 201" "$STATUS" 201
w POST /agreements "$MG" "$agr" -H "If-Match: $ptag"
expect_eq "... replayed (the partnership changed with its new agreement): 409" "$STATUS" 409

# Hostile input: injection in every text field stored and shown literally; bad text 422.
evil="'); DROP TABLE agreements; -- <script>alert(1)</script> & \"q\""
esc=$(printf %s "$evil" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g')
sq=$(printf %s "$evil" | sed "s/'/''/g")
w POST /agreements "$MG" "<agreement-edit $X><partnership>$pid</partnership><kind>mou</kind><title>$esc</title><notes>$esc</notes></agreement-edit>"
ea=$(xp 'string(//c:item/@id)')
expect_eq "agreement: injection text in title and notes stored as sent" "$STATUS $(sql "SELECT title = '$sq' AND notes = '$sq' FROM agreements WHERE id = '$ea'")" "201 1"
w POST /activities "$MG" "<activity-edit $X><partnership>$pid</partnership><title>$esc</title><funding>$esc</funding><expected-results>$esc</expected-results><risks>$esc</risks></activity-edit>"
ev=$(xp 'string(//c:item/@id)')
expect_eq "activity: title, funding, expected results, risks stored as sent" "$STATUS $(sql "SELECT title = '$sq' AND funding = '$sq' AND expected_results = '$sq' AND risks = '$sq' FROM activities WHERE id = '$ev'")" "201 1"
w PUT /cities/gothenburg "$MG" "<city-edit $X><name-en>Gothenburg</name-en><name-local>Göteborg</name-local><province>$esc</province><contact-point>$esc</contact-point><notes>$esc</notes></city-edit>"
expect_eq "city: province, contact point, notes stored as sent" "$STATUS $(sql "SELECT province = '$sq' AND contact_point = '$sq' AND notes = '$sq' FROM cities WHERE slug = 'gothenburg'")" "204 1"
w POST /sources "$MG" "<source-edit $X><url>https://calendar.example.org/x.ics?a=1&amp;b=2</url><name>$esc</name><tzid>$esc</tzid></source-edit>"
expect_eq "source: a zone that is no zone name: 422" "$STATUS $(xp 'string(//c:invalid/@field)')" "422 tzid"
w POST /sources "$MG" "<source-edit $X><url>https://calendar.example.org/x.ics?a=1&amp;b=2</url><name>$esc</name><tzid>Europe/Stockholm</tzid></source-edit>"
es=$(xp 'string(//c:item/@id)')
expect_eq "source: name stored as sent" "$STATUS $(sql "SELECT name = '$sq' FROM calendar_sources WHERE id = '$es'")" "201 1"
expect_xml "... shown literally in XML" "$N/agreements.xml?partnership=$pid" 200 "string(//c:agreement[@id='$ea']/c:title)" "$evil"
for page in "/agreements?partnership=$pid" "/activities?partnership=$pid" "/sources/$es" "/cities/gothenburg"; do
	fetch "$N$page"
	expect_eq "... and escaped in the HTML of $page" "$STATUS $(grep -c '<script>alert' "$TMP_BODY") $(grep -c '&lt;script&gt;alert(1)&lt;/script&gt;' "$TMP_BODY" | sed 's/^[1-9][0-9]*$/1/')" "200 0 1"
done
w POST /agreements "$MG" "$(printf '<agreement-edit %s><partnership>%s</partnership><kind>mou</kind><title>caf\xc3</title></agreement-edit>' "$X" "$pid")"
expect_eq "invalid UTF-8 in a body: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-well-formed"
w POST /agreements "$MG" "<agreement-edit $X><partnership>$pid</partnership><kind>mou</kind><title>$(printf 'y%.0s' $(seq 301))</title><renewal-months>x</renewal-months><document-url>javascript:alert(1)</document-url></agreement-edit>"
expect_eq "over-long and bad values: 422, each field named" \
	"$STATUS $(xp 'concat(//c:invalid[@field="title"]/@code, " ", //c:invalid[@field="renewal-months"]/@code, " ", //c:invalid[@field="document-url"]/@code)')" \
	"422 too-long not-an-integer not-a-url"
expect_xml "... in Chinese too" "$N/agreements?lang=zh" 422 'string(//c:invalid[@field="title"])' "文本过长。" \
	-X POST -H "Authorization: Bearer $MG" -H 'Content-Type: application/xml' \
	--data-binary "<agreement-edit $X><partnership>$pid</partnership><kind>mou</kind><title>$(printf 'y%.0s' $(seq 301))</title></agreement-edit>"
w POST /sources "$MG" "<source-edit $X><city>leeds</city><url>https://calendar.example.org/l.ics</url></source-edit>"
expect_eq "a source for another city: 403" "$STATUS" 403
w POST /agreements "$MG" "<kpi-target-edit $X><kpi>joint-projects</kpi><start>2032-01-01</start><end>2032-12-31</end><target>4</target></kpi-target-edit>"
expect_eq "another resource's body: 422" "$STATUS" 422
fetch "$N/agreements" -X POST -H "Authorization: Bearer $MG" -H 'Content-Type: text/csv' --data-binary 'a,b'
expect_eq "another media type: 415" "$STATUS" 415

# Deletes: soft; the feed journal has the tombstone; a source is disabled.
w DELETE "/agreements/${ID[agreement]}" "$ML"
expect_eq "DELETE of an agreement by another city's editor: 403" "$STATUS" 403
w DELETE "/agreements/${ID[agreement]}" ""
expect_eq "... anonymous: 401" "$STATUS" 401
w DELETE "/agreements/${ID[agreement]}" "$MG"
expect_eq "... by the city's editor: 204" "$STATUS" 204
expect_eq "... soft: the row stays, with a tombstone in the feed journal, audited" \
	"$(sql "SELECT CONCAT((SELECT deleted_at IS NOT NULL FROM agreements WHERE id = ${ID[agreement]}), (SELECT COUNT(*) > 0 FROM feed_log WHERE item_kind = 'agreement' AND item_id = ${ID[agreement]} AND deleted = 1), (SELECT COUNT(*) FROM audit_log WHERE entity = 'agreement' AND entity_id = ${ID[agreement]} AND action = 'delete'))")" 111
w DELETE "/agreements/${ID[agreement]}" "$MG"
expect_eq "... again: 404" "$STATUS" 404
for item in "/activities/${ID[activity]}" "/sources/${ID[source]}"; do
	w DELETE "$item" ""
	expect_eq "DELETE $item anonymous: 401" "$STATUS" 401
	w DELETE "$item" "$ML"
	expect_eq "DELETE $item by an editor of another city: 403" "$STATUS" 403
	w DELETE "$item" "$MR"
	expect_eq "DELETE $item by a reader: 403" "$STATUS" 403
done
w DELETE "/activities/${ID[activity]}" "$MA"
expect_eq "DELETE of an activity by an admin: 204 (soft)" "$STATUS $(sql "SELECT deleted_at IS NOT NULL FROM activities WHERE id = ${ID[activity]}")" "204 1"
w PUT "/sources/${ID[source]}" "$MG" "<source-edit $X><url>https://calendar.example.org/gbg2.ics</url></source-edit>"
w DELETE "/sources/${ID[source]}" "$MG"
expect_eq "DELETE of a source disables it (its events stay)" "$STATUS $(sql "SELECT enabled FROM calendar_sources WHERE id = ${ID[source]}")" "204 0"
w DELETE "/cities/gothenburg" "$MA"
expect_eq "a city cannot be deleted: 405" "$STATUS" 405

# Organisations: a city's helix stakeholders, in its editors' scope.
org="<organisation-edit $X><name>Chalmers</name><helix>academia</helix><url>https://www.chalmers.se/</url></organisation-edit>"
w POST /organisations "" "$org"
expect_eq "POST /organisations anonymous: 401" "$STATUS" 401
w POST /organisations "$ML" "<organisation-edit $X><city>gothenburg</city><name>X</name><helix>industry</helix></organisation-edit>"
expect_eq "... for another city: 403" "$STATUS" 403
w POST /organisations "$MA" "$org"
expect_eq "... by an admin without a city: 422, city required" "$STATUS $(xp 'string(//c:invalid/@field)') $(xp 'string(//c:invalid/@code)')" "422 city required"
w POST /organisations "$MG" "$org"
eo=$(xp 'string(//c:item/@id)')
expect_eq "... by the city's editor: 201, the editor's city" "$STATUS $(sql "SELECT c.slug FROM organisations o JOIN cities c ON c.id = o.city_id WHERE o.id = '$eo'")" "201 gothenburg"
w PUT "/organisations/$eo" "$MG" "<organisation-edit $X><name>$esc</name><helix>academia</helix></organisation-edit>"
expect_eq "... PUT: 204, injection text stored as sent" "$STATUS $(sql "SELECT name = '$sq' FROM organisations WHERE id = '$eo'")" "204 1"
w DELETE "/organisations/$eo" "$ML"
expect_eq "... DELETE by another city's editor: 403" "$STATUS" 403
w DELETE "/organisations/$eo" "$MG"
expect_eq "... DELETE: 204, soft, audited" \
	"$STATUS $(sql "SELECT CONCAT(deleted_at IS NOT NULL, (SELECT COUNT(*) FROM audit_log WHERE entity = 'organisation' AND entity_id = $eo)) FROM organisations WHERE id = $eo")" "204 13"

# The editing forms: CSRF required, every problem next to its field, both languages.
for page in "cities/gothenburg" "partnerships/$pid" "agreements?partnership=$pid" "activities/$ev" "kpi-targets/${ID[kpi-target]}" "sources/$es" "sources" "organisations"; do
	expect_html "the form /edit/$page for the city's editor" "$N/edit/$page" 200 'name="csrf"' -u alice:pw-alice
done
fetch "$N/edit/cities/gothenburg?lang=zh" -u alice:pw-alice
expect_eq "a yes/no field is a choice of 是/否, its label without a '(0 or 1)' to type" \
	"$(grep -c '<select name="coastal">' "$TMP_BODY") $(grep -c '>是</option>' "$TMP_BODY") $(grep -c '0或1\|0 or 1' "$TMP_BODY")" "1 5 0"
expect_status "a form anonymous: 401 (nginx)" "$N/edit/cities/gothenburg" 401
fetch "$N/edit/partnerships/$pid" -u alice:pw-alice
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
ftag=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
expect_eq "... with the partnership's tag in the form" "$(printf %s "$ftag" | grep -c "^partnership/$pid/")" 1
pstate="SELECT CONCAT(status, ' ', IFNULL(narrative_step, '-')) FROM partnerships WHERE id = $pid"
p0=$(sql "$pstate")
fetch "$N/edit/partnerships/$pid" -u alice:pw-alice -X POST --data "status=active&narrative-step=3"
expect_eq "a form post without its CSRF token: 403, nothing stored" "$STATUS $(sql "$pstate")" "403 $p0"
fetch "$N/edit/partnerships/$pid?lang=zh" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag" \
	--data "status=asleep&narrative-step=9&since=19x&loop=No+Such"
expect_eq "bad fields: 422, the form again, each problem next to its field, in Chinese" \
	"$STATUS $(grep -c 'id="err-status">此值不在' "$TMP_BODY") $(grep -c 'id="err-narrative-step">叙事步骤' "$TMP_BODY") $(grep -c 'id="err-since">' "$TMP_BODY") $(grep -c 'id="err-loop">' "$TMP_BODY")" "422 1 1 1 1"
fetch "$N/edit/partnerships/$pid" -u bob:pw-bob
bcsrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
fetch "$N/edit/partnerships/$pid" -u bob:pw-bob -X POST --data-urlencode "csrf=$bcsrf" --data "status=ended"
expect_eq "an editor of another city posting the form: 403" "$STATUS $(sql "$pstate")" "403 $p0"
fetch "$N/edit/partnerships/$pid" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag" \
	--data "status=active&narrative-step=7&loop=continual-improvement&notes=%3Cb%3Ebold%3C%2Fb%3E"
expect_eq "the city's editor: 303 back to the form" "$STATUS $(header Location)" "303 $N/edit/partnerships/$pid"
expect_eq "... stored, audited as alice" \
	"$(sql "SELECT CONCAT(p.status, ' ', p.narrative_step, ' ', p.notes, ' ', (SELECT actor FROM audit_log WHERE entity = 'partnership' AND entity_id = p.id ORDER BY id DESC LIMIT 1)) FROM partnerships p WHERE p.id = $pid")" "active 7 <b>bold</b> alice"
fetch "$N/edit/partnerships/$pid" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag" \
	--data "status=ended"
expect_eq "the same form posted again (someone saved since): 409, nothing stored" "$STATUS $(sql "SELECT status FROM partnerships WHERE id = $pid")" "409 active"
fetch "$N/edit/agreements" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data "partnership=$pid&kind=mou&title=caf%C3&notes=$(printf 'n%.0s' $(seq 4001))"
expect_eq "a form with invalid UTF-8 and an over-long text: 422, both named" \
	"$STATUS $(grep -c 'id="err-title">This is not valid UTF-8' "$TMP_BODY") $(grep -c 'id="err-notes">This text is too long' "$TMP_BODY")" "422 1 1"
fetch "$N/edit/sources" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" --data "url=https%3A%2F%2Fcalendar.example.org%2Fform.ics&name=From+the+form"
expect_eq "a new source from its form: 303 to its form" "$STATUS $(header Location | grep -c "^$N/edit/sources/[0-9]*$")" "303 1"

# The audit log: admins only; HTML and XML; paged; each change with before and after.
expect_status "the audit log anonymous: 401" "$N/edit/audit" 401
fetch "$N/edit/audit.xml" -u alice:pw-alice
expect_eq "... for an editor: 403" "$STATUS" 403
expect_xml "... for an admin: the newest change first" "$N/edit/audit.xml?limit=2" 200 \
	'concat(count(//c:entry), " ", //c:entry[1]/@entity, " ", //c:entry[1]/@actor)' "2 source alice" -u carol:pw-carol
expect_eq "... never cached" "$(header Cache-Control)" "no-store"
next=$(xp 'string(//c:next/@href)')
expect_xml "... the next page follows" "http://127.0.0.1:$NGINX_ROOT$next" 200 'count(//c:entry)' 2 -u carol:pw-carol
expect_html "... as HTML, the items shown as text" "$N/edit/audit?limit=50" 200 '&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;' -u carol:pw-carol
expect_eq "... nothing of them as markup" "$(grep -c '<b>bold' "$TMP_BODY")" 0

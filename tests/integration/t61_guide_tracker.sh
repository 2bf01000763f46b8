# t61_guide_tracker.sh: the guide (/guide, /guide/steps/{n}) and the step tracker of a
# partnership and of a city (issue 18): reads in XML (valid per the schema) and HTML in
# both languages; writes through the API and the forms, each audited and moving the
# owner's tag; hostile input refused with a clear 4xx and nothing changed.
# nginx asks for basic auth on /edit/ (users alice, bob, ...: tests/harness/nginx.sh).

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add alice editor gothenburg >/dev/null 2>&1
$C user add bob editor leeds >/dev/null 2>&1
# Tokens made here rather than by c2cctl: t95 counts c2cctl's audited changes of the whole
# run, and these would add to them (the users above it would make itself, the same rows).
tok() {
	local t
	t="c2c_$(head -c 33 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)"
	sql "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES ('$1', UNHEX(SHA2('$t', 256)), '$2', (SELECT id FROM cities WHERE slug = '$3'))"
	printf %s "$t"
}
TG=$(tok guide-gothenburg editor gothenburg)
TL=$(tok guide-leeds editor leeds)
TR=$(tok guide-reader reader none)
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL")
other=$(sql "SELECT MIN(p.id) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id WHERE e.slug = 'leeds' AND p.deleted_at IS NULL")
X='xmlns="urn:c2c:xml:1"'

# ------------------------------------------------------------------ the guide (reads)
expect_xml "/guide.xml: eight steps" "$N/guide.xml" 200 'count(//c:steps/c:step)' 8
expect_eq "... 29 elements, each in English and Chinese with its report line" \
	"$(xp 'count(//c:step/c:element[c:text[@xml:lang="en"] and c:text[@xml:lang="zh"] and @line > 0])')" 29
expect_eq "... four loops; continual improvement runs through Plan to Act" \
	"$(xp 'count(//c:loops/c:loop)') $(xp 'count(//c:loop[@slug="continual-improvement"]/c:loop-step)')" "4 4"
expect_eq "... and the cycle as SVG with a title and a description" \
	"$(xp 'count(//*[local-name()="svg"]/*[local-name()="title"]) + count(//*[local-name()="svg"]/*[local-name()="desc"])')" 2
expect_html "/guide in English" "$N/guide" 200 'Explore relevant and feasible activities and projects'
expect_html "/guide in Chinese" "$N/guide?lang=zh" 200 '探索相关且可行的活动和项目'
expect_xml "/guide/steps/4.xml: Plan, four elements" "$N/guide/steps/4.xml" 200 \
	'concat(//c:step/@slug, " ", count(//c:step/c:element), " ", //c:step/c:element[@ord=2]/@slug)' "plan 4 plan-consult-stakeholders"
expect_eq "... what to expect, and Gothenburg among the report's examples" \
	"$(xp 'count(//c:step/c:outcome)') $(xp 'count(//c:examples/c:city[@slug="gothenburg"])')" "4 1"
expect_html "/guide/steps/4 links the example cities" "$N/guide/steps/4" 200 'href="/cities/gothenburg"'
expect_html "/guide/steps/4 in Chinese" "$N/guide/steps/4?lang=zh" 200 '确保政治承诺'
expect_html "the partnership's page links its tracker" "$N/partnerships/$pid" 200 "href=\"/partnerships/$pid/tracker\""
expect_html "the city's page links its own tracker" "$N/cities/gothenburg?lang=zh" 200 'href="/cities/gothenburg/tracker?lang=zh"'
expect_status "/guide/steps/9: 404" "$N/guide/steps/9" 404
expect_status "/guide/steps/0: 404 (not an id)" "$N/guide/steps/0" 404

# ----------------------------------------------------------------- the tracker (reads)
expect_xml "/partnerships/$pid/tracker.xml: 8 steps, every element not started or set" \
	"$N/partnerships/$pid/tracker.xml" 200 'count(//c:steps/c:step/c:element[@state])' 29
ptag=$(header ETag)
expect_eq "... its ETag names the partnership (for If-Match)" "$(printf %s "$ptag" | grep -c ";partnership/$pid/")" 1
expect_xml "/cities/gothenburg/tracker.xml: Aim and Commit only" "$N/cities/gothenburg/tracker.xml" 200 \
	'count(//c:steps/c:step)' 2
expect_html "the tracker in Chinese" "$N/partnerships/$pid/tracker?lang=zh" 200 '步骤跟踪'
expect_status "the tracker of no partnership: 404" "$N/partnerships/999999/tracker" 404
expect_status "the tracker of no city: 404" "$N/cities/no-such-city/tracker" 404

# ------------------------------------------------------------------ writes: the API
# w PATH TOKEN BODY [curl args]: POST an XML body.
w() {
	local wp=$1 wt=$2 wb=$3
	shift 3
	fetch "$N$wp" -X POST ${wt:+-H "Authorization: Bearer $wt"} -H 'Content-Type: application/xml' \
		--data-binary "$wb" "$@"
}
state() { sql "SELECT COALESCE((SELECT CONCAT(t.state, '|', COALESCE(t.note, '')) FROM tracker_entries t JOIN guide_elements g ON g.id = t.element_id WHERE t.partnership_id = $pid AND g.slug = '$1'), 'none')"; }
snapshot() { sql "SELECT CONCAT((SELECT COUNT(*) FROM tracker_entries), '/', (SELECT COUNT(*) FROM step_history), '/', (SELECT COUNT(*) FROM audit_log), '/', (SELECT DATE_FORMAT(updated_at, '%Y%m%d%H%i%s%f') FROM partnerships WHERE id = $pid), '/', (SELECT COALESCE(narrative_step, 0) FROM partnerships WHERE id = $pid))"; }

set1="<tracker-set $X><element>plan-consult-stakeholders</element><step>4</step><state>done</state><note>Stakeholder day held in May</note><evidence-url>https://example.org/minutes</evidence-url><evidence-date>2025-05-12</evidence-date></tracker-set>"
s0=$(snapshot)
w "/partnerships/$pid/tracker" "" "$set1"
expect_eq "anonymous: 401" "$STATUS" 401
w "/partnerships/$pid/tracker" "$TR" "$set1"
expect_eq "a reader: 403" "$STATUS" 403
w "/partnerships/$pid/tracker" "$TL" "$set1"
expect_eq "an editor of a third city: 403, named" "$STATUS $(xp 'string(//c:invalid/@code)')" "403 out-of-scope"
w "/partnerships/$pid/tracker" "$TG" "$set1" -H 'If-Match: "1-abc;partnership/'"$pid"'/20000101000000000000"'
expect_eq "a stale If-Match: 409" "$STATUS" 409
expect_eq "... nothing changed" "$(snapshot)" "$s0"

w "/partnerships/$pid/tracker" "$TG" "$set1" -H "If-Match: $ptag"
expect_eq "the partnership's editor with the page's ETag: 204 and a new tag" \
	"$STATUS $(header ETag | grep -c "^\"partnership/$pid/")" "204 1"
expect_eq "... stored" "$(state plan-consult-stakeholders)" "done|Stakeholder day held in May"
expect_eq "... audited, by the token" \
	"$(sql "SELECT CONCAT(action, ' ', actor LIKE 'token:guide-gothenburg%') FROM audit_log WHERE entity = 'tracker-entry' ORDER BY id DESC LIMIT 1")" "create 1"
s1=$(snapshot)
expect_eq "... the partnership's updated moved" "$([ "$(echo "$s1" | cut -d/ -f4)" \> "$(echo "$s0" | cut -d/ -f4)" ] && echo 1)" 1
w "/partnerships/$pid/tracker" "$TG" "$set1" -H "If-Match: $ptag"
expect_eq "the same If-Match again (a replay): 409" "$STATUS" 409
expect_xml "the tracker shows it, with the link and when, not who (a sign-in or token name)" "$N/partnerships/$pid/tracker.xml" 200 \
	'concat(//c:element[@slug="plan-consult-stakeholders"]/@state, " ", //c:element[@slug="plan-consult-stakeholders"]/c:entry/c:link, " ", count(//c:entry/@set-by), " ", count(//c:entry/@at))' \
	"done https://example.org/minutes 0 1"
expect_xml "updated_since on /partnerships sees the change" "$N/partnerships.xml?updated_since=2020-01-01T00:00:00Z&limit=500" 200 \
	"count(//c:partnership[@id='$pid'])" 1

# Hostile input: each a 4xx with the problem named, nothing changed.
s1=$(snapshot)
hostile() {   # NAME STATUS CODE BODY
	w "/partnerships/$pid/tracker" "$TG" "$4"
	expect_eq "$1: $2 $3" "$STATUS $(xp 'string(//c:invalid/@code)')" "$2 $3"
}
long=$(head -c 501 /dev/zero | tr '\0' 'x')
hostile "an over-long note" 422 too-long "<tracker-set $X><element>plan-consult-stakeholders</element><state>done</state><note>$long</note></tracker-set>"
hostile "an element that does not exist" 422 no-such-element "<tracker-set $X><element>plan-nothing</element><state>done</state></tracker-set>"
hostile "an element of another step than the one named" 422 other-step "<tracker-set $X><element>aim-collect-facts</element><step>4</step><state>done</state></tracker-set>"
hostile "a javascript: link" 422 not-a-url "<tracker-set $X><element>plan-consult-stakeholders</element><state>done</state><evidence-url>javascript:alert(1)</evidence-url></tracker-set>"
hostile "an unknown state" 422 not-a-choice "<tracker-set $X><element>plan-consult-stakeholders</element><state>finished</state></tracker-set>"
hostile "an impossible date" 422 not-a-date "<tracker-set $X><element>plan-consult-stakeholders</element><state>done</state><evidence-date>2025-02-30</evidence-date></tracker-set>"
oagr=$(sql "SELECT MIN(id) FROM agreements WHERE partnership_id <> $pid AND deleted_at IS NULL")
hostile "an agreement of another partnership as evidence" 422 not-of-partnership "<tracker-set $X><element>plan-agree-activities</element><state>done</state><evidence-agreement>$oagr</evidence-agreement></tracker-set>"
hostile "an activity that does not exist" 422 not-of-partnership "<tracker-set $X><element>plan-agree-activities</element><state>done</state><evidence-activity>999999999</evidence-activity></tracker-set>"
hostile "a step that is no step" 422 not-a-step "<step-move $X><to-step>9</to-step></step-move>"
hostile "a loop that is no loop" 422 not-a-choice "<step-move $X><to-step>5</to-step><loop>spiral</loop></step-move>"
printf '<tracker-set %s><element>plan-consult-stakeholders</element><state>done</state><note>\xff\xfe</note></tracker-set>' "$X" > "$VAR/t61-bad.xml"
fetch "$N/partnerships/$pid/tracker" -X POST -H "Authorization: Bearer $TG" -H 'Content-Type: application/xml' --data-binary @"$VAR/t61-bad.xml"
expect_eq "invalid UTF-8: 422" "$STATUS" 422
w "/partnerships/$pid/tracker" "$TG" "<agreement-edit $X><kind>mou</kind><title>x</title></agreement-edit>"
expect_eq "another resource's body: 422" "$STATUS" 422
w "/partnerships/$pid/tracker" "$TG" "<tracker-set $X><element>plan-consult-stakeholders</element><state>done</state><partnership>$other</partnership></tracker-set>"
expect_eq "an element the schema does not know (a partnership): 422" "$STATUS" 422
expect_eq "... nothing changed by any of them" "$(snapshot)" "$s1"

# The city's own tracker: Aim and Commit only, the city's editors only.
w "/cities/gothenburg/tracker" "$TG" "<tracker-set $X><element>aim-involve-ecosystem</element><state>in_progress</state><note>Helix forum</note></tracker-set>"
expect_eq "a city's editor sets an Aim element of the city: 204" "$STATUS" 204
expect_eq "... stored for the city" "$(sql "SELECT t.state FROM tracker_entries t JOIN cities c ON c.id = t.city_id JOIN guide_elements g ON g.id = t.element_id WHERE c.slug = 'gothenburg' AND g.slug = 'aim-involve-ecosystem'")" in_progress
w "/cities/gothenburg/tracker" "$TG" "<tracker-set $X><element>plan-consult-stakeholders</element><state>done</state></tracker-set>"
expect_eq "... a Plan element on a city's own tracker: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 other-step"
w "/cities/gothenburg/tracker" "$TG" "<tracker-set $X><element>aim-involve-ecosystem</element><state>done</state><evidence-agreement>$oagr</evidence-agreement></tracker-set>"
expect_eq "... an agreement as a city's evidence: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-of-partnership"
w "/cities/gothenburg/tracker" "$TL" "<tracker-set $X><element>aim-involve-ecosystem</element><state>done</state></tracker-set>"
expect_eq "... another city's editor: 403" "$STATUS" 403
w "/cities/gothenburg/tracker" "$TG" "<step-move $X><to-step>3</to-step></step-move>"
expect_eq "... a city alone has no current step to move: 422" "$STATUS" 422

# Moving the current step: history, audit, the page.
w "/partnerships/$pid/tracker" "$TG" "<step-move $X><to-step>5</to-step><loop>continual-improvement</loop><note>Action plan approved</note></step-move>"
expect_eq "moving the current step to Do: 204" "$STATUS" 204
expect_eq "... the partnership's step and loop" "$(sql "SELECT CONCAT(p.narrative_step, ' ', l.slug) FROM partnerships p JOIN loops l ON l.id = p.loop_id WHERE p.id = $pid")" "5 continual-improvement"
expect_xml "... the history names the move" "$N/partnerships/$pid/tracker.xml" 200 \
	'concat(//c:history/c:move[1]/@to, " ", //c:history/c:move[1]/c:note, " ", count(//c:move/@actor))' \
	"5 Action plan approved 0"
expect_eq "... and who made it, in the database" \
	"$(sql "SELECT actor LIKE 'token:guide-gothenburg%' FROM step_history WHERE partnership_id = $pid ORDER BY id DESC LIMIT 1")" 1
expect_eq "... the SVG marks the current step in words" "$(xp 'count(//*[local-name()="g"][contains(@class, "cycle-current")])')" 1
expect_eq "... audited as an update of the partnership" \
	"$(sql "SELECT action FROM audit_log WHERE entity = 'partnership' AND entity_id = $pid ORDER BY id DESC LIMIT 1")" update

# ------------------------------------------------------------------ writes: the forms
expect_status "the editing page anonymous: 401" "$N/edit/partnerships/$pid/tracker" 401
expect_status "the editing page for a third city's editor: 403" "$N/edit/partnerships/$pid/tracker" 403 -u bob:pw-bob
expect_html "the editing page for the partnership's editor" "$N/edit/partnerships/$pid/tracker" 200 'name="csrf"' -u alice:pw-alice
expect_eq "... it names who set each element and moved the step" "$(grep -c 'token:guide-gothenburg' "$TMP_BODY" | sed 's/^[1-9][0-9]*$/yes/')" yes
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
ftag=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
s2=$(snapshot)
fetch "$N/edit/partnerships/$pid/tracker" -u alice:pw-alice -X POST --data "element=plan-explore-activities&state=done"
expect_eq "a form without its CSRF token: 403, nothing stored" "$STATUS $(state plan-explore-activities)" "403 none"
fetch "$N/edit/partnerships/$pid/tracker" -u bob:pw-bob -X POST --data-urlencode "csrf=$csrf" --data "element=plan-explore-activities&state=done"
expect_eq "a form posted by a third city's editor: 403" "$STATUS" 403
fetch "$N/edit/partnerships/$pid/tracker" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data-urlencode "if-match=partnership/$pid/20000101000000000000" --data "element=plan-explore-activities&state=done"
expect_eq "a form made before someone else's change: 409" "$STATUS" 409
fetch "$N/edit/partnerships/$pid/tracker" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data-urlencode "if-match=$ftag" --data "element=plan-explore-activities&step=4&state=in_progress&evidence-url=javascript%3Aalert(1)"
expect_eq "a javascript: link in the form: 422, shown on the page" "$STATUS $(grep -c 'evidence-url' "$TMP_BODY" | sed 's/^[1-9][0-9]*$/named/')" "422 named"
expect_eq "... nothing changed by the refused forms" "$(snapshot)" "$s2"
fetch "$N/edit/partnerships/$pid/tracker?lang=zh" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data-urlencode "if-match=$ftag" --data "element=plan-explore-activities&step=4&state=in_progress&note=%E8%81%94%E5%90%88%E7%A0%94%E7%A9%B6&evidence-url=&evidence-date=&evidence-agreement=&evidence-activity="
expect_eq "the right form: 303 back to the tracker" "$STATUS $(header Location | sed 's|^.*/edit/|/edit/|')" "303 /edit/partnerships/$pid/tracker?lang=zh"
expect_eq "... stored" "$(state plan-explore-activities)" "in_progress|联合研究"
fetch "$N/edit/partnerships/$pid/tracker" -u alice:pw-alice
ftag=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
fetch "$N/edit/partnerships/$pid/tracker" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data-urlencode "if-match=$ftag" --data "to-step=6&loop=&note=Evaluation+started"
expect_eq "moving the step by the form: 303" "$STATUS $(sql "SELECT narrative_step FROM partnerships WHERE id = $pid")" "303 6"
expect_html "the city's editing page" "$N/edit/cities/gothenburg/tracker" 200 'aim-involve-ecosystem' -u alice:pw-alice
expect_status "... not for another city's editor" "$N/edit/cities/gothenburg/tracker" 403 -u bob:pw-bob

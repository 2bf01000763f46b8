# t62_plans.sh: Cooperation Plans (issue 18): versions, their parts, the steps draft ->
# proposed -> approved (one approval per city of the pair, by that city's editor), the
# next version as a copy, the comparison, the print view; hostile writes refused with a
# clear 4xx and nothing changed.  Leaves its partnership with an approved version 1 and
# a draft version 2.
# Users are set with users_set (lib.sh) and tokens made with SQL, both put back at the
# end, so that t95's counts of c2cctl's audit rows and its `user add alice` stay as they are.

# A partnership of neither Gothenburg-Shanghai (the demo's plans, sql/samples) nor Leeds
# (the third city here), preferably with Project Bank activities.
pl_pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id
	WHERE p.deleted_at IS NULL AND e.slug NOT IN ('gothenburg', 'leeds') AND c.slug <> 'shanghai'
	AND NOT EXISTS (SELECT 1 FROM partnership_members m WHERE m.partnership_id = p.id)
	ORDER BY EXISTS (SELECT 1 FROM activities a WHERE a.partnership_id = p.id AND a.deleted_at IS NULL) DESC, p.id LIMIT 1")
pl_e=$(sql "SELECT c.slug FROM partnerships p JOIN cities c ON c.id = p.europe_city_id WHERE p.id = $pl_pid")
pl_c=$(sql "SELECT c.slug FROM partnerships p JOIN cities c ON c.id = p.china_city_id WHERE p.id = $pl_pid")
pl_other=$(sql "SELECT MIN(p.id) FROM partnerships p WHERE p.id <> $pl_pid")
pl_other_act=$(sql "SELECT MIN(id) FROM activities WHERE partnership_id <> $pl_pid AND deleted_at IS NULL")
if [ -z "$pl_other_act" ] || [ "$pl_other_act" = NULL ]; then
	sql "INSERT INTO activities (partnership_id, title) VALUES ($pl_other, 'an activity of another partnership (t62)')"
	pl_other_act=$(sql "SELECT MAX(id) FROM activities WHERE partnership_id = $pl_other")
fi
pl_tok() { printf 'c2c_%s' "$(printf '%s%043d' "$1" 0 | head -c 43)"; }
TPG=$(pl_tok planGothenburg) TPS=$(pl_tok planShanghai) TPL=$(pl_tok planLeeds) TPA=$(pl_tok planAdmin)
for t in "$TPG editor $pl_e" "$TPS editor $pl_c" "$TPL editor leeds" "$TPA admin -"; do
	set -- $t
	city="NULL"; [ "$3" != - ] && city="(SELECT id FROM cities WHERE slug = '$3')"
	sql "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES ('t62-$3-$2', UNHEX(SHA2('$1', 256)), '$2', $city)"
done
# alice and mallory edit the two cities here; an earlier file may have made them editors of
# other cities: their rows are put aside and back at the end (users_set, lib.sh).
users_set "alice:editor:$pl_e" "mallory:editor:$pl_c"

# api TOKEN METHOD PATH [BODY] [curl args]: a write of the API; $STATUS, $TMP_BODY.
api() {
	tok=$1 m=$2 path=$3 body=${4-}; shift 3; [ $# -gt 0 ] && shift
	fetch "$N$path" -X "$m" -H "Authorization: Bearer $tok" -H 'Content-Type: application/xml' \
		${body:+--data-binary "$body"} "$@"
}
x() { printf '<%s xmlns="urn:c2c:xml:1">%s</%s>' "$1" "$2" "$1"; }
# The state of plan tables, to show that a refused write changed nothing.
pl_state() {
	sql "SELECT (SELECT COUNT(*) FROM plans), (SELECT COUNT(*) FROM plan_priorities), (SELECT COUNT(*) FROM plan_objectives), (SELECT COUNT(*) FROM plan_activities), (SELECT COUNT(*) FROM plan_milestones), (SELECT COUNT(*) FROM plan_targets), (SELECT COUNT(*) FROM plan_risks), (SELECT COUNT(*) FROM plan_approvals), (SELECT GROUP_CONCAT(CONCAT(id, state, updated_at) ORDER BY id) FROM plans), (SELECT COUNT(*) FROM audit_log)" | tr '\t' ' '
}

# ------------------------------------------------------------------ a first version
expect_xml "no plan yet: the versions page is empty" "$N/partnerships/$pl_pid/plans.xml" 200 'count(//c:versions/c:plan)' 0
expect_html "... and says so in HTML" "$N/partnerships/$pl_pid/plans" 200 'no Cooperation Plan yet'
expect_status "the versions of a partnership that does not exist: 404" "$N/partnerships/999999/plans.xml" 404

api "$TPG" POST /plans "$(x plan-edit "<partnership>$pl_pid</partnership><start>2017-05-01</start><end>2020-04-30</end><title-en>Action Plan 2017-2020</title-en><title-zh>2017-2020年行动计划</title-zh><focal-europe>International Office of the city</focal-europe><focal-china>Foreign Affairs Office</focal-china><meetings-en>Twice a year, alternating cities</meetings-en><governance-en>A steering group of both cities meets twice a year.</governance-en>")"
expect_eq "POST /plans by an editor of the European city: 201" "$STATUS" 201
p1=$(xp 'string(//c:item/@id)')
expect_eq "... version 1, a draft" "$(sql "SELECT CONCAT(version, state) FROM plans WHERE id = $p1")" "1draft"
api "$TPG" POST /plan-priorities "$(x plan-priority-edit "<plan>$p1</plan><area>education-academic</area><title-en>University cooperation</title-en><title-zh>高校合作</title-zh>")"
expect_eq "a priority: 201" "$STATUS" 201
pr1=$(xp 'string(//c:item/@id)')
api "$TPS" POST /plan-objectives "$(x plan-objective-edit "<priority>$pr1</priority><text-zh>扩大学生交流</text-zh><expected-en>More students in each other's universities</expected-en>")"
expect_eq "an objective, by an editor of the Chinese city, in Chinese only: 201" "$STATUS" 201
ob1=$(xp 'string(//c:item/@id)')
pl_act=$(sql "SELECT MIN(id) FROM activities WHERE partnership_id = $pl_pid AND deleted_at IS NULL")
if [ -z "$pl_act" ] || [ "$pl_act" = NULL ]; then
	sql "INSERT INTO activities (partnership_id, title) VALUES ($pl_pid, 'Student exchange (t62)')"
	pl_act=$(sql "SELECT MAX(id) FROM activities WHERE partnership_id = $pl_pid")
fi
api "$TPG" POST /plan-activities "$(x plan-activity-edit "<objective>$ob1</objective><activity>$pl_act</activity><title-en>Summer school</title-en><funding-source>City budgets</funding-source><amount-eur>120000.00</amount-eur><start>2018-06-01</start><end>2019-08-31</end><team-europe>Education Department</team-europe><team-china>Education Commission</team-china>")"
expect_eq "an activity linked to the Project Bank: 201" "$STATUS" 201
ac1=$(xp 'string(//c:item/@id)')
api "$TPG" POST /plan-milestones "$(x plan-milestone-edit "<plan-activity>$ac1</plan-activity><due>2018-06-15</due><deliverable-en>First summer school held</deliverable-en><deliverable-zh>举办第一期暑期学校</deliverable-zh>")"
expect_eq "a dated deliverable: 201" "$STATUS" 201
api "$TPG" POST /plan-targets "$(x plan-target-edit "<objective>$ob1</objective><kpi>joint-academic-activities</kpi><target>12</target><start>2017-05-01</start><end>2020-04-30</end>")"
expect_eq "a KPI target: 201" "$STATUS" 201
api "$TPG" POST /plan-risks "$(x plan-risk-edit "<plan>$p1</plan><likelihood>medium</likelihood><risk-en>Travel restrictions</risk-en><mitigation-en>Online sessions</mitigation-en>")"
expect_eq "a risk: 201" "$STATUS" 201
rk1=$(xp 'string(//c:item/@id)')

expect_xml "the version as XML" "$N/plans/$p1.xml" 200 'concat(//c:priorities/c:priority/@area, " ", count(//c:objective), count(//c:activities/c:activity), count(//c:milestone), count(//c:targets/c:target), count(//c:risks/c:risk))' "education-academic 11111"
cp "$TMP_BODY" "$VAR/plan1.xml"
expect_html "... and as HTML, the missing English marked" "$N/plans/$p1" 200 'pl-missing'
expect_html "... in Chinese" "$N/plans/$p1?lang=zh" 200 '高校合作'

# ------------------------------------------------------------------ hostile writes
# Each: a clear 4xx, and the plan tables and the audit log as they were.
before=$(pl_state)
long=$(head -c 301 /dev/zero | tr '\0' 'a')
api "$TPG" PUT "/plans/$p1" "$(x plan-edit "<title-en>$long</title-en>")"
expect_eq "a title of 301 bytes: 422 too-long" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 too-long"
api "$TPG" POST /plan-objectives "$(x plan-objective-edit "<priority>$pr1</priority><text-en>$(head -c 1001 /dev/zero | tr '\0' 'b')</text-en>")"
expect_eq "an objective of 1001 bytes: 422" "$STATUS" 422
api "$TPG" PUT "/plans/$p1" "$(printf '<plan-edit xmlns="urn:c2c:xml:1"><title-en>bad \377\376 text</title-en></plan-edit>')"
expect_eq "invalid UTF-8: 422" "$STATUS" 422
api "$TPG" POST /plan-activities "$(x plan-activity-edit "<objective>$ob1</objective><activity>$pl_other_act</activity><title-en>Not ours</title-en>")"
expect_eq "an activity of another partnership: 422 other-partnership" "$STATUS $(xp 'string(//c:invalid/@field)') $(xp 'string(//c:invalid/@code)')" "422 activity other-partnership"
api "$TPG" POST /plan-activities "$(x plan-activity-edit "<objective>$ob1</objective><activity>999999999</activity><title-en>None</title-en>")"
expect_eq "... or of none: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 other-partnership"
pl_other_tgt=$(sql "SELECT MIN(id) FROM kpi_targets WHERE partnership_id <> $pl_pid")
if [ -n "$pl_other_tgt" ] && [ "$pl_other_tgt" != NULL ]; then
	api "$TPG" POST /plan-targets "$(x plan-target-edit "<objective>$ob1</objective><kpi-target>$pl_other_tgt</kpi-target>")"
	expect_eq "a KPI target of another partnership: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 other-partnership"
fi
api "$TPG" POST /plan-objectives "$(x plan-objective-edit "<priority>$pr1</priority><expected-en>no objective text</expected-en>")"
expect_eq "an objective in neither language: 422 no-text" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 no-text"
api "$TPL" POST /plan-priorities "$(x plan-priority-edit "<plan>$p1</plan><title-en>Leeds was here</title-en>")"
expect_eq "a priority by an editor of a third city: 403" "$STATUS" 403
api "$TPG" POST /plan-priorities "$(x plan-priority-edit "<plan>999999</plan><title-en>Nowhere</title-en>")"
expect_eq "a priority of a plan that does not exist: 422 no-such-parent" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 no-such-parent"
api "$TPG" PUT "/plan-priorities/$pr1" "$(x plan-priority-edit "<plan>$((p1 + 1000))</plan><title-en>moved</title-en>")"
expect_eq "a priority moved to another plan: 422 cannot-move" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 cannot-move"
api "$TPG" POST /plans "$(x plan-edit "<partnership>$pl_pid</partnership>")"
expect_eq "a second open version of the same partnership: 422 plan-open" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 plan-open"
api "$TPS" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action><decision>too early</decision>")"
expect_eq "approving a draft that was not proposed: 409 plan-state" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 plan-state"
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>launch</action>")"
expect_eq "an unknown step: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-a-choice"
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>propose</action>")" -H 'If-Match: "1-x;plan/'"$p1"'/20000101000000000000"'
expect_eq "a stale If-Match: 409" "$STATUS" 409
fetch "$N/plans/$p1/steps" -X POST -H 'Content-Type: application/xml' --data-binary "$(x plan-step "<action>propose</action>")"
expect_eq "a step without a token: 401" "$STATUS" 401
expect_eq "... none of which changed anything" "$(pl_state)" "$before"

# A count budget: at most 12 priorities.
for i in $(seq 2 12); do
	api "$TPG" POST /plan-priorities "$(x plan-priority-edit "<plan>$p1</plan><title-en>Priority $i</title-en>")"
done
expect_eq "12 priorities fit" "$(sql "SELECT COUNT(*) FROM plan_priorities WHERE plan_id = $p1")" 12
before=$(pl_state)
api "$TPG" POST /plan-priorities "$(x plan-priority-edit "<plan>$p1</plan><title-en>Priority 13</title-en>")"
expect_eq "a 13th: 422 plan-full, nothing written" "$STATUS $(xp 'string(//c:invalid/@code)') $(pl_state | cut -c1-40)" "422 plan-full $(printf %s "$before" | cut -c1-40)"
sql "DELETE FROM plan_priorities WHERE plan_id = $p1 AND id <> $pr1"

# ------------------------------------------------------------------ the steps
fetch "$N/plans/$p1.xml"
tag=$(header ETag)
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>propose</action>")" -H "If-Match: $tag"
expect_eq "propose with the page's ETag as If-Match: 204" "$STATUS" 204
expect_eq "... proposed" "$(sql "SELECT state FROM plans WHERE id = $p1")" proposed
expect_eq "... audited" "$(sql "SELECT COUNT(*) FROM audit_log WHERE entity = 'plan' AND entity_id = $p1 AND after_xml LIKE '%state=\"proposed\"%'")" 1

before=$(pl_state)
api "$TPG" PUT "/plans/$p1" "$(x plan-edit "<title-en>changed while proposed</title-en>")"
expect_eq "editing a proposed version: 409 plan-not-draft" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 plan-not-draft"
api "$TPL" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action><decision>Leeds council</decision>")"
expect_eq "approval by a third city's editor: 403" "$STATUS" 403
api "$TPA" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action><decision>admin</decision>")"
expect_eq "approval by an admin (no city): 403" "$STATUS" 403
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action>")"
expect_eq "approval without the decision's reference: 422" "$STATUS $(xp 'string(//c:invalid/@field)')" "422 decision"
expect_eq "... none of which changed anything" "$(pl_state)" "$before"

api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action><decision>City Executive Board, minute 2017:123</decision>")"
expect_eq "the European city's editor approves for it: 204" "$STATUS" 204
expect_eq "... still proposed, one approval" "$(sql "SELECT CONCAT(state, ' ', (SELECT COUNT(*) FROM plan_approvals WHERE plan_id = $p1)) FROM plans WHERE id = $p1")" "proposed 1"
before=$(pl_state)
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>approve</action><decision>again</decision>")"
expect_eq "approving twice: 409 approved-already, nothing changed" "$STATUS $(xp 'string(//c:invalid/@code)') $(pl_state)" "409 approved-already $before"

# The Chinese city approves through the form (CSRF, the plan's tag).
expect_html "the steps form for the Chinese city's editor" "$N/edit/plans/$p1/steps" 200 'name="decision"' -u mallory:pw-mallory
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
ifm=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
fetch "$N/edit/plans/$p1/steps" -u mallory:pw-mallory --data-urlencode "if-match=$ifm" --data-urlencode action=approve --data-urlencode 'decision=People'"'"'s Government decision 2017-42'
expect_eq "... a post without the CSRF token: 403, nothing changed" "$STATUS $(pl_state)" "403 $before"
fetch "$N/edit/plans/$p1/steps" -u mallory:pw-mallory --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ifm" --data-urlencode action=approve --data-urlencode 'decision=People'"'"'s Government decision 2017-42'
expect_eq "... with it: 303" "$STATUS" 303
expect_eq "both cities approved: the version is approved" "$(sql "SELECT state FROM plans WHERE id = $p1")" approved
expect_xml "the approvals show who, when and the decision" "$N/plans/$p1.xml" 200 \
	'concat(count(//c:approval), " ", //c:approval[@side="china"]/@by, " ", //c:approval[@side="europe"]/c:decision)' \
	"2 mallory City Executive Board, minute 2017:123"

before=$(pl_state)
api "$TPG" PUT "/plans/$p1" "$(x plan-edit "<title-en>after approval</title-en>")"
expect_eq "editing an approved version: 409" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 plan-not-draft"
api "$TPG" PUT "/plan-priorities/$pr1" "$(x plan-priority-edit "<title-en>after approval</title-en>")"
expect_eq "... its priority: 409" "$STATUS" 409
api "$TPG" POST /plan-objectives "$(x plan-objective-edit "<priority>$pr1</priority><text-en>late</text-en>")"
expect_eq "... a new objective in it: 409" "$STATUS" 409
api "$TPG" DELETE "/plan-risks/$rk1"
expect_eq "... deleting its risk: 409" "$STATUS" 409
api "$TPG" DELETE "/plans/$p1"
expect_eq "... deleting it: 409" "$STATUS" 409
api "$TPS" POST "/plans/$p1/steps" "$(x plan-step "<action>withdraw</action>")"
expect_eq "... withdrawing it: 409" "$STATUS" 409
fetch "$N/edit/plan-priorities/$pr1" -u alice:pw-alice
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
ifm=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//')
fetch "$N/edit/plan-priorities/$pr1" -u alice:pw-alice --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ifm" --data-urlencode "title-en=by form"
expect_eq "... through its form: 409" "$STATUS" 409
expect_eq "... none of which changed anything" "$(pl_state)" "$before"

# ------------------------------------------------------------------ the next version
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action>")"
expect_eq "start the next version: 201" "$STATUS" 201
p2=$(header Location | sed 's|.*/plans/||')
expect_eq "... version 2, a draft based on 1" "$(sql "SELECT CONCAT(version, state, based_on) FROM plans WHERE id = $p2")" "2draft$p1"
expect_eq "... a copy of each part" \
	"$(sql "SELECT (SELECT COUNT(*) FROM plan_priorities WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_objectives WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_activities WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_milestones WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_targets WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_risks WHERE plan_id = $p2)" | tr '\t' ' ')" "1 1 1 1 1 1"
api "$TPG" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action>")"
expect_eq "a second next version while one is open: 409 plan-open" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 plan-open"

pr2=$(sql "SELECT id FROM plan_priorities WHERE plan_id = $p2")
ms2=$(sql "SELECT id FROM plan_milestones WHERE plan_id = $p2")
api "$TPG" PUT "/plan-priorities/$pr2" "$(x plan-priority-edit "<area>education-academic</area><title-en>University and school cooperation</title-en><title-zh>高校与中小学合作</title-zh>")"
expect_eq "the draft's priority changes: 204" "$STATUS" 204
api "$TPG" DELETE "/plan-milestones/$ms2"
expect_eq "a milestone goes: 204" "$STATUS" 204
api "$TPS" POST /plan-risks "$(x plan-risk-edit "<plan>$p2</plan><likelihood>low</likelihood><risk-zh>人员变动</risk-zh><mitigation-zh>双方指定副联络人</mitigation-zh>")"
expect_eq "a risk comes: 201" "$STATUS" 201
api "$TPG" PUT "/plans/$p2" "$(x plan-edit "<start>2020-05-01</start><end>2023-04-30</end><title-en>Action Plan 2020-2023</title-en><focal-europe>International Office of the city</focal-europe><focal-china>Foreign Affairs Office</focal-china>")"
expect_eq "its period and title: 204" "$STATUS" 204
tag2=$(header ETag)
api "$TPG" PUT "/plans/$p2" "$(x plan-edit "<start>2020-05-01</start><end>2023-04-30</end><title-en>Action Plan 2020-2023</title-en><title-zh>2020-2023年行动计划</title-zh><focal-europe>International Office of the city</focal-europe><focal-china>Foreign Affairs Office</focal-china>")" -H "If-Match: $tag2"
expect_eq "... again with the tag it answered: 204" "$STATUS" 204
before=$(pl_state)
api "$TPS" PUT "/plans/$p2" "$(x plan-edit "<title-en>lost update</title-en>")" -H "If-Match: $tag2"
expect_eq "... a third time with that now stale tag: 409, nothing changed" "$STATUS $(pl_state)" "409 $before"
expect_eq "every write moved the partnership's updated_at" \
	"$(sql "SELECT updated_at >= (SELECT MAX(updated_at) FROM plans WHERE partnership_id = $pl_pid) - INTERVAL 1 SECOND FROM partnerships WHERE id = $pl_pid")" 1

# ------------------------------------------------------------------ compare and print
expect_xml "compare version 2 with 1" "$N/plans/$p2/compare.xml?with=1" 200 \
	'concat(count(//c:change[@kind="priority"][@status="changed"]), count(//c:change[@kind="milestone"][@status="removed"]), count(//c:change[@kind="risk"][@status="added"]), count(//c:change[@kind="objective"][@status="same"]), " ", //c:change[@kind="priority"]/@changed)' \
	"1111 title-en title-zh"
expect_html "... as HTML" "$N/plans/$p2/compare?with=1" 200 'pl-changed'
grep -q 'Title (EN)' "$TMP_BODY" && ok "... its fields named" || nok "... its fields named" "no 'Title (EN)'"
# An area and a KPI are named as a reader knows them, not by their slugs (seen in a browser).
grep -q 'Education &amp; Academic cooperation' "$TMP_BODY" && grep -q 'Joint academic activities' "$TMP_BODY" &&
	! grep -q '>education-academic<\|>joint-academic-activities<' "$TMP_BODY" &&
	ok "... the area and the KPI by their names" || nok "... the area and the KPI by their names" "slugs or no names"
expect_html "... in Chinese" "$N/plans/$p2/compare?with=1&lang=zh" 200 '版本比较'
grep -q '教育与学术合作' "$TMP_BODY" && grep -q '联合学术活动' "$TMP_BODY" &&
	ok "... the area and the KPI by their Chinese names" || nok "... the area and the KPI by their Chinese names" "not there"
expect_status "... with a version that does not exist: 404" "$N/plans/$p2/compare.xml?with=99" 404
expect_status "... without one: 400" "$N/plans/$p2/compare.xml" 400
expect_xml "the versions, newest first" "$N/partnerships/$pl_pid/plans.xml" 200 'concat(//c:versions/c:plan[1]/@state, " ", //c:versions/c:plan[2]/@state, " ", //c:versions/c:plan[2]/@approvals)' "draft approved 2"
expect_html "the printable version, with the decisions" "$N/plans/$p1/print" 200 'Government decision 2017-42'
cp "$TMP_BODY" "$VAR/plan-print.html"
grep -q 'size:A4' "$TMP_BODY" && ok "... has an A4 @page" || nok "... has an A4 @page"
grep -q 'Action Plan 2017-2020' "$TMP_BODY" && grep -q '2017-2020年行动计划' "$TMP_BODY" && ok "... in both languages" || nok "... in both languages"
if command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	rm -f "$VAR/plan.pdf"
	timeout 60 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$VAR/chromium-plan" --print-to-pdf="$VAR/plan.pdf" "$N/plans/$p1/print" >/dev/null 2>&1
	expect_eq "Chromium prints it on A4" "$(pdfinfo "$VAR/plan.pdf" 2>/dev/null | grep -c '^Page size:.*(A4)')" 1
else
	skip "Chromium prints it on A4" "chromium or pdfinfo is missing"
fi
expect_html "the draft's page offers its editing links" "$N/plans/$p2" 200 "/edit/plan-risks?parent=$p2"

# The forms of a part: a new one under its parent.
expect_html "the form of a new objective names its priority" "$N/edit/plan-objectives?parent=$pr2" 200 "value=\"$pr2\"" -u alice:pw-alice
fetch "$N/edit/plan-objectives" -u alice:pw-alice --data-urlencode "priority=$pr2" --data-urlencode "text-en=no token"
expect_eq "... posted without its CSRF token: 403" "$STATUS" 403

# Leave the users and tokens as they were before (t95 counts c2cctl's).
users_restore
sql "DELETE FROM api_tokens WHERE name LIKE 't62-%'"

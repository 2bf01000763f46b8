# t66_plan_review.sh: the review starts the next plan version (issue 18): the `next` step
# takes the partnership's latest review held since the version's approval (or the one it
# names): an activity decided `stop` is left out (with its milestone), `adjust` and
# `continue` carry the decision and its note, the review's new targets replace the
# draft's targets of the same KPI, and the draft records the review (plans.review_id),
# shown on its page in both languages.  Hostile: a review of another partnership, or of
# none, is refused with 422 and nothing changes.  Then the step-stuck alert: the time of
# the latest step move when it led to the current step, else updated_at.
# The plan, reviews and activities are made with SQL (t62 and t63 test their writes);
# the tokens are removed at the end.

# A partnership without plans, members or reviews, of none of the cities other files
# use (Gothenburg-Shanghai, Leeds).
pr_pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id
	WHERE p.deleted_at IS NULL AND e.slug NOT IN ('gothenburg', 'leeds') AND c.slug <> 'shanghai'
	AND NOT EXISTS (SELECT 1 FROM partnership_members m WHERE m.partnership_id = p.id)
	AND NOT EXISTS (SELECT 1 FROM plans t WHERE t.partnership_id = p.id)
	AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.partnership_id = p.id)
	ORDER BY p.id DESC LIMIT 1")
pr_other=$(sql "SELECT MIN(p.id) FROM partnerships p WHERE p.id <> $pr_pid AND p.deleted_at IS NULL")
pr_e=$(sql "SELECT c.slug FROM partnerships p JOIN cities c ON c.id = p.europe_city_id WHERE p.id = $pr_pid")
pr_tok() { printf 'c2c_%s' "$(printf '%s%043d' "$1" 0 | head -c 43)"; }
TRE=$(pr_tok planReviewEurope) TRL=$(pr_tok planReviewLeeds)
sql "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES ('t66-europe', UNHEX(SHA2('$TRE', 256)), 'editor', (SELECT id FROM cities WHERE slug = '$pr_e')), ('t66-leeds', UNHEX(SHA2('$TRL', 256)), 'editor', (SELECT id FROM cities WHERE slug = 'leeds'))"
api() {
	tok=$1 m=$2 path=$3 body=${4-}; shift 3; [ $# -gt 0 ] && shift
	fetch "$N$path" -X "$m" -H "Authorization: Bearer $tok" -H 'Content-Type: application/xml' \
		${body:+--data-binary "$body"} "$@"
}
x() { printf '<%s xmlns="urn:c2c:xml:1">%s</%s>' "$1" "$2" "$1"; }
pr_state() {
	sql "SELECT (SELECT COUNT(*) FROM plans), (SELECT COUNT(*) FROM plan_activities), (SELECT COUNT(*) FROM plan_targets), (SELECT COUNT(*) FROM audit_log), (SELECT GROUP_CONCAT(CONCAT(id, state, updated_at) ORDER BY id) FROM plans WHERE partnership_id = $pr_pid)" | tr '\t' ' '
}

# ------------------------------------------------------------------ an approved version 1
k1=$(sql "SELECT id FROM kpis ORDER BY id LIMIT 1")
k2=$(sql "SELECT id FROM kpis ORDER BY id LIMIT 1 OFFSET 1")
for t in Stopped Adjusted Continued; do
	sql "INSERT INTO activities (partnership_id, title) VALUES ($pr_pid, '$t exchange (t66)')"
done
a_stop=$(sql "SELECT id FROM activities WHERE partnership_id = $pr_pid AND title = 'Stopped exchange (t66)'")
a_adj=$(sql "SELECT id FROM activities WHERE partnership_id = $pr_pid AND title = 'Adjusted exchange (t66)'")
a_cont=$(sql "SELECT id FROM activities WHERE partnership_id = $pr_pid AND title = 'Continued exchange (t66)'")
sql "INSERT INTO plans (partnership_id, state, period_start, period_end, title_en, approved_at) VALUES ($pr_pid, 'approved', '2024-01-01', '2026-12-31', 'Plan 2024-2026 (t66)', UTC_TIMESTAMP(6) - INTERVAL 10 DAY)"
p1=$(sql "SELECT id FROM plans WHERE partnership_id = $pr_pid AND version = 1")
sql "INSERT INTO plan_priorities (plan_id, title_en) VALUES ($p1, 'Exchanges')"
sql "INSERT INTO plan_objectives (priority_id, text_en) VALUES ((SELECT id FROM plan_priorities WHERE plan_id = $p1), 'More exchanges')"
ob=$(sql "SELECT id FROM plan_objectives WHERE plan_id = $p1")
for a in $a_stop $a_adj $a_cont; do
	sql "INSERT INTO plan_activities (objective_id, activity_id, title_en) VALUES ($ob, $a, (SELECT title FROM activities WHERE id = $a))"
done
sql "INSERT INTO plan_milestones (plan_activity_id, due_on, deliverable_en) VALUES ((SELECT id FROM plan_activities WHERE plan_id = $p1 AND activity_id = $a_stop), '2025-06-01', 'First visit')"
sql "INSERT INTO plan_targets (objective_id, kpi_id, target, period_start, period_end) VALUES ($ob, $k1, 5, '2024-01-01', '2026-12-31'), ($ob, $k2, 7, '2024-01-01', '2026-12-31')"

# Reviews: one before the approval, the latest after it, and one of another partnership.
sql "INSERT INTO reviews (partnership_id, held_on, period_start, period_end, findings) VALUES ($pr_pid, UTC_DATE() - INTERVAL 40 DAY, '2024-01-01', '2024-12-31', 'before the approval (t66)'), ($pr_pid, UTC_DATE(), '2025-01-01', '2025-12-31', 'the latest (t66)'), ($pr_other, UTC_DATE(), '2025-01-01', '2025-12-31', 'another partnership (t66)')"
r_old=$(sql "SELECT id FROM reviews WHERE findings = 'before the approval (t66)'")
r_new=$(sql "SELECT id FROM reviews WHERE findings = 'the latest (t66)'")
r_other=$(sql "SELECT id FROM reviews WHERE findings = 'another partnership (t66)'")
sql "INSERT INTO review_decisions (partnership_id, review_id, activity_id, decision, note, note_zh) VALUES ($pr_pid, $r_new, $a_stop, 'stop', NULL, NULL), ($pr_pid, $r_new, $a_adj, 'adjust', 'Half the budget, twice the visits.', '预算减半，访问加倍。'), ($pr_pid, $r_new, $a_cont, 'continue', NULL, NULL)"
sql "INSERT INTO review_targets (partnership_id, review_id, kpi_id, period_start, period_end, target) VALUES ($pr_pid, $r_new, $k1, '2027-01-01', '2027-12-31', 9)"
rt=$(sql "SELECT id FROM review_targets WHERE review_id = $r_new")

# ------------------------------------------------------------------ hostile
before=$(pr_state)
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action><review>$r_other</review>")"
expect_eq "next from a review of another partnership: 422 review other-partnership" "$STATUS $(xp 'string(//c:invalid/@field)') $(xp 'string(//c:invalid/@code)')" "422 review other-partnership"
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action><review>999999999</review>")"
expect_eq "... from a review that does not exist: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 other-partnership"
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action><review>1 OR 1=1</review>")"
expect_eq "... from a review that is not a number: 422" "$STATUS" 422
api "$TRL" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action><review>$r_new</review>")"
expect_eq "... by an editor of a third city: 403" "$STATUS" 403
expect_eq "... none of which changed anything" "$(pr_state)" "$before"

# ------------------------------------------------------------------ next: the latest review
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action>")"
expect_eq "next: 201" "$STATUS" 201
p2=$(header Location | sed 's|.*/plans/||')
expect_eq "... the draft records the latest review held since the approval" "$(sql "SELECT CONCAT(version, state, ' ', review_id) FROM plans WHERE id = $p2")" "2draft $r_new"
expect_eq "... the stopped activity is left out, with its milestone" \
	"$(sql "SELECT CONCAT((SELECT COUNT(*) FROM plan_activities WHERE plan_id = $p2 AND activity_id = $a_stop), (SELECT COUNT(*) FROM plan_activities WHERE plan_id = $p2), (SELECT COUNT(*) FROM plan_milestones WHERE plan_id = $p2))")" "020"
expect_eq "... the adjusted one carries the decision and its note, the continued one its decision" \
	"$(sql "SELECT GROUP_CONCAT(CONCAT(decision, ':', COALESCE(decision_note_en, '-')) ORDER BY activity_id SEPARATOR '|') FROM plan_activities WHERE plan_id = $p2")" \
	"adjust:Half the budget, twice the visits.|continue:-"
expect_eq "... the review's new target replaces the target of its KPI; the other stays" \
	"$(sql "SELECT GROUP_CONCAT(CONCAT(kpi_id = $k1, ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM target)), ':', COALESCE(review_target_id = $rt, 0), ':', objective_id = (SELECT id FROM plan_objectives WHERE plan_id = $p2)) ORDER BY kpi_id = $k1 SEPARATOR '|') FROM plan_targets WHERE plan_id = $p2")" \
	"0:7:0:1|1:9:1:1"
expect_eq "... one audit row, the new plan's, naming the review" \
	"$(sql "SELECT COUNT(*) FROM audit_log WHERE entity = 'plan' AND entity_id = $p2 AND after_xml LIKE '%<review>$r_new</review>%'")" 1
expect_xml "the draft's page names the review and the decisions" "$N/plans/$p2.xml" 200 \
	'concat(//c:plan/c:review/@id, " ", count(//c:activities/c:activity), " ", //c:activity[c:decision/@kind="adjust"]/c:decision/c:note[1], " ", count(//c:target[@review-target]))' \
	"$r_new 2 Half the budget, twice the visits. 1"
expect_html "... in HTML" "$N/plans/$p2" 200 'Started from the review of'
grep -q 'Review: adjust' "$TMP_BODY" && grep -q "/reviews/$r_new" "$TMP_BODY" && ok "... with the decision and a link to the review" || nok "... with the decision and a link to the review"
expect_html "... in Chinese" "$N/plans/$p2?lang=zh" 200 '评审：调整'
grep -q '预算减半' "$TMP_BODY" && ok "... with the Chinese note" || nok "... with the Chinese note"
expect_xml "the comparison shows the stopped activity removed" "$N/plans/$p2/compare.xml?with=1" 200 \
	'concat(count(//c:change[@kind="activity"][@status="removed"]), count(//c:change[@kind="target"][@status="added"]), " ", //c:to/@review)' "11 $r_new"
expect_html "... and names the review in HTML" "$N/plans/$p2/compare?with=1&lang=zh" 200 "/reviews/$r_new"

# ------------------------------------------------------------------ next: a review named
sql "DELETE FROM plans WHERE id = $p2"
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action><review>$r_old</review>")"
expect_eq "next naming an earlier review of the partnership: 201" "$STATUS" 201
p3=$(header Location | sed 's|.*/plans/||')
expect_eq "... which the draft records; without decisions, all three activities stay" \
	"$(sql "SELECT CONCAT(review_id, ' ', (SELECT COUNT(*) FROM plan_activities WHERE plan_id = $p3)) FROM plans WHERE id = $p3")" "$r_old 3"
sql "DELETE FROM plans WHERE id = $p3"
# A version approved after every review: a plain copy.
sql "UPDATE plans SET approved_at = UTC_TIMESTAMP(6) + INTERVAL 1 DAY WHERE id = $p1"
api "$TRE" POST "/plans/$p1/steps" "$(x plan-step "<action>next</action>")"
p4=$(header Location | sed 's|.*/plans/||')
expect_eq "no review since the approval: a plain copy" "$STATUS $(sql "SELECT CONCAT(COALESCE(review_id, 'none'), ' ', (SELECT COUNT(*) FROM plan_activities WHERE plan_id = $p4)) FROM plans WHERE id = $p4")" "201 none 3"
expect_xml "... whose page has no review" "$N/plans/$p4.xml" 200 'count(//c:plan/c:review)' 0

# ------------------------------------------------------------------ a practice of a plan
pc=$(sql "SELECT MIN(id) FROM practices WHERE deleted_at IS NULL AND plan_id IS NULL")
if [ -n "$pc" ] && [ "$pc" != NULL ]; then
	sql "UPDATE practices SET plan_id = $p1 WHERE id = $pc"
	expect_xml "a practice names the plan version it comes out of" "$N/practices/$pc.xml" 200 'concat(//c:plan/@id, " ", //c:plan/@version)' "$p1 1"
	expect_html "... and links it" "$N/practices/$pc?lang=zh" 200 "/plans/$p1"
	sql "UPDATE practices SET plan_id = NULL WHERE id = $pc"
else
	skip "a practice names the plan version it comes out of" "no practice (the report's seed is absent)"
fi

# ------------------------------------------------------------------ stuck in one step
pr_step=$(sql "SELECT COALESCE(narrative_step, 'NULL') FROM partnerships WHERE id = $pr_pid")
pr_status=$(sql "SELECT status FROM partnerships WHERE id = $pr_pid")
sql "UPDATE partnerships SET narrative_step = 4, status = 'active' WHERE id = $pr_pid"
sql "INSERT INTO step_history (partnership_id, from_step, to_step, actor, at, note) VALUES ($pr_pid, 3, 4, 't66', UTC_TIMESTAMP(6) - INTERVAL 2 YEAR, 't66')"
since=$(sql "SELECT DATE_FORMAT(UTC_TIMESTAMP(6) - INTERVAL 2 YEAR, '%Y-%m-%d')")
expect_xml "moved to its step two years ago, changed since: stuck since the move" "$N/partnerships/$pr_pid.xml" 200 \
	'string(//c:alert[@kind="step-stuck"]/@since)' "$since"
sql "UPDATE partnerships SET narrative_step = 5 WHERE id = $pr_pid"
expect_xml "... its step changed since by an edit (no move recorded): since its last change, not stuck" "$N/partnerships/$pr_pid.xml" 200 \
	'count(//c:alert[@kind="step-stuck"])' 0
sql "DELETE FROM step_history WHERE partnership_id = $pr_pid AND actor = 't66'"
sql "UPDATE partnerships SET narrative_step = $pr_step, status = '$pr_status' WHERE id = $pr_pid"

sql "DELETE FROM api_tokens WHERE name LIKE 't66-%'"

# t87_browser.sh: every page kind in a real browser (issues 6 and 16): one WebDriver session
# of headless Chromium over the public pages, /healthz and the editing pages (as carol, an
# admin), in English and Chinese, at 1280 and 360 px: layout, axe-core, keyboard, dark mode
# and forced colours, the partnership dashboard printed to PDF; screenshots, contact.html
# and the PDFs under var/test/browser (tests/browser/run.sh, tests/browser/check.py); then
# the walk of issues 18 and 19 (tests/browser/walk.py, below), screenshots under
# var/test/browser/walk.

if ! command -v chromium >/dev/null 2>&1; then
	skip "browser test" "skipped: chromium is not installed (tests/harness/deps.sh installs it)"
elif [ "${C2C_BROWSER:-1}" = 0 ]; then
	# make asan: the pages are the ones make check has shown the browser; under the
	# sanitizers their requests are covered by the other tests, in less CI time.
	skip "browser test" "C2C_BROWSER=0 (make asan: make check runs it)"
else
	# The pages need an admin, KPI values (t80 loads the samples; alone, t87 does), a
	# calendar source and an event to show; the source and the event go again after.
	"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" user add carol admin >/dev/null 2>&1
	[ "$(sql "SELECT COUNT(*) FROM kpi_values")" = 0 ] &&
		"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed -d "$top/sql/samples" >/dev/null 2>&1
	b_src=$(sql "INSERT INTO calendar_sources (name, url, owner_city_id) SELECT 'Leeds events (browser test)', \
		'https://example.org/browser-test.ics', id FROM cities WHERE slug = 'leeds'; SELECT LAST_INSERT_ID()")
	b_ev=$(sql "INSERT INTO events (uid, title, starts_at, ends_at, tzid, city_id, country_code, kind, location) \
		SELECT 't87-browser@c2c', 'Leeds–Hangzhou culture forum (browser test)', UTC_TIMESTAMP() + INTERVAL 30 DAY, \
		UTC_TIMESTAMP() + INTERVAL 30 DAY + INTERVAL 2 HOUR, 'Europe/London', id, 'GB', 'forum', 'Leeds Town Hall' \
		FROM cities WHERE slug = 'leeds'; SELECT LAST_INSERT_ID()")
	"$top/tests/browser/run.sh" "$N" "$VAR/browser" > "$VAR/browser.out" 2>&1
	rc=$?
	[ -n "$b_src" ] && sql "DELETE FROM calendar_sources WHERE id = $b_src"
	[ -n "$b_ev" ] && sql "DELETE FROM events WHERE id = $b_ev"
	while IFS= read -r line; do
		case "$line" in
		"ok "*) ok "browser: ${line#ok }" ;;
		"not ok "*) nok "browser: ${line#not ok }" "see $VAR/browser/" ;;
		"skipped"*) skip "browser test" "$line" ;;
		esac
	done < "$VAR/browser.out"
	expect_eq "browser test exits 0" "$rc" 0
fi

# The walk (issues 18 and 19): tests/browser/walk.py walks the plan and the expression of
# interest as alice (Gothenburg), wei (Shanghai) and bob (Terrassa) do, each an editor of
# the city with an e-mail address.  Their rows, if an earlier file made them, are put
# aside and back at the end (users_set, lib.sh: t95 and t64 count on who exists); the
# outbox rows queued for them go first.
if ! command -v chromium >/dev/null 2>&1 || [ "${C2C_BROWSER:-1}" = 0 ]; then
	skip "browser walk" "chromium missing or C2C_BROWSER=0"
elif ! /usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
	skip "browser walk" "selenium or chromedriver missing"
else
	w_gs=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id
		WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL")
	w_plan=$(sql "SELECT id FROM plans WHERE partnership_id = $w_gs AND state = 'draft' ORDER BY version DESC LIMIT 1")
	users_set alice:editor:gothenburg:alice@gothenburg.example.org:en \
		bob:editor:terrassa:bob@terrassa.example.org:en wei:editor:shanghai:wei@shanghai.example.cn:zh
	w_audit=$(sql "SELECT COALESCE(MAX(id), 0) FROM audit_log")
	w_sa=$(sql "SELECT COALESCE(MAX(s.version), 0) + 1 FROM self_assessments s JOIN cities c ON c.id = s.city_id WHERE c.slug = 'terrassa'")
	/usr/bin/python3 "$top/tests/browser/walk.py" "$N" "$VAR/browser/walk" > "$VAR/walk.out" 2>&1
	rc=$?
	while IFS= read -r line; do
		case "$line" in
		"ok "*) ok "walk: ${line#ok }" ;;
		"not ok "*) nok "walk: ${line#not ok }" "see $VAR/browser/walk/" ;;
		esac
	done < "$VAR/walk.out"
	expect_eq "browser walk exits 0" "$rc" 0
	[ "$rc" = 0 ] || tail -5 "$VAR/walk.out"

	# What the walk left in the database.
	expect_eq "walk db: the tracker entry alice set (state, date, by)" \
		"$(sql "SELECT CONCAT(state, ' ', evidence_date, ' ', set_by) FROM tracker_entries WHERE note = 'Stakeholder day held (browser walk)'")" "done 2025-05-12 alice"
	expect_eq "walk db: plan v2 approved, one approval per city, by alice and wei" \
		"$(sql "SELECT CONCAT(p.state, ' ', (SELECT GROUP_CONCAT(a.actor ORDER BY a.actor) FROM plan_approvals a WHERE a.plan_id = p.id)) FROM plans p WHERE p.id = ${w_plan:-0}")" "approved alice,wei"
	expect_eq "walk db: Terrassa's self-assessment, a new version ($w_sa), by bob" \
		"$(sql "SELECT CONCAT(MAX(s.version), ' ', SUBSTRING_INDEX(GROUP_CONCAT(s.submitted_by ORDER BY s.version DESC), ',', 1)) FROM self_assessments s JOIN cities c ON c.id = s.city_id WHERE c.slug = 'terrassa'")" "$w_sa bob"
	w_int=$(sql "SELECT i.id FROM interests i JOIN cities f ON f.id = i.from_city_id JOIN cities t ON t.id = i.to_city_id WHERE f.slug = 'terrassa' AND t.slug = 'shanghai' AND i.message LIKE '%(walk)%'")
	expect_eq "walk db: the expression Terrassa -> Shanghai, accepted, sent by bob, answered by wei" \
		"$(sql "SELECT CONCAT(status, ' ', sent_by, ' ', answered_by) FROM interests WHERE id = ${w_int:-0}")" "accepted bob wei"
	expect_eq "walk db: its partnership at the Partner step, in discussion, with the two areas" \
		"$(sql "SELECT CONCAT(p.narrative_step, ' ', p.kind, ' ', (SELECT GROUP_CONCAT(a.slug ORDER BY a.slug) FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.partnership_id = p.id)) FROM partnerships p WHERE p.interest_id = ${w_int:-0}")" \
		"3 in_discussion manufacturing,research-innovation"
	expect_eq "walk db: e-mails queued: wei told of the expression, bob of the acceptance" \
		"$(sql "SELECT GROUP_CONCAT(CONCAT(u.name, ':', o.kind) ORDER BY o.id) FROM notify_outbox o JOIN users u ON u.id = o.user_id WHERE o.interest_id = ${w_int:-0}")" "wei:sent,bob:accepted"
	expect_eq "walk db: every write audited (tracker, plan steps, self-assessment, interest, partnership)" \
		"$(sql "SELECT COUNT(DISTINCT entity) >= 5 FROM audit_log WHERE id > $w_audit")" 1

	sql "DELETE FROM notify_outbox WHERE user_id IN (SELECT id FROM users WHERE name IN ('alice', 'bob', 'wei'))"
	users_restore
fi

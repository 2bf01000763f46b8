# t87_browser.sh: every page kind in a real browser (issues 6 and 16): one WebDriver session
# of headless Chromium over the public pages, /healthz and the editing pages (as carol, an
# admin), in English and Chinese, at 1280 and 360 px: layout, axe-core, keyboard, dark mode
# and forced colours, the partnership dashboard printed to PDF; screenshots, contact.html
# and the PDFs under var/test/browser (tests/browser/run.sh, tests/browser/check.py).

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

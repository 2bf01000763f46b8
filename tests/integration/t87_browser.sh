# t87_browser.sh: the dashboards in a real browser (issue 6): headless Chromium loads the
# overview, a city's and a partnership's dashboard, finds no console error and the SVG
# charts, and saves screenshots under var/test/browser (tests/browser/run.sh).

if ! command -v chromium >/dev/null 2>&1; then
	skip "browser test" "skipped: chromium is not installed (tests/harness/deps.sh installs it)"
elif [ "${C2C_BROWSER:-1}" = 0 ]; then
	# make asan: the pages are the ones make check has shown the browser; under the
	# sanitizers their requests are covered by the other tests, in less CI time.
	skip "browser test" "C2C_BROWSER=0 (make asan: make check runs it)"
else
	"$top/tests/browser/run.sh" "$N" "$VAR/browser" > "$VAR/browser.out" 2>&1
	rc=$?
	while IFS= read -r line; do
		case "$line" in
		"ok "*) ok "browser: ${line#ok }" ;;
		"not ok "*) nok "browser: ${line#not ok }" "see $VAR/browser/" ;;
		esac
	done < "$VAR/browser.out"
	expect_eq "browser test exits 0" "$rc" 0
fi

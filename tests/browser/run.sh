#!/bin/sh
# run.sh [BASE [OUTDIR]]: the browser test.  Loads each dashboard of a running c2c
# (default: the demo, http://127.0.0.1:8080) in headless Chromium: the overview, a city's
# and a partnership's, in English and Chinese; checks for console errors and the SVG
# charts (on a partnership's, the agreements timeline by its title), and saves
# screenshots under OUTDIR (default var/test/browser).  Prints
# "ok ..." / "not ok ..." lines; "skipped" and exit 0 when chromium is not installed
# (tests/harness/deps.sh installs it).
top=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:-http://127.0.0.1:8080}
out=${2:-$top/var/test/browser}
if ! command -v chromium >/dev/null 2>&1; then
	echo "skipped: chromium is not installed (apt-get install chromium)"
	exit 0
fi
# The partnership with the demo's sample values: Gothenburg-Shanghai.
pid=${C2C_BROWSER_PARTNERSHIP:-$(curl -s "$base/partnerships.xml?city=gothenburg&limit=500" |
	sed -n 's/.*<partnership id="\([0-9]*\)".*/\1/p' | head -1)}
exec /usr/bin/python3 "$top/tests/browser/check.py" "$base" "$out" \
	/ "/?lang=zh" /cities/shanghai/dashboard "/cities/leeds/dashboard?lang=zh&from=2019-01-01" \
	"/partnerships/${pid:-1}|Agreements from signature to expiry" \
	"/partnerships/${pid:-1}?lang=zh&from=2019-01-01&to=2019-12-31|协议从签署到到期"

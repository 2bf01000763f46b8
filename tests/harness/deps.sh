#!/bin/sh
# deps.sh: installs the Debian packages c2c needs, in two sets, so that the demo does not
# wait for what only the tests use.
#   deps.sh demo     building c2c and running it: compiler, -dev packages, MariaDB, nginx
#   deps.sh check    the demo's, and what the tests add (Apache, Check, chromium and its
#                    WebDriver, a CJK font, clang for the fuzzers, valgrind, Python modules)
#   deps.sh deb      the demo's, and what make deb adds (debhelper, dpkg-dev, lintian)
#   deps.sh missing  prints the -dev packages the build lacks (the Makefile's message)
# Does nothing when a set is present; needs root (apt-get) otherwise.  Prints one line per
# set; apt's output goes to a log, shown (its last lines) only when apt fails.
set -eu

# Build and run: what `make demo` and `make install` need.
DEMO="make gcc libc6-dev pkg-config libfcgi-dev libxml2-dev libxslt1-dev libmariadb-dev \
libical-dev libcurl4-openssl-dev libssl-dev mariadb-server mariadb-client nginx-light curl \
ca-certificates openssl"
# Added by the tests: unit tests (check), the second web server, protocol checkers, the
# benchmark (wrk, spawn-fcgi), the fuzzers (clang, libclang-rt-14-dev), leak checks
# (valgrind), and the browser suite (chromium, chromium-driver, python3-selenium,
# fonts-noto-cjk so that Chinese pages show as a reader sees them, poppler-utils to read
# the printed PDF).
CHECK="check libsubunit-dev apache2 libxml2-utils xsltproc libfcgi-bin spawn-fcgi wrk \
python3 python3-icalendar python3-feedparser chromium chromium-driver python3-selenium \
fonts-noto-cjk poppler-utils clang libclang-rt-14-dev valgrind"
# Expressions of interest (issue 19): the loopback SMTP server of t65 (Debian's aiosmtpd).
CHECK="$CHECK python3-aiosmtpd"

# Added by make deb: the package build and its check (and Check, for its unit tests).
DEB="debhelper dpkg-dev lintian fakeroot check libsubunit-dev systemd-container"

# pkg-config module -> the Debian package that provides it (for `deps.sh missing`).
MODULES="fcgi:libfcgi-dev libmariadb:libmariadb-dev libxml-2.0:libxml2-dev \
libxslt:libxslt1-dev libexslt:libxslt1-dev libical:libical-dev libcurl:libcurl4-openssl-dev \
openssl:libssl-dev"

installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q '^install ok installed$'; }

case "${1:-check}" in
demo) sets="demo" ;;
check) sets="demo check" ;;
deb) sets="demo deb" ;;
missing)
	if ! command -v pkg-config >/dev/null 2>&1; then
		for m in pkg-config:pkg-config $MODULES; do echo "${m#*:}"; done | sort -u | xargs
		exit 0
	fi
	for m in $MODULES; do
		pkg-config --exists "${m%%:*}" 2>/dev/null || echo "${m#*:}"
	done | sort -u | xargs
	exit 0 ;;
*) echo "usage: deps.sh demo|check|deb|missing" >&2; exit 2 ;;
esac

log=${TMPDIR:-/tmp}/c2c-deps.$$.log
updated=0
for set in $sets; do
	case $set in demo) pkgs=$DEMO what="the demo (build and run)" ;; check) pkgs=$CHECK what="the tests" ;;
	deb) pkgs=$DEB what="make deb" ;; esac
	missing=""
	n=0
	for p in $pkgs; do
		installed "$p" || { missing="$missing $p"; n=$((n + 1)); }
	done
	[ -z "$missing" ] && continue
	if [ "$(id -u)" != 0 ]; then
		echo "deps.sh: $n Debian packages for $what are missing; as root: apt-get install$missing" >&2
		exit 1
	fi
	echo "deps: installing $n packages for $what and what they depend on (apt-get; log in $log)..."
	export DEBIAN_FRONTEND=noninteractive
	# Installing mariadb-server, nginx or apache2 must not start their system services:
	# c2c runs its own private instances.
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
		chmod 755 /usr/sbin/policy-rc.d
		trap 'rm -f /usr/sbin/policy-rc.d' EXIT
	fi
	t0=$(date +%s)
	# shellcheck disable=SC2086
	if { [ $updated = 1 ] || apt-get update -q; } >>"$log" 2>&1 &&
		apt-get install -y -q --no-install-recommends $missing >>"$log" 2>&1; then
		updated=1
		echo "deps: done in $(( $(date +%s) - t0 )) s"
	else
		echo "deps.sh: apt-get failed; its last lines ($log):" >&2
		tail -15 "$log" >&2
		exit 1
	fi
done
rm -f "$log"

#!/bin/sh
# deps.sh: installs the Debian packages that building, testing and the demo need
# (clang and libclang-rt-14-dev: the libFuzzer harnesses of tests/fuzz; valgrind: leak checks).
# Does nothing when they are all present; needs root (apt-get) otherwise.
set -eu

PKGS="build-essential pkg-config libfcgi-dev libxml2-dev libxslt1-dev libmariadb-dev \
check libsubunit-dev mariadb-server mariadb-client nginx-light apache2 libxml2-utils curl \
libfcgi-bin spawn-fcgi wrk libical-dev python3-icalendar python3-feedparser \
libcurl4-openssl-dev ca-certificates chromium clang libclang-rt-14-dev valgrind xsltproc"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
	echo "deps.sh: missing Debian packages:$missing" >&2
	echo "deps.sh: run as root, or: sudo apt-get install$missing" >&2
	exit 1
fi
echo "deps.sh: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Installing mariadb-server, nginx or apache2 must not start their system services:
# c2c runs its own private instances.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing

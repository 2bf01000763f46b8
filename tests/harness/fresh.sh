#!/bin/sh
# fresh.sh: the README's quick start on a fresh Debian 12, as a new user runs it: a
# minimal debootstrap chroot, as root, the clone under /root/src (0700, as on every
# Debian), nothing installed beforehand but make and git.  For `make check-fresh`, which
# CI does not run every time (the first run downloads about 600 packages).
#   fresh.sh           make demo, GET /healthz, make demo-stop
#   fresh.sh --check   the same, then make check
# FRESH_DIR (default /var/tmp/c2c-fresh) holds the chroot, made afresh every run, and a
# tarball of the base system, kept so that later runs start in seconds.  PORT (default
# 18080) is the demo's port; the chroot shares the host's network.  Needs root and
# debootstrap (installed when missing).
set -eu
[ "$(id -u)" = 0 ] || { echo "fresh.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
top=$(cd "$(dirname "$0")/../.." && pwd -P)
fresh=${FRESH_DIR:-/var/tmp/c2c-fresh}
root=$fresh/root
port=${PORT:-18080}
check=0
[ "${1:-}" = --check ] && check=1

. "$top/tests/harness/chroot.sh"
trap 'chroot_unmount "$root"' EXIT
phase() { echo "fresh: $1"; }
secs() { echo $(( $(date +%s) - $1 )); }

chroot_make "$root" "$fresh/base.tar" "$fresh/debootstrap.log"
chmod 700 "$root/root"
mkdir -p "$root/root/src"
git clone -q "$top" "$root/root/src/c2c"
# The shared test data (corpus, twinnings) beside the clone, where CI has it.
[ -d "$top/../shared" ] && cp -R "$top/../shared" "$root/root/src/shared"

inside() { chroot_inside "$root" "$1"; }
inside 'apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q make git >/dev/null'

phase "make demo (clone in /root/src/c2c, port $port)"
t0=$(date +%s)
if ! inside "cd /root/src/c2c && make demo PORT=$port" >"$fresh/demo.log" 2>&1; then
	tail -20 "$fresh/demo.log"
	echo "FAIL: make demo on a fresh machine ($(secs "$t0") s; log: $fresh/demo.log)"
	exit 1
fi
phase "make demo took $(secs "$t0") s; its output:"
grep -v -e '^ *http://' -e '^  [A-Z][A-Z]*	' "$fresh/demo.log" | sed 's/^/    /' | head -12
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port/healthz" || true)
inside "cd /root/src/c2c && make demo-stop" >/dev/null 2>&1 || true
[ "$code" = 200 ] || { echo "FAIL: after make demo, /healthz answered $code"; exit 1; }
phase "/healthz 200"

if [ $check = 1 ]; then
	phase "make check"
	t0=$(date +%s)
	if ! inside "cd /root/src/c2c && make check" >"$fresh/check.log" 2>&1; then
		grep -e '^not ok' -e '^#   ' "$fresh/check.log" | head -20
		tail -10 "$fresh/check.log"
		echo "FAIL: make check on a fresh machine ($(secs "$t0") s; log: $fresh/check.log)"
		exit 1
	fi
	phase "make check took $(secs "$t0") s"
fi
echo "ok: the quick start works on a fresh Debian 12"

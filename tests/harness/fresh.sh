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

unmount() {
	for d in dev/pts dev sys proc; do
		mountpoint -q "$root/$d" 2>/dev/null && umount -l "$root/$d"
	done
	return 0
}
trap unmount EXIT
phase() { echo "fresh: $1"; }
secs() { echo $(( $(date +%s) - $1 )); }

unmount
rm -rf "$root"
mkdir -p "$root"
if [ ! -s "$fresh/base.tar" ]; then
	command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
	mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
	phase "debootstrap bookworm (minbase), kept in $fresh/base.tar"
	debootstrap --variant=minbase bookworm "$root" ${mirror:+"$mirror"} >"$fresh/debootstrap.log" 2>&1 ||
		{ tail -5 "$fresh/debootstrap.log"; exit 1; }
	tar -C "$root" -cf "$fresh/base.tar" .
else
	tar -C "$root" -xf "$fresh/base.tar"
fi
for d in proc sys dev dev/pts; do mount --bind "/$d" "$root/$d"; done
cp /etc/resolv.conf "$root/etc/"
# The network as this machine has it: a local certificate authority (an egress proxy's, say)
# that the chroot's ca-certificates will trust when make demo installs it.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
	mkdir -p "$root/usr/local/share/ca-certificates"
	cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
	rm -f "$root/etc/apt/sources.list"
	cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
chmod 700 "$root/root"
mkdir -p "$root/root/src"
git clone -q "$top" "$root/root/src/c2c"
# The shared test data (corpus, twinnings) beside the clone, where CI has it.
[ -d "$top/../shared" ] && cp -R "$top/../shared" "$root/root/src/shared"

inside() {
	chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
		/bin/sh -c "$1"
}
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

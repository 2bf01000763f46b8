#!/bin/sh
# install-check.sh: make install twice into a staging directory (an upgrade over an
# installation), then make uninstall: only the configuration, the administrator's, may be
# left; then make purge: nothing.  For make check-install.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
stage=$(mktemp -d "${TMPDIR:-/tmp}/c2c-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
m() { make -C "$top" --no-print-directory BUILD="${BUILD:-build}" PREFIX=/usr/local DESTDIR="$stage" "$@" >"$stage.log" 2>&1 ||
	{ echo "install-check: make $* failed:" >&2; tail -5 "$stage.log" >&2; rm -f "$stage.log"; exit 1; }; }
fail=0
m install
n1=$(find "$stage" -type f | wc -l)
echo "# admin's change" >> "$stage/etc/c2c/c2c.conf"
m install
n2=$(find "$stage" -type f | wc -l)
if [ "$n1" != "$n2" ]; then echo "not ok - second install: $n2 files, first $n1"; fail=1
else echo "ok - make install twice ($n1 files)"; fi
if tail -1 "$stage/etc/c2c/c2c.conf" | grep -q "admin's change"; then echo "ok - the configuration kept"
else echo "not ok - the second install replaced /etc/c2c/c2c.conf"; fail=1; fi
[ "$(stat -c %a "$stage/etc/c2c/c2c.conf")" = 640 ] && echo "ok - c2c.conf mode 640" ||
	{ echo "not ok - c2c.conf mode $(stat -c %a "$stage/etc/c2c/c2c.conf")"; fail=1; }
m uninstall
left=$(cd "$stage" && find . -type f | sort)
if [ "$left" = "./etc/c2c/c2c.conf" ]; then echo "ok - make uninstall leaves only etc/c2c/c2c.conf"
else echo "not ok - make uninstall left:"; echo "$left" | sed 's/^/#   /'; fail=1; fi
if [ -e "$stage/usr/local/share/c2c" ] || [ -e "$stage/usr/local/share/doc/c2c" ]; then
	echo "not ok - share/c2c or share/doc/c2c still there"; fail=1
else echo "ok - share/c2c and share/doc/c2c removed"; fi
m purge
left=$(cd "$stage" && find . -mindepth 1 ! -type d | sort)
dirs=$(cd "$stage" && find . -mindepth 1 -type d -name '*c2c*' | sort)
if [ -z "$left$dirs" ]; then echo "ok - make purge leaves nothing (no file, no c2c directory)"
else echo "not ok - make purge left:"; echo "$left$dirs" | sed 's/^/#   /'; fail=1; fi
rm -f "$stage.log"
exit $fail

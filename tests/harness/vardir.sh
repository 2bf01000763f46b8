#!/bin/sh
# vardir.sh: prints the physical path of this checkout's var/, where the demo, the tests
# and the benchmark keep their private servers (datadirs, sockets, logs).
#
# As root, those servers hand work to accounts of their own: mariadbd runs as mysql,
# nginx's workers as nobody, Apache's as www-data.  They must be able to enter var/, and
# a clone under /root (0700 on every Debian) is closed to them.  Then var/ becomes a link
# to /var/tmp/c2c-<hash of the checkout's path>, a directory they can enter; callers use
# the physical path this prints, never a path through the link.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd -P)

# 0 when every directory from / down to $1 lets other users through (o+x).
open_to_others() {
	d=$1
	while [ "$d" != / ] && [ -n "$d" ]; do
		case $(stat -c %A "$d") in ?????????[xt]) ;; *) return 1 ;; esac
		d=$(dirname "$d")
	done
}

if [ ! -e "$top/var" ] && [ "$(id -u)" = 0 ] && ! open_to_others "$top"; then
	alt=/var/tmp/c2c-$(printf '%s' "$top" | cksum | cut -d' ' -f1)
	mkdir -p "$alt"
	chmod 755 "$alt"
	ln -s "$alt" "$top/var"
	echo "note: var/ is a link to $alt, since the servers' accounts (mysql, nobody, www-data) cannot enter $top" >&2
fi
mkdir -p "$top/var"
var=$(cd "$top/var" && pwd -P)
if [ "$(id -u)" = 0 ] && ! open_to_others "$var"; then
	echo "c2c: $var is closed to the servers' accounts (mysql, www-data); remove it (make distclean) and run again, and var/ will be made where they can enter" >&2
	exit 1
fi
echo "$var"

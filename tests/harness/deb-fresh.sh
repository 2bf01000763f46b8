#!/bin/sh
# deb-fresh.sh: the Debian package as an administrator installs it, on a fresh Debian 12
# (a minimal debootstrap chroot): "apt-get install ./c2c_*.deb", MariaDB and nginx from
# Debian, the database as README.Debian says, c2c.fcgi started by the command of the
# packaged c2c.service as user c2c (a chroot has no systemd: the unit's ExecStart, User
# and UMask), nginx with the packaged snippet, and pages served through it.  For
# `make check-deb` (after make deb).
#   deb-fresh.sh DEB
# FRESH_DIR (default /var/tmp/c2c-deb-fresh) holds the chroot, made afresh every run; the
# base system comes from make check-fresh's tarball when there is one.  PORT (default
# 31190) is nginx's; the chroot shares the host's network (MariaDB there has none).
set -eu
[ "$(id -u)" = 0 ] || { echo "deb-fresh.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
deb=$(cd "$(dirname "${1:?usage: deb-fresh.sh DEB}")" && pwd)/$(basename "$1")
fresh=${FRESH_DIR:-/var/tmp/c2c-deb-fresh}
root=$fresh/root
port=${PORT:-31190}
base=$fresh/base.tar
[ -s "$base" ] || base=/var/tmp/c2c-fresh/base.tar

stop_all() {
	# Only what this script started, by the pid files it had them write.
	[ -f "$root/run/nginx.pid" ] && kill -QUIT "$(cat "$root/run/nginx.pid")" 2>/dev/null || true
	[ -f "$root/run/c2c-fcgi.pid" ] && kill -TERM "$(cat "$root/run/c2c-fcgi.pid")" 2>/dev/null || true
	[ -f "$root/run/mysqld/mysqld.pid" ] && kill "$(cat "$root/run/mysqld/mysqld.pid")" 2>/dev/null || true
	sleep 2
	chroot_unmount "$root"
}
. "$(dirname "$0")/chroot.sh"
trap stop_all EXIT
phase() { echo "deb-fresh: $1"; }
# Files inside the chroot are written from inside it (put PATH < content): written from
# the host, $root/etc/nginx/sites-enabled/default, an absolute link, would reach the
# host's own /etc/nginx.
put() { chroot "$root" /bin/sh -c 'cat > "$1"' sh "$1"; }
append() { chroot "$root" /bin/sh -c 'cat >> "$1"' sh "$1"; }
fail() { echo "deb-fresh: FAIL: $1" >&2; exit 1; }

chroot_make "$root" "$base" "$fresh/debootstrap.log"
inside() { chroot_inside "$root" "$1"; }
# No service starts from a package's postinst: this test starts what it needs itself.
printf '#!/bin/sh\nexit 101\n' | put /usr/sbin/policy-rc.d
inside 'chmod 755 /usr/sbin/policy-rc.d'
put "/tmp/$(basename "$deb")" < "$deb"

phase "apt-get install ./$(basename "$deb") mariadb-server nginx-light curl"
t0=$(date +%s)
inside "apt-get update -q >/dev/null && apt-get install -y -q /tmp/$(basename "$deb") mariadb-server nginx-light curl" \
	>"$fresh/apt.log" 2>&1 || { tail -20 "$fresh/apt.log"; fail "apt-get install"; }
echo "  took $(( $(date +%s) - t0 )) s"
inside 'id c2c' >/dev/null || fail "the package created no user c2c"
[ "$(inside 'stat -c %a:%U:%G /etc/c2c/c2c.conf')" = "640:root:c2c" ] ||
	fail "/etc/c2c/c2c.conf is $(inside 'stat -c %a:%U:%G /etc/c2c/c2c.conf'), wanted 640:root:c2c"
inside 'dpkg-query -W -f="\${Conffiles}\n" c2c' | grep -q '/etc/c2c/c2c.conf' || fail "c2c.conf is no conffile"
echo "  user c2c, /etc/c2c/c2c.conf 640 root:c2c, a conffile"

phase "MariaDB (socket only), the database as README.Debian says"
printf '[mariadbd]\nskip-networking\n' | put /etc/mysql/mariadb.conf.d/99-deb-fresh.cnf
inside 'install -d -o mysql -g mysql /run/mysqld; (setsid mariadbd --user=mysql </dev/null >/var/log/mariadbd.out 2>&1 &)'
i=0
until inside 'mariadb -e "SELECT 1"' >/dev/null 2>&1; do
	i=$((i + 1)); [ $i -gt 100 ] && fail "MariaDB did not start"; sleep 0.2
done
inside "mariadb -e \"CREATE DATABASE c2c CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
	CREATE USER c2c@localhost IDENTIFIED BY 'deb-fresh'; GRANT ALL ON c2c.* TO c2c@localhost;\"" ||
	fail "creating the database"
inside "sed -i 's|^# db_password =.*|db_password = deb-fresh|' /etc/c2c/c2c.conf"
inside 'c2cctl migrate && c2cctl seed' >"$fresh/migrate.log" 2>&1 || { tail "$fresh/migrate.log"; fail "c2cctl migrate/seed"; }
inside 'runuser -u c2c -- c2c.fcgi -t' || fail "c2c.fcgi -t"

phase "c2c.fcgi as c2c.service runs it, nginx with the packaged snippet"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/c2c.service")
case $exec_start in /usr/sbin/c2c.fcgi*) ;; *) fail "c2c.service runs '$exec_start'" ;; esac
# The socket that c2c.socket would make (its mode and group: www-data writes to it).
inside 'install -d -o c2c -g www-data -m 755 /run/c2c'
echo 'socket_mode = 0660' | append /etc/c2c/c2c.conf
inside "(umask 0077; setsid runuser -u c2c -- $exec_start </dev/null >/var/log/c2c.fcgi.log 2>&1 & echo \$! > /run/c2c-fcgi.pid)"
i=0
until [ -S "$root/run/c2c/c2c.sock" ]; do
	i=$((i + 1)); [ $i -gt 100 ] && { cat "$root/var/log/c2c.fcgi.log"; fail "c2c.fcgi did not start"; }; sleep 0.1
done
inside 'chgrp www-data /run/c2c/c2c.sock; rm -f /etc/nginx/sites-enabled/default'
put /etc/nginx/sites-enabled/c2c-test <<CONF
server {
    listen 127.0.0.1:$port;
    server_name localhost;
    location ~* \.(css|js|xml|ics|csv|atom)\$ { return 404; }
    include snippets/c2c.conf;
}
CONF
inside 'nginx -t' >"$fresh/nginx.log" 2>&1 || { cat "$fresh/nginx.log"; fail "nginx -t"; }
inside 'nginx' || fail "nginx did not start"

phase "pages through the packaged snippet"
rc=0
for path in /c2c/ "/c2c/cities.xml?limit=3" /c2c/feeds/events.ics /c2c/healthz; do
	code=$(curl -s -o "$fresh/page" -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port$path" || true)
	if [ "$code" = 200 ]; then echo "  ok: GET $path 200 ($(wc -c < "$fresh/page") bytes)"
	else echo "  not ok: GET $path answered $code"; rc=1; fi
done
[ $rc = 0 ] || fail "pages"
echo "deb-fresh: ok: the package installs on a fresh Debian 12 and serves through its nginx snippet"

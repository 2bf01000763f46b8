#!/bin/sh
# deb-systemd.sh: the Debian package under systemd itself, with every confinement of its
# units in force.  deb-fresh.sh runs c2c.fcgi by the unit's command in a plain chroot,
# which proves the package but not the unit: a system call or path that the unit's
# SystemCallFilter=, ProtectSystem= or RestrictAddressFamilies= refuses would go unseen
# until an administrator's first start.  Here a fresh Debian 12 with systemd boots in
# systemd-nspawn, MariaDB starts by its own unit, c2c by c2c.socket and c2c.service,
# nginx serves the packaged snippet, and c2c-import.service fetches a calendar over HTTP
# and c2c-notify.service runs: each must succeed, and systemd-analyze security's scores
# are printed.  For `make check-deb` (after make deb).
#   deb-systemd.sh DEB
# FRESH_DIR (default /var/tmp/c2c-deb-systemd) holds the container's tree, made afresh;
# the base system comes from make check-fresh's tarball when there is one.  PORT (default
# 31192; PORT+1 serves the calendar) is nginx's: the container shares the host's network,
# MariaDB in it has none.
set -eu
[ "$(id -u)" = 0 ] || { echo "deb-systemd.sh: run as root (debootstrap, systemd-nspawn)" >&2; exit 1; }
command -v systemd-nspawn >/dev/null || apt-get install -y -q systemd-container >/dev/null
deb=$(cd "$(dirname "${1:?usage: deb-systemd.sh DEB}")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
fresh=${FRESH_DIR:-/var/tmp/c2c-deb-systemd}
root=$fresh/root
port=${PORT:-31192}
calport=$((port + 1))
base=$fresh/base.tar
[ -s "$base" ] || base=/var/tmp/c2c-fresh/base.tar
[ -s "$base" ] || base=/tmp/c2c-fresh.base.tar
. "$here/chroot.sh"
phase() { echo "deb-systemd: $1"; }
fail() { echo "deb-systemd: FAIL: $1" >&2; exit 1; }
nspawn_pid=

# The container's own systemd (PID 1 inside), found as the child of our systemd-nspawn.
init_pid() { pgrep -P "$nspawn_pid" -x systemd 2>/dev/null | head -1; }
# COMMAND by /bin/sh inside the booted container, as root, in a bare environment.
inside() {
	nsenter -t "$(init_pid)" -m -u -i -n -p -- /usr/bin/env -i \
		PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb /bin/sh -c "$1"
}
stop_all() {
	if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
		inside 'systemctl poweroff' >/dev/null 2>&1 || kill "$nspawn_pid" 2>/dev/null || true
		i=0
		while kill -0 "$nspawn_pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
		kill -9 "$nspawn_pid" 2>/dev/null || true
	fi
	chroot_unmount "$root"
}
trap stop_all EXIT

phase "a fresh Debian 12 with systemd, the package, MariaDB and nginx"
t0=$(date +%s)
chroot_make "$root" "$base" "$fresh/debootstrap.log"
# Nothing starts while the packages install; systemd starts what it is told to, later.
printf '#!/bin/sh\nexit 101\n' | chroot "$root" /bin/sh -c 'cat > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d'
chroot "$root" /bin/sh -c 'cat > /tmp/c2c.deb' < "$deb"
chroot_inside "$root" "apt-get update -q >/dev/null && apt-get install -y -q systemd systemd-sysv dbus \
	mariadb-server nginx-light curl /tmp/c2c.deb" >"$fresh/apt.log" 2>&1 ||
	{ tail -20 "$fresh/apt.log"; fail "apt-get install"; }
chroot_inside "$root" 'rm -f /usr/sbin/policy-rc.d /etc/nginx/sites-enabled/default
	printf "[mariadbd]\nskip-networking\n" > /etc/mysql/mariadb.conf.d/99-deb-systemd.cnf'
chroot_unmount "$root"
echo "  took $(( $(date +%s) - t0 )) s"

phase "boot it (systemd-nspawn --boot)"
systemd-nspawn -D "$root" --boot --register=no --keep-unit --console=passive -q \
	>"$fresh/nspawn.log" 2>&1 &
nspawn_pid=$!
i=0
until [ -n "$(init_pid)" ] && state=$(inside 'systemctl is-system-running' 2>/dev/null) &&
	{ [ "$state" = running ] || [ "$state" = degraded ]; }; do
	i=$((i + 1)); [ $i -gt 150 ] && { tail "$fresh/nspawn.log"; fail "the container did not boot"; }; sleep 0.2
done
echo "  systemd is $state"

phase "the database as README.Debian says, c2c by c2c.socket and c2c.service"
inside "systemctl start mariadb && mariadb -e \"CREATE DATABASE c2c CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
	CREATE USER c2c@localhost IDENTIFIED BY 'deb-systemd'; GRANT ALL ON c2c.* TO c2c@localhost;\" &&
	sed -i 's|^# db_password =.*|db_password = deb-systemd|' /etc/c2c/c2c.conf &&
	echo 'import_allow_networks = 127.0.0.1/32' >> /etc/c2c/c2c.conf &&
	c2cctl migrate && c2cctl seed" >"$fresh/migrate.log" 2>&1 || { tail "$fresh/migrate.log"; fail "the database"; }
inside 'systemctl start c2c.socket c2c.service' || fail "systemctl start c2c"
i=0
until inside "systemctl is-active -q c2c.service && test -S /run/c2c/c2c.sock"; do
	i=$((i + 1)); [ $i -gt 100 ] && { inside 'journalctl -u c2c.service --no-pager | tail'; fail "c2c.service did not start"; }; sleep 0.1
done
inside "cat > /etc/nginx/sites-enabled/c2c-test <<CONF
server {
    listen 127.0.0.1:$port;
    server_name localhost;
    location ~* \\.(css|js|xml|ics|csv|atom)\\\$ { return 404; }
    include snippets/c2c.conf;
}
server { listen 127.0.0.1:$calport; root /var/www/cal; }
CONF
mkdir -p /var/www/cal && nginx -t 2>/dev/null && systemctl restart nginx" || fail "nginx"
chroot "$root" /bin/sh -c 'cat > /var/www/cal/city.ics' < "$here/../fixtures/ics/city-v1.ics"

phase "pages through the packaged snippet, served by the confined c2c.service"
rc=0
for path in /c2c/ "/c2c/cities.xml?limit=3" "/c2c/cities/shanghai/dashboard?lang=zh" \
	/c2c/feeds/events.ics /c2c/feeds/partnerships.atom /c2c/healthz; do
	code=$(curl -s -o "$fresh/page" -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port$path" || true)
	if [ "$code" = 200 ]; then echo "  ok: GET $path 200 ($(wc -c < "$fresh/page") bytes)"
	else echo "  not ok: GET $path answered $code"; rc=1; fi
done
[ $rc = 0 ] || { inside 'journalctl -u c2c.service --no-pager | tail'; fail "pages"; }

phase "c2c-import.service fetches a calendar over HTTP; c2c-notify.service runs"
inside "c2cctl source add http://127.0.0.1:$calport/city.ics --name deb-systemd --city gothenburg" >/dev/null ||
	fail "c2cctl source add"
for u in c2c-import c2c-notify; do
	inside "systemctl start $u.service" || true
	res=$(inside "systemctl show -p Result --value $u.service")
	[ "$res" = success ] || { inside "journalctl -u $u.service --no-pager | tail"; fail "$u.service: $res"; }
	echo "  ok: $u.service: $(inside "journalctl -u $u.service -o cat --no-pager | grep -m1 -E '^(import|notify):'")"
done
n=$(inside "mariadb -N c2c -e 'SELECT COUNT(*) FROM events'")
[ "$n" -gt 0 ] || fail "the import stored no event"
echo "  ok: $n events stored by the import"

phase "systemd-analyze security"
for u in c2c.service c2c-import.service c2c-notify.service; do
	echo "  $(inside "systemd-analyze security --no-pager $u" | sed -n 's/^→ Overall exposure level for //p')"
done
echo "deb-systemd: ok: the packaged units start, confined, under systemd and serve"

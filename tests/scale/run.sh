#!/bin/bash
# run.sh: make check-scale.  c2c on several hosts, proven on loopback with real engines: a
# MariaDB primary and a replica with real replication (tests/harness/replication.sh), two
# c2c.fcgi instances behind one nginx upstream (conf/nginx-c2c-upstream.conf), and:
#   reads land on the replica; /healthz reports both servers; a write through one
#   instance is read back at once through the other (GTID cookie) and, later, without
#   it; requests per second with one and with two instances; under a bounded wrk load
#   one instance is killed and no client sees a failed request; two importers on the two
#   instances import each source once; the replica stopped, reads fall back to the
#   primary.
# Everything lives under var/scale and is stopped at the end by its pid.  Ports from
# C2C_SCALE_PORT (default 27700) upward.  BUILD selects the binaries.  SCALE_SECONDS sets
# the length of each wrk run (default 5).  Exit status 0 when all passed.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR="$top/${BUILD:-build}"
VAR=$("$top/tests/harness/vardir.sh")/scale || exit 1
H="$top/tests/harness"
SECS=${SCALE_SECONDS:-5}

. "$H/ports.sh"
next_port=${C2C_SCALE_PORT:-27700}
for v in DB_P DB_R PORT_ALL PORT_A PORT_B CAL_PORT; do pick_port "$v"; done

PIDS_A= PIDS_B=
teardown() {
	[ -f "$VAR/nginx/nginx.pid" ] && kill -QUIT "$(cat "$VAR/nginx/nginx.pid")" 2>/dev/null
	for p in $PIDS_A $PIDS_B; do kill -TERM "$p" 2>/dev/null; done
	for p in $PIDS_A $PIDS_B; do wait "$p" 2>/dev/null; done
	"$H/replication.sh" stop "$VAR/db" >/dev/null 2>&1
}
trap teardown EXIT
rm -rf "$VAR"
mkdir -p "$VAR/a" "$VAR/b" "$VAR/nginx/tmp" "$VAR/cal"
cd "$top" || exit 1

# The assertions and fetch helpers of the integration tests (ok, nok, fetch, header,
# expect_xml, expect_eq, xp).
. "$top/tests/integration/lib.sh"
psql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/primary/mysqld.sock" -uroot -N -B c2c -e "$1"; }
rsql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/replica/mysqld.sock" -uroot -N -B c2c -e "$1"; }
# Prepared statements each server has run (c2c prepares every statement it sends).
stmts() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/$1/mysqld.sock" -uroot -N -B -e \
	"SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'" | cut -f2; }
# The replica has applied everything the primary logged so far.
caught_up() {
	pos=$(psql "SELECT @@gtid_binlog_pos")
	[ "$(rsql "SELECT MASTER_GTID_WAIT('$pos', 20)")" = 0 ]
}

echo "# scale: MariaDB primary :$DB_P, replica :$DB_R; nginx upstream :$PORT_ALL, instance a :$PORT_A, b :$PORT_B"
"$H/replication.sh" start "$VAR/db" "$DB_P" "$DB_R" >"$VAR/db.log" 2>&1 || { cat "$VAR/db.log"; exit 1; }

# Two instances, as on two hosts: each its own socket and configuration, the same primary
# and replica.  The lag is checked often, so that the test sees changes quickly.
for i in a b; do
	ln -s ../db/primary "$VAR/$i/db"
	"$H/conf.sh" "$VAR/$i" 2 <<CONF
site_name = c2c $i
db_replicas = 127.0.0.1:$DB_R
db_replica_max_lag = 5
db_replica_check_ms = 200
csrf_secret = scale-test-secret
import_allow_networks = 127.0.0.1/32
import_window_past_days = 3650
import_window_future_days = 3650
CONF
done
"$BUILD_DIR/c2cctl" -c "$VAR/a/c2c.conf" migrate >"$VAR/migrate.log" 2>&1 &&
	"$BUILD_DIR/c2cctl" -c "$VAR/a/c2c.conf" seed >>"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; exit 1; }
caught_up
expect_eq "the replica has the primary's data (real replication)" \
	"$(rsql "SELECT COUNT(*), MAX(version) FROM cities, data_version")" \
	"$(psql "SELECT COUNT(*), MAX(version) FROM cities, data_version")"

start_instance() {   # a|b
	setsid "$BUILD_DIR/c2c.fcgi" -c "$VAR/$1/c2c.conf" </dev/null >>"$VAR/$1/c2c.log" 2>&1 &
	eval "PIDS_$(echo "$1" | tr a-z A-Z)=$!"
	for _ in $(seq 100); do [ -S "$VAR/$1/c2c.sock" ] && return 0; sleep 0.05; done
	echo "c2c.fcgi $1 did not start:"; tail "$VAR/$1/c2c.log"; return 1
}
start_instance a && start_instance b || exit 1

# nginx: the example upstream of conf/ with the two instances' sockets, on PORT_ALL; each
# instance alone on PORT_A and PORT_B; the calendars on CAL_PORT.
N="$VAR/nginx"
cp /etc/nginx/fastcgi_params "$N/fastcgi_params"
sed -n '/^upstream/,/^}/p' conf/nginx-c2c-upstream.conf |
	sed "s|server 10.0.0.11:9000|server unix:$VAR/a/c2c.sock|; s|server 10.0.0.12:9000|server unix:$VAR/b/c2c.sock|; /10.0.0.13/d" >"$N/upstream.conf"
sed '/^upstream/,/^}/d' conf/nginx-c2c-upstream.conf | sed "s|/etc/c2c/htpasswd|$N/htpasswd|" >"$N/locations.conf"
for i in a b; do
	sed "s|unix:/run/c2c/c2c.sock|unix:$VAR/$i/c2c.sock|" conf/nginx-c2c-root.conf >"$N/only-$i.conf"
done
: >"$N/htpasswd"
cat >"$N/nginx.conf" <<NGINX
worker_processes 1;
pid $N/nginx.pid;
error_log $N/error.log;
events { worker_connections 1024; }
http {
  access_log $N/access.log;
  client_body_temp_path $N/tmp/body; fastcgi_temp_path $N/tmp/fastcgi;
  proxy_temp_path $N/tmp/proxy; uwsgi_temp_path $N/tmp/uwsgi; scgi_temp_path $N/tmp/scgi;
  include $N/upstream.conf;
  server { listen 127.0.0.1:$PORT_ALL; server_name localhost; include $N/locations.conf; }
  server { listen 127.0.0.1:$PORT_A; server_name localhost; include $N/only-a.conf; }
  server { listen 127.0.0.1:$PORT_B; server_name localhost; include $N/only-b.conf; }
  server { listen 127.0.0.1:$CAL_PORT; server_name localhost; root $VAR/cal; }
}
NGINX
nginx -p "$N" -c "$N/nginx.conf" -e "$N/error.log" || exit 1
ALL="http://127.0.0.1:$PORT_ALL" A="http://127.0.0.1:$PORT_A" B="http://127.0.0.1:$PORT_B"

# --- Reads land on the replica ---------------------------------------------------------
expect_xml "healthz: ok, both servers reached" "$ALL/healthz.xml" 200 \
	'concat(/c:health/@status, " ", count(/c:health/c:server))' "ok 2"
expect_eq "healthz: the primary up, the replica ready and not behind" \
	"$(xp 'concat(//c:server[@role="primary"]/@state, " ", //c:server[@role="replica"]/@state, " ", //c:server[@role="replica"]/@lag)')" "up ready 0"
expect_html "healthz HTML lists the servers" "$ALL/healthz" 200 'Replica'
p0=$(stmts primary) r0=$(stmts replica)
for n in $(seq 1 20); do curl -s -o /dev/null "$ALL/cities.xml?limit=$n"; curl -s -o /dev/null "$ALL/partnerships?limit=$n"; done
p1=$(stmts primary) r1=$(stmts replica)
expect_eq "40 pages through both instances: no statement on the primary" "$((p1 - p0))" 0
if [ $((r1 - r0)) -ge 40 ]; then ok "... and at least 40 on the replica ($((r1 - r0)))"; else nok "... and at least 40 on the replica" "$((r1 - r0))"; fi

# --- A write through one instance, read through the other ---------------------------------
T=$("$BUILD_DIR/c2cctl" -c "$VAR/a/c2c.conf" token create scale-portal admin 2>/dev/null)
pid=$(psql "SELECT MIN(id) FROM partnerships")
csv=$'kpi,partnership,start,end,value,comment\njoint-projects,'"$pid"$',2031-01-01,2031-03-31,3,scale-write\n'
fetch "$A/kpi-values" -X POST -H "Authorization: Bearer $T" -H 'Content-Type: text/csv' --data-binary "$csv"
cookie=$(header Set-Cookie)
new=$(xp 'string(//c:kpi-value/@id)')
expect_eq "write through instance a: 201" "$STATUS" 201
case "$cookie" in
c2c_rw=[0-9]*-1-[0-9]*\;*Max-Age=*) ok "... answered with the GTID of the write in a cookie ($cookie)" ;;
*) nok "... answered with the GTID of the write in a cookie" "Set-Cookie: '$cookie'" ;;
esac
rw=$(printf %s "$cookie" | sed 's/;.*//')
expect_xml "... read back at once through instance b with the cookie" "$B/kpi-values/$new.xml" 200 \
	'string(//c:comment)' scale-write -H "Cookie: $rw"
got=000
for _ in $(seq 50); do
	fetch "$B/kpi-values/$new.xml"; got=$STATUS
	[ "$got" = 200 ] && break
	sleep 0.1
done
expect_eq "... and through instance b without it, once replicated" "$got" 200
expect_eq "the write is on the primary (the replica is read-only)" \
	"$(psql "SELECT COUNT(*) FROM kpi_values WHERE id = ${new:-0} AND comment = 'scale-write'")" 1

# --- Throughput with one and two instances, then one killed under load --------------------
# A cached page: what the instances cost themselves, not the database.
PAGE="/cities.xml?limit=50"
rate() { awk '/^Requests\/sec:/ {printf "%d", $2}' "$1"; }
failures() {   # non-2xx answers plus socket errors, from wrk's report
	awk '/Non-2xx or 3xx responses:/ {n += $5} /Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$1"
}
wrk -t2 -c8 -d"${SECS}s" "$A$PAGE" >"$VAR/wrk-one.txt" 2>&1
wrk -t2 -c8 -d"${SECS}s" "$ALL$PAGE" >"$VAR/wrk-two.txt" 2>&1
one=$(rate "$VAR/wrk-one.txt") two=$(rate "$VAR/wrk-two.txt")
expect_eq "wrk, one instance and two: no failed request" "$(failures "$VAR/wrk-one.txt"):$(failures "$VAR/wrk-two.txt")" "0:0"
echo "# requests/s for $PAGE with wrk -t2 -c8 -d${SECS}s: one instance $one, two instances behind the upstream $two"
printf 'one %s\ntwo %s\n' "$one" "$two" >"$VAR/figures.txt"

wrk -t2 -c8 -d"${SECS}s" "$ALL$PAGE" >"$VAR/wrk-kill.txt" 2>&1 &
wrk_pid=$!
sleep "$(awk -v s="$SECS" 'BEGIN {print s / 2}')"
kill -KILL "$PIDS_A"
wait "$PIDS_A" 2>/dev/null
PIDS_A=
wait "$wrk_pid"
kill_rate=$(rate "$VAR/wrk-kill.txt")
expect_eq "instance a killed under load: no client saw a failed request" "$(failures "$VAR/wrk-kill.txt")" 0
printf 'kill %s\n' "$kill_rate" >>"$VAR/figures.txt"
echo "# ... with instance a killed half-way: $kill_rate requests/s, $(awk '/requests in/ {print $1}' "$VAR/wrk-kill.txt") requests"
expect_status "after the kill the upstream still answers" "$ALL/healthz.xml" 200
start_instance a || exit 1

# --- Two importers on the two instances: each source once ------------------------------
psql "UPDATE calendar_sources SET enabled = 0"
srcs=
for k in 1 2 3; do
	"$top/tests/tools/gen_ics.sh" 12 "scale$k" "Scale event $k" >"$VAR/cal/s$k.ics"
	id=$("$BUILD_DIR/c2cctl" -c "$VAR/a/c2c.conf" source add "http://127.0.0.1:$CAL_PORT/s$k.ics" --name "Scale $k" |
		sed -n 's/^source \([0-9]*\) added.*/\1/p')
	srcs="$srcs${srcs:+,}${id:-0}"
done
"$BUILD_DIR/c2cctl" -c "$VAR/a/c2c.conf" import --due >"$VAR/import-a.log" 2>&1 &
ia=$!
"$BUILD_DIR/c2cctl" -c "$VAR/b/c2c.conf" import --due >"$VAR/import-b.log" 2>&1 &
ib=$!
wait "$ia"; ra=$?
wait "$ib"; rb=$?
expect_eq "two importers at once: both succeed" "$ra:$rb" "0:0"
expect_eq "... every source imported exactly once" \
	"$(psql "SELECT GROUP_CONCAT(n ORDER BY source_id) FROM (SELECT source_id, COUNT(*) n FROM import_runs WHERE source_id IN ($srcs) GROUP BY source_id) x")" "1,1,1"
expect_eq "... with all their events" "$(psql "SELECT COUNT(*) FROM events WHERE source_id IN ($srcs) AND removed_at IS NULL")" 36

# --- The replica stopped: reads fall back to the primary ----------------------------------
caught_up
# Mark the replica's copy (as root, behind replication's back) and move its data version
# far ahead, so that no page built from it can pass for one of the primary's.
rsql "SET GLOBAL read_only = 0; UPDATE cities SET name_en = 'Replica Marker' WHERE slug = 'gothenburg';
	UPDATE data_version SET version = version + 100000; SET GLOBAL read_only = 1"
sleep 0.5
expect_xml "a city read through the upstream comes from the replica" "$ALL/cities/gothenburg.xml" 200 \
	'string(/c:city/c:name)' "Replica Marker"
"$H/mariadb.sh" stop "$VAR/db/replica" >/dev/null
for u in "$ALL" "$A" "$B"; do
	expect_xml "replica stopped: $u reads from the primary" "$u/cities/gothenburg.xml" 200 \
		'string(/c:city/c:name)' "Gothenburg"
done
expect_xml "replica stopped: healthz 200, degraded" "$ALL/healthz.xml" 200 \
	'concat(/c:health/@status, " ", //c:server[@role="primary"]/@state, " ", //c:server[@role="replica"]/@state)' "degraded up away"

for i in a b; do
	if grep -q -e 'ERROR: AddressSanitizer' -e 'ERROR: LeakSanitizer' -e 'runtime error:' "$VAR/$i/c2c.log"; then
		nok "no sanitizer report in c2c.fcgi $i's log" "$(grep -m3 -e ERROR: -e 'runtime error:' "$VAR/$i/c2c.log")"
	fi
done
echo "1..$T_RUN"
echo "# $((T_RUN - T_FAIL)) passed, $T_FAIL failed, $T_SKIP skipped"
[ "$T_FAIL" = 0 ]

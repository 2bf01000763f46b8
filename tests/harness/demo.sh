#!/bin/sh
# demo.sh: the platform on this machine, for "make demo" and "make demo-stop".
#   demo.sh start   private MariaDB (var/demo/db), migrations, seed data, c2c.fcgi and
#                   nginx on http://127.0.0.1:$PORT/ (default 8080); reuses what runs
#   demo.sh stop    stops exactly what start started (by the pid files under var/demo)
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
var=$("$top/tests/harness/vardir.sh")/demo
build="$top/${BUILD:-build}"
port=${PORT:-8080}
cal_port=${CAL_PORT:-$((port + 1))}
db_port=${DB_PORT:-13306}
h="$top/tests/harness"

stop_pid() {   # name pidfile: stops it and waits until it has gone
	if [ -f "$2" ] && kill -0 "$(cat "$2")" 2>/dev/null; then
		pid=$(cat "$2")
		kill "$pid"
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
		echo "$1: stopped (pid $pid)"
	fi
	rm -f "$2"
}

case "${1:-start}" in
start)
	mkdir -p "$var"
	"$h/mariadb.sh" start "$var/db" "$db_port"
	# The demo may import calendars from this machine (the sample one below) only.
	printf 'site_name = c2c demo\nimport_allow_networks = 127.0.0.1/32, ::1/128\n' | "$h/conf.sh" "$var" 4
	"$build/c2cctl" -c "$var/c2c.conf" migrate
	"$build/c2cctl" -c "$var/c2c.conf" seed
	# Invented KPI values, so that the dashboards have something to show; the pages say so.
	"$build/c2cctl" -c "$var/c2c.conf" seed -d "$top/sql/samples"
	# Two demo users for the editing pages (nginx.sh gives them the password "pw-" and their
	# name): alice edits Gothenburg, carol administers.  Kept when they exist already.
	"$build/c2cctl" -c "$var/c2c.conf" user add alice editor gothenburg >/dev/null 2>&1 || true
	"$build/c2cctl" -c "$var/c2c.conf" user add carol admin >/dev/null 2>&1 || true
	# Self-assessment (issue 19): bob edits Terrassa, whose questionnaire the demo filled in.
	"$build/c2cctl" -c "$var/c2c.conf" user add bob editor terrassa >/dev/null 2>&1 || true
	# wei edits Shanghai: the other side of Gothenburg's plan approvals (issue 18) and of an
	# expression of interest from Terrassa (issue 19).
	"$build/c2cctl" -c "$var/c2c.conf" user add wei editor shanghai >/dev/null 2>&1 || true
	gs=$(mariadb --no-defaults --default-character-set=utf8mb4 -S "$var/db/mysqld.sock" -uroot -N -B c2c -e "SELECT p.id FROM partnerships p \
		JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id \
		WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
	if [ -f "$var/c2c.pid" ] && kill -0 "$(cat "$var/c2c.pid")" 2>/dev/null; then
		echo "c2c.fcgi: already running (pid $(cat "$var/c2c.pid"))"
	else
		"$build/c2c.fcgi" -c "$var/c2c.conf" -t
		setsid "$build/c2c.fcgi" -c "$var/c2c.conf" </dev/null >>"$var/c2c.log" 2>&1 &
		echo $! > "$var/c2c.pid"
		i=0
		until [ -S "$var/c2c.sock" ]; do
			i=$((i + 1)); [ $i -gt 50 ] && { echo "c2c.fcgi did not start; see $var/c2c.log" >&2; exit 1; }
			sleep 0.1
		done
		echo "c2c.fcgi: running (pid $(cat "$var/c2c.pid")), log in $var/c2c.log"
	fi
	"$h/nginx.sh" start "$var/nginx" "$var/c2c.sock" "$port"
	# A sample calendar on a second port, as a city's web server would publish one.
	mkdir -p "$var/calendars/www"
	cp "$top/tests/fixtures/ics/city-v1.ics" "$var/calendars/www/city.ics"
	"$h/calendars.sh" start "$var/calendars" "$cal_port"
	cat <<MSG

c2c is running on http://127.0.0.1:$port/
  http://127.0.0.1:$port/                          overview
  http://127.0.0.1:$port/cities                    cities (HTML)
  http://127.0.0.1:$port/cities.xml?limit=500      every city of the report (XML)
  http://127.0.0.1:$port/partnerships              partnerships
  http://127.0.0.1:$port/events?from=2017-01-01    events since 2017
  http://127.0.0.1:$port/cities/deyang/matches     partner suggestions for Deyang
  http://127.0.0.1:$port/partnerships/$gs         Gothenburg-Shanghai and its dashboard
  http://127.0.0.1:$port/cities/leeds/dashboard    Leeds's dashboard
  http://127.0.0.1:$port/feeds/events.atom         Atom feed of events (also .ics)
  http://127.0.0.1:$port/feeds/partnerships.atom   Atom feed of partnerships
  http://127.0.0.1:$port/healthz                   health
  http://127.0.0.1:$port/sources                   calendar sources and their imports
  http://127.0.0.1:$port/guide                     the report's eight steps and four loops
  http://127.0.0.1:$port/partnerships/$gs/tracker  Gothenburg-Shanghai's step tracker

Editing (demo users, password "pw-" and the name: alice edits Gothenburg, bob Terrassa,
wei Shanghai; carol is an admin):
  http://127.0.0.1:$port/edit/partnerships/$gs/dashboard   its dashboard with internal values
  http://127.0.0.1:$port/edit/partnerships/$gs             edit the partnership
  http://127.0.0.1:$port/edit/audit                        the audit log (carol)
  http://127.0.0.1:$port/cities/terrassa/self-assessment  Terrassa's self-assessment (illustrative)
  http://127.0.0.1:$port/edit/cities/terrassa/self-assessment  its questionnaire (bob / pw-bob)
  http://127.0.0.1:$port/cities/terrassa/matches  its matches: "Express interest" (bob)
  http://127.0.0.1:$port/edit/cities/shanghai/interests  the expressions Shanghai received (wei)

Import a calendar (c2cctl finds the demo's configuration from this directory):
  ${BUILD:-build}/c2cctl source add http://127.0.0.1:$cal_port/city.ics --name "Sample city calendar" --city gothenburg
  ${BUILD:-build}/c2cctl import --due
  then http://127.0.0.1:$port/events?from=2027-01-01 and http://127.0.0.1:$port/sources
Stop it with: make demo-stop
MSG
	;;
stop)
	"$h/calendars.sh" stop "$var/calendars"
	"$h/nginx.sh" stop "$var/nginx"
	stop_pid c2c.fcgi "$var/c2c.pid"
	"$h/mariadb.sh" stop "$var/db"
	;;
*)
	echo "usage: demo.sh start|stop" >&2; exit 2 ;;
esac

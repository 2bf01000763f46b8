#!/bin/bash
# run.sh: the integration tests.  Starts a private MariaDB, c2c.fcgi, nginx and Apache on
# loopback (all under var/test, all stopped at the end by their pids), applies the
# migrations and the seed, then runs every tests/integration/t*.sh against them.
# BUILD selects the binaries (build or build-asan).  Exit status 0 when all passed.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR="$top/${BUILD:-build}"
VAR=$("$top/tests/harness/vardir.sh")/test || exit 1
H="$top/tests/harness"
export VAR

# Free loopback ports, from a base that C2C_TEST_PORT can move.
. "$H/ports.sh"
next_port=${C2C_TEST_PORT:-27100}
for v in DB_PORT NGINX_ROOT NGINX_SUB NGINX_HOST APACHE_ROOT APACHE_SUB FCGI_TCP CAL_PORT CAL_TLS_PORT; do pick_port "$v"; done
export DB_PORT NGINX_ROOT NGINX_SUB NGINX_HOST APACHE_ROOT APACHE_SUB FCGI_TCP CAL_PORT CAL_TLS_PORT BUILD_DIR top H

# Front ends: name, base URL of c2c behind it.
FRONTS="nginx-root=http://127.0.0.1:$NGINX_ROOT nginx-subpath=http://127.0.0.1:$NGINX_SUB/c2c \
apache-root=http://127.0.0.1:$APACHE_ROOT apache-subpath=http://127.0.0.1:$APACHE_SUB/c2c"
N="http://127.0.0.1:$NGINX_ROOT"
export FRONTS N

FCGI_PID=
teardown() {
	"$H/nginx.sh" stop "$VAR/nginx" >/dev/null 2>&1
	"$H/apache.sh" stop "$VAR/apache" >/dev/null 2>&1
	"$H/calendars.sh" stop "$VAR/calendars" >/dev/null 2>&1
	fcgi_stop
	"$H/mariadb.sh" stop "$VAR/db" >/dev/null 2>&1
}

# c2c.fcgi, started and stopped by the tests too (fcgi_start CONFIG, fcgi_stop).
fcgi_start() {
	conf=${1:-$VAR/c2c.conf}
	setsid "$BUILD_DIR/c2c.fcgi" -c "$conf" </dev/null >>"$VAR/c2c.log" 2>&1 &
	FCGI_PID=$!
	for _ in $(seq 100); do
		[ -S "$VAR/c2c.sock" ] && return 0
		sleep 0.05
	done
	echo "c2c.fcgi did not start:"; tail "$VAR/c2c.log"; return 1
}
# Stops it and checks that it exited cleanly (under ASan: no leak, no error).
fcgi_stop() {
	[ -n "$FCGI_PID" ] || return 0
	kill -TERM "$FCGI_PID" 2>/dev/null
	wait "$FCGI_PID"
	FCGI_STATUS=$?
	FCGI_PID=
	return 0
}

trap teardown EXIT
rm -rf "$VAR"
mkdir -p "$VAR/sanitizer"
# Under make asan, every instrumented program the tests run (c2c.fcgi, and c2cctl, whose
# stderr the tests often discard or parse) writes its sanitizer reports to files of its
# own, REPORT.PID, checked at the end; the variables are ignored by the normal build.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$VAR/sanitizer/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$VAR/sanitizer/ubsan"
cd "$top" || exit 1

echo "# integration: MariaDB :$DB_PORT, nginx :$NGINX_ROOT (root) :$NGINX_SUB (/c2c), Apache :$APACHE_ROOT (root) :$APACHE_SUB (/c2c)"
"$H/mariadb.sh" start "$VAR/db" "$DB_PORT" >/dev/null || exit 1
"$H/conf.sh" "$VAR" 4 <<CONF
page_limit = 50
# The tests change the data behind c2c's back and look at once.
version_check_ms = 0
CONF
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" migrate >"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; exit 1; }
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed >>"$VAR/migrate.log" 2>&1 || { cat "$VAR/migrate.log"; exit 1; }
fcgi_start || exit 1
"$H/nginx.sh" start "$VAR/nginx" "$VAR/c2c.sock" "$NGINX_ROOT" "$NGINX_SUB" "$NGINX_HOST" >/dev/null || exit 1
"$H/apache.sh" start "$VAR/apache" "$VAR/c2c.sock" "$APACHE_ROOT" "$APACHE_SUB" >/dev/null || exit 1

. "$top/tests/integration/lib.sh"
# C2C_TESTS='t21 t97' (file-name prefixes) runs only the matching files, while working on them.
selected() {
	local p
	for p in ${C2C_TESTS:-t}; do
		case "$1" in "$p"*) return 0 ;; esac
	done
	return 1
}
for t in "$top"/tests/integration/t[0-9]*.sh; do
	selected "$(basename "$t")" || continue
	echo "# $(basename "$t")"
	# The users as the file found them, put back and compared after it (lib.sh, users_set).
	users_file_start "$(basename "$t")"
	. "$t"
	users_file_end
done
users_files_summary

fcgi_stop
if [ "${FCGI_STATUS:-0}" != 0 ]; then
	nok "c2c.fcgi exits cleanly on SIGTERM" "exit status $FCGI_STATUS; see $VAR/c2c.log"
else
	ok "c2c.fcgi exits cleanly on SIGTERM"
fi
if grep -q -e 'ERROR: AddressSanitizer' -e 'ERROR: LeakSanitizer' -e 'runtime error:' "$VAR/c2c.log"; then
	nok "no sanitizer report in the c2c.fcgi log" "$(grep -m3 -e ERROR: -e 'runtime error:' "$VAR/c2c.log")"
fi
reports=$(find "$VAR/sanitizer" -type f -size +0 | sort)
if [ -n "$reports" ]; then
	nok "no sanitizer report from c2c.fcgi or c2cctl" $reports \
		"$(cat $reports | grep -m5 -e ERROR: -e 'runtime error:' -e '^    #[0-3] ')"
else
	case $BUILD_DIR in *asan*) ok "no sanitizer report from c2c.fcgi or c2cctl (ASan, LeakSanitizer, UBSan)" ;; esac
fi
echo "1..$T_RUN"
echo "# $((T_RUN - T_FAIL)) passed, $T_FAIL failed, $T_SKIP skipped"
[ "$T_FAIL" = 0 ]

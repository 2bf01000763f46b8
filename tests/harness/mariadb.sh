#!/bin/sh
# mariadb.sh: a private MariaDB instance under a directory of its own (datadir, socket,
# port, log), for the demo and the tests.  No system service is touched.
#   mariadb.sh start DIR PORT   create (first time) and start; creates database and user c2c
#   mariadb.sh stop DIR         stop the instance started from DIR (by its pid file)
#   mariadb.sh sql DIR          a client on the instance's socket (as root), reads stdin
# MARIADB_ARGS, when set, adds server options (tests/harness/replication.sh: binary log,
# server id).
set -eu

cmd=${1:?usage: mariadb.sh start|stop|sql DIR [PORT]}
dir=$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)
sock="$dir/mysqld.sock"
pidf="$dir/mysqld.pid"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

# The server refuses to run as root; run it as mysql where that account exists.
run_user=$(id -un)
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then run_user=mysql; fi

case "$cmd" in
start)
	port=${3:?PORT}
	if running; then
		echo "mariadb: already running from $dir (pid $(cat "$pidf"))"
		exit 0
	fi
	if [ ! -d "$dir/data/mysql" ]; then
		echo "mariadb: creating a private instance in $dir/data"
		mkdir -p "$dir/data"
		[ "$run_user" = mysql ] && chown mysql: "$dir" "$dir/data"
		# One sentence, not the installer's forty lines, when the server cannot work here.
		if [ "$run_user" = mysql ] &&
			! runuser -u mysql -- sh -c 'touch "$1/.probe" && rm "$1/.probe"' sh "$dir/data" 2>/dev/null; then
			echo "mariadb: the server's account (mysql) cannot write $dir/data; put the checkout (or a link for var/) on a local filesystem that it can enter and write" >&2
			exit 1
		fi
		if ! mariadb-install-db --no-defaults --datadir="$dir/data" --user="$run_user" \
			--auth-root-authentication-method=socket --skip-test-db >"$dir/install.log" 2>&1; then
			echo "mariadb: could not create a database in $dir/data ($(grep -m1 -i -e error -e "can't" "$dir/install.log" | cut -c1-160)); all of it in $dir/install.log" >&2
			rm -rf "$dir/data"
			exit 1
		fi
	fi
	[ "$run_user" = mysql ] && chown mysql: "$dir"
	# Started through setsid so that it outlives the shell that started it.
	setsid mariadbd --no-defaults --datadir="$dir/data" --socket="$sock" --port="$port" \
		--bind-address=127.0.0.1 --pid-file="$pidf" --log-error="$dir/error.log" \
		--user="$run_user" --character-set-server=utf8mb4 \
		--collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=64M \
		--skip-name-resolve ${MARIADB_ARGS:-} </dev/null >/dev/null 2>&1 &
	i=0
	until mariadb --no-defaults --default-character-set=utf8mb4 -S "$sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; do
		i=$((i + 1))
		if [ $i -gt 300 ]; then
			echo "mariadb: did not start; see $dir/error.log" >&2
			tail -20 "$dir/error.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS c2c CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'c2c'@'localhost' IDENTIFIED BY 'c2c';
CREATE USER IF NOT EXISTS 'c2c'@'127.0.0.1' IDENTIFIED BY 'c2c';
GRANT ALL PRIVILEGES ON c2c.* TO 'c2c'@'localhost', 'c2c'@'127.0.0.1';
SQL
	echo "mariadb: running from $dir on 127.0.0.1:$port and $sock (pid $(cat "$pidf"))"
	;;
stop)
	if running; then
		pid=$(cat "$pidf")
		kill "$pid"
		i=0
		while kill -0 "$pid" 2>/dev/null; do
			i=$((i + 1))
			[ $i -gt 600 ] && { echo "mariadb: pid $pid did not stop" >&2; exit 1; }
			sleep 0.1
		done
		echo "mariadb: stopped (pid $pid)"
	fi
	;;
sql)
	exec mariadb --no-defaults --default-character-set=utf8mb4 -S "$sock" -uroot c2c
	;;
*)
	echo "usage: mariadb.sh start|stop|sql DIR [PORT]" >&2
	exit 2
	;;
esac

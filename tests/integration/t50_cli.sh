# t50_cli.sh: c2c.fcgi's configuration and listening modes; c2cctl migrate and seed.

# fcgi_get SOCKET_OR_ADDR PATH: one FastCGI GET without a web server (cgi-fcgi).
fcgi_get() {
	env -i REQUEST_METHOD=GET SCRIPT_NAME= PATH_INFO="$2" REQUEST_URI="$2" QUERY_STRING= \
		cgi-fcgi -bind -connect "$1" 2>/dev/null
}

out=$("$BUILD_DIR/c2c.fcgi" -t -c "$VAR/c2c.conf" 2>&1)
expect_eq "-t: configuration, views and database ok" "$?" 0

printf 'workers = 2\ncolour = blue\n' > "$VAR/bad1.conf"
out=$("$BUILD_DIR/c2c.fcgi" -t -c "$VAR/bad1.conf" 2>&1); rc=$?
expect_eq "unknown key stops start-up with file and line" \
	"$rc $(printf %s "$out" | grep -c "bad1.conf:2: unknown key 'colour'")" "1 1"
printf '# ok\n\nworkers = 0\n' > "$VAR/bad2.conf"
out=$("$BUILD_DIR/c2c.fcgi" -c "$VAR/bad2.conf" 2>&1); rc=$?
expect_eq "bad value stops start-up with file, line and reason" \
	"$rc $(printf %s "$out" | grep -c "bad2.conf:3: 'workers' must be an integer from 1 to 256")" "1 1"
printf 'listen = somewhere\n' > "$VAR/bad3.conf"
out=$("$BUILD_DIR/c2c.fcgi" -t -c "$VAR/bad3.conf" 2>&1); rc=$?
expect_eq "bad listen address is refused" "$rc $(printf %s "$out" | grep -c "bad3.conf:1:")" "1 1"
out=$("$BUILD_DIR/c2c.fcgi" -t -c "$VAR/missing.conf" 2>&1); rc=$?
expect_eq "missing config file is an error" "$rc $(printf %s "$out" | grep -c "missing.conf")" "1 1"
sed "s|^db_socket = .*|db_socket = $VAR/nothing.sock|" "$VAR/c2c.conf" > "$VAR/nodb.conf"
out=$("$BUILD_DIR/c2c.fcgi" -t -c "$VAR/nodb.conf" 2>&1); rc=$?
expect_eq "-t reports an unreachable database" "$rc $(printf %s "$out" | grep -c "database:")" "1 1"

out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" migrate 2>&1)
expect_eq "migrate a second time applies nothing" "$out" "migrate: 0 file(s) applied from $top/sql"
out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" seed 2>&1)
expect_eq "seed a second time loads nothing" "$out" "seed: 0 file(s) applied from $top/sql/seed"
expect_eq "seed loaded every city, pair and event" \
	"$(sql "SELECT CONCAT_WS(' ', (SELECT COUNT(*) FROM cities), (SELECT COUNT(*) FROM partnerships), (SELECT COUNT(*) FROM agreements), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM areas), (SELECT COUNT(*) FROM kpis), (SELECT COUNT(*) FROM criteria), (SELECT COUNT(*) FROM narrative_steps), (SELECT COUNT(*) FROM loops), (SELECT COUNT(*) FROM city_ties))")" \
	"92 68 36 43 16 18 45 8 4 19"

# A failing migration stops with its file and line, after the good one before it.
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -e \
	"CREATE DATABASE scratch; GRANT ALL ON scratch.* TO 'c2c'@'localhost'"
mkdir -p "$VAR/badsql"
printf 'CREATE TABLE a (x INT);\n' > "$VAR/badsql/001_good.sql"
printf -- '-- second\nCREATE TABLE b (x INT);\nCREATE TABLEX c (x INT);\nCREATE TABLE d (x INT);\n' > "$VAR/badsql/002_bad.sql"
sed 's/^db_name = .*/db_name = scratch/' "$VAR/c2c.conf" > "$VAR/scratch.conf"
out=$("$BUILD_DIR/c2cctl" -c "$VAR/scratch.conf" migrate -d "$VAR/badsql" 2>&1); rc=$?
expect_eq "failed migration: exit status and file:line" \
	"$rc $(printf %s "$out" | grep -c "002_bad.sql:3: ")" "1 1"
expect_eq "failed migration is not recorded; the good one is" \
	"$(mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B scratch -e 'SELECT GROUP_CONCAT(name) FROM schema_migrations')" \
	"001_good.sql"
expect_eq "nothing after the failed statement ran" \
	"$(mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B scratch -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='scratch' AND table_name='d'")" 0
out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" frobnicate 2>&1); rc=$?
expect_eq "c2cctl: unknown command is a usage error" "$rc" 2

# TCP, and the socket on standard input (spawn-fcgi; systemd's StandardInput=socket).
sed "s|^listen = .*|listen = 127.0.0.1:$FCGI_TCP|" "$VAR/c2c.conf" > "$VAR/tcp.conf"
"$BUILD_DIR/c2c.fcgi" -c "$VAR/tcp.conf" 2>>"$VAR/c2c-tcp.log" &
tcp_pid=$!
for _ in $(seq 50); do port_free "$FCGI_TCP" || break; sleep 0.05; done
expect_eq "listens on TCP" "$(fcgi_get "127.0.0.1:$FCGI_TCP" /healthz.xml | grep -c 'database="up"')" 1
kill -TERM "$tcp_pid"; wait "$tcp_pid"
expect_eq "TCP instance exits cleanly" "$?" 0

if command -v spawn-fcgi >/dev/null; then
	sed "s|^listen = .*|listen = fd:0|" "$VAR/c2c.conf" > "$VAR/fd0.conf"
	spawn-fcgi -n -s "$VAR/spawn.sock" -M 0600 -- "$BUILD_DIR/c2c.fcgi" -c "$VAR/fd0.conf" 2>>"$VAR/c2c-fd0.log" &
	fd0_pid=$!
	for _ in $(seq 50); do [ -S "$VAR/spawn.sock" ] && break; sleep 0.05; done
	sleep 0.2
	expect_eq "serves the socket passed as fd 0 (spawn-fcgi)" \
		"$(fcgi_get "$VAR/spawn.sock" /cities/leeds.xml | grep -c 'slug="leeds"')" 1
	kill -TERM "$fd0_pid"; wait "$fd0_pid"
	expect_eq "fd:0 instance exits cleanly" "$?" 0
else
	skip "serves the socket passed as fd 0 (spawn-fcgi)" "spawn-fcgi not installed"
fi
printf 'listen = fd:0\n' > "$VAR/fd0only.conf"
out=$("$BUILD_DIR/c2c.fcgi" -c "$VAR/fd0only.conf" </dev/null 2>&1); rc=$?
expect_eq "fd:0 without a socket on stdin is refused" "$rc $(printf %s "$out" | grep -c 'not a socket')" "1 1"

# GNU conventions (issue 20): --help and --version on the programs and every command, answered
# before any configuration is read; usage errors before the database; errors at the journal's
# error priority when stderr is the journal.
CTL="$BUILD_DIR/c2cctl"
for args in "--help" "-h" "import --help" "user -h" "source add --help" "migrate --help"; do
	# shellcheck disable=SC2086
	out=$(C2C_CONF=/nonexistent "$CTL" $args 2>/dev/null); rc=$?
	expect_eq "c2cctl $args: usage on stdout, status 0" "$rc $(printf %s "$out" | grep -c '^usage: c2cctl')" "0 1"
done
for args in "--version" "-V" "import --version" "token -V" "version"; do
	# shellcheck disable=SC2086
	out=$(C2C_CONF=/nonexistent "$CTL" $args 2>&1); rc=$?
	expect_eq "c2cctl $args" "$rc $out" "0 c2cctl $(sed -n 's/^VERSION *:= *//p' "$top/Makefile")"
done
for prog in c2c.fcgi; do
	out=$("$BUILD_DIR/$prog" --version 2>&1); rc=$?
	expect_eq "$prog --version" "$rc $out" "0 $prog $(sed -n 's/^VERSION *:= *//p' "$top/Makefile")"
	out=$("$BUILD_DIR/$prog" --help 2>/dev/null); rc=$?
	expect_eq "$prog --help" "$rc $(printf %s "$out" | grep -c "^usage: $prog")" "0 1"
done
for args in "import" "import --all --due" "user add alice" "user add alice boss" "token revoke x" \
	"token create" "source add notaurl" "source show x" "source frob 1"; do
	# shellcheck disable=SC2086
	out=$(C2C_CONF=/nonexistent "$CTL" $args 2>&1); rc=$?
	expect_eq "c2cctl $args: a usage error before the configuration is read" \
		"$rc $(printf %s "$out" | grep -c nonexistent)" "2 0"
done
# Its stderr is a file whose device and inode JOURNAL_STREAM names: the journal's "<3>".
: > "$VAR/journal.err"
js=$(stat -c '%d:%i' "$VAR/journal.err")
JOURNAL_STREAM=$js "$CTL" -c "$VAR/missing.conf" check 2>>"$VAR/journal.err"
expect_eq "c2cctl errors at the journal's error priority" "$(grep -c '^<3>c2cctl: ' "$VAR/journal.err")" 1
out=$(JOURNAL_STREAM=$js "$CTL" -c "$VAR/missing.conf" check 2>&1)
expect_eq "... not when JOURNAL_STREAM names another file than stderr" "$(printf %s "$out" | grep -c '^c2cctl: ')" 1
: > "$VAR/journal.err"
js=$(stat -c '%d:%i' "$VAR/journal.err")
JOURNAL_STREAM=$js "$BUILD_DIR/c2c.fcgi" -t -c "$VAR/missing.conf" 2>>"$VAR/journal.err"
expect_eq "c2c.fcgi errors at the journal's error priority" "$(grep -c '^<3>' "$VAR/journal.err")" 1
out=$(JOURNAL_STREAM=1:2 "$BUILD_DIR/c2c.fcgi" -t -c "$VAR/missing.conf" 2>&1)
expect_eq "... and as words when JOURNAL_STREAM is not its stderr" "$(printf %s "$out" | grep -c '^c2c.fcgi: error: ')" 1

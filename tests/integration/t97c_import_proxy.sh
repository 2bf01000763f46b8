# t97c_import_proxy.sh: the importer through a proxy (import_proxy, import_no_proxy; issue
# 20), never the environment's, and the database's MariaDB option file (db_option_file).

CAL="$VAR/calendars"
"$H/calendars.sh" start "$CAL" "$CAL_PORT" >/dev/null || nok "calendar server starts"
cp "$top/tests/fixtures/ics/city-v1.ics" "$CAL/www/proxied.ics"
pick_port PROXY_PORT
: > "$VAR/proxy.log"
python3 "$top/tests/tools/http_proxy.py" "$PROXY_PORT" "$VAR/proxy.log" &
PROXY_PID=$!
for _ in $(seq 50); do port_free "$PROXY_PORT" || break; sleep 0.1; done

# No import_allow_networks: the calendar at 127.0.0.1 is reachable only through the proxy,
# whose own (loopback) address is allowed because the configuration names it.
PXCONF="$VAR/proxy.conf"
{ grep -v '^import_' "$VAR/c2c.conf"; echo "import_proxy = http://127.0.0.1:$PROXY_PORT"
  echo "import_window_past_days = 3650"; echo "import_window_future_days = 3650"; } > "$PXCONF"
pctl() { "$BUILD_DIR/c2cctl" -c "$1" "${@:2}"; }
PS=$(pctl "$PXCONF" source add "http://127.0.0.1:$CAL_PORT/proxied.ics" --name "Through the proxy" |
	sed -n 's/^source \([0-9]*\) added.*/\1/p')
pctl "$PXCONF" import --source "$PS" >"$VAR/proxy.out" 2>&1; rc=$?
expect_eq "import through import_proxy succeeds" "$rc" 0
expect_eq "... and the proxy was asked for the calendar" \
	"$(grep -c "^http://127.0.0.1:$CAL_PORT/proxied.ics$" "$VAR/proxy.log")" 1
expect_eq "... whose events are stored" "$(sql "SELECT COUNT(*) > 0 FROM events WHERE source_id = $PS")" 1

# import_no_proxy: the host is fetched directly, and then the local-address check applies.
{ cat "$PXCONF"; echo "import_no_proxy = 127.0.0.1"; } > "$VAR/noproxy.conf"
: > "$VAR/proxy.log"
sql "UPDATE calendar_sources SET etag = NULL, last_modified = NULL, retry_after = NULL WHERE id = $PS"
pctl "$VAR/noproxy.conf" import --source "$PS" >"$VAR/proxy.out" 2>&1; rc=$?
expect_eq "import_no_proxy: fetched directly (refused as a local address), not through the proxy" \
	"$rc $(grep -c . "$VAR/proxy.log") $(grep -c 'refused to connect to 127.0.0.1' "$VAR/proxy.out")" "1 0 1"

# Without import_proxy the environment's proxy is not used.
: > "$VAR/proxy.log"
{ grep -v '^import_' "$VAR/c2c.conf"; echo "import_allow_networks = 127.0.0.1/32"
  echo "import_window_past_days = 3650"; echo "import_window_future_days = 3650"; } > "$VAR/direct.conf"
sql "UPDATE calendar_sources SET etag = NULL, last_modified = NULL, retry_after = NULL WHERE id = $PS"
http_proxy="http://127.0.0.1:$PROXY_PORT" HTTP_PROXY="http://127.0.0.1:$PROXY_PORT" \
	pctl "$VAR/direct.conf" import --source "$PS" >"$VAR/proxy.out" 2>&1; rc=$?
expect_eq "the environment's http_proxy is ignored" "$rc $(grep -c . "$VAR/proxy.log")" "0 0"
kill "$PROXY_PID" 2>/dev/null; wait "$PROXY_PID" 2>/dev/null
pctl "$VAR/direct.conf" source disable "$PS" >/dev/null 2>&1

# db_option_file: the option file's [client] group is read.  Its password serves when
# c2c.conf has none; and a TLS requirement there is applied (the test server has no TLS,
# so the connection fails for it).
printf '[client]\npassword = c2c\n' > "$VAR/my.cnf"
grep -v '^db_password' "$VAR/c2c.conf" > "$VAR/optfile.conf"
out=$(pctl "$VAR/optfile.conf" check 2>&1); rc=$?
expect_eq "without db_password and option file: access denied" "$rc $(printf %s "$out" | grep -c 'Access denied')" "1 1"
echo "db_option_file = $VAR/my.cnf" >> "$VAR/optfile.conf"
out=$(pctl "$VAR/optfile.conf" check 2>&1); rc=$?
expect_eq "db_option_file: the [client] group's password is used" "$rc" 0

# TLS as MariaDB's tools do it: a second private server with a certificate from a CA of
# the test's own, a user that must use TLS; c2cctl reaches it with the CA in the option
# file's [c2c] group and ssl-verify-server-cert, and not without.
TLSDIR="$VAR/dbtls"
mkdir -p "$TLSDIR"
(cd "$TLSDIR" &&
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=c2c-test-ca -keyout ca.key -out ca.pem &&
	openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr &&
	printf 'subjectAltName = IP:127.0.0.1\n' > san.ext &&
	openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
		-extfile san.ext -out server.pem &&
	chmod 644 server.key) >/dev/null 2>&1
pick_port TLS_DB_PORT
MARIADB_ARGS="--ssl-cert=$TLSDIR/server.pem --ssl-key=$TLSDIR/server.key --ssl-ca=$TLSDIR/ca.pem" \
	"$H/mariadb.sh" start "$TLSDIR/db" "$TLS_DB_PORT" >/dev/null 2>&1 || nok "a MariaDB with TLS starts"
"$H/mariadb.sh" sql "$TLSDIR/db" <<'SQL' >/dev/null 2>&1
CREATE USER IF NOT EXISTS 'tls'@'127.0.0.1' IDENTIFIED BY 'tls' REQUIRE SSL;
GRANT ALL ON c2c.* TO 'tls'@'127.0.0.1';
SQL
{ grep -v '^db_' "$VAR/c2c.conf"; echo "db_host = 127.0.0.1"; echo "db_port = $TLS_DB_PORT"
  echo "db_user = tls"; echo "db_password = tls"; } > "$VAR/tls-none.conf"
# (The server has no c2c schema: "check" connects, then finds no table.)
out=$(pctl "$VAR/tls-none.conf" check 2>&1)
expect_eq "a user that must use TLS is refused without the option file" \
	"$(printf %s "$out" | grep -c 'cannot connect to the database: Access denied')" 1
printf '[c2c]\nssl-ca = %s\nssl-verify-server-cert\n' "$TLSDIR/ca.pem" > "$TLSDIR/my.cnf"
{ cat "$VAR/tls-none.conf"; echo "db_option_file = $TLSDIR/my.cnf"; } > "$VAR/tls.conf"
out=$(pctl "$VAR/tls.conf" check 2>&1)
expect_eq "db_option_file with ssl-ca and ssl-verify-server-cert: connected over TLS" \
	"$(printf %s "$out" | grep -c 'cannot connect') $(printf %s "$out" | grep -c "c2c.data_version' doesn't exist")" "0 1"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca -keyout "$TLSDIR/other.key" \
	-out "$TLSDIR/other.pem" >/dev/null 2>&1
printf '[c2c]\nssl-ca = %s\nssl-verify-server-cert\n' "$TLSDIR/other.pem" > "$TLSDIR/my-other.cnf"
sed "s|$TLSDIR/my.cnf|$TLSDIR/my-other.cnf|" "$VAR/tls.conf" > "$VAR/tls-other.conf"
out=$(pctl "$VAR/tls-other.conf" check 2>&1)
expect_eq "... and a server certificate from another CA is refused" \
	"$(printf %s "$out" | grep -c 'cannot connect to the database: .*certificate')" 1
"$H/mariadb.sh" stop "$TLSDIR/db" >/dev/null 2>&1

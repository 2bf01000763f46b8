# lib.sh: assertions of the integration tests (sourced by run.sh).  TAP-like output:
# "ok N - name" or "not ok N - name" with the reason indented below.

SCHEMA="$top/docs/schema/c2c.rng"
T_RUN=0
T_FAIL=0
T_SKIP=0
TMP_BODY="$VAR/body"
TMP_HEAD="$VAR/head"

ok()   { T_RUN=$((T_RUN + 1)); echo "ok $T_RUN - $1"; }
nok()  { T_RUN=$((T_RUN + 1)); T_FAIL=$((T_FAIL + 1)); echo "not ok $T_RUN - $1"; shift; for l in "$@"; do echo "#   $l"; done; }
skip() { T_RUN=$((T_RUN + 1)); T_SKIP=$((T_SKIP + 1)); echo "ok $T_RUN - $1 # SKIP $2"; }

# fetch URL [curl args...]: body in $TMP_BODY, headers in $TMP_HEAD, status in $STATUS.
fetch() {
	url=$1; shift
	: > "$TMP_BODY"   # curl leaves the file alone when there is no body
	STATUS=$(curl -s -g -o "$TMP_BODY" -D "$TMP_HEAD" -w '%{http_code}' --max-time 10 "$@" "$url") || STATUS=000
}

# fcgi_children [PID]: the pids of c2c.fcgi's processes (fcgi/supervise.h), children of
# PID (default $FCGI_PID).
fcgi_children() { cat "/proc/${1:-$FCGI_PID}/task/${1:-$FCGI_PID}/children" 2>/dev/null; }
# fcgi_rss_kb: VmRSS of c2c.fcgi and its processes together, in KiB.
fcgi_rss_kb() {
	# shellcheck disable=SC2046
	awk '/^VmRSS:/ { s += $2 } END { print s }' "/proc/$FCGI_PID/status" \
		$(for p in $(fcgi_children); do echo "/proc/$p/status"; done) 2>/dev/null
}
# fcgi_deaths [LOG]: how many of c2c.fcgi's processes have died so far (its supervisor
# logs each death).
fcgi_deaths() { grep -c -e ') was killed by signal' -e ') exited with status' "${1:-$VAR/c2c.log}"; }

# header NAME: the value of a response header of the last fetch (first one, CR removed).
header() {
	grep -i "^$1:" "$TMP_HEAD" | head -1 | sed 's/^[^:]*: *//' | tr -d '\r'
}

# xp XPATH: evaluates XPATH on the last body; "c:name" stands for the element name in our
# namespace (xmllint cannot bind prefixes).
xp() {
	expr=$(printf '%s' "$1" | sed -E 's/c:([a-zA-Z-]+)/*[local-name()="\1"]/g')
	xmllint --xpath "$expr" "$TMP_BODY" 2>/dev/null
}

# expect_status NAME URL STATUS [curl args...]
expect_status() {
	name=$1 url=$2 want=$3; shift 3
	fetch "$url" "$@"
	if [ "$STATUS" = "$want" ]; then ok "$name"; else nok "$name" "GET $url: status $STATUS, wanted $want" "$(head -c 300 "$TMP_BODY")"; fi
}

# expect_4xx NAME URL [curl args...]: any client error (the web server may answer itself).
expect_4xx() {
	name=$1 url=$2; shift 2
	fetch "$url" "$@"
	case "$STATUS" in
	4??) ok "$name ($STATUS)" ;;
	*) nok "$name" "GET $url: status $STATUS, wanted 4xx" ;;
	esac
}

# expect_xml NAME URL STATUS XPATH VALUE [curl args...]: status, XML valid per our schema
# (docs/schema/c2c.rng), and the XPath's string value equals VALUE.
expect_xml() {
	name=$1 url=$2 want=$3 path=$4 value=$5; shift 5
	fetch "$url" "$@"
	if [ "$STATUS" != "$want" ]; then
		nok "$name" "GET $url: status $STATUS, wanted $want" "$(head -c 300 "$TMP_BODY")"
	elif ! xmllint --noout "$TMP_BODY" 2>"$VAR/xmlerr"; then
		nok "$name" "GET $url: not well-formed XML" "$(head -3 "$VAR/xmlerr")"
	elif ! xmllint --noout --relaxng "$SCHEMA" "$TMP_BODY" 2>"$VAR/xmlerr"; then
		nok "$name" "GET $url: not valid per docs/schema/c2c.rng" "$(head -3 "$VAR/xmlerr")"
		cp "$TMP_BODY" "$VAR/invalid-$T_RUN.xml"
	elif [ "$(xp "$path")" != "$value" ]; then
		nok "$name" "GET $url: $path is '$(xp "$path")', wanted '$value'"
	else
		ok "$name"
	fi
}

# expect_html NAME URL STATUS TEXT [curl args...]: status, text/html that parses, containing TEXT.
expect_html() {
	name=$1 url=$2 want=$3 text=$4; shift 4
	fetch "$url" "$@"
	if [ "$STATUS" != "$want" ]; then
		nok "$name" "GET $url: status $STATUS, wanted $want" "$(head -c 300 "$TMP_BODY")"
	elif ! header Content-Type | grep -q '^text/html; charset=utf-8'; then
		nok "$name" "GET $url: Content-Type '$(header Content-Type)'"
	elif ! xmllint --html --noout "$TMP_BODY" 2>"$VAR/xmlerr"; then
		nok "$name" "GET $url: HTML does not parse" "$(head -3 "$VAR/xmlerr")"
	elif ! grep -qF -- "$text" "$TMP_BODY"; then
		nok "$name" "GET $url: body lacks '$text'"
	else
		ok "$name"
	fi
}

# expect_eq NAME GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else nok "$1" "got '$2', wanted '$3'"; fi
}

# sql "STATEMENT": runs it as root on the test database, prints tab-separated rows.
sql() {
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c -e "$1"
}

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

# ------------------------------------------------------------------------ users fixture
# The files share one database and its users (alice, bob, carol, mallory, wei...); a file
# that needs some of them in other roles says so with users_set and puts them back with
# users_restore at its end.  run.sh brackets every file with users_file_start and
# users_file_end: a file that stops before its users_restore (a failed source, an early
# return) has its users put back there, and a file that leaves the users table other than
# it found it is reported.  The rows set aside live in the database (table
# users_fixture_aside, its comment the file that set them), not in this shell, so a
# leftover is seen whoever looks.

USERS_FX_TABLE=users_fixture_aside
# users_fx_sql "STATEMENTS": as sql, but not to be shadowed by a file's own sql(); literals
# in the users table's collation, to compare with its names.
users_fx_sql() {
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c \
		-e "SET collation_connection = utf8mb4_unicode_ci; $1"
}
# users_fx_q TEXT: TEXT as an SQL string literal.
users_fx_q() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\'\'}"; }
# users_fx_owner: "by FILE" when rows are set aside now, else nothing.
users_fx_owner() {
	users_fx_sql "SELECT CONCAT('by ', table_comment) FROM information_schema.tables
		WHERE table_schema = DATABASE() AND table_name = '$USERS_FX_TABLE'"
}
# users_fx_dump: the users table, every column, one row a line (sorted, for comm).
users_fx_dump() { users_fx_sql "SELECT * FROM users ORDER BY id" | LC_ALL=C sort; }

# users_set NAME:ROLE[:CITY[:EMAIL[:LANG]]] ...: each NAME becomes a user with exactly these
# values (CITY a slug or an id, empty for none; no e-mail, English and notify "now" unless
# given), its row of now, or its absence, set aside first.  Rows keep their ids (the
# notify_outbox rows that point at them stay valid).  One set at a time.
users_set() {
	local owner spec n r c e l city names="" vals=""
	owner=$(users_fx_owner)
	if [ -n "$owner" ]; then
		nok "users_set in ${USERS_FX_FILE:-?}: users are still set aside $owner" \
			"a users_set without its users_restore; they are put back first"
		users_restore
	fi
	for spec in "$@"; do
		IFS=: read -r n r c e l <<<"$spec"
		case $c in
		"" | -) city=NULL ;;
		*[!0-9]*)
			city=$(users_fx_sql "SELECT id FROM cities WHERE slug = $(users_fx_q "$c")")
			if [ -z "$city" ]; then
				nok "users_set $spec in ${USERS_FX_FILE:-?}" "no city '$c'"
				return 1
			fi ;;
		*) city=$c ;;
		esac
		names="$names${names:+ UNION ALL }SELECT $(users_fx_q "$n") AS fixture_name"
		vals="$vals${vals:+, }($(users_fx_q "$n"), $(users_fx_q "$r"), $city,
			$([ -n "$e" ] && users_fx_q "$e" || echo NULL), $(users_fx_q "${l:-en}"), 'now')"
	done
	[ -n "$names" ] || return 0
	# A LEFT JOIN: a name without a row is kept, with a NULL id (made here, to go again).
	if ! out=$(users_fx_sql "CREATE TABLE $USERS_FX_TABLE COMMENT = $(users_fx_q "${USERS_FX_FILE:-?}")
			SELECT n.fixture_name, u.* FROM ($names) n LEFT JOIN users u ON u.name = n.fixture_name;
		INSERT INTO users (name, role, city_id, email, lang, notify) VALUES $vals
			ON DUPLICATE KEY UPDATE role = VALUES(role), city_id = VALUES(city_id),
			email = VALUES(email), lang = VALUES(lang), notify = VALUES(notify)" 2>&1); then
		nok "users_set $* in ${USERS_FX_FILE:-?}" "$out"
		users_restore
		return 1
	fi
}

# users_restore: puts back exactly the rows users_set set aside (same ids, every column,
# whatever columns users has by then) and deletes the users it made, with the outbox rows
# queued for them.  Nothing to do when nothing is set aside.
users_restore() {
	local cols assign out
	[ -n "$(users_fx_owner)" ] || return 0
	cols=$(users_fx_sql "SELECT GROUP_CONCAT(CONCAT('\`', column_name, '\`') ORDER BY ordinal_position)
		FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users'")
	assign=$(users_fx_sql "SELECT GROUP_CONCAT(CONCAT('u.\`', column_name, '\` = a.\`', column_name, '\`'))
		FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name <> 'id'")
	# A name whose row is not the one set aside (made here, or made again) loses it first.
	if ! out=$(users_fx_sql "START TRANSACTION;
		DELETE o FROM notify_outbox o JOIN users u ON u.id = o.user_id
			JOIN $USERS_FX_TABLE a ON a.fixture_name = u.name WHERE a.id IS NULL OR a.id <> u.id;
		DELETE u FROM users u JOIN $USERS_FX_TABLE a ON a.fixture_name = u.name WHERE a.id IS NULL OR a.id <> u.id;
		UPDATE users u JOIN $USERS_FX_TABLE a ON a.id = u.id SET $assign;
		INSERT INTO users ($cols) SELECT $cols FROM $USERS_FX_TABLE a
			WHERE a.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = a.id);
		COMMIT;
		DROP TABLE $USERS_FX_TABLE" 2>&1); then
		nok "users_restore in ${USERS_FX_FILE:-?}: the users set aside could not be put back" \
			"$out" "they stay in $USERS_FX_TABLE"
		return 1
	fi
}

# users_file_start FILE / users_file_end: run.sh's bracket around each file.  The end puts
# back what the file left set aside, then compares the table with the start: a row gone
# or changed is a failure, and so is a new row unless an audited "c2cctl user add" made it
# as it is now (t22, t61, t64, t95... make the users later files rely on that way, and t95
# counts them).
USERS_FX_FILES=0
USERS_FX_BAD=0
users_file_start() {
	USERS_FX_FILE=$1
	USERS_FX_FILES=$((USERS_FX_FILES + 1))
	local owner
	owner=$(users_fx_owner)
	if [ -n "$owner" ]; then
		nok "before $1: users are still set aside $owner" "they are put back first"
		users_restore
	fi
	users_fx_dump >"$VAR/users.before"
	USERS_FX_AUDIT0=$(users_fx_sql "SELECT COALESCE(MAX(id), 0) FROM audit_log")
}
users_file_end() {
	local f=$USERS_FX_FILE owner gone defaults made extra
	owner=$(users_fx_owner)
	if [ -n "$owner" ]; then
		nok "${f%.sh} ended with users still set aside $owner" \
			"a users_set without its users_restore, or the file stopped early; run.sh puts them back"
		users_restore
	fi
	users_fx_dump >"$VAR/users.after"
	gone=$(LC_ALL=C comm -23 "$VAR/users.before" "$VAR/users.after")
	# A row c2cctl made is as it made it: the role and city its audit row says, the other
	# columns (e-mail, language...) at their defaults.
	defaults=$(users_fx_sql "SELECT GROUP_CONCAT(CONCAT(' AND u.\`', column_name, '\` <=> DEFAULT(u.\`', column_name, '\`)') SEPARATOR '')
		FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users'
		AND column_name NOT IN ('id', 'name', 'role', 'city_id', 'created_at')")
	made=$(users_fx_sql "SELECT u.id FROM users u LEFT JOIN cities c ON c.id = u.city_id
		JOIN audit_log a ON a.entity = 'user' AND a.action = 'create' AND a.entity_id = u.id
		WHERE a.id > ${USERS_FX_AUDIT0:-0} AND a.actor LIKE 'c2cctl:%'
		AND a.after_xml LIKE CONCAT('%<name>', u.name, '</name>%') AND a.after_xml LIKE CONCAT('%<role>', u.role, '</role>%')
		AND IF(u.city_id IS NULL, a.after_xml NOT LIKE '%<city%', a.after_xml LIKE CONCAT('%<city slug=\"', c.slug, '\"%'))
		$defaults" | tr '\n' ' ')
	extra=$(LC_ALL=C comm -13 "$VAR/users.before" "$VAR/users.after" |
		awk -F '\t' -v made="$made" 'BEGIN { n = split(made, m, " "); for (i = 1; i <= n; i++) ok[m[i]] = 1 }
			!($1 in ok)')
	if [ -n "$gone$extra" ]; then
		USERS_FX_BAD=$((USERS_FX_BAD + 1))
		local lines=("columns: $(users_fx_sql "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position SEPARATOR ' ')
			FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users'")") l
		while IFS= read -r l; do [ -z "$l" ] || lines+=("was: ${l//$'\t'/ }"); done <<<"$gone"
		while IFS= read -r l; do [ -z "$l" ] || lines+=("now: ${l//$'\t'/ }"); done <<<"$extra"
		nok "${f%.sh} left the users table changed" "${lines[@]}"
	fi
}
# users_files_summary: one line for the whole run.
users_files_summary() {
	[ "$USERS_FX_FILES" -gt 0 ] || return 0
	if [ "$USERS_FX_BAD" = 0 ]; then
		ok "each of the $USERS_FX_FILES files left the users table as it found it (users_set, c2cctl user add aside)"
	fi
}

# t97_import.sh: the calendar import (c2cctl source, c2cctl import) against calendars served
# over real HTTP by a private nginx (tests/harness/calendars.sh): the exact events stored
# for hand-written fixtures (time zones across a DST change, Windows zone names, floating
# times, all-day, RRULE with EXDATE and an override, cancellation, CJK, SEQUENCE updates,
# removal), 304s, gzip, refusals (private address, size cap, timeout, redirects, not
# iCalendar, truncated), Retry-After, dry runs, unstable UIDs, two importers at once, an
# importer killed mid-run, and every file of ../shared/corpus/ics.

CAL="$VAR/calendars"
CALURL="http://127.0.0.1:$CAL_PORT"
FIX="$top/tests/fixtures/ics"
GEN="$top/tests/tools/gen_ics.sh"
ICORPUS="$top/../shared/corpus/ics"
[ -d "$ICORPUS" ] || ICORPUS=
"$H/calendars.sh" start "$CAL" "$CAL_PORT" "$ICORPUS" "$CAL_TLS_PORT" >/dev/null || nok "calendar server starts"

# The importer's configuration: the test one, plus loopback allowed (127.0.0.1 only, so
# that 127.0.0.2 stands for a private address), small limits, and a window of ten years
# so that the fixtures' 2027 dates stay in it.
IMPCONF="$VAR/import.conf"
{ cat "$VAR/c2c.conf"; cat <<CONF
import_allow_networks = 127.0.0.1/32
import_connect_timeout = 2
import_timeout = 3
import_max_bytes = 1048576
import_window_past_days = 3650
import_window_future_days = 3650
import_max_instances = 500
import_max_occurrences = 100000
CONF
} > "$IMPCONF"
ctl() { "$BUILD_DIR/c2cctl" -c "$IMPCONF" "$@"; }
OUT="$VAR/import.out"
# imp ARGS...: runs c2cctl import, output in $OUT, exit status in $IMP_RC.
imp() { ctl import "$@" >"$OUT" 2>&1; IMP_RC=$?; }
add() { ctl source add "$@" | sed -n 's/^source \([0-9]*\) added.*/\1/p'; }
events_of() {   # SOURCE: the stored events, one line each, in a stable order
	sql "SELECT uid, recurrence_id, starts_at, COALESCE(ends_at, '-'), COALESCE(tzid, '-'), all_day,
	  status, sequence, title, IF(removed_at IS NULL, 'current', 'removed') FROM events
	  WHERE source_id = $1 ORDER BY uid, recurrence_id"
}
digest() { events_of "$1" | md5sum | cut -c1-32; }
run_field() { sql "SELECT $2 FROM import_runs WHERE source_id = $1 ORDER BY id DESC LIMIT 1"; }

# --- Sources from the command line -----------------------------------------------------
cp "$FIX/city-v1.ics" "$CAL/www/city.ics"
# Other tests' sources (t96) point nowhere: out of the way of --due.
sql "UPDATE calendar_sources SET enabled = 0"
A=$(add "$CALURL/city.ics" --name "Gothenburg partnership events" --city gothenburg --area culture-sport --tz Europe/Stockholm)
expect_eq "source add prints the new source" "$(sql "SELECT url FROM calendar_sources WHERE id = ${A:-0}")" "$CALURL/city.ics"
ctl source add "$CALURL/city.ics" >"$OUT" 2>&1
expect_eq "source add refuses a URL that another source has" "$?:$(grep -c 'already has this URL' "$OUT")" "1:1"
for bad in "javascript:alert(1)" "ftp://example.org/x.ics" "http://exa mple.org/" "file:///etc/passwd" "http://"; do
	ctl source add "$bad" >/dev/null 2>&1
	expect_eq "source add refuses '$bad'" "$?" 2
done
ctl source add "$CALURL/x.ics" --tz ../../etc/passwd >/dev/null 2>&1
expect_eq "source add refuses a time zone that is not one" "$?" 2
ctl source add "$CALURL/x.ics" --city "no-such-city'; DROP TABLE events; --" >/dev/null 2>&1
expect_eq "source add refuses an unknown city (and stores nothing)" "$?:$(sql "SELECT COUNT(*) FROM calendar_sources WHERE url = '$CALURL/x.ics'")" "1:0"
ctl import --source abc >/dev/null 2>&1
expect_eq "import --source refuses a non-number" "$?" 2
ctl import --due --all >/dev/null 2>&1
expect_eq "import refuses two modes at once" "$?" 2

# --- Dry run: what would change, nothing stored ----------------------------------------
imp --source "$A" --dry-run
expect_eq "dry run: exit 0, 14 would be added, one left out" \
	"$IMP_RC:$(grep -c '^+ ' "$OUT"):$(grep -c '14 added.*1 skipped' "$OUT")" "0:14:1"
expect_eq "dry run stores neither events nor a run" \
	"$(sql "SELECT COUNT(*) FROM events WHERE source_id = $A"):$(sql "SELECT COUNT(*) FROM import_runs WHERE source_id = $A")" "0:0"

# --- First import: the exact events ---------------------------------------------------------
imp --source "$A"
expect_eq "first import: exit 0 and a progress line" "$IMP_RC:$(grep -c '^\[1/1\] source .* ok, HTTP 200.*14 events: 14 added, 0 updated, 0 removed, 0 unchanged, 1 skipped' "$OUT")" "0:1"
want="allday@c2c.test		2027-05-01 00:00:00	2027-05-02 00:00:00	-	1	confirmed	0	Two-day festival	current
cancel@c2c.test		2027-04-10 08:00:00	2027-04-10 09:00:00	-	0	cancelled	0	Cancelled delegation visit	current
cjk@c2c.test		2027-05-20 01:00:00	2027-05-20 09:00:00	Asia/Shanghai	0	confirmed	0	中欧城市合作论坛 — 成都	current
dst-after@c2c.test		2027-03-29 08:00:00	2027-03-29 10:00:00	Europe/Berlin	0	confirmed	0	After the clocks change	current
dst-before@c2c.test		2027-03-26 09:00:00	2027-03-26 11:00:00	Europe/Berlin	0	confirmed	0	Before the clocks change	current
floating@c2c.test		2027-04-05 12:00:00	2027-04-05 14:00:00	Europe/Stockholm	0	confirmed	0	Floating time in the source's zone	current
gone@c2c.test		2027-06-05 08:00:00	-	-	0	confirmed	0	Event that the feed drops	current
outlook@c2c.test		2027-04-01 01:30:00	2027-04-01 03:30:00	Asia/Shanghai	0	confirmed	0	Video call with Wuhan	current
seq@c2c.test		2027-06-01 08:00:00	2027-06-01 10:00:00	-	0	confirmed	0	Draft agenda	current
weekly@c2c.test	20270301T090000Z	2027-03-01 09:00:00	2027-03-01 10:00:00	Europe/Berlin	0	confirmed	0	Weekly steering group	current
weekly@c2c.test	20270308T090000Z	2027-03-08 09:00:00	2027-03-08 10:00:00	Europe/Berlin	0	confirmed	0	Weekly steering group	current
weekly@c2c.test	20270322T090000Z	2027-03-23 14:00:00	2027-03-23 15:00:00	Europe/Berlin	0	confirmed	1	Weekly steering group (moved)	current
weekly@c2c.test	20270329T080000Z	2027-03-29 08:00:00	2027-03-29 09:00:00	Europe/Berlin	0	confirmed	0	Weekly steering group	current
weekly@c2c.test	20270405T080000Z	2027-04-05 08:00:00	2027-04-05 09:00:00	Europe/Berlin	0	confirmed	0	Weekly steering group	current"
got=$(events_of "$A")
if [ "$got" = "$want" ]; then ok "first import: the exact events (DST, Windows zone, floating, all-day, RRULE/EXDATE/override, CJK)"
else nok "first import: the exact events" "$(diff <(echo "$want") <(echo "$got") | head -20)"; fi
expect_eq "... the private event is not stored" "$(sql "SELECT COUNT(*) FROM events WHERE uid = 'private@c2c.test'")" 0
expect_eq "... owning city, country and kind from CATEGORIES" \
	"$(sql "SELECT CONCAT(ci.slug, ' ', e.country_code, ' ', e.kind) FROM events e JOIN cities ci ON ci.id = e.city_id WHERE e.source_id = $A AND e.uid = 'cjk@c2c.test'")" "gothenburg SE forum"
expect_eq "... the source's areas tag its events" \
	"$(sql "SELECT COUNT(*) FROM events e JOIN event_areas ea ON ea.event_id = e.id WHERE e.source_id = $A")" 14
expect_eq "... the run recorded: ok, HTTP 200, counts, bytes" \
	"$(run_field "$A" "CONCAT(status, ' ', http_status, ' ', added, ' ', updated, ' ', removed, ' ', unchanged, ' ', skipped, ' ', events_in_feed, ' ', bytes > 0, ' ', finished_at IS NOT NULL)")" \
	"ok 200 14 0 0 0 1 14 1 1"
expect_eq "... the source keeps the validators and the feed's refresh hint (12 h)" \
	"$(sql "SELECT CONCAT(etag IS NOT NULL, last_modified IS NOT NULL, ' ', feed_refresh_minutes, ' ', last_status, ' ', failures) FROM calendar_sources WHERE id = $A")" "11 720 ok 0"
expect_eq "... next fetch not before the feed's 12 hours (its hint beats 6 h)" \
	"$(sql "SELECT next_fetch_at >= UTC_TIMESTAMP() + INTERVAL 719 MINUTE FROM calendar_sources WHERE id = $A")" 1

# The events are published: XML, HTML, Atom, iCalendar, with the source named.
expect_xml "imported events in /events.xml?source=" "$N/events.xml?source=$A&from=2027-01-01&limit=100" 200 'count(//c:event)' 14
expect_eq "... with their source" "$(xp "string(//c:event[c:uid='cjk@c2c.test']/c:source/c:name)")" "Gothenburg partnership events"
expect_html "imported CJK title in the HTML events page" "$N/events?source=$A&from=2027-01-01" 200 "中欧城市合作论坛 — 成都"
fetch "$N/feeds/events.ics?source=$A&from=2027-01-01"
expect_eq "iCalendar feed: each occurrence is an event of its own" \
	"$(tr -d '\r' < "$TMP_BODY" | grep -c '^UID:weekly@c2c.test/2027')" 5
fetch "$N/feeds/events.atom?source=$A"
expect_eq "Atom feed has the imported events" "$(grep -c 'Video call with Wuhan' "$TMP_BODY")" 1
expect_eq "... naming their calendar, its site linked as rel=via (not its address, which may be secret)" \
	"$(grep -o 'From the calendar "Gothenburg partnership events"' "$TMP_BODY" | wc -l):$(grep -o "rel=\"via\" href=\"$CALURL/\"" "$TMP_BODY" | wc -l):$(grep -c 'city.ics' "$TMP_BODY")" "14:14:0"
expect_eq "the importer says who it is (User-Agent)" "$(grep -c '"c2c/[0-9.]* (calendar import' "$CAL/access.log")" "$(grep -c '' "$CAL/access.log")"

# --- Unchanged: a 304, nothing touched ----------------------------------------------------
before=$(sql "SELECT MAX(updated_at) FROM events WHERE source_id = $A")
sql "UPDATE calendar_sources SET next_fetch_at = NULL WHERE id = $A"
imp --due
expect_eq "second import: 304, unchanged" "$IMP_RC:$(grep -c 'unchanged, HTTP 304: 14 events' "$OUT")" "0:1"
expect_eq "... the run says unchanged, 304" "$(run_field "$A" "CONCAT(status, ' ', http_status)")" "unchanged 304"
expect_eq "... no event touched" "$(sql "SELECT MAX(updated_at) FROM events WHERE source_id = $A")" "$before"

# --- Changed feed: update by SEQUENCE, removal, addition; the rest untouched ---------------
sleep 1   # a new second, so that nginx gives a new Last-Modified and ETag
cp "$FIX/city-v2.ics" "$CAL/www/city.ics"
imp --source "$A"
expect_eq "changed feed: 1 added, 1 updated, 1 removed, 12 unchanged" \
	"$IMP_RC:$(grep -c '14 events: 1 added, 1 updated, 1 removed, 12 unchanged' "$OUT")" "0:1"
expect_eq "... the update by SEQUENCE: new time and title" \
	"$(sql "SELECT CONCAT(starts_at, ' ', sequence, ' ', title) FROM events WHERE source_id = $A AND uid = 'seq@c2c.test'")" \
	"2027-06-01 09:00:00 1 Final agenda"
expect_eq "... the event gone from the feed is kept, marked removed" \
	"$(sql "SELECT removed_at IS NOT NULL FROM events WHERE source_id = $A AND uid = 'gone@c2c.test'")" 1
expect_eq "... unchanged events keep their update time" \
	"$(sql "SELECT MAX(updated_at) FROM events WHERE source_id = $A AND uid IN ('cjk@c2c.test', 'weekly@c2c.test', 'allday@c2c.test')")" "$before"
expect_xml "... the removed event is a tombstone to mirrors" \
	"$N/events.xml?source=$A&updated_since=2000-01-01T00:00:00Z&limit=100" 200 "count(//c:event[@deleted])" 1
expect_status "... and no longer has a page" "$N/events/$(sql "SELECT id FROM events WHERE uid = 'gone@c2c.test' AND source_id = $A")" 404
fetch "$N/feeds/events.atom?source=$A"
expect_eq "... the Atom feed has the new title" "$(grep -c 'Final agenda' "$TMP_BODY")" 1
digest_a=$(digest "$A")

# --- Failures change nothing -------------------------------------------------------------
expect_failure() {   # NAME WANTED-TEXT: after a source's import
	if [ "$IMP_RC" = 1 ] && grep -q -- "$2" "$OUT" && [ "$(run_field "$S" status)" = failed ]; then
		ok "$1"
	else
		nok "$1" "exit $IMP_RC, wanted 1 and '$2'" "$(head -3 "$OUT")"
	fi
}
head -n 60 "$FIX/city-v2.ics" > "$CAL/www/city.ics"   # cut in the middle of an event
S=$A; imp --source "$A"
expect_failure "truncated file: failed with the line, events intact" "truncated"
expect_eq "... events exactly as before" "$(digest "$A")" "$digest_a"
expect_eq "... the error is kept on the source, failures counted" \
	"$(sql "SELECT CONCAT(last_status, ' ', failures, ' ', last_error LIKE '%line %') FROM calendar_sources WHERE id = $A")" "failed 1 1"
printf '<!DOCTYPE html>\n<html><body>Our calendar moved</body></html>\n' > "$CAL/www/city.ics"
imp --source "$A"
expect_failure "an HTML page: not iCalendar" "not an iCalendar file"
expect_eq "... events exactly as before" "$(digest "$A")" "$digest_a"
printf 'BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe broken\r\nEND:VCALENDAR\r\n' > "$CAL/www/city.ics"
imp --source "$A"
expect_failure "invalid UTF-8: failed with the line" "line 2: not valid UTF-8"
sleep 1   # else the same second as the last good copy: the same ETag, a 304 (also right)
cp "$FIX/city-v2.ics" "$CAL/www/city.ics"
imp --source "$A"
expect_eq "the next good run is unchanged and resets the failures" \
	"$IMP_RC:$(grep -c '0 added, 0 updated, 0 removed, 14 unchanged' "$OUT"):$(sql "SELECT failures FROM calendar_sources WHERE id = $A")" "0:1:0"

S=$(add "$CALURL/redirect-private"); imp --source "$S"
expect_failure "a redirect to a private address is refused" "refused to connect to 127.0.0.2"
S=$(add "http://127.0.0.2:$CAL_PORT/city.ics"); imp --source "$S"
expect_failure "a private address itself is refused" "refused to connect to 127.0.0.2"
S=$(add "$CALURL/redirect-loop"); imp --source "$S"
expect_failure "a redirect loop stops at 5" "more than 5 redirects"
S=$(add "$CALURL/redirect-ftp"); imp --source "$S"
expect_failure "a redirect to ftp is refused" "not http or https"
"$GEN" 8000 big > "$CAL/www/big.ics"   # about 1.3 MB, over the 1 MiB cap
S=$(add "$CALURL/big.ics"); imp --source "$S"
expect_failure "a body over the size cap is refused" "larger than import_max_bytes"
expect_eq "... and nothing of it stored" "$(sql "SELECT COUNT(*) FROM events WHERE source_id = $S")" 0
S=$(add "$CALURL/slow/city.ics"); imp --source "$S"
expect_failure "a server that stalls: timeout" "timed out after 3 s"
S=$(add "$CALURL/missing.ics"); imp --source "$S"
expect_failure "404: failed with the status" "HTTP status 404"
S=$(add "$CALURL/busy.ics"); imp --source "$S"
expect_failure "503 with Retry-After: failed" "HTTP status 503"
expect_eq "... Retry-After honoured: not due for two minutes" \
	"$(sql "SELECT retry_after BETWEEN UTC_TIMESTAMP() + INTERVAL 100 SECOND AND UTC_TIMESTAMP() + INTERVAL 130 SECOND FROM calendar_sources WHERE id = $S")" 1
sql "UPDATE calendar_sources SET next_fetch_at = NULL WHERE id = $S"
imp --due
expect_eq "... so --due leaves it alone" "$(grep -c "source $S " "$OUT")" 0
sql "UPDATE calendar_sources SET enabled = 0 WHERE url LIKE '$CALURL/%' AND id <> $A"

# https: certificates are verified; import_ca_file names whom to trust instead.
if [ -f "$CAL/tls.crt" ]; then
	S=$(add "https://127.0.0.1:$CAL_TLS_PORT/city.ics"); imp --source "$S"
	expect_failure "https with a certificate nobody trusts is refused" "certificate"
	echo "import_ca_file = $CAL/tls.crt" | cat "$IMPCONF" - > "$VAR/import-tls.conf"
	"$BUILD_DIR/c2cctl" -c "$VAR/import-tls.conf" import --source "$S" >"$OUT" 2>&1
	expect_eq "... and imported when import_ca_file trusts it" "$?:$(run_field "$S" "CONCAT(status, ' ', added)")" "0:ok 14"
	sql "UPDATE calendar_sources SET enabled = 0 WHERE id = $S"
else
	skip "https with a certificate nobody trusts is refused" "openssl could not make a certificate"
fi

# gzip: the same calendar compressed on the wire.
cp "$FIX/city-v1.ics" "$CAL/www/gz.ics"
G=$(add "$CALURL/gz.ics" --city shanghai); imp --source "$G"
expect_eq "gzip: imported, fewer bytes on the wire than the file" \
	"$IMP_RC:$(run_field "$G" "CONCAT(added, ' ', bytes < $(wc -c < "$FIX/city-v1.ics"))")" "0:14 1"
expect_eq "... two sources may carry the same UIDs" "$(sql "SELECT COUNT(*) FROM events WHERE uid = 'cjk@c2c.test' AND removed_at IS NULL AND source_id IN ($A, $G)")" 2
expect_eq "... floating times of a Chinese city's source are Shanghai time" \
	"$(sql "SELECT CONCAT(starts_at, ' ', tzid) FROM events WHERE source_id = $G AND uid = 'floating@c2c.test'")" "2027-04-05 06:00:00 Asia/Shanghai"

# --- A feed that makes up new UIDs on every fetch -----------------------------------------
"$GEN" 30 random "Unstable UID event" > "$CAL/www/unstable.ics"
U=$(add "$CALURL/unstable.ics"); imp --source "$U"
sleep 1; "$GEN" 30 random "Unstable UID event" > "$CAL/www/unstable.ics"
imp --source "$U"
expect_eq "new UIDs for the same events: detected, matched by content, nothing added" \
	"$IMP_RC:$(grep -c '0 added, 0 updated, 0 removed, 30 unchanged.*UIDs unstable' "$OUT"):$(sql "SELECT uids_unstable FROM calendar_sources WHERE id = $U")" "0:1:1"
sleep 1; "$GEN" 31 random "Unstable UID event" > "$CAL/www/unstable.ics"
imp --source "$U"
expect_eq "... and a new event among them is the only one added" \
	"$(grep -c '1 added, 0 updated, 0 removed, 30 unchanged' "$OUT"):$(sql "SELECT COUNT(*) FROM events WHERE source_id = $U AND removed_at IS NULL")" "1:31"

# --- Two importers at once import each source once ---------------------------------------
sql "UPDATE calendar_sources SET enabled = 0 WHERE url LIKE '$CALURL/%'"
two=""
for i in 1 2 3 4 5 6; do
	"$GEN" 1500 "two$i" > "$CAL/www/two$i.ics"
	two="$two $(add "$CALURL/two$i.ics")"
done
ctl import --due >"$VAR/import-1.out" 2>&1 & p1=$!
ctl import --due >"$VAR/import-2.out" 2>&1 & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
runs=$(for s in $two; do sql "SELECT COUNT(*) FROM import_runs WHERE source_id = $s AND status = 'ok'"; done | tr '\n' ' ')
expect_eq "two importers at once: both succeed, each source imported once" "$r1 $r2 $runs" "0 0 1 1 1 1 1 1 "
counts=$(for s in $two; do sql "SELECT COUNT(*) FROM events WHERE source_id = $s"; done | tr '\n' ' ')
expect_eq "... no event twice" "$counts" "1500 1500 1500 1500 1500 1500 "
if grep -q 'busy elsewhere' "$VAR/import-1.out" && grep -q 'busy elsewhere' "$VAR/import-2.out"; then
	ok "... each printed its summary"
else
	nok "... each printed its summary" "$(tail -1 "$VAR/import-1.out")" "$(tail -1 "$VAR/import-2.out")"
fi

# --- Killed in the middle of a large import: previous events intact ------------------------
"$GEN" 20 kill > "$CAL/www/kill.ics"
K=$(add "$CALURL/kill.ics"); imp --source "$K"
digest_k=$(digest "$K")
sleep 1; "$GEN" 30000 kill "Renamed event" > "$CAL/www/kill.ics"   # about 5 MB
sed 's/^import_max_bytes = .*/import_max_bytes = 67108864/' "$IMPCONF" > "$VAR/import-big.conf"
# To kill it at a known point, a second session holds a shared lock on its run's row once
# the run has started (the importer writes the source's state as "interrupted" first): its
# 30,000 inserts run, and its transaction then waits on the run's end, its rows written,
# uncommitted.
runs_k=$(sql "SELECT COALESCE(MAX(id), 0) FROM import_runs WHERE source_id = $K")
"$BUILD_DIR/c2cctl" -c "$VAR/import-big.conf" import --source "$K" >"$VAR/import-kill.out" 2>&1 & pk=$!
run_k=
for _ in $(seq 200); do
	run_k=$(sql "SELECT id FROM import_runs WHERE source_id = $K AND id > $runs_k")
	[ -n "$run_k" ] && break; sleep 0.02
done
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c -e \
	"START TRANSACTION; SELECT id FROM import_runs WHERE id = ${run_k:-0} LOCK IN SHARE MODE; SELECT SLEEP(300) AS t97_lock_holder;" \
	>/dev/null 2>&1 & locker=$!
killed=0
for _ in $(seq 1200); do
	# Its last statement in progress is waiting (innodb_trx may still say RUNNING then).
	if [ "$(sql "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE import_runs SET finished_at%'")" = 1 ]; then
		kill -KILL $pk 2>/dev/null && killed=1
		break
	fi
	kill -0 $pk 2>/dev/null || break
	sleep 0.05
done
# The lock holder's session ends (its client is ours; the SLEEP is ended by KILL).
sql "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%t97_lock_holder%' AND INFO NOT LIKE '%PROCESSLIST%'" |
	while read -r id; do sql "KILL $id"; done
wait $locker 2>/dev/null
wait $pk 2>/dev/null
if [ $killed = 1 ]; then
	# The server rolls the transaction back when it finds the connection gone.
	for _ in $(seq 100); do [ "$(sql "SELECT COUNT(*) FROM information_schema.innodb_trx")" = 0 ] && break; sleep 0.1; done
	expect_eq "SIGKILL mid-import: the previous events exactly as they were" "$(digest "$K")" "$digest_k"
	expect_eq "... the run is left unfinished (shown as interrupted)" "$(run_field "$K" "CONCAT(status, ' ', finished_at IS NULL)")" "running 1"
	"$BUILD_DIR/c2cctl" -c "$VAR/import-big.conf" import --source "$K" >"$OUT" 2>&1; IMP_RC=$?
	expect_eq "... the next run completes" "$IMP_RC:$(grep -c '30000 events: 29980 added, 18 updated, 0 removed, 2 unchanged' "$OUT")" "0:1"
else
	nok "SIGKILL mid-import" "the import ended before it could be killed" "$(tail -2 "$VAR/import-kill.out")"
fi

# --- The corpus: every file imports or fails with a reason; nothing crashes ---------------
if [ -n "$ICORPUS" ]; then
	sql "UPDATE calendar_sources SET enabled = 0"
	( cd "$ICORPUS" && find . -type f -name '*.ics' | sort ) | sed 's|^\./||' > "$VAR/corpus.list"
	while read -r f; do
		printf "INSERT INTO calendar_sources (name, url) VALUES ('corpus %s', '%s/corpus/%s');\n" \
			"$(echo "$f" | sed "s/'/''/g")" "$CALURL" "$(echo "$f" | sed "s/'/''/g; s/ /%20/g")"
	done < "$VAR/corpus.list" > "$VAR/corpus.sql"
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c < "$VAR/corpus.sql"
	imp --due
	nfiles=$(wc -l < "$VAR/corpus.list")
	total=$(sql "SELECT COUNT(*) FROM calendar_sources WHERE name LIKE 'corpus %'")
	done_runs=$(sql "SELECT COUNT(*) FROM import_runs r JOIN calendar_sources s ON s.id = r.source_id WHERE s.name LIKE 'corpus %' AND r.status IN ('ok', 'failed') AND r.finished_at IS NOT NULL")
	unexplained=$(sql "SELECT COUNT(*) FROM import_runs r JOIN calendar_sources s ON s.id = r.source_id WHERE s.name LIKE 'corpus %' AND r.status = 'failed' AND COALESCE(r.error, '') = ''")
	okruns=$(sql "SELECT COUNT(*) FROM import_runs r JOIN calendar_sources s ON s.id = r.source_id WHERE s.name LIKE 'corpus %' AND r.status = 'ok'")
	if [ "$IMP_RC" -le 1 ] && [ "$total" = "$nfiles" ] && [ "$done_runs" = "$nfiles" ] && [ "$unexplained" = 0 ]; then
		ok "corpus: all $nfiles files of ../shared/corpus/ics import ($okruns) or fail with a reason ($((nfiles - okruns)))"
	else
		nok "corpus: every file imports or fails with a reason" "exit $IMP_RC, $nfiles files, $total sources, $done_runs finished runs, $unexplained failures without a reason" "$(grep -v '^\[' "$OUT" | head -5)"
	fi
	if grep -q -e 'AddressSanitizer' -e 'LeakSanitizer' -e 'runtime error:' "$OUT"; then
		nok "corpus: no sanitizer report" "$(grep -m3 -e Sanitizer -e 'runtime error:' "$OUT")"
	else
		ok "corpus: no sanitizer report"
	fi
	expect_status "corpus events: the iCalendar export answers" "$N/feeds/events.ics?from=2000-01-01" 200
	expect_eq "... with no event left out" "$(grep -c 'events.ics: event .* left out' "$VAR/c2c.log")" 0
	expect_xml "corpus events are valid XML for partner portals" "$N/events.xml?updated_since=2000-01-01T00:00:00Z&limit=500" 200 "count(/c:events)" 1
	sql "UPDATE calendar_sources SET enabled = 0 WHERE name LIKE 'corpus %'"
else
	skip "corpus: every file of ../shared/corpus/ics imports or fails with a reason" "no ../shared/corpus here"
fi

"$H/calendars.sh" stop "$CAL"

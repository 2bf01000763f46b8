# t97b_import_budgets.sh: what one editor's calendar source may cost the import, and how
# sources share it (issue 15), against calendars served over real HTTP from loopback
# (tests/harness/calendars.sh): the flood (2,000 events of FREQ=SECONDLY; the same of
# FREQ=HOURLY, over the occurrence budget), a property with 30,000 parameters and one of
# 300 KB (refused before libical), slow drips beside another city's source (fetched in
# parallel, cut at the wall-clock budget, backed off, quarantined on the second strike,
# enabled again by an editor), an importer killed mid-run (the source not first in line
# afterwards), sources per city (web 422 and c2cctl), titles folded, and public error
# texts that name no address while c2cctl source show does.  The big calendars are made
# here, not committed.

CAL="$VAR/calendars"
CALURL="http://127.0.0.1:$CAL_PORT"
"$H/calendars.sh" start "$CAL" "$CAL_PORT" >/dev/null || nok "calendar server starts"

BCONF="$VAR/import-budgets.conf"
{ cat "$VAR/c2c.conf"; cat <<CONF
import_allow_networks = 127.0.0.1/32
import_connect_timeout = 2
import_timeout = 20
import_window_past_days = 30
import_window_future_days = 400
import_source_seconds = 3
import_parallel = 4
import_parallel_per_city = 2
import_quarantine_after = 2
CONF
} > "$BCONF"
bctl() { "$BUILD_DIR/c2cctl" -c "$BCONF" "$@"; }
OUT="$VAR/import-budgets.out"
bimp() { bctl import "$@" >"$OUT" 2>&1; IMP_RC=$?; }
badd() { bctl source add "$@" | sed -n 's/^source \([0-9]*\) added.*/\1/p'; }
src() { sql "SELECT $2 FROM calendar_sources WHERE id = $1"; }
# Every source of the earlier tests out of the way of --due.
sql "UPDATE calendar_sources SET enabled = 0"
# A DTSTART in the window: tomorrow, 09:00 UTC.
DAY=$(date -u -d tomorrow +%Y%m%d)

# flood FREQ N: a calendar of N events, each recurring by FREQ without end.
flood() {
	awk -v n="$2" -v freq="$1" -v day="$DAY" 'BEGIN {
		ORS = "\r\n"
		print "BEGIN:VCALENDAR"; print "VERSION:2.0"; print "PRODID:-//c2c tests//flood//EN"
		for (i = 0; i < n; i++) {
			print "BEGIN:VEVENT"; print "UID:flood-" i "@c2c.test"
			print "DTSTART:" day "T090000Z"; print "DURATION:PT1H"
			print "RRULE:FREQ=" freq; print "SUMMARY:Flood " i; print "END:VEVENT"
		}
		print "END:VCALENDAR"
	}'
}

# --- The flood: FREQ=SECONDLY refused, one occurrence each --------------------------------
flood SECONDLY 2000 > "$CAL/www/flood.ics"
F=$(badd "$CALURL/flood.ics" --name "Flood" --city gothenburg)
# Times are printed for a person, never asserted (speed lives in benchmarks): the counts
# below are what proves the budgets.
ms0=$(date +%s%N)
"$BUILD_DIR/c2cctl" -c "$BCONF" import --source "$F" >"$OUT" 2>&1
IMP_RC=$?
echo "# flood of $(wc -c < "$CAL/www/flood.ics") bytes, 2000 x FREQ=SECONDLY: $(( ($(date +%s%N) - ms0) / 1000000 )) ms"
expect_eq "flood of FREQ=SECONDLY: imported, one occurrence per event (2,000, not 2 million)" \
	"$IMP_RC:$(src "$F" "(SELECT COUNT(*) FROM events WHERE source_id = $F)")" "0:2000"
expect_eq "... each rule refused with a warning naming import_min_interval" \
	"$(sql "SELECT warnings LIKE '%more often than every 3600 s (import_min_interval)%' FROM import_runs WHERE source_id = $F")" 1

# --- The flood at FREQ=HOURLY: over the occurrence budget, refused whole -----------------
sleep 1
flood HOURLY 2000 > "$CAL/www/flood.ics"
sql "UPDATE calendar_sources SET next_fetch_at = NULL WHERE id = $F"
ms0=$(date +%s%N)
"$BUILD_DIR/c2cctl" -c "$BCONF" import --due >"$OUT" 2>&1
IMP_RC=$?
echo "# flood of 2000 x FREQ=HOURLY: $(( ($(date +%s%N) - ms0) / 1000000 )) ms"
expect_eq "flood of FREQ=HOURLY: refused, over the budget of 5000 occurrences, said on its line and in the summary" \
	"$IMP_RC:$(grep -c 'failed: calendar refused: over budget: more than 5000 occurrences in the import window (import_max_occurrences); events kept as they were' "$OUT"):$(grep -c '^import: 1 source: 0 ok, 0 unchanged, 1 failed (1 over budget)' "$OUT")" "1:1:1"
expect_eq "... the events stay as they were (2,000)" "$(sql "SELECT COUNT(*) FROM events WHERE source_id = $F AND removed_at IS NULL")" 2000
expect_eq "... the source's error, public category and a strike" \
	"$(src "$F" "CONCAT(last_error LIKE '%import_max_occurrences%', ' ', last_error_public, ' ', failures, ' ', strikes)")" "1 over budget 1 1"
expect_xml "... /sources/{id} says over budget" "$N/sources/$F.xml" 200 'string(/c:source/c:last-error)' "over budget"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id = $F"

# --- Many parameters, one long property: refused before libical ---------------------------
awk -v day="$DAY" 'BEGIN { ORS = "\r\n"; print "BEGIN:VCALENDAR"; print "VERSION:2.0"
	print "BEGIN:VEVENT"; print "UID:params@c2c.test"; print "DTSTART:" day "T090000Z"
	ORS = ""; printf "SUMMARY"; for (i = 0; i < 30000; i++) printf ";X-P=1"
	ORS = "\r\n"; print ":Many"; print "END:VEVENT"; print "END:VCALENDAR" }' > "$CAL/www/params.ics"
P=$(badd "$CALURL/params.ics" --name "Parameters" --city gothenburg)
ms0=$(date +%s%N); bimp --source "$P"
echo "# 30,000 parameters on one property ($(wc -c < "$CAL/www/params.ics") bytes): $(( ($(date +%s%N) - ms0) / 1000000 )) ms"
expect_eq "a property with 30,000 parameters: refused with its line, before the parser" \
	"$IMP_RC:$(grep -c 'line 6: over budget: a property with more than 100 parameters (import_max_parameters)' "$OUT")" "1:1"
awk -v day="$DAY" 'BEGIN { ORS = "\r\n"; print "BEGIN:VCALENDAR"; print "VERSION:2.0"
	print "BEGIN:VEVENT"; print "UID:long@c2c.test"; print "DTSTART:" day "T090000Z"
	printf "DESCRIPTION:"; for (i = 0; i < 4000; i++) { printf "%s", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; printf "\r\n " }
	print "x"; print "END:VEVENT"; print "END:VCALENDAR" }' > "$CAL/www/long.ics"
L=$(badd "$CALURL/long.ics" --name "Long" --city gothenburg); bimp --source "$L"
expect_eq "a property of 300 KB (folded): refused, over import_max_property_bytes" \
	"$IMP_RC:$(grep -c 'line 6: over budget: a property longer than 262144 bytes' "$OUT")" "1:1"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id IN ($P, $L)"

# --- Titles folded ------------------------------------------------------------------------
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fold@c2c.test\r\nDTSTART:%sT090000Z\r\nSUMMARY:Line one\\nline two\xe2\x80\xae reversed\xe2\x80\xac\x01 \xe2\x81\xa6isolated\xe2\x81\xa9\r\nLOCATION:Hall\\nB\r\nORGANIZER;CN="City\xe2\x80\xaeHall":mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' "$DAY" > "$CAL/www/fold.ics"
T=$(badd "$CALURL/fold.ics" --name "Folding" --city gothenburg); bimp --source "$T"
expect_eq "imported title, location, organiser: line breaks folded, controls and bidi overrides removed" \
	"$(sql "SELECT CONCAT_WS('|', title, location, organiser) FROM events WHERE source_id = $T")" "Line one line two reversed isolated|Hall B|CityHall"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id = $T"

# --- Fairness: three drips of one city beside another city's calendar ---------------------
"$top/tests/tools/gen_ics.sh" 10 drip > "$CAL/www/drip.ics"   # ~2 KB: 10 s at 200 bytes/s
"$top/tests/tools/gen_ics.sh" 5 fast > "$CAL/www/fast.ics"
D1=$(badd "$CALURL/slow/drip.ics?1" --name "Drip 1" --city gothenburg)
D2=$(badd "$CALURL/slow/drip.ics?2" --name "Drip 2" --city gothenburg)
D3=$(badd "$CALURL/slow/drip.ics?3" --name "Drip 3" --city gothenburg)
city2=$(sql "SELECT slug FROM cities WHERE slug <> 'gothenburg' AND deleted_at IS NULL ORDER BY id LIMIT 1")
B=$(badd "$CALURL/fast.ics" --name "Other city" --city "$city2")
# The drips first in the due order, as they would be by id.
sql "UPDATE calendar_sources SET next_fetch_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE id IN ($D1, $D2, $D3)"
ms0=$(date +%s%N); bimp --due
waited=$(sql "SELECT ROUND(TIMESTAMPDIFF(MICROSECOND, (SELECT MIN(started_at) FROM import_runs WHERE source_id IN ($D1, $D2, $D3, $B)), finished_at) / 1e6, 2) FROM import_runs WHERE source_id = $B")
echo "# three drips and another city's source: the other city's done after $waited s, the whole import $(( ($(date +%s%N) - ms0) / 1000000 )) ms"
# The order of the runs' ends, not a time: the other city's calendar is stored before the
# first drip is even cut at its budget.
expect_eq "another city's source is not held up by three drips (stored before any drip ends)" \
	"$(src "$B" last_status):$(sql "SELECT (SELECT finished_at FROM import_runs WHERE source_id = $B) < (SELECT MIN(finished_at) FROM import_runs WHERE source_id IN ($D1, $D2, $D3))")" "ok:1"
expect_eq "the drips are cut at import_source_seconds, failed over budget, backed off" \
	"$(sql "SELECT COUNT(*) FROM calendar_sources WHERE id IN ($D1, $D2, $D3) AND last_error LIKE 'over budget: the fetch took more than import_source_seconds (3 s)%' AND last_error_public = 'over budget' AND failures = 1 AND strikes = 1 AND next_fetch_at > UTC_TIMESTAMP() + INTERVAL 10 MINUTE")" 3
# Two of one city at a time (import_parallel_per_city): the third drip starts only when
# one of the first two has been cut.
expect_eq "... two of one city at a time, and the summary says so" \
	"$(sql "SELECT (SELECT MAX(started_at) FROM import_runs WHERE source_id IN ($D1, $D2, $D3)) >= (SELECT MIN(finished_at) FROM import_runs WHERE source_id IN ($D1, $D2, $D3))"):$(grep -c '^import: 4 sources: 1 ok, 0 unchanged, 3 failed (3 over budget)' "$OUT")" "1:1"

# A second strike quarantines; --due leaves them; an editor's enabling lifts it.
sql "UPDATE calendar_sources SET next_fetch_at = NULL WHERE id IN ($D1, $D2, $D3)"
bimp --due
expect_eq "a second run over budget quarantines the drips (disabled, until a week later, with the reason)" \
	"$(sql "SELECT COUNT(*) FROM calendar_sources WHERE id IN ($D1, $D2, $D3) AND enabled = 0 AND strikes = 2 AND quarantined_until > UTC_TIMESTAMP() + INTERVAL 167 HOUR AND quarantine_reason = '2 runs in a row interrupted or over budget, the last over budget'")" 3
expect_xml "... /sources/{id} says quarantined, until when and why" "$N/sources/$D1.xml" 200 \
	'concat(/c:source/@health, " ", /c:source/c:quarantine-reason, " ", string-length(/c:source/c:quarantined-until) > 0)' \
	"quarantined 2 runs in a row interrupted or over budget, the last over budget true"
expect_xml "... and the list counts it" "$N/sources.xml" 200 'string(/c:sources/c:summary/@quarantined)' 3
sql "UPDATE calendar_sources SET next_fetch_at = NULL WHERE id IN ($D1, $D2, $D3)"
bimp --due
expect_eq "... the import leaves quarantined sources alone" "$(grep -c '^import: 0 sources' "$OUT")" 1
bctl source enable "$D1" >/dev/null
sql "UPDATE calendar_sources SET enabled = 1 WHERE id = $D2"   # as the editors' form does
expect_eq "an editor enabling one (c2cctl, the form) lifts its quarantine and strikes" \
	"$(sql "SELECT COUNT(*) FROM calendar_sources WHERE id IN ($D1, $D2) AND enabled = 1 AND strikes = 0 AND quarantined_until IS NULL AND quarantine_reason IS NULL")" 2
sql "UPDATE calendar_sources SET quarantined_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND, next_fetch_at = NULL WHERE id = $D3"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id IN ($D1, $D2, $B)"
bimp --due
expect_eq "a quarantine over: the source is tried again, and one more strike quarantines it again" \
	"$(grep -c '^import: 1 source:' "$OUT"):$(src "$D3" "CONCAT(enabled, ' ', strikes, ' ', quarantined_until > UTC_TIMESTAMP())")" "1:0 3 1"
sql "UPDATE calendar_sources SET enabled = 0, quarantined_until = NULL WHERE id = $D3"

# --- An importer killed mid-run: the source is not left first in line ---------------------
K=$(badd "$CALURL/slow/drip.ics?kill" --name "Killed" --city gothenburg)
O=$(badd "$CALURL/fast.ics?other" --name "Other" --city "$city2")
sql "UPDATE calendar_sources SET next_fetch_at = UTC_TIMESTAMP() - INTERVAL 1 DAY WHERE id = $K"
sql "UPDATE calendar_sources SET next_fetch_at = UTC_TIMESTAMP() WHERE id = $O"
"$BUILD_DIR/c2cctl" -c "$BCONF" import --source "$K" >/dev/null 2>&1 & pk=$!
sleep 1; kill -KILL $pk 2>/dev/null; wait $pk 2>/dev/null
expect_eq "an importer killed mid-run leaves its source failing, backed off, with a strike" \
	"$(src "$K" "CONCAT(failures, ' ', strikes, ' ', last_error_public, ' ', next_fetch_at > UTC_TIMESTAMP())")" "1 1 interrupted 1"
bimp --due
expect_eq "... so the next import takes the other sources, not that one first" \
	"$(grep -c '^import: 1 source: 1 ok' "$OUT"):$(grep -c "source $O " "$OUT")" "1:1"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id IN ($K, $O)"

# --- Public errors: a category; the detail for editors -------------------------------------
# Redirected to an address not allowed: the detail names it, the public page only the
# category (the source's own address, as far as its host, is 127.0.0.1).
R=$(badd "$CALURL/redirect-private?public" --name "Internal" --city gothenburg); bimp --source "$R"
X404=$(badd "$CALURL/no-such.ics" --name "Missing" --city gothenburg); bimp --source "$X404"
expect_xml "a refused internal address: /sources/{id} says could not connect" "$N/sources/$R.xml" 200 \
	'concat(/c:source/c:last-error, "|", //c:run[1]/c:error)' "could not connect|could not connect"
expect_eq "... and names no address anywhere in it" "$(grep -c -e '127\.0\.0\.2' -e 'refused to connect' "$TMP_BODY")" 0
fetch "$N/sources/$R"
expect_eq "... nor in its HTML page" "$STATUS:$(grep -c -e '127\.0\.0\.2' -e 'refused to connect' "$TMP_BODY")" "200:0"
fetch "$N/sources.xml?limit=500"
expect_eq "... nor in the list" "$STATUS:$(grep -c 'refused to connect' "$TMP_BODY")" "200:0"
expect_xml "a missing calendar: HTTP 404" "$N/sources/$X404.xml" 200 'string(/c:source/c:last-error)' "HTTP 404"
expect_eq "editors see the detail (c2cctl source show: the source's last error and its run's)" \
	"$(bctl source show "$R" | grep -c 'refused to connect to 127.0.0.2'):$(bctl source show "$R" | grep -c '^last error (public) *could not connect')" "2:1"
sql "UPDATE calendar_sources SET enabled = 0 WHERE id IN ($R, $X404)"

# --- Sources per city ----------------------------------------------------------------------
C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add budget-editor editor "$city2" >/dev/null 2>&1
TK=$($C token create budget-editor editor "$city2" 2>/dev/null)
have=$(sql "SELECT COUNT(*) FROM calendar_sources s JOIN cities c ON c.id = s.owner_city_id WHERE c.slug = '$city2'")
sql "INSERT INTO calendar_sources (url, owner_city_id, enabled) SELECT CONCAT('http://example.org/cap', seq, '.ics'), (SELECT id FROM cities WHERE slug = '$city2'), 0 FROM seq_1_to_40 WHERE seq <= 20 - $have"
fetch "$N/sources" -X POST -H "Authorization: Bearer $TK" -H 'Content-Type: application/xml' --data-binary \
	"<source-edit xmlns=\"urn:c2c:xml:1\"><city>$city2</city><url>http://example.org/one-too-many.ics</url></source-edit>"
expect_eq "a city with 20 sources (import_max_sources_per_city): the 21st is refused, 422 too-many-sources" \
	"$STATUS $(xp 'string(//c:invalid[@field="city"]/@code)')" "422 too-many-sources"
out=$(bctl source add "http://example.org/one-too-many.ics" --city "$city2" 2>&1); rc=$?
expect_eq "... and by c2cctl source add, saying why" "$rc:$(echo "$out" | grep -c 'import_max_sources_per_city')" "1:1"
expect_eq "... nothing stored" "$(sql "SELECT COUNT(*) FROM calendar_sources WHERE url LIKE '%one-too-many%'")" 0

"$H/calendars.sh" stop "$CAL"

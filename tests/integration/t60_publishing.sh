# t60_publishing.sh: the XML API's sync, the Atom feeds and the iCalendar export.

PY=/usr/bin/python3
CORPUS="$top/../shared/corpus"
ATOM_RNG="$CORPUS/atom/rfc4287-schema/atom.rng"

# check_atom NAME URL: 200, valid per the RFC 4287 schema, parsed by feedparser.
check_atom() {
	fetch "$2"
	if [ "$STATUS" != 200 ]; then
		nok "$1" "GET $2: status $STATUS"
		return
	fi
	cp "$TMP_BODY" "$VAR/feed.atom"
	if [ -f "$ATOM_RNG" ] && ! xmllint --noout --relaxng "$ATOM_RNG" "$VAR/feed.atom" 2>"$VAR/rngerr"; then
		nok "$1" "not valid per RFC 4287's schema: $(head -3 "$VAR/rngerr")"
	elif ! out=$($PY "$top/tests/integration/feed_check.py" "$VAR/feed.atom"); then
		nok "$1" "feedparser: $out"
	else
		ok "$1 (${out##*: })"
	fi
}

[ -f "$ATOM_RNG" ] || skip "Atom feeds against RFC 4287's RELAX NG schema" "no ../shared/corpus here"
check_atom "partnerships feed" "$N/feeds/partnerships.atom"
check_atom "partnerships feed, archive page 1" "$N/feeds/partnerships.atom?page=1"
check_atom "partnerships feed of Leeds" "$N/feeds/partnerships.atom?city=leeds"
check_atom "partnerships feed by area and country" "$N/feeds/partnerships.atom?area=education-academic&country=GB"
check_atom "events feed" "$N/feeds/events.atom"
check_atom "events feed, Chinese side" "$N/feeds/events.atom?side=china&lang=zh"
check_atom "events feed of a city with no events" "$N/feeds/events.atom?city=terrassa"
check_atom "events feed under /c2c/ through Apache" "http://127.0.0.1:$APACHE_SUB/c2c/feeds/events.atom?from=2019-01-01"

fetch "$N/feeds/partnerships.atom?city=leeds"
expect_eq "feed self link names its filters" \
	"$(xp 'string(//*[local-name()="link"][@rel="self"]/@href)')" "$N/feeds/partnerships.atom?city=leeds"
expect_eq "feed id names its filters" "$(xp 'string(/*/*[local-name()="id"])')" \
	"tag:c2c.invalid,2026:feeds/partnerships.atom?city=leeds"
expect_eq "entries link to their HTML page" \
	"$(xp 'count(//*[local-name()="entry"]/*[local-name()="link"][@rel="alternate"][starts-with(@href, "'"$N"'/partnerships/")])' )" \
	"$(xp 'count(//*[local-name()="entry"])')"
expect_eq "summaries in English and Chinese" \
	"$(xp 'count(//*[local-name()="p"][@xml:lang="zh"]) > 0 and count(//*[local-name()="p"][@xml:lang="en"]) > 0')" true

fetch "$N/feeds/partnerships.atom"
cur=$(xp 'count(//*[local-name()="entry"])')
prev=$(xp 'string(//*[local-name()="link"][@rel="prev-archive"]/@href)')
expect_eq "subscription document holds 1 to 50 entries" "$([ "$cur" -ge 1 ] && [ "$cur" -le 50 ] && echo yes)" yes
fetch "$prev"
expect_eq "the newest archive is full" "$(xp 'count(//*[local-name()="entry"])')" 50
expect_eq "archives are marked fh:archive" "$(xp 'count(/*/*[local-name()="archive"])')" 1
expect_status "archive page 0: 400" "$N/feeds/partnerships.atom?page=0" 400
expect_status "archive page beyond the last: 404" "$N/feeds/partnerships.atom?page=999" 404
expect_status "feeds have no XML form: 404" "$N/feeds/events.xml" 404
expect_status "a filter of another resource: 400" "$N/feeds/events.atom?kind=mou" 400
expect_status "Accept: text/calendar chooses the calendar" "$N/feeds/events" 200 -H 'Accept: text/calendar'
expect_eq "... as text/calendar" "$(header Content-Type)" "text/calendar; charset=utf-8"

# Deterministic: byte-identical and the same ETag while the journal does not change, even
# when other data does.
fetch "$N/feeds/events.atom"; cp "$TMP_BODY" "$VAR/e1"; e1=$(header ETag)
fetch "$N/feeds/partnerships.atom?page=1"; cp "$TMP_BODY" "$VAR/a1"
sql "UPDATE cities SET notes = CONCAT(notes, ' ') WHERE slug = 'terrassa'"
fetch "$N/feeds/events.atom"
expect_eq "unchanged feed: same bytes after an unrelated write" "$(cmp -s "$TMP_BODY" "$VAR/e1" && echo same)" same
expect_eq "unchanged feed: same ETag" "$(header ETag)" "$e1"
expect_status "feed 304 on its ETag" "$N/feeds/events.atom" 304 -H "If-None-Match: $e1"
expect_status "feed 304 on If-Modified-Since" "$N/feeds/events.atom" 304 -H "If-Modified-Since: $(header Last-Modified)"

# A changed event comes again with the same id; a withdrawn one as a tombstone.
eid=$(sql "SELECT id FROM events ORDER BY id DESC LIMIT 1")
gone=$(sql "SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET 1")
sql "UPDATE events SET title = 'Final conference (moved)', sequence = sequence + 1 WHERE id = $eid"
sql "UPDATE events SET removed_at = UTC_TIMESTAMP(6) WHERE id = $gone"
check_atom "events feed after a change and a withdrawal" "$N/feeds/events.atom"
fetch "$N/feeds/events.atom"
expect_eq "changed event published again under its id" \
	"$(xp "count(//*[local-name()='entry'][*[local-name()='id']='tag:c2c.invalid,2026:event:$eid'][*[local-name()='title']='Final conference (moved)'])")" 1
expect_eq "withdrawn event published as at:deleted-entry" \
	"$(xp "count(//*[local-name()='deleted-entry'][@ref='tag:c2c.invalid,2026:event:$gone'][@when])")" 1
expect_eq "changed feed: new ETag" "$([ "$(header ETag)" != "$e1" ] && echo new)" new

# New partnerships fill the subscription document; full archives never change.
sql "INSERT INTO agreements (partnership_id, kind, title) SELECT id, 'action_plan', CONCAT('Plan ', id) FROM partnerships ORDER BY id LIMIT 60"
fetch "$N/feeds/partnerships.atom?page=1"
expect_eq "archive page 1 unchanged after 60 new agreements" "$(cmp -s "$TMP_BODY" "$VAR/a1" && echo same)" same
check_atom "partnerships feed after 60 new agreements" "$N/feeds/partnerships.atom"
fetch "$N/feeds/partnerships.atom?page=3"
expect_eq "a third archive page now exists and is full" "$STATUS $(xp 'count(//*[local-name()="entry"])')" "200 50"

# iCalendar: every event, libical and python-icalendar both parse it.
sql "INSERT INTO events (uid, title, starts_at, ends_at, tzid, rrule, exdates, status, city_id, country_code, updated_at) \
	SELECT 'weekly-test@c2c', 'Weekly call 周会', '2026-03-02 08:00:00', '2026-03-02 09:00:00', 'Europe/Berlin', \
	'FREQ=WEEKLY;COUNT=10', '20260309T080000Z', 'confirmed', id, 'DE', '2026-01-01 00:00:00' FROM cities WHERE slug = 'muenster'"
sql "UPDATE events SET status = 'cancelled' WHERE id = $eid"
sql "INSERT INTO events (uid, title, starts_at, all_day, country_code) VALUES ('untitled@c2c', '', '2026-05-01', 1, 'DE')"
fetch "$N/feeds/events.ics"
cp "$TMP_BODY" "$VAR/all.ics"
expect_eq "calendar: 200 text/calendar" "$STATUS $(header Content-Type)" "200 text/calendar; charset=utf-8"
out=$("$BUILD_DIR/ics_check" -s "$VAR/all.ics" 2>&1)
expect_eq "calendar parses with libical, RFC 5545/5546 rules and line format ($out)" "$?" 0
out=$($PY "$top/tests/tools/ics_check.py" "$VAR/all.ics" 2>&1)
expect_eq "calendar parses with python-icalendar ($out)" "$?" 0
expect_eq "calendar has every event" "$(grep -c '^BEGIN:VEVENT' "$VAR/all.ics")" "$(sql 'SELECT COUNT(*) FROM events WHERE removed_at IS NULL')"
expect_eq "calendar lines end in CRLF" "$(grep -vc $'\r$' "$VAR/all.ics")" 0
expect_eq "calendar lines fit in 75 octets" "$(tr -d '\r' < "$VAR/all.ics" | awk 'length($0) > 75' | LC_ALL=C wc -l)" 0
expect_eq "recurrence kept as a recurrence, in its zone" \
	"$(grep -c -e '^RRULE:FREQ=WEEKLY;COUNT=10' -e '^DTSTART;TZID=Europe/Berlin:20260302T090000' -e '^BEGIN:VTIMEZONE' "$VAR/all.ics")" 3
expect_eq "cancelled event is STATUS:CANCELLED" "$(grep -c '^STATUS:CANCELLED' "$VAR/all.ics")" 1
fetch "$N/feeds/events.ics"
expect_eq "calendar is byte-identical when unchanged" "$(cmp -s "$TMP_BODY" "$VAR/all.ics" && echo same)" same

# One filter grammar: a partnership's events, in every format.
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'muenster' LIMIT 1")
if [ -n "$pid" ]; then
	fetch "$N/events.xml?partnership=$pid&from=1900-01-01&limit=500"; x=$(xp 'count(//c:event)')
	fetch "$N/feeds/events.ics?partnership=$pid"; i=$(grep -c '^BEGIN:VEVENT' "$TMP_BODY")
	fetch "$N/events?partnership=$pid&from=1900-01-01&limit=500"; h=$(grep -c 'href="/events/[0-9]*"' "$TMP_BODY")
	expect_eq "a partnership's events: the same in XML, HTML and iCalendar" "$x $h $i" "$x $x $x"
	expect_eq "... and there are some" "$([ "$x" -gt 0 ] && echo yes)" yes
else
	skip "a partnership's events in every format" "Muenster has no partnership in this data"
fi

# Incremental sync: a mirror built from updated_since stays an exact copy.
expect_status "updated_since malformed: 400" "$N/cities.xml?updated_since=yesterday" 400
expect_status "updated_since without Z: 400" "$N/cities.xml?updated_since=2020-01-01T00:00:00" 400
out=$($PY "$top/tests/integration/mirror_check.py" "$N" "$VAR/mirror.json" full 2>&1)
expect_eq "mirror: full walk ($out)" "$?" 0
sql "UPDATE cities SET population = population + 1 WHERE slug IN ('leeds', 'hangzhou')"
sql "UPDATE partnerships SET deleted_at = UTC_TIMESTAMP(6) WHERE id = 5"
sql "INSERT INTO agreements (partnership_id, kind, title) VALUES (1, 'mou', 'A new MoU')"
sql "UPDATE agreements SET deleted_at = UTC_TIMESTAMP(6) WHERE id = 2"
out=$($PY "$top/tests/integration/mirror_check.py" "$N" "$VAR/mirror.json" sync 2>&1)
expect_eq "mirror: sync ($out)" "$?" 0
out=$($PY "$top/tests/integration/mirror_check.py" "$N" "$VAR/mirror.json" compare 2>&1)
expect_eq "mirror: exact copy after changes and deletions ($out)" "$?" 0
fetch "$N/partnerships.xml?updated_since=2000-01-01T00:00:00Z&limit=500"
expect_eq "sync lists a deleted partnership as a tombstone" "$(xp 'count(//c:partnership[@id="5"][@deleted])')" 1
expect_eq "sync answers are not cached" "$(header Cache-Control)" no-store
expect_status "a deleted partnership is gone from its page" "$N/partnerships/5.xml" 404

# nginx's fastcgi_cache in front of the feeds (conf/nginx-c2c-feeds-cache.conf).
S="http://127.0.0.1:$NGINX_SUB/c2c"
fetch "$S/feeds/events.atom?city=leeds"
first=$(header X-Cache)
fetch "$S/feeds/events.atom?city=leeds"
expect_eq "nginx caches the feeds (first $first, then HIT)" "$(header X-Cache)" HIT
check_atom "the cached feed is the feed" "$S/feeds/events.atom?city=leeds"
fetch "$S/cities.xml"
expect_eq "nginx does not cache the XML API" "$(header X-Cache)" ""

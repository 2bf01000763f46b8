# t96_sources.sh: the calendar sources (/sources, /sources/{id}) and the source= filter of
# the events: health classes and their summary, runs (an interrupted one), untrusted text
# from feeds shown as text, hostile ids.  Sources and runs are written with SQL, as the
# importer (c2cctl import) would leave them.

now="UTC_TIMESTAMP(6)"
city_id() { sql "SELECT id FROM cities WHERE slug = '$1'"; }
add_source() {   # NAME-SQL URL-SQL OWNER-SQL REST-COLUMNS REST-VALUES: prints the new id
	sql "INSERT INTO calendar_sources (name, url, owner_city_id $4) VALUES ($1, $2, $3 $5); SELECT LAST_INSERT_ID()"
}
leeds=$(city_id leeds)
shanghai=$(city_id shanghai)

# Healthy: fetched an hour ago, due in five hours; two areas; one run done, one running.
s_ok=$(add_source "'Leeds events'" "'https://example.org/leeds.ics'" "$leeds" \
	", last_fetch_at, next_fetch_at, last_status, refresh_minutes, feed_refresh_minutes, tzid" \
	", $now - INTERVAL 1 HOUR, $now + INTERVAL 5 HOUR, 'ok', 360, 720, 'Europe/London'")
sql "INSERT INTO calendar_source_areas (source_id, area_id) SELECT $s_ok, id FROM areas ORDER BY id LIMIT 2"
sql "INSERT INTO import_runs (source_id, started_at, finished_at, status, http_status, bytes, added, updated, removed, unchanged, skipped, events_in_feed, host) VALUES \
	($s_ok, $now - INTERVAL 1 HOUR, $now - INTERVAL 1 HOUR + INTERVAL 1500000 MICROSECOND, 'ok', 200, 123456, 2, 0, 0, 0, 1, 3, 'importer-1'), \
	($s_ok, $now - INTERVAL 5 MINUTE, NULL, 'running', NULL, NULL, 0, 0, 0, 0, 0, NULL, 'importer-2')"
# Two of its events: one current, one removed from the feed.
sql "INSERT INTO events (uid, title, starts_at, city_id, source_id, removed_at) VALUES \
	('t96-current@example.org', 'Imported forum', UTC_DATE() + INTERVAL 10 DAY, $leeds, $s_ok, NULL), \
	('t96-gone@example.org', 'Vanished forum', UTC_DATE() + INTERVAL 11 DAY, $leeds, $s_ok, $now)"

# Failing, with hostile text everywhere a feed or its server can put some.
s_bad=$(add_source "'<script>alert(1)</script> & Co'" "'https://example.org<b>\"/x.ics?a=1&b=<b>\"'" "$shanghai" \
	", last_fetch_at, next_fetch_at, last_status, last_error, last_error_public, failures, uids_unstable, retry_after" \
	", $now - INTERVAL 1 DAY, $now + INTERVAL 1 HOUR, 'failed', 'connect to 10.0.0.5 refused', '<script>alert(\"x\")</script> at line 3', 2, 1, $now + INTERVAL 2 HOUR")
sql "INSERT INTO import_runs (source_id, started_at, finished_at, status, http_status, added, error, error_public, warnings) VALUES \
	($s_bad, $now - INTERVAL 3 DAY, $now - INTERVAL 3 DAY + INTERVAL 2 SECOND, 'ok', 200, 5, NULL, NULL, NULL), \
	($s_bad, $now - INTERVAL 2 DAY, $now - INTERVAL 2 DAY + INTERVAL 1 SECOND, 'failed', 500, 0, 'HTTP status 500', NULL, NULL), \
	($s_bad, $now - INTERVAL 1 DAY, $now - INTERVAL 1 DAY + INTERVAL 1 SECOND, 'failed', 200, 0, 'connect to 10.0.0.5 refused', '<script>alert(\"x\")</script> at line 3', '<b>bold</b> warning'), \
	($s_bad, $now - INTERVAL 2 HOUR, NULL, 'running', NULL, 0, NULL, NULL, NULL)"
since=$(sql "SELECT DATE_FORMAT(started_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM import_runs WHERE source_id = $s_bad AND http_status = 500")

s_off=$(add_source "'Switched off'" "'https://example.org/off.ics'" NULL ", enabled, last_fetch_at" ", 0, $now - INTERVAL 30 DAY")
s_new=$(add_source "NULL" "'https://example.org/new.ics'" NULL "" "")
# Overdue: due three hours ago; 25 runs, of which the page shows the latest 20.
s_late=$(add_source "'Late calendar'" "'http://example.org/late.ics'" NULL \
	", last_fetch_at, next_fetch_at, last_status" ", $now - INTERVAL 10 HOUR, $now - INTERVAL 3 HOUR, 'unchanged'")
for i in $(seq 25); do
	sql "INSERT INTO import_runs (source_id, started_at, finished_at, status, http_status) VALUES \
		($s_late, $now - INTERVAL 10 HOUR - INTERVAL $i HOUR, $now - INTERVAL 10 HOUR - INTERVAL $i HOUR + INTERVAL 1 SECOND, 'unchanged', 304)"
done

# The list: a summary of every source's health, each source with its own.
expect_xml "sources list: valid XML, five sources" "$N/sources.xml" 200 'string(/c:sources/@count)' 5
expect_eq "... summary: total" "$(xp 'string(//c:summary/@total)')" 5
expect_eq "... summary: one of each class" \
	"$(xp 'concat(//c:summary/@healthy, //c:summary/@failing, //c:summary/@disabled, //c:summary/@never-fetched, //c:summary/@overdue)')" 11111
expect_eq "... health per source" \
	"$(xp "concat(//c:source[@id=$s_ok]/@health, ' ', //c:source[@id=$s_bad]/@health, ' ', //c:source[@id=$s_off]/@health, ' ', //c:source[@id=$s_new]/@health, ' ', //c:source[@id=$s_late]/@health)")" \
	"healthy failing disabled never-fetched overdue"
expect_eq "... owning city in both scripts" \
	"$(xp "concat(//c:source[@id=$s_bad]/c:city/@slug, ' ', //c:source[@id=$s_bad]/c:city/c:name[@xml:lang='zh'])")" "shanghai 上海"
expect_eq "... areas, refresh interval, current events" \
	"$(xp "concat(count(//c:source[@id=$s_ok]/c:areas/c:area), ' ', //c:source[@id=$s_ok]/c:refresh-minutes, ' ', //c:source[@id=$s_ok]/c:event-count)")" "2 360 1"
expect_eq "... failing since the first failure after the last good run" \
	"$(xp "string(//c:source[@id=$s_bad]/c:failing-since)")" "$since"
expect_eq "... next fetch not before the server's Retry-After" \
	"$(xp "string(//c:source[@id=$s_bad]/c:next-fetch) = string(//c:source[@id=$s_bad]/c:retry-after)")" true
expect_eq "... unstable UIDs flagged" "$(xp "string(//c:source[@id=$s_bad]/@uids-unstable)")" 1
fetch "$N/sources.xml"
expect_eq "sources are never cached (health moves with the clock)" "$(header Cache-Control)" "no-store"
expect_xml "sources paged" "$N/sources.xml?limit=2" 200 'count(//c:source)' 2
next=$(xp 'string(//c:next/@href)')
expect_xml "... the next page follows" "http://127.0.0.1:$NGINX_ROOT$next" 200 'count(//c:source)' 2
expect_eq "... and still summarises every source" "$(xp 'string(//c:summary/@total)')" 5
expect_xml "a cursor that is not one: 400" "$N/sources.xml?after=zz" 400 'string(/c:error/c:parameter)' after
expect_xml "a parameter /sources does not take: 400" "$N/sources.xml?city=leeds" 400 'string(/c:error/c:parameter)' city

# One source: its runs, newest first; an unfinished run an hour old is interrupted.
expect_xml "failing source: valid XML" "$N/sources/$s_bad.xml" 200 'string(/c:source/@health)' failing
expect_eq "... its runs, newest first" "$(xp 'count(//c:run)') $(xp 'string(//c:run[1]/@status)')" "4 interrupted"
expect_eq "... the failed runs and the good one" \
	"$(xp 'count(//c:run[@status="failed"])') $(xp 'count(//c:run[@status="ok"])')" "2 1"
expect_eq "... HTTP status and duration of a run" \
	"$(xp 'string(//c:run[c:http-status=500]/c:duration)')" "1.000"
expect_xml "healthy source: a run in progress is running" "$N/sources/$s_ok.xml" 200 \
	'string(//c:run[1]/@status)' running
expect_eq "... a finished run with its counts" \
	"$(xp 'concat(//c:run[2]/c:bytes, " ", //c:run[2]/c:added, " ", //c:run[2]/c:skipped, " ", //c:run[2]/c:events-in-feed, " ", //c:run[2]/c:host)')" \
	"123456 2 1 3 importer-1"
expect_eq "... the feed's own refresh hint and zone" \
	"$(xp 'concat(//c:feed-refresh-minutes, " ", //c:time-zone)')" "720 Europe/London"
expect_xml "the latest 20 runs only" "$N/sources/$s_late.xml" 200 'count(//c:run)' 20
expect_xml "a source never fetched: no runs" "$N/sources/$s_new.xml" 200 \
	'concat(/c:source/@health, count(//c:run))' never-fetched0

# HTML in both languages, with the health summaries.
expect_html "sources page" "$N/sources" 200 'Calendar sources'
expect_html "... names the classes" "$N/sources" 200 'Never fetched'
expect_html "... in Chinese" "$N/sources?lang=zh" 200 '日历来源'
expect_html "... classes in Chinese" "$N/sources?lang=zh" 200 '从未获取'
expect_html "source page: failing since" "$N/sources/$s_bad" 200 'failing since'
expect_html "... the interrupted run" "$N/sources/$s_bad" 200 'Interrupted'
expect_html "... in Chinese" "$N/sources/$s_bad?lang=zh" 200 '已中断'
expect_html "... failing since, in Chinese" "$N/sources/$s_bad?lang=zh" 200 '起持续失败'
expect_html "overdue source says so" "$N/sources/$s_late" 200 'Overdue'
expect_html "the pages link to the sources" "$N/events" 200 "/sources\""

# Untrusted text from feeds and importers stays text.
fetch "$N/sources/$s_bad"
expect_eq "error text with <script> is shown literally" \
	"$(grep -c '&lt;script&gt;alert("x")&lt;/script&gt; at line 3' "$TMP_BODY")" 2
expect_eq "... never as markup" "$(grep -ci '<script' "$TMP_BODY")" 0
# (The page shows the URL up to its host, where this stored one has markup; its path and
# query, which may be secret, not at all.)
expect_eq "... nor are the name, warnings or URL" \
	"$(grep -c '&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co' "$TMP_BODY") $(grep -c '&lt;b&gt;bold&lt;/b&gt; warning' "$TMP_BODY") $(grep -c 'example.org&lt;b&gt;&quot;/\|example.org&lt;b&gt;"/' "$TMP_BODY") $(grep -c 'x.ics' "$TMP_BODY")" "2 1 1 0"
expect_eq "readers see an error's category, not its detail (an internal address)" \
	"$(grep -c '10\.0\.0\.5' "$TMP_BODY")" 0
fetch "$N/sources"
expect_eq "the list escapes them too" "$(grep -ci '<script' "$TMP_BODY") $(grep -c '&lt;script&gt;alert(1)' "$TMP_BODY")" "0 1"
fetch "$N/sources/$s_bad.xml"
expect_eq "XML carries the error text as text" \
	"$(xp 'string(/c:source/c:last-error)')" '<script>alert("x")</script> at line 3'

# Hostile ids: what the other pages answer.
expect_xml "source 0: 404" "$N/sources/0.xml" 404 'string(/c:error/@status)' 404
expect_xml "a source that does not exist: 404" "$N/sources/999999999.xml" 404 'string(/c:error/@status)' 404
expect_status "negative id: 404" "$N/sources/-1" 404
expect_status "ten digits: 404" "$N/sources/1234567890" 404
expect_status "huge id: 404" "$N/sources/99999999999999999999999" 404
expect_status "not a number: 404" "$N/sources/abc" 404
expect_status "a leading zero: 404" "$N/sources/01" 404
expect_4xx "invalid UTF-8 in the id" "$N/sources/%C3%28.xml"
expect_html "404 in HTML" "$N/sources/999999999" 404 '404'

# source= on the events, in every output.
expect_xml "events of a source" "$N/events.xml?source=$s_ok" 200 'count(//c:event)' 1
expect_eq "... named on each event" \
	"$(xp "concat(//c:event/c:source/@id, ' ', //c:event/c:source/c:name)")" "$s_ok Leeds events"
expect_xml "... a removed event is not current" "$N/events.xml?source=$s_ok&from=2000-01-01" 200 \
	'count(//c:event[c:title="Vanished forum"])' 0
expect_xml "... a source without events: none" "$N/events.xml?source=$s_new" 200 'string(/c:events/@count)' 0
expect_xml "... echoed in the filter" "$N/events.xml?source=$s_ok" 200 'string(//c:filter/@source)' "$s_ok"
eid=$(sql "SELECT id FROM events WHERE uid = 't96-current@example.org'")
expect_xml "one event names its source" "$N/events/$eid.xml" 200 'string(//c:source/c:name)' 'Leeds events'
expect_html "... in HTML, linked" "$N/events/$eid" 200 "/sources/$s_ok"
expect_html "the events page names the source" "$N/events?source=$s_ok" 200 'Leeds events'
expect_xml "entered events carry no source" "$N/events.xml?from=2017-01-01&limit=500" 200 \
	'count(//c:event[not(c:source)]) > 0' true
fetch "$N/feeds/events.ics?source=$s_ok"
expect_eq "the calendar takes source=" "$STATUS $(grep -c 'SUMMARY:Imported forum' "$TMP_BODY") $(grep -c '^BEGIN:VEVENT' "$TMP_BODY")" "200 1 1"
fetch "$N/feeds/events.atom?source=$s_ok"
expect_eq "the Atom feed takes source=" "$STATUS $(grep -c 'Imported forum' "$TMP_BODY")" "200 1"
for bad in 0 -1 abc 1234567890 %C3%28; do
	expect_xml "source=$bad: 400 naming it" "$N/events.xml?source=$bad" 400 'string(/c:error/c:parameter)' source
done
expect_xml "source= on a page that does not take it: 400" "$N/cities.xml?source=1" 400 \
	'string(/c:error/c:parameter)' source

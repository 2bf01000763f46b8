# t51_cli_writes.sh: c2cctl's writes go through lib/ as the web's do (issue 17): `source
# add|enable|disable` leave an audit_log row with the actor c2cctl:<unix user>, refuse
# what POST /sources refuses with the web's own reason (its code in brackets), and store
# nothing when they refuse.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
ACTOR="c2cctl:$(id -un)"
X='xmlns="urn:c2c:xml:1"'
T51=$($C token create t51-admin admin 2>/dev/null)
area=$(sql "SELECT slug FROM areas ORDER BY id LIMIT 1")
audits() { sql "SELECT COUNT(*) FROM audit_log"; }
sources() { sql "SELECT COUNT(*) FROM calendar_sources"; }

# --- add: the row, its area, its audit row ---------------------------------------------
a0=$(audits)
out=$($C source add "https://calendar.example.org/t51.ics" --name "T51 calendar" --city leeds \
	--area "$area" --every 120 --tz Europe/London 2>&1); rc=$?
id=$(printf %s "$out" | sed -n 's/^source \([0-9]*\) added.*/\1/p')
expect_eq "source add: exit 0, prints the new source" "$rc $(sql "SELECT url FROM calendar_sources WHERE id = ${id:-0}")" \
	"0 https://calendar.example.org/t51.ics"
expect_eq "... stored as given (city, every, zone, enabled, area)" \
	"$(sql "SELECT CONCAT_WS(' ', c.slug, s.refresh_minutes, s.tzid, s.enabled, (SELECT GROUP_CONCAT(a.slug) FROM calendar_source_areas sa JOIN areas a ON a.id = sa.area_id WHERE sa.source_id = s.id)) FROM calendar_sources s JOIN cities c ON c.id = s.owner_city_id WHERE s.id = ${id:-0}")" \
	"leeds 120 Europe/London 1 $area"
expect_eq "... and one audit row: create, by $ACTOR, with the source after" \
	"$(($(audits) - a0)) $(sql "SELECT CONCAT_WS(' ', actor, action, entity, before_xml IS NULL, after_xml LIKE '%t51.ics%') FROM audit_log WHERE entity = 'source' AND entity_id = ${id:-0} ORDER BY id DESC LIMIT 1")" \
	"1 $ACTOR create source 1 1"

# --- disable, enable: one audit row each, before and after -----------------------------
sql "UPDATE calendar_sources SET next_fetch_at = UTC_TIMESTAMP(6) + INTERVAL 1 DAY WHERE id = ${id:-0}"
a0=$(audits)
$C source disable "${id:-0}" >/dev/null 2>&1; rc=$?
expect_eq "source disable: exit 0, disabled, an update row by $ACTOR" \
	"$rc $(sql "SELECT enabled FROM calendar_sources WHERE id = ${id:-0}") $(($(audits) - a0)) $(sql "SELECT CONCAT_WS(' ', actor, action, before_xml LIKE '%<enabled>1</enabled>%', after_xml LIKE '%<enabled>0</enabled>%') FROM audit_log WHERE entity = 'source' AND entity_id = ${id:-0} ORDER BY id DESC LIMIT 1")" \
	"0 0 1 $ACTOR update 1 1"
$C source enable "${id:-0}" >/dev/null 2>&1; rc=$?
expect_eq "source enable: exit 0, enabled and due now, an update row" \
	"$rc $(sql "SELECT CONCAT_WS(' ', enabled, next_fetch_at IS NULL) FROM calendar_sources WHERE id = ${id:-0}") $(($(audits) - a0)) $(sql "SELECT after_xml LIKE '%<enabled>1</enabled>%' FROM audit_log WHERE entity = 'source' AND entity_id = ${id:-0} ORDER BY id DESC LIMIT 1")" \
	"0 1 1 2 1"
a0=$(audits)
out=$($C source disable 999999 2>&1); rc=$?
expect_eq "source disable of no source: exit 1, says so, no audit row" \
	"$rc $(printf %s "$out" | grep -c 'no source 999999') $(($(audits) - a0))" "1 1 0"

# --- refusals: the web's, with its code; nothing stored -------------------------------
# refused FIELD CODE XML-FIELDS -- CLI-ARGS...: POST /sources answers 422 CODE on FIELD
# and c2cctl exits 2 naming [CODE]; neither stores a source nor an audit row.
refused() {
	field=$1 code=$2 body=$3; shift 4
	n0=$(sources) a0=$(audits)
	fetch "$N/sources" -X POST -H "Authorization: Bearer $T51" -H 'Content-Type: application/xml' \
		--data-binary "<source-edit $X><city>leeds</city>$body</source-edit>"
	web="$STATUS $(xp "string(//c:invalid[@field='$field']/@code)")"
	out=$($C source add "$@" 2>&1); rc=$?
	expect_eq "$field $code (${1%%.ics}): the web 422, c2cctl exit 2 with [$code], nothing stored" \
		"$web $rc $(printf %s "$out" | grep -c "\[$code\]") $(($(sources) - n0)) $(($(audits) - a0))" \
		"422 $code 2 1 0 0"
}
refused url url-credentials "<url>https://user:s3cret@calendar.example.org/t51.ics</url>" -- \
	"https://user:s3cret@calendar.example.org/t51.ics" --city leeds
refused url url-credentials "<url>https://token@calendar.example.org/t51.ics</url>" -- \
	"https://token@calendar.example.org/t51.ics" --city leeds
refused url not-a-url "<url>javascript:alert(1)</url>" -- "javascript:alert(1)" --city leeds
refused url not-a-url "<url>file:///etc/passwd</url>" -- "file:///etc/passwd"
refused url not-a-url "<url>http://exa mple.org/x.ics</url>" -- "http://exa mple.org/x.ics"
refused refresh-minutes not-an-integer "<url>https://example.org/t51b.ics</url><refresh-minutes>99999</refresh-minutes>" -- \
	"https://example.org/t51b.ics" --every 99999
refused refresh-minutes not-an-integer "<url>https://example.org/t51b.ics</url><refresh-minutes>4</refresh-minutes>" -- \
	"https://example.org/t51b.ics" --every 4
long=$(printf 'n%.0s' $(seq 201))
refused name too-long "<url>https://example.org/t51b.ics</url><name>$long</name>" -- \
	"https://example.org/t51b.ics" --name "$long"
# The web's rules hold for c2cctl even where the web's body cannot carry the value
# (a tab in one line of text).
n0=$(sources) a0=$(audits)
out=$($C source add "https://example.org/t51b.ics" --name "$(printf 'a\tb')" 2>&1); rc=$?
expect_eq "a tab in --name: exit 2 [not-one-line], nothing stored" \
	"$rc $(printf %s "$out" | grep -c '\[not-one-line\]') $(($(sources) - n0)) $(($(audits) - a0))" "2 1 0 0"
n0=$(sources) a0=$(audits)
out=$($C source add "https://example.org/t51b.ics" --area no-such-area 2>&1); rc=$?
expect_eq "an unknown area: exit 1 naming it, nothing stored" \
	"$rc $(printf %s "$out" | grep -c 'no-such-area') $(($(sources) - n0)) $(($(audits) - a0))" "1 1 0 0"
n0=$(sources) a0=$(audits)
out=$($C source add "https://calendar.example.org/t51.ics" 2>&1); rc=$?
expect_eq "a URL another source has: exit 1, nothing stored" \
	"$rc $(printf %s "$out" | grep -c 'already has this URL') $(($(sources) - n0)) $(($(audits) - a0))" "1 1 0 0"

# c2cctl check reads its counts through lib/ (migrate_counts) as it did with its own SQL.
expect_eq "c2cctl check: the migrations, seed files, cities and partnerships" \
	"$($C check 2>&1 | sed -n "s/, data version [0-9]*$//p")" \
	"database ok: $(sql "SELECT CONCAT((SELECT COUNT(*) FROM schema_migrations WHERE kind = 'schema'), ' migrations, ', (SELECT COUNT(*) FROM schema_migrations WHERE kind = 'seed'), ' seed files, ', (SELECT COUNT(*) FROM cities), ' cities, ', (SELECT COUNT(*) FROM partnerships), ' partnerships')")"

# Out of the way of the tests that count the sources (t96).
sql "DELETE FROM calendar_source_areas WHERE source_id = ${id:-0}; DELETE FROM calendar_sources WHERE id = ${id:-0}"

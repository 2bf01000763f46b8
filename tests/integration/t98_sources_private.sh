# t98_sources_private.sh: a calendar's address may be its secret (issue 15).  Addresses
# with a user name or password are refused, by the web and by c2cctl, with a reason; the
# public pages and feeds show a source's address only as far as its host, and editors
# see it whole.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add alice editor gothenburg >/dev/null 2>&1
PG=$($C token create private-gothenburg editor gothenburg 2>/dev/null)
X='xmlns="urn:c2c:xml:1"'
n0=$(sql "SELECT COUNT(*) FROM calendar_sources")

fetch "$N/sources" -X POST -H "Authorization: Bearer $PG" -H 'Content-Type: application/xml' --data-binary \
	"<source-edit $X><city>gothenburg</city><url>https://user:s3cret@calendar.example.org/gbg.ics</url></source-edit>"
expect_eq "a source address with user:password@: 422 url-credentials" \
	"$STATUS $(xp 'string(//c:invalid[@field="url"]/@code)')" "422 url-credentials"
fetch "$N/sources?lang=zh" -X POST -H "Authorization: Bearer $PG" -H 'Content-Type: application/xml' --data-binary \
	"<source-edit $X><city>gothenburg</city><url>https://token@calendar.example.org/gbg.ics</url></source-edit>"
expect_eq "... a user name alone too, the reason in Chinese" \
	"$STATUS $(xp 'string(//c:invalid[@field="url"])' | grep -c '用户名或密码')" "422 1"
out=$($C source add "https://user:s3cret@calendar.example.org/cli.ics" --city gothenburg 2>&1); rc=$?
expect_eq "c2cctl source add refuses it too (exit 2), saying why" "$rc $(echo "$out" | grep -c 'user name or password')" "2 1"
expect_eq "... nothing stored" "$(sql "SELECT COUNT(*) FROM calendar_sources")" "$n0"

# A private token in the path (as calendar services publish them), and a row with a
# password stored before c2c refused them.
fetch "$N/sources" -X POST -H "Authorization: Bearer $PG" -H 'Content-Type: application/xml' --data-binary \
	"<source-edit $X><city>gothenburg</city><url>https://calendar.example.org:8443/private-4f9a0c1e/basic.ics?key=k3y</url><name>Private feed</name></source-edit>"
ps=$(xp 'string(//c:item/@id)')
expect_eq "an address with a private path is stored whole" \
	"$STATUS $(sql "SELECT url FROM calendar_sources WHERE id = '$ps'")" \
	"201 https://calendar.example.org:8443/private-4f9a0c1e/basic.ics?key=k3y"
sql "INSERT INTO calendar_sources (name, url, owner_city_id) SELECT 'Old feed',
	'https://olduser:0ldpass@old.example.org/x/cal.ics', id FROM cities WHERE slug = 'gothenburg'"
os=$(sql "SELECT id FROM calendar_sources WHERE name = 'Old feed'")
expect_xml "/sources/{id}.xml shows the address up to its host" "$N/sources/$ps.xml" 200 \
	'string(//c:url)' "https://calendar.example.org:8443/"
expect_xml "... without the user name and password of an older row" "$N/sources/$os.xml" 200 \
	'string(//c:url)' "https://old.example.org/"
leaks=""
for page in /sources /sources.xml "/sources?lang=zh" "/sources/$ps" "/sources/$os" "/sources/$os.xml" \
	/feeds/events.atom "/events.xml?source=$ps"; do
	fetch "$N$page"
	grep -q -e 'private-4f9a0c1e' -e 'k3y' -e '0ldpass' -e 'olduser' "$TMP_BODY" && leaks="$leaks $page"
done
expect_eq "no public page shows the path, the key, the user or the password" "$leaks" ""
fetch "$N/edit/sources/$ps" -u alice:pw-alice
expect_eq "the source's editor sees the whole address in its form" \
	"$STATUS $(grep -c 'private-4f9a0c1e/basic.ics?key=k3y' "$TMP_BODY")" "200 1"
sql "DELETE FROM calendar_sources WHERE id IN ('$ps', '$os')"

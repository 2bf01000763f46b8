# t95_editing.sh: identities, the write API, the editing form and the audit log (issue 7).
# nginx asks for basic auth on /edit/ (conf/nginx-c2c-edit.conf; tests/harness/nginx.sh
# makes the users alice, bob, carol and mallory with password "pw-" and their name).

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
pid=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
other=$(sql "SELECT MIN(p.id) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id WHERE e.slug NOT IN ('gothenburg') AND p.china_city_id <> (SELECT id FROM cities WHERE slug = 'shanghai')")

# c2cctl: users and tokens, each change audited (counted from here: t51 and t88 write with
# c2cctl too, and a user an earlier file made, t88's carol say, is refused here as one
# that exists).
cli0=$(sql "SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'c2cctl:%' AND entity IN ('user', 'api-token')")
had_users=$(sql "SELECT COUNT(*) FROM users WHERE name IN ('alice', 'bob', 'carol')")
$C user add alice editor gothenburg >/dev/null 2>&1
$C user add bob editor leeds >/dev/null 2>&1
$C user add carol admin >/dev/null 2>&1
out=$($C user add dave editor 2>&1); rc=$?
expect_eq "c2cctl: an editor needs a city" "$rc $(printf %s "$out" | grep -c 'needs a city')" "1 1"
expect_eq "c2cctl user list" "$($C user list | awk '$1 == "alice" {print $2, $3}')" "editor gothenburg"
TG=$($C token create gothenburg-portal editor gothenburg 2>/dev/null)
TL=$($C token create leeds-portal editor leeds 2>/dev/null)
TR=$($C token create reader-portal reader 2>/dev/null)
TX=$($C token create revoked-portal admin 2>/dev/null)
expect_eq "c2cctl token create prints the token alone" "$(printf %s "$TG" | grep -cE '^c2c_[A-Za-z0-9_-]{43}$')" 1
expect_eq "only the token's hash is stored" \
	"$(sql "SELECT COUNT(*) FROM api_tokens WHERE token_sha256 = UNHEX(SHA2('$TG', 256)) AND name = 'gothenburg-portal'")" 1
xid=$(sql "SELECT id FROM api_tokens WHERE name = 'revoked-portal'")
$C token revoke "$xid" >/dev/null
expect_eq "c2cctl token list shows the revocation" "$($C token list | awk -v id="$xid" '$1 == id {print ($6 != "-")}')" 1
expect_eq "user and token changes are audited" \
	"$(($(sql "SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'c2cctl:%' AND entity IN ('user', 'api-token')") - cli0))" "$((8 - had_users))"

csv_ok=$'kpi,partnership,start,end,value,comment\njoint-projects,'"$pid"$',2030-01-01,2030-03-31,7,first\n'
post() {   # TOKEN TYPE BODY [curl args]: POST /kpi-values
	tok=$1 type=$2 data=$3; shift 3
	fetch "$N/kpi-values" -X POST ${tok:+-H "Authorization: Bearer $tok"} -H "Content-Type: $type" \
		--data-binary "$data" "$@"
}

# Every write endpoint refuses anonymous users, bad tokens and out-of-scope editors.
post "" text/csv "$csv_ok"
expect_eq "POST /kpi-values anonymous: 401 with a challenge" "$STATUS $(header WWW-Authenticate)" '401 Bearer realm="c2c"'
post "c2c_$(printf 'x%.0s' $(seq 43))" text/csv "$csv_ok"
expect_eq "... an unknown token: 401" "$STATUS" 401
post "$TX" text/csv "$csv_ok"
expect_eq "... a revoked token: 401" "$STATUS" 401
post "$TR" text/csv "$csv_ok"
expect_eq "... a reader: 403" "$STATUS" 403
post "$TL" text/csv "$csv_ok"
expect_eq "... an editor of another city: 403" "$STATUS" 403
expect_xml "... said in a valid error document" "$N/kpi-values" 403 'string(//c:invalid/@code)' out-of-scope \
	-X POST -H "Authorization: Bearer $TL" -H 'Content-Type: text/csv' --data-binary "$csv_ok"
for m in PUT DELETE; do
	fetch "$N/partnerships/$pid" -X $m -H 'Content-Type: application/xml' --data-binary '<partnership-edit xmlns="urn:c2c:xml:1"><status>active</status></partnership-edit>'
	expect_eq "$m /partnerships/$pid anonymous: 401" "$STATUS" 401
	fetch "$N/partnerships/$pid" -X $m -H "Authorization: Bearer $TL" -H 'Content-Type: application/xml' --data-binary '<partnership-edit xmlns="urn:c2c:xml:1"><status>active</status></partnership-edit>'
	expect_eq "$m /partnerships/$pid, editor of another city: 403" "$STATUS" 403
done
expect_status "the editing form anonymous: 401 from nginx" "$N/edit/kpi-values" 401
expect_status "... with a wrong password: 401" "$N/edit/kpi-values" 401 -u alice:nope
expect_status "... a user name nginx did not check (no auth on /c2c/edit there) is not trusted: 401" \
	"http://127.0.0.1:$NGINX_SUB/c2c/edit/kpi-values" 401 -u alice:anything

# The right ones are accepted; the audit log holds each change with before and after.
v0=$(sql "SELECT version FROM data_version")
post "$TG" text/csv "$csv_ok"
expect_eq "an editor of the city: 201" "$STATUS" 201
loc=$(header Location)
new=$(xp 'string(//c:kpi-value/@id)')
expect_eq "... Location names the new value" "$loc" "$N/kpi-values/$new"
expect_xml "... which reads back" "$loc.xml" 200 'string(//c:comment)' first
expect_eq "... entered by the token" "$(sql "SELECT entered_by FROM kpi_values WHERE id = $new")" "token:gothenburg-portal (#$(sql "SELECT id FROM api_tokens WHERE name = 'gothenburg-portal'"))"
expect_eq "... the write bumped the data version" "$(sql "SELECT version > $v0 FROM data_version")" 1
expect_eq "... and is in the audit log" \
	"$(sql "SELECT CONCAT(action, ' ', entity, ' ', before_xml IS NULL, ' ', after_xml LIKE '%<comment>first</comment>%') FROM audit_log WHERE entity = 'kpi-value' AND entity_id = $new")" \
	"create kpi-value 1 1"

# A correction supersedes; both stay.
xml_fix='<kpi-entries xmlns="urn:c2c:xml:1"><kpi-entry kpi="joint-projects"><partnership id="'$pid'"/><period start="2030-01-01" end="2030-03-31"/><value>8</value><supersedes>'$new'</supersedes></kpi-entry></kpi-entries>'
post "$TG" application/xml "$xml_fix"
fix=$(xp 'string(//c:kpi-value/@id)')
expect_eq "an XML correction: 201" "$STATUS" 201
expect_xml "the corrected value stays, superseded" "$N/kpi-values/$new.xml" 200 'string(//c:superseded-by)' "$fix"
expect_eq "the audit log keeps the value before and after" \
	"$(sql "SELECT CONCAT(before_xml LIKE '%<value>7.0000</value>%', after_xml LIKE '%<value>8.0000</value>%') FROM audit_log WHERE entity = 'kpi-value' AND entity_id = $fix")" 11
post "$TG" application/xml "$xml_fix"
expect_eq "correcting a value corrected already: 409" "$STATUS $(xp 'string(//c:invalid/@code)')" "409 corrected-already"

# If-Match: a replayed stale ETag gets 409, the current one passes.
fetch "$N/partnerships/$pid.xml"
etag=$(header ETag)
post "$TG" text/csv "$csv_ok" -H "If-Match: $etag"
expect_eq "POST with the current ETag in If-Match: 201" "$STATUS" 201
post "$TG" text/csv "$csv_ok" -H "If-Match: $etag"
expect_eq "... replayed, now stale: 409" "$STATUS" 409
edit='<partnership-edit xmlns="urn:c2c:xml:1"><status>dormant</status><narrative-step>6</narrative-step><notes>Reviewed</notes></partnership-edit>'
# The partnership page's ETag carries the partnership's own tag: writes elsewhere (the
# values above) do not make it stale; a change of the partnership does.
fetch "$N/partnerships/$pid" -X PUT -H "Authorization: Bearer $TG" -H 'Content-Type: application/xml' -H "If-Match: $etag" \
	--data-binary '<partnership-edit xmlns="urn:c2c:xml:1"><status>active</status><narrative-step>5</narrative-step></partnership-edit>'
expect_eq "PUT with an ETag older than writes elsewhere only: 204" "$STATUS" 204
fetch "$N/partnerships/$pid" -X PUT -H "Authorization: Bearer $TG" -H 'Content-Type: application/xml' -H "If-Match: $etag" --data-binary "$edit"
expect_eq "PUT with a stale If-Match (the partnership changed): 409" "$STATUS" 409
fetch "$N/partnerships/$pid.xml"
fetch "$N/partnerships/$pid" -X PUT -H "Authorization: Bearer $TG" -H 'Content-Type: application/xml' -H "If-Match: $(header ETag)" --data-binary "$edit"
expect_eq "PUT by the city's editor with the current ETag: 204" "$STATUS" 204
expect_eq "... changed the partnership" "$(sql "SELECT CONCAT(status, ' ', narrative_step, ' ', notes) FROM partnerships WHERE id = $pid")" "dormant 6 Reviewed"
expect_eq "... audited with before and after" \
	"$(sql "SELECT CONCAT(before_xml LIKE '%<status>active</status>%', after_xml LIKE '%<status>dormant</status>%') FROM audit_log WHERE entity = 'partnership' AND entity_id = $pid AND action = 'update' ORDER BY id DESC LIMIT 1")" 11

# Hostile input: 422 with every problem, nothing stored; injection stored literally.
n0=$(sql "SELECT COUNT(*) FROM kpi_values")
bad=$'kpi,partnership,start,end,value\njoint-projects,'"$pid"$',2030-04-01,2030-06-30,1\njoint-projects,'"$pid"$',2030-02-30,2030-06-30,1\njoint-projects,'"$pid"$',2030-07-01,2030-09-30,x\n'
expect_xml "a CSV with bad rows: 422, each with its line" "$N/kpi-values" 422 \
	'concat(//c:invalid[1]/@line, " ", //c:invalid[1]/@field, " ", //c:invalid[2]/@line, " ", //c:invalid[2]/@field)' "3 start 4 value" \
	-X POST -H "Authorization: Bearer $TG" -H 'Content-Type: text/csv' --data-binary "$bad"
expect_eq "... and stores nothing, not even the good row" "$(sql "SELECT COUNT(*) FROM kpi_values")" "$n0"
post "$TG" text/csv $'kpi,partnership,start,end,value,comment\njoint-projects,'"$pid"$',2030-01-01,2030-03-31,1,caf\xc3\n'
expect_eq "invalid UTF-8: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-text"
post "$TG" text/csv "kpi,partnership,start,end,value,source"$'\n'"joint-projects,$pid,2030-01-01,2030-03-31,1,$(printf 'y%.0s' $(seq 301))"$'\n'
expect_eq "an over-long value: 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 too-long"
post "$TG" application/xml '<!DOCTYPE kpi-entry [<!ENTITY x SYSTEM "file:///etc/passwd">]><kpi-entry xmlns="urn:c2c:xml:1" kpi="joint-projects"><partnership id="'$pid'"/><period start="2030-01-01" end="2030-01-31"/><value>1</value><comment>&x;</comment></kpi-entry>'
expect_eq "XML with a DTD (XXE): 422" "$STATUS $(xp 'string(//c:invalid/@code)')" "422 not-well-formed"
evil="'); DROP TABLE kpi_values; -- <script>alert(1)</script>"
post "$TG" text/csv "kpi,partnership,start,end,value,comment"$'\n'"joint-projects,$pid,2030-01-01,2030-01-31,1,\"$evil\""$'\n'
inj=$(xp 'string(//c:kpi-value/@id)')
expect_eq "injection text: stored" "$STATUS $(sql "SELECT comment = '$(printf %s "$evil" | sed "s/'/''/g")' FROM kpi_values WHERE id = '$inj'")" "201 1"
expect_xml "... shown literally in XML" "$N/kpi-values/$inj.xml" 200 'string(//c:comment)' "$evil"
fetch "$N/kpi-values/$inj"
expect_eq "... and escaped in HTML" "$(grep -c '<script>alert' "$TMP_BODY") $(grep -c '&lt;script&gt;alert(1)&lt;/script&gt;' "$TMP_BODY")" "0 1"
post "$TG" application/json '{}'
expect_eq "another media type: 415" "$STATUS" 415
head -c 600000 /dev/zero | tr '\0' a > "$VAR/big.csv"
post "$TG" text/csv "@$VAR/big.csv"
expect_eq "a body over max_body_kb: 413" "$STATUS" 413

# The editing form: CSRF token required; problems next to their fields, in two languages.
fetch "$N/edit/kpi-values?partnership=$pid" -u alice:pw-alice
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
expect_eq "the form for a signed-in editor: 200, with a CSRF token" "$STATUS $(printf %s "$csrf" | grep -cE '^[0-9]+\.[0-9a-f]{64}$')" "200 1"
expect_eq "... never cached" "$(header Cache-Control)" "no-store"
form="kpi=joint-projects&partnership=$pid&start=2031-01-01&end=2031-03-31&value=2"
n0=$(sql "SELECT COUNT(*) FROM kpi_values")
fetch "$N/edit/kpi-values" -u alice:pw-alice -X POST --data "$form"
expect_eq "a form post without the CSRF token: 403" "$STATUS" 403
fetch "$N/edit/kpi-values" -u bob:pw-bob -X POST --data-urlencode "csrf=$csrf" --data "$form"
expect_eq "... with another user's token: 403" "$STATUS" 403
expect_eq "... nothing stored" "$(sql "SELECT COUNT(*) FROM kpi_values")" "$n0"
fetch "$N/edit/kpi-values" -u bob:pw-bob
bcsrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
fetch "$N/edit/kpi-values" -u bob:pw-bob -X POST --data-urlencode "csrf=$bcsrf" --data "$form"
expect_eq "an editor of another city, with a valid token: 403" "$STATUS" 403
fetch "$N/edit/kpi-values" -u mallory:pw-mallory
mcsrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
fetch "$N/edit/kpi-values" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$mcsrf" --data "$form"
expect_eq "an authenticated but unregistered user (a reader): 403" "$STATUS" 403
fetch "$N/edit/kpi-values?lang=zh" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data "kpi=joint-projects&partnership=$pid&start=2031-02-30&end=2031-03-31&value=x"
expect_eq "bad fields: 422, the form again" "$STATUS" 422
expect_eq "... each problem next to its field, in Chinese" \
	"$(grep -c 'id="err-start">请按YYYY-MM-DD' "$TMP_BODY") $(grep -c 'id="err-value">请填写数字' "$TMP_BODY")" "1 1"
expect_eq "... and who is signed in, the role in Chinese too" "$(grep -c '<strong>alice</strong> (编辑，gothenburg)。' "$TMP_BODY")" 1
fetch "$N/edit/kpi-values" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" \
	--data "kpi=joint-projects&partnership=$pid&start=2031-02-30&end=2031-03-31&value=x"
expect_eq "... or in English" "$(grep -c 'id="err-start">Give a real date' "$TMP_BODY")" 1
expect_eq "... with English punctuation" "$(grep -c '<strong>alice</strong> (editor, gothenburg)\. A value is never' "$TMP_BODY")" 1
fetch "$N/edit/kpi-values" -u alice:pw-alice -X POST --data-urlencode "csrf=$csrf" --data "$form"
expect_eq "the city's editor with the token: 303 to the new value" \
	"$STATUS $(header Location | grep -c "^$N/kpi-values/[0-9]*$")" "303 1"
expect_eq "... entered by alice, audited" \
	"$(sql "SELECT CONCAT(v.entered_by, ' ', a.actor) FROM kpi_values v JOIN audit_log a ON a.entity = 'kpi-value' AND a.entity_id = v.id WHERE v.id = (SELECT MAX(id) FROM kpi_values)")" "alice alice"

# DELETE is soft: the row stays, the feed publishes a tombstone.
fetch "$N/partnerships/$other" -X DELETE -H "Authorization: Bearer $TG"
expect_eq "DELETE by an editor of neither city: 403" "$STATUS" 403
TA=$($C token create admin-portal admin 2>/dev/null)
fetch "$N/partnerships/$other" -X DELETE -H "Authorization: Bearer $TA"
expect_eq "DELETE by an admin: 204" "$STATUS" 204
expect_status "... the partnership is gone from the pages" "$N/partnerships/$other.xml" 404
expect_eq "... but its row stays, with a tombstone in the feed journal and the audit log" \
	"$(sql "SELECT CONCAT((SELECT deleted_at IS NOT NULL FROM partnerships WHERE id = $other), (SELECT COUNT(*) > 0 FROM feed_log WHERE item_kind = 'partnership' AND item_id = $other AND deleted = 1), (SELECT COUNT(*) FROM audit_log WHERE entity = 'partnership' AND entity_id = $other AND action = 'delete'))")" 111
fetch "$N/partnerships/$other" -X DELETE -H "Authorization: Bearer $TA"
expect_eq "... a second DELETE: 404" "$STATUS" 404

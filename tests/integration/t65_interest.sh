# t65_interest.sh: expressions of interest, focal points and their e-mail (issue 19).
# A database of its own (c2c_interest, on the same MariaDB, with the demo data), a second
# c2c.fcgi and nginx (basic auth on /edit/: alice, bob, carol, mallory, password "pw-"
# and the name), and a real SMTP server on loopback (Debian's python3-aiosmtpd) that
# writes each message it accepts to a directory.  The demo walk of the issue: Terrassa's
# editor (alice) sends an expression to a Chinese city whose editor (bob) accepts; both
# see each other's focal point; the partnership is at the Partner step and in the feed;
# the e-mails reach the SMTP server, in each user's language; a relay that is down then
# up delivers the event after the retry, once.  Then every hostile post: a clear 4xx and
# nothing changed.

IV="$VAR/interest"
rm -rf "$IV"
mkdir -p "$IV/mail"
pick_port INT_PORT
pick_port SMTP_PORT
isql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c_interest -e "$1"; }
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -e "DROP DATABASE IF EXISTS c2c_interest;
CREATE DATABASE c2c_interest CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON c2c_interest.* TO 'c2c'@'localhost', 'c2c'@'127.0.0.1';"
{ sed -e "s|^listen = .*|listen = unix:$IV/c2c.sock|" -e 's|^db_name = .*|db_name = c2c_interest|' "$VAR/c2c.conf"
	cat <<CONF
base_url = http://127.0.0.1:$INT_PORT
notify_relay = smtp://127.0.0.1:$SMTP_PORT
notify_from = c2c@example.org
notify_tls_required = 0
notify_timeout = 5
interest_max_per_month = 4
CONF
} > "$IV/c2c.conf"
IC="$BUILD_DIR/c2cctl -c $IV/c2c.conf"
{ $IC migrate && $IC seed && $IC seed -d "$top/sql/samples"; } >"$IV/setup.log" 2>&1 || cat "$IV/setup.log"

# The SMTP server: each message as NNN.eml (the bytes received) and NNN.rcpt (the
# envelope's recipients).
SMTP_PY='
import os, signal, sys
from aiosmtpd.controller import Controller
out, port = sys.argv[1], int(sys.argv[2])
class Sink:
    async def handle_DATA(self, server, session, envelope):
        n = len([f for f in os.listdir(out) if f.endswith(".eml")])
        base = os.path.join(out, "%03d" % n)
        with open(base + ".rcpt", "w") as f:
            f.write(" ".join(envelope.rcpt_tos) + "\n")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 OK"
c = Controller(Sink(), hostname="127.0.0.1", port=port)
c.start()
signal.sigwait({signal.SIGTERM, signal.SIGINT})
c.stop()
'
smtp_start() {
	/usr/bin/python3 -c "$SMTP_PY" "$IV/mail" "$SMTP_PORT" >>"$IV/smtp.log" 2>&1 &
	SMTP_PID=$!
	for _ in $(seq 100); do port_free "$SMTP_PORT" || return 0; sleep 0.05; done
	echo "# the SMTP server did not start"; cat "$IV/smtp.log"
}
smtp_stop() { kill -TERM "$SMTP_PID" 2>/dev/null; wait "$SMTP_PID" 2>/dev/null; }
# mails: one line per delivered message, decoded by Python's email package:
# file, envelope recipients, To, decoded Subject, has Date and Message-ID, body on one line.
MAILS_PY='
import email, email.policy, glob, os, sys
for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.eml"))):
    m = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
    rcpt = open(p[:-4] + ".rcpt").read().strip()
    body = m.get_content().replace("\r", "").replace("\n", " ")
    hdrs = "dated" if m["Date"] and m["Message-ID"] else "undated"
    extra = ",".join(k for k in m.keys() if k.lower() in ("bcc", "cc", "x-injected"))
    print("\t".join([os.path.basename(p), rcpt, str(m["To"]), str(m["Subject"]), hdrs, extra or "-", body]))
'
mails() { /usr/bin/python3 -c "$MAILS_PY" "$IV/mail"; }

if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
	skip "the e-mail part of t65" "python3-aiosmtpd is not installed (tests/harness/deps.sh)"
	HAVE_SMTP=0
else
	HAVE_SMTP=1
	smtp_start
fi

# The users: alice edits Terrassa, bob the candidate, mallory a third city, carol is an
# admin; alice reads English, bob Chinese.
CN=$(isql "SELECT c.slug FROM cities c WHERE c.side = 'china' AND c.deleted_at IS NULL AND c.id NOT IN
	(SELECT china_city_id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id WHERE e.slug = 'terrassa')
	AND c.slug NOT IN ('wuhan') ORDER BY c.population DESC LIMIT 6" | tr '\n' ' ')
set -- $CN
CN1=$1 CN2=$2 CN3=$3 CN4=$4 CN5=$5 CN6=$6
{ $IC user add alice editor terrassa && $IC user add bob editor "$CN1" && $IC user add mallory editor leeds &&
	$IC user add carol admin && $IC user add dave editor "$CN2" &&
	$IC notify user dave --email dave@city2.example.cn && $IC notify user alice --email alice@terrassa.example.org --lang en &&
	$IC notify user bob --email bob@city.example.cn --lang zh --mode now; } >>"$IV/setup.log" 2>&1 || cat "$IV/setup.log"
out=$($IC notify user bob --email "$(printf 'bob@x.example\r\nBcc: evil@example.org')" 2>&1); rc=$?
expect_eq "c2cctl notify user: an address with CR LF is refused" "$rc $(isql "SELECT email FROM users WHERE name = 'bob'")" \
	"1 bob@city.example.cn"
expect_eq "... and the change of a user's settings is audited" \
	"$(isql "SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND after_xml LIKE '%<email>alice@terrassa.example.org</email>%'")" 1

setsid "$BUILD_DIR/c2c.fcgi" -c "$IV/c2c.conf" </dev/null >>"$IV/c2c.log" 2>&1 &
IPID=$!
for _ in $(seq 100); do [ -S "$IV/c2c.sock" ] && break; sleep 0.05; done
"$H/nginx.sh" start "$IV/nginx" "$IV/c2c.sock" "$INT_PORT" >/dev/null
IB="http://127.0.0.1:$INT_PORT"
P="$IB/edit/cities/terrassa/interests"

csrf_of() { grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | head -1 | sed 's/.*value="//; s/"$//'; }
n_interests() { isql "SELECT COUNT(*) FROM interests"; }

# Who sees the page.
expect_status "the expressions of interest: anonymous gets nginx's 401" "$P" 401
expect_html "... the city's editor sees them, with the forms" "$P" 200 'name="csrf"' -u alice:pw-alice
ACSRF=$(csrf_of)
expect_html "... in Chinese too" "$P?lang=zh" 200 '合作意向' -u alice:pw-alice
expect_status "... an editor of another city: 403" "$P" 403 -u mallory:pw-mallory
expect_xml "... an admin sees them (XML, valid per the schema)" "$P.xml" 200 'string(/c:interests/c:city/@slug)' terrassa \
	-u carol:pw-carol
expect_xml "the demo's pending expression (Leeds to Wuhan) is on Leeds' page" "$IB/edit/cities/leeds/interests.xml" 200 \
	'string(//c:outgoing/c:interest/c:to/@slug)' wuhan -u mallory:pw-mallory
expect_eq "... without Wuhan's focal point while it is pending" "$(xp 'count(//c:outgoing/c:interest/c:focal-point)')" 0
fetch "$IB/cities/terrassa/matches"
expect_eq "... a link per candidate to the form, candidate named" \
	"$(grep -c "edit/cities/terrassa/interests?city=" "$TMP_BODY" | awk '{print ($1 > 0)}')" 1
expect_html "... which fills the candidate in" "$P?city=$CN1" 200 "value=\"$CN1\"" -u alice:pw-alice

send() {   # USER CSRF TO MESSAGE [AREA...]: POST action=send to Terrassa's page
	who=$1 tok=$2 to=$3 msg=$4; shift 4
	set -- $(for a in "$@"; do printf -- '--data-urlencode area=%s ' "$a"; done)
	fetch "$P" -u "$who:pw-$who" -X POST --data-urlencode "csrf=$tok" --data "action=send" \
		--data-urlencode "to=$to" --data-urlencode "message=$msg" "$@"
}

# The demo walk: Terrassa sends to a Chinese city.
MSG="Terrassa would like to work with you on industry 4.0 — 工业4.0合作。
Second line."
n0=$(n_interests)
send alice "$ACSRF" "$CN1" "$MSG" manufacturing research-innovation
expect_eq "Terrassa's editor sends an expression of interest: 303 to the page" "$STATUS $(header Location)" "303 $P"
EOI=$(isql "SELECT MAX(id) FROM interests")
expect_eq "... stored pending, with the areas proposed and the message" \
	"$(isql "SELECT CONCAT(i.status, ' ', (SELECT GROUP_CONCAT(a.slug ORDER BY a.slug) FROM interest_areas ia JOIN areas a ON a.id = ia.area_id WHERE ia.interest_id = i.id), ' ', i.message = '$MSG') FROM interests i WHERE i.id = $EOI")" \
	"pending manufacturing,research-innovation 1"
expect_eq "... with the match's score and reasons at that moment (the decision record)" \
	"$(isql "SELECT score > 0 AND reasons_en <> '' AND reasons_zh <> '' FROM interests WHERE id = $EOI")" 1
expect_eq "... expiring after interest_expiry_days (60)" \
	"$(isql "SELECT DATEDIFF(expires_at, created_at) FROM interests WHERE id = $EOI")" 60
expect_eq "... audited" "$(isql "SELECT COUNT(*) FROM audit_log WHERE entity = 'interest' AND entity_id = $EOI AND action = 'create' AND actor = 'alice'")" 1
expect_eq "... and an e-mail queued for the candidate's editor in the same transaction" \
	"$(isql "SELECT CONCAT(o.kind, ' ', u.name) FROM notify_outbox o JOIN users u ON u.id = o.user_id WHERE o.interest_id = $EOI")" "sent bob"

# Hostile sends: each a clear 4xx, nothing written.
n1=$(n_interests)
send alice "$ACSRF" "$CN1" "$MSG" manufacturing
expect_eq "the same expression again (a replayed form): 409" "$STATUS $(n_interests)" "409 $n1"
send alice "$ACSRF" terrassa "to myself" manufacturing
expect_eq "to itself: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" leeds "Europe to Europe" manufacturing
expect_eq "to a city on the same side (Europe to Europe): 422" "$STATUS $(n_interests)" "422 $n1"
isql "UPDATE cities SET deleted_at = UTC_TIMESTAMP(6) WHERE slug = '$CN6'"
send alice "$ACSRF" "$CN6" "to a deleted city" manufacturing
expect_eq "to a deleted city: 422" "$STATUS $(n_interests)" "422 $n1"
isql "UPDATE cities SET deleted_at = NULL WHERE slug = '$CN6'"
send alice "$ACSRF" no-such-city "nowhere" manufacturing
expect_eq "to a city that does not exist: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" "$CN2" "no area"
expect_eq "without an area: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" "$CN2" "bad area" no-such-area
expect_eq "with an area that does not exist: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" "$CN2" "$(head -c 2001 /dev/zero | tr '\0' x)" manufacturing
expect_eq "an over-long message (2001 bytes): 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" "$CN2" "   " manufacturing
expect_eq "a blank message: 422" "$STATUS $(n_interests)" "422 $n1"
fetch "$P" -u alice:pw-alice -X POST --data-urlencode "csrf=$ACSRF" --data "action=send&to=$CN2&area=manufacturing&message=bad%FF%FEutf8"
expect_eq "invalid UTF-8 in the message: 422" "$STATUS $(n_interests)" "422 $n1"
fetch "$P" -u alice:pw-alice -X POST --data-urlencode "csrf=$ACSRF" --data "action=send&to=$CN2&area=manufacturing&message=nul%00byte"
expect_eq "a NUL byte in the message: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "forged.$ACSRF" "$CN2" "forged" manufacturing
expect_eq "a forged CSRF token: 403" "$STATUS $(n_interests)" "403 $n1"
send mallory "$ACSRF" "$CN2" "alice's token, mallory's name" manufacturing
expect_eq "another user's CSRF token: 403" "$STATUS $(n_interests)" "403 $n1"
fetch "$IB/edit/cities/leeds/interests" -u mallory:pw-mallory
MCSRF=$(csrf_of)
fetch "$P" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$MCSRF" --data "action=send&to=$CN2&area=manufacturing&message=hi"
expect_eq "an editor of another city sending for Terrassa: 403" "$STATUS $(n_interests)" "403 $n1"
fetch "$P" -u alice:pw-alice -X POST --data-urlencode "csrf=$ACSRF" --data "action=send&action=send&to=$CN2&area=manufacturing&message=hi"
expect_eq "a repeated field: 422" "$STATUS $(n_interests)" "422 $n1"
send alice "$ACSRF" "Bad Slug" "x" manufacturing
expect_eq "a candidate that is not a slug: 422" "$STATUS $(n_interests)" "422 $n1"
expect_eq "the refusals wrote no audit row" "$(isql "SELECT COUNT(*) FROM audit_log WHERE entity = 'interest'")" 1

# Header injection: a message with CR LF and header lines, and a city name with CR LF
# (an editor may change names); the e-mail must carry neither as a header.
isql "UPDATE cities SET name_en = CONCAT(name_en, '\r\nBcc: evil@example.org\r\nX-Injected: 1') WHERE slug = '$CN2'"
send alice "$ACSRF" "$CN2" "$(printf 'Hello\r\nBcc: evil@example.org\r\n\r\nbody')" manufacturing
expect_eq "a message with CR LF and header lines is text, stored as it is: 303" "$STATUS $(n_interests)" "303 $((n1 + 1))"
EOI2=$(isql "SELECT MAX(id) FROM interests")

# The candidate answers.  An editor of a third city may not; a stale tag is refused.
fetch "$IB/edit/cities/$CN1/interests.xml" -u bob:pw-bob
BTAG=$(xp "string(//c:incoming/c:interest[@id='$EOI']/@etag)")
fetch "$IB/edit/cities/$CN1/interests" -u bob:pw-bob
BCSRF=$(csrf_of)
answer() {   # USER CSRF CITY ACTION ID TAG [ANSWER]
	fetch "$IB/edit/cities/$3/interests" -u "$1:pw-$1" -X POST --data-urlencode "csrf=$2" --data "action=$4&interest=$5" \
		--data-urlencode "if-match=$6" --data-urlencode "answer=${7:-}"
}
state() { isql "SELECT CONCAT(status, ' ', COALESCE(partnership_id, '-')) FROM interests WHERE id = $1"; }
answer mallory "$MCSRF" leeds accept "$EOI" "$BTAG"
expect_eq "accepted by an editor of a third city (on its own page): 403, nothing changed" "$STATUS $(state $EOI)" "403 pending -"
answer mallory "$MCSRF" "$CN1" accept "$EOI" "$BTAG"
expect_eq "... or on the candidate's page: 403" "$STATUS $(state $EOI)" "403 pending -"
answer alice "$ACSRF" terrassa accept "$EOI" "$BTAG"
expect_eq "... accepted by the sender: 403" "$STATUS $(state $EOI)" "403 pending -"
answer bob "$BCSRF" "$CN1" accept "$EOI" "interest/$EOI/20000101000000000000"
expect_eq "... with a stale tag: 409" "$STATUS $(state $EOI)" "409 pending -"
answer bob "$BCSRF" "$CN1" accept 999999 "$BTAG"
expect_eq "... an expression that does not exist: 404" "$STATUS" 404
answer bob "$BCSRF" "$CN1" decline "$EOI" "$BTAG" ""
expect_eq "... declined without a reason: 422" "$STATUS $(state $EOI)" "422 pending -"
np=$(isql "SELECT COUNT(*) FROM partnerships")
answer bob "$BCSRF" "$CN1" accept "$EOI" "$BTAG" "欢迎！"
expect_eq "the candidate's editor accepts: 303" "$STATUS" 303
PID=$(isql "SELECT partnership_id FROM interests WHERE id = $EOI")
expect_eq "... the partnership is created at the Partner step, with the agreed areas, linked to the expression" \
	"$(isql "SELECT CONCAT(p.narrative_step, ' ', p.status, ' ', e.slug, ' ', c.slug, ' ', p.interest_id, ' ', (SELECT GROUP_CONCAT(a.slug ORDER BY a.slug) FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.partnership_id = p.id)) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE p.id = $PID")" \
	"3 active terrassa $CN1 $EOI manufacturing,research-innovation"
expect_eq "... one partnership more" "$(isql "SELECT COUNT(*) FROM partnerships")" $((np + 1))
expect_xml "... shown at its public page" "$IB/partnerships/$PID.xml" 200 "string(/c:partnership/@id)" "$PID"
fetch "$IB/feeds/partnerships.atom"
expect_eq "... and announced in the partnerships feed" "$(grep -c "/partnerships/$PID\"" "$TMP_BODY" | awk '{print ($1 > 0)}')" 1
expect_eq "... the acceptance and the partnership are audited" \
	"$(isql "SELECT COUNT(*) FROM audit_log WHERE actor = 'bob' AND ((entity = 'interest' AND entity_id = $EOI AND action = 'update') OR (entity = 'partnership' AND entity_id = $PID AND action = 'create'))")" 2
answer bob "$BCSRF" "$CN1" accept "$EOI" ""
expect_eq "the same acceptance again (replayed): 409, nothing more" "$STATUS $(isql "SELECT COUNT(*) FROM partnerships")" "409 $((np + 1))"
send alice "$ACSRF" "$CN1" "again" manufacturing
expect_eq "an expression to a city that is a partner already: 409" "$STATUS $(n_interests)" "409 $((n1 + 1))"

# Focal points: private, shown to the other side once accepted.
focal() {   # USER CSRF CITY NAME ROLE EMAIL PHONE [TAG]
	fetch "$IB/edit/cities/$3/interests" -u "$1:pw-$1" -X POST --data-urlencode "csrf=$2" --data "action=focal" \
		--data-urlencode "name=$4" --data-urlencode "role=$5" --data-urlencode "email=$6" --data-urlencode "phone=$7" \
		--data-urlencode "if-match=${8:-}"
}
fetch "$P.xml" -u alice:pw-alice
FTAG=$(xp 'string(/c:interests/c:focal-point/@etag)')
focal alice "$ACSRF" terrassa "Núria Vidal" "Relacions internacionals" "nuria@terrassa.example.org" "+34 93 000 00 00" "$FTAG"
expect_eq "Terrassa's editor saves its focal point: 303" "$STATUS" 303
focal alice "$ACSRF" terrassa "Someone" "" "" "" "$FTAG"
expect_eq "... a second save with the old tag: 409" "$STATUS $(isql "SELECT name FROM focal_points WHERE city_id = (SELECT id FROM cities WHERE slug = 'terrassa')")" "409 Núria Vidal"
focal alice "$ACSRF" terrassa "$(printf 'Eve\r\nBcc: x')" "" "" ""
expect_eq "... a name with CR LF: 422" "$STATUS" 422
focal alice "$ACSRF" terrassa "Eve" "" "$(printf 'eve@x.org\r\nBcc: y@z.org')" ""
expect_eq "... an e-mail with CR LF: 422" "$STATUS" 422
focal alice "$ACSRF" terrassa "Eve" "" "" "call me maybe"
expect_eq "... a phone that is not one: 422" "$STATUS" 422
focal mallory "$MCSRF" terrassa "Mallory" "" "" ""
expect_eq "... another city's editor: 403" "$STATUS" 403
focal bob "$BCSRF" "$CN1" "李明" "外事办主任" "liming@city.example.cn" "+86 10 0000 0000"
expect_eq "the candidate's editor saves its focal point: 303" "$STATUS" 303
expect_xml "Terrassa's editor sees the candidate's focal point under the accepted expression" "$P.xml" 200 \
	"string(//c:outgoing/c:interest[@id='$EOI']/c:focal-point/c:name)" "李明" -u alice:pw-alice
expect_eq "... but no focal point under a pending one" "$(xp "count(//c:outgoing/c:interest[@status='pending']/c:focal-point)")" 0
expect_xml "the candidate's editor sees Terrassa's" "$IB/edit/cities/$CN1/interests.xml" 200 \
	"string(//c:incoming/c:interest[@id='$EOI']/c:focal-point/c:email)" "nuria@terrassa.example.org" -u bob:pw-bob
for u in "/cities/terrassa" "/cities/terrassa.xml" "/partnerships/$PID.xml" "/partnerships/$PID" "/feeds/partnerships.atom"; do
	fetch "$IB$u"
	expect_eq "anonymous readers see no focal point nor message: $u" \
		"$(grep -c -e 'nuria@terrassa' -e 'Núria' -e '工业4.0合作' "$TMP_BODY")" 0
done
expect_html "the page in Chinese shows the accepted expression" "$IB/edit/cities/$CN1/interests?lang=zh" 200 '已接受' -u bob:pw-bob

# Expiry: accepting after it is past its time is refused; c2cctl notify marks it.
carol_csrf() { fetch "$IB/edit/cities/$1/interests" -u carol:pw-carol; csrf_of; }
isql "UPDATE interests SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = $EOI2"
CCSRF=$(carol_csrf "$CN2")
answer carol "$CCSRF" "$CN2" accept "$EOI2" ""
expect_eq "accepted after expiry (by an admin): 409, nothing changed" "$STATUS $(state $EOI2)" "409 pending -"

# Decline, then the same sender may not ask again for six months.
send alice "$ACSRF" "$CN3" "third" healthcare
EOI3=$(isql "SELECT MAX(id) FROM interests")
answer carol "$CCSRF" "$CN3" decline "$EOI3" "" "Not this year, thank you."
expect_eq "declined with a reason: 303" "$STATUS $(state $EOI3)" "303 declined -"
send alice "$ACSRF" "$CN3" "please reconsider" healthcare
expect_eq "re-sent within six months of the decline: 409" "$STATUS $(isql "SELECT COUNT(*) FROM interests WHERE to_city_id = (SELECT id FROM cities WHERE slug = '$CN3')")" "409 1"
isql "UPDATE interests SET answered_at = UTC_TIMESTAMP(6) - INTERVAL 200 DAY, created_at = created_at - INTERVAL 200 DAY WHERE id = $EOI3"
# The cap: interest_max_per_month = 4 sent in 30 days (EOI, EOI2 and two more).
send alice "$ACSRF" "$CN4" "fourth" healthcare
expect_eq "a third expression in 30 days: 303" "$STATUS" 303
send alice "$ACSRF" "$CN3" "after six months" healthcare
expect_eq "... after six months the declined city may be asked again (the fourth): 303" "$STATUS" 303
n4=$(n_interests)
send alice "$ACSRF" "$CN5" "fifth" healthcare
expect_eq "over the monthly cap: 429, nothing written" "$STATUS $(n_interests)" "429 $n4"

# The e-mails.
if [ "$HAVE_SMTP" = 1 ]; then
	out=$($IC notify 2>&1); rc=$?
	expect_eq "c2cctl notify: expires what is past its time" "$(state $EOI2)" "expired -"
	expect_eq "... and sends what is due (exit 0)" "$rc" 0
	mails > "$IV/mails.txt"
	expect_eq "... every message dated, with a Message-ID, and no injected header" \
		"$(awk -F'\t' '$5 != "dated" || $6 != "-"' "$IV/mails.txt" | wc -l)" 0
	expect_eq "... bob got the expression of interest, in Chinese, the subject decoded" \
		"$(awk -F'\t' -v s="Terrassa 向 " '$2 == "bob@city.example.cn" && index($4, "特拉萨 向 ") == 1 && index($7, "工业4.0合作") > 0' "$IV/mails.txt" | wc -l)" 1
	expect_eq "... alice got the acceptance, in English, with the answer" \
		"$(awk -F'\t' '$2 == "alice@terrassa.example.org" && $3 == "alice@terrassa.example.org" && index($4, "accepted the expression of interest of Terrassa") > 0 && index($7, "欢迎！") > 0' "$IV/mails.txt" | wc -l)" 1
	expect_eq "... the link in the e-mail is the recipient's page" \
		"$(awk -F'\t' '$2 == "alice@terrassa.example.org"' "$IV/mails.txt" | grep -c "$IB/edit/cities/terrassa/interests")" \
		"$(awk -F'\t' '$2 == "alice@terrassa.example.org"' "$IV/mails.txt" | wc -l)"
	expect_eq "... the expiry told to Terrassa too" \
		"$(awk -F'\t' '$2 == "alice@terrassa.example.org" && index($4, "expired") > 0' "$IV/mails.txt" | wc -l)" 1
	expect_eq "... dave got the expression whose message has CR LF and header lines: in the body only" \
		"$(awk -F'\t' '$2 == "dave@city2.example.cn" && $6 == "-" && index($7, "Their message: Hello Bcc: evil@example.org") > 0' "$IV/mails.txt" | wc -l)" 1
	expect_eq "... the city name with CR LF is one subject line, no Bcc, one recipient" \
		"$(grep -c 'evil@example.org' "$IV"/mail/*.rcpt | awk -F: '{s += $2} END {print s + 0}') $(grep -il '^Bcc:' "$IV"/mail/*.eml | wc -l)" "0 0"
	expect_eq "... every queued event is marked sent" "$(isql "SELECT COUNT(*) FROM notify_outbox WHERE sent_at IS NULL")" 0
	out=$($IC notify 2>&1)
	expect_eq "... a second run sends nothing again" "$(ls "$IV"/mail/*.eml | wc -l)" "$(wc -l < "$IV/mails.txt")"

	# The relay down, then up: delivered after the retry, exactly once.
	smtp_stop
	n_mail=$(ls "$IV"/mail/*.eml | wc -l)
	CCSRF=$(carol_csrf "$CN4")
	EOI4=$(isql "SELECT id FROM interests WHERE to_city_id = (SELECT id FROM cities WHERE slug = '$CN4')")
	answer carol "$CCSRF" "$CN4" decline "$EOI4" "" "Zu früh — trop tôt."
	expect_eq "with the relay down, the pages still work (a decline: 303)" "$STATUS" 303
	out=$($IC notify 2>&1); rc=$?
	expect_eq "... c2cctl notify fails (exit 1) and keeps the event, with the error and its next attempt" \
		"$rc $(isql "SELECT CONCAT(attempts, ' ', sent_at IS NULL, ' ', last_error IS NOT NULL, ' ', due_at > UTC_TIMESTAMP(6)) FROM notify_outbox WHERE interest_id = $EOI4")" \
		"1 1 1 1 1"
	smtp_start
	out=$($IC notify 2>&1)
	expect_eq "... the relay up again, nothing is sent before the back-off is over" "$(ls "$IV"/mail/*.eml | wc -l)" "$n_mail"
	out=$($IC notify --retry 2>&1); rc=$?
	expect_eq "... notify --retry delivers it" "$rc $(ls "$IV"/mail/*.eml | wc -l)" "0 $((n_mail + 1))"
	out=$($IC notify --retry 2>&1)
	mails > "$IV/mails.txt"
	expect_eq "... exactly once" "$(awk -F'\t' 'index($7, "Zu früh — trop tôt.") > 0' "$IV/mails.txt" | wc -l) $(isql "SELECT CONCAT(attempts, ' ', sent_at IS NOT NULL) FROM notify_outbox WHERE interest_id = $EOI4")" \
		"1 2 1"

	# A daily digest: alice's events wait for the next UTC midnight, then come in one
	# message: a decline, an expression to Terrassa (sent by an admin for a Chinese city)
	# and the reminder of its expiry.
	$IC notify user alice --mode daily >/dev/null
	CCSRF=$(carol_csrf "$CN3")
	EOI3b=$(isql "SELECT MAX(id) FROM interests WHERE to_city_id = (SELECT id FROM cities WHERE slug = '$CN3')")
	answer carol "$CCSRF" "$CN3" decline "$EOI3b" "" "Still no."
	CCSRF=$(carol_csrf "$CN5")
	fetch "$IB/edit/cities/$CN5/interests" -u carol:pw-carol -X POST --data-urlencode "csrf=$CCSRF" \
		--data "action=send&to=terrassa&area=healthcare&message=From+the+east"
	expect_eq "an admin sends for a Chinese city to Terrassa: 303" "$STATUS" 303
	isql "UPDATE interests SET expires_at = UTC_TIMESTAMP(6) + INTERVAL 3 DAY WHERE id = (SELECT MAX(id) FROM (SELECT id FROM interests) x)"
	n_mail=$(ls "$IV"/mail/*.eml | wc -l)
	out=$($IC notify 2>&1)
	expect_eq "c2cctl notify queues the reminder 7 days before the expiry; a daily user's events wait for the digest" \
		"$(printf %s "$out" | grep -c '1 reminded') $(ls "$IV"/mail/*.eml | wc -l) $(isql "SELECT COUNT(*) FROM notify_outbox o JOIN users u ON u.id = o.user_id WHERE u.name = 'alice' AND o.sent_at IS NULL")" \
		"1 $n_mail 3"
	isql "UPDATE notify_outbox SET due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE sent_at IS NULL"   # midnight came
	out=$($IC notify 2>&1)
	mails > "$IV/mails.txt"
	expect_eq "... then come in one message" \
		"$(ls "$IV"/mail/*.eml | wc -l) $(awk -F'\t' '$2 == "alice@terrassa.example.org" && index($4, "3 notifications") > 0 && index($7, "Still no.") > 0 && index($7, "has expressed interest") > 0 && index($7, "no answer yet") > 0' "$IV/mails.txt" | wc -l)" \
		"$((n_mail + 1)) 1"
	smtp_stop
fi

# No relay configured: the events stay queued, c2cctl says so.
sed '/^notify_relay/d' "$IV/c2c.conf" > "$IV/norelay.conf"
isql "INSERT INTO notify_outbox (user_id, kind, interest_id) SELECT id, 'sent', $EOI FROM users WHERE name = 'bob'"
out=$("$BUILD_DIR/c2cctl" -c "$IV/norelay.conf" notify 2>&1); rc=$?
expect_eq "without notify_relay, c2cctl notify sends nothing and keeps the events (exit 0)" \
	"$rc $(printf %s "$out" | grep -c 'no notify_relay') $(isql "SELECT COUNT(*) FROM notify_outbox WHERE sent_at IS NULL")" "0 1 1"

"$H/nginx.sh" stop "$IV/nginx" >/dev/null
kill -TERM $IPID 2>/dev/null
wait $IPID 2>/dev/null
expect_eq "the second c2c.fcgi logged no error" "$(grep -c -e 'ERROR' -e 'internal error' "$IV/c2c.log")" 0
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -e "DROP DATABASE c2c_interest"

# t64_self_assessment.sh: a city's self-assessment (issue 19): the questionnaire from the
# report, the pages (public, versions, the editors' form), readiness and advice, a
# submission writing the profile that matching reads, versions kept, audit rows, and
# hostile posts each refused with a clear 4xx and nothing changed.
# nginx asks for basic auth on /edit/ (users alice, bob, carol, mallory; password "pw-"
# and the name).  Terrassa, which looks for a partner in the report, is the city; mallory
# (an unregistered reader in the other tests) is its editor while this file runs, made in
# the database (c2cctl's rows in the audit log are counted by t95), and Terrassa's profile
# is restored at the end: later tests read it, and count Gothenburg's audit rows.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add alice editor gothenburg >/dev/null 2>&1
$C user add bob editor leeds >/dev/null 2>&1
$C user add carol admin >/dev/null 2>&1
SA="$N/cities/terrassa/self-assessment"
FORM="$N/edit/cities/terrassa/self-assessment"
gid=$(sql "SELECT id FROM cities WHERE slug = 'terrassa'")

# ---------------------------------------------------------------- the questionnaire
expect_eq "the questionnaire: every question tied to a criterion, each source of criteria used" \
	"$(sql "SELECT COUNT(*) > 20, COUNT(DISTINCT c.source), SUM(q.criterion_id IS NULL) FROM sa_questions q JOIN criteria c ON c.id = q.criterion_id" | tr '\t' ' ')" "1 3 0"
expect_eq "... the report's Aim, Commit, Partner and Plan steps" \
	"$(sql "SELECT GROUP_CONCAT(DISTINCT step ORDER BY step) FROM sa_questions")" "aim,commit,partner,plan"
expect_eq "... every kind of answer, with bounds" \
	"$(sql "SELECT GROUP_CONCAT(DISTINCT kind ORDER BY kind), SUM(kind = 'scale' AND (min_value <> 1 OR max_value <> 5)), SUM(kind IN ('text','multi','offers','seeks') AND max_value IS NULL) FROM sa_questions" | tr '\t' ' ')" \
	"yesno,scale,choice,multi,year,offers,seeks,text 0 0"
expect_eq "... every counted question not met has the report's advice in English and Chinese" \
	"$(sql "SELECT COUNT(*) FROM sa_questions WHERE ready_at IS NOT NULL AND (advice_en IS NULL OR advice_zh IS NULL OR advice_line IS NULL) AND slug NOT LIKE 'self-view-%'")" 0
REPORT=/work/shared/seed/cooperation-plans-and-guidelines.txt
if [ -r "$REPORT" ]; then
	bad=""
	while IFS='	' read -r slug line quote aline; do
		sed -n "${line}p" "$REPORT" | grep -qF -- "$quote" || bad="$bad $slug"
		[ "$aline" = NULL ] || [ "$aline" -le "$(wc -l < "$REPORT")" ] || bad="$bad $slug(advice)"
	done <<EOF
$(sql "SELECT slug, report_line, report_quote, IFNULL(advice_line, 'NULL') FROM sa_questions")
EOF
	expect_eq "... each question's source stands at its line of the report" "$bad" ""
else
	skip "each question's source stands at its line of the report" "no $REPORT"
fi

# The demo's illustrative answers of Terrassa (sql/samples/seed/140) load, answer with
# what the questionnaire knows and set the profile as a submission would; tried in a
# transaction that is rolled back, as later tests read Terrassa as the seed left it.
expect_eq "the demo's Terrassa: 24 answers, every one a known question and area, its profile set" \
	"$(mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot -N -B c2c -e "START TRANSACTION;
	source $top/sql/samples/seed/140_self_assessment.sql;
	SELECT COUNT(*), SUM(q.kind IN ('offers', 'seeks') AND a.value REGEXP '[^a-z -]') FROM self_assessment_answers a
	  JOIN self_assessments s ON s.id = a.assessment_id JOIN cities c ON c.id = s.city_id AND c.slug = 'terrassa'
	  JOIN sa_questions q ON q.id = a.question_id;
	SELECT CONCAT_WS(' ', has_intl_strategy, seeks_partner, wants_joint_project, self_view_investment,
	  (SELECT COUNT(*) FROM city_areas WHERE city_id = cities.id)) FROM cities WHERE slug = 'terrassa';
	ROLLBACK;" 2>&1 | tr '\t\n' '  ')" "24 0 1 1 1 recipient 5 "

# ---------------------------------------------------------------- the pages, before
expect_xml "the public page, nothing answered yet: valid XML, four steps" "$SA.xml" 200 'count(//c:step)' 4
expect_eq "... no version yet" "$(xp 'string(/*/@version)')$(xp 'count(//c:answer)')" "0"
expect_eq "... every counted question has the report's advice (nothing is met)" \
	"$(xp 'count(//c:question[@met = "0" and not(c:advice)])')" \
	"$(sql "SELECT COUNT(*) FROM sa_questions WHERE ready_at IS NOT NULL AND advice_en IS NULL")"
expect_eq "... each criterion in English and Chinese" \
	"$(xp 'count(//c:criterion[c:text[@xml:lang="zh"] = c:text[@xml:lang="en"] or not(@group-zh)])')" 0
expect_html "... HTML in English" "$SA" 200 'Readiness'
expect_html "... and in Chinese" "$SA?lang=zh" 200 '准备程度'
expect_html "the city page links to it" "$N/cities/terrassa" 200 'self-assessment'
expect_status "no such city: 404" "$N/cities/no-such-city/self-assessment" 404
expect_status "no such version: 404" "$SA/versions/1" 404
expect_status "the form anonymous: 401" "$FORM" 401
expect_status "... an editor of another city: 403 (the form holds private answers)" "$FORM" 403 -u bob:pw-bob
expect_status "... a signed-in reader: 403" "$FORM" 403 -u mallory:pw-mallory
users_set mallory:editor:terrassa
expect_status "... an editor of another city: 403" "$FORM" 403 -u alice:pw-alice
expect_html "... the city's editor: the form" "$FORM" 200 'name="csrf"' -u mallory:pw-mallory
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
ftag=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
expect_eq "... with the tag of the latest version (none yet)" "$ftag" "self-assessment/$gid/0"
expect_html "... in Chinese, with the advice" "$FORM?lang=zh" 200 '报告建议' -u mallory:pw-mallory

# ---------------------------------------------------------------- hostile posts
state() {   # everything a post could move
	sql "SELECT CONCAT_WS('|', IFNULL(has_intl_strategy,'-'), IFNULL(intl_strategy_since,'-'),
		IFNULL(wants_peer_to_peer,'-'), IFNULL(wants_joint_project,'-'), seeks_partner,
		IFNULL(self_view_learning,'-'), IFNULL(self_view_investment,'-'),
		(SELECT IFNULL(GROUP_CONCAT(CONCAT(area_id, role) ORDER BY area_id), '-') FROM city_areas WHERE city_id = $gid),
		(SELECT COUNT(*) FROM self_assessments), (SELECT COUNT(*) FROM self_assessment_answers),
		(SELECT COUNT(*) FROM audit_log)) FROM cities WHERE id = $gid"
}
s0=$(state)
profile0=$(sql "SELECT CONCAT_WS(',', IFNULL(has_intl_strategy,'NULL'), IFNULL(intl_strategy_since,'NULL'), IFNULL(wants_peer_to_peer,'NULL'), IFNULL(wants_joint_project,'NULL'), seeks_partner, IFNULL(CONCAT('''', self_view_learning, ''''),'NULL'), IFNULL(CONCAT('''', self_view_investment, ''''),'NULL')) FROM cities WHERE id = $gid")
areas0=$(sql "SELECT CONCAT('(', city_id, ',', area_id, ',''', role, ''',', weight, ')') FROM city_areas WHERE city_id = $gid" | paste -sd, -)

hostile() {   # NAME WANT DATA [curl args]: a post refused, nothing changed
	name=$1 want=$2 data=$3; shift 3
	fetch "$FORM" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag" \
		--data "$data" "$@"
	if [ "$STATUS" != "$want" ]; then
		nok "$name: $want" "status $STATUS" "$(grep -o 'role="alert"[^<]*<[^<]*' "$TMP_BODY" | head -3)"
	elif [ "$(state)" != "$s0" ]; then
		nok "$name: $want" "something changed: $(state) (was $s0)"
	else
		ok "$name: $want, nothing changed"
	fi
}
hostile "a score out of range" 422 "aim-critical-mass=9&intl-strategy=yes"
expect_eq "... named next to its question" "$(grep -c 'id="err-aim-critical-mass"' "$TMP_BODY")" 1
hostile "a score of 0" 422 "aim-critical-mass=0"
hostile "a year out of range" 422 "intl-strategy-since=1066"
hostile "a year that is not a number" 422 "intl-strategy-since=19x9"
hostile "an unknown question" 422 "no-such-question=1&intl-strategy=yes"
hostile "a choice not in the list" 422 "self-view-learning=teacher"
hostile "a yes/no that is neither" 422 "intl-strategy=maybe"
hostile "an area that does not exist" 422 "priorities-sought=moon-landing"
hostile "a helix that does not exist" 422 "aim-stakeholders=church"
hostile "invalid UTF-8" 422 "aim-challenges=%C3%28ok"
hostile "a control character" 422 "aim-challenges=a%01b"
hostile "a bad percent-encoding" 422 "aim-challenges=%zz"
hostile "an over-long text" 422 "aim-challenges=$(head -c 2001 /dev/zero | tr '\0' x)"
hostile "the same question twice" 422 "intl-strategy=yes&intl-strategy=no"
hostile "too many fields" 422 "$(for i in $(seq 1 401); do printf 'aim-stakeholders=government&'; done)intl-strategy=yes"
hostile "SQL in an answer's name" 422 "intl-strategy%27%3B+DROP+TABLE+cities%3B--=yes"
fetch "$FORM" -u mallory:pw-mallory -X POST --data-urlencode "if-match=$ftag" --data "intl-strategy=yes"
expect_eq "no CSRF token: 403, nothing changed" "$STATUS $(state)" "403 $s0"
fetch "$FORM" -u mallory:pw-mallory -X POST --data "csrf=1.deadbeef&if-match=$ftag&intl-strategy=yes"
expect_eq "a forged CSRF token: 403, nothing changed" "$STATUS $(state)" "403 $s0"
hostile "a stale If-Match" 409 "intl-strategy=yes" --data-urlencode "if-match=self-assessment/$gid/7"
fetch "$N/edit/kpi-values" -u bob:pw-bob
bcsrf=$(grep -o 'name="csrf" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
fetch "$FORM" -u bob:pw-bob -X POST --data-urlencode "csrf=$bcsrf" --data "intl-strategy=yes"
expect_eq "another city's editor with a valid token: 403, nothing changed" "$STATUS $(state)" "403 $s0"
fetch "$FORM" -u mallory:pw-mallory -X POST -H 'Content-Type: application/json' --data '{"intl-strategy":"yes"}'
expect_eq "a body that is not a form: 415, nothing changed" "$STATUS $(state)" "415 $s0"
fetch "$SA/versions/1" -X POST --data "intl-strategy=yes"
expect_eq "a version takes no posts: 405" "$STATUS" 405

# ---------------------------------------------------------------- a submission
answers="intl-strategy=yes&intl-strategy-since=2012&aim-stakeholders=government&aim-stakeholders=academia"
answers="$answers&aim-stakeholders=industry&aim-critical-mass=4&political-commitment=5"
answers="$answers&priorities-sought=energy-transportation&priorities-sought=research-innovation&areas-offered=climate-environment"
answers="$answers&resources=yes&team=no&peer-to-peer=yes&host-project=no&seeks-partner=yes"
answers="$answers&self-view-learning=both&self-view-investment=investor&mou-ready=yes&champions=2"
v0=$(sql "SELECT version FROM data_version")
fetch "$FORM?lang=zh" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag" \
	--data "$answers" --data-urlencode "aim-challenges=港口的能源转型 & <script>"
expect_eq "the city's editor submits: 303 back to the form, in the same language" \
	"$STATUS $(header Location)" "303 $FORM?lang=zh"
expect_eq "... version 1, with its answers" \
	"$(sql "SELECT s.version, COUNT(*), s.submitted_by FROM self_assessments s JOIN self_assessment_answers a ON a.assessment_id = s.id WHERE s.city_id = $gid GROUP BY s.id" | tr '\t' ' ')" "1 17 mallory"
expect_eq "... the profile columns matching reads moved" \
	"$(sql "SELECT CONCAT_WS(' ', has_intl_strategy, intl_strategy_since, wants_peer_to_peer, wants_joint_project, seeks_partner, self_view_learning, self_view_investment) FROM cities WHERE id = $gid")" \
	"1 2012 1 0 1 both investor"
expect_eq "... and its areas (offers and seeks)" \
	"$(sql "SELECT GROUP_CONCAT(CONCAT(a.slug, ':', ca.role) ORDER BY a.slug) FROM city_areas ca JOIN areas a ON a.id = ca.area_id WHERE ca.city_id = $gid")" \
	"climate-environment:offers,energy-transportation:seeks,research-innovation:seeks"
expect_eq "... audited: the version, and the city before and after" \
	"$(sql "SELECT GROUP_CONCAT(CONCAT(action, ' ', entity) ORDER BY id) FROM audit_log WHERE actor = 'mallory' AND entity IN ('self-assessment', 'city')")" \
	"create self-assessment,update city"
expect_eq "... the data version moved (pages and matching see it)" "$(sql "SELECT version > $v0 FROM data_version")" 1
expect_xml "the public page shows version 1" "$SA.xml" 200 'string(/*/@version)' 1
expect_eq "... readiness per step" \
	"$(xp 'string(//c:step[@name="aim"]/@met)')/$(xp 'string(//c:step[@name="aim"]/@of)') $(xp 'string(//c:step[@name="commit"]/@met)')/$(xp 'string(//c:step[@name="commit"]/@of)')" "4/4 4/6"
expect_eq "... advice where something is missing (the team), none where met" \
	"$(xp 'count(//c:question[@slug="team"]/c:advice)') $(xp 'count(//c:question[@slug="resources"]/c:advice)')" "1 0"
expect_eq "... the private answer is not public, only that there is one" \
	"$(xp 'count(//c:question[@slug="aim-challenges"]/c:answer)') $(xp 'string(//c:question[@slug="aim-challenges"]/@answered)')" "0 1"
expect_eq "... nor who submitted" "$(xp 'count(//c:submitted/@by)')" 0
expect_html "the form shows it to the city's editor, escaped" "$FORM" 200 '港口的能源转型 &amp; &lt;script&gt;' -u mallory:pw-mallory
ftag1=$(grep -o 'name="if-match" value="[^"]*"' "$TMP_BODY" | sed 's/.*value="//; s/"$//')
expect_eq "... with the new version's tag" "$ftag1" "self-assessment/$gid/1"
expect_html "an admin may open it too" "$FORM" 200 'name="csrf"' -u carol:pw-carol

# A second version; the first stays readable.
fetch "$FORM" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag1" \
	--data "intl-strategy=yes&team=yes&champions=4"
expect_eq "a second submission: 303" "$STATUS" 303
expect_eq "... version 2 kept beside version 1" "$(sql "SELECT GROUP_CONCAT(version ORDER BY version) FROM self_assessments WHERE city_id = $gid")" "1,2"
expect_eq "... unanswered questions leave the profile as it was" \
	"$(sql "SELECT CONCAT_WS(' ', wants_peer_to_peer, self_view_learning) FROM cities WHERE id = $gid")" "1 both"
expect_xml "the latest is version 2" "$SA.xml" 200 'string(//c:question[@slug="team"]/c:answer)' 1
expect_eq "... listed with version 1" "$(xp 'string(//c:versions/@count)') $(xp 'string(//c:version[1]/@n)')" "2 2"
expect_xml "version 1 is still there" "$SA/versions/1.xml" 200 'string(//c:question[@slug="team"]/c:answer)' 0
expect_eq "... said to be an earlier one" "$(xp 'string(/*/@earlier)') $(xp 'string(/*/@version)')" "1 1"
expect_html "... in HTML" "$SA/versions/1?lang=zh" 200 '这是较早的版本'
s1=$(sql "SELECT COUNT(*) FROM self_assessments")
fetch "$FORM" -u mallory:pw-mallory -X POST --data-urlencode "csrf=$csrf" --data-urlencode "if-match=$ftag1" --data "team=no"
expect_eq "a form made before version 2: 409, nothing stored" "$STATUS $(sql "SELECT COUNT(*) FROM self_assessments")" "409 $s1"
expect_status "matching still ranks the city" "$N/cities/terrassa/matches.xml" 200

# ---------------------------------------------------------------- the write API
# Tokens made in the database (c2cctl's would add audit rows that t95 counts).
TOK="c2c_$(printf 'sa%.0s' $(seq 21))g" TOKL="c2c_$(printf 'sa%.0s' $(seq 21))l"
sql "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES
	('t64-terrassa', UNHEX(SHA2('$TOK', 256)), 'editor', $gid),
	('t64-leeds', UNHEX(SHA2('$TOKL', 256)), 'editor', (SELECT id FROM cities WHERE slug = 'leeds'))"
fetch "$SA.xml"
etag=$(header ETag)
expect_eq "GET's ETag carries the latest version's tag" "$(printf %s "$etag" | grep -c ";self-assessment/$gid/2\"$")" 1
api() {   # TOKEN BODY [curl args]: POST the answers as XML
	tok=$1 data=$2; shift 2
	fetch "$SA" -X POST ${tok:+-H "Authorization: Bearer $tok"} -H 'Content-Type: application/xml' \
		--data-binary "$data" "$@"
}
body() { printf '<self-assessment-answers xmlns="urn:c2c:xml:1">%s</self-assessment-answers>' "$1"; }
s2=$(state)
api "" "$(body '<answer question="team">yes</answer>')"
expect_eq "POST without a token: 401, nothing changed" "$STATUS $(state)" "401 $s2"
api "$TOKL" "$(body '<answer question="team">yes</answer>')" -H "If-Match: $etag"
expect_eq "... another city's token: 403, nothing changed" "$STATUS $(state)" "403 $s2"
api "$TOK" "$(body '<answer question="team">yes</answer>')" -H "If-Match: \"self-assessment/$gid/1\""
expect_eq "... a stale If-Match: 409, nothing changed" "$STATUS $(state)" "409 $s2"
api "$TOK" "$(body '<answer question="mass">9</answer><answer question="aim-critical-mass">9</answer>')"
expect_eq "... an unknown question and a score out of range: 422, each named, nothing changed" \
	"$STATUS $(xp 'count(//c:invalid)') $(state)" "422 2 $s2"
api "$TOK" "$(body '<bogus/>')"
expect_eq "... not valid per the schema: 422, nothing changed" "$STATUS $(state)" "422 $s2"
api "$TOK" '<!DOCTYPE x [<!ENTITY a "b">]><self-assessment-answers xmlns="urn:c2c:xml:1"/>'
expect_eq "... a DTD: 422, nothing changed" "$STATUS $(state)" "422 $s2"
api "$TOK" "$(body '<answer question="team">yes</answer><answer question="priorities-sought">healthcare
	tourism-travel</answer><answer question="aim-stakeholders">government industry</answer>')" -H "If-Match: $etag"
expect_eq "the city's token with the page's ETag: 201, the new version's Location" \
	"$STATUS $(header Location)" "201 $SA/versions/3"
expect_eq "... its tag as ETag" "$(header ETag)" "\"self-assessment/$gid/3\""
expect_eq "... stored, picks in order, audited as the token" \
	"$(sql "SELECT a.value FROM self_assessment_answers a JOIN self_assessments s ON s.id = a.assessment_id JOIN sa_questions q ON q.id = a.question_id WHERE s.city_id = $gid AND s.version = 3 AND q.slug = 'priorities-sought'") $(sql "SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'token:t64-terrassa%' AND entity = 'self-assessment'")" \
	"healthcare tourism-travel 1"

# Later tests read Terrassa's profile as the seed left it; mallory is a reader again.
users_restore
prof=$(printf '%s' "$profile0" | tr ',' '\n')
set -- $prof
sql "UPDATE cities SET has_intl_strategy = $1, intl_strategy_since = $2, wants_peer_to_peer = $3, wants_joint_project = $4, seeks_partner = $5, self_view_learning = $6, self_view_investment = $7 WHERE id = $gid"
sql "DELETE FROM city_areas WHERE city_id = $gid"
[ -z "$areas0" ] || sql "INSERT INTO city_areas (city_id, area_id, role, weight) VALUES $areas0"
expect_eq "Terrassa's profile restored for the later tests" \
	"$(sql "SELECT CONCAT_WS(',', IFNULL(has_intl_strategy,'NULL'), IFNULL(intl_strategy_since,'NULL'), IFNULL(wants_peer_to_peer,'NULL'), IFNULL(wants_joint_project,'NULL'), seeks_partner, IFNULL(CONCAT('''', self_view_learning, ''''),'NULL'), IFNULL(CONCAT('''', self_view_investment, ''''),'NULL')) FROM cities WHERE id = $gid")" "$profile0"

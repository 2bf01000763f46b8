# t70_labels.sh: the text C writes comes from the label table a deployer overrides, one
# file (conf/xslt/layout.xsl; lib/labels.h, issue 17).  A copy of the views with some
# labels replaced: the feeds, the write errors, the match reasons and c2cctl follow it; a
# '%' in a label is text; a replacement that names a value its sentence does not have, and
# a label taken out, show their key with the values.  Then back to the shipped table.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
LV="$VAR/labels-views"
LC="$VAR/labels.conf"
X='xmlns="urn:c2c:xml:1"'
$C user add labels-ed editor leeds >/dev/null 2>&1
TK=$($C token create labels-leeds editor leeds 2>/dev/null)
before=$($C match -n 100 leeds 2>&1)

rm -rf "$LV"
cp -r "$top/conf/xslt" "$LV"
sed -i \
	-e 's#<l:l k="atom.title.events">[^<]*</l:l>#<l:l k="atom.title.events">our events|我们的活动</l:l>#' \
	-e 's#<l:l k="why.common">[^<]*</l:l>#<l:l k="why.common">In common with {2}: {1}.|{1}：与{2}相同。</l:l>#' \
	-e 's#<l:l k="fe.not-a-url">[^<]*</l:l>#<l:l k="fe.not-a-url">%s%n{1} is no address|%n{1}不是网址</l:l>#' \
	-e 's#<l:l k="why.saturation">[^<]*</l:l>#<l:l k="why.saturation">Has {1} partners and {3}|已有{1}和{3}</l:l>#' \
	-e '/<l:l k="atom.[pa].summary">/d' "$LV/layout.xsl"
sed "s#^views_dir = .*#views_dir = $LV#" "$VAR/c2c.conf" > "$LC"
fcgi_stop
fcgi_start "$LC"

fetch "$N/feeds/events.atom"
expect_eq "the events feed's title from the deployer's table" \
	"$(xp 'string(/*[local-name()="feed"]/*[local-name()="title"])' | sed 's/^[^:]*: //')" "our events"
fetch "$N/feeds/events.atom?lang=zh"
expect_eq "... in Chinese too" \
	"$(xp 'string(/*[local-name()="feed"]/*[local-name()="title"])' | sed 's/^[^:]*: //')" "我们的活动"
fetch "$N/feeds/partnerships.atom"
n=$(grep -oE 'atom\.[pa]\.summary [^ <]+ [^<]+' "$TMP_BODY" | wc -l)
expect_eq "a label taken out: its key with the values (a partnership's summary)" "$((n > 0))" 1
fetch "$N/sources" -X POST -H "Authorization: Bearer $TK" -H 'Content-Type: application/xml' \
	--data-binary "<source-edit $X><city>leeds</city><url>notaurl</url></source-edit>"
expect_eq "a write's error from the table, '%' as text" \
	"$STATUS $(xp 'string(//c:invalid[@field="url"])')" "422 %s%n{1} is no address"
fetch "$N/sources?lang=zh" -X POST -H "Authorization: Bearer $TK" -H 'Content-Type: application/xml' \
	--data-binary "<source-edit $X><city>leeds</city><url>notaurl</url></source-edit>"
expect_eq "... and in Chinese" "$STATUS $(xp 'string(//c:invalid[@field="url"])')" "422 %n{1}不是网址"
out=$(C2C_CONF= $BUILD_DIR/c2cctl -c "$LC" source add notaurl --city leeds 2>&1)
expect_eq "c2cctl's argument checks read the table of its configuration" \
	"$(printf '%s\n' "$out" | grep -c '%s%n{1} is no address')" 1

after=$($BUILD_DIR/c2cctl -c "$LC" match -n 100 leeds 2>&1)
shares=$(printf '%s\n' "$before" | grep -c 'Shares ')
expect_eq "c2cctl match: the reasons' sentences from the table, values in the new order" \
	"$((shares > 0)) $(printf '%s\n' "$after" | grep -c 'In common with .*: .*\.$')" "1 $shares"
expect_eq "... and no sentence of the shipped table for it" "$(printf '%s\n' "$after" | grep -c 'Shares ')" 0
sat=$(printf '%s\n' "$before" | grep -c 'Already has ')
expect_eq "a replacement naming a value its sentence lacks: the key with the values" \
	"$((sat > 0)) $(printf '%s\n' "$after" | grep -cE 'why\.saturation [0-9]+$')" "1 $sat"
fetch "$N/cities/leeds/matches.xml?limit=100"
n=$(grep -o 'In common with ' "$TMP_BODY" | wc -l)
expect_eq "the matches page's reasons too" "$(grep -c 'Shares ' "$TMP_BODY") $((n > 0))" "0 1"

# The table missing altogether: every text is its key (and the start says so).
rm "$LV/layout.xsl"
out=$($BUILD_DIR/c2cctl -c "$LC" match -n 5 leeds 2>&1)
n=$(printf '%s\n' "$out" | grep -c 'why\.')
expect_eq "no table: c2cctl warns, and the reasons are their keys" \
	"$(printf '%s\n' "$out" | grep -c 'no label table') $((n > 0)) $(printf '%s\n' "$out" | grep -c 'Shares ')" "1 1 0"

fcgi_stop
fcgi_start
fetch "$N/feeds/events.atom"
expect_eq "the shipped table again" \
	"$(xp 'string(/*[local-name()="feed"]/*[local-name()="title"])' | sed 's/^[^:]*: //')" "new and changed events"

# t22_vocabularies.sh: each vocabulary (partnership kinds and statuses, agreement kinds,
# activity statuses) is written in several homes: the database's ENUM (sql/), the schema
# (docs/schema/c2c.rng), the labels (conf/xslt/layout.xsl), the query parameter's
# validator (lib/param.c) and the editing forms' choices (lib/edit.c).  They must agree:
# the ENUM is the reference, and each other home is read as a client or a reader sees it.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
$C user add carol admin >/dev/null 2>&1
vpid=$(sql "SELECT MIN(id) FROM partnerships WHERE deleted_at IS NULL")

# enum_values TABLE COLUMN: the ENUM's values, one a line, in order.
enum_values() {
	sql "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
		AND TABLE_NAME = '$1' AND COLUMN_NAME = '$2'" | sed "s/^enum(//; s/)\$//; s/','/\n/g; s/'//g"
}
# rng_values DEFINE: the schema's values of a define.
rng_values() {
	xmllint --xpath "//*[local-name()='define'][@name='$1']//*[local-name()='value']/text()" "$SCHEMA" 2>/dev/null
	echo
}

# TABLE COLUMN DEFINE LABEL-PREFIX LIST-PAGE PARAM EDIT-FORM FIELD
while read -r tbl col def lp page param form field; do
	[ -n "$tbl" ] || continue
	want=$(enum_values "$tbl" "$col")
	name="$tbl.$col ($(echo "$want" | wc -l) values)"
	expect_eq "$name: the schema's $def has the same values" "$(rng_values "$def" | sed '/^$/d')" "$want"
	miss=""
	for v in $want; do grep -q "k=\"$lp.$v\"" "$top/conf/xslt/layout.xsl" || miss="$miss $v"; done
	expect_eq "... each has its label $lp.* in layout.xsl" "$miss" ""
	if [ "$param" != - ]; then
		bad=""
		for v in $want; do
			fetch "$N$page.xml?$param=$v&limit=1"
			[ "$STATUS" = 200 ] || bad="$bad $v:$STATUS"
		done
		fetch "$N$page.xml?$param=no_such_value"
		expect_eq "... each is a valid $page?$param= and no other" "$bad $STATUS" " 400"
	fi
	fetch "$N$form" -u carol:pw-carol
	offered=$(tr '>' '\n' < "$TMP_BODY" | sed -n "/name=\"$field\"/,/<\/select/p" |
		sed -n 's/.*<option value="\([^"][^"]*\)".*/\1/p')
	expect_eq "... the form $form offers exactly them for $field" "$offered" "$want"
done <<EOF
partnerships kind partnership-kind.type pkind /partnerships kind /edit/partnerships/$vpid kind
partnerships status partnership-status.type pstatus /partnerships status /edit/partnerships/$vpid status
agreements kind agreement-kind.type akind /agreements - /edit/agreements?partnership=$vpid kind
activities status activity-status.type astatus /activities - /edit/activities?partnership=$vpid status
EOF

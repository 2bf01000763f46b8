# t98_hostile.sh: the hostile-input catalogue (issue 8).  Every request of hostile.tsv goes
# through nginx to c2c.fcgi and must get exactly its expected status (never a 5xx); then
# nothing may have been stored but what the rows expecting 201 wrote.

C="$BUILD_DIR/c2cctl -c $VAR/c2c.conf"
HT_TOK=$($C token create hostile-portal editor gothenburg 2>/dev/null)
HT_RTOK=$($C token create hostile-reader reader 2>/dev/null)
HT_P=$(sql "SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'")
HT_Q=$(sql "SELECT MIN(p.id) FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug <> 'gothenburg' AND c.slug <> 'shanghai' AND p.deleted_at IS NULL")

# What the database holds, table by table: the catalogue may change only kpi_values and
# audit_log (and the data version), and those only by its 201 rows.
ht_state() {
	sql "SELECT 'kpi_values', COUNT(*) FROM kpi_values UNION ALL SELECT 'audit_log', COUNT(*) FROM audit_log" | tr '\t' ' '
	sql "CHECKSUM TABLE cities, partnerships, agreements, activities, events, calendar_sources, users, api_tokens, kpis" | tr '\t' ' '
}

# ht_expand TEXT: the placeholders of hostile.tsv replaced, then printf %b's escapes.
ht_expand() {
	local s=$1 n
	s=${s//\{TOK\}/$HT_TOK}
	s=${s//\{RTOK\}/$HT_RTOK}
	s=${s//\{P\}/$HT_P}
	s=${s//\{Q\}/$HT_Q}
	while [[ $s =~ \{A:([0-9]+)\} ]]; do
		n=${BASH_REMATCH[1]}
		s=${s/\{A:$n\}/$(head -c "$n" /dev/zero | tr '\0' a)}
	done
	printf '%b' "$s"
}

# gen_body NAME[:ARG]: the bodies too large or too regular to write in the table.
NS='xmlns="urn:c2c:xml:1"'
ENTRY='<kpi-entry kpi="joint-projects"><partnership id="'$HT_P'"/><period start="2031-01-01" end="2031-03-31"/><value>1</value></kpi-entry>'
# The smallest valid entry: 5001 of them stay under max_body_kb (512 KiB).
SMALL='<kpi-entry kpi="a"><city slug="b"/><period start="2031-01-01" end="2031-03-31"/><value>1</value></kpi-entry>'
gen_body() {
	local name=${1%%:*} arg=${1#*:} i
	case $name in
	big)      # ARG KiB of CSV rows
		echo 'kpi,partnership,start,end,value,comment'
		yes "joint-projects,$HT_P,2031-01-01,2031-03-31,1,$(head -c 60 /dev/zero | tr '\0' x)" | head -c "$((arg * 1024))" ;;
	bigxml)   # ARG KiB of XML
		echo "<kpi-entries $NS>"
		yes "$ENTRY" | head -c "$((arg * 1024))"
		echo '</kpi-entries>' ;;
	laughs)
		echo '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
		echo '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
		for i in 2 3 4 5 6 7 8 9; do
			printf '<!ENTITY lol%d "' "$i"
			for _ in 1 2 3 4 5 6 7 8 9 10; do printf '&lol%d;' $((i - 1)); done
			echo '">'
		done
		echo "]><kpi-entries $NS>&lol9;</kpi-entries>" ;;
	quadratic)
		printf '<?xml version="1.0"?><!DOCTYPE k [<!ENTITY a "%s">]><kpi-entries %s>' "$(head -c 50000 /dev/zero | tr '\0' a)" "$NS"
		yes '&a;' | head -n 20000 | tr -d '\n'
		echo '</kpi-entries>' ;;
	xxe)
		echo "<?xml version=\"1.0\"?><!DOCTYPE k [<!ENTITY x SYSTEM \"$arg\">]>"
		echo "<kpi-entries $NS><kpi-entry kpi=\"joint-projects\"><partnership id=\"$HT_P\"/><period start=\"2031-01-01\" end=\"2031-03-31\"/><value>1</value><comment>&x;</comment></kpi-entry></kpi-entries>" ;;
	xxeparam)
		echo '<?xml version="1.0"?><!DOCTYPE k [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
		echo "<kpi-entries $NS/>" ;;
	dtdext)
		echo '<?xml version="1.0"?><!DOCTYPE kpi-entries SYSTEM "http://127.0.0.1:1/evil.dtd">'
		echo "<kpi-entries $NS/>" ;;
	deep)     # ARG nested elements inside a comment
		printf '<kpi-entries %s><kpi-entry kpi="joint-projects"><comment>' "$NS"
		yes '<a>' | head -n "$arg" | tr -d '\n'
		yes '</a>' | head -n "$arg" | tr -d '\n'
		echo '</comment></kpi-entry></kpi-entries>' ;;
	attrs)    # ARG attributes on one element
		printf '<kpi-entries %s><kpi-entry ' "$NS"
		for ((i = 0; i < arg; i++)); do printf 'a%d="x" ' "$i"; done
		echo '/></kpi-entries>' ;;
	xmlrows)  # ARG entries
		echo "<kpi-entries $NS>"
		yes "$SMALL" | head -n "$arg"
		echo '</kpi-entries>' ;;
	csvrows)  # ARG rows
		echo 'kpi,partnership,start,end,value'
		yes "joint-projects,$HT_P,2031-01-01,2031-03-31,1" | head -n "$arg" ;;
	*) echo "t98: no body generator '$name'" >&2; return 1 ;;
	esac
}

ht_before=$(ht_state)
# Earlier tests may have stored values like ours: compare counts, not absolutes.
ht_inj="SELECT COUNT(*) FROM kpi_values WHERE comment = '''); DROP TABLE kpi_values; -- <script>alert(1)</script>' AND partnership_id = $HT_P"
ht_ref="SELECT COUNT(*) FROM kpi_values WHERE period_start >= '2031-01-01'"
ht_inj0=$(sql "$ht_inj") ht_ref0=$(sql "$ht_ref")
ht_n=0 ht_201=0 ht_bad=0 ht_5xx=0
while IFS=$'\t' read -r want method target headers body name; do
	case $want in '' | '#'*) continue ;; esac
	ht_n=$((ht_n + 1))
	case $want in 5??) ht_bad=$((ht_bad + 1)); nok "hostile: $name" "the catalogue expects $want: no row may expect a 5xx"; continue ;; esac
	[ "$want" = 201 ] && ht_201=$((ht_201 + 1))
	url="$N$(ht_expand "$target")"
	args=(-X "$method" --path-as-is)
	if [ "$headers" != - ]; then
		IFS='|' read -ra hs <<< "$headers"
		for h in "${hs[@]}"; do
			h=${h# }; h=${h% }
			args+=(-H "$(ht_expand "$h")")
		done
	fi
	case $body in
	-) ;;
	@*) gen_body "${body#@}" > "$VAR/hostile-body" && args+=(--data-binary "@$VAR/hostile-body") ;;
	*) ht_expand "$body" > "$VAR/hostile-body" && args+=(--data-binary "@$VAR/hostile-body") ;;
	esac
	fetch "$url" "${args[@]}"
	case $STATUS in 5??) ht_5xx=$((ht_5xx + 1)) ;; esac
	if [ "$STATUS" = "$want" ]; then
		ok "hostile: $name ($want)"
	else
		nok "hostile: $name" "$method $(printf %s "$target" | head -c 120): status $STATUS, wanted $want" "$(head -c 300 "$TMP_BODY" | tr -d '\0')"
	fi
done < "$top/tests/integration/hostile.tsv"

if [ "$ht_n" -ge 150 ]; then ok "hostile: the catalogue holds $ht_n requests (at least 150)"
else nok "hostile: the catalogue holds at least 150 requests" "only $ht_n"; fi
expect_eq "hostile: no request answered with a 5xx" "$ht_5xx" 0
expect_status "hostile: c2c.fcgi still answers" "$N/healthz.xml" 200

# Only the 201 rows stored anything: one value and one audit row each.
ht_after=$(ht_state)
ht_expect=$(printf '%s\n' "$ht_before" | awk -v n="$ht_201" '$1 == "kpi_values" || $1 == "audit_log" { $2 += n } { print }')
expect_eq "hostile: nothing stored but the $ht_201 accepted values (row counts and checksums)" "$ht_after" "$ht_expect"
# The body budgets are counted before libxml2 parses (lib/xmlin.c): the answer names them.
gen_body attrs:40000 > "$VAR/attrs.xml"
fetch "$N/kpi-values" -X POST -H "Authorization: Bearer $HT_TOK" -H 'Content-Type: application/xml' --data-binary "@$VAR/attrs.xml"
expect_eq "hostile: 40,000 attributes on one element: 422 too-many, saying so" \
	"$STATUS $(xp 'string(//c:invalid/@code)') $(grep -c 'more than 32 attributes' "$TMP_BODY")" "422 too-many 1"
expect_eq "hostile: injected text is stored as text" "$(sql "$ht_inj")" $((ht_inj0 + 1))
expect_eq "hostile: no value from a refused request (the generated bodies' 2031 period)" "$(sql "$ht_ref")" "$ht_ref0"

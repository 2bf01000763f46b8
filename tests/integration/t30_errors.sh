# t30_errors.sh: bad requests get a clear 4xx error document, never a 5xx.

expect_xml "unknown path: 404 XML" "$N/nowhere.xml" 404 'string(/c:error/c:message)' 'no such resource'
expect_xml "unknown city: 404" "$N/cities/atlantis.xml" 404 'string(/c:error/@status)' 404
expect_xml "unknown partnership: 404" "$N/partnerships/999999.xml" 404 'string(/c:error/@status)' 404
expect_status "partnership id 0: 404" "$N/partnerships/0.xml" 404
expect_status "partnership id with letters: 404" "$N/partnerships/1x.xml" 404
expect_status "upper-case slug: 404" "$N/cities/Leeds.xml" 404
expect_xml "POST: 405" "$N/cities.xml" 405 'string(/c:error/@status)' 405 -X POST -d x=1
expect_eq "405 names the allowed methods" "$(header Allow)" "GET, HEAD"
expect_status "DELETE: 405" "$N/cities/leeds" 405 -X DELETE
expect_xml "Accept: application/json: 406" "$N/cities" 406 'string(/c:error/@status)' 406 -H 'Accept: application/json'
expect_xml "limit=0: 400 naming limit" "$N/cities.xml?limit=0" 400 'string(/c:error/c:parameter)' limit
expect_xml "limit=501: 400" "$N/cities.xml?limit=501" 400 'string(/c:error/c:parameter)' limit
expect_xml "limit=-1: 400" "$N/cities.xml?limit=-1" 400 'string(/c:error/c:parameter)' limit
expect_xml "limit enormous: 400" "$N/cities.xml?limit=99999999999999999999999" 400 'string(/c:error/c:parameter)' limit
expect_xml "bad side: 400" "$N/cities.xml?side=mars" 400 'string(/c:error/c:parameter)' side
expect_xml "bad country: 400" "$N/cities.xml?country=Germany" 400 'string(/c:error/c:parameter)' country
expect_xml "bad date: 400" "$N/events.xml?from=2019-02-30" 400 'string(/c:error/c:parameter)' from
expect_xml "bad kind: 400" "$N/partnerships.xml?kind=alliance" 400 'string(/c:error/c:parameter)' kind
expect_xml "parameter of another page: 400" "$N/cities.xml?kind=mou" 400 'string(/c:error/c:parameter)' kind
expect_xml "parameter twice: 400" "$N/cities.xml?side=china&side=europe" 400 'string(/c:error/c:parameter)' side
expect_xml "garbage cursor: 400" "$N/cities.xml?after=%21%21%21" 400 'string(/c:error/c:parameter)' after
expect_xml "cursor of another list: 400" "$N/partnerships.xml?after=bGVlZHM" 400 'string(/c:error/c:parameter)' after
expect_xml "invalid UTF-8 in q: 400" "$N/cities.xml?q=%C3%28" 400 'string(/c:error/c:parameter)' q
expect_xml "UTF-16 surrogate in q: 400" "$N/cities.xml?q=%ED%A0%80" 400 'string(/c:error/c:parameter)' q
expect_xml "NUL in q: 400" "$N/cities.xml?q=a%00b" 400 'string(/c:error/c:parameter)' q
expect_xml "bad percent-encoding: 400" "$N/cities.xml?q=%zz" 400 'string(/c:error/@status)' 400
expect_xml "q over 200 bytes: 400" "$N/cities.xml?q=$(printf 'a%.0s' $(seq 201))" 400 'string(/c:error/c:parameter)' q
expect_4xx "invalid UTF-8 in the path" "$N/cities/%C3%28.xml"
expect_4xx "path traversal" "$N/cities/../../etc/passwd" --path-as-is
expect_4xx "encoded traversal" "$N/cities/..%2f..%2fetc%2fpasswd" --path-as-is
expect_status "NUL in the path: 400" "$N/cities/le%00eds" 400
expect_status "query string over 4 KiB: 414" "$N/cities.xml?q=$(printf 'a%.0s' $(seq 5000))" 414

# Injection attempts are plain text: no match, nothing changed, nothing executed.
before=$(sql "SELECT COUNT(*) FROM cities")
expect_xml "SQL injection in q is text" "$N/cities.xml?q=%27%20OR%201%3D1%20--%20" 200 'count(/c:cities/c:city)' 0
expect_xml "SQL injection with a statement is text" "$N/cities.xml?q=x%27%3B%20DROP%20TABLE%20cities%3B%20--" 200 'count(/c:cities/c:city)' 0
expect_eq "cities table intact after injection attempts" "$(sql "SELECT COUNT(*) FROM cities")" "$before"
expect_xml "LIKE wildcards in q are literal" "$N/cities.xml?q=%25" 200 'count(/c:cities/c:city)' 0
expect_xml "LIKE underscore in q is literal" "$N/cities.xml?q=_" 200 'count(/c:cities/c:city)' 0
fetch "$N/cities?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
if [ "$STATUS" = 200 ] && ! grep -q '<script>alert' "$TMP_BODY"; then
	ok "script injection in q is escaped in HTML"
else
	nok "script injection in q is escaped in HTML" "status $STATUS; raw <script> in body: $(grep -c '<script>alert' "$TMP_BODY")"
fi
expect_status "slug with markup: 404" "$N/cities/%3Cscript%3E" 404
expect_status "over-long slug: 404" "$N/cities/$(printf 'a%.0s' $(seq 65))" 404

# None of the above may have produced a 5xx (checked in the nginx access log).
fives=$(awk '$9 ~ /^5/' "$VAR/nginx/access.log" | wc -l)
expect_eq "no 5xx answered so far" "$fives" 0

# t40_http.sh: conditional GET, HEAD, headers, languages.

fetch "$N/cities.xml?limit=5"
etag=$(header ETag)
expect_eq "lists carry an ETag" "$(printf %s "$etag" | grep -c '^".*"$')" 1
expect_status "If-None-Match with the ETag: 304" "$N/cities.xml?limit=5" 304 -H "If-None-Match: $etag"
expect_eq "304 has no body" "$(wc -c < "$TMP_BODY")" 0
expect_status "If-None-Match weak form: 304" "$N/cities.xml?limit=5" 304 -H "If-None-Match: W/$etag"
expect_status "If-None-Match in a list: 304" "$N/cities.xml?limit=5" 304 -H "If-None-Match: \"x\", $etag"
expect_status "other ETag: 200" "$N/cities.xml?limit=5" 200 -H 'If-None-Match: "other"'
fetch "$N/cities.xml?limit=6"
expect_eq "another page has another ETag" "$([ "$(header ETag)" != "$etag" ] && echo differs)" differs
fetch "$N/cities?limit=5"
expect_eq "HTML and XML have different ETags" "$([ "$(header ETag)" != "$etag" ] && echo differs)" differs
sql "UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1"
expect_status "a new data version invalidates the ETag" "$N/cities.xml?limit=5" 200 -H "If-None-Match: $etag"

fetch "$N/cities.xml" -I
expect_eq "HEAD: 200" "$STATUS" 200
expect_eq "HEAD: no body" "$(grep -c '<?xml' "$TMP_BODY")" 0
fetch "$N/cities"
expect_eq "HTML Content-Type" "$(header Content-Type)" "text/html; charset=utf-8"
expect_eq "Vary" "$(header Vary)" "Accept, Accept-Language"
expect_eq "nosniff" "$(header X-Content-Type-Options)" nosniff
fetch "$N/cities.xml"
expect_eq "XML Content-Type" "$(header Content-Type)" "application/xml; charset=utf-8"
expect_xml "lang from Accept-Language" "$N/index.xml" 200 'string(/c:overview/@lang)' zh -H 'Accept-Language: zh-CN,zh;q=0.9,en;q=0.8'
expect_xml "lang parameter wins" "$N/index.xml?lang=en" 200 'string(/c:overview/@lang)' en -H 'Accept-Language: zh-CN'
expect_xml "English preferred to Chinese" "$N/index.xml" 200 'string(/c:overview/@lang)' en -H 'Accept-Language: en-GB, zh;q=0.5'
expect_html "Chinese labels" "$N/cities?lang=zh" 200 '城市'
fetch "$N/healthz"
expect_eq "health is not cached" "$(header Cache-Control)" no-store

# Built pages are kept per data version: a write that bumps the version is seen at once.
fetch "$N/cities/leeds.xml"
fetch "$N/cities/leeds.xml"
sql "UPDATE cities SET name_en = 'Leeds renamed' WHERE slug = 'leeds'; UPDATE data_version SET version = version + 1 WHERE id = 1"
expect_xml "a changed city is served after the version bump" "$N/cities/leeds.xml" 200 \
	'string(/c:city/c:name[@xml:lang="en"])' 'Leeds renamed'
sql "UPDATE cities SET name_en = 'Leeds' WHERE slug = 'leeds'; UPDATE data_version SET version = version + 1 WHERE id = 1"
expect_xml "and changed back" "$N/cities/leeds.xml" 200 'string(/c:city/c:name[@xml:lang="en"])' Leeds

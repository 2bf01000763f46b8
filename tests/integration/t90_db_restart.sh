# t90_db_restart.sh: the database goes away during requests and comes back.

expect_status "before: 200" "$N/cities.xml" 200
"$H/mariadb.sh" stop "$VAR/db" >/dev/null
expect_xml "database down: pages answer 503" "$N/cities.xml" 503 'string(/c:error/@status)' 503
expect_eq "503 says when to retry" "$(header Retry-After)" 5
expect_html "database down: HTML 503" "$N/cities" 503 '503'
expect_xml "database down: healthz 503" "$N/healthz.xml" 503 'string(/c:health/@database)' down
for i in 1 2 3 4 5 6 7 8; do fetch "$N/partnerships.xml"; [ "$STATUS" = 503 ] || break; done
expect_eq "database down: every worker answers 503" "$STATUS" 503
"$H/mariadb.sh" start "$VAR/db" "$DB_PORT" >/dev/null
# Each worker reconnects on its next request: no request after the return may fail.
fails=0
for i in $(seq 16); do fetch "$N/cities.xml?limit=3"; [ "$STATUS" = 200 ] || fails=$((fails + 1)); done
expect_eq "database back: every request succeeds" "$fails" 0
expect_xml "database back: healthz 200" "$N/healthz.xml" 200 'string(/c:health/@database)' up

# A restart while requests are in flight: only 200 or 503, never anything else.
( for i in $(seq 200); do curl -s -o /dev/null -w '%{http_code}\n' "$N/cities.xml?limit=20"; done ) > "$VAR/codes" &
load=$!
sleep 0.3
"$H/mariadb.sh" stop "$VAR/db" >/dev/null
"$H/mariadb.sh" start "$VAR/db" "$DB_PORT" >/dev/null
wait "$load"
expect_eq "restart under load: only 200 and 503" "$(grep -vc -e '^200$' -e '^503$' "$VAR/codes")" 0
expect_status "restart under load: 200 afterwards" "$N/cities.xml" 200

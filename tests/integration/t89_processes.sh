# t89_processes.sh: a request that kills its process must not take the site down (issue
# 15).  c2c.fcgi runs `processes` children (default 2) under a parent that starts a new
# one when one dies and logs what its workers were serving (fcgi/supervise.h).

kids=$(fcgi_children | wc -w)
expect_eq "c2c.fcgi runs its default two processes" "$kids" 2

# A request caught in flight: its query waits on a table another session locks, then
# every process dies (SIGKILL: nothing, not even a sanitizer, can catch it).
d0=$(fcgi_deaths)
mariadb --no-defaults --default-character-set=utf8mb4 -S "$VAR/db/mysqld.sock" -uroot c2c \
	-e "LOCK TABLES partnerships WRITE; SELECT SLEEP(4);" >/dev/null 2>&1 &
lock_pid=$!
sleep 0.5
curl -s -o /dev/null --max-time 10 "$N/partnerships.xml?country=SE&limit=7" &
held=$!
sleep 1
old=$(fcgi_children)
# shellcheck disable=SC2086
kill -KILL $old
wait "$held" 2>/dev/null
kill "$lock_pid" 2>/dev/null
wait "$lock_pid" 2>/dev/null
for _ in $(seq 60); do
	[ "$(fcgi_children | wc -w)" = 2 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$N/healthz.xml")" = 200 ] && break
	sleep 0.1
done
expect_eq "both processes killed: the parent logs both deaths" "$(( $(fcgi_deaths) - d0 ))" 2
expect_eq "... and the request one of them was serving" \
	"$(grep -c 'died while its worker [0-9]* served: GET /partnerships.xml?country=SE&limit=7' "$VAR/c2c.log")" 1
new=$(fcgi_children)
same=0
for p in $new; do case " $(echo $old) " in *" $p "*) same=1 ;; esac; done
expect_eq "... and starts two new processes" "$(echo "$new" | wc -w) $same" "2 0"
expect_status "... which serve" "$N/cities.xml" 200

# One process killed: the other keeps serving while the parent replaces it.
victim=$(fcgi_children | awk '{ print $1 }')
kill -KILL "$victim"
bad=""
for i in $(seq 30); do
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$N/cities/leeds.xml")
	case $code in 5??|000) bad="$bad $code" ;; esac
done
expect_eq "one process killed: the other answers every request meanwhile (30 in a row, no 5xx)" "$bad" ""
for _ in $(seq 30); do [ "$(fcgi_children | wc -w)" = 2 ] && break; sleep 0.1; done
expect_eq "... and the parent has started its replacement" "$(fcgi_children | wc -w)" 2
expect_eq "... c2c.fcgi itself (the parent) never stopped" "$(kill -0 "$FCGI_PID" 2>/dev/null && echo alive)" alive

# t71_matching_eval.sh: c2cctl match --evaluate: held-out figures with intervals for c2c and
# its baselines, on the database and on a directory of real twinnings (issue 19).

ev_out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate 2>&1); ev_rc=$?
printf '%s\n' "$ev_out" | sed 's/^/#   /'
expect_eq "evaluation on the database runs" "$ev_rc" 0
# A row: name, then three "value [lo, hi]"; prints "ok" when each lo <= value <= hi.
ev_row_ok() {
	printf '%s\n' "$ev_out" | awk -v name="$1" 'index($0, name) == 1 {
		s = substr($0, length(name) + 1); n = 0; bad = 0
		while (match(s, /[0-9.]+x? \[[0-9.]+, [0-9.]+\]/)) {
			f = substr(s, RSTART, RLENGTH); gsub(/[x\[\],]/, "", f); split(f, v, " ")
			if (v[2] > v[1] + 1e-9 || v[1] > v[3] + 1e-9) bad = 1
			n++; s = substr(s, RSTART + RLENGTH)
		}
		print (n == 3 && !bad) ? "ok" : "bad: " $0 }'
}
for row in "c2c matching" "population baseline" "shared-areas baseline" "popularity baseline" "network baseline"; do
	expect_eq "'$row': recall@5, recall@10, MRR, each inside its 95% interval" "$(ev_row_ok "$row")" ok
done
expect_eq "ratios to both simple baselines, with intervals" \
	"$(ev_row_ok "ratio to population baseline")$(ev_row_ok "ratio to shared-areas baseline")" okok
expect_eq "the method is stated (folds, resamples, seed)" \
	"$(printf '%s\n' "$ev_out" | grep -c '5-fold cross-validation (held-out figures); 95% intervals: percentile bootstrap over the pairs, 1000 resamples, seed')" 1
expect_eq "a weight set per fold" "$(printf '%s\n' "$ev_out" | grep -c '^weights fitted without fold')" 5
ev_again=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate 2>&1)
expect_eq "the output is deterministic" "$([ "$ev_again" = "$ev_out" ] && echo same)" same
# The one claim 68 pairs support: the held-out MRR beats population's over 95% of resamples.
ev_lo=$(printf '%s\n' "$ev_out" | awk '/^ratio to population baseline/ { s = $12; gsub(/[[,]/, "", s); print s }')
expect_eq "held-out MRR over population's: interval above 1 ($ev_lo)" \
	"$(awk -v a="$ev_lo" 'BEGIN { print (a > 1) ? "yes" : "no" }')" yes

# Hostile or wrong directories: a clear failure, nothing printed as figures.
"$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --twinnings /nonexistent >/dev/null 2>&1
expect_eq "--twinnings without --evaluate: usage error" "$?" 2
ev_out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate --twinnings "$VAR/no-such-dir" 2>&1)
expect_eq "a missing directory fails" "$?:$(printf '%s' "$ev_out" | grep -c 'europe-china.csv')" 1:1
tw=$VAR/twinnings-small
mkdir -p "$tw"
printf 'europe_city,europe_country,europe_lat,europe_lon,china_city,china_lat,china_lon\nBonn,Germany,50.7,7.1,Chengdu,30.6,104.0\n"Cologne,Germany,50.9,6.9,Beijing,39.9,116.4\n' >"$tw/europe-china.csv"
printf 'city_a,country_a,lat_a,lon_a,city_b,country_b,lat_b,lon_b\n' >"$tw/europe-europe.csv"
ev_out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate --twinnings "$tw" 2>&1)
expect_eq "an unbalanced quote fails, naming the row" "$?:$(printf '%s' "$ev_out" | grep -c 'row 2 is malformed')" 1:1
printf 'europe_city,europe_country,europe_lat,europe_lon,china_city,china_lat,china_lon\nBonn,Germany,50.7,7.1,Chengdu,30.6,104.0\nCologne,Germany,50.9,6.9,Beijing,39.9,116.4\nCologne,Germany,50.9,6.9,"Suzhou, Jiangsu",31.3,120.6\nEssen,Germany,51.4,7.0,Beijing,39.9,116.4\n' >"$tw/europe-china.csv"
printf 'city_a,country_a,lat_a,lon_a,city_b,country_b,lat_b,lon_b\nBonn,Germany,50.7,7.1,Essen,Germany,51.4,7.0\n' >"$tw/europe-europe.csv"
ev_out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate --twinnings "$tw" 2>&1)
expect_eq "a small twinnings directory: its pairs and candidates" \
	"$?:$(printf '%s\n' "$ev_out" | grep -c ': 4 Europe-China pairs, 3 Chinese candidates')" 0:1
expect_eq "... its cities named as in the database (Bonn, Essen, Beijing, Chengdu)" \
	"$(printf '%s\n' "$ev_out" | grep -c '(6 cities, 4 named as in the database)')" 1

# The real twinnings (489 Europe-China pairs) when this machine has them.
tw=
for d in "${C2C_TWINNINGS_DIR:-}" "$top/../shared/data/twinnings" /work/shared/data/twinnings; do
	[ -n "$d" ] && [ -f "$d/europe-china.csv" ] && { tw=$d; break; }
done
if [ -z "$tw" ]; then
	skip "evaluation on the real twinnings" "no shared/data/twinnings here"
else
	ev_out=$("$BUILD_DIR/c2cctl" -c "$VAR/c2c.conf" match --evaluate --twinnings "$tw" 2>&1); ev_rc=$?
	printf '%s\n' "$ev_out" | sed 's/^/#   /'
	expect_eq "evaluation on the twinnings runs: 489 pairs, 185 candidates" \
		"$ev_rc:$(printf '%s\n' "$ev_out" | grep -c ': 489 Europe-China pairs, 185 Chinese candidates')" 0:1
	# The README's baselines, reproduced: popularity 0.141 0.164 0.090, network 0.125 0.178 0.104.
	expect_eq "the README's popularity baseline is reproduced" \
		"$(printf '%s\n' "$ev_out" | awk '/^popularity baseline/ { print $3, $6, $9 }')" "0.141 0.164 0.090"
	expect_eq "the README's network baseline is reproduced" \
		"$(printf '%s\n' "$ev_out" | awk '/^network baseline/ { print $3, $6, $9 }')" "0.125 0.178 0.104"
	for row in "c2c matching" "population baseline" "popularity baseline" "network baseline"; do
		expect_eq "twinnings, '$row': each figure inside its interval" "$(ev_row_ok "$row")" ok
	done
	best=$(printf '%s\n' "$ev_out" | awk '/baseline / && !/^ratio/ { if ($6 > m) m = $6 } END { print m }')
	c2c=$(printf '%s\n' "$ev_out" | awk '/^c2c matching/ { print $6 }')
	expect_eq "held-out recall@10 $c2c is at least 1.2x the best baseline's $best" \
		"$(awk -v a="$c2c" -v b="$best" 'BEGIN { print (a >= 1.2 * b) ? "yes" : "no" }')" yes
fi

#!/bin/bash
# run.sh: runs the libFuzzer harnesses of tests/fuzz/ (built by "make fuzz-build" into
# build-fuzz/fuzz/).  Used by "make fuzz" and "make check-fuzz".
#
#   run.sh [NAME...]     each harness FUZZ_SECONDS (default 60) seconds
#   run.sh --check       the regression inputs of tests/fuzz/regress/NAME/ once each, then
#                        every harness FUZZ_SECONDS seconds (make check: 1)
#   run.sh --probe       exit 0 when clang and its libFuzzer runtime can build a harness,
#                        else print why fuzzing is skipped and exit 1
#
# The working corpus of each harness grows in var/fuzz/corpus/NAME (not in git).  Seeds,
# read in place at every run: tests/fuzz/seeds/NAME, the test fixtures, and the third-party
# corpora in ../shared/corpus when that checkout is there (never copied into the repo).
# A crash, leak, sanitizer report or timeout leaves its input in var/fuzz/crashes/ and
# fails the run; turn it into a unit test and into tests/fuzz/regress/NAME/.
# FUZZ_RUNS caps the executions of each harness (with FUZZ_SECONDS).
# FUZZ_NICE (default 0) runs the harnesses under nice; FUZZ_JOBS is not offered: the
# machines we run on are shared.  FUZZ_TIMEOUT (default 10) is the wall-clock seconds one
# input may take; a long run at FUZZ_NICE=19 beside other work needs more (starved of the
# CPU, a 0.2 s input takes 10 s).
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
F="$top/tests/fuzz"
BIN=${FUZZ_BIN_DIR:-$top/build-fuzz/fuzz}   # a copy may run while build-fuzz is rebuilt
VAR=${FUZZ_VAR:-$top/var/fuzz}   # corpora, logs, crashes
SHARED="$top/../shared/corpus"
ALL="ics xml_body csv form params route cfg headers"
SECS=${FUZZ_SECONDS:-60}
case "$SECS" in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_SECONDS must be a positive integer" >&2; exit 2 ;; esac

probe() {
	local d
	command -v "${FUZZ_CC:-clang}" >/dev/null || { echo "fuzz: SKIP: no clang (apt-get install clang libclang-rt-14-dev)"; return 1; }
	d=$(mktemp -d) || return 1
	printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' > "$d/p.c"
	if ! "${FUZZ_CC:-clang}" -fsanitize=fuzzer,address,undefined -o "$d/p" "$d/p.c" >/dev/null 2>&1; then
		rm -rf "$d"
		echo "fuzz: SKIP: clang has no libFuzzer runtime (apt-get install libclang-rt-14-dev)"
		return 1
	fi
	rm -rf "$d"
}

# The seed directories of a harness, those that exist.
seeds() {
	local s=()
	[ -d "$F/seeds/$1" ] && s+=("$F/seeds/$1")
	case $1 in
	ics)
		s+=("$top/tests/fixtures/ics")
		# The 500 third-party calendars take libical half a minute to read once: not in
		# the short run of make check.
		[ "$check" = 0 ] && [ -d "$SHARED/ics" ] && s+=("$SHARED/ics")
		;;
	xml_body)
		# Atom documents: XML from the wild, with DTDs, entities and namespaces.
		[ -d "$SHARED/atom" ] && s+=("$SHARED/atom")
		;;
	cfg)
		# libFuzzer takes seed directories only: the example config through a link.
		mkdir -p "$VAR/seeds/cfg"
		ln -sf "$top/conf/c2c.conf.example" "$VAR/seeds/cfg/c2c.conf.example"
		s+=("$VAR/seeds/cfg")
		;;
	esac
	printf '%s\n' "${s[@]}"
}

# run NAME: one harness for SECS seconds; prints one summary line.
run() {
	local name=$1 bin="$BIN/fuzz_$1" log="$VAR/log/$1.txt" dict=() args=() execs secs rc
	[ -x "$bin" ] || { echo "fuzz: $name: $bin is missing (make fuzz-build)"; return 1; }
	mkdir -p "$VAR/corpus/$name" "$VAR/crashes" "$VAR/log"
	[ -f "$F/$name.dict" ] && dict=("-dict=$F/$name.dict")
	# Calendars: the seeds go up to 200 KB, and libical spends time in proportion; small
	# mutants reach the same branches many times faster (seeds are cut to this length).
	[ "$name" = ics ] && dict+=("-max_len=16384")
	# FUZZ_RUNS stops a harness after that many executions, if that comes first.
	[ -n "${FUZZ_RUNS:-}" ] && dict+=("-runs=$FUZZ_RUNS")
	mapfile -t args < <(seeds "$name")
	# -timeout: an input that takes 10 s is a bug (a worker would hang on it) and fails the
	# run like a crash.  -rss_limit_mb: a parser that wants 2 GB for one input is one too.
	nice -n "${FUZZ_NICE:-0}" "$bin" "${dict[@]}" -max_total_time="$SECS" -timeout="${FUZZ_TIMEOUT:-10}" \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$VAR/crashes/$name-" \
		"$VAR/corpus/$name" "${args[@]}" > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	secs=$(sed -n 's/^stat::.*//; s/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
	if [ "$rc" != 0 ]; then
		echo "fuzz: $name: FAILED after ${execs:-?} executions (exit $rc); input in $VAR/crashes/, log $log:"
		grep -m1 -A12 -e '^==[0-9]*==ERROR' -e 'runtime error:' -e 'ALARM' -e 'out-of-memory' "$log" | sed 's/^/fuzz:   /'
		return 1
	fi
	echo "fuzz: $name: ${execs:-?} executions in ${secs:-$SECS} s, corpus $(find "$VAR/corpus/$name" -type f | wc -l) files, no crash"
	printf '%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "${execs:-0}" "${secs:-$SECS}" >> "$VAR/executions.tsv"
}

# replay NAME: every regression input of the harness, once.
replay() {
	local name=$1 d="$F/regress/$1" files
	[ -d "$d" ] || return 0
	files=("$d"/*)
	[ -e "${files[0]}" ] || return 0
	if "$BIN/fuzz_$name" "${files[@]}" > "$VAR/log/$name-regress.txt" 2>&1; then
		echo "fuzz: $name: ${#files[@]} regression inputs pass"
	else
		echo "fuzz: $name: a regression input fails again; log $VAR/log/$name-regress.txt"
		return 1
	fi
}

check=0
if [ "${1:-}" = --probe ]; then
	probe
	exit
fi
probe || exit 0
if [ "${1:-}" = --check ]; then check=1; shift; fi
names=${*:-$ALL}
mkdir -p "$VAR/log"
failed=0
for n in $names; do
	case " $ALL " in *" $n "*) ;; *) echo "fuzz: no harness '$n' (one of: $ALL)"; exit 2 ;; esac
	if [ "$check" = 1 ]; then replay "$n" || failed=1; fi
	run "$n" || failed=1
done
[ "$failed" = 0 ]

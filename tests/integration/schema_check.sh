#!/bin/sh
# schema_check.sh FILE...: validates each XML document against the RELAX NG schema of
# c2c (docs/schema/c2c.rng, found relative to this script) with xmllint.  Prints one
# line per failing file with xmllint's messages indented below it, nothing for a valid
# one.  Exit status 0 when every file validates, 1 when any does not (or is missing or
# not well-formed), 2 on a usage error or when the schema cannot be read.

here=$(cd "$(dirname "$0")" && pwd) || exit 2
schema="$here/../../docs/schema/c2c.rng"

if [ $# -eq 0 ]; then
	echo "usage: $0 FILE..." >&2
	exit 2
fi
if ! command -v xmllint >/dev/null 2>&1; then
	echo "$0: xmllint not found (Debian: libxml2-utils)" >&2
	exit 2
fi
if [ ! -r "$schema" ]; then
	echo "$0: cannot read $schema" >&2
	exit 2
fi

failed=0
for f in "$@"; do
	if [ ! -r "$f" ]; then
		echo "FAIL $f: cannot read it"
		failed=1
		continue
	fi
	if out=$(xmllint --noout --nonet --relaxng "$schema" "$f" 2>&1); then
		continue
	fi
	# xmllint exits 3 when the document is invalid, 5 when the schema does not compile.
	if printf '%s\n' "$out" | grep -q 'failed to compile'; then
		printf '%s\n' "$out" >&2
		echo "$0: the schema $schema does not compile" >&2
		exit 2
	fi
	echo "FAIL $f"
	printf '%s\n' "$out" | grep -v ' fails to validate$' | sed 's/^/    /'
	failed=1
done
exit $failed

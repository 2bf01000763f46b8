#!/bin/sh
# layering.sh: the rules of docs/architecture.md that a grep can hold (part of make check):
# lib/ knows nothing of FastCGI, and fcgi/ runs no SQL (its handlers and c2cctl call lib/).
cd "$(dirname "$0")/.." || exit 1
bad=0
if grep -ln 'fcgiapp\.h\|fcgi_stdio\.h\|FCGX_' lib/*.c lib/*.h; then
	echo "layering: lib/ must not use FastCGI (files above)" >&2
	bad=1
fi
if grep -n 'db_query\|db_exec\|db_cursor\|"[^"]*\<\(SELECT\|INSERT INTO\|UPDATE [a-z_]* SET\|DELETE FROM\)\>' fcgi/*.c; then
	echo "layering: fcgi/ must not run SQL: move it to a lib/ model or store (lines above)" >&2
	bad=1
fi
# The file table of docs/architecture.md names every source file, so that a newcomer finds
# each one's responsibility there (a file it does not name is missing from the table); a
# header is named with its .c, or on its own when it has none.
for f in lib/*.c lib/*.h fcgi/*.c fcgi/*.h; do
	c=${f%.h}.c
	grep -q "$f\|\b$(basename "$f")\b" docs/architecture.md && continue
	[ "$c" != "$f" ] && [ -f "$c" ] && grep -q "$c\|\b$(basename "$c")\b" docs/architecture.md && continue
	echo "layering: docs/architecture.md does not name $f: add it to the file table" >&2
	bad=1
done
[ "$bad" = 0 ] && echo "layering: lib/ has no FastCGI, fcgi/ no SQL; docs/architecture.md names every source file"
exit "$bad"

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
[ "$bad" = 0 ] && echo "layering: lib/ has no FastCGI, fcgi/ no SQL"
exit "$bad"

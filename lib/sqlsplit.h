/* sqlsplit.h: splits a file of SQL statements at the ';' that end them. */
#ifndef C2C_SQLSPLIT_H
#define C2C_SQLSPLIT_H

#include <stddef.h>

/* Called for each statement (without its ';', comments and surrounding blanks kept inside);
 * line is where the statement starts (1-based).  A non-zero return stops the split. */
typedef int (*sql_stmt_fn)(void *arg, const char *sql, size_t len, int line);

/* Understands '...', "...", `...` (with '' and \ escapes), -- and # line comments and
 * block comments.  Returns 0; the callback's non-zero value; or -1 when a quote or comment is
 * not closed (*errline = where it opened). */
int sql_split(const char *text, size_t len, sql_stmt_fn fn, void *arg, int *errline);

#endif

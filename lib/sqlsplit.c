/* sqlsplit.c: statement splitter for migration files. */
#include "sqlsplit.h"

/* Whether text[from..to) holds anything but blanks and comments. */
static int
has_code(const char *s, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
			continue;
		if (s[i] == '#' || (s[i] == '-' && i + 1 < to && s[i + 1] == '-')) {
			while (i < to && s[i] != '\n')
				i++;
			continue;
		}
		if (s[i] == '/' && i + 1 < to && s[i + 1] == '*') {
			for (i += 2; i + 1 < to && !(s[i] == '*' && s[i + 1] == '/'); i++)
				;
			i++;
			continue;
		}
		return 1;
	}
	return 0;
}

static int
first_code_line(const char *s, size_t from, size_t to, int line)
{
	size_t i;

	for (i = from; i < to; i++) {
		if (s[i] == '\n') {
			line++;
			continue;
		}
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
			continue;
		if (s[i] == '#' || (s[i] == '-' && i + 1 < to && s[i + 1] == '-')) {
			while (i + 1 < to && s[i + 1] != '\n')
				i++;
			continue;
		}
		if (s[i] == '/' && i + 1 < to && s[i + 1] == '*') {
			for (i += 2; i + 1 < to && !(s[i] == '*' && s[i + 1] == '/'); i++)
				if (s[i] == '\n')
					line++;
			i++;
			continue;
		}
		break;
	}
	return line;
}

int
sql_split(const char *s, size_t len, sql_stmt_fn fn, void *arg, int *errline)
{
	size_t i = 0, start = 0;
	int line = 1, start_line = 1, rc;

	while (i < len) {
		char c = s[i];

		if (c == '\n') {
			line++;
			i++;
		} else if (c == '\'' || c == '"' || c == '`') {
			int open = line;
			for (i++; i < len; i++) {
				if (s[i] == '\n')
					line++;
				if (s[i] == '\\' && c != '`' && i + 1 < len) {
					if (s[++i] == '\n')
						line++;
				} else if (s[i] == c) {
					if (i + 1 < len && s[i + 1] == c)
						i++;          /* doubled quote */
					else
						break;
				}
			}
			if (i >= len) {
				*errline = open;
				return -1;
			}
			i++;
		} else if (c == '#' || (c == '-' && i + 2 < len && s[i + 1] == '-' &&
		    (s[i + 2] == ' ' || s[i + 2] == '\t' || s[i + 2] == '\n'))) {
			while (i < len && s[i] != '\n')
				i++;
		} else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
			int open = line;
			for (i += 2; i + 1 < len && !(s[i] == '*' && s[i + 1] == '/'); i++)
				if (s[i] == '\n')
					line++;
			if (i + 1 >= len) {
				*errline = open;
				return -1;
			}
			i += 2;
		} else if (c == ';') {
			if (has_code(s, start, i) &&
			    (rc = fn(arg, s + start, i - start, first_code_line(s, start, i, start_line))) != 0)
				return rc;
			start = ++i;
			start_line = line;
		} else {
			i++;
		}
	}
	if (has_code(s, start, len) &&
	    (rc = fn(arg, s + start, len - start, first_code_line(s, start, len, start_line))) != 0)
		return rc;
	return 0;
}

/* ics_scan.c: a calendar's text before libical reads it (ics_parse.h): the pre-scan of
 * property budgets, the structure check, and the cleaning of text values. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ics_parse.h"
#include "ics_parse_impl.h"
#include "utf8.h"

#define DEPTH_MAX 20            /* nesting of BEGIN/END: VCALENDAR/VEVENT/VALARM is 3 */

/* ---- Text ------------------------------------------------------------------------------ */

/* Bidi embeddings, overrides (U+202A..U+202E) and isolates (U+2066..U+2069), as UTF-8
 * at s[0..n): n is 3 and the bytes E2 80 AA..AE or E2 81 A6..A9. */
static int
is_bidi_control(const unsigned char *s, size_t n)
{
	return n == 3 && s[0] == 0xe2 && ((s[1] == 0x80 && s[2] >= 0xaa && s[2] <= 0xae) ||
	    (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9));
}

char *
ics_clean_text(const char *s, size_t max_chars, size_t max_bytes, int single_line, int *failed)
{
	size_t len, i, o = 0, chars = 0;
	char *c;

	if (s == NULL)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	len = strlen(s);
	if (len == 0)
		return NULL;
	if ((c = malloc(len + 1)) == NULL) {
		*failed = 1;
		return NULL;
	}
	for (i = 0; i < len && chars < max_chars; ) {
		unsigned char b = (unsigned char)s[i];
		size_t n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
		int control = (b < 0x20 && b != '\t' && b != '\n') || b == 0x7f ||
		    (b == 0xc2 && n == 2 && i + 1 < len && (unsigned char)s[i + 1] < 0xa0);

		if (i + n > len || o + n > max_bytes)
			break;
		if (b == '\r') {
			i++;
			continue;
		}
		if (single_line && (control || is_bidi_control((const unsigned char *)s + i, n))) {
			i += n;   /* removed: nothing to show, and they may disguise the text */
			continue;
		}
		if (single_line && (b == '\n' || b == '\t'))
			c[o++] = ' ';
		else if (control)
			c[o++] = ' ';   /* C0 but tab and LF, DEL, C1 (U+0080..U+009F) */
		else {
			memcpy(c + o, s + i, n);
			o += n;
		}
		i += n;
		chars++;
	}
	while (o > 0 && (c[o - 1] == ' ' || c[o - 1] == '\t' || c[o - 1] == '\n'))
		o--;
	c[o] = '\0';
	if (o == 0 || !utf8_valid(c, o)) {
		free(c);
		return NULL;
	}
	return c;
}

/* ---- Pre-scan ------------------------------------------------------------------------- */

int
ics_prescan(const char *text, size_t len, long max_bytes, long max_params, char *err,
    size_t errlen)
{
	size_t pos = 0;
	long line = 0, first = 0, bytes = 0, params = 0;
	int in_value = 0, quoted = 0;

	while (pos < len) {
		const char *l = text + pos, *nl = memchr(l, '\n', len - pos);
		size_t ll = nl != NULL ? (size_t)(nl - l) : len - pos, i = 0;

		line++;
		pos += ll + (nl != NULL);
		if (ll > 0 && l[ll - 1] == '\r')
			ll--;
		if (ll > 0 && (l[0] == ' ' || l[0] == '\t'))
			i = 1;   /* a continuation: the same property goes on */
		else {
			first = line;
			bytes = params = 0;
			in_value = quoted = 0;
		}
		bytes += (long)(ll - i);
		if (max_bytes > 0 && bytes > max_bytes) {
			snprintf(err, errlen, "line %ld: over budget: a property longer than %ld bytes "
			    "(import_max_property_bytes)", first, max_bytes);
			return -1;
		}
		/* Parameters are the ';' of the name part, outside quoted values; the value
		 * starts at the first ':' outside quotes. */
		for (; i < ll && !in_value; i++) {
			if (l[i] == '"')
				quoted = !quoted;
			else if (!quoted && l[i] == ':')
				in_value = 1;
			else if (!quoted && l[i] == ';' && max_params > 0 && ++params > max_params) {
				snprintf(err, errlen, "line %ld: over budget: a property with more than %ld "
				    "parameters (import_max_parameters)", first, max_params);
				return -1;
			}
		}
	}
	return 0;
}

/* ---- Structure check ------------------------------------------------------------------- */

/* Whether physical line l[0..ll) is valid UTF-8.  RFC 5545 folds at octets, so a fold
 * may split a character (section 3.1): its first octets are carried in carry[0..*ncarry)
 * to the next line when more says that line continues this one (after its blank). */
static int
utf8_line(const char *l, size_t ll, unsigned char carry[4], size_t *ncarry, int more)
{
	size_t k, tail = 0;

	if (*ncarry > 0 && ll > 0) {
		unsigned char b = carry[0];
		size_t need = (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) - *ncarry;
		size_t n = ll - 1 < need ? ll - 1 : need;
		memcpy(carry + *ncarry, l + 1, n);
		*ncarry += n;
		l += 1 + n;
		ll -= 1 + n;
		if (n < need)
			return more ? 0 : -1;
		if (!utf8_valid((const char *)carry, *ncarry))
			return -1;
		*ncarry = 0;
	} else if (*ncarry > 0)
		return -1;
	for (k = 1; more && k <= 3 && k <= ll; k++) {
		unsigned char b = (unsigned char)l[ll - k];
		if ((b & 0xc0) == 0xc0) {
			if ((size_t)(b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > k)
				tail = k;
			break;
		}
		if ((b & 0xc0) != 0x80)
			break;
	}
	memcpy(carry, l + ll - tail, tail);
	*ncarry = tail;
	return utf8_valid(l, ll - tail) ? 0 : -1;
}

/* Checks what libical would silently repair or drop: that this is iCalendar at all, that
 * it is UTF-8, and that every BEGIN has its END (a file cut off in transfer does not).
 * Errors name the line. */
int
ics_check_structure(const char *text, size_t len, char *err, size_t errlen)
{
	char stack[DEPTH_MAX][32];
	long begun[DEPTH_MAX];
	size_t depth = 0, pos = 0, ncarry = 0;
	long line = 0;
	int seen_calendar = 0, first = 1;
	unsigned char carry[4];

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	while (pos < len) {
		const char *l = text + pos, *nl = memchr(l, '\n', len - pos);
		size_t ll = nl != NULL ? (size_t)(nl - l) : len - pos;
		char name[32];

		line++;
		pos += ll + (nl != NULL);
		if (ll > 0 && l[ll - 1] == '\r')
			ll--;
		if (utf8_line(l, ll, carry, &ncarry,
		    pos < len && (text[pos] == ' ' || text[pos] == '\t')) < 0) {
			snprintf(err, errlen, "line %ld: not valid UTF-8 (iCalendar files are UTF-8)%s",
			    line, memchr(l, '\0', ll) != NULL ? ": a NUL byte" : "");
			return -1;
		}
		if (ll == 0 || l[0] == ' ' || l[0] == '\t')
			continue;   /* blank, or the continuation of a folded line */
		if (first) {
			first = 0;
			if (ll < 15 || strncasecmp(l, "BEGIN:VCALENDAR", 15) != 0) {
				char shown[48];
				size_t n = ll < 40 ? ll : 40, i;
				for (i = 0; i < n; i++)
					shown[i] = (unsigned char)l[i] < 0x20 || (unsigned char)l[i] >= 0x7f ?
					    '?' : l[i];
				shown[n] = '\0';
				snprintf(err, errlen, "line %ld: not an iCalendar file: it begins with "
				    "\"%s%s\", not BEGIN:VCALENDAR", line, shown, ll > 40 ? "..." : "");
				return -1;
			}
		}
		if (ll > 6 && strncasecmp(l, "BEGIN:", 6) == 0) {
			size_t n = ll - 6 < sizeof(name) - 1 ? ll - 6 : sizeof(name) - 1;
			if (depth == DEPTH_MAX) {
				snprintf(err, errlen, "line %ld: components nested deeper than %d", line,
				    DEPTH_MAX);
				return -1;
			}
			memcpy(stack[depth], l + 6, n);
			stack[depth][n] = '\0';
			if (depth == 0 && strcasecmp(stack[0], "VCALENDAR") != 0) {
				snprintf(err, errlen, "line %ld: BEGIN:%s outside a VCALENDAR", line,
				    stack[0]);
				return -1;
			}
			begun[depth++] = line;
			seen_calendar = 1;
		} else if (ll > 4 && strncasecmp(l, "END:", 4) == 0) {
			size_t n = ll - 4 < sizeof(name) - 1 ? ll - 4 : sizeof(name) - 1;
			memcpy(name, l + 4, n);
			name[n] = '\0';
			if (depth == 0 || strcasecmp(stack[depth - 1], name) != 0) {
				snprintf(err, errlen, "line %ld: END:%s does not close %s%s%s", line, name,
				    depth == 0 ? "anything" : "BEGIN:", depth == 0 ? "" : stack[depth - 1],
				    depth == 0 ? "" : " (a component is cut short or misnested)");
				return -1;
			}
			depth--;
		}
	}
	if (!seen_calendar) {
		snprintf(err, errlen, "the file is empty: no BEGIN:VCALENDAR");
		return -1;
	}
	if (depth > 0) {
		snprintf(err, errlen, "line %ld: the file ends inside BEGIN:%s of line %ld: it is "
		    "truncated (END:%s missing)", line, stack[depth - 1], begun[depth - 1],
		    stack[depth - 1]);
		return -1;
	}
	return 0;
}

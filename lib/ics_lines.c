/* ics_lines.c: an iCalendar component as its content lines (ics_lines.h). */
#include <string.h>

#include <libical/ical.h>

#include "ics_lines.h"
#include "utf8.h"

/* RFC 5545 3.1: content lines are folded at 75 octets, excluding the CRLF. */
#define ICS_LINE_MAX 75

/* Appends the content line s[0..len) to b, folded (RFC 5545 3.1): at most 75 octets per
 * physical line, the leading space of a continuation included; a fold never falls inside
 * a UTF-8 sequence.  0 or -1 (out of memory). */
static int
put_line(struct buf *b, const char *s, size_t len)
{
	size_t lim = ICS_LINE_MAX;

	while (len > lim) {
		size_t cut = lim;
		/* Back up to the first byte of the character (at most 3 steps in valid UTF-8). */
		while (cut > 1 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		if (buf_append(b, s, cut) < 0 || buf_append(b, "\r\n ", 3) < 0)
			return -1;
		s += cut;
		len -= cut;
		lim = ICS_LINE_MAX - 1;
	}
	if (buf_append(b, s, len) < 0 || buf_append(b, "\r\n", 2) < 0)
		return -1;
	return 0;
}

/* TEXT escaping (RFC 5545 3.3.11): \ ; , and LF; the text has no CR (text_copy). */
static int
put_text(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		const char *esc = NULL;
		switch (*s) {
		case '\\': esc = "\\\\"; break;
		case ';':  esc = "\\;"; break;
		case ',':  esc = "\\,"; break;
		case '\n': esc = "\\n"; break;
		default:   break;
		}
		if (esc != NULL ? buf_append(b, esc, 2) < 0 : buf_append(b, s, 1) < 0)
			return -1;
	}
	return 0;
}

/* Writes property p.  libical prints it, except CATEGORIES and X- properties: libical 3.0
 * leaves ',' and ';' unescaped there (a comma in an area name would split it in two).
 * libical's own folding is undone first: it can split a line between its CR and LF
 * (a 73-octet tail) and leaves whitespace-only continuation lines. */
static enum c2c_err
emit_prop(struct buf *b, struct buf *line, icalproperty *p)
{
	icalproperty_kind k = icalproperty_isa(p);
	icalvalue *v = icalproperty_get_value(p);
	char *s, *r, *w;

	buf_reset(line);
	if ((k == ICAL_CATEGORIES_PROPERTY || k == ICAL_X_PROPERTY) && v != NULL &&
	    icalproperty_count_parameters(p) == 0) {
		const char *name = k == ICAL_X_PROPERTY ? icalproperty_get_x_name(p) : "CATEGORIES";
		const char *text = icalvalue_isa(v) == ICAL_TEXT_VALUE ? icalvalue_get_text(v) :
		    icalvalue_isa(v) == ICAL_X_VALUE ? icalvalue_get_x(v) : NULL;
		if (name != NULL && text != NULL) {
			if (buf_puts(line, name) < 0 || buf_puts(line, ":") < 0 ||
			    put_text(line, text) < 0 || put_line(b, line->data, line->len) < 0)
				return C2C_ENOMEM;
			return C2C_OK;
		}
	}
	if ((s = icalproperty_as_ical_string_r(p)) == NULL)
		return C2C_ENOMEM;
	/* Unfold: libical breaks only with CRLF + space, and its values never hold a raw CR
	 * or LF (TEXT escapes LF and drops CR), so every "\r\n " is one of its folds. */
	for (r = w = s; *r != '\0'; ) {
		if (r[0] == '\r' && r[1] == '\n' && r[2] == ' ') {
			r += 3;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
	if (w - s >= 2 && w[-2] == '\r' && w[-1] == '\n')
		w -= 2;
	if (memchr(s, '\r', (size_t)(w - s)) != NULL || memchr(s, '\n', (size_t)(w - s)) != NULL) {
		icalmemory_free_buffer(s);
		return C2C_EINVAL;
	}
	if (put_line(b, s, (size_t)(w - s)) < 0) {
		icalmemory_free_buffer(s);
		return C2C_ENOMEM;
	}
	icalmemory_free_buffer(s);
	return C2C_OK;
}

enum c2c_err
ics_emit_comp(struct buf *b, struct buf *line, icalcomponent *c)
{
	const char *kind = icalcomponent_kind_to_string(icalcomponent_isa(c));
	icalcomponent *sub;
	icalproperty *p;
	enum c2c_err rc;

	if (kind == NULL)
		return C2C_EINVAL;
	buf_reset(line);
	if (buf_puts(line, "BEGIN:") < 0 || buf_puts(line, kind) < 0 ||
	    put_line(b, line->data, line->len) < 0)
		return C2C_ENOMEM;
	for (p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY))
		if ((rc = emit_prop(b, line, p)) != C2C_OK)
			return rc;
	for (sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub != NULL;
	    sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		if ((rc = ics_emit_comp(b, line, sub)) != C2C_OK)
			return rc;
	buf_reset(line);
	if (buf_puts(line, "END:") < 0 || buf_puts(line, kind) < 0 ||
	    put_line(b, line->data, line->len) < 0)
		return C2C_ENOMEM;
	return C2C_OK;
}

/* utf8.c: strict UTF-8 validation. */
#include "utf8.h"

/* Decodes one code point at s (len > 0 bytes left); returns its length or 0 when invalid. */
static size_t
utf8_decode(const unsigned char *s, size_t len, unsigned long *cp)
{
	unsigned long c;
	size_t n, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)      { n = 2; c = s[0] & 0x1f; }
	else if (s[0] >= 0xe0 && s[0] <= 0xef) { n = 3; c = s[0] & 0x0f; }
	else if (s[0] >= 0xf0 && s[0] <= 0xf4) { n = 4; c = s[0] & 0x07; }
	else return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

static int
utf8_check(const char *str, size_t len, int text_only)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long cp;
	size_t i = 0, n;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0 || cp == 0)
			return 0;
		if (text_only && ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
		    (cp >= 0x7f && cp <= 0x9f) || cp == 0xfffe || cp == 0xffff))
			return 0;
		i += n;
	}
	return 1;
}

int
utf8_valid(const char *s, size_t len)
{
	return utf8_check(s, len, 0);
}

int
utf8_valid_text(const char *s, size_t len)
{
	return utf8_check(s, len, 1);
}

int
utf8_has_bidi_control(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	/* U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9. */
	for (; p + 2 < end; p++)
		if (p[0] == 0xe2 && ((p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
		    (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)))
			return 1;
	return 0;
}

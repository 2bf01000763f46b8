/* utf8.h: strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
#ifndef C2C_UTF8_H
#define C2C_UTF8_H

#include <stddef.h>

/* 1 when s[0..len) is valid UTF-8 without NUL bytes nor C0/C1 control characters other
 * than tab, LF and CR (none of which XML 1.0 can carry); 0 otherwise. */
int utf8_valid_text(const char *s, size_t len);

/* 1 when s[0..len) is valid UTF-8 (any code point but NUL); 0 otherwise. */
int utf8_valid(const char *s, size_t len);

/* 1 when valid UTF-8 s[0..len) holds a directional embedding, override or isolate
 * (U+202A..U+202E, U+2066..U+2069), which make a name read in another order than it is
 * stored ("Trojan Source"); the marks U+200E and U+200F are not counted. */
int utf8_has_bidi_control(const char *s, size_t len);

#endif

/* utf8.h: strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
#ifndef C2C_UTF8_H
#define C2C_UTF8_H

#include <stddef.h>

/* 1 when s[0..len) is valid UTF-8 without NUL bytes nor C0/C1 control characters other
 * than tab, LF and CR (none of which XML 1.0 can carry); 0 otherwise. */
int utf8_valid_text(const char *s, size_t len);

/* 1 when s[0..len) is valid UTF-8 (any code point but NUL); 0 otherwise. */
int utf8_valid(const char *s, size_t len);

#endif

/* url.h: the web addresses users give c2c (calendar sources, web sites, documents). */
#ifndef C2C_URL_H
#define C2C_URL_H

#include <stddef.h>

enum url_verdict {
	URL_OK,
	URL_BAD,           /* not http(s)://host..., or spaces, controls, quotes, invalid UTF-8 */
	URL_CREDENTIALS    /* carries user:password@ (would be shown to every reader) */
};

/* Checks s, an address that c2c will store and may show: http or https, a host, no
 * userinfo, printable valid UTF-8 without spaces, quotes or angle brackets, at most max
 * bytes. */
enum url_verdict url_check(const char *s, size_t max);

/* SQL: the part of the address in column c that readers may see, "scheme://host[:port]/",
 * without userinfo (stored before url_check refused it), path or query (which may hold a
 * private token). */
#define URL_PUBLIC_SQL(c) \
	"REGEXP_REPLACE(" c ", '^([A-Za-z]+://)([^/?#]*@)?([^/?#@]*).*$', '\\\\1\\\\3/')"

#endif

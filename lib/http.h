/* http.h: content and language negotiation, conditional requests, status phrases. */
#ifndef C2C_HTTP_H
#define C2C_HTTP_H

#include <stddef.h>

/* The representation an Accept header prefers among those in mask (bits 1 << REPR_x),
 * or -1 when it accepts none of them.  NULL or empty Accept means anything. */
int http_negotiate(const char *accept, unsigned mask);

/* The q-value (0..1000) in a media range's parameters (";q=0.5"); 1000 when absent. */
int http_media_q(const char *params, size_t len);

/* "zh" when Accept-Language prefers Chinese to English, else "en". Static string. */
const char *http_lang(const char *accept_language);

/* 1 when an If-None-Match header value matches etag (a quoted strong tag). */
int http_etag_match(const char *if_none_match, const char *etag);

/* The value of cookie name in a Cookie header (RFC 6265 5.4: "a=1; b=2"), copied into
 * out (len bytes).  Returns 1 when found and it fits, else 0 (out then ""). */
int http_cookie(const char *header, const char *name, char *out, size_t len);

/* Removes the dot-segments ("." and "..") of a decoded request path in place, as RFC 3986
 * section 5.2.4 does and as nginx does before it sets PATH_INFO: where the web server
 * passes only REQUEST_URI (Apache's mod_proxy_fcgi), c2c then routes the path the server
 * matched its own rules (authentication included) against.  ".." never climbs above the
 * root; the result is never longer than path and starts with "/" when path did. */
void http_path_normalise(char *path);

/* The reason phrase of a status code. */
const char *http_reason(int status);

#endif

/* mail.h: e-mail messages (RFC 5322, MIME) and their sending through an SMTP relay with
 * libcurl (issue 19).  Messages are UTF-8 text/plain, the body base64 (no line is too
 * long, no line starts with a dot, whatever a writer typed); the Subject is RFC 2047
 * encoded words.  Nothing a user typed reaches a header unchecked: addresses must pass
 * mail_addr_valid, and a subject's control characters (CR, LF...) become spaces. */
#ifndef C2C_MAIL_H
#define C2C_MAIL_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "err.h"

/* 1 when s can stand in From, To and the SMTP envelope: printable ASCII without spaces,
 * quotes, brackets, commas, semicolons or colons, one '@' with something either side,
 * at most 254 bytes. */
int mail_addr_valid(const char *s);

/* Appends the subject as RFC 2047 "B" encoded words of UTF-8 (each at most 75
 * characters, split between characters, folded with CRLF SP), after replacing control
 * characters by spaces.  subject must be valid UTF-8 (else C2C_EINVAL). */
enum c2c_err mail_encode_subject(struct buf *out, const char *subject);

/* The whole message into out: Date (date, UTC), Message-ID <id@domain of from>, From,
 * To, Subject, MIME-Version, Content-Type text/plain; charset=utf-8, base64 body with
 * CRLF line ends.  C2C_EINVAL for an address that is not one or text that is not UTF-8. */
enum c2c_err mail_build(struct buf *out, const char *from, const char *to, const char *subject,
    const char *body, time_t date, const char *id);

/* How to reach the relay. */
struct mail_relay {
	const char *url;            /* smtp://host[:port] or smtps://host[:port] */
	int         tls_required;   /* smtp://: STARTTLS or nothing is sent */
	long        timeout;        /* seconds for the whole exchange */
};

/* Sends msg (as mail_build made it) from `from` to `to`.  err (errlen bytes) says why it
 * failed: C2C_ECONFIG for a relay URL that is neither smtp:// nor smtps://, C2C_EIO for
 * a failed exchange (the caller retries later). */
enum c2c_err mail_send(const struct mail_relay *r, const char *from, const char *to,
    const struct buf *msg, char *err, size_t errlen);

#endif

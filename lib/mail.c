/* mail.c: e-mail messages and their sending through an SMTP relay (mail.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "mail.h"
#include "utf8.h"

int
mail_addr_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0, i, at = 0, ats = 0;

	if (n < 3 || n > 254)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c >= 0x7f || strchr("<>()[]\\,;:\"", c) != NULL)
			return 0;
		if (c == '@') {
			ats++;
			at = i;
		}
	}
	return ats == 1 && at > 0 && at + 1 < n;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Appends the base64 of p[0..n), unbroken. */
static int
base64(struct buf *out, const unsigned char *p, size_t n)
{
	size_t i;
	char q[4];

	for (i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
		    (i + 2 < n ? p[i + 2] : 0);
		q[0] = b64[v >> 18 & 63];
		q[1] = b64[v >> 12 & 63];
		q[2] = i + 1 < n ? b64[v >> 6 & 63] : '=';
		q[3] = i + 2 < n ? b64[v & 63] : '=';
		if (buf_append(out, q, 4) < 0)
			return -1;
	}
	return 0;
}

/* The length of the UTF-8 sequence that starts with byte c (valid text assumed). */
static size_t
seq_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

enum c2c_err
mail_encode_subject(struct buf *out, const char *subject)
{
	size_t n = strlen(subject), i = 0, start;
	char *clean;
	int first = 1;

	if (!utf8_valid(subject, n))
		return C2C_EINVAL;
	if ((clean = strdup(subject)) == NULL)
		return C2C_ENOMEM;
	/* Control characters (CR and LF above all: header injection) become spaces.  C1
	 * controls are two bytes in UTF-8 (C2 80..9F): both become spaces. */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)clean[i];
		if (c < 0x20 || c == 0x7f)
			clean[i] = ' ';
		else if (c == 0xc2 && i + 1 < n && (unsigned char)clean[i + 1] >= 0x80 &&
		    (unsigned char)clean[i + 1] <= 0x9f) {
			clean[i] = ' ';
			clean[++i] = ' ';
		}
	}
	/* 45 bytes of text make 60 of base64: with "=?UTF-8?B?" and "?=" a word of 72. */
	for (i = 0; i < n || first;) {
		start = i;
		while (i < n && i + seq_len((unsigned char)clean[i]) - start <= 45)
			i += seq_len((unsigned char)clean[i]);
		if ((!first && buf_puts(out, "\r\n ") < 0) || buf_puts(out, "=?UTF-8?B?") < 0 ||
		    base64(out, (const unsigned char *)clean + start, i - start) < 0 || buf_puts(out, "?=") < 0) {
			free(clean);
			return C2C_ENOMEM;
		}
		first = 0;
	}
	free(clean);
	return C2C_OK;
}

enum c2c_err
mail_build(struct buf *out, const char *from, const char *to, const char *subject,
    const char *body, time_t date, const char *id)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec" };
	const char *domain = from ? strchr(from, '@') : NULL;
	struct buf text = BUF_INIT;
	struct tm tm;
	size_t i, n;
	enum c2c_err rc;

	if (!mail_addr_valid(from) || !mail_addr_valid(to) || !utf8_valid(body, strlen(body)))
		return C2C_EINVAL;
	for (i = 0; id[i]; i++)   /* the id is c2c's own, but stays a dot-atom */
		if (!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9') || id[i] == '.' ||
		    id[i] == '-'))
			return C2C_EINVAL;
	gmtime_r(&date, &tm);
	if (buf_printf(out, "Date: %s, %02d %s %04d %02d:%02d:%02d +0000\r\n", days[tm.tm_wday], tm.tm_mday,
	    months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec) < 0 ||
	    buf_printf(out, "Message-ID: <%s%s>\r\nFrom: %s\r\nTo: %s\r\nSubject: ", id, domain, from, to) < 0)
		return C2C_ENOMEM;
	if ((rc = mail_encode_subject(out, subject)) != C2C_OK)
		return rc;
	if (buf_puts(out, "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\nAuto-Submitted: auto-generated\r\n\r\n") < 0)
		return C2C_ENOMEM;
	/* The body with CRLF line ends, then base64 in lines of 76. */
	for (i = 0; body[i]; i++)
		if ((body[i] == '\n' && (i == 0 || body[i - 1] != '\r') ? buf_puts(&text, "\r\n") :
		    buf_append(&text, &body[i], 1)) < 0) {
			buf_free(&text);
			return C2C_ENOMEM;
		}
	for (i = 0, rc = C2C_OK; i < text.len && rc == C2C_OK; i += 57) {
		n = text.len - i < 57 ? text.len - i : 57;
		if (base64(out, (const unsigned char *)text.data + i, n) < 0 || buf_puts(out, "\r\n") < 0)
			rc = C2C_ENOMEM;
	}
	buf_free(&text);
	return rc;
}

struct reader {
	const struct buf *msg;
	size_t            pos;
};

static size_t
on_read(char *ptr, size_t size, size_t nmemb, void *arg)
{
	struct reader *r = arg;
	size_t n = size * nmemb, left = r->msg->len - r->pos;

	if (n > left)
		n = left;
	memcpy(ptr, r->msg->data + r->pos, n);
	r->pos += n;
	return n;
}

enum c2c_err
mail_send(const struct mail_relay *r, const char *from, const char *to, const struct buf *msg,
    char *err, size_t errlen)
{
	char envelope_from[260], envelope_to[260], curl_err[CURL_ERROR_SIZE] = "";
	struct curl_slist *rcpt = NULL;
	struct reader rd = { msg, 0 };
	int smtps = strncasecmp(r->url, "smtps://", 8) == 0;
	CURL *c;
	CURLcode cc;

	err[0] = '\0';
	if (!smtps && strncasecmp(r->url, "smtp://", 7) != 0) {
		snprintf(err, errlen, "notify_relay must be an smtp:// or smtps:// URL");
		return C2C_ECONFIG;
	}
	if (!mail_addr_valid(from) || !mail_addr_valid(to)) {
		snprintf(err, errlen, "not an e-mail address");
		return C2C_EINVAL;
	}
	snprintf(envelope_from, sizeof(envelope_from), "<%s>", from);
	snprintf(envelope_to, sizeof(envelope_to), "<%s>", to);
	if ((c = curl_easy_init()) == NULL || (rcpt = curl_slist_append(NULL, envelope_to)) == NULL) {
		curl_easy_cleanup(c);
		snprintf(err, errlen, "out of memory");
		return C2C_ENOMEM;
	}
	curl_easy_setopt(c, CURLOPT_URL, r->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, envelope_from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, on_read);
	curl_easy_setopt(c, CURLOPT_READDATA, &rd);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)msg->len);
	/* smtps:// is TLS from the start; smtp:// upgrades with STARTTLS, required or tried. */
	curl_easy_setopt(c, CURLOPT_USE_SSL, r->tls_required ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, r->timeout < 10 ? r->timeout : 10L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, r->timeout);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, curl_err);
	cc = curl_easy_perform(c);
	if (cc != CURLE_OK)
		snprintf(err, errlen, "%s", curl_err[0] ? curl_err : curl_easy_strerror(cc));
	curl_slist_free_all(rcpt);
	curl_easy_cleanup(c);
	return cc == CURLE_OK ? C2C_OK : C2C_EIO;
}

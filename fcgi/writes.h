/* writes.h: what the write handlers share: who is asking, the request body, and
 * the answers (201, 204, 401, 403, 404, 409, 413, 415, 422) as XML documents. */
#ifndef C2C_FCGI_WRITES_H
#define C2C_FCGI_WRITES_H

#include "auth.h"
#include "server.h"
#include "write.h"

/* Who is asking: on the editing paths (browser) the name the web server authenticated
 * (REMOTE_USER); elsewhere only a bearer API token.  0 with *u filled, or -1 after an
 * answer was sent (401, or 503 when the database is away). */
int write_identify(struct c2c_req *req, int browser, struct auth_user *u);

/* The media types a body may have. */
enum body_kind { BODY_XML, BODY_CSV, BODY_FORM, BODY__MAX };

/* Reads the request body after checking its type (one of the kinds in the mask `kinds`,
 * charset absent or UTF-8; else 415) and its Content-Length against max_body_kb (else
 * 413, before reading).  0 with *kind and body set (body owned by the caller), or -1
 * after an answer was sent. */
int write_body(struct c2c_req *req, unsigned kinds, enum body_kind *kind, struct buf *body);

/* An error document with the problems of errs (may be NULL) as <invalid> elements,
 * and extra header lines (may be NULL). */
void write_error(struct c2c_req *req, int status, const char *msg,
    const struct field_errors *errs, const char *headers);
/* The problems of errs (may be NULL) under root as the editing forms show them:
 * <invalid field code [detail]> with the message in English and Chinese.  0 or -1. */
int write_form_errors(xmlNodePtr root, const struct field_errors *errs);
/* The root of an editing form, as every form's stylesheet reads it: base, self (the
 * form's path, borrowed), lang, site and status; <user name role [city]>, and <csrf>
 * with a token made now for u.  0 or -1 (out of memory). */
int write_form_root(struct c2c_req *req, xmlNodePtr root, const struct auth_user *u, const char *self,
    int status);
/* Sends an editing form: errs (may be NULL) added to doc's root, doc through the
 * stylesheet view, HTML with status, never cached; a failure answers 500 or 503.  doc
 * stays the caller's. */
void write_form_page(struct c2c_req *req, int status, xmlDocPtr doc, const char *view,
    const struct field_errors *errs);
/* Answers a database or memory error of a write: 503 or 500. */
void write_fail(struct c2c_req *req, enum c2c_err rc);
/* Answers a read that a page or form needed and that failed: 404 with msg for
 * C2C_ENOTFOUND, else as write_fail. */
void write_fail_404(struct c2c_req *req, enum c2c_err rc, const char *msg);
/* Answers a refused write (W_INVALID, W_FORBIDDEN, W_CONFLICT, W_NOTFOUND). */
void write_refused(struct c2c_req *req, enum write_status st, const struct field_errors *errs);
/* Post/redirect/get: a 303 to origin + base + path (with "?lang=zh" on a Chinese page),
 * not cached; a 500 when out of memory.  path borrowed. */
void write_see_other(struct c2c_req *req, const char *path);
/* The same with the written resource's ETag (tag) when tag is not NULL. */
void write_see_other_tag(struct c2c_req *req, const char *path, const char *tag);
/* Parses an XML body (write_body's) against the input schema into *doc (the caller's):
 * 0, or -1 after answering (500 without a schema, 422 with errs, 500/503). */
int write_parse_xml(struct c2c_req *req, const struct buf *body, xmlDocPtr *doc,
    struct field_errors *errs);
/* write_body of an XML body, then write_parse_xml: 0, or -1 after answering. */
int write_body_xml(struct c2c_req *req, struct buf *body, xmlDocPtr *doc, struct field_errors *errs);
/* The answer of a write of the API: write_fail for rc, write_refused for st, else
 * write_no_content with tag. */
void write_answer(struct c2c_req *req, enum c2c_err rc, enum write_status st,
    const struct field_errors *errs, const char *tag);
/* Answers a write that changed a resource in place: 204, its ETag when tag is not empty,
 * never cached. */
void write_no_content(struct c2c_req *req, const char *tag);
/* The status a refused form comes back with: 403 (out of scope), 409 (changed since it
 * was made) or 422. */
int write_form_status(enum write_status st);
/* The If-Match of a form's write: the tag the form was made with (its hidden field
 * "if-match", tag) quoted into out (len bytes: WRITE_TAG_MAX + 4); NULL when the form
 * sent none (no condition). */
const char *write_form_if_match(const char *tag, char *out, size_t len);
/* How long an editing form's CSRF token holds: a working day. */
#define CSRF_MAX_AGE (8 * 3600)
/* The CSRF token a form posted (token, may be NULL) checked for u: 1 when it holds;
 * else 0 with errs holding that one problem alone (FE_CSRF), for a 403 with the form. */
int write_csrf_ok(const struct c2c_req *req, const struct auth_user *u, const char *token,
    struct field_errors *errs);
/* The If-Match header, or NULL. */
const char *write_if_match(const struct c2c_req *req);
/* "?lang=en" or "?lang=zh" when the request's URL chose the language, else "": the query
 * of a form page's self attribute, so that its view carries the choice on in its forms
 * and links (conf/xslt/layout.xsl, $lang-in-url) and a post keeps the page's language.
 * Static storage. */
const char *write_lang_query(const struct c2c_req *req);

#endif

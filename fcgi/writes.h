/* writes.h: what the write handlers share: who is asking, the request body, and
 * the answers (201, 204, 401, 403, 404, 409, 413, 415, 422: error documents through
 * resp_error and resp_fail, server.h) and the editing forms' documents. */
#ifndef C2C_FCGI_WRITES_H
#define C2C_FCGI_WRITES_H

#include "auth.h"
#include "edit.h"
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

/* The problems of errs (may be NULL) under root as the editing forms show them:
 * <invalid field code [detail]> with the message in English and Chinese.  0 or -1. */
int write_form_errors(xmlNodePtr root, const struct field_errors *errs);

/* One write's request as the write handlers hold it, API or form: who asks, the body,
 * its problems, the fields of an edit resource and the outcome.  write_start zeroes it,
 * write_end frees it. */
struct write_ctx {
	struct auth_user    u;
	struct buf          body;
	xmlDocPtr           doc;                         /* an XML body, parsed */
	struct field_errors errs;
	struct edit_values  v;
	char                csrf[AUTH_CSRF_MAX + 1];     /* what a form posted */
	char                if_match[WRITE_TAG_MAX + 2]; /* a form's tag (hidden field) */
	char                quoted[WRITE_TAG_MAX + 4];   /* ... quoted: the If-Match */
	char                tag[WRITE_TAG_MAX];          /* the written item's new tag */
	int                 del;                         /* a form asked to delete */
	enum write_status   st;
};
/* Begins a write handler's request: w zeroed, then who asks.  browser 0, the API: its
 * answers are XML whatever Accept says, a bearer token.  browser 1, the editing forms:
 * the web server's sign-in.  0 for a write, 1 for a form's GET or HEAD (show it), -1
 * after an answer was sent. */
int write_start(struct c2c_req *req, struct write_ctx *w, int browser);
/* Reads a form's urlencoded body into w->body: 0, or -1 after answering. */
int write_form_body(struct c2c_req *req, struct write_ctx *w);
/* An editing form's request begun: write_start for a form, then for a post its body read
 * (write_form_body) and, when r is not NULL, parsed as the form of r (edit_from_form)
 * into w.  200 for a GET or HEAD (show the form with that status), 0 for a post, -1
 * after answering. */
int write_form_start(struct c2c_req *req, struct write_ctx *w, const struct edit_resource *r);
/* The If-Match of a form's write: the tag it was made with (w->if_match) quoted, or
 * NULL when it sent none. */
const char *write_form_cond(struct write_ctx *w);
/* How a form's write (rc, w->st) ends: a failure answered (resp_fail), W_NOTFOUND a 404
 * with notfound (NULL: shown as a refusal), success a 303 to where (NULL: out of
 * memory) with the ETag tag (may be NULL).  0 after answering, or the status (403, 409,
 * 422) to show the form again with, beside w->errs. */
int write_form_result(struct c2c_req *req, struct write_ctx *w, enum c2c_err rc, const char *notfound,
    const char *where, const char *tag);
void write_end(struct write_ctx *w);

/* An editing form's document, its root element and stylesheet named name (resp_doc's
 * root, self the route's own path with write_lang_query), with status, <user name role
 * [city]> and <csrf> with a token made now for u.  NULL when out of memory; else the
 * caller fills it and hands it to write_form_send. */
xmlDocPtr write_form_doc(struct c2c_req *req, const struct auth_user *u, int status, const char *name,
    xmlNodePtr *root);
/* Sends a form write_form_doc made (doc may be NULL: out of memory) and filled with the
 * result rc: errs (may be NULL) under its root, through its stylesheet (XML when the
 * request asks for it), never cached; a failed rc answered by resp_fail (a 404 with
 * notfound for C2C_ENOTFOUND when not NULL).  Frees doc. */
void write_form_send(struct c2c_req *req, int status, xmlDocPtr doc, enum c2c_err rc,
    const struct field_errors *errs, const char *notfound);
/* The <created count> document of a 201 (resp_doc's root); NULL when out of memory. */
xmlDocPtr write_created_doc(struct c2c_req *req, long long count, xmlNodePtr *root);
/* Sends the 201 with doc, Location and ETag (each may be NULL), never cached, or a 500
 * when !ok or doc is NULL.  Frees doc. */
void write_created_send(struct c2c_req *req, xmlDocPtr doc, int ok, const char *location, const char *tag);
/* The 201 of one new item: <created count="1"><item entity id href etag>, Location url. */
void write_created_item(struct c2c_req *req, const char *entity, long long id, const char *url,
    const char *tag);
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
/* The answer of a write of the API: resp_fail for rc, write_refused for st, else
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

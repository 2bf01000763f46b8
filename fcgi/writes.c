/* writes.c: identity, request bodies and answers of the write handlers (see writes.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "log.h"
#include "sha256.h"
#include "writes.h"
#include "xml.h"
#include "xmlin.h"

int
write_identify(struct c2c_req *req, int browser, struct auth_user *u)
{
	FCGX_ParamArray env = req->fcgx->envp;
	char token[AUTH_TOKEN_LEN + 1];
	enum c2c_err rc;
	int b;

	memset(u, 0, sizeof(*u));
	if (browser) {
		/* Trusted only here, and only with AUTH_TYPE: Apache sets both when it has
		 * authenticated the request; nginx's fastcgi_params pass REMOTE_USER from any
		 * client's Basic header, authenticated or not, so conf/nginx-c2c-edit.conf adds
		 * AUTH_TYPE in the protected location only.  A client cannot set AUTH_TYPE: its
		 * headers arrive as HTTP_* (docs/security.md). */
		const char *name = FCGX_GetParam("REMOTE_USER", env);
		const char *type = FCGX_GetParam("AUTH_TYPE", env);
		if (name == NULL || *name == '\0' || type == NULL || *type == '\0') {
			resp_error(req, 401, "sign in to edit: the web server authenticates the editing pages",
			    &(struct err_doc){ .headers = "WWW-Authenticate: Basic realm=\"c2c editing\"\r\n" });
			return -1;
		}
		if ((rc = auth_load_user(req->w->db, name, u)) == C2C_EINVAL) {
			resp_error(req, 403, "this user name cannot be used with c2c", NULL);
			return -1;
		}
	} else {
		b = auth_bearer(FCGX_GetParam("HTTP_AUTHORIZATION", env), token);
		if (b == 0) {
			resp_error(req, 401, "writing needs an API token: Authorization: Bearer c2c_...",
			    &(struct err_doc){ .headers = "WWW-Authenticate: Bearer realm=\"c2c\"\r\n" });
			return -1;
		}
		rc = b < 0 ? C2C_ENOTFOUND : auth_load_token(req->w->db, token, u);
		secret_wipe(token, sizeof(token));
		if (rc == C2C_ENOTFOUND) {
			resp_error(req, 401, "the API token is unknown or revoked", &(struct err_doc){
			    .headers = "WWW-Authenticate: Bearer realm=\"c2c\", error=\"invalid_token\"\r\n" });
			return -1;
		}
	}
	if (rc != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		return -1;
	}
	return 0;
}

static const char *const kind_types[BODY__MAX][2] = {
	[BODY_XML] = { "application/xml", "text/xml" },
	[BODY_CSV] = { "text/csv", NULL },
	[BODY_FORM] = { "application/x-www-form-urlencoded", NULL },
};

/* The kind of a Content-Type in mask, or -1.  The charset, when given, must be UTF-8:
 * the parsers read nothing else, and guessing would store mojibake. */
static int
media_kind(const char *ct, unsigned mask)
{
	size_t n;
	const char *p;
	int k, i;

	if (ct == NULL)
		return -1;
	n = strcspn(ct, ";");
	while (n > 0 && ct[n - 1] == ' ')
		n--;
	for (p = strchr(ct, ';'); p != NULL; p = strchr(p + 1, ';')) {
		const char *v = p + 1 + strspn(p + 1, " ");
		if (strncasecmp(v, "charset=", 8) == 0) {
			v += 8;
			if (*v == '"')
				v++;
			if (strncasecmp(v, "utf-8", 5) != 0 || (v[5] != '\0' && v[5] != '"' && v[5] != ';' && v[5] != ' '))
				return -1;
		}
	}
	for (k = 0; k < BODY__MAX; k++)
		for (i = 0; i < 2; i++)
			if ((mask & 1u << k) && kind_types[k][i] != NULL &&
			    strlen(kind_types[k][i]) == n && strncasecmp(ct, kind_types[k][i], n) == 0)
				return k;
	return -1;
}

int
write_body(struct c2c_req *req, unsigned kinds, enum body_kind *kind, struct buf *body)
{
	FCGX_ParamArray env = req->fcgx->envp;
	const char *cl = FCGX_GetParam("CONTENT_LENGTH", env);
	const char *ct = FCGX_GetParam("CONTENT_TYPE", env);
	unsigned long long max = (unsigned long long)req->w->cfg->max_body_kb * 1024, n = 0;
	char msg[200], chunk[8192];   /* msg holds "the body must be " and accepted */
	size_t got = 0;
	int k;

	if ((k = media_kind(ct, kinds)) < 0) {
		char accepted[160] = "";
		for (k = 0; k < BODY__MAX; k++)
			if (kinds & 1u << k)
				snprintf(accepted + strlen(accepted), sizeof(accepted) - strlen(accepted),
				    "%s%s", accepted[0] ? ", " : "", kind_types[k][0]);
		snprintf(msg, sizeof(msg), "the body must be %s, in UTF-8", accepted);
		resp_error(req, 415, msg, NULL);
		return -1;
	}
	*kind = (enum body_kind)k;
	/* The length is checked before a byte is read: a huge body costs nothing. */
	if (cl != NULL && *cl != '\0') {
		if (strspn(cl, "0123456789") != strlen(cl) || strlen(cl) > 12) {
			resp_error(req, 400, "Content-Length is not a number", NULL);
			return -1;
		}
		n = strtoull(cl, NULL, 10);
	}
	if (n > max) {
		snprintf(msg, sizeof(msg), "the body is larger than %d KiB", req->w->cfg->max_body_kb);
		resp_error(req, 413, msg, NULL);
		return -1;
	}
	while (got < n) {
		size_t want = n - got < sizeof(chunk) ? (size_t)(n - got) : sizeof(chunk);
		int r = FCGX_GetStr(chunk, (int)want, req->fcgx->in);
		if (r <= 0)
			break;
		if (buf_append(body, chunk, (size_t)r) < 0) {
			resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
			return -1;
		}
		got += (size_t)r;
	}
	if (got < n) {
		resp_error(req, 400, "the body is shorter than its Content-Length", NULL);
		return -1;
	}
	if (body->data == NULL && buf_append(body, "", 0) < 0) {
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
		return -1;
	}
	return 0;
}

void
write_see_other(struct c2c_req *req, const char *path)
{
	write_see_other_tag(req, path, NULL);
}

void
write_see_other_tag(struct c2c_req *req, const char *path, const char *tag)
{
	struct buf where = BUF_INIT;

	if (buf_printf(&where, "Location: %s%s%s%s\r\n", req->origin, req->base, path,
	    strcmp(req->lang, "zh") == 0 ? "?lang=zh" : "") < 0 ||
	    (tag != NULL && buf_printf(&where, "ETag: \"%s\"\r\n", tag) < 0) ||
	    buf_puts(&where, "Cache-Control: no-store\r\n") < 0)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else
		resp_send(req, 303, NULL, where.data, NULL);
	buf_free(&where);
}

void
write_refused(struct c2c_req *req, enum write_status st, const struct field_errors *errs)
{
	const struct err_doc d = { 0, NULL, errs, NULL };

	switch (st) {
	case W_FORBIDDEN:
		resp_error(req, 403, "you may not change this: it is outside your role or city", &d);
		break;
	case W_CONFLICT:
		resp_error(req, 409, errs != NULL && fe_has(errs, FE_SUPERSEDED) ?
		    "a value was corrected already by someone else; nothing was written" :
		    errs != NULL && fe_has(errs, FE_EXISTS) ? "such an item exists already; change that one" :
		    /* Cooperation plans (issue 18). */
		    errs != NULL && fe_has(errs, FE_PLAN_LOCKED) ? "this plan version is not a draft: it does not change; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_STATE) ? "this step does not follow from the plan version's state; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_APPROVED) ? "your city approved this version already; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_OPEN) ? "this partnership has an open plan version already; nothing was written" :
		    "the data changed since you read it (If-Match); read it again, then retry", &d);
		break;
	case W_NOTFOUND:
		resp_error(req, 404, "no such resource", NULL);
		break;
	default:
		resp_error(req, 422, "the request has problems; nothing was written", &d);
		break;
	}
}

xmlDocPtr
write_form_doc(struct c2c_req *req, const struct auth_user *u, int status, const char *name,
    xmlNodePtr *root)
{
	struct buf self = BUF_INIT;
	char csrf[AUTH_CSRF_MAX];
	xmlNodePtr n;
	xmlDocPtr doc = NULL;

	auth_csrf_make(req->w->csrf_secret, u->name, (long long)time(NULL), csrf);
	/* self: the form's own address (the route's path), with the language the URL chose. */
	if (buf_printf(&self, "%s%s%s", req->base, req->route.path, write_lang_query(req)) < 0 ||
	    (doc = resp_doc(req, name, self.data, root)) == NULL ||
	    xml_set_attr_int(*root, "status", status) < 0 ||
	    (n = xml_add(*root, "user")) == NULL || xml_set_attr(n, "name", u->name) < 0 ||
	    xml_set_attr(n, "role", auth_role_name(u->role)) < 0 ||
	    (u->city[0] && xml_set_attr(n, "city", u->city) < 0) ||
	    xml_add_text(*root, "csrf", csrf) == NULL) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	buf_free(&self);
	return doc;
}

void
write_form_send(struct c2c_req *req, int status, xmlDocPtr doc, enum c2c_err rc,
    const struct field_errors *errs, const char *notfound)
{
	xmlNodePtr root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;

	if (rc == C2C_OK && (root == NULL || write_form_errors(root, errs) < 0))
		rc = C2C_ENOMEM;
	if (rc == C2C_OK)
		rc = resp_send_doc(req, status, doc, (const char *)root->name, NULL);
	if (rc != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, notfound);
	xmlFreeDoc(doc);
}

xmlDocPtr
write_created_doc(struct c2c_req *req, long long count, xmlNodePtr *root)
{
	xmlDocPtr doc = resp_doc(req, "created", NULL, root);

	if (doc != NULL && xml_set_attr_int(*root, "count", count) < 0) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

void
write_created_send(struct c2c_req *req, xmlDocPtr doc, int ok, const char *location, const char *tag)
{
	struct buf h = BUF_INIT;

	if (!ok || doc == NULL || (location != NULL && buf_printf(&h, "Location: %s\r\n", location) < 0) ||
	    (tag != NULL && buf_printf(&h, "ETag: \"%s\"\r\n", tag) < 0) ||
	    resp_send_doc(req, 201, doc, NULL, h.data) != C2C_OK)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	xmlFreeDoc(doc);
	buf_free(&h);
}

void
write_created_item(struct c2c_req *req, const char *entity, long long id, const char *url, const char *tag)
{
	xmlNodePtr root = NULL, x;
	xmlDocPtr doc = write_created_doc(req, 1, &root);

	write_created_send(req, doc, doc != NULL && (x = xml_add(root, "item")) != NULL &&
	    xml_set_attr(x, "entity", entity) == 0 && xml_set_attr_int(x, "id", id) == 0 &&
	    xml_set_attr(x, "href", url) == 0 && xml_set_attr(x, "etag", tag) == 0, url, tag);
}

int
write_parse_xml(struct c2c_req *req, const struct buf *body, xmlDocPtr *doc, struct field_errors *errs)
{
	enum c2c_err rc;

	if (req->w->input == NULL) {
		resp_error(req, 500, "the schema of request bodies is not loaded (schema_file)", NULL);
		return -1;
	}
	if ((rc = xmlin_parse(req->w->input, body->data, body->len, doc, errs)) == C2C_EINVAL) {
		write_refused(req, W_INVALID, errs);
		return -1;
	}
	if (rc != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		return -1;
	}
	return 0;
}

int
write_body_xml(struct c2c_req *req, struct buf *body, xmlDocPtr *doc, struct field_errors *errs)
{
	enum body_kind kind;

	return write_body(req, 1u << BODY_XML, &kind, body) < 0 || write_parse_xml(req, body, doc, errs) < 0 ?
	    -1 : 0;
}

void
write_answer(struct c2c_req *req, enum c2c_err rc, enum write_status st,
    const struct field_errors *errs, const char *tag)
{
	if (rc != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	else if (st != W_DONE)
		write_refused(req, st, errs);
	else
		write_no_content(req, tag);
}

void
write_no_content(struct c2c_req *req, const char *tag)
{
	struct buf h = BUF_INIT;

	if (tag[0] != '\0')
		buf_printf(&h, "ETag: \"%s\"\r\n", tag);
	buf_puts(&h, "Cache-Control: no-store\r\n");
	resp_send(req, 204, NULL, h.data, NULL);
	buf_free(&h);
}

int
write_form_status(enum write_status st)
{
	return st == W_FORBIDDEN ? 403 : st == W_CONFLICT ? 409 : 422;
}

const char *
write_form_if_match(const char *tag, char *out, size_t len)
{
	snprintf(out, len, "\"%s\"", tag);
	return tag[0] ? out : NULL;
}

int
write_csrf_ok(const struct c2c_req *req, const struct auth_user *u, const char *token,
    struct field_errors *errs)
{
	if (auth_csrf_check(req->w->csrf_secret, u->name, token ? token : "", (long long)time(NULL),
	    CSRF_MAX_AGE))
		return 1;
	fe_free(errs);
	fe_add(errs, 0, "csrf", FE_CSRF, NULL);
	return 0;
}

const char *
write_if_match(const struct c2c_req *req)
{
	const char *h = FCGX_GetParam("HTTP_IF_MATCH", req->fcgx->envp);

	return h != NULL && *h != '\0' ? h : NULL;
}

const char *
write_lang_query(const struct c2c_req *req)
{
	if (!req->params.v[P_LANG].set)
		return "";
	return strcmp(req->lang, "zh") == 0 ? "?lang=zh" : "?lang=en";
}

int
write_form_errors(xmlNodePtr root, const struct field_errors *errs)
{
	size_t i;

	for (i = 0; errs != NULL && i < errs->n; i++) {
		const struct field_error *e = &errs->v[i];
		xmlNodePtr n, m;
		if ((n = xml_add(root, "invalid")) == NULL || xml_set_attr(n, "field", e->field) < 0 ||
		    xml_set_attr(n, "code", fe_name(e->code)) < 0 ||
		    (e->detail[0] && xml_set_attr(n, "detail", e->detail) < 0) ||
		    (m = xml_add_text(n, "message", fe_message(e->code, "en"))) == NULL ||
		    xml_set_lang(m, "en") < 0 ||
		    (m = xml_add_text(n, "message", fe_message(e->code, "zh"))) == NULL ||
		    xml_set_lang(m, "zh") < 0)
			return -1;
	}
	return 0;
}

int
write_start(struct c2c_req *req, struct write_ctx *w, int browser)
{
	memset(w, 0, sizeof(*w));
	w->st = W_INVALID;
	if (!browser)
		req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	if (write_identify(req, browser, &w->u) < 0)
		return -1;
	return browser && (req->method == M_GET || req->method == M_HEAD) ? 1 : 0;
}

int
write_form_body(struct c2c_req *req, struct write_ctx *w)
{
	enum body_kind kind;

	return write_body(req, 1u << BODY_FORM, &kind, &w->body);
}

int
write_form_start(struct c2c_req *req, struct write_ctx *w, const struct edit_resource *r)
{
	enum c2c_err rc;
	int k;

	if ((k = write_start(req, w, 1)) != 0)
		return k == 1 ? 200 : -1;
	if (write_form_body(req, w) < 0)
		return -1;
	if (r != NULL && (rc = edit_from_form(r, w->body.data, w->body.len, &w->v, &w->errs, w->csrf,
	    sizeof(w->csrf), w->if_match, sizeof(w->if_match), &w->del)) != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		return -1;
	}
	return 0;
}

const char *
write_form_cond(struct write_ctx *w)
{
	return write_form_if_match(w->if_match, w->quoted, sizeof(w->quoted));
}

int
write_form_result(struct c2c_req *req, struct write_ctx *w, enum c2c_err rc, const char *notfound,
    const char *where, const char *tag)
{
	if (rc != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	else if (w->st == W_NOTFOUND && notfound != NULL)
		resp_error(req, 404, notfound, NULL);
	else if (w->st != W_DONE)
		return write_form_status(w->st);
	else if (where == NULL)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else
		/* Post/redirect/get: reloading the next page does not post again. */
		write_see_other_tag(req, where, tag);
	return 0;
}

void
write_end(struct write_ctx *w)
{
	buf_free(&w->body);
	xmlFreeDoc(w->doc);
	w->doc = NULL;
	fe_free(&w->errs);
	edit_values_free(&w->v);
}

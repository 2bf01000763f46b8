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
			write_error(req, 401, "sign in to edit: the web server authenticates the editing pages",
			    NULL, "WWW-Authenticate: Basic realm=\"c2c editing\"\r\n");
			return -1;
		}
		if ((rc = auth_load_user(req->w->db, name, u)) == C2C_EINVAL) {
			write_error(req, 403, "this user name cannot be used with c2c", NULL, NULL);
			return -1;
		}
	} else {
		b = auth_bearer(FCGX_GetParam("HTTP_AUTHORIZATION", env), token);
		if (b == 0) {
			write_error(req, 401, "writing needs an API token: Authorization: Bearer c2c_...",
			    NULL, "WWW-Authenticate: Bearer realm=\"c2c\"\r\n");
			return -1;
		}
		rc = b < 0 ? C2C_ENOTFOUND : auth_load_token(req->w->db, token, u);
		secret_wipe(token, sizeof(token));
		if (rc == C2C_ENOTFOUND) {
			write_error(req, 401, "the API token is unknown or revoked", NULL,
			    "WWW-Authenticate: Bearer realm=\"c2c\", error=\"invalid_token\"\r\n");
			return -1;
		}
	}
	if (rc != C2C_OK) {
		write_fail(req, rc);
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
		write_error(req, 415, msg, NULL, NULL);
		return -1;
	}
	*kind = (enum body_kind)k;
	/* The length is checked before a byte is read: a huge body costs nothing. */
	if (cl != NULL && *cl != '\0') {
		if (strspn(cl, "0123456789") != strlen(cl) || strlen(cl) > 12) {
			write_error(req, 400, "Content-Length is not a number", NULL, NULL);
			return -1;
		}
		n = strtoull(cl, NULL, 10);
	}
	if (n > max) {
		snprintf(msg, sizeof(msg), "the body is larger than %d KiB", req->w->cfg->max_body_kb);
		write_error(req, 413, msg, NULL, NULL);
		return -1;
	}
	while (got < n) {
		size_t want = n - got < sizeof(chunk) ? (size_t)(n - got) : sizeof(chunk);
		int r = FCGX_GetStr(chunk, (int)want, req->fcgx->in);
		if (r <= 0)
			break;
		if (buf_append(body, chunk, (size_t)r) < 0) {
			write_fail(req, C2C_ENOMEM);
			return -1;
		}
		got += (size_t)r;
	}
	if (got < n) {
		write_error(req, 400, "the body is shorter than its Content-Length", NULL, NULL);
		return -1;
	}
	if (body->data == NULL && buf_append(body, "", 0) < 0) {
		write_fail(req, C2C_ENOMEM);
		return -1;
	}
	return 0;
}

void
write_error(struct c2c_req *req, int status, const char *msg, const struct field_errors *errs,
    const char *headers)
{
	struct buf body = BUF_INIT, h = BUF_INIT;
	xmlNodePtr root, x;
	xmlDocPtr doc = xml_doc_new("error", &root);
	size_t i;
	int ok = doc != NULL && xml_set_attr_int(root, "status", status) == 0 &&
	    xml_set_attr(root, "base", req->base ? req->base : "") == 0 &&
	    xml_set_attr(root, "lang", req->lang ? req->lang : "en") == 0 &&
	    xml_set_attr(root, "site", req->w->cfg->site_name) == 0 &&
	    xml_add_text(root, "message", msg) != NULL;

	for (i = 0; ok && errs != NULL && i < errs->n; i++) {
		const struct field_error *e = &errs->v[i];
		ok = (x = xml_add_text(root, "invalid", fe_message(e->code, req->lang))) != NULL &&
		    xml_set_attr(x, "field", e->field[0] ? e->field : "body") == 0 &&
		    xml_set_attr(x, "code", fe_name(e->code)) == 0 &&
		    (e->line <= 0 || xml_set_attr_int(x, "line", e->line) == 0) &&
		    (e->detail[0] == '\0' || xml_set_attr(x, "detail", e->detail) == 0);
	}
	if (ok && errs != NULL && errs->dropped > 0) {
		char n[24];
		snprintf(n, sizeof(n), "%zu", errs->dropped);
		ok = xml_add_text(root, "more-invalid", n) != NULL;
	}
	if (!ok || xml_serialize(doc, &body) != C2C_OK) {
		buf_reset(&body);
		buf_printf(&body, "%d %s\n", status, msg);
	}
	if (headers != NULL)
		buf_puts(&h, headers);
	buf_puts(&h, "Cache-Control: no-store\r\n");
	resp_send(req, status, ok ? "application/xml; charset=utf-8" : "text/plain; charset=utf-8",
	    h.data, &body);
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(&h);
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
		write_fail(req, C2C_ENOMEM);
	else
		resp_send(req, 303, NULL, where.data, NULL);
	buf_free(&where);
}

void
write_fail(struct c2c_req *req, enum c2c_err rc)
{
	if (rc == C2C_EDBDOWN) {
		write_error(req, 503, "the database is not available; nothing was written; try again shortly",
		    NULL, "Retry-After: 5\r\n");
		return;
	}
	log_err("%s %s: write: %s", page_name(req->route.page), req->path,
	    rc == C2C_EDB ? db_error(req->w->db) : c2c_strerror(rc));
	write_error(req, 500, "internal error; nothing was written; the administrator will find it in the log",
	    NULL, NULL);
}

void
write_fail_404(struct c2c_req *req, enum c2c_err rc, const char *msg)
{
	if (rc == C2C_ENOTFOUND)
		write_error(req, 404, msg, NULL, NULL);
	else
		write_fail(req, rc);
}

void
write_refused(struct c2c_req *req, enum write_status st, const struct field_errors *errs)
{
	switch (st) {
	case W_FORBIDDEN:
		write_error(req, 403, "you may not change this: it is outside your role or city", errs, NULL);
		break;
	case W_CONFLICT:
		write_error(req, 409, errs != NULL && fe_has(errs, FE_SUPERSEDED) ?
		    "a value was corrected already by someone else; nothing was written" :
		    errs != NULL && fe_has(errs, FE_EXISTS) ? "such an item exists already; change that one" :
		    /* Cooperation plans (issue 18). */
		    errs != NULL && fe_has(errs, FE_PLAN_LOCKED) ? "this plan version is not a draft: it does not change; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_STATE) ? "this step does not follow from the plan version's state; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_APPROVED) ? "your city approved this version already; nothing was written" :
		    errs != NULL && fe_has(errs, FE_PLAN_OPEN) ? "this partnership has an open plan version already; nothing was written" :
		    "the data changed since you read it (If-Match); read it again, then retry", errs, NULL);
		break;
	case W_NOTFOUND:
		write_error(req, 404, "no such resource", NULL, NULL);
		break;
	default:
		write_error(req, 422, "the request has problems; nothing was written", errs, NULL);
		break;
	}
}

int
write_form_root(struct c2c_req *req, xmlNodePtr root, const struct auth_user *u, const char *self,
    int status)
{
	char csrf[AUTH_CSRF_MAX];
	xmlNodePtr n;

	auth_csrf_make(req->w->csrf_secret, u->name, (long long)time(NULL), csrf);
	return xml_set_attr(root, "base", req->base) < 0 || xml_set_attr(root, "self", self) < 0 ||
	    xml_set_attr(root, "lang", req->lang) < 0 ||
	    xml_set_attr(root, "site", req->w->cfg->site_name) < 0 ||
	    xml_set_attr_int(root, "status", status) < 0 ||
	    (n = xml_add(root, "user")) == NULL || xml_set_attr(n, "name", u->name) < 0 ||
	    xml_set_attr(n, "role", auth_role_name(u->role)) < 0 ||
	    (u->city[0] && xml_set_attr(n, "city", u->city) < 0) ||
	    xml_add_text(root, "csrf", csrf) == NULL ? -1 : 0;
}

int
write_parse_xml(struct c2c_req *req, const struct buf *body, xmlDocPtr *doc, struct field_errors *errs)
{
	enum c2c_err rc;

	if (req->w->input == NULL) {
		write_error(req, 500, "the schema of request bodies is not loaded (schema_file)", NULL, NULL);
		return -1;
	}
	if ((rc = xmlin_parse(req->w->input, body->data, body->len, doc, errs)) == C2C_EINVAL) {
		write_refused(req, W_INVALID, errs);
		return -1;
	}
	if (rc != C2C_OK) {
		write_fail(req, rc);
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
		write_fail(req, rc);
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

void
write_form_page(struct c2c_req *req, int status, xmlDocPtr doc, const char *view,
    const struct field_errors *errs)
{
	struct buf body = BUF_INIT;
	enum c2c_err rc = C2C_ENOMEM;

	if (write_form_errors(xmlDocGetRootElement(doc), errs) == 0 &&
	    (rc = view_render(req->w->views, view, doc, &body)) == C2C_OK)
		resp_send(req, status, "text/html; charset=utf-8", "Cache-Control: no-store\r\n", &body);
	else
		write_fail(req, rc);
	buf_free(&body);
}

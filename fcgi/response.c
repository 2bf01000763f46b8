/* response.c: writing a response: status, headers, body; error documents. */
#include <stdio.h>
#include <string.h>

#include "http.h"
#include "server.h"
#include "xml.h"
#include "log.h"
#include "repr.h"
#include "write.h"

/* Read-your-writes across hosts: a successful write answers with the GTID of its
 * transaction in a cookie, for as long as a replica in use may lag behind it
 * (replica_follow_seconds).  The client's next reads, on whichever c2c host, carry it
 * back, and db_reads waits for a replica to have applied it or asks the primary.  Only
 * when replicas are configured: without them every read is on the primary anyway. */
static void
rw_cookie(struct c2c_req *req, int status, FCGX_Stream *out)
{
	const struct c2c_cfg *cfg = req->w->cfg;
	char gtid[REPLICA_GTID_MAX], line[REPLICA_GTID_MAX + CFG_STR_MAX + 100];
	const char *path = req->base ? req->base : "";

	if ((req->method & (M_GET | M_HEAD)) || status >= 400 || req->w->db == NULL ||
	    db_servers(req->w->db) < 2 || !db_wrote(req->w->db))
		return;
	if (db_write_gtid(req->w->db, gtid, sizeof(gtid)) != C2C_OK || !replica_gtid_valid(gtid)) {
		log_warn("no GTID after a write (%s): this client may read its write late",
		    db_error(req->w->db));
		return;
	}
	/* The cookie's path is the mount point (the path of base_url when it is a URL). */
	if (strncmp(path, "http://", 7) == 0 || strncmp(path, "https://", 8) == 0) {
		path = strchr(path + (path[4] == 's' ? 8 : 7), '/');
		if (path == NULL)
			path = "";
	}
	if (strpbrk(path, "; \t\r\n\",\\") != NULL)
		path = "";
	snprintf(line, sizeof(line), "Set-Cookie: c2c_rw=%s; Path=%s; Max-Age=%d; HttpOnly; "
	    "SameSite=Lax\r\n", gtid, *path ? path : "/",
	    replica_follow_seconds(cfg->db_replica_max_lag, cfg->db_replica_check_ms));
	/* The path comes from the configuration or SCRIPT_NAME: no CR or LF may pass. */
	if (strpbrk(line, "\r\n") == line + strlen(line) - 2)
		FCGX_PutS(line, out);
}

void
resp_send(struct c2c_req *req, int status, const char *ctype, const char *headers,
    const struct buf *body)
{
	FCGX_Stream *out = req->fcgx->out;

	char line[128];

	/* FCGX_FPrintF knows only a few conversions: format here. */
	snprintf(line, sizeof(line), "Status: %d %s\r\n", status, http_reason(status));
	FCGX_PutS(line, out);
	if (ctype != NULL) {
		snprintf(line, sizeof(line), "Content-Type: %s\r\n", ctype);
		FCGX_PutS(line, out);
	}
	if (body != NULL && status != 304) {
		snprintf(line, sizeof(line), "Content-Length: %zu\r\n", body->len);
		FCGX_PutS(line, out);
	}
	FCGX_PutS("X-Content-Type-Options: nosniff\r\n", out);
	if (ctype != NULL && strncmp(ctype, "text/html", 9) == 0)
		FCGX_PutS("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
		    "img-src 'self' data:; form-action 'self'; frame-ancestors 'self'\r\n", out);
	if (headers != NULL)
		FCGX_PutS(headers, out);
	rw_cookie(req, status, out);
	FCGX_PutS("\r\n", out);
	if (body != NULL && body->len > 0 && req->method != M_HEAD && status != 304)
		FCGX_PutStr(body->data, (int)body->len, out);
}

int
resp_root(const struct c2c_req *req, xmlNodePtr root, const char *self)
{
	/* base and lang are NULL only when the request could not be read (req_init). */
	return xml_set_attr(root, "base", req->base ? req->base : "") < 0 ||
	    (self != NULL && xml_set_attr(root, "self", self) < 0) ||
	    xml_set_attr(root, "lang", req->lang ? req->lang : "en") < 0 ||
	    xml_set_attr(root, "site", req->w->cfg->site_name) < 0 ? -1 : 0;
}

xmlDocPtr
resp_doc(const struct c2c_req *req, const char *name, const char *self, xmlNodePtr *root)
{
	xmlDocPtr doc = xml_doc_new(name, root);

	if (doc != NULL && resp_root(req, *root, self) < 0) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* Whether doc goes out as HTML through view. */
static int
as_html(const struct c2c_req *req, const char *view)
{
	return view != NULL && req->route.repr == REPR_HTML;
}

enum c2c_err
resp_render(struct c2c_req *req, xmlDocPtr doc, const char *view, struct buf *body)
{
	return as_html(req, view) ? view_render(req->w->views, view, doc, body) : xml_serialize(doc, body);
}

enum c2c_err
resp_send_doc(struct c2c_req *req, int status, xmlDocPtr doc, const char *view, const char *headers)
{
	struct buf body = BUF_INIT, h = BUF_INIT;
	enum c2c_err rc = resp_render(req, doc, view, &body);

	if (rc == C2C_OK && ((headers != NULL && buf_puts(&h, headers) < 0) ||
	    buf_puts(&h, "Cache-Control: no-store\r\n") < 0))
		rc = C2C_ENOMEM;
	if (rc == C2C_OK)
		resp_send(req, status, as_html(req, view) ? repr_content_type(REPR_HTML) :
		    repr_content_type(REPR_XML), h.data, &body);
	buf_free(&body);
	buf_free(&h);
	return rc;
}

const struct err_doc resp_page_error = { 1, NULL, NULL, NULL };

/* The problems of errs under an error document's root: <invalid field code [line]
 * [detail]> with the message in the request's language, and <more-invalid> with the
 * count of those left out.  0 or -1. */
static int
add_invalid(const struct c2c_req *req, xmlNodePtr root, const struct field_errors *errs)
{
	xmlNodePtr x;
	size_t i;
	char n[24];

	for (i = 0; errs != NULL && i < errs->n; i++) {
		const struct field_error *e = &errs->v[i];
		if ((x = xml_add_text(root, "invalid", fe_message(e->code, req->lang))) == NULL ||
		    xml_set_attr(x, "field", e->field[0] ? e->field : "body") < 0 ||
		    xml_set_attr(x, "code", fe_name(e->code)) < 0 ||
		    (e->line > 0 && xml_set_attr_int(x, "line", e->line) < 0) ||
		    (e->detail[0] != '\0' && xml_set_attr(x, "detail", e->detail) < 0))
			return -1;
	}
	if (errs != NULL && errs->dropped > 0) {
		snprintf(n, sizeof(n), "%zu", errs->dropped);
		if (xml_add_text(root, "more-invalid", n) == NULL)
			return -1;
	}
	return 0;
}

void
resp_error(struct c2c_req *req, int status, const char *msg, const struct err_doc *d)
{
	static const struct err_doc none = { 0, NULL, NULL, NULL };
	struct buf body = BUF_INIT, headers = BUF_INIT;
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("error", &root);
	const char *view = NULL;
	int ok;

	if (d == NULL)
		d = &none;
	/* A 406 says that no representation matches: its document is XML. */
	if (d->html && status != 406 && req->w->views != NULL)
		view = "error";
	ok = doc != NULL && xml_set_attr_int(root, "status", status) == 0 && resp_root(req, root, NULL) == 0 &&
	    xml_add_text(root, "message", msg) != NULL &&
	    (d->param == NULL || xml_add_text(root, "parameter", d->param) != NULL) &&
	    add_invalid(req, root, d->errs) == 0;
	if (ok && as_html(req, view) && view_render(req->w->views, view, doc, &body) != C2C_OK) {
		buf_reset(&body);
		view = NULL;   /* a stylesheet that fails still leaves the XML */
	}
	if (ok && !as_html(req, view))
		ok = xml_serialize(doc, &body) == C2C_OK;
	if (!ok) {
		buf_reset(&body);
		buf_printf(&body, "%d %s\n", status, d->html ? http_reason(status) : msg);
	}
	if (status == 405) {
		char allow[64];
		method_allow_header(req->route.allow, allow, sizeof(allow));
		buf_printf(&headers, "Allow: %s\r\n", allow);
	}
	if (status == 503)
		buf_puts(&headers, "Retry-After: 5\r\n");
	if (d->headers != NULL)
		buf_puts(&headers, d->headers);
	buf_puts(&headers, "Cache-Control: no-store\r\n");
	resp_send(req, status, !ok ? "text/plain; charset=utf-8" : as_html(req, view) ?
	    repr_content_type(REPR_HTML) : repr_content_type(REPR_XML), headers.data, &body);
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(&headers);
}

void
resp_fail(struct c2c_req *req, enum c2c_err rc, enum fail_of of, const char *notfound)
{
	const struct err_doc *d = of == FAIL_PAGE ? &resp_page_error : NULL;
	int page = of == FAIL_PAGE;
	int status = page ? c2c_err_http_status(rc) : rc == C2C_EDBDOWN ? 503 : 500;

	if (rc == C2C_ENOTFOUND && (notfound != NULL || page)) {
		resp_error(req, 404, notfound != NULL ? notfound : "no such resource", d);
	} else if (page && rc == C2C_EINVAL) {
		struct err_doc bad = { 1, req->bad_param ? req->bad_param : "after", NULL, NULL };
		resp_error(req, 400, req->bad_param ? req->bad_msg :
		    "parameter 'after' is not a cursor of this list", &bad);
	} else if (page && rc == C2C_EMETHOD) {
		resp_error(req, 405, "method not allowed on this resource", d);
	} else if (page && rc == C2C_ENOTACCEPT) {
		resp_error(req, 406, "no representation of this resource matches the Accept header", d);
	} else if (status == 503) {
		resp_error(req, 503, page ? "the database is not available; try again shortly" :
		    "the database is not available; nothing was written; try again shortly", d);
	} else if (status >= 500) {
		log_err("%s %s: %s: %s", page_name(req->route.page), req->path, page ? "building the page" : "write",
		    rc == C2C_EDB || rc == C2C_EDBDOWN ? db_error(req->w->db) : c2c_strerror(rc));
		resp_error(req, 500, page ? "internal error; the administrator will find it in the log" :
		    "internal error; nothing was written; the administrator will find it in the log", d);
	} else {
		resp_error(req, status, c2c_strerror(rc), d);
	}
}

/* response.c: writing a response: status, headers, body; error documents. */
#include <stdio.h>
#include <string.h>

#include "http.h"
#include "server.h"
#include "xml.h"
#include "log.h"

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

void
resp_error(struct c2c_req *req, int status, const char *msg, const char *param)
{
	struct buf body = BUF_INIT, headers = BUF_INIT;
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("error", &root);
	int repr = req->route.repr;
	const char *ctype = "application/xml; charset=utf-8";

	if (status == 406)
		repr = REPR_XML;
	if (doc == NULL || xml_set_attr_int(root, "status", status) < 0 ||
	    xml_set_attr(root, "base", req->base ? req->base : "") < 0 ||
	    xml_set_attr(root, "lang", req->lang ? req->lang : "en") < 0 ||
	    xml_set_attr(root, "site", req->w->cfg->site_name) < 0 ||
	    xml_add_text(root, "message", msg) == NULL ||
	    (param != NULL && xml_add_text(root, "parameter", param) == NULL)) {
		repr = -1;
	} else if (repr == REPR_HTML && req->w->views != NULL &&
	    view_render(req->w->views, "error", doc, &body) == C2C_OK) {
		ctype = "text/html; charset=utf-8";
	} else {
		buf_reset(&body);
		if (xml_serialize(doc, &body) != C2C_OK)
			repr = -1;
	}
	if (repr < 0) {
		buf_reset(&body);
		buf_printf(&body, "%d %s\n", status, http_reason(status));
		ctype = "text/plain; charset=utf-8";
	}
	if (status == 405) {
		char allow[64];
		method_allow_header(req->route.allow, allow, sizeof(allow));
		buf_printf(&headers, "Allow: %s\r\n", allow);
	}
	if (status == 503)
		buf_puts(&headers, "Retry-After: 5\r\n");
	buf_puts(&headers, "Cache-Control: no-store\r\n");
	resp_send(req, status, ctype, headers.data, &body);
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(&headers);
}

/* dispatch.c: one request from routing to the last byte: validate, check the ETag, let the
 * page's handler fill its document, render it as XML or HTML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "http.h"
#include "link.h"
#include "log.h"
#include "server.h"
#include "xml.h"

/* FNV-1a 64 of the strings, for ETags. */
static unsigned long long
fnv(unsigned long long h, const char *s)
{
	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static void
fail(struct c2c_req *req, enum c2c_err rc, const char *what)
{
	int status = c2c_err_http_status(rc);

	if (status == 503)
		resp_error(req, 503, "the database is not available; try again shortly", NULL);
	else if (status >= 500) {
		log_err("%s %s: %s: %s", page_name(req->route.page), req->path, what,
		    rc == C2C_EDB || rc == C2C_EDBDOWN ? db_error(req->w->db) : c2c_strerror(rc));
		resp_error(req, 500, "internal error; the administrator will find it in the log", NULL);
	} else {
		resp_error(req, status, what, NULL);
	}
}

/* Echoes the validated parameters as <filter name="value" ...>, so that a form can show
 * them and a client can see what was applied. */
static enum c2c_err
add_filter(struct c2c_req *req, xmlNodePtr root)
{
	xmlNodePtr f;
	int id;

	if (req->route.params == 0)
		return C2C_OK;
	if ((f = xml_add(root, "filter")) == NULL)
		return C2C_ENOMEM;
	for (id = 0; id < P__MAX; id++)
		if (req->params.v[id].set && xml_set_attr(f, param_name(id), req->params.v[id].str) < 0)
			return C2C_ENOMEM;
	return C2C_OK;
}

/* Builds and sends the page whose route and parameters are known. */
static void
serve_page(struct c2c_req *req)
{
	const struct c2c_cfg *cfg = req->w->cfg;
	struct buf body = BUF_INIT, headers = BUF_INIT, key = BUF_INIT;
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	char etag[40] = "";
	enum c2c_err rc;
	handler_fn h = handler_for(req->route.page);
	int cacheable = req->route.page != PAGE_HEALTH;

	if (link_list(&req->self, req->base, req->route.path, req->route.repr, &req->params,
	    req->route.params, req->params.v[P_AFTER].str) < 0) {
		fail(req, C2C_ENOMEM, "self link");
		return;
	}
	if (cacheable) {
		unsigned long long hash;
		
		if ((rc = db_data_version(req->w->db, &req->version)) != C2C_OK) {
			fail(req, rc, "data version");
			return;
		}
		hash = fnv(fnv(1469598103934665603ULL ^ req->version, req->lang), req->self.data);
		snprintf(etag, sizeof(etag), "\"%llx-%016llx\"", req->version, hash);
		if (http_etag_match(req->if_none_match, etag)) {
			buf_printf(&headers, "ETag: %s\r\nVary: Accept, Accept-Language\r\n", etag);
			resp_send(req, 304, NULL, headers.data, NULL);
			buf_free(&headers);
			return;
		}
		/* One entry per representation, language and canonical URL. */
		if (buf_printf(&key, "%d %s %s", (int)req->route.repr, req->lang, req->self.data) < 0) {
			rc = C2C_ENOMEM;
			goto out;
		}
		if (cache_get(req->w->cache, key.data, req->version, &body, &headers))
			goto send;
	}

	if ((doc = xml_doc_new(page_name(req->route.page), &root)) == NULL ||
	    xml_set_attr(root, "base", req->base) < 0 || xml_set_attr(root, "self", req->self.data) < 0 ||
	    xml_set_attr(root, "lang", req->lang) < 0 || xml_set_attr(root, "site", cfg->site_name) < 0) {
		rc = C2C_ENOMEM;
		goto out;
	}
	if ((rc = add_filter(req, root)) != C2C_OK || (rc = h(req, root)) != C2C_OK)
		goto out;
	if (req->next != NULL) {
		struct buf next = BUF_INIT;
		xmlNodePtr n;
		if (link_list(&next, req->base, req->route.path, req->route.repr, &req->params,
		    req->route.params, req->next) < 0 || (n = xml_add(root, "next")) == NULL ||
		    xml_set_attr(n, "href", next.data) < 0 ||
		    buf_printf(&headers, "Link: <%s>; rel=\"next\"\r\n", next.data) < 0)
			rc = C2C_ENOMEM;
		buf_free(&next);
		if (rc != C2C_OK)
			goto out;
	}
	if (req->route.repr == REPR_XML)
		rc = xml_serialize(doc, &body);
	else
		rc = view_render(req->w->views, page_name(req->route.page), doc, &body);
	if (rc != C2C_OK)
		goto out;
	if (cacheable && req->status == 200)
		cache_put(req->w->cache, key.data, req->version, &body, &headers);
send:
	if (cacheable)
		buf_printf(&headers, "ETag: %s\r\nCache-Control: public, no-cache\r\n"
		    "Vary: Accept, Accept-Language\r\n", etag);
	else
		buf_puts(&headers, "Cache-Control: no-store\r\n");
	resp_send(req, req->status, req->route.repr == REPR_XML ? "application/xml; charset=utf-8" :
	    "text/html; charset=utf-8", headers.data, &body);
out:
	if (rc == C2C_ENOTFOUND)
		resp_error(req, 404, "no such resource", NULL);
	else if (rc == C2C_EINVAL)
		resp_error(req, 400, "parameter 'after' is not a cursor of this list", "after");
	else if (rc != C2C_OK)
		fail(req, rc, "building the page");
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(&headers);
	buf_free(&key);
}

void
dispatch(struct worker *w, FCGX_Request *f)
{
	struct c2c_req req;
	char msg[300];
	const char *bad = NULL;
	int status = 0;
	enum c2c_err rc;

	if (req_init(&req, w, f, &status, msg, sizeof(msg)) != C2C_OK) {
		req.route.repr = http_negotiate(req.accept, 1u << REPR_HTML | 1u << REPR_XML) == REPR_HTML ?
		    REPR_HTML : REPR_XML;
		resp_error(&req, status, msg, NULL);
		req_free(&req);
		return;
	}
	rc = route_find(FCGX_GetParam("REQUEST_METHOD", f->envp), req.path, req.accept, &req.route);
	switch (rc) {
	case C2C_OK:
		break;
	case C2C_ENOTFOUND:
		resp_error(&req, 404, "no such resource", NULL);
		goto done;
	case C2C_EMETHOD:
		resp_error(&req, 405, "method not allowed on this resource", NULL);
		goto done;
	case C2C_ENOTACCEPT:
		resp_error(&req, 406, "this resource is available as text/html and application/xml", NULL);
		goto done;
	default:
		fail(&req, rc, "routing");
		goto done;
	}
	if ((rc = params_parse(req.query, req.route.params, &req.params, msg, sizeof(msg), &bad)) != C2C_OK) {
		resp_error(&req, rc == C2C_ETOOLONG ? 414 : 400, msg, bad);
		goto done;
	}
	if (req.params.v[P_LANG].set)
		req.lang = req.params.v[P_LANG].str;
	serve_page(&req);
done:
	req_free(&req);
}

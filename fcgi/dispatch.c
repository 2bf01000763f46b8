/* dispatch.c: one request from routing to the last byte: validate, check the ETag, let the
 * page's handler fill its document, render it as XML or HTML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cache.h"
#include "http.h"
#include "link.h"
#include "server.h"
#include "write.h"
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

long long
monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The validator of the data version: what pages' ETags and Last-Modified come from.
 * A version read less than version_check_ms ago is trusted, so that a busy server asks the
 * database a few times a second rather than once a request.
 * There is one clock per database server: a replica may be behind the primary, and a body
 * built from the replica must never be cached under the primary's newer version (it
 * would be served as current until the next change).  A client that has just written
 * (req->rw_gtid) reads the version afresh: a trusted old one would give it the cached
 * page from before its write. */
enum c2c_err
validate_version(struct c2c_req *req, struct validator *v)
{
	struct version_clock *c = &req->w->clock[db_read_server(req->w->db)];
	long long now = monotonic_ms(), changed = 0;
	int fresh;
	enum c2c_err rc;

	pthread_mutex_lock(&c->lock);
	fresh = c->read_at_ms > 0 && now - c->read_at_ms < req->w->cfg->version_check_ms &&
	    req->rw_gtid[0] == '\0';
	if (fresh) {
		req->version = c->version;
		v->modified = c->changed;
	}
	pthread_mutex_unlock(&c->lock);
	if (!fresh) {
		if ((rc = db_data_version(req->w->db, &req->version, &changed)) != C2C_OK)
			return rc;
		v->modified = changed;
		/* The server that answered: a replica that failed just now left it to another. */
		c = &req->w->clock[db_read_server(req->w->db)];
		pthread_mutex_lock(&c->lock);
		/* Two workers may read at once: the clock never goes back. */
		if (req->version >= c->version) {
			c->version = req->version;
			c->changed = changed;
			c->read_at_ms = now;
		}
		pthread_mutex_unlock(&c->lock);
	}
	v->tag = req->version;
	return C2C_OK;
}

/* Builds the XML document of a page and serialises it, or renders it as HTML. */
static enum c2c_err
build_page(struct c2c_req *req, handler_fn fill, struct buf *body, struct buf *headers)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	enum c2c_err rc;

	if ((doc = resp_doc(req, page_name(req->route.page), req->self.data, &root)) == NULL) {
		rc = C2C_ENOMEM;
		goto out;
	}
	if ((rc = add_filter(req, root)) != C2C_OK || (rc = fill(req, root)) != C2C_OK)
		goto out;
	if (req->next != NULL) {
		struct buf next = BUF_INIT;
		xmlNodePtr n;
		if (link_list(&next, req->base, req->route.path, req->route.repr, &req->params,
		    req->route.params, req->next) < 0 || (n = xml_add(root, "next")) == NULL ||
		    xml_set_attr(n, "href", next.data) < 0 ||
		    buf_printf(headers, "Link: <%s>; rel=\"next\"\r\n", next.data) < 0)
			rc = C2C_ENOMEM;
		buf_free(&next);
		if (rc != C2C_OK)
			goto out;
	}
	rc = resp_render(req, doc, page_name(req->route.page), body);
out:
	xmlFreeDoc(doc);
	return rc;
}

/* Seconds since the epoch of an HTTP date (IMF-fixdate), or -1. */
static long long
http_date_parse(const char *s)
{
	struct tm tm;
	const char *end;

	memset(&tm, 0, sizeof(tm));
	if (s == NULL || (end = strptime(s, "%a, %d %b %Y %H:%M:%S GMT", &tm)) == NULL || *end != '\0')
		return -1;
	return (long long)timegm(&tm);
}

/* The writable resource's own tag (h->tag) for the data version v, or "" (none, or the
 * database away).  Every write bumps the data version (the triggers of
 * sql/002_publishing.sql), so a tag read at version v stays that version's tag: it is kept
 * in the shared page cache beside the pages ("tag ..." keys; page keys begin with a
 * digit) and a cached page or a 304 costs no query.  Kept only when the server that gave
 * the version answered the tag too (a primary failing over to an older replica in
 * between must not file the replica's tag under the primary's version).  With
 * cache_size = 0 every request asks the database, as before. */
static void
resource_tag(struct c2c_req *req, const struct handler *h, const struct validator *v, char *res)
{
	struct buf key = BUF_INIT, val = BUF_INIT;
	size_t rd = db_read_server(req->w->db);

	res[0] = '\0';
	if (buf_printf(&key, "tag %d %s", (int)req->route.page, req->route.arg) == 0 &&
	    cache_get(req->w->cache, key.data, v->tag, &val, NULL) && val.len > 0 &&
	    val.len < WRITE_TAG_MAX) {
		memcpy(res, val.data, val.len);
		res[val.len] = '\0';
	} else if (h->tag(req, res) != C2C_OK)
		res[0] = '\0';
	else if (key.data != NULL && res[0] != '\0' && db_read_server(req->w->db) == rd) {
		struct buf none = BUF_INIT;
		buf_reset(&val);
		if (buf_puts(&val, res) == 0)
			cache_put(req->w->cache, key.data, v->tag, &val, &none);
	}
	buf_free(&key);
	buf_free(&val);
}

/* Builds and sends the resource whose route and parameters are known: conditional GET
 * first, then the shared cache, then the handler. */
static void
serve(struct c2c_req *req)
{
	const struct handler *h = handler_for(req->route.page);
	struct buf body = BUF_INIT, headers = BUF_INIT, key = BUF_INIT;
	struct validator v = { 0, 0 };
	char etag[48 + WRITE_TAG_MAX] = "", lastmod[40] = "", res[WRITE_TAG_MAX] = "";
	enum c2c_err rc = C2C_OK;
	/* A sync answer says "as of now": neither cached nor validated. */
	int cacheable = h->validate != NULL && !req->params.v[P_UPDATED_SINCE].set;

	if (link_list(&req->self, req->base, req->route.path, req->route.repr, &req->params,
	    req->route.params, req->params.v[P_AFTER].str) < 0) {
		resp_fail(req, C2C_ENOMEM, FAIL_PAGE, NULL);
		return;
	}
	/* A writable resource's own tag rides along (after ';'), so that If-Match can name
	 * it.  Without it (a missing item: the handler answers 404; the database away: a
	 * cached page may still be served) the page's tag is sent alone. */
	if (!cacheable && h->tag != NULL && h->tag(req, res) != C2C_OK)
		res[0] = '\0';
	if (cacheable) {
		unsigned long long hash;
		long long ims;
		time_t mt;
		struct tm tm;

		if ((rc = h->validate(req, &v)) != C2C_OK)
			goto out;
		if (h->tag != NULL)
			resource_tag(req, h, &v, res);
		/* Pages also depend on the date ("upcoming" events) and on the stylesheets
		 * loaded at start; feeds only on their journal and the program's version. */
		{
			char salt[64];
			time_t now = time(NULL);
			const struct c2c_cfg *cfg = req->w->cfg;
			if (h->fill != NULL)
				snprintf(salt, sizeof(salt), "%s %lld %lld", C2C_VERSION, req->w->started,
				    (long long)now / 86400);
			else
				snprintf(salt, sizeof(salt), "%s", C2C_VERSION);
			/* Feeds carry absolute links, their site name and ids: all in the tag. */
			hash = fnv(fnv(fnv(fnv(fnv(fnv(1469598103934665603ULL, salt), req->lang),
			    req->origin), cfg->site_name), cfg->feed_id_prefix), req->self.data);
			/* A page also changes with the views (restart) and the day. */
			if (h->fill != NULL) {
				long long floor = req->w->started > now / 86400 * 86400 ? req->w->started :
				    (long long)now / 86400 * 86400;
				if (v.modified < floor)
					v.modified = floor;
			}
		}
		snprintf(etag, sizeof(etag), "\"%llx-%016llx%s%s\"", v.tag, hash, res[0] ? ";" : "", res);
		mt = (time_t)v.modified;
		gmtime_r(&mt, &tm);
		strftime(lastmod, sizeof(lastmod), "%a, %d %b %Y %H:%M:%S GMT", &tm);
		/* If-None-Match decides when present (RFC 9110 13.2.2); else If-Modified-Since. */
		ims = req->if_none_match ? -1 : http_date_parse(req->if_modified_since);
		if (http_etag_match(req->if_none_match, etag) || (ims >= 0 && v.modified <= ims)) {
			buf_printf(&headers, "ETag: %s\r\nLast-Modified: %s\r\nCache-Control: %s\r\n"
			    "Vary: Accept, Accept-Language\r\n", etag, lastmod,
			    h->body ? "public, max-age=60" : "public, no-cache");
			resp_send(req, 304, NULL, headers.data, NULL);
			goto out;
		}
		/* One entry per representation, language and canonical URL. */
		if (buf_printf(&key, "%d %s %s%s", (int)req->route.repr, req->lang, req->origin,
		    req->self.data) < 0) {
			rc = C2C_ENOMEM;
			goto out;
		}
		if (h->fill != NULL && buf_printf(&key, " %lld", (long long)time(NULL) / 86400) < 0) {
			rc = C2C_ENOMEM;
			goto out;
		}
		if (cache_get(req->w->cache, key.data, v.tag, &body, &headers))
			goto send;
	}
	/* A page with a CSV form writes that itself; feeds and files always do. */
	rc = h->body && (h->fill == NULL || req->route.repr == REPR_CSV) ?
	    h->body(req, &body, &headers) : build_page(req, h->fill, &body, &headers);
	if (rc != C2C_OK)
		goto out;
	if (cacheable && req->status == 200)
		cache_put(req->w->cache, key.data, v.tag, &body, &headers);
send:
	if (cacheable)
		buf_printf(&headers, "ETag: %s\r\nLast-Modified: %s\r\nCache-Control: %s\r\n"
		    "Vary: Accept, Accept-Language\r\n", etag, lastmod,
		    h->body ? "public, max-age=60" : "public, no-cache");
	else {
		buf_puts(&headers, "Cache-Control: no-store\r\n");
		if (res[0] != '\0')
			buf_printf(&headers, "ETag: \"%s\"\r\n", res);
	}
	if (req->retry_after > 0)
		buf_printf(&headers, "Retry-After: %d\r\n", req->retry_after);
	resp_send(req, req->status, repr_content_type(req->route.repr), headers.data, &body);
out:
	if (rc != C2C_OK)
		resp_fail(req, rc, FAIL_PAGE, NULL);
	buf_free(&body);
	buf_free(&headers);
	buf_free(&key);
}

void
serve_private(struct c2c_req *req, handler_fn fill, body_fn csv)
{
	struct buf body = BUF_INIT, headers = BUF_INIT;
	enum c2c_err rc;

	if (link_list(&req->self, req->base, req->route.path, req->route.repr, &req->params,
	    req->route.params, req->params.v[P_AFTER].str) < 0)
		rc = C2C_ENOMEM;
	else if (csv != NULL && req->route.repr == REPR_CSV)
		rc = csv(req, &body, &headers);
	else
		rc = build_page(req, fill, &body, &headers);
	if (rc == C2C_OK) {
		buf_puts(&headers, "Cache-Control: no-store\r\n");
		resp_send(req, req->status, repr_content_type(req->route.repr), headers.data, &body);
	} else
		resp_fail(req, rc, FAIL_PAGE, NULL);
	buf_free(&body);
	buf_free(&headers);
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
		resp_error(&req, status, msg, &resp_page_error);
		req_free(&req);
		return;
	}
	/* Not found, a method or a representation the route does not have: 404, 405, 406. */
	if ((rc = route_find(FCGX_GetParam("REQUEST_METHOD", f->envp), req.path, req.accept,
	    &req.route)) != C2C_OK) {
		resp_fail(&req, rc, FAIL_PAGE, NULL);
		goto done;
	}
	if ((rc = params_parse(req.query, req.route.params, &req.params, msg, sizeof(msg), &bad)) != C2C_OK) {
		struct err_doc d = { 1, bad, NULL, NULL };
		resp_error(&req, rc == C2C_ETOOLONG ? 414 : 400, msg, &d);
		goto done;
	}
	if (req.params.v[P_LANG].set)
		req.lang = req.params.v[P_LANG].str;
	/* Writes, and the reads that decide them, on the primary; other reads on a replica,
	 * one that has applied the client's last write when it says it wrote. */
	db_reads(w->db, req.method & (M_GET | M_HEAD) ? DB_READS_REPLICA : DB_READS_PRIMARY,
	    req.rw_gtid[0] ? req.rw_gtid : NULL);
	{
		/* Writes and personal pages (fcgi/writes.c) bypass the ETag and the cache. */
		const struct handler *h = handler_for(req.route.page);
		if (h->act != NULL && (!(req.method & (M_GET | M_HEAD)) || (h->fill == NULL && h->body == NULL))) {
			h->act(&req);
			goto done;
		}
	}
	serve(&req);
done:
	req_free(&req);
}

/* h_write.c: the write API.  POST /kpi-values (XML or CSV: new values and corrections,
 * all or none); POST, PUT and DELETE of the resources of lib/edit.h (partnerships,
 * cities, agreements, activities, KPI targets, calendar sources; DELETE is soft).
 * Thin: identity and body here, the rules and the writing in lib/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "edit.h"
#include "kpi_input.h"
#include "model_write.h"
#include "writes.h"
#include "xml.h"
#include "xmlin.h"

/* The <created> document of a 201 with its root's base, lang, site and count; NULL
 * when out of memory. */
static xmlDocPtr
created_doc(struct c2c_req *req, long long count, xmlNodePtr *root)
{
	xmlDocPtr doc = xml_doc_new("created", root);

	if (doc != NULL && (xml_set_attr(*root, "base", req->base) != 0 ||
	    xml_set_attr(*root, "lang", req->lang) != 0 ||
	    xml_set_attr(*root, "site", req->w->cfg->site_name) != 0 ||
	    xml_set_attr_int(*root, "count", count) != 0)) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* Sends the 201 with doc and the headers h when ok (else a 500); frees doc, h and url. */
static void
send_created(struct c2c_req *req, int ok, xmlDocPtr doc, struct buf *h, struct buf *url)
{
	struct buf body = BUF_INIT;

	if (!ok || xml_serialize(doc, &body) != C2C_OK)
		write_fail(req, C2C_ENOMEM);
	else
		resp_send(req, 201, "application/xml; charset=utf-8", h->data, &body);
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(h);
	buf_free(url);
}

/* 201 with Location (the first value) and what was created. */
static void
created(struct c2c_req *req, const struct kpi_batch *b, const long long *ids)
{
	struct buf h = BUF_INIT, url = BUF_INIT;
	xmlNodePtr root = NULL, x;
	xmlDocPtr doc = created_doc(req, (long long)b->n, &root);
	size_t i;
	int ok = doc != NULL;

	for (i = 0; ok && i < b->n; i++) {
		buf_reset(&url);
		ok = buf_printf(&url, "%s%s/kpi-values/%lld", req->origin, req->base, ids[i]) == 0 &&
		    (x = xml_add(root, "kpi-value")) != NULL && xml_set_attr_int(x, "id", ids[i]) == 0 &&
		    xml_set_attr(x, "href", url.data) == 0 &&
		    (b->v[i].supersedes == 0 || xml_set_attr_int(x, "supersedes", b->v[i].supersedes) == 0) &&
		    (i > 0 || buf_printf(&h, "Location: %s\r\n", url.data) == 0);
	}
	ok = ok && buf_puts(&h, "Cache-Control: no-store\r\n") == 0;
	send_created(req, ok, doc, &h, &url);
}

void
h_kpi_values_post(struct c2c_req *req)
{
	struct auth_user u;
	struct buf body = BUF_INIT;
	struct kpi_batch b = { NULL, 0, 0 };
	struct field_errors errs = { NULL, 0, 0, 0 };
	enum body_kind kind;
	enum write_status st;
	xmlDocPtr doc = NULL;
	long long *ids = NULL;
	enum c2c_err rc;

	req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	if (write_identify(req, 0, &u) < 0)
		return;
	if (u.role != ROLE_ADMIN && u.role != ROLE_EDITOR) {
		write_error(req, 403, "this token may not write", NULL, NULL);
		return;
	}
	if (write_body(req, 1u << BODY_XML | 1u << BODY_CSV, &kind, &body) < 0)
		goto out;
	if (kind == BODY_CSV)
		rc = kpi_csv_parse(body.data, body.len, &b, &errs);
	else if (write_parse_xml(req, &body, &doc, &errs) < 0)
		goto out;
	else
		rc = kpi_xml_entries(doc, &b, &errs);
	if (rc != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (fe_any(&errs)) {
		write_refused(req, W_INVALID, &errs);
		goto out;
	}
	if ((ids = calloc(b.n, sizeof(*ids))) == NULL) {
		write_fail(req, C2C_ENOMEM);
		goto out;
	}
	if ((rc = kpi_values_write(req->w->db, &u, &b, write_if_match(req), ids, &errs, &st)) != C2C_OK)
		write_fail(req, rc);
	else if (st != W_DONE)
		write_refused(req, st, &errs);
	else
		created(req, &b, ids);
out:
	free(ids);
	xmlFreeDoc(doc);
	kpi_batch_free(&b);
	fe_free(&errs);
	buf_free(&body);
}

/* The resource of a write: the route's row names it (lib/pages.h). */
static const struct edit_resource *
resource_of(const struct c2c_req *req)
{
	return edit_resource(req->route.resource);
}

enum c2c_err
h_resource_tag(struct c2c_req *req, char *out)
{
	const struct edit_resource *r = resource_of(req);

	out[0] = '\0';
	if (r == NULL || req->route.arg[0] == '\0')
		return C2C_OK;
	return edit_tag(req->w->db, r, req->route.arg, out);
}

/* 201 with Location, the new item's ETag and a <created> document. */
static void
created_item(struct c2c_req *req, const struct edit_resource *r, long long id, const char *tag)
{
	struct buf h = BUF_INIT, url = BUF_INIT;
	xmlNodePtr root = NULL, x;
	xmlDocPtr doc = created_doc(req, 1, &root);
	int ok = doc != NULL &&
	    buf_printf(&url, "%s%s/%s/%lld", req->origin, req->base, r->path, id) == 0 &&
	    (x = xml_add(root, "item")) != NULL && xml_set_attr(x, "entity", r->entity) == 0 &&
	    xml_set_attr_int(x, "id", id) == 0 && xml_set_attr(x, "href", url.data) == 0 &&
	    xml_set_attr(x, "etag", tag) == 0 &&
	    buf_printf(&h, "Location: %s\r\nETag: \"%s\"\r\nCache-Control: no-store\r\n", url.data, tag) == 0;

	send_created(req, ok, doc, &h, &url);
}

void
h_resource_write(struct c2c_req *req)
{
	const struct edit_resource *r = resource_of(req);
	const char *key = req->route.arg[0] ? req->route.arg : NULL;   /* the router checked it */
	struct auth_user u;
	struct buf body = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char tag[WRITE_TAG_MAX] = "";
	enum write_status st;
	xmlDocPtr doc = NULL;
	long long id = 0;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	if (r == NULL) {
		write_error(req, 404, "no such resource", NULL, NULL);
		return;
	}
	if (write_identify(req, 0, &u) < 0)
		return;
	if (req->method == M_DELETE) {
		rc = edit_delete(req->w->db, &u, r, key, write_if_match(req), &id, &st);
	} else {
		if (write_body_xml(req, &body, &doc, &errs) < 0)
			goto out;
		if ((rc = edit_from_xml(r, doc, &v, &errs)) == C2C_OK &&
		    (rc = edit_check(r, key == NULL, &v, &errs)) == C2C_OK)
			rc = edit_save(req->w->db, &u, r, key, &v, write_if_match(req), &id, tag, &errs, &st,
		    req->w->cfg->import_max_sources_per_city);
	}
	if (rc == C2C_OK && st == W_DONE && req->method == M_POST)
		created_item(req, r, id, tag);
	else
		write_answer(req, rc, st, &errs, tag);
out:
	edit_values_free(&v);
	xmlFreeDoc(doc);
	fe_free(&errs);
	buf_free(&body);
}

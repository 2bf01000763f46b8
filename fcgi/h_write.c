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

/* 201 with Location (the first value) and what was created. */
static void
created(struct c2c_req *req, const struct kpi_batch *b, const long long *ids)
{
	struct buf first = BUF_INIT, url = BUF_INIT;
	xmlNodePtr root = NULL, x;
	xmlDocPtr doc = write_created_doc(req, (long long)b->n, &root);
	size_t i;
	int ok = doc != NULL;

	for (i = 0; ok && i < b->n; i++) {
		buf_reset(&url);
		ok = buf_printf(&url, "%s%s/kpi-values/%lld", req->origin, req->base, ids[i]) == 0 &&
		    (x = xml_add(root, "kpi-value")) != NULL && xml_set_attr_int(x, "id", ids[i]) == 0 &&
		    xml_set_attr(x, "href", url.data) == 0 &&
		    (b->v[i].supersedes == 0 || xml_set_attr_int(x, "supersedes", b->v[i].supersedes) == 0) &&
		    (i > 0 || buf_puts(&first, url.data) == 0);
	}
	write_created_send(req, doc, ok, first.data, NULL);
	buf_free(&first);
	buf_free(&url);
}

void
h_kpi_values_post(struct c2c_req *req)
{
	struct write_ctx w;
	struct kpi_batch b = { NULL, 0, 0 };
	enum body_kind kind;
	long long *ids = NULL;
	enum c2c_err rc;

	if (write_start(req, &w, 0) < 0)
		return;
	if (w.u.role != ROLE_ADMIN && w.u.role != ROLE_EDITOR) {
		resp_error(req, 403, "this token may not write", NULL);
		goto out;
	}
	if (write_body(req, 1u << BODY_XML | 1u << BODY_CSV, &kind, &w.body) < 0)
		goto out;
	if (kind == BODY_CSV)
		rc = kpi_csv_parse(w.body.data, w.body.len, &b, &w.errs);
	else if (write_parse_xml(req, &w.body, &w.doc, &w.errs) < 0)
		goto out;
	else
		rc = kpi_xml_entries(w.doc, &b, &w.errs);
	if (rc == C2C_OK && fe_any(&w.errs))
		write_refused(req, W_INVALID, &w.errs);
	else if (rc == C2C_OK && (ids = calloc(b.n, sizeof(*ids))) == NULL)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else if (rc == C2C_OK &&
	    (rc = kpi_values_write(req->w->db, &w.u, &b, write_if_match(req), ids, &w.errs, &w.st)) == C2C_OK &&
	    w.st == W_DONE)
		created(req, &b, ids);
	else
		write_answer(req, rc, w.st, &w.errs, "");
out:
	free(ids);
	kpi_batch_free(&b);
	write_end(&w);
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
	struct buf url = BUF_INIT;

	if (buf_printf(&url, "%s%s/%s/%lld", req->origin, req->base, r->path, id) < 0)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else
		write_created_item(req, r->entity, id, url.data, tag);
	buf_free(&url);
}

void
h_resource_write(struct c2c_req *req)
{
	const struct edit_resource *r = resource_of(req);
	const char *key = req->route.arg[0] ? req->route.arg : NULL;   /* the router checked it */
	struct write_ctx w;
	long long id = 0;
	enum c2c_err rc;

	if (r == NULL) {
		resp_error(req, 404, "no such resource", NULL);
		return;
	}
	if (write_start(req, &w, 0) < 0)
		return;
	if (req->method == M_DELETE) {
		rc = edit_delete(req->w->db, &w.u, r, key, write_if_match(req), &id, &w.st);
	} else {
		if (write_body_xml(req, &w.body, &w.doc, &w.errs) < 0)
			goto out;
		if ((rc = edit_from_xml(r, w.doc, &w.v, &w.errs)) == C2C_OK &&
		    (rc = edit_check(r, key == NULL, &w.v, &w.errs)) == C2C_OK)
			rc = edit_save(req->w->db, &w.u, r, key, &w.v, write_if_match(req), &id, w.tag, &w.errs,
			    &w.st, req->w->cfg->import_max_sources_per_city);
	}
	if (rc == C2C_OK && w.st == W_DONE && req->method == M_POST)
		created_item(req, r, id, w.tag);
	else
		write_answer(req, rc, w.st, &w.errs, w.tag);
out:
	write_end(&w);
}

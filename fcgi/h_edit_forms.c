/* h_edit_forms.c: "/edit/<resource>" (a new item) and "/edit/<resource>/{key}" (an
 * existing one): the editing forms of city profiles, partnerships, agreements,
 * activities, KPI targets and calendar sources, for people signed in through the web
 * server.  The same pattern as /edit/kpi-values (h_edit.c): GET shows the form with a
 * CSRF token and, for an existing item, its current values and its tag (hidden field
 * "if-match", so that a form left open while someone else saved gets 409); POST checks
 * the token, then writes with the rules of the write API (lib/edit.c) and sends the
 * browser to the item's form again (303), or shows the form with every problem next to
 * its field (422, 403, 409), in English and Chinese.  Never cached.
 * The fields come from lib/edit.c's tables, so one stylesheet (conf/xslt/edit.xsl)
 * draws every form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "handlers.h"
#include "writes.h"
#include "xml.h"

static const char *const type_names[] = {
	[EF_TEXT] = "text", [EF_LINE] = "line", [EF_DATE] = "date", [EF_INT] = "int",
	[EF_DECIMAL] = "decimal", [EF_CHOICE] = "choice", [EF_FLAG] = "flag", [EF_URL] = "url",
	[EF_REF] = "ref", [EF_AREAS] = "areas", [EF_ZONE] = "zone",
};
_Static_assert(sizeof(type_names) / sizeof(type_names[0]) == EF_ZONE + 1, "type_names[] must cover enum edit_type");

/* The resource the route's row names (lib/pages.h). */
static const struct edit_resource *
form_resource(const struct c2c_req *req)
{
	return edit_resource(req->route.resource);
}

/* Builds and sends the form with this status.  v: the values to show (may hold NULLs);
 * tag: the item's tag for the hidden if-match field ("" for a new item). */
static void
show_form(struct c2c_req *req, const struct auth_user *u, const struct edit_resource *r,
    int status, const struct edit_values *v, const char *tag, const struct field_errors *errs)
{
	const char *key = req->route.arg[0] ? req->route.arg : NULL;
	xmlNodePtr root = NULL, n;
	xmlDocPtr doc = write_form_doc(req, u, status, "edit", &root);
	size_t i;
	enum c2c_err rc = C2C_ENOMEM;

	if (doc == NULL || xml_set_attr(root, "entity", r->entity) < 0 || xml_set_attr(root, "path", r->path) < 0 ||
	    (key && xml_set_attr(root, "key", key) < 0) ||
	    (r->delete_sql && key && xml_set_attr(root, "deletable", "1") < 0) ||
	    (tag[0] && xml_add_text(root, "if-match", tag) == NULL))
		goto fail;
	for (i = 0; i < r->nf; i++) {
		const struct edit_field *f = &r->f[i];
		const char *const *c;
		/* The parent of an existing item is fixed: shown, not offered. */
		if ((f->flags & EDIT_PARENT) && key != NULL && v->v[i] == NULL)
			continue;
		if ((n = xml_add(root, "field")) == NULL || xml_set_attr(n, "name", f->name) < 0 ||
		    xml_set_attr(n, "type", type_names[f->type]) < 0 ||
		    ((f->flags & EDIT_REQUIRED) && xml_set_attr(n, "required", "1") < 0) ||
		    ((f->flags & EDIT_PARENT) && key != NULL && xml_set_attr(n, "fixed", "1") < 0) ||
		    ((f->type == EF_TEXT || f->type == EF_LINE || f->type == EF_URL) &&
		    xml_set_attr_int(n, "max", f->max) < 0) ||
		    xml_set_attr(n, "label", f->label) < 0 ||
		    (f->vocab != NULL && xml_set_attr(n, "vocab", f->vocab) < 0) ||
		    (v->v[i] != NULL && xml_add_text(n, "value", v->v[i]) == NULL))
			goto fail;
		for (c = f->type == EF_CHOICE ? f->choices : NULL; c != NULL && *c != NULL; c++)
			if (xml_add_text(n, "choice", *c) == NULL)
				goto fail;
	}
	rc = C2C_OK;
fail:
	write_form_send(req, status, doc, rc, errs, NULL);
}

/* The index of r's parent field when it is a number (a plan's parts), or -1. */
static int
parent_field(const struct edit_resource *r)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if ((r->f[i].flags & EDIT_PARENT) && r->f[i].type == EF_INT)
			return (int)i;
	return -1;
}

/* GET: the item as it is, or an empty form (a partnership given by ?partnership=, an
 * editor's own city for a source). */
static void
form_get(struct c2c_req *req, const struct auth_user *u, const struct edit_resource *r)
{
	struct edit_values v;
	char tag[WRITE_TAG_MAX] = "";
	const char *key = req->route.arg[0] ? req->route.arg : NULL;
	enum c2c_err rc = C2C_OK;
	int i;

	memset(&v, 0, sizeof(v));
	if (key != NULL) {
		if ((rc = edit_load(req->w->db, r, key, &v)) == C2C_OK)
			rc = edit_tag(req->w->db, r, key, tag);
	} else if ((i = edit_field_index(r, "partnership")) >= 0 && req->params.v[P_PARTNERSHIP].set) {
		if ((v.v[i] = strdup(req->params.v[P_PARTNERSHIP].str)) == NULL)
			rc = C2C_ENOMEM;
	} else if (req->params.v[P_PARENT].set && (i = parent_field(r)) >= 0) {
		/* A new part of a Cooperation Plan: the item it belongs to (issue 18). */
		if ((v.v[i] = strdup(req->params.v[P_PARENT].str)) == NULL)
			rc = C2C_ENOMEM;
	} else if ((i = edit_field_index(r, "city")) >= 0 && u->city[0]) {
		if ((v.v[i] = strdup(u->city)) == NULL)
			rc = C2C_ENOMEM;
	}
	if (rc != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, "no such resource");
	else
		show_form(req, u, r, 200, &v, tag, NULL);
	edit_values_free(&v);
}

void
h_edit_form(struct c2c_req *req)
{
	const struct edit_resource *r = form_resource(req);
	const char *key = req->route.arg[0] ? req->route.arg : NULL;
	struct write_ctx w;
	char path[200];
	long long id = 0;
	int status;
	enum c2c_err rc;

	if (r == NULL || (key == NULL && !r->can_create)) {
		resp_error(req, 404, "no such resource", NULL);
		return;
	}
	if ((status = write_form_start(req, &w, r)) == 200) {
		form_get(req, &w.u, r);
		status = 0;
	/* Before anything else: a post this site's form did not make for this user is
	 * refused whole (cross-site request forgery). */
	} else if (status == 0 && !write_csrf_ok(req, &w.u, w.csrf, &w.errs))
		status = 403;
	else if (status == 0) {
		/* The tag the form was made with is the If-Match of the write. */
		if (w.del && key != NULL)
			rc = edit_delete(req->w->db, &w.u, r, key, write_form_cond(&w), &id, &w.st);
		else if ((rc = edit_check(r, key == NULL, &w.v, &w.errs)) == C2C_OK)
			rc = edit_save(req->w->db, &w.u, r, key, &w.v, write_form_cond(&w), &id, w.tag, &w.errs,
			    &w.st, req->w->cfg->import_max_sources_per_city);
		/* Post/redirect/get: to the item's form, with its new values and tag (a deleted
		 * item: to its list).  Cities are named by slug, everything else by id. */
		if (w.del)
			snprintf(path, sizeof(path), "/%s", r->path);
		else if (strcmp(r->entity, "city") == 0 && key != NULL && key[0] != '\0')
			snprintf(path, sizeof(path), "/edit/%s/%s", r->path, key);
		else
			snprintf(path, sizeof(path), "/edit/%s/%lld", r->path, id);
		status = write_form_result(req, &w, rc, "no such resource", path, NULL);
	}
	if (status > 0)
		show_form(req, &w.u, r, status, &w.v, w.if_match, &w.errs);
	write_end(&w);
}

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
	struct buf action = BUF_INIT;
	const char *key = req->route.arg[0] ? req->route.arg : NULL;
	xmlNodePtr root, n;
	xmlDocPtr doc = xml_doc_new("edit", &root);
	size_t i;
	enum c2c_err rc = C2C_ENOMEM;

	if (doc == NULL || buf_printf(&action, "%s/edit/%s%s%s%s", req->base, r->path, key ? "/" : "",
	    key ? key : "", write_lang_query(req)) < 0 ||
	    write_form_root(req, root, u, action.data, status) < 0 ||
	    xml_set_attr(root, "entity", r->entity) < 0 || xml_set_attr(root, "path", r->path) < 0 ||
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
	write_form_page(req, status, doc, "edit", errs);
	goto out;
fail:
	write_fail(req, rc);
out:
	xmlFreeDoc(doc);
	buf_free(&action);
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
	if (rc == C2C_ENOTFOUND)
		write_error(req, 404, "no such resource", NULL, NULL);
	else if (rc != C2C_OK)
		write_fail(req, rc);
	else
		show_form(req, u, r, 200, &v, tag, NULL);
	edit_values_free(&v);
}

void
h_edit_form(struct c2c_req *req)
{
	const struct edit_resource *r = form_resource(req);
	const char *key = req->route.arg[0] ? req->route.arg : NULL;
	struct auth_user u;
	struct buf body = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char csrf[AUTH_CSRF_MAX + 1], if_match[WRITE_TAG_MAX + 2] = "", tag[WRITE_TAG_MAX] = "";
	char quoted[WRITE_TAG_MAX + 4];
	const char *cond;
	enum body_kind kind;
	enum write_status st;
	long long id = 0;
	int del = 0;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	if (r == NULL || (key == NULL && !r->can_create)) {
		write_error(req, 404, "no such resource", NULL, NULL);
		return;
	}
	if (write_identify(req, 1, &u) < 0)
		return;
	if (req->method == M_GET || req->method == M_HEAD) {
		form_get(req, &u, r);
		return;
	}
	if (write_body(req, 1u << BODY_FORM, &kind, &body) < 0)
		goto out;
	if ((rc = edit_from_form(r, body.data, body.len, &v, &errs, csrf, sizeof(csrf), if_match,
	    sizeof(if_match), &del)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	/* Before anything else: a post this site's form did not make for this user is
	 * refused whole (cross-site request forgery). */
	if (!write_csrf_ok(req, &u, csrf, &errs)) {
		show_form(req, &u, r, 403, &v, if_match, &errs);
		goto out;
	}
	/* The tag the form was made with is the If-Match of the write. */
	cond = write_form_if_match(if_match, quoted, sizeof(quoted));
	if (del && key != NULL)
		rc = edit_delete(req->w->db, &u, r, key, cond, &id, &st);
	else if ((rc = edit_check(r, key == NULL, &v, &errs)) == C2C_OK)
		rc = edit_save(req->w->db, &u, r, key, &v, cond, &id, tag, &errs, &st,
		    req->w->cfg->import_max_sources_per_city);
	if (rc != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (st != W_DONE) {
		if (st == W_NOTFOUND)
			write_error(req, 404, "no such resource", NULL, NULL);
		else
			show_form(req, &u, r, write_form_status(st), &v, if_match, &errs);
		goto out;
	}
	/* Post/redirect/get: to the item's form, with its new values and tag (a deleted
	 * item: to its list). */
	{
		char item[80], path[200];
		/* Cities are named by slug, everything else by id. */
		snprintf(item, sizeof(item), "%s", strcmp(r->entity, "city") == 0 ? key : "");
		if (item[0] == '\0')
			snprintf(item, sizeof(item), "%lld", id);
		if (del)
			snprintf(path, sizeof(path), "/%s", r->path);
		else
			snprintf(path, sizeof(path), "/edit/%s/%s", r->path, item);
		write_see_other(req, path);
	}
out:
	edit_values_free(&v);
	fe_free(&errs);
	buf_free(&body);
}

/* h_guide.c: the guide and the step tracker (issue 18; lib/guide.h).
 *   /guide, /guide/steps/{n}                      the report's guidelines (HTML, XML)
 *   /partnerships/{id}/tracker, /cities/{slug}/tracker
 *                                                 the tracker (HTML, XML); POST: the
 *                                                 write API (XML body, bearer token)
 *   /edit/partnerships/{id}/tracker, /edit/cities/{slug}/tracker
 *                                                 the tracker with its editing forms
 *                                                 (signed in through the web server;
 *                                                 CSRF token, If-Match in a hidden
 *                                                 field; post/redirect/get)
 * Thin: identity and body here, the rules and the writing in lib/tracker.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "handlers.h"
#include "writes.h"
#include "xml.h"
#include "xmlin.h"


static int
is_city(const struct c2c_req *req)
{
	return req->route.page == PAGE_CITY_TRACKER || req->route.page == PAGE_EDIT_CITY_TRACKER;
}

enum c2c_err
h_guide(struct c2c_req *req, xmlNodePtr root)
{
	return guide_model(req->w->db, req->lang, root);
}

enum c2c_err
h_guide_step(struct c2c_req *req, xmlNodePtr root)
{
	return guide_step_model(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

enum c2c_err
h_tracker(struct c2c_req *req, xmlNodePtr root)
{
	if (is_city(req))
		return tracker_model_city(req->w->db, req->route.arg, req->lang, 0, root);
	return tracker_model_partnership(req->w->db, strtoll(req->route.arg, NULL, 10), req->lang, 0, root);
}

/* The owner's own tag: the tracker is written against it (If-Match). */
enum c2c_err
h_tracker_tag(struct c2c_req *req, char *out)
{
	return edit_tag(req->w->db, edit_resource(is_city(req) ? "cities" : "partnerships"), req->route.arg, out);
}

/* Sets or moves; *st and errs say how it went, tag the owner's new tag. */
static enum c2c_err
apply(struct c2c_req *req, const struct auth_user *u, int move, struct edit_values *v,
    const char *if_match, char *tag, struct field_errors *errs, enum write_status *st)
{
	long long pid = is_city(req) ? 0 : strtoll(req->route.arg, NULL, 10);
	enum c2c_err rc;

	if (move && pid == 0) {   /* a city alone has no current step */
		fe_add(errs, 0, "to-step", FE_UNKNOWN_FIELD, NULL);
		*st = W_INVALID;
		return C2C_OK;
	}
	if ((rc = edit_check(move ? &tracker_move_resource : &tracker_set_resource, 0, v, errs)) != C2C_OK)
		return rc;
	return move ? tracker_move(req->w->db, u, pid, v, if_match, tag, errs, st) :
	    tracker_set(req->w->db, u, pid, pid ? NULL : req->route.arg, v, if_match, tag, errs, st);
}

void
h_tracker_write(struct c2c_req *req)
{
	struct auth_user u;
	struct buf body = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char tag[WRITE_TAG_MAX] = "";
	enum write_status st = W_INVALID;
	xmlDocPtr doc = NULL;
	int move;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	if (write_identify(req, 0, &u) < 0)
		return;
	if (write_body_xml(req, &body, &doc, &errs) < 0)
		goto out;
	/* The schema let through one of the input documents; only two are for here. */
	move = strcmp((const char *)xmlDocGetRootElement(doc)->name, "step-move") == 0;
	if (!move && strcmp((const char *)xmlDocGetRootElement(doc)->name, "tracker-set") != 0) {
		fe_add(&errs, 1, (const char *)xmlDocGetRootElement(doc)->name, FE_SCHEMA, NULL);
		write_refused(req, W_INVALID, &errs);
		goto out;
	}
	if ((rc = edit_from_xml(move ? &tracker_move_resource : &tracker_set_resource, doc, &v, &errs)) == C2C_OK)
		rc = apply(req, &u, move, &v, write_if_match(req), tag, &errs, &st);
	write_answer(req, rc, st, &errs, tag);
out:
	edit_values_free(&v);
	xmlFreeDoc(doc);
	fe_free(&errs);
	buf_free(&body);
}

/* The tracker page with its forms, for an editor who may write it. */
static void
show_page(struct c2c_req *req, const struct auth_user *u, int status, const struct field_errors *errs)
{
	struct buf self = BUF_INIT;
	char tag[WRITE_TAG_MAX] = "";
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("tracker", &root);
	enum c2c_err rc = C2C_ENOMEM;

	if (doc == NULL || buf_printf(&self, "%s/edit/%s/%s/tracker%s", req->base,
	    is_city(req) ? "cities" : "partnerships", req->route.arg, write_lang_query(req)) < 0 ||
	    write_form_root(req, root, u, self.data, status) < 0 || xml_set_attr(root, "editing", "1") < 0)
		goto fail;
	if ((rc = h_tracker_tag(req, tag)) != C2C_OK || xml_add_text(root, "if-match", tag) == NULL)
		goto fail;
	rc = is_city(req) ? tracker_model_city(req->w->db, req->route.arg, req->lang, 1, root) :
	    tracker_model_partnership(req->w->db, strtoll(req->route.arg, NULL, 10), req->lang, 1, root);
	if (rc != C2C_OK)
		goto fail;
	write_form_page(req, status, doc, "tracker", errs);
	goto out;
fail:
	write_fail_404(req, rc, "no such resource");
out:
	xmlFreeDoc(doc);
	buf_free(&self);
}

/* Whether u may write this tracker: 0 yes, -1 after answering (404, 403). */
static int
may_write(struct c2c_req *req, const struct auth_user *u)
{
	int may = 0;
	enum c2c_err rc;

	if (!is_city(req))
		rc = auth_may_partnership(req->w->db, u, strtoll(req->route.arg, NULL, 10), &may);
	else
		rc = auth_may_city_slug(req->w->db, u, req->route.arg, &may);
	if (rc == C2C_ENOTFOUND) {
		write_error(req, 404, "no such resource", NULL, NULL);
		return -1;
	}
	if (rc != C2C_OK) {
		write_fail(req, rc);
		return -1;
	}
	if (!may || (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)) {
		write_error(req, 403, "the tracker's forms are for the editors of its cities; "
		    "the public tracker is at the same address without /edit", NULL, NULL);
		return -1;
	}
	return 0;
}

void
h_edit_tracker(struct c2c_req *req)
{
	struct auth_user u;
	struct buf body = BUF_INIT, where = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char csrf[AUTH_CSRF_MAX + 1], if_match[WRITE_TAG_MAX + 2] = "", tag[WRITE_TAG_MAX] = "";
	char quoted[WRITE_TAG_MAX + 4];
	enum body_kind kind;
	enum write_status st = W_INVALID;
	int del = 0, move;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	if (write_identify(req, 1, &u) < 0)
		return;
	if (req->method == M_GET || req->method == M_HEAD) {
		if (may_write(req, &u) == 0)
			show_page(req, &u, 200, NULL);
		return;
	}
	if (write_body(req, 1u << BODY_FORM, &kind, &body) < 0)
		goto out;
	/* Two forms post here: moving the step names "to-step", setting an element does not. */
	move = strncmp(body.data, "to-step=", 8) == 0 || strstr(body.data, "&to-step=") != NULL;
	if ((rc = edit_from_form(move ? &tracker_move_resource : &tracker_set_resource, body.data, body.len,
	    &v, &errs, csrf, sizeof(csrf), if_match, sizeof(if_match), &del)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (!write_csrf_ok(req, &u, csrf, &errs)) {
		if (may_write(req, &u) == 0)
			show_page(req, &u, 403, &errs);
		goto out;
	}
	if (del)
		fe_add(&errs, 0, "delete", FE_UNKNOWN_FIELD, NULL);
	if ((rc = apply(req, &u, move, &v, write_form_if_match(if_match, quoted, sizeof(quoted)), tag, &errs,
	    &st)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (st == W_NOTFOUND) {
		write_error(req, 404, "no such resource", NULL, NULL);
		goto out;
	}
	if (st != W_DONE) {
		if (st == W_FORBIDDEN)
			write_error(req, 403, "the tracker is written by the editors of its cities", &errs, NULL);
		else
			show_page(req, &u, write_form_status(st), &errs);
		goto out;
	}
	if (buf_printf(&where, "/edit/%s/%s/tracker", is_city(req) ? "cities" : "partnerships",
	    req->route.arg) < 0)
		write_fail(req, C2C_ENOMEM);
	else
		write_see_other(req, where.data);
out:
	edit_values_free(&v);
	fe_free(&errs);
	buf_free(&body);
	buf_free(&where);
}

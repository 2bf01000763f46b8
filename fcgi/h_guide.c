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
	struct write_ctx w;
	const char *root;
	int move;
	enum c2c_err rc;

	if (write_start(req, &w, 0) < 0)
		return;
	if (write_body_xml(req, &w.body, &w.doc, &w.errs) < 0)
		goto out;
	/* The schema let through one of the input documents; only two are for here. */
	root = (const char *)xmlDocGetRootElement(w.doc)->name;
	move = strcmp(root, "step-move") == 0;
	if (!move && strcmp(root, "tracker-set") != 0) {
		fe_add(&w.errs, 1, root, FE_SCHEMA, NULL);
		write_refused(req, W_INVALID, &w.errs);
		goto out;
	}
	if ((rc = edit_from_xml(move ? &tracker_move_resource : &tracker_set_resource, w.doc, &w.v,
	    &w.errs)) == C2C_OK)
		rc = apply(req, &w.u, move, &w.v, write_if_match(req), w.tag, &w.errs, &w.st);
	write_answer(req, rc, w.st, &w.errs, w.tag);
out:
	write_end(&w);
}

/* The tracker page with its forms, for an editor who may write it. */
static void
show_page(struct c2c_req *req, const struct auth_user *u, int status, const struct field_errors *errs)
{
	char tag[WRITE_TAG_MAX] = "";
	xmlNodePtr root = NULL;
	xmlDocPtr doc = write_form_doc(req, u, status, "tracker", &root);
	enum c2c_err rc = C2C_ENOMEM;

	if (doc != NULL && xml_set_attr(root, "editing", "1") == 0 && (rc = h_tracker_tag(req, tag)) == C2C_OK)
		rc = xml_add_text(root, "if-match", tag) == NULL ? C2C_ENOMEM : is_city(req) ?
		    tracker_model_city(req->w->db, req->route.arg, req->lang, 1, root) :
		    tracker_model_partnership(req->w->db, strtoll(req->route.arg, NULL, 10), req->lang, 1, root);
	write_form_send(req, status, doc, rc, errs, "no such resource");
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
		resp_error(req, 404, "no such resource", NULL);
		return -1;
	}
	if (rc != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		return -1;
	}
	if (!may || (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)) {
		resp_error(req, 403, "the tracker's forms are for the editors of its cities; "
		    "the public tracker is at the same address without /edit", NULL);
		return -1;
	}
	return 0;
}

void
h_edit_tracker(struct c2c_req *req)
{
	struct write_ctx w;
	int move, status;
	enum c2c_err rc;

	if ((status = write_form_start(req, &w, NULL)) != 0) {
		if (status == 200 && may_write(req, &w.u) == 0)
			show_page(req, &w.u, 200, NULL);
		goto out;
	}
	/* Two forms post here: moving the step names "to-step", setting an element does not. */
	move = strncmp(w.body.data, "to-step=", 8) == 0 || strstr(w.body.data, "&to-step=") != NULL;
	if ((rc = edit_from_form(move ? &tracker_move_resource : &tracker_set_resource, w.body.data,
	    w.body.len, &w.v, &w.errs, w.csrf, sizeof(w.csrf), w.if_match, sizeof(w.if_match),
	    &w.del)) != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		goto out;
	}
	if (!write_csrf_ok(req, &w.u, w.csrf, &w.errs)) {
		if (may_write(req, &w.u) == 0)
			show_page(req, &w.u, 403, &w.errs);
		goto out;
	}
	if (w.del)
		fe_add(&w.errs, 0, "delete", FE_UNKNOWN_FIELD, NULL);
	rc = apply(req, &w.u, move, &w.v, write_form_cond(&w), w.tag, &w.errs, &w.st);
	if (rc == C2C_OK && w.st == W_FORBIDDEN) {
		const struct err_doc d = { 0, NULL, &w.errs, NULL };
		resp_error(req, 403, "the tracker is written by the editors of its cities", &d);
	} else if ((status = write_form_result(req, &w, rc, "no such resource", req->route.path, NULL)) > 0)
		show_page(req, &w.u, status, &w.errs);
out:
	write_end(&w);
}

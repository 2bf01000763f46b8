/* h_plans.c: Cooperation Plans (issue 18; lib/plan.h).  Pages: "/partnerships/{id}/plans"
 * (the versions), "/plans/{id}" (one version; its print view "/plans/{id}/print"),
 * "/plans/{id}/compare?with=N".  Steps of a version: "POST /plans/{id}/steps" (API, XML)
 * and the form "/edit/plans/{id}/steps" (GET, POST; CSRF as every form).  The content of
 * a version is written as the resources of lib/edit_plans.c (h_write.c, h_edit_forms.c).
 * Thin: parameters and bodies here, the rules in lib/plan_write.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "plan.h"
#include "writes.h"
#include "xml.h"
#include "xmlin.h"

enum c2c_err
h_plans(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_plans(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

enum c2c_err
h_plan(struct c2c_req *req, xmlNodePtr root)
{
	return model_plan(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

enum c2c_err
h_plan_compare(struct c2c_req *req, xmlNodePtr root)
{
	if (!req->params.v[P_WITH].set) {
		req->bad_param = "with";
		snprintf(req->bad_msg, sizeof(req->bad_msg),
		    "parameter 'with': the number of the version to compare with is required");
		return C2C_EINVAL;
	}
	return model_plan_compare(req->w->db, strtoll(req->route.arg, NULL, 10),
	    req->params.v[P_WITH].num, root);
}

/* The step's fields out of v (the resource of plan_step_resource). */
static const char *
step_value(const struct edit_values *v, const char *name)
{
	int i = edit_field_index(plan_step_resource(), name);

	return i >= 0 ? v->v[i] : NULL;
}

void
h_plan_step(struct c2c_req *req)
{
	const struct edit_resource *r = plan_step_resource();
	struct write_ctx w;
	struct buf h = BUF_INIT;
	long long id = 0;
	enum c2c_err rc;

	if (write_start(req, &w, 0) < 0)
		return;
	if (write_body_xml(req, &w.body, &w.doc, &w.errs) < 0)
		goto out;
	/* The schema let through one of the input documents; only this one is for here. */
	if (xmlStrcmp(xmlDocGetRootElement(w.doc)->name, BAD_CAST "plan-step") != 0) {
		fe_add(&w.errs, 0, "plan-step", FE_SCHEMA, NULL);
		write_refused(req, W_INVALID, &w.errs);
		goto out;
	}
	if ((rc = edit_from_xml(r, w.doc, &w.v, &w.errs)) == C2C_OK)
		rc = edit_check(r, 0, &w.v, &w.errs);
	if (rc == C2C_OK && fe_any(&w.errs))
		write_refused(req, W_INVALID, &w.errs);
	else if (rc != C2C_OK || (rc = plan_step(req->w->db, &w.u, strtoll(req->route.arg, NULL, 10),
	    step_value(&w.v, "action"), step_value(&w.v, "decision"), step_value(&w.v, "review"),
	    write_if_match(req), &id, w.tag, &w.errs, &w.st)) != C2C_OK || w.st != W_DONE ||
	    strcmp(step_value(&w.v, "action"), "next") != 0)
		write_answer(req, rc, w.st, &w.errs, w.tag);
	/* A new version: 201 with its address. */
	else if (buf_printf(&h, "Location: %s%s/plans/%lld\r\nETag: \"%s\"\r\nCache-Control: no-store\r\n",
	    req->origin, req->base, id, w.tag) < 0)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else
		resp_send(req, 201, NULL, h.data, NULL);
out:
	write_end(&w);
	buf_free(&h);
}

/* The steps form: the version as its page shows it, the user, a CSRF token and the
 * plan's tag (if-match), with errs under the root. */
static void
steps_form(struct c2c_req *req, const struct auth_user *u, long long id, int status,
    const struct field_errors *errs)
{
	char tag[WRITE_TAG_MAX] = "", key[24];
	xmlNodePtr root = NULL, n;
	xmlDocPtr doc = write_form_doc(req, u, status, "plan-steps", &root);
	enum c2c_err rc = C2C_ENOMEM;

	snprintf(key, sizeof(key), "%lld", id);
	if (doc != NULL && (n = xml_add(root, "plan")) != NULL &&
	    (rc = model_plan(req->w->db, id, n)) == C2C_OK &&
	    (rc = edit_tag(req->w->db, edit_resource("plans"), key, tag)) == C2C_OK &&
	    xml_add_text(root, "if-match", tag) == NULL)
		rc = C2C_ENOMEM;
	write_form_send(req, status, doc, rc, errs, "no such plan");
}

void
h_edit_plan_steps(struct c2c_req *req)
{
	const struct edit_resource *r = plan_step_resource();
	long long id = strtoll(req->route.arg, NULL, 10), nid = 0;
	struct write_ctx w;
	char where[64];
	int status;
	enum c2c_err rc;

	if ((status = write_form_start(req, &w, r)) != 0)
		;   /* a GET (status 200), or answered */
	/* Before anything else: a post this site's form did not make for this user. */
	else if (!write_csrf_ok(req, &w.u, w.csrf, &w.errs))
		status = 403;
	else if ((rc = edit_check(r, 0, &w.v, &w.errs)) != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	else if (fe_any(&w.errs))
		status = 422;
	else {
		rc = plan_step(req->w->db, &w.u, id, step_value(&w.v, "action"), step_value(&w.v, "decision"),
		    step_value(&w.v, "review"), write_form_cond(&w), &nid, w.tag, &w.errs, &w.st);
		/* Post/redirect/get: to the steps of the version (a new one: its own). */
		snprintf(where, sizeof(where), "/edit/plans/%lld/steps", nid);
		status = write_form_result(req, &w, rc, "no such plan", where, NULL);
	}
	if (status > 0)
		steps_form(req, &w.u, id, status, &w.errs);
	write_end(&w);
}

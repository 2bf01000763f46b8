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
	struct auth_user u;
	struct buf body = BUF_INIT, h = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char tag[WRITE_TAG_MAX] = "";
	enum body_kind kind;
	enum write_status st;
	xmlDocPtr doc = NULL;
	long long id = 0;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	if (write_identify(req, 0, &u) < 0)
		return;
	if (write_body(req, 1u << BODY_XML, &kind, &body) < 0)
		goto out;
	if (req->w->input == NULL) {
		write_error(req, 500, "the schema of request bodies is not loaded (schema_file)", NULL, NULL);
		goto out;
	}
	if ((rc = xmlin_parse(req->w->input, body.data, body.len, &doc, &errs)) == C2C_EINVAL ||
	    (rc == C2C_OK && xmlStrcmp(xmlDocGetRootElement(doc)->name, BAD_CAST "plan-step") != 0)) {
		if (!fe_any(&errs))
			fe_add(&errs, 0, "plan-step", FE_SCHEMA, NULL);
		write_refused(req, W_INVALID, &errs);
		goto out;
	}
	if (rc == C2C_OK && (rc = edit_from_xml(r, doc, &v, &errs)) == C2C_OK)
		rc = edit_check(r, 0, &v, &errs);
	if (rc != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (fe_any(&errs)) {
		write_refused(req, W_INVALID, &errs);
		goto out;
	}
	if ((rc = plan_step(req->w->db, &u, strtoll(req->route.arg, NULL, 10), step_value(&v, "action"),
	    step_value(&v, "decision"), step_value(&v, "review"), write_if_match(req), &id, tag, &errs, &st)) != C2C_OK)
		write_fail(req, rc);
	else if (st != W_DONE)
		write_refused(req, st, &errs);
	else if (strcmp(step_value(&v, "action"), "next") == 0) {
		/* A new version: 201 with its address. */
		if (buf_printf(&h, "Location: %s%s/plans/%lld\r\nETag: \"%s\"\r\nCache-Control: no-store\r\n",
		    req->origin, req->base, id, tag) < 0)
			write_fail(req, C2C_ENOMEM);
		else
			resp_send(req, 201, NULL, h.data, NULL);
	} else {
		buf_printf(&h, "ETag: \"%s\"\r\nCache-Control: no-store\r\n", tag);
		resp_send(req, 204, NULL, h.data, NULL);
	}
out:
	edit_values_free(&v);
	xmlFreeDoc(doc);
	fe_free(&errs);
	buf_free(&body);
	buf_free(&h);
}

/* The steps form: the version as its page shows it, the user, a CSRF token and the
 * plan's tag (if-match), with errs under the root. */
static void
steps_form(struct c2c_req *req, const struct auth_user *u, long long id, int status,
    const struct field_errors *errs)
{
	char tag[WRITE_TAG_MAX] = "", key[24];
	struct buf self = BUF_INIT;
	xmlNodePtr root, n;
	xmlDocPtr doc = xml_doc_new("plan-steps", &root);
	enum c2c_err rc = C2C_ENOMEM;

	snprintf(key, sizeof(key), "%lld", id);
	/* self: the page's address, for the language links and the language of the posts. */
	if (doc == NULL ||
	    buf_printf(&self, "%s/edit/plans/%lld/steps%s", req->base, id, write_lang_query(req)) < 0 ||
	    write_form_root(req, root, u, self.data, status) < 0 || (n = xml_add(root, "plan")) == NULL)
		goto fail;
	if ((rc = model_plan(req->w->db, id, n)) == C2C_ENOTFOUND) {
		write_error(req, 404, "no such plan", NULL, NULL);
		goto out;
	}
	if (rc != C2C_OK || (rc = edit_tag(req->w->db, edit_resource("plans"), key, tag)) != C2C_OK)
		goto fail;
	rc = C2C_ENOMEM;
	if (xml_add_text(root, "if-match", tag) == NULL)
		goto fail;
	write_form_page(req, status, doc, "plan-steps", errs);
	goto out;
fail:
	write_fail(req, rc);
out:
	buf_free(&self);
	xmlFreeDoc(doc);
}

void
h_edit_plan_steps(struct c2c_req *req)
{
	const struct edit_resource *r = plan_step_resource();
	long long id = strtoll(req->route.arg, NULL, 10), nid = 0;
	struct auth_user u;
	struct buf body = BUF_INIT, where = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct edit_values v;
	char csrf[AUTH_CSRF_MAX + 1], if_match[WRITE_TAG_MAX + 2] = "", tag[WRITE_TAG_MAX];
	char quoted[WRITE_TAG_MAX + 4];
	enum body_kind kind;
	enum write_status st;
	int del = 0;
	enum c2c_err rc;

	memset(&v, 0, sizeof(v));
	if (write_identify(req, 1, &u) < 0)
		return;
	if (req->method == M_GET || req->method == M_HEAD) {
		steps_form(req, &u, id, 200, NULL);
		return;
	}
	if (write_body(req, 1u << BODY_FORM, &kind, &body) < 0)
		goto out;
	if ((rc = edit_from_form(r, body.data, body.len, &v, &errs, csrf, sizeof(csrf), if_match,
	    sizeof(if_match), &del)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	/* Before anything else: a post this site's form did not make for this user. */
	if (!write_csrf_ok(req, &u, csrf, &errs)) {
		steps_form(req, &u, id, 403, &errs);
		goto out;
	}
	if ((rc = edit_check(r, 0, &v, &errs)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (fe_any(&errs)) {
		steps_form(req, &u, id, 422, &errs);
		goto out;
	}
	snprintf(quoted, sizeof(quoted), "\"%s\"", if_match);
	if ((rc = plan_step(req->w->db, &u, id, step_value(&v, "action"), step_value(&v, "decision"),
	    step_value(&v, "review"), if_match[0] ? quoted : NULL, &nid, tag, &errs, &st)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (st == W_NOTFOUND) {
		write_error(req, 404, "no such plan", NULL, NULL);
		goto out;
	}
	if (st != W_DONE) {
		steps_form(req, &u, id, st == W_FORBIDDEN ? 403 : st == W_CONFLICT ? 409 : 422, &errs);
		goto out;
	}
	/* Post/redirect/get: to the steps of the version (a new one: its own). */
	if (buf_printf(&where, "Location: %s%s/edit/plans/%lld/steps%s\r\nCache-Control: no-store\r\n",
	    req->origin, req->base, nid, strcmp(req->lang, "zh") == 0 ? "?lang=zh" : "") < 0)
		write_fail(req, C2C_ENOMEM);
	else
		resp_send(req, 303, NULL, where.data, NULL);
out:
	edit_values_free(&v);
	fe_free(&errs);
	buf_free(&body);
	buf_free(&where);
}

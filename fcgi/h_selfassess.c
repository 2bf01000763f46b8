/* h_selfassess.c: a city's self-assessment (issue 19).
 *   /cities/{slug}/self-assessment[.xml]               the latest version, public: the
 *       questions, the answers but the private ones, readiness per step with the report's
 *       advice, and the versions;
 *   /cities/{slug}/self-assessment/versions/{n}[.xml]  an earlier version, the same way;
 *   POST /cities/{slug}/self-assessment               the write API: a new version from an
 *       XML body (<self-assessment-answers>), with a bearer token, If-Match the tag of
 *       the latest version (GET's ETag carries it); 201 with the version's Location;
 *   /edit/cities/{slug}/self-assessment                the form, for the city's editors and
 *       admins (with the private answers): GET shows it with a CSRF token and the tag of
 *       the latest version (hidden field "if-match", so that a form left open while
 *       someone else submitted gets 409); POST stores a new version (lib/selfassess*.c)
 *       and sends the browser back to the form (303), or shows the form with every
 *       problem next to its question (422, 403, 409).  Never cached.
 * Both pages draw with conf/xslt/self-assessment.xsl (the form when <csrf> is there).
 * Thin: the rules and the SQL are in lib/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "selfassess.h"
#include "writes.h"
#include "xml.h"
#include "xmlin.h"

/* The city's slug and the version a public route names.  The router keeps one variable
 * segment (the last: the version's number), so the slug is read from the matched path,
 * "/cities/<slug>/self-assessment[/versions/<n>]", whose segments it checked. */
static void
route_city(const struct c2c_req *req, char *slug, size_t max, int *n)
{
	const char *p = req->route.path + strlen("/cities/");
	size_t l = strcspn(p, "/");

	snprintf(slug, max, "%.*s", (int)l, p);
	*n = strstr(p + l, "/versions/") != NULL ? atoi(req->route.arg) : 0;
}

/* The page's document under root: the city, the version n (0: the latest) with its
 * answers, readiness, advice, and the versions.  C2C_ENOTFOUND: no such city or version. */
static enum c2c_err
fill(struct c2c_req *req, xmlNodePtr root, const char *slug, int n, int with_private,
    struct sa_answers *a)
{
	struct sa_form f;
	long long city = 0;
	enum c2c_err rc;
	int want = n;

	memset(&f, 0, sizeof(f));
	if ((rc = sa_city(req->w->db, slug, root, &city)) == C2C_OK &&
	    (rc = sa_load_form(req->w->db, &f)) == C2C_OK &&
	    (rc = sa_load_version(req->w->db, &f, city, &n, a, root, with_private)) == C2C_OK &&
	    (rc = sa_versions_xml(req->w->db, city, root)) == C2C_OK) {
		if ((n > 0 && xml_set_attr_int(root, "version", n) < 0) ||
		    (want > 0 && xml_set_attr(root, "earlier", "1") < 0) ||
		    sa_to_xml(root, &f, a, with_private) < 0)
			rc = C2C_ENOMEM;
	}
	sa_form_free(&f);
	return rc;
}

enum c2c_err
h_self_assessment(struct c2c_req *req, xmlNodePtr root)
{
	struct sa_answers a;
	char slug[ROUTE_ARG_MAX + 1];
	enum c2c_err rc;
	int n;

	memset(&a, 0, sizeof(a));
	route_city(req, slug, sizeof(slug), &n);
	rc = fill(req, root, slug, n, 0, &a);
	sa_answers_free(&a);
	return rc;
}

/* The form with this status: posted answers (a, may be NULL: the latest version's) and
 * their problems. */
static void
show_form(struct c2c_req *req, const struct auth_user *u, int status, const char *slug,
    const struct sa_answers *posted, const struct field_errors *errs)
{
	struct sa_answers a;
	char tag[WRITE_TAG_MAX];
	xmlNodePtr root = NULL;
	xmlDocPtr doc = write_form_doc(req, u, status, "self-assessment", &root);
	long long city = 0;
	enum c2c_err rc = C2C_ENOMEM;

	memset(&a, 0, sizeof(a));
	if (doc == NULL)
		goto fail;
	if ((rc = fill(req, root, slug, 0, 1, &a)) != C2C_OK)
		goto fail;
	/* What was posted replaces what is stored: the questions are shown again with it. */
	if (posted != NULL) {
		xmlNodePtr q;
		for (q = root->children; q != NULL; q = q->next)
			if (q->type == XML_ELEMENT_NODE && xmlStrcmp(q->name, BAD_CAST "step") == 0)
				break;
		while (q != NULL) {
			xmlNodePtr next = q->next;
			if (q->type == XML_ELEMENT_NODE && xmlStrcmp(q->name, BAD_CAST "step") == 0) {
				xmlUnlinkNode(q);
				xmlFreeNode(q);
			}
			q = next;
		}
		rc = C2C_ENOMEM;
		{
			struct sa_form f;
			int bad;
			memset(&f, 0, sizeof(f));
			if ((rc = sa_load_form(req->w->db, &f)) != C2C_OK)
				goto fail;
			bad = sa_to_xml(root, &f, posted, 1) < 0;
			sa_form_free(&f);
			if (bad) {
				rc = C2C_ENOMEM;
				goto fail;
			}
		}
	}
	if ((rc = sa_city(req->w->db, slug, NULL, &city)) != C2C_OK ||
	    (rc = sa_tag(req->w->db, city, tag)) != C2C_OK)
		goto fail;
	if (xml_add_text(root, "if-match", tag) == NULL)
		rc = C2C_ENOMEM;
fail:
	write_form_send(req, status, doc, rc, errs, "no such city");
	sa_answers_free(&a);
}

void
h_edit_self_assessment(struct c2c_req *req)
{
	const char *slug = req->route.arg;
	struct write_ctx w;
	struct sa_answers a;
	struct sa_form f;
	long long city = 0;
	enum c2c_err rc;
	int n = 0, k, status = 0;

	memset(&a, 0, sizeof(a));
	memset(&f, 0, sizeof(f));
	if ((k = write_start(req, &w, 1)) < 0)
		return;
	/* The form holds the private answers: only those who may write see it. */
	if ((rc = sa_city(req->w->db, slug, NULL, &city)) != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, "no such city");
	else if ((w.u.role != ROLE_ADMIN && w.u.role != ROLE_EDITOR) || !auth_may_city(&w.u, city)) {
		fe_add(&w.errs, 0, "city", FE_SCOPE, NULL);
		write_refused(req, W_FORBIDDEN, &w.errs);
	} else if (k == 1)
		show_form(req, &w.u, 200, slug, NULL, NULL);
	else if (write_form_body(req, &w) == 0) {
		if ((rc = sa_load_form(req->w->db, &f)) != C2C_OK ||
		    (rc = sa_from_form(&f, w.body.data, w.body.len, &a, &w.errs, w.csrf, sizeof(w.csrf),
		    w.if_match, sizeof(w.if_match))) != C2C_OK)
			resp_fail(req, rc, FAIL_WRITE, NULL);
		/* Before anything else: a post this site's form did not make for this user is
		 * refused whole (cross-site request forgery). */
		else if (!write_csrf_ok(req, &w.u, w.csrf, &w.errs))
			status = 403;
		else {
			rc = sa_save(req->w->db, &w.u, slug, &f, &a, write_form_cond(&w), &n, w.tag, &w.errs,
			    &w.st);
			/* Post/redirect/get: back to the form, with the new version and its readiness. */
			status = write_form_result(req, &w, rc, "no such city", req->route.path, w.tag);
		}
	}
	if (status > 0)
		show_form(req, &w.u, status, slug, &a, &w.errs);
	sa_answers_free(&a);
	sa_form_free(&f);
	write_end(&w);
}

enum c2c_err
h_self_assessment_tag(struct c2c_req *req, char *out)
{
	char slug[ROUTE_ARG_MAX + 1];
	long long city = 0;
	enum c2c_err rc;
	int n;

	out[0] = '\0';
	route_city(req, slug, sizeof(slug), &n);
	if ((rc = sa_city(req->w->db, slug, NULL, &city)) == C2C_ENOTFOUND)
		return C2C_OK;   /* the page answers 404 */
	return rc != C2C_OK ? rc : sa_tag(req->w->db, city, out);
}

/* 201 with the new version's Location, its tag and a <created> document. */
static void
created_version(struct c2c_req *req, const char *slug, int n, const char *tag)
{
	struct buf url = BUF_INIT;

	if (buf_printf(&url, "%s%s/cities/%s/self-assessment/versions/%d", req->origin, req->base, slug, n) < 0)
		resp_fail(req, C2C_ENOMEM, FAIL_WRITE, NULL);
	else
		write_created_item(req, "self-assessment", n, url.data, tag);
	buf_free(&url);
}

void
h_self_assessment_post(struct c2c_req *req)
{
	struct write_ctx w;
	struct sa_answers a;
	struct sa_form f;
	char slug[ROUTE_ARG_MAX + 1];
	enum c2c_err rc;
	int n = 0;

	memset(&a, 0, sizeof(a));
	memset(&f, 0, sizeof(f));
	route_city(req, slug, sizeof(slug), &n);
	if (write_start(req, &w, 0) < 0)
		return;
	if (write_body_xml(req, &w.body, &w.doc, &w.errs) == 0) {
		if ((rc = sa_load_form(req->w->db, &f)) != C2C_OK ||
		    (rc = sa_from_xml(&f, w.doc, &a, &w.errs)) != C2C_OK ||
		    (rc = sa_save(req->w->db, &w.u, slug, &f, &a, write_if_match(req), &n, w.tag, &w.errs,
		    &w.st)) != C2C_OK || w.st != W_DONE)
			write_answer(req, rc, w.st, &w.errs, w.tag);
		else
			created_version(req, slug, n, w.tag);
	}
	sa_answers_free(&a);
	sa_form_free(&f);
	write_end(&w);
}

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
	struct buf self = BUF_INIT;
	struct sa_answers a;
	char tag[WRITE_TAG_MAX];
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("self-assessment", &root);
	long long city = 0;
	enum c2c_err rc = C2C_ENOMEM;

	memset(&a, 0, sizeof(a));
	if (doc == NULL || buf_printf(&self, "%s/edit/cities/%s/self-assessment%s", req->base, slug,
	    write_lang_query(req)) < 0 ||
	    write_form_root(req, root, u, self.data, status) < 0)
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
	if (xml_add_text(root, "if-match", tag) == NULL) {
		rc = C2C_ENOMEM;
		goto fail;
	}
	write_form_page(req, status, doc, "self-assessment", errs);
	goto out;
fail:
	write_fail_404(req, rc, "no such city");
out:
	sa_answers_free(&a);
	xmlFreeDoc(doc);
	buf_free(&self);
}

void
h_edit_self_assessment(struct c2c_req *req)
{
	const char *slug = req->route.arg;
	struct auth_user u;
	struct buf body = BUF_INIT, where = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct sa_answers a;
	struct sa_form f;
	char csrf[AUTH_CSRF_MAX + 1], if_match[WRITE_TAG_MAX + 2] = "", tag[WRITE_TAG_MAX] = "";
	char quoted[WRITE_TAG_MAX + 4];
	enum body_kind kind;
	enum write_status st;
	long long city = 0;
	enum c2c_err rc;
	int n = 0;

	memset(&a, 0, sizeof(a));
	memset(&f, 0, sizeof(f));
	if (write_identify(req, 1, &u) < 0)
		return;
	/* The form holds the private answers: only those who may write see it. */
	if ((rc = sa_city(req->w->db, slug, NULL, &city)) == C2C_ENOTFOUND) {
		write_error(req, 404, "no such city", NULL, NULL);
		return;
	}
	if (rc != C2C_OK) {
		write_fail(req, rc);
		return;
	}
	if ((u.role != ROLE_ADMIN && u.role != ROLE_EDITOR) || !auth_may_city(&u, city)) {
		fe_add(&errs, 0, "city", FE_SCOPE, NULL);
		write_refused(req, W_FORBIDDEN, &errs);
		goto out;
	}
	if (req->method == M_GET || req->method == M_HEAD) {
		show_form(req, &u, 200, slug, NULL, NULL);
		goto out;
	}
	if (write_body(req, 1u << BODY_FORM, &kind, &body) < 0)
		goto out;
	if ((rc = sa_load_form(req->w->db, &f)) != C2C_OK ||
	    (rc = sa_from_form(&f, body.data, body.len, &a, &errs, csrf, sizeof(csrf), if_match,
	    sizeof(if_match))) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	/* Before anything else: a post this site's form did not make for this user is
	 * refused whole (cross-site request forgery). */
	if (!write_csrf_ok(req, &u, csrf, &errs)) {
		show_form(req, &u, 403, slug, &a, &errs);
		goto out;
	}
	if ((rc = sa_save(req->w->db, &u, slug, &f, &a, write_form_if_match(if_match, quoted, sizeof(quoted)),
	    &n, tag, &errs, &st)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (st != W_DONE) {
		if (st == W_NOTFOUND)
			write_error(req, 404, "no such city", NULL, NULL);
		else
			show_form(req, &u, write_form_status(st), slug, &a, &errs);
		goto out;
	}
	/* Post/redirect/get: back to the form, with the new version and its readiness. */
	if (buf_printf(&where, "/edit/cities/%s/self-assessment", slug) < 0)
		write_fail(req, C2C_ENOMEM);
	else
		write_see_other_tag(req, where.data, tag);
out:
	sa_answers_free(&a);
	sa_form_free(&f);
	fe_free(&errs);
	buf_free(&body);
	buf_free(&where);
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
	struct buf body = BUF_INIT, h = BUF_INIT, url = BUF_INIT;
	xmlNodePtr root, x;
	xmlDocPtr doc = xml_doc_new("created", &root);
	int ok = doc != NULL && xml_set_attr(root, "base", req->base) == 0 &&
	    xml_set_attr(root, "lang", req->lang) == 0 &&
	    xml_set_attr(root, "site", req->w->cfg->site_name) == 0 &&
	    xml_set_attr_int(root, "count", 1) == 0 &&
	    buf_printf(&url, "%s%s/cities/%s/self-assessment/versions/%d", req->origin, req->base, slug, n) == 0 &&
	    (x = xml_add(root, "item")) != NULL && xml_set_attr(x, "entity", "self-assessment") == 0 &&
	    xml_set_attr_int(x, "id", n) == 0 && xml_set_attr(x, "href", url.data) == 0 &&
	    xml_set_attr(x, "etag", tag) == 0 &&
	    buf_printf(&h, "Location: %s\r\nETag: \"%s\"\r\nCache-Control: no-store\r\n", url.data, tag) == 0;

	if (!ok || xml_serialize(doc, &body) != C2C_OK)
		write_fail(req, C2C_ENOMEM);
	else
		resp_send(req, 201, "application/xml; charset=utf-8", h.data, &body);
	xmlFreeDoc(doc);
	buf_free(&body);
	buf_free(&h);
	buf_free(&url);
}

void
h_self_assessment_post(struct c2c_req *req)
{
	struct auth_user u;
	struct buf body = BUF_INIT;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct sa_answers a;
	struct sa_form f;
	char slug[ROUTE_ARG_MAX + 1], tag[WRITE_TAG_MAX] = "";
	enum write_status st;
	xmlDocPtr doc = NULL;
	enum c2c_err rc;
	int n = 0;

	memset(&a, 0, sizeof(a));
	memset(&f, 0, sizeof(f));
	req->route.repr = REPR_XML;   /* answers of the API are XML whatever Accept says */
	route_city(req, slug, sizeof(slug), &n);
	if (write_identify(req, 0, &u) < 0)
		return;
	if (write_body_xml(req, &body, &doc, &errs) < 0)
		goto out;
	if ((rc = sa_load_form(req->w->db, &f)) != C2C_OK ||
	    (rc = sa_from_xml(&f, doc, &a, &errs)) != C2C_OK ||
	    (rc = sa_save(req->w->db, &u, slug, &f, &a, write_if_match(req), &n, tag, &errs, &st)) != C2C_OK)
		write_fail(req, rc);
	else if (st != W_DONE)
		write_refused(req, st, &errs);
	else
		created_version(req, slug, n, tag);
out:
	xmlFreeDoc(doc);
	sa_answers_free(&a);
	sa_form_free(&f);
	fe_free(&errs);
	buf_free(&body);
}

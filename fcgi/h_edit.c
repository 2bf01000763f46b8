/* h_edit.c: "/edit/kpi-values", the form for entering a KPI value (or correcting one),
 * for people signed in through the web server.  GET shows the form; POST checks its CSRF
 * token, then stores the value with the same rules as the write API, and either sends
 * the browser to the new value (303) or shows the form again with every problem next to
 * its field (422, or 403 and 409), in English or Chinese.  Never cached: it carries the
 * user's name and a token made for them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "kpi_input.h"
#include "model.h"
#include "model_write.h"
#include "utf8.h"
#include "writes.h"
#include "xml.h"

static const char *const form_fields[] = { "kpi", "partnership", "city", "start", "end",
	"value", "score", "comment", "source", "confidence", "supersedes", NULL };

/* Echoes what the user typed (known fields only) as <field name="...">text</field>, so
 * that a refused form comes back filled in.  Text XML cannot carry becomes U+FFFD. */
static int
echo_fields(xmlNodePtr entry, const char *s, size_t len)
{
	size_t pos = 0;

	while (pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nl, vl;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val;
		int i, rc = 0;

		if (eq == NULL) {
			pos = end + 1;
			continue;
		}
		name = param_decode(s + pos, (size_t)(eq - s) - pos, 1, &nl);
		val = param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vl);
		pos = end + 1;
		for (i = 0; name != NULL && val != NULL && form_fields[i] != NULL; i++)
			if (strcmp(name, form_fields[i]) == 0 && vl > 0) {
				xmlNodePtr f = xml_add_textn(entry, "field", val, vl);
				rc = f == NULL || xml_set_attr(f, "name", name) < 0 ? -1 : 0;
			}
		free(name);
		free(val);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* Builds and sends the form page with this status. */
static void
show_form(struct c2c_req *req, const struct auth_user *u, int status, const struct buf *posted,
    const struct field_errors *errs)
{
	struct buf self = BUF_INIT;
	xmlNodePtr root, n, entry;
	xmlDocPtr doc = xml_doc_new("edit-kpi-values", &root);
	enum c2c_err rc = C2C_ENOMEM;

	if (doc == NULL || buf_printf(&self, "%s/edit/kpi-values%s", req->base, write_lang_query(req)) < 0 ||
	    write_form_root(req, root, u, self.data, status) < 0 || (entry = xml_add(root, "entry")) == NULL)
		goto fail;
	if (posted != NULL && posted->len > 0) {
		if (echo_fields(entry, posted->data, posted->len) < 0)
			goto fail;
	} else if (req->params.v[P_PARTNERSHIP].set) {
		if ((n = xml_add_text(entry, "field", req->params.v[P_PARTNERSHIP].str)) == NULL ||
		    xml_set_attr(n, "name", "partnership") < 0)
			goto fail;
	}
	if ((rc = model_kpi_choices(req->w->db, root)) != C2C_OK)
		goto fail;
	write_form_page(req, status, doc, "edit-kpi-values", errs);
	goto out;
fail:
	write_fail(req, rc);
out:
	xmlFreeDoc(doc);
	buf_free(&self);
}

void
h_edit_kpi_values(struct c2c_req *req)
{
	struct auth_user u;
	struct buf body = BUF_INIT;
	char path[40];
	struct kpi_batch b = { NULL, 0, 0 };
	struct field_errors errs = { NULL, 0, 0, 0 };
	char csrf[AUTH_CSRF_MAX + 1];
	enum body_kind kind;
	enum write_status st;
	long long id = 0;
	enum c2c_err rc;

	if (write_identify(req, 1, &u) < 0)
		return;
	if (req->method == M_GET || req->method == M_HEAD) {
		show_form(req, &u, 200, NULL, NULL);
		return;
	}
	if (write_body(req, 1u << BODY_FORM, &kind, &body) < 0)
		goto out;
	if ((rc = kpi_form_parse(body.data, body.len, &b, &errs, csrf, sizeof(csrf))) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	/* Before anything else: a post that this site's form did not make for this user is
	 * refused whole (cross-site request forgery: the browser sends the credentials of
	 * the web server's authentication with any site's form). */
	if (!write_csrf_ok(req, &u, csrf, &errs)) {
		show_form(req, &u, 403, &body, &errs);
		goto out;
	}
	if (fe_any(&errs)) {
		show_form(req, &u, 422, &body, &errs);
		goto out;
	}
	if ((rc = kpi_values_write(req->w->db, &u, &b, NULL, &id, &errs, &st)) != C2C_OK) {
		write_fail(req, rc);
		goto out;
	}
	if (st != W_DONE) {
		show_form(req, &u, write_form_status(st), &body, &errs);
		goto out;
	}
	/* Post/redirect/get: reloading the next page does not post again. */
	snprintf(path, sizeof(path), "/kpi-values/%lld", id);
	write_see_other(req, path);
out:
	kpi_batch_free(&b);
	fe_free(&errs);
	buf_free(&body);
}

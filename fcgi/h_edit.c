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
	xmlNodePtr root = NULL, n, entry = NULL;
	xmlDocPtr doc = write_form_doc(req, u, status, "edit-kpi-values", &root);
	enum c2c_err rc = C2C_ENOMEM;
	int ok = doc != NULL && (entry = xml_add(root, "entry")) != NULL;

	if (ok && posted != NULL && posted->len > 0)
		ok = echo_fields(entry, posted->data, posted->len) == 0;
	else if (ok && req->params.v[P_PARTNERSHIP].set)
		ok = (n = xml_add_text(entry, "field", req->params.v[P_PARTNERSHIP].str)) != NULL &&
		    xml_set_attr(n, "name", "partnership") == 0;
	if (ok)
		rc = model_kpi_choices(req->w->db, root);
	write_form_send(req, status, doc, rc, errs, NULL);
}

void
h_edit_kpi_values(struct c2c_req *req)
{
	struct write_ctx w;
	char path[40];
	struct kpi_batch b = { NULL, 0, 0 };
	long long id = 0;
	int status;
	enum c2c_err rc;

	if ((status = write_form_start(req, &w, NULL)) != 0)
		;   /* a GET (status 200), or answered */
	else if ((rc = kpi_form_parse(w.body.data, w.body.len, &b, &w.errs, w.csrf, sizeof(w.csrf))) != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	/* Before anything else: a post that this site's form did not make for this user is
	 * refused whole (cross-site request forgery: the browser sends the credentials of
	 * the web server's authentication with any site's form). */
	else if (!write_csrf_ok(req, &w.u, w.csrf, &w.errs))
		status = 403;
	else if (fe_any(&w.errs))
		status = 422;
	else {
		rc = kpi_values_write(req->w->db, &w.u, &b, NULL, &id, &w.errs, &w.st);
		snprintf(path, sizeof(path), "/kpi-values/%lld", id);
		status = write_form_result(req, &w, rc, NULL, path, NULL);
	}
	if (status > 0)
		show_form(req, &w.u, status, &w.body, &w.errs);
	kpi_batch_free(&b);
	write_end(&w);
}

/* h_interests.c: "/edit/cities/{slug}/interests" (HTML, XML), a city's expressions of
 * interest for its editors and admins (anyone else 403; nginx asks for the sign-in):
 * GET shows the incoming and outgoing ones, the city's focal point and the forms; POST
 * (urlencoded, with the page's CSRF token) does one action: "send" (to, area..., message),
 * "accept" or "decline" (interest, if-match, answer) or "focal" (name, role, email,
 * phone, if-match), then sends the browser back to the page (303), or shows the page
 * with the problem and the status (403, 404, 409, 422, 429).  Never cached.  Thin: the
 * rules are in lib/interest.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "interest.h"
#include "link.h"
#include "param.h"
#include "utf8.h"
#include "writes.h"
#include "xml.h"

#define FORM_FIELDS_MAX 64

/* The fields of a post (decoded, malloc'd, NUL-terminated; each valid UTF-8 text or
 * recorded in errs). */
struct form {
	char  *action, *csrf, *if_match, *to, *message, *interest, *answer;
	char  *name, *role, *email, *phone;
	char  *areas[INTEREST_AREAS_MAX];
	size_t nareas;
};

static void
form_free(struct form *f)
{
	size_t i;

	free(f->action); free(f->csrf); free(f->if_match); free(f->to); free(f->message);
	free(f->interest); free(f->answer); free(f->name); free(f->role); free(f->email);
	free(f->phone);
	for (i = 0; i < f->nareas; i++)
		free(f->areas[i]);
	memset(f, 0, sizeof(*f));
}

/* Parses an urlencoded body.  A repeated field, an unknown one, too many, a value that
 * is not UTF-8 text: recorded in errs.  C2C_ENOMEM only. */
static enum c2c_err
form_parse(const char *s, size_t len, struct form *f, struct field_errors *errs)
{
	static const char *const names[] = { "action", "csrf", "if-match", "to", "message",
		"interest", "answer", "name", "role", "email", "phone", "area", "lang", NULL };
	size_t pos = 0;
	int fields = 0;

	while (pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nl = 0, vl = 0;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val, **slot = NULL;
		int i;

		if (end == pos) {
			pos = end + 1;
			continue;
		}
		name = param_decode(s + pos, eq ? (size_t)(eq - s) - pos : end - pos, 1, &nl);
		val = eq ? param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vl) : strdup("");
		pos = end + 1;
		if (name == NULL || val == NULL) {
			/* Bad percent-encoding is the client's fault, not a lack of memory. */
			int oom = name != NULL && val == NULL && eq == NULL;
			free(name);
			free(val);
			if (oom)
				return C2C_ENOMEM;
			fe_add(errs, 0, "body", FE_UTF8, "bad percent-encoding");
			continue;
		}
		if (++fields > FORM_FIELDS_MAX) {
			if (fields == FORM_FIELDS_MAX + 1)
				fe_add(errs, 0, "body", FE_TOO_MANY, NULL);
		} else if (!utf8_valid_text(name, nl)) {
			fe_add(errs, 0, "?", FE_UNKNOWN_FIELD, NULL);
		} else if (!utf8_valid_text(val, vl) || strlen(val) != vl) {
			fe_add(errs, 0, name, FE_UTF8, NULL);
		} else {
			for (i = 0; names[i] != NULL && strcmp(names[i], name) != 0; i++)
				;
			switch (i) {
			case 0: slot = &f->action; break;
			case 1: slot = &f->csrf; break;
			case 2: slot = &f->if_match; break;
			case 3: slot = &f->to; break;
			case 4: slot = &f->message; break;
			case 5: slot = &f->interest; break;
			case 6: slot = &f->answer; break;
			case 7: slot = &f->name; break;
			case 8: slot = &f->role; break;
			case 9: slot = &f->email; break;
			case 10: slot = &f->phone; break;
			case 11:
				if (f->nareas == INTEREST_AREAS_MAX)
					fe_add(errs, 0, "area", FE_TOO_MANY, NULL);
				else {
					f->areas[f->nareas++] = val;
					val = NULL;
				}
				break;
			case 12: break;
			default: fe_add(errs, 0, name, FE_UNKNOWN_FIELD, NULL); break;
			}
			if (slot != NULL && *slot != NULL)
				fe_add(errs, 0, name, FE_REPEATED, NULL);
			else if (slot != NULL) {
				*slot = val;
				val = NULL;
			}
		}
		free(name);
		free(val);
	}
	return C2C_OK;
}

/* Builds and sends the page with this status (and the refusal's code, may be NULL). */
static void
show(struct c2c_req *req, const struct auth_user *u, int status, const char *code,
    const struct field_errors *errs)
{
	xmlNodePtr root = NULL, n;
	xmlDocPtr doc = write_form_doc(req, u, status, "interests", &root);
	struct interest_verdict v = { 0, NULL };
	enum c2c_err rc = C2C_ENOMEM;

	/* The problem and its fields first, then the page. */
	if (doc != NULL &&
	    (code == NULL || ((n = xml_add(root, "problem")) != NULL && xml_set_attr(n, "code", code) == 0)) &&
	    (!req->params.v[P_CITY].set || xml_add_text(root, "candidate", req->params.v[P_CITY].str) != NULL) &&
	    write_form_errors(root, errs) == 0)
		rc = interest_page(req->w->db, req->w->cfg, u, req->route.arg, root, &v);
	if (rc == C2C_OK && v.status != 0) {
		resp_error(req, v.status, "a city's expressions of interest are for its editors and admins", NULL);
		xmlFreeDoc(doc);
		return;
	}
	write_form_send(req, status, doc, rc, NULL, "no such city");
}

/* 1 when s is an expression's id (1 to 9 digits, no leading zero). */
static long long
id_of(const char *s)
{
	size_t n = s ? strlen(s) : 0, i;

	if (n == 0 || n > 9 || s[0] == '0')
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return strtoll(s, NULL, 10);
}

/* Runs the post's action: rc, the verdict and errs say how it went. */
static enum c2c_err
act(struct c2c_req *req, const struct auth_user *u, struct form *f, struct field_errors *errs,
    struct interest_verdict *v)
{
	const char *a = f->action ? f->action : "";
	long long id = 0, pid = 0;
	enum c2c_err rc;

	if (strcmp(a, "send") == 0) {
		struct interest_new in;
		struct interest_record rec = { 0, 0, NULL, NULL };
		size_t i;
		in.from = req->route.arg;
		in.to = f->to;
		in.message = f->message ? f->message : "";
		in.nareas = f->nareas;
		for (i = 0; i < f->nareas; i++)
			in.areas[i] = f->areas[i];
		/* The record is made before the write's transaction, from the profiles as they
		 * are; the write's own checks decide. */
		if (f->to != NULL && param_is_slug(f->to) &&
		    (rc = interest_record_make(req->w->db, req->w->cfg, in.from, f->to, &rec)) != C2C_OK)
			return rc;
		if (f->to != NULL && f->to[0] != '\0' && !param_is_slug(f->to)) {
			fe_add(errs, 0, "to", FE_SLUG, NULL);
			v->status = 422;
			v->code = "invalid";
			return C2C_OK;
		}
		rc = interest_send(req->w->db, req->w->cfg, u, &in, &rec, &id, errs, v);
		interest_record_free(&rec);
		return rc;
	}
	if (strcmp(a, "accept") == 0 || strcmp(a, "decline") == 0) {
		if ((id = id_of(f->interest)) == 0) {
			fe_add(errs, 0, "interest", FE_ID, NULL);
			v->status = 422;
			v->code = "invalid";
			return C2C_OK;
		}
		return interest_answer(req->w->db, u, id, a[0] == 'a', f->answer, f->if_match, &pid, errs, v);
	}
	if (strcmp(a, "focal") == 0) {
		struct focal_point fp = { f->name, f->role, f->email, f->phone };
		return interest_focal_save(req->w->db, u, req->route.arg, &fp, f->if_match, errs, v);
	}
	fe_add(errs, 0, "action", FE_CHOICE, NULL);
	v->status = 422;
	v->code = "invalid";
	return C2C_OK;
}

void
h_interests(struct c2c_req *req)
{
	struct write_ctx w;
	struct interest_verdict v = { 0, NULL };
	struct form f;
	const char *code = NULL;
	enum c2c_err rc;
	int status;

	memset(&f, 0, sizeof(f));
	if ((status = write_form_start(req, &w, NULL)) != 0)
		;   /* a GET (status 200), or answered */
	else if ((rc = form_parse(w.body.data ? w.body.data : "", w.body.len, &f, &w.errs)) != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	/* Before anything else: a post this site's form did not make for this user. */
	else if (!write_csrf_ok(req, &w.u, f.csrf, &w.errs)) {
		status = 403;
		code = "csrf";
	} else if (fe_any(&w.errs)) {
		status = 422;
		code = "invalid";
	} else if ((rc = act(req, &w.u, &f, &w.errs, &v)) != C2C_OK)
		resp_fail(req, rc, FAIL_WRITE, NULL);
	else if (v.status == 404)
		resp_error(req, 404, "no such city or expression of interest", NULL);
	else if (v.status != 0) {
		status = v.status;
		code = v.code;
	} else
		/* Post/redirect/get: the page again, in the language of the post. */
		write_see_other(req, req->route.path);
	if (status > 0)
		show(req, &w.u, status, code, &w.errs);
	form_free(&f);
	write_end(&w);
}

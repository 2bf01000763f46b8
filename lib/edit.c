/* edit.c: the values of an edit (edit.h): read from an XML body or a form, and checked
 * field by field against the resource's table (edit_resources.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "edit.h"
#include "kpi_input.h"
#include "param.h"
#include "url.h"
#include "utf8.h"

void
edit_values_free(struct edit_values *v)
{
	size_t i;

	for (i = 0; i < EDIT_FIELDS_MAX; i++)
		free(v->v[i]);
	memset(v, 0, sizeof(*v));
}

int
edit_field_index(const struct edit_resource *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if (strcmp(r->f[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* Sets field i from val[0..len); empty means absent.  -1 when out of memory. */
static int
set_value(const struct edit_resource *r, struct edit_values *v, int i, const char *val,
    size_t len, int line, struct field_errors *errs)
{
	if (v->v[i] != NULL || v->line[i] < 0)
		return fe_add(errs, line, r->f[i].name, FE_REPEATED, NULL);
	if (len == 0) {
		v->line[i] = -1;   /* seen, empty: a second one is still a repetition */
		return 0;
	}
	/* A NUL inside would cut the text short unseen: refuse it as not text. */
	if (memchr(val, '\0', len) != NULL)
		return fe_add(errs, line, r->f[i].name, FE_UTF8, NULL);
	if ((v->v[i] = malloc(len + 1)) == NULL)
		return -1;
	memcpy(v->v[i], val, len);
	v->v[i][len] = '\0';
	v->line[i] = line;
	return 0;
}

enum c2c_err
edit_from_xml(const struct edit_resource *r, xmlDocPtr doc, struct edit_values *v,
    struct field_errors *errs)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), c;

	if (root == NULL || !xmlStrEqual(root->name, BAD_CAST r->root))
		return fe_add(errs, 1, "body", FE_SCHEMA, "the root element does not fit this resource") < 0 ?
		    C2C_ENOMEM : C2C_OK;
	for (c = root->children; c != NULL; c = c->next) {
		xmlChar *t;
		int i, rc;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if ((i = edit_field_index(r, (const char *)c->name)) < 0) {
			if (fe_add(errs, (int)xmlGetLineNo(c), (const char *)c->name, FE_UNKNOWN_FIELD, NULL) < 0)
				return C2C_ENOMEM;
			continue;
		}
		if ((t = xmlNodeGetContent(c)) == NULL)
			return C2C_ENOMEM;
		rc = set_value(r, v, i, (const char *)t, strlen((const char *)t), (int)xmlGetLineNo(c), errs);
		xmlFree(t);
		if (rc < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

enum c2c_err
edit_from_form(const struct edit_resource *r, const char *s, size_t len, struct edit_values *v,
    struct field_errors *errs, char *csrf, size_t csrf_max, char *if_match, size_t im_max, int *del)
{
	size_t pos = 0;

	csrf[0] = '\0';
	if_match[0] = '\0';
	*del = 0;
	while (pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nl = 0, vl = 0;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val;
		int i, rc = 0;

		if (end == pos) {
			pos = end + 1;
			continue;
		}
		name = param_decode(s + pos, eq ? (size_t)(eq - s) - pos : end - pos, 1, &nl);
		val = eq ? param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vl) : strdup("");
		pos = end + 1;
		if (name == NULL || val == NULL)
			rc = -1;
		else if (strcmp(name, "csrf") == 0)
			snprintf(csrf, csrf_max, "%s", vl < csrf_max ? val : "");
		else if (strcmp(name, "if-match") == 0)
			snprintf(if_match, im_max, "%s", vl < im_max ? val : "");
		else if (strcmp(name, "delete") == 0)
			*del = vl > 0;
		else if (strcmp(name, "lang") == 0)
			;
		else if ((i = edit_field_index(r, name)) >= 0)
			rc = set_value(r, v, i, val, vl, 0, errs);
		else if (fe_add(errs, 0, utf8_valid_text(name, nl) ? name : "?", FE_UNKNOWN_FIELD, NULL) < 0)
			rc = -1;
		free(name);
		free(val);
		if (rc < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

static int
in_list(const char *const *l, const char *s)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

/* 1 when s is a whole number from min to max. */
static int
int_ok(const char *s, long long min, long long max)
{
	const char *p = s + (*s == '-');
	long long n;

	if (*p == '\0' || strlen(p) > 12 || strspn(p, "0123456789") != strlen(p))
		return 0;
	n = strtoll(s, NULL, 10);
	return n >= min && n <= max;
}

/* 1 when s is a plain decimal of up to ip digits before the point and fp after. */
static int
decimal_ok(const char *s, long long ip, long long fp)
{
	size_t a, b = 0;

	s += *s == '-';
	a = strspn(s, "0123456789");
	if (a == 0 || a > (size_t)ip)
		return 0;
	if (s[a] == '.') {
		b = strspn(s + a + 1, "0123456789");
		if (b == 0 || b > (size_t)fp)
			return 0;
		return s[a + 1 + b] == '\0';
	}
	return s[a] == '\0';
}

const char *
edit_list_next(const char *s, size_t *n)
{
	if (s == NULL || *(s += strspn(s, " ,\t\r\n")) == '\0')
		return NULL;
	*n = strcspn(s, " ,\t\r\n");
	return s;
}

/* Checks one slug list; -1 when out of memory. */
static int
areas_ok(const struct edit_field *f, const char *s, int line, struct field_errors *errs)
{
	char slug[80];
	const char *w;
	size_t n = 0, count = 0;

	for (w = edit_list_next(s, &n); w != NULL; w = edit_list_next(w + n, &n)) {
		if (n >= sizeof(slug) || ++count > (size_t)f->max)
			return fe_add(errs, line, f->name, n >= sizeof(slug) ? FE_SLUG : FE_TOO_MANY, NULL);
		memcpy(slug, w, n);
		slug[n] = '\0';
		if (!param_is_slug(slug))
			return fe_add(errs, line, f->name, FE_SLUG, utf8_valid_text(slug, n) ? slug : NULL);
	}
	return 0;
}

enum c2c_err
edit_check(const struct edit_resource *r, int create, struct edit_values *v,
    struct field_errors *errs)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < r->nf && rc == 0; i++) {
		const struct edit_field *f = &r->f[i];
		const char *s = v->v[i];
		int line = v->line[i] > 0 ? v->line[i] : 0, code = -1;
		enum url_verdict uv;
		size_t len;

		if (s == NULL) {
			if ((f->flags & EDIT_REQUIRED) || ((f->flags & EDIT_PARENT) && create &&
			    f->type == EF_INT))
				rc = fe_add(errs, 0, f->name, FE_REQUIRED, NULL);
			else if (f->def != NULL && (!(f->flags & EDIT_WITH_PREV) || v->v[i - 1] != NULL) &&
			    (v->v[i] = strdup(f->def)) == NULL)
				return C2C_ENOMEM;
			continue;
		}
		len = strlen(s);
		/* Every field is text first: strict UTF-8 without control characters. */
		if (!utf8_valid_text(s, len))
			code = FE_UTF8;
		else switch (f->type) {
		case EF_LINE:
			if (strpbrk(s, "\r\n\t") != NULL || utf8_has_bidi_control(s, len))
				code = FE_LINE;
			/* FALLTHROUGH */
		case EF_TEXT:
			if (code < 0 && len > (size_t)f->max)
				code = FE_TOO_LONG;
			break;
		case EF_DATE:
			if (!kpi_input_date_valid(s))
				code = FE_DATE;
			else if ((f->flags & EDIT_AFTER) && i > 0 && v->v[i - 1] != NULL &&
			    kpi_input_date_valid(v->v[i - 1]) && strcmp(s, v->v[i - 1]) < 0)
				code = FE_PERIOD;
			break;
		case EF_INT:
			if (!int_ok(s, f->min, f->max))
				code = FE_INTEGER;
			break;
		case EF_DECIMAL:
			if (!decimal_ok(s, f->min, f->max))
				code = f->max == 2 ? FE_AMOUNT : FE_NUMBER;
			break;
		case EF_CHOICE:
			if (!in_list(f->choices, s))
				code = FE_CHOICE;
			break;
		case EF_FLAG:
			if (strcmp(s, "0") != 0 && strcmp(s, "1") != 0)
				code = FE_FLAG;
			break;
		case EF_URL:
			if (len > (size_t)f->max)
				code = FE_TOO_LONG;
			else if ((uv = url_check(s, (size_t)f->max)) != URL_OK)
				code = uv == URL_CREDENTIALS ? FE_URL_CREDENTIALS : FE_URL;
			break;
		case EF_REF:
			if (len > (size_t)f->max || !param_is_slug(s))
				code = FE_SLUG;
			break;
		case EF_AREAS:
			rc = areas_ok(f, s, line, errs);
			break;
		case EF_ZONE:
			/* The importer hands it to libical: only what zone names are made of. */
			if (len > (size_t)f->max || strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789_+-/") != len)
				code = FE_CHOICE;
			break;
		}
		if (code >= 0) {
			/* The field's own word for a bad value, unless the text itself is bad. */
			if (f->code != 0 && code != FE_UTF8 && code != FE_TOO_LONG && code != FE_PERIOD)
				code = f->code == FE_NO_KPI || f->code == FE_NO_CITY ? FE_SLUG : f->code;
			rc = fe_add(errs, line, f->name, (enum fe_code)code, NULL);
		}
		if ((f->flags & EDIT_WITH_PREV) && v->v[i - 1] == NULL && rc == 0)
			rc = fe_add(errs, line, r->f[i - 1].name, FE_REQUIRED, NULL);
	}
	return rc < 0 ? C2C_ENOMEM : C2C_OK;
}

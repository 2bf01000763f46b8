/* kpi_input.c: KPI values from CSV, XML and forms into checked entries (kpi_input.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "kpi_input.h"
#include "param.h"
#include "utf8.h"
#include "xml.h"

enum kfield { KF_KPI, KF_PARTNERSHIP, KF_CITY, KF_START, KF_END, KF_VALUE, KF_SCORE,
	KF_COMMENT, KF_SOURCE, KF_CONFIDENCE, KF_SUPERSEDES, KF_INTERNAL, KF__MAX };

static const char *const kfields[] = {
	[KF_KPI] = "kpi", [KF_PARTNERSHIP] = "partnership", [KF_CITY] = "city",
	[KF_START] = "start", [KF_END] = "end", [KF_VALUE] = "value", [KF_SCORE] = "score",
	[KF_COMMENT] = "comment", [KF_SOURCE] = "source", [KF_CONFIDENCE] = "confidence",
	[KF_SUPERSEDES] = "supersedes", [KF_INTERNAL] = "internal",
};
_Static_assert(sizeof(kfields) / sizeof(kfields[0]) == KF__MAX, "kfields[] must cover enum kfield");

static int
kfield_find(const char *name, size_t len)
{
	int i;

	for (i = 0; i < KF__MAX; i++)
		if (strlen(kfields[i]) == len && memcmp(kfields[i], name, len) == 0)
			return i;
	return -1;
}

void
kpi_batch_free(struct kpi_batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		free(b->v[i].comment);
		free(b->v[i].source);
	}
	free(b->v);
	memset(b, 0, sizeof(*b));
}

struct kpi_entry *
kpi_batch_add(struct kpi_batch *b, int line)
{
	struct kpi_entry *e;

	if (b->n >= KPI_ENTRIES_MAX)
		return NULL;
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 8;
		struct kpi_entry *v = realloc(b->v, cap * sizeof(*v));
		if (v == NULL)
			return NULL;
		b->v = v;
		b->cap = cap;
	}
	e = &b->v[b->n++];
	memset(e, 0, sizeof(*e));
	e->line = line;
	return e;
}

int
kpi_input_date_valid(const char *s)
{
	return date_text_valid(s, 1900, 2999);
}

/* -?[0-9]{1,14}(\.[0-9]{1,4})?: what DECIMAL(18,4) holds, written plainly (no exponent,
 * no spaces, no thousands separators: "1,5" in a CSV would be ambiguous). */
static int
decimal_valid(const char *s, size_t n)
{
	size_t i = 0, ip = 0, fp = 0;

	if (i < n && s[i] == '-')
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, ip++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, fp++;
		if (fp == 0)
			return 0;
	}
	return i == n && ip >= 1 && ip <= 14 && fp <= 4;
}

/* 1 to 9 digits without a leading zero. */
static long long
id_parse(const char *s, size_t n)
{
	long long v = 0;
	size_t i;

	if (n == 0 || n > 9 || s[0] == '0')
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* A text field: valid UTF-8 without control characters other than tab and line ends,
 * at most max bytes; a malloc'd copy in *out. */
static int
set_text(char **out, const char *v, size_t n, size_t max, int line, const char *name,
    struct field_errors *errs)
{
	if (!utf8_valid_text(v, n))
		return fe_add(errs, line, name, FE_UTF8, NULL) < 0 ? -2 : 0;
	if (n > max) {
		char d[64];
		snprintf(d, sizeof(d), "%zu bytes; at most %zu", n, max);
		return fe_add(errs, line, name, FE_TOO_LONG, d) < 0 ? -2 : 0;
	}
	free(*out);
	if ((*out = strndup(v, n)) == NULL)
		return -2;
	return 0;
}

int
kpi_entry_set(struct kpi_entry *e, const char *name, const char *v, size_t n,
    struct field_errors *errs)
{
	int f = kfield_find(name, strlen(name));
	enum fe_code bad = FE__MAX;
	char tmp[72];

	if (f < 0)
		return -1;
	if (n == 0)
		return 0;    /* empty: absent */
	if (e->seen & 1u << f)
		return fe_add(errs, e->line, name, FE_REPEATED, NULL) < 0 ? -2 : 0;
	e->seen |= 1u << f;
	/* Short fields are checked on a NUL-terminated copy; anything longer is bad anyway. */
	if (f != KF_COMMENT && f != KF_SOURCE) {
		if (!utf8_valid_text(v, n))
			return fe_add(errs, e->line, name, FE_UTF8, NULL) < 0 ? -2 : 0;
		if (n >= sizeof(tmp))
			return fe_add(errs, e->line, name, FE_TOO_LONG, NULL) < 0 ? -2 : 0;
		memcpy(tmp, v, n);
		tmp[n] = '\0';
	}
	switch (f) {
	case KF_KPI:
	case KF_CITY:
		if (n > 64 || !param_is_slug(tmp))
			bad = FE_SLUG;
		else
			memcpy(f == KF_KPI ? e->kpi : e->city, tmp, n + 1);   /* n <= 64 */
		break;
	case KF_PARTNERSHIP:
	case KF_SUPERSEDES: {
		long long id = id_parse(v, n);
		if (id == 0)
			bad = FE_ID;
		else if (f == KF_PARTNERSHIP)
			e->partnership = id;
		else
			e->supersedes = id;
		break;
	}
	case KF_START:
	case KF_END:
		if (!kpi_input_date_valid(tmp))
			bad = FE_DATE;
		else
			memcpy(f == KF_START ? e->start : e->end, tmp, 11);
		break;
	case KF_VALUE:
		if (!decimal_valid(v, n) || n >= sizeof(e->value))
			bad = FE_NUMBER;
		else
			memcpy(e->value, tmp, n + 1);
		break;
	case KF_SCORE:
		if (n != 1 || v[0] < '1' || v[0] > '5')
			bad = FE_SCORE;
		else
			e->score = v[0] - '0';
		break;
	case KF_CONFIDENCE:
		if (strcmp(tmp, "low") != 0 && strcmp(tmp, "medium") != 0 && strcmp(tmp, "high") != 0)
			bad = FE_CONFIDENCE;
		else
			memcpy(e->confidence, tmp, n + 1);   /* one of the three words */
		break;
	case KF_INTERNAL:
		if (strcmp(tmp, "0") != 0 && strcmp(tmp, "1") != 0)
			bad = FE_FLAG;
		else
			e->internal = tmp[0] == '1';
		break;
	case KF_COMMENT:
		return set_text(&e->comment, v, n, KPI_COMMENT_MAX, e->line, name, errs);
	case KF_SOURCE:
		return set_text(&e->source, v, n, KPI_SOURCE_MAX, e->line, name, errs);
	}
	if (bad != FE__MAX && fe_add(errs, e->line, name, bad, NULL) < 0)
		return -2;
	return 0;
}

void
kpi_entry_finish(struct kpi_entry *e, struct field_errors *errs)
{
	/* A field refused by kpi_entry_set was seen: do not call it missing as well. */
	if (e->kpi[0] == '\0' && !(e->seen & 1u << KF_KPI))
		fe_add(errs, e->line, "kpi", FE_REQUIRED, NULL);
	if (e->start[0] == '\0' && !(e->seen & 1u << KF_START))
		fe_add(errs, e->line, "start", FE_REQUIRED, NULL);
	if (e->end[0] == '\0' && !(e->seen & 1u << KF_END))
		fe_add(errs, e->line, "end", FE_REQUIRED, NULL);
	if (e->start[0] != '\0' && e->end[0] != '\0' && strcmp(e->end, e->start) < 0)
		fe_add(errs, e->line, "end", FE_PERIOD, NULL);
	if ((e->seen & 1u << KF_PARTNERSHIP) && (e->seen & 1u << KF_CITY))
		fe_add(errs, e->line, "city", FE_OWNER, NULL);
	else if (!(e->seen & (1u << KF_PARTNERSHIP | 1u << KF_CITY)))
		fe_add(errs, e->line, "partnership", FE_OWNER, NULL);
	if (!(e->seen & (1u << KF_VALUE | 1u << KF_SCORE)))
		fe_add(errs, e->line, "value", FE_VALUE_OR_SCORE, NULL);
	if (e->confidence[0] == '\0')
		snprintf(e->confidence, sizeof(e->confidence), "medium");
}

/* ------------------------------------------------------------------------------ CSV */

#define CSV_COLS_MAX 32

/* One record: its fields, unquoted, in data (each NUL-terminated at off[i] + len[i]). */
struct csv_rec {
	struct buf  data;
	size_t      off[CSV_COLS_MAX], len[CSV_COLS_MAX];
	size_t      n;
	int         line;     /* where the record starts */
	const char *bad;      /* a syntax error, or NULL */
};

/* Reads the record at *pos; 1 when one was read, 0 at the end, -1 out of memory.  After a
 * syntax error the rest of the physical line is skipped, so that the next record is
 * read from the next line. */
static int
csv_record(const char *s, size_t len, size_t *pos, int *line, struct csv_rec *r)
{
	size_t i = *pos;
	int quoted = 0, in_field = 0, field_quoted = 0, after_quote = 0;

	buf_reset(&r->data);
	r->n = 0;
	r->bad = NULL;
	/* Blank lines between records carry nothing: skip them. */
	while (i < len && (s[i] == '\n' || (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'))) {
		if (s[i] == '\n')
			(*line)++;
		i++;
	}
	if (i >= len) {
		*pos = i;
		return 0;
	}
	r->line = *line;
#define START_FIELD() do { \
		if (r->n == CSV_COLS_MAX) { r->bad = "more than 32 fields"; goto skip; } \
		r->off[r->n] = r->data.len; r->len[r->n] = 0; r->n++; in_field = 1; \
	} while (0)
#define PUT(c) do { char c_ = (c); if (buf_append(&r->data, &c_, 1) < 0) return -1; \
		r->len[r->n - 1]++; } while (0)
	for (;;) {
		char c;
		if (i >= len) {
			if (quoted) {
				r->bad = "a quoted field is not closed";
				goto skip;
			}
			if (!in_field)
				START_FIELD();
			break;
		}
		c = s[i];
		if (quoted) {
			if (c == '"') {
				if (i + 1 < len && s[i + 1] == '"') {
					PUT('"');
					i += 2;
					continue;
				}
				quoted = 0;
				after_quote = 1;
				i++;
				continue;
			}
			if (c == '\n')
				(*line)++;
			PUT(c);
			i++;
			continue;
		}
		if (!in_field)
			START_FIELD();
		if (c == ',') {
			if (buf_append(&r->data, "", 1) < 0)
				return -1;
			in_field = 0;
			field_quoted = after_quote = 0;
			i++;
			continue;
		}
		if (c == '\n' || (c == '\r' && i + 1 < len && s[i + 1] == '\n')) {
			i += c == '\r' ? 2 : 1;
			(*line)++;
			break;
		}
		if (after_quote) {
			r->bad = "text after a closing quote";
			goto skip;
		}
		if (c == '"') {
			if (r->len[r->n - 1] > 0 || field_quoted) {
				r->bad = "a quote inside an unquoted field";
				goto skip;
			}
			quoted = field_quoted = 1;
			i++;
			continue;
		}
		if (c == '\r') {
			r->bad = "a carriage return without a line feed";
			goto skip;
		}
		PUT(c);
		i++;
	}
	if (buf_append(&r->data, "", 1) < 0)
		return -1;
	*pos = i;
	return 1;
skip:
	while (i < len && s[i] != '\n')
		i++;
	if (i < len) {
		i++;
		(*line)++;
	}
	*pos = i;
	return 1;
#undef START_FIELD
#undef PUT
}

enum c2c_err
kpi_csv_parse(const char *s, size_t len, struct kpi_batch *out, struct field_errors *errs)
{
	struct csv_rec r;
	int cols[CSV_COLS_MAX], line = 1, rc;
	size_t ncols = 0, pos = 0, i;
	enum c2c_err err = C2C_ENOMEM;

	memset(&r, 0, sizeof(r));
	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	/* The header. */
	if ((rc = csv_record(s, len, &pos, &line, &r)) < 0)
		goto out;
	if (rc == 0) {
		if (fe_add(errs, 1, "body", FE_EMPTY, NULL) < 0)
			goto out;
		err = C2C_OK;
		goto out;
	}
	if (r.bad != NULL) {
		if (fe_add(errs, r.line, "header", FE_CSV, r.bad) < 0)
			goto out;
		err = C2C_OK;
		goto out;
	}
	for (i = 0; i < r.n; i++) {
		const char *name = r.data.data + r.off[i];
		size_t j;
		cols[i] = kfield_find(name, r.len[i]);
		if (cols[i] < 0 && fe_add(errs, r.line, "header", FE_UNKNOWN_FIELD,
		    utf8_valid_text(name, r.len[i]) && r.len[i] < 64 ? name : NULL) < 0)
			goto out;
		for (j = 0; j < i && cols[i] >= 0; j++)
			if (cols[j] == cols[i] && fe_add(errs, r.line, "header", FE_REPEATED, name) < 0)
				goto out;
	}
	ncols = r.n;
	if (fe_any(errs)) {
		err = C2C_OK;
		goto out;
	}
	/* The records: every one is checked, so that every bad line is reported at once. */
	while ((rc = csv_record(s, len, &pos, &line, &r)) == 1) {
		struct kpi_entry *e;
		if (r.bad != NULL) {
			if (fe_add(errs, r.line, "line", FE_CSV, r.bad) < 0)
				goto out;
			continue;
		}
		if (r.n != ncols) {
			char d[80];
			snprintf(d, sizeof(d), "%zu fields; the header has %zu", r.n, ncols);
			if (fe_add(errs, r.line, "line", FE_CSV, d) < 0)
				goto out;
			continue;
		}
		if ((e = kpi_batch_add(out, r.line)) == NULL) {
			if (out->n < KPI_ENTRIES_MAX)
				goto out;
			if (fe_add(errs, r.line, "body", FE_TOO_MANY, NULL) < 0)
				goto out;
			break;
		}
		for (i = 0; i < ncols; i++)
			if (kpi_entry_set(e, kfields[cols[i]], r.data.data + r.off[i], r.len[i], errs) == -2)
				goto out;
		kpi_entry_finish(e, errs);
	}
	if (rc < 0)
		goto out;
	if (out->n == 0 && !fe_any(errs) && fe_add(errs, line, "body", FE_EMPTY, NULL) < 0)
		goto out;
	err = C2C_OK;
out:
	buf_free(&r.data);
	return err;
}

/* ----------------------------------------------------------------------------- form */

enum c2c_err
kpi_form_parse(const char *s, size_t len, struct kpi_batch *out, struct field_errors *errs,
    char *csrf, size_t csrf_max)
{
	struct kpi_entry *e;
	size_t pos = 0;

	csrf[0] = '\0';
	if ((e = kpi_batch_add(out, 0)) == NULL)
		return C2C_ENOMEM;
	while (pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nlen, vlen;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val;
		int rc;

		if (end == pos) {
			pos++;
			continue;
		}
		name = param_decode(s + pos, eq ? (size_t)(eq - s) - pos : end - pos, 1, &nlen);
		val = eq ? param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vlen) : strdup("");
		if (!eq)
			vlen = 0;
		pos = end + 1;
		if (name == NULL || val == NULL || strlen(name) != nlen) {
			/* Bad percent-encoding: name the field when its name is readable. */
			rc = fe_add(errs, 0, name && strlen(name) == nlen && nlen < 32 ? name : "form",
			    FE_UTF8, NULL);
			free(name);
			free(val);
			if (rc < 0)
				return C2C_ENOMEM;
			continue;
		}
		if (strcmp(name, "csrf") == 0) {
			if (vlen < csrf_max && strlen(val) == vlen)
				memcpy(csrf, val, vlen + 1);
		} else if (strcmp(name, "lang") != 0) {
			rc = kpi_entry_set(e, name, val, vlen, errs);
			if (rc == -1)
				rc = fe_add(errs, 0, nlen < 32 && utf8_valid_text(name, nlen) ? name : "form",
				    FE_UNKNOWN_FIELD, NULL);
			if (rc < 0) {
				free(name);
				free(val);
				return C2C_ENOMEM;
			}
		}
		free(name);
		free(val);
	}
	kpi_entry_finish(e, errs);
	return C2C_OK;
}

/* ------------------------------------------------------------------------------ XML */

static int
is_c2c(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, BAD_CAST C2C_NS) && xmlStrEqual(n->name, BAD_CAST name);
}

/* Sets field `name` from the content of an attribute or element (NULL: nothing). */
static int
set_xml(struct kpi_entry *e, const char *name, xmlChar *text, struct field_errors *errs)
{
	int rc = 0;

	if (text != NULL)
		rc = kpi_entry_set(e, name, (const char *)text, strlen((const char *)text), errs);
	xmlFree(text);
	return rc == -2 ? -1 : 0;
}

static enum c2c_err
xml_entry(xmlNodePtr n, struct kpi_batch *out, struct field_errors *errs)
{
	struct kpi_entry *e;
	xmlNodePtr c;

	if ((e = kpi_batch_add(out, (int)xmlGetLineNo(n))) == NULL)
		return out->n >= KPI_ENTRIES_MAX ?
		    (fe_add(errs, (int)xmlGetLineNo(n), "body", FE_TOO_MANY, NULL) < 0 ? C2C_ENOMEM : C2C_EINVAL) :
		    C2C_ENOMEM;
	if (set_xml(e, "kpi", xmlGetNoNsProp(n, BAD_CAST "kpi"), errs) < 0)
		return C2C_ENOMEM;
	for (c = n->children; c != NULL; c = c->next) {
		int rc = 0;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_c2c(c, "partnership"))
			rc = set_xml(e, "partnership", xmlGetNoNsProp(c, BAD_CAST "id"), errs);
		else if (is_c2c(c, "city"))
			rc = set_xml(e, "city", xmlGetNoNsProp(c, BAD_CAST "slug"), errs);
		else if (is_c2c(c, "period"))
			rc = set_xml(e, "start", xmlGetNoNsProp(c, BAD_CAST "start"), errs) |
			    set_xml(e, "end", xmlGetNoNsProp(c, BAD_CAST "end"), errs);
		else if (kfield_find((const char *)c->name, strlen((const char *)c->name)) >= 0)
			rc = set_xml(e, (const char *)c->name, xmlNodeGetContent(c), errs);
		if (rc < 0)
			return C2C_ENOMEM;
	}
	kpi_entry_finish(e, errs);
	return C2C_OK;
}

enum c2c_err
kpi_xml_entries(xmlDocPtr doc, struct kpi_batch *out, struct field_errors *errs)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), n;
	enum c2c_err rc;

	if (root == NULL)
		return fe_add(errs, 1, "body", FE_EMPTY, NULL) < 0 ? C2C_ENOMEM : C2C_OK;
	if (is_c2c(root, "kpi-entry"))
		return (rc = xml_entry(root, out, errs)) == C2C_EINVAL ? C2C_OK : rc;
	if (!is_c2c(root, "kpi-entries"))
		return fe_add(errs, (int)xmlGetLineNo(root), "body", FE_SCHEMA,
		    "the root element is not kpi-entries or kpi-entry") < 0 ? C2C_ENOMEM : C2C_OK;
	for (n = root->children; n != NULL; n = n->next)
		if (is_c2c(n, "kpi-entry") && (rc = xml_entry(n, out, errs)) != C2C_OK)
			return rc == C2C_EINVAL ? C2C_OK : rc;
	if (out->n == 0)
		return fe_add(errs, (int)xmlGetLineNo(root), "body", FE_EMPTY, NULL) < 0 ? C2C_ENOMEM : C2C_OK;
	return C2C_OK;
}

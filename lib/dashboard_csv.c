/* dashboard_csv.c: the tables of the partnership dashboard and of the overview as CSV,
 * read off the <dashboard> element the page itself is built from, so that the download
 * and the page cannot disagree; and the CSV fields every dashboard table is written in.
 * (The KPI histories and the city dashboard's tables have their own writers: they are
 * not one element per row.) */
#include <stdio.h>
#include <string.h>

#include "dashboard.h"
#include "dashboard_impl.h"
#include "xml.h"

/* One CSV field: quoted when needed; text that starts like a formula gets a ' first,
 * inside the quotes when there are any (RFC 4180: a quoted field starts with the quote). */
int
dashboard_csv_field(struct buf *out, const char *s, int text, int last)
{
	const char *p;
	int guard;

	if (s == NULL)
		s = "";
	guard = text && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		if ((guard && buf_puts(out, "'") < 0) || buf_puts(out, s) < 0)
			return -1;
	} else {
		if (buf_puts(out, "\"") < 0 || (guard && buf_puts(out, "'") < 0))
			return -1;
		for (p = s; *p != '\0'; p++)
			if ((*p == '"' && buf_puts(out, "\"\"") < 0) || (*p != '"' && buf_append(out, p, 1) < 0))
				return -1;
		if (buf_puts(out, "\"") < 0)
			return -1;
	}
	return buf_puts(out, last ? "\r\n" : ",");
}

int
dashboard_csv_num(struct buf *out, double v, int present, int last)
{
	char s[40] = "";

	if (present)
		snprintf(s, sizeof(s), "%.4f", v + 0.0);
	return dashboard_csv_field(out, s, 0, last);
}

/* Where a column's value is: an attribute of the row, or the text of a child element
 * (with xml:lang lang, when lang is set). */
struct csv_col {
	const char *header;
	const char *attr;    /* or NULL */
	const char *child;   /* when attr is NULL; both NULL: the row element's own name */
	const char *lang;
	int         text;    /* free text: guarded against formulas */
};

static const char *
child_text(xmlNodePtr row, const char *name, const char *lang, xmlChar **owned)
{
	xmlNodePtr c;

	for (c = row->children; c != NULL; c = c->next) {
		xmlChar *l;
		int match;
		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, name) != 0)
			continue;
		if (lang == NULL)
			return (const char *)(*owned = xmlNodeGetContent(c));
		l = xmlNodeGetLang(c);
		match = l != NULL && strcmp((const char *)l, lang) == 0;
		xmlFree(l);
		if (match)
			return (const char *)(*owned = xmlNodeGetContent(c));
	}
	return NULL;
}

/* The header row, then one row per child element `elem` of parent (any element when elem
 * is NULL). */
static enum c2c_err
rows_csv(xmlNodePtr parent, const char *elem, const struct csv_col *cols, size_t ncols,
    struct buf *out)
{
	xmlNodePtr r;
	size_t i;

	for (i = 0; i < ncols; i++)
		if (dashboard_csv_field(out, cols[i].header, 0, i + 1 == ncols) < 0)
			return C2C_ENOMEM;
	for (r = parent != NULL ? parent->children : NULL; r != NULL; r = r->next) {
		if (r->type != XML_ELEMENT_NODE || (elem != NULL && strcmp((const char *)r->name, elem) != 0))
			continue;
		for (i = 0; i < ncols; i++) {
			xmlChar *owned = NULL;
			const char *v = cols[i].attr != NULL ?
			    (const char *)(owned = xmlGetProp(r, BAD_CAST cols[i].attr)) :
			    cols[i].child != NULL ? child_text(r, cols[i].child, cols[i].lang, &owned) :
			    (const char *)r->name;
			int bad = dashboard_csv_field(out, v, cols[i].text, i + 1 == ncols) < 0;
			xmlFree(owned);
			if (bad)
				return C2C_ENOMEM;
		}
	}
	return C2C_OK;
}

/* The first element child of parent named name, or NULL. */
static xmlNodePtr
child(xmlNodePtr parent, const char *name)
{
	xmlNodePtr c;

	for (c = parent != NULL ? parent->children : NULL; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

enum c2c_err
dashboard_partnership_table_csv(struct db *db, long long id, const char *today,
    const char *table, const char *from, const char *to, struct buf *out)
{
	static const struct csv_col agreements[] = {
		{ "agreement", "id", NULL, NULL, 0 },
		{ "kind", "kind", NULL, NULL, 0 },
		{ "title", NULL, "title", NULL, 1 },
		{ "signed", "signed", NULL, NULL, 0 },
		{ "valid_until", "valid-until", NULL, NULL, 0 },
		{ "renewal_months", "renewal-months", NULL, NULL, 0 },
		{ "state", "state", NULL, NULL, 0 },
		{ "expires", "due", NULL, NULL, 0 },
		{ "next_renewal", "next-renewal", NULL, NULL, 0 },
		{ "days_left", "days", NULL, NULL, 0 },
	};
	/* By status, then by area: "status,planned,,,,3" and "area,,culture,Culture,文化,2"
	 * (an empty key: no area given). */
	static const struct csv_col activities[] = {
		{ "by", NULL, NULL, NULL, 0 },
		{ "status", "name", NULL, NULL, 0 },
		{ "area", "slug", NULL, NULL, 0 },
		{ "name_en", NULL, "name", "en", 1 },
		{ "name_zh", NULL, "name", "zh", 1 },
		{ "activities", "count", NULL, NULL, 0 },
	};
	int ag = table != NULL && strcmp(table, "agreements") == 0;
	xmlNodePtr root, dash;
	xmlDocPtr doc;
	enum c2c_err rc;

	if (!ag && (table == NULL || strcmp(table, "activities") != 0))
		return C2C_EINVAL;
	if ((doc = xml_doc_new("partnership", &root)) == NULL)
		return C2C_ENOMEM;
	/* Internal KPI values play no part in these two tables. */
	rc = dashboard_partnership(db, id, today, "en", from, to, 0, root);
	if (rc == C2C_OK) {
		dash = child(root, "dashboard");
		rc = ag ? rows_csv(child(dash, "timeline"), "agreement", agreements, NCOLS(agreements), out) :
		    rows_csv(child(dash, "activities"), NULL, activities, NCOLS(activities), out);
	}
	xmlFreeDoc(doc);
	return rc;
}

enum c2c_err
dashboard_overview_csv(struct db *db, const char *table, const char *from, const char *to,
    struct buf *out)
{
	static const struct csv_col country[] = {
		{ "country", "key", NULL, NULL, 0 },
		{ "name_en", NULL, "name", "en", 1 },
		{ "name_zh", NULL, "name", "zh", 1 },
		{ "partnerships", "value", NULL, NULL, 0 },
	};
	static const struct csv_col area[] = {
		{ "area", "key", NULL, NULL, 0 },
		{ "name_en", NULL, "name", "en", 1 },
		{ "name_zh", NULL, "name", "zh", 1 },
		{ "partnerships", "value", NULL, NULL, 0 },
	};
	static const struct csv_col year[] = {
		{ "year", "key", NULL, NULL, 0 },
		{ "partnerships", "value", NULL, NULL, 0 },
	};
	static const struct csv_col map[] = {
		{ "partnership", "key", NULL, NULL, 0 },
		{ "europe", "europe", NULL, NULL, 0 },
		{ "china", "china", NULL, NULL, 0 },
		{ "name_en", NULL, "name", "en", 1 },
		{ "name_zh", NULL, "name", "zh", 1 },
		{ "drawn", "drawn", NULL, NULL, 0 },
	};
	static const struct {
		const char *name;
		const struct csv_col *cols;
		size_t ncols;
	} tables[] = {
		{ "by-country", country, NCOLS(country) },
		{ "by-area", area, NCOLS(area) },
		{ "per-year", year, NCOLS(year) },
		{ "map", map, NCOLS(map) },
	};
	xmlNodePtr root, f;
	xmlDocPtr doc;
	enum c2c_err rc;
	size_t t;

	for (t = 0; t < NCOLS(tables) && (table == NULL || strcmp(tables[t].name, table) != 0); t++)
		;
	if (t == NCOLS(tables))
		return C2C_EINVAL;
	if ((doc = xml_doc_new("overview", &root)) == NULL)
		return C2C_ENOMEM;
	if ((rc = dashboard_overview(db, "en", from, to, root)) == C2C_OK) {
		for (f = child(root, "dashboard"), f = f != NULL ? f->children : NULL; f != NULL; f = f->next) {
			xmlChar *n = f->type == XML_ELEMENT_NODE ? xmlGetProp(f, BAD_CAST "name") : NULL;
			int match = n != NULL && strcmp((const char *)n, table) == 0;
			xmlFree(n);
			if (match)
				break;
		}
		rc = rows_csv(f, "row", tables[t].cols, tables[t].ncols, out);
		/* The partnerships whose start is unknown: counted apart, as on the page. */
		if (rc == C2C_OK && f != NULL && strcmp(table, "per-year") == 0) {
			xmlChar *u = xmlGetProp(f, BAD_CAST "unknown");
			if (u != NULL && strcmp((const char *)u, "0") != 0 &&
			    (dashboard_csv_field(out, "unknown", 0, 0) < 0 ||
			    dashboard_csv_field(out, (const char *)u, 0, 1) < 0))
				rc = C2C_ENOMEM;
			xmlFree(u);
		}
	}
	xmlFreeDoc(doc);
	return rc;
}

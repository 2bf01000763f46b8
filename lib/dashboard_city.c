/* dashboard_city.c: the dashboard of one city ("/cities/{slug}/dashboard") and its CSV
 * tables: the city, its partnerships side by side with a bar chart per measure; its KPIs
 * summed across them (lib/dashboard_city_kpi.c), its own values (lib/dashboard_values.c)
 * and its events and its partners' in every local time (lib/dashboard_city_events.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "dashboard_impl.h"
#include "labels.h"
#include "rowxml.h"
#include "xml.h"

/* --- partnerships side by side ------------------------------------------------------- */

static const char *const measures[] = { "agreements", "activities", "events", "kpi-values" };
#define NMEASURES (sizeof(measures) / sizeof(measures[0]))

/* One bar chart per measure, a bar per partnership, named by the partner city. */
static enum c2c_err
partner_charts(xmlNodePtr dash, const struct db_rows *r, const char *lang)
{
	static const char *const titles[NMEASURES] = {
		"chart.city.agreements", "chart.city.activities", "chart.city.events", "chart.city.kpi-values",
	};
	int zh = strcmp(lang, "zh") == 0;
	int cen = db_col(r, "partner/name@en"), czh = db_col(r, "partner/name@zh");
	const char **labels = calloc(r->nrows + 1, sizeof(*labels));
	double *vals = calloc(r->nrows + 1, sizeof(*vals));
	enum c2c_err rc = C2C_ENOMEM;
	size_t m, i;

	if (labels == NULL || vals == NULL)
		goto out;
	for (m = 0; m < NMEASURES; m++) {
		char attr[32], id[48];
		struct chart_spec spec;
		xmlNodePtr ch;
		int col;

		snprintf(attr, sizeof(attr), "@%s", measures[m]);
		col = db_col(r, attr);
		for (i = 0; i < r->nrows; i++) {
			const char *name = zh && db_cell(r, i, (size_t)czh) ? db_cell(r, i, (size_t)czh) :
			    db_cell(r, i, (size_t)cen);
			labels[i] = name != NULL ? name : "?";
			vals[i] = db_cell_double(r, i, (size_t)col, 0);
		}
		memset(&spec, 0, sizeof(spec));
		snprintf(id, sizeof(id), "partners-%s", measures[m]);
		spec.id_prefix = id;
		spec.title = label_text(titles[m], zh);
		spec.lang = lang;
		if ((ch = xml_add(dash, "chart")) == NULL || xml_set_attr(ch, "measure", measures[m]) < 0)
			goto out;
		if ((rc = chart_bars(ch, &spec, labels, vals, r->nrows)) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	free(labels);
	free(vals);
	return rc;
}

/* --- the page -------------------------------------------------------------------------- */

static const char sql_city[] =
    "SELECT c.id AS _id, c.slug AS `@slug`, c.side AS `@side`, c.country_code AS `@country`, "
    "c.name_en AS `name@en`, c.name_local AS `local-name`, c.name_zh AS `name@zh`, "
    "COALESCE(c.time_zone, z.time_zone) AS `time-zone` "
    "FROM cities c LEFT JOIN country_time_zones z ON z.code = c.country_code "
    "WHERE c.slug = ? AND c.deleted_at IS NULL";

/* The city's partnerships with their counts in the range; parameters: PARTNERSHIPS_ARGS.
 * The events of a partnership are counted per side, each by the events_city index:
 * "city_id IN (p.europe_city_id, p.china_city_id)" read every event for each partnership
 * (issue 15: 4 s at 2 million events). */
static const char sql_partnerships[] =
    "SELECT p.id AS `@id`, p.kind AS `@kind`, p.status AS `@status`, p.since_year AS `@since`, "
    "(SELECT COUNT(*) FROM agreements g WHERE g.partnership_id = p.id AND g.deleted_at IS NULL "
    "  AND (? IS NULL OR g.signed_on >= ?) AND (? IS NULL OR g.signed_on <= ?)) AS `@agreements`, "
    "(SELECT COUNT(*) FROM activities t WHERE t.partnership_id = p.id AND t.deleted_at IS NULL "
    "  AND t.status <> 'cancelled' AND (? IS NULL OR COALESCE(t.ends_on, t.starts_on) >= ?) "
    "  AND (? IS NULL OR t.starts_on <= ?)) AS `@activities`, "
    "(SELECT COUNT(*) FROM events e WHERE e.removed_at IS NULL AND e.city_id = p.europe_city_id "
    "  AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)) "
    "+ (SELECT COUNT(*) FROM events e WHERE e.removed_at IS NULL AND e.city_id = p.china_city_id "
    "  AND p.china_city_id <> p.europe_city_id "
    "  AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)) AS `@events`, "
    "(SELECT COUNT(*) FROM kpi_values v WHERE v.partnership_id = p.id AND v.internal = 0 "
    "  AND NOT EXISTS (SELECT 1 FROM kpi_values s WHERE s.supersedes_id = v.id) "
    "  AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?)) AS `@kpi-values`, "
    "o.slug AS `partner/@slug`, o.side AS `partner/@side`, o.country_code AS `partner/@country`, "
    "o.name_en AS `partner/name@en`, o.name_local AS `partner/local-name`, "
    "o.name_zh AS `partner/name@zh`, COALESCE(o.time_zone, z.time_zone) AS `partner/time-zone` "
    "FROM partnerships p JOIN cities o ON o.id = IF(p.europe_city_id = ?, p.china_city_id, p.europe_city_id) "
    "LEFT JOIN country_time_zones z ON z.code = o.country_code "
    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
    "ORDER BY o.name_en, p.id";

/* The 21 parameters of sql_partnerships. */
#define PARTNERSHIPS_ARGS(from, to, id) { DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_I(id), DBP_I(id), DBP_I(id) }

/* The city of slug: *c its row (sql_city; caller frees), *id its id.  C2C_ENOTFOUND,
 * *c freed, when there is none. */
static enum c2c_err
city_of(struct db *db, const char *slug, struct db_rows *c, long long *id)
{
	struct db_param a[] = { DBP_S(slug) };
	enum c2c_err rc;

	if ((rc = db_query(db, sql_city, a, 1, c)) != C2C_OK)
		return rc;
	if (c->nrows == 0) {
		db_rows_free(c);
		return C2C_ENOTFOUND;
	}
	*id = atoll(db_cell(c, 0, 0));
	return C2C_OK;
}

enum c2c_err
dashboard_city(struct db *db, const char *slug, const char *today, const char *lang,
    const char *from, const char *to, xmlNodePtr root)
{
	struct db_rows c, p;
	struct place *places = NULL;
	xmlNodePtr dash, box;
	long long id;
	enum c2c_err rc;
	size_t i;

	memset(&p, 0, sizeof(p));
	if ((rc = city_of(db, slug, &c, &id)) != C2C_OK)
		return rc;
	{
		struct db_param b[] = PARTNERSHIPS_ARGS(from, to, id);
		if ((rc = db_query(db, sql_partnerships, b, sizeof(b) / sizeof(b[0]), &p)) != C2C_OK)
			goto out;
	}
	rc = C2C_ENOMEM;
	if (xml_add_row(root, "city", &c, 0) == NULL || (places = calloc(p.nrows + 1, sizeof(*places))) == NULL)
		goto out;
	places[0] = (struct place){ db_cell(&c, 0, 1), db_cell(&c, 0, 4), db_cell(&c, 0, 5),
		db_cell(&c, 0, 6), db_cell(&c, 0, 7) };
	for (i = 0; i < p.nrows; i++)
		places[i + 1] = (struct place){ db_cell(&p, i, (size_t)db_col(&p, "partner/@slug")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/name@en")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/local-name")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/name@zh")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/time-zone")) };
	/* The KPIs (city_kpis) may add illustrative="1" to <dashboard>, after today. */
	if ((dash = xml_add(root, "dashboard")) == NULL || xml_set_attr(dash, "today", today) < 0 ||
	    (box = xml_add(dash, "partnerships")) == NULL ||
	    xml_set_attr_int(box, "count", (long long)p.nrows) < 0)
		goto out;
	for (i = 0; i < p.nrows; i++)
		if (xml_add_row(box, "partnership", &p, i) == NULL)
			goto out;
	if ((p.nrows > 0 && (rc = partner_charts(dash, &p, lang)) != C2C_OK) ||
	    (rc = city_kpis(db, id, today, from, to, lang, dash)) != C2C_OK ||
	    (rc = dashboard_city_own(db, id, lang, from, to, dash)) != C2C_OK)
		goto out;
	rc = city_events(db, id, from, to, dash, places, p.nrows + 1);
out:
	free(places);
	db_rows_free(&c);
	db_rows_free(&p);
	return rc;
}

/* Writes the columns cols (names in r, NULL-terminated) of every row of r as CSV, under
 * the header names; text columns (text[i]) formula-safe.  0 or -1 (out of memory). */
int
city_rows_csv(struct buf *out, const struct db_rows *r, const char *const *cols, const char *const *names,
    const int *text)
{
	size_t i, j, n = 0;
	int idx[32];

	while (cols[n] != NULL && n < 32) {
		idx[n] = db_col(r, cols[n]);
		n++;
	}
	for (j = 0; j < n; j++)
		if (dashboard_csv_field(out, names[j], 0, j + 1 == n) < 0)
			return -1;
	for (i = 0; i < r->nrows; i++)
		for (j = 0; j < n; j++)
			if (dashboard_csv_field(out, idx[j] < 0 ? NULL : db_cell(r, i, (size_t)idx[j]),
			    text[j], j + 1 == n) < 0)
				return -1;
	return 0;
}

static enum c2c_err
partnerships_csv(struct db *db, long long id, const char *from, const char *to, struct buf *out)
{
	static const char *const cols[] = { "@id", "partner/@slug", "partner/name@en", "partner/name@zh",
		"partner/@country", "@kind", "@status", "@since", "@agreements", "@activities", "@events",
		"@kpi-values", NULL };
	static const char *const names[] = { "partnership", "partner", "partner_name_en", "partner_name_zh",
		"partner_country", "kind", "status", "since", "agreements", "activities", "events", "kpi_values" };
	static const int text[] = { 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
	struct db_param b[] = PARTNERSHIPS_ARGS(from, to, id);
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql_partnerships, b, sizeof(b) / sizeof(b[0]), &r)) != C2C_OK)
		return rc;
	rc = city_rows_csv(out, &r, cols, names, text) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	return rc;
}

enum c2c_err
dashboard_city_csv(struct db *db, const char *slug, const char *table, const char *from,
    const char *to, struct buf *out)
{
	struct db_rows c;
	enum c2c_err rc;
	long long id;

	if (table == NULL)
		table = "kpis";
	if (strcmp(table, "kpis") != 0 && strcmp(table, "partnerships") != 0 && strcmp(table, "events") != 0 &&
	    strcmp(table, "own") != 0)
		return C2C_EINVAL;
	if ((rc = city_of(db, slug, &c, &id)) != C2C_OK)
		return rc;
	if (strcmp(table, "partnerships") == 0)
		rc = partnerships_csv(db, id, from, to, out);
	else if (strcmp(table, "events") == 0)
		rc = city_events_csv(db, id, from, to, out);
	else if (strcmp(table, "own") == 0)
		rc = dashboard_city_own_csv(db, id, from, to, out);
	else
		rc = city_kpis_csv(db, id, from, to, out);
	db_rows_free(&c);
	return rc;
}

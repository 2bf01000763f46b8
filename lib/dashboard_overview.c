/* dashboard_overview.c: the platform's dashboard on "/": partnerships by country and by
 * cooperation area, new partnerships per year (each a bar chart with its numbers as rows
 * for the table beside it), and a map of Europe and China with the partner cities and
 * the lines between them (map.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "labels.h"
#include "map.h"
#include "xml.h"

#define MAP_LABEL_MIN 3   /* cities with this many partnerships get their name on the map */
/* The map's rows: the newest partnerships (highest ids), each with its line when both its
 * cities are on the map.  5,000 lines made a 2.5 MB page that no one could read, and the
 * table of every partnership kept it at 1.2 MB (issue 15): the page's size must not grow
 * with the data.  The figure says how many of how many; /partnerships lists them all. */
#define MAP_LINES_DRAWN 500

/* The time range of the overview: a partnership is in it when the year it began lies in
 * the years of from and to; one whose start is unknown cannot be placed and is then left
 * out.  Four parameters: RANGE_ARGS. */
#define RANGE " AND (? IS NULL OR p.since_year >= YEAR(?)) AND (? IS NULL OR p.since_year <= YEAR(?)) "
#define RANGE_ARGS(from, to) DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to)
/* Every current partnership once per city it joins, as (id, since_year, city_id): "a
 * partnership of this city" as an OR of both sides read every partnership for every city
 * (issue 15: 3 s at 5,000 partnerships); two scans make it one pass.  A partnership
 * cannot join a city to itself, but the second side skips that case anyway so that the
 * counts stay those of the OR. */
#define BOTH_SIDES \
	"(SELECT id, since_year, europe_city_id AS city_id FROM partnerships WHERE deleted_at IS NULL " \
	"  UNION ALL SELECT id, since_year, china_city_id FROM partnerships " \
	"  WHERE deleted_at IS NULL AND china_city_id <> europe_city_id)"

/* One figure from rows of (key, name_en, name_zh, count): <figure name> with a <row key
 * value> (and names) per row, then the bar chart of the same numbers, titled by the label
 * title_key. */
static enum c2c_err
figure(struct db *db, xmlNodePtr dash, const char *sql, const char *from, const char *to,
    const char *name, const char *title_key, const char *lang, xmlNodePtr *out)
{
	struct db_param a[] = { RANGE_ARGS(from, to) };
	int zh = strcmp(lang, "zh") == 0;
	struct db_rows r;
	const char **labels = NULL;
	double *vals = NULL;
	xmlNodePtr f, x;
	enum c2c_err rc;
	size_t i;
	char id[48];
	struct chart_spec spec;

	if ((rc = db_query(db, sql, a, 4, &r)) != C2C_OK)
		return rc;
	rc = C2C_ENOMEM;
	if ((labels = calloc(r.nrows + 1, sizeof(*labels))) == NULL ||
	    (vals = calloc(r.nrows + 1, sizeof(*vals))) == NULL ||
	    (f = xml_add(dash, "figure")) == NULL || xml_set_attr(f, "name", name) < 0)
		goto out;
	for (i = 0; i < r.nrows; i++) {
		const char *en = db_cell(&r, i, 1), *cn = db_cell(&r, i, 2);
		if ((x = xml_add(f, "row")) == NULL || xml_set_attr(x, "key", db_cell(&r, i, 0)) < 0 ||
		    xml_set_attr(x, "value", db_cell(&r, i, 3)) < 0 ||
		    (en != NULL && xml_set_lang(xml_add_text(x, "name", en), "en") < 0) ||
		    (cn != NULL && xml_set_lang(xml_add_text(x, "name", cn), "zh") < 0))
			goto out;
		labels[i] = zh && cn != NULL ? cn : en != NULL ? en : db_cell(&r, i, 0);
		vals[i] = db_cell_double(&r, i, 3, 0);
	}
	memset(&spec, 0, sizeof(spec));
	snprintf(id, sizeof(id), "overview-%s", name);
	spec.id_prefix = id;
	spec.title = label_text(title_key, zh);
	spec.unit = label_text("chart.ov.unit", zh);
	spec.lang = lang;
	if ((x = xml_add(f, "chart")) == NULL)
		goto out;
	rc = chart_bars(x, &spec, labels, vals, r.nrows);
	if (out != NULL)
		*out = f;
out:
	free(labels);
	free(vals);
	db_rows_free(&r);
	return rc;
}

/* The index of id in ids[0..n) (ascending), or (size_t)-1. */
static size_t
city_index(const long long *ids, size_t n, long long id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ids[mid] == id)
			return mid;
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)-1;
}

static enum c2c_err
map_figure(struct db *db, xmlNodePtr dash, const char *lang, const char *from, const char *to)
{
	static const char sql_cities[] =
	    "SELECT c.id, c.name_en, c.name_zh, c.lat, c.lon, c.side, n.n "
	    "FROM cities c JOIN (SELECT p.city_id, COUNT(*) AS n FROM " BOTH_SIDES " p WHERE TRUE " RANGE
	    "  GROUP BY p.city_id) n ON n.city_id = c.id "
	    "WHERE c.deleted_at IS NULL AND c.lat IS NOT NULL AND c.lon IS NOT NULL ORDER BY c.id";
	static const char sql_lines[] =
	    "SELECT p.id, p.europe_city_id, p.china_city_id, e.slug, c.slug, "
	    "e.name_en, c.name_en, COALESCE(e.name_zh, e.name_en), COALESCE(c.name_zh, c.name_en) "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN cities c ON c.id = p.china_city_id "
	    "WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND c.deleted_at IS NULL " RANGE
	    "ORDER BY p.id DESC LIMIT 500";
	/* All of them, and those whose line the map could draw (both cities placed). */
	static const char sql_count[] =
	    "SELECT COUNT(*), COALESCE(SUM(e.lat IS NOT NULL AND e.lon IS NOT NULL "
	    "  AND c.lat IS NOT NULL AND c.lon IS NOT NULL), 0) "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN cities c ON c.id = p.china_city_id "
	    "WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND c.deleted_at IS NULL " RANGE;
	struct db_param ra[] = { RANGE_ARGS(from, to) };
	int zh = strcmp(lang, "zh") == 0;
	struct db_rows rc_, rl, rn;
	struct map_city *mc = NULL;
	struct map_line *ml = NULL;
	char (*titles)[256] = NULL;
	long long *ids = NULL;
	size_t i, j, nl = 0;
	xmlNodePtr f, x;
	enum c2c_err rc;
	struct chart_spec spec;
	const char *regions[2] = { label_text("side.europe", zh), label_text("side.china", zh) };

	_Static_assert(MAP_LINES_DRAWN == 500, "the LIMIT above");
	memset(&rl, 0, sizeof(rl));
	memset(&rn, 0, sizeof(rn));
	if ((rc = db_query(db, sql_cities, ra, 4, &rc_)) != C2C_OK)
		return rc;
	if ((rc = db_query(db, sql_lines, ra, 4, &rl)) != C2C_OK ||
	    (rc = db_query(db, sql_count, ra, 4, &rn)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if ((mc = calloc(rc_.nrows + 1, sizeof(*mc))) == NULL || (ml = calloc(rl.nrows + 1, sizeof(*ml))) == NULL ||
	    (titles = calloc(rl.nrows + 1, sizeof(*titles))) == NULL ||
	    (ids = calloc(rc_.nrows + 1, sizeof(*ids))) == NULL)
		goto out;
	for (i = 0; i < rc_.nrows; i++) {
		ids[i] = db_cell_ll(&rc_, i, 0, -1);
		const char *cn = db_cell(&rc_, i, 2);
		mc[i].name = zh && cn != NULL ? cn : db_cell(&rc_, i, 1);
		mc[i].lat = db_cell_double(&rc_, i, 3, 0);
		mc[i].lon = db_cell_double(&rc_, i, 4, 0);
		mc[i].china = db_cell_is(&rc_, i, 5, "china");
		mc[i].label = (int)db_cell_ll(&rc_, i, 6, 0) >= MAP_LABEL_MIN;
	}
	if ((f = xml_add(dash, "figure")) == NULL || xml_set_attr(f, "name", "map") < 0 ||
	    xml_set_attr_int(f, "cities", (long long)rc_.nrows) < 0 ||
	    xml_set_attr_int(f, "partnerships", db_cell_ll(&rn, 0, 0, 0)) < 0 ||
	    xml_set_attr_int(f, "lines", db_cell_ll(&rn, 0, 1, 0)) < 0)
		goto out;
	/* Both cities must be on the map (rows come ordered by city id: a binary search,
	 * since a scan per line costs cities x lines).  The rows come newest first; the table
	 * and the drawing go oldest first. */
	for (j = rl.nrows; j-- > 0; ) {
		size_t a = city_index(ids, rc_.nrows, db_cell_ll(&rl, j, 1, -1));
		size_t b = city_index(ids, rc_.nrows, db_cell_ll(&rl, j, 2, -1));
		i = rl.nrows - 1 - j;
		if ((x = xml_add(f, "row")) == NULL || xml_set_attr(x, "key", db_cell(&rl, j, 0)) < 0 ||
		    xml_set_attr(x, "europe", db_cell(&rl, j, 3)) < 0 ||
		    xml_set_attr(x, "china", db_cell(&rl, j, 4)) < 0 ||
		    xml_set_attr(x, "drawn", a != (size_t)-1 && b != (size_t)-1 ? "1" : "0") < 0)
			goto out;
		snprintf(titles[i], sizeof(titles[i]), "%s – %s", db_cell(&rl, j, 5), db_cell(&rl, j, 6));
		if (xml_set_lang(xml_add_text(x, "name", titles[i]), "en") < 0)
			goto out;
		snprintf(titles[i], sizeof(titles[i]), "%s – %s", db_cell(&rl, j, 7), db_cell(&rl, j, 8));
		if (xml_set_lang(xml_add_text(x, "name", titles[i]), "zh") < 0)
			goto out;
		if (a == (size_t)-1 || b == (size_t)-1)
			continue;
		if (!zh)
			snprintf(titles[i], sizeof(titles[i]), "%s – %s", db_cell(&rl, j, 5), db_cell(&rl, j, 6));
		ml[nl++] = (struct map_line){ a, b, titles[i] };
	}
	if (xml_set_attr_int(f, "lines-drawn", (long long)nl) < 0)
		goto out;
	memset(&spec, 0, sizeof(spec));
	spec.id_prefix = "overview-map";
	spec.title = label_text("chart.ov.map", zh);
	spec.description = label_text("chart.ov.map.desc", zh);
	spec.lang = lang;
	if ((x = xml_add(f, "chart")) == NULL)
		goto out;
	rc = map_draw(x, &spec, mc, rc_.nrows, ml, nl, regions);
out:
	free(mc);
	free(ml);
	free(titles);
	free(ids);
	db_rows_free(&rc_);
	db_rows_free(&rl);
	db_rows_free(&rn);
	return rc;
}

enum c2c_err
dashboard_overview(struct db *db, const char *lang, const char *from, const char *to,
    xmlNodePtr root)
{
	static const char sql_country[] =
	    "SELECT co.code, co.name_en, co.name_zh, COUNT(DISTINCT p.id) FROM countries co "
	    "JOIN cities c ON c.country_code = co.code AND c.deleted_at IS NULL "
	    "JOIN " BOTH_SIDES " p ON p.city_id = c.id WHERE TRUE "
	    RANGE "GROUP BY co.code, co.name_en, co.name_zh ORDER BY COUNT(DISTINCT p.id) DESC, co.code";
	static const char sql_area[] =
	    "SELECT a.slug, a.name_en, a.name_zh, COUNT(p.id) FROM areas a "
	    "LEFT JOIN partnership_areas pa ON pa.area_id = a.id "
	    "LEFT JOIN partnerships p ON p.id = pa.partnership_id AND p.deleted_at IS NULL " RANGE
	    "GROUP BY a.slug, a.name_en, a.name_zh ORDER BY COUNT(p.id) DESC, a.name_en";
	static const char sql_year[] =
	    "SELECT p.since_year, NULL, NULL, COUNT(*) FROM partnerships p "
	    "WHERE p.deleted_at IS NULL AND p.since_year IS NOT NULL " RANGE
	    "GROUP BY p.since_year ORDER BY p.since_year";
	static const char sql_unknown[] =
	    "SELECT COUNT(*) FROM partnerships p WHERE p.deleted_at IS NULL AND p.since_year IS NULL";
	xmlNodePtr dash, year = NULL;
	struct db_rows r;
	enum c2c_err rc;

	if ((dash = xml_add(root, "dashboard")) == NULL)
		return C2C_ENOMEM;
	if ((rc = figure(db, dash, sql_country, from, to, "by-country", "chart.ov.by-country", lang,
	    NULL)) != C2C_OK ||
	    (rc = figure(db, dash, sql_area, from, to, "by-area", "chart.ov.by-area", lang,
	    NULL)) != C2C_OK ||
	    (rc = figure(db, dash, sql_year, from, to, "per-year", "chart.ov.per-year", lang,
	    &year)) != C2C_OK)
		return rc;
	/* Partnerships whose start the report does not give are counted apart, not hidden. */
	if ((rc = db_query(db, sql_unknown, NULL, 0, &r)) != C2C_OK)
		return rc;
	rc = xml_set_attr(year, "unknown", db_cell(&r, 0, 0)) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	return rc == C2C_OK ? map_figure(db, dash, lang, from, to) : rc;
}

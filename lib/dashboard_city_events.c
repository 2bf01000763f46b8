/* dashboard_city_events.c: the events of a city's dashboard: the 100 latest of the city
 * and its partners in the range, each timed one with its local time in every zone
 * concerned (the event's city, the dashboard's city, and for an event in the dashboard's
 * city every partner's), zones from lib/tz.h; and the same rows as CSV. */
#include <stdlib.h>
#include <string.h>

#include "dashboard_impl.h"
#include "event_sql.h"
#include "rowxml.h"
#include "tz.h"
#include "xml.h"

#define CITY_EVENTS_MAX 100   /* the latest ones in the range: a dashboard, not an archive */
#define ZONE_CACHE 16

/* Zones loaded for one request, each once. */
struct zones {
	size_t          n;
	const char     *name[ZONE_CACHE];
	struct tz_zone *z[ZONE_CACHE];
};

/* Frees the zones loaded; the names were borrowed. */
static void
zones_free(struct zones *zs)
{
	size_t i;

	for (i = 0; i < zs->n; i++)
		tz_free(zs->z[i]);
	zs->n = 0;
}

/* The zone name, loaded; NULL when unknown or unreadable (the event then shows UTC only:
 * a zone missing from this host's tzdata must not take the page down). */
static const struct tz_zone *
zones_get(struct zones *zs, const char *name)
{
	struct tz_zone *z;
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < zs->n; i++)
		if (strcmp(zs->name[i], name) == 0)
			return zs->z[i];
	if (zs->n == ZONE_CACHE || tz_load(name, &z) != C2C_OK)
		return NULL;
	zs->name[zs->n] = name;
	zs->z[zs->n++] = z;
	return z;
}

/* The slug and names of place p on n.  0 or -1. */
static int
add_names(xmlNodePtr n, const struct place *p)
{
	return xml_set_attr(n, "slug", p->slug) < 0 ||
	    xml_set_lang(xml_add_text(n, "name", p->en), "en") < 0 ||
	    (p->local != NULL && xml_add_text(n, "local-name", p->local) == NULL) ||
	    (p->zh != NULL && xml_set_lang(xml_add_text(n, "name", p->zh), "zh") < 0) ? -1 : 0;
}

static enum c2c_err
add_local(xmlNodePtr ev, struct zones *zs, const char *zone, int64_t start, int has_end,
    int64_t end, const struct place *places, const size_t *which, size_t nwhich)
{
	const struct tz_zone *z = zones_get(zs, zone);
	char s[TZ_LOCAL_LEN], e[TZ_LOCAL_LEN];
	struct tz_info info;
	xmlNodePtr l;
	size_t i;

	if (z == NULL)
		return C2C_OK;
	tz_format_local(z, start, s, &info);
	if ((l = xml_add(ev, "local")) == NULL || xml_set_attr(l, "zone", zone) < 0 ||
	    xml_set_attr(l, "offset", s + 19) < 0 || xml_set_attr(l, "dst", info.dst ? "1" : "0") < 0 ||
	    (info.abbr[0] != '\0' && xml_set_attr(l, "abbr", info.abbr) < 0) ||
	    xml_set_attr(l, "start", s) < 0)
		return C2C_ENOMEM;
	if (has_end) {
		tz_format_local(z, end, e, NULL);
		if (xml_set_attr(l, "end", e) < 0)
			return C2C_ENOMEM;
	}
	for (i = 0; i < nwhich; i++) {
		const struct place *p = &places[which[i]];
		xmlNodePtr c;
		if (p->zone == NULL || strcmp(p->zone, zone) != 0)
			continue;
		if ((c = xml_add(l, "city")) == NULL || add_names(c, p) < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

/* The local times of a timed event: in the zone of its city and of the dashboard's city;
 * for an event in the dashboard's city, also in every partner's zone.  One <local> per
 * zone, naming the cities that keep it. */
static enum c2c_err
event_locals(xmlNodePtr ev, struct zones *zs, const struct place *places, size_t nplaces,
    const char *venue, const char *start_s, const char *end_s)
{
	size_t which[64], nwhich = 0, i, j;
	int64_t start, end = 0;
	int has_end = end_s != NULL && tz_parse_utc(end_s, &end) == C2C_OK;
	enum c2c_err rc = C2C_OK;

	if (tz_parse_utc(start_s, &start) != C2C_OK)
		return C2C_OK;
	which[nwhich++] = 0;
	for (i = 1; i < nplaces && nwhich < 64; i++)
		if (strcmp(venue, places[0].slug) == 0 || strcmp(venue, places[i].slug) == 0)
			which[nwhich++] = i;
	/* One <local> per distinct zone, in the order the cities come. */
	for (i = 0; i < nwhich && rc == C2C_OK; i++) {
		const char *zone = places[which[i]].zone;
		int seen = 0;
		if (zone == NULL)
			continue;
		for (j = 0; j < i; j++)
			seen |= places[which[j]].zone != NULL && strcmp(places[which[j]].zone, zone) == 0;
		if (!seen)
			rc = add_local(ev, zs, zone, start, has_end, end, places, which, nwhich);
	}
	return rc;
}

/* The 100 latest events of the city and its partners in the range; parameters: city x 4,
 * from, to, to.  The 100 are chosen in events_city_cover alone, then only their rows are
 * read: sorting the rows of all the cities' events read each of them (17,000 rows, 5,000
 * random page reads, 1.6 s when not in memory, at 2 million events; issue 15). */
static const char sql_events[] =
    "SELECT " EVENT_BRIEF ", e.tzid AS `time-zone`, e.location, ci.slug AS `city/@slug`, "
    "ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, ci.name_zh AS `city/name@zh`, "
    "DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') AS _start, "
    "DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i:%s') AS _end "
    "FROM (SELECT k.id, k.starts_at FROM " CITY_AND_PARTNERS " "
    "  JOIN events k ON k.city_id = x.city_id "
    "  WHERE k.removed_at IS NULL "
    "  AND COALESCE(k.ends_at, k.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR k.starts_at < ? + INTERVAL 1 DAY) "
    "  ORDER BY k.starts_at DESC, k.id DESC LIMIT 100) t "
    "JOIN events e ON e.id = t.id JOIN cities ci ON ci.id = e.city_id "
    "ORDER BY t.starts_at DESC, t.id DESC";

enum c2c_err
city_events(struct db *db, long long city, const char *from, const char *to, xmlNodePtr dash,
    const struct place *places, size_t nplaces)
{
	struct db_param a[] = { DBP_I(city), DBP_I(city), DBP_I(city), DBP_I(city), DBP_S(from),
		DBP_S(to), DBP_S(to) };
	struct zones zs = { 0, { NULL }, { NULL } };
	struct db_rows r;
	xmlNodePtr box;
	enum c2c_err rc;
	size_t i;
	int cs, ce, cv, cad;

	_Static_assert(CITY_EVENTS_MAX == 100, "the LIMIT above");
	if ((rc = db_query(db, sql_events, a, 7, &r)) != C2C_OK)
		return rc;
	cs = db_col(&r, "_start");
	ce = db_col(&r, "_end");
	cv = db_col(&r, "city/@slug");
	cad = db_col(&r, "@all-day");
	rc = C2C_ENOMEM;
	if ((box = xml_add(dash, "events")) == NULL || xml_set_attr_int(box, "count", (long long)r.nrows) < 0)
		goto out;
	for (i = 0; i < r.nrows; i++) {
		xmlNodePtr ev = xml_add_row(box, "event", &r, i);
		if (ev == NULL)
			goto out;
		/* All-day events are local dates wherever one reads them: no conversion. */
		if (!db_cell_is(&r, i, (size_t)cad, "1") &&
		    (rc = event_locals(ev, &zs, places, nplaces, db_cell(&r, i, (size_t)cv),
		    db_cell(&r, i, (size_t)cs), db_cell(&r, i, (size_t)ce))) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	zones_free(&zs);
	db_rows_free(&r);
	return rc;
}

enum c2c_err
city_events_csv(struct db *db, long long city, const char *from, const char *to, struct buf *out)
{
	static const char *const cols[] = { "@id", "title", "@status", "@kind", "@all-day", "start", "end",
		"time-zone", "city/@slug", "city/name@en", "city/name@zh", "location", NULL };
	static const char *const names[] = { "event", "title", "status", "kind", "all_day", "start", "end",
		"time_zone", "city", "city_name_en", "city_name_zh", "location" };
	static const int text[] = { 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1 };
	struct db_param a[] = { DBP_I(city), DBP_I(city), DBP_I(city), DBP_I(city), DBP_S(from),
		DBP_S(to), DBP_S(to) };
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql_events, a, 7, &r)) != C2C_OK)
		return rc;
	rc = city_rows_csv(out, &r, cols, names, text) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	return rc;
}

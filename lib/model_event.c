/* model_event.c: the event calendar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
model_events(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	/* An event counts from `from` while it lasts, so a three-day forum that began
	 * yesterday is still listed today. */
	static const char sql[] =
	    "SELECT e.id AS `@id`, e.status AS `@status`, e.kind AS `@kind`, e.all_day AS `@all-day`, "
	    "e.title, "
	    "IF(e.all_day, DATE_FORMAT(e.starts_at, '%Y-%m-%d'), "
	    "   DATE_FORMAT(e.starts_at, '%Y-%m-%dT%H:%i:%sZ')) AS start, "
	    "IF(e.all_day, DATE_FORMAT(e.ends_at, '%Y-%m-%d'), "
	    "   DATE_FORMAT(e.ends_at, '%Y-%m-%dT%H:%i:%sZ')) AS end, "
	    "e.tzid AS `time-zone`, e.location, e.country_code AS `country`, "
	    "ci.slug AS `city/@slug`, ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, "
	    "ci.name_zh AS `city/name@zh`, e.organiser, e.url, "
	    "DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') AS `_sort_key` "
	    "FROM events e LEFT JOIN cities ci ON ci.id = e.city_id "
	    "WHERE e.removed_at IS NULL "
	    "AND (? IS NULL OR ci.slug = ?) "
	    "AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, UTC_DATE()) "
	    "AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY) "
	    "AND (? IS NULL OR e.starts_at > ? OR (e.starts_at = ? AND e.id > ?)) "
	    "ORDER BY e.starts_at, e.id LIMIT ?";
	const char *city = p->v[P_CITY].str, *from = p->v[P_FROM].str, *to = p->v[P_TO].str;
	char *key = NULL, at[20] = "";
	long long after_id = 0;
	struct db_rows r;
	enum c2c_err rc;
	size_t i, n;
	int sk;

	*next = NULL;
	if (p->v[P_AFTER].set) {
		/* Cursor key: "YYYY-MM-DD HH:MM:SS|id" of the last event of the page. */
		char *bar, *end = NULL;
		key = cursor_decode(p->v[P_AFTER].str);
		if (key == NULL || strlen(key) < 21 || (bar = strchr(key, '|')) == NULL ||
		    bar - key != 19 || (after_id = strtoll(bar + 1, &end, 10)) <= 0 || *end != '\0') {
			free(key);
			return C2C_EINVAL;
		}
		memcpy(at, key, 19);
		at[19] = '\0';
		free(key);
		for (i = 0; i < 19; i++)
			if (!((at[i] >= '0' && at[i] <= '9') || ((i == 4 || i == 7) && at[i] == '-') ||
			    (i == 10 && at[i] == ' ') || ((i == 13 || i == 16) && at[i] == ':')))
				return C2C_EINVAL;
	}
	{
		const char *a_at = p->v[P_AFTER].set ? at : NULL;
		struct db_param a[] = {
			DBP_S(city), DBP_S(city), DBP_S(from), DBP_S(to), DBP_S(to),
			DBP_S(a_at), DBP_S(a_at), DBP_S(a_at), DBP_I(after_id), DBP_I(limit + 1),
		};
		rc = db_query(db, sql, a, sizeof(a) / sizeof(a[0]), &r);
	}
	if (rc != C2C_OK)
		return rc;
	n = r.nrows > (size_t)limit ? (size_t)limit : r.nrows;
	sk = db_col(&r, "_sort_key");
	xml_set_attr_int(root, "count", (long long)n);
	for (i = 0; i < n; i++)
		if (xml_add_row(root, "event", &r, i) == NULL) {
			rc = C2C_ENOMEM;
			break;
		}
	if (rc == C2C_OK && r.nrows > (size_t)limit) {
		char k[64];
		snprintf(k, sizeof(k), "%s|%s", db_cell(&r, n - 1, (size_t)sk), db_cell(&r, n - 1, 0));
		if ((*next = cursor_encode(k)) == NULL)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

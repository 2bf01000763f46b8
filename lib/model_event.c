/* model_event.c: the event calendar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* The columns of an event, in every list and on its own page; es is the calendar source
 * that imported it (LEFT JOIN: entered and seeded events have none). */
#define EVENT_COLUMNS \
	"e.id AS `@id`, e.status AS `@status`, e.kind AS `@kind`, e.all_day AS `@all-day`, " \
	SYNC_COLUMNS("e", "removed_at") ", e.uid, e.title, " \
	"IF(e.all_day, DATE_FORMAT(e.starts_at, '%Y-%m-%d'), " \
	"   DATE_FORMAT(e.starts_at, '%Y-%m-%dT%H:%i:%sZ')) AS start, " \
	"IF(e.all_day, DATE_FORMAT(e.ends_at, '%Y-%m-%d'), " \
	"   DATE_FORMAT(e.ends_at, '%Y-%m-%dT%H:%i:%sZ')) AS end, " \
	"e.tzid AS `time-zone`, e.rrule AS recurrence, e.location, e.country_code AS `country`, " \
	"ci.slug AS `city/@slug`, ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, " \
	"ci.name_zh AS `city/name@zh`, e.organiser, e.url, e.sequence, e.description, " \
	"es.id AS `source/@id`, es.name AS `source/name`"
#define EVENT_FROM \
	"FROM events e LEFT JOIN cities ci ON ci.id = e.city_id " \
	"LEFT JOIN calendar_sources es ON es.id = e.source_id "

enum c2c_err
event_floor(struct db *db, const char *from, char floor[EVENT_FLOOR_LEN], const char **out)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(? - INTERVAL COALESCE(MAX(span_seconds), 0) SECOND, "
	    "'%Y-%m-%d %H:%i:%s') FROM events";
	struct db_param a[] = { DBP_S(from) };
	enum c2c_err rc;

	floor[0] = '\0';
	*out = NULL;
	if (from == NULL)
		return C2C_OK;
	if ((rc = db_query_text(db, sql, a, 1, floor, EVENT_FLOOR_LEN)) != C2C_OK)
		return rc;
	if (floor[0] != '\0')
		*out = floor;
	return C2C_OK;
}

enum c2c_err
model_events(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	/* An event counts from `from` while it lasts, so a three-day forum that began
	 * yesterday is still listed today. */
	static const char sql[] =
	    "SELECT " EVENT_COLUMNS ", "
	    "CONCAT(DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s'), '|', e.id) AS `_cursor` "
	    EVENT_FROM
	    "WHERE " SYNC_WHERE("e", "removed_at") " AND " EVENT_WHERE
	    "AND (? IS NULL OR e.starts_at > ? OR (e.starts_at = ? AND e.id > ?)) "
	    "ORDER BY e.starts_at, e.id LIMIT ?";
	/* With an area: the area's events in start order from event_areas_start (its
	 * starts_at is the event's, sql/012_area_start.sql), from the floor, so that a page
	 * stops after its rows instead of reading and sorting every event of the area (the
	 * area's EXISTS of EVENT_WHERE is then given no area: the join is the filter). */
	static const char sql_area[] =
	    "SELECT " EVENT_COLUMNS ", "
	    "CONCAT(DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s'), '|', e.id) AS `_cursor` "
	    "FROM event_areas ea STRAIGHT_JOIN events e ON e.id = ea.event_id "
	    "LEFT JOIN cities ci ON ci.id = e.city_id "
	    "LEFT JOIN calendar_sources es ON es.id = e.source_id "
	    "WHERE ea.area_id = (SELECT ar.id FROM areas ar WHERE ar.slug = ?) "
	    "AND (? IS NULL OR ea.starts_at >= ?) "
	    "AND " SYNC_WHERE("e", "removed_at") " AND " EVENT_WHERE
	    "AND (? IS NULL OR ea.starts_at > ? OR (ea.starts_at = ? AND ea.event_id > ?)) "
	    "ORDER BY ea.starts_at, ea.event_id LIMIT ?";
	const char *from = p->v[P_FROM].str;
	char *key = NULL, at[20] = "", today[11], floor[EVENT_FLOOR_LEN];
	const char *floor_p;
	long long after_id = 0;
	struct sync sync;
	enum c2c_err rc;
	size_t i;
	time_t now = time(NULL);
	struct tm tm;

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
	sync_init(&sync, p);
	/* Upcoming by default; a mirror (updated_since) wants every date. */
	if (from == NULL && sync.p == NULL) {
		gmtime_r(&now, &tm);
		strftime(today, sizeof(today), "%Y-%m-%d", &tm);
		from = today;
	}
	if ((rc = event_floor(db, from, floor, &floor_p)) != C2C_OK)
		return rc;
	if (p->v[P_AREA].str == NULL) {
		const char *a_at = p->v[P_AFTER].set ? at : NULL;
		struct db_param a[] = {
			SYNC_PARAMS(&sync), EVENT_FILTER_PARAMS(p, from, floor_p),
			DBP_S(a_at), DBP_S(a_at), DBP_S(a_at), DBP_I(after_id), DBP_I(limit + 1),
		};
		rc = model_list(db, sql, a, sizeof(a) / sizeof(a[0]), root, "event", limit, "_cursor",
		    &sync, next);
	} else {
		const char *a_at = p->v[P_AFTER].set ? at : NULL;
		struct params q = *p;
		q.v[P_AREA].str = NULL;
		q.v[P_AREA].set = 0;
		{
			struct db_param a[] = {
				DBP_S(p->v[P_AREA].str), DBP_S(floor_p), DBP_S(floor_p),
				SYNC_PARAMS(&sync), EVENT_FILTER_PARAMS(&q, from, floor_p),
				DBP_S(a_at), DBP_S(a_at), DBP_S(a_at), DBP_I(after_id), DBP_I(limit + 1),
			};
			rc = model_list(db, sql_area, a, sizeof(a) / sizeof(a[0]), root, "event", limit,
			    "_cursor", &sync, next);
		}
	}
	return rc;
}

enum c2c_err
model_event(struct db *db, long long id, xmlNodePtr root)
{
	static const char sql[] =
	    "SELECT " EVENT_COLUMNS ", e.notes, "
	    "DATE_FORMAT(e.first_seen_at, " TIME_FMT ") AS `first-seen` "
	    EVENT_FROM
	    "WHERE e.id = ? AND e.removed_at IS NULL";
	static const char sql_areas[] =
	    "SELECT a.slug AS `@slug`, a.name_en AS `name@en`, a.name_zh AS `name@zh` "
	    "FROM event_areas ea JOIN areas a ON a.id = ea.area_id WHERE ea.event_id = ? ORDER BY a.name_en";
	static const struct model_part parts[] = { { sql, NULL, NULL }, { sql_areas, "areas", "area" } };

	return model_item_by_id(db, id, root, MODEL_PARTS(parts));
}

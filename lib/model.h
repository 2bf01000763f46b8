/* model.h: the resources of c2c read from the database into XML elements.
 * Each function appends to `root` (an element of a document the caller owns) and
 * returns C2C_OK, C2C_ENOTFOUND, C2C_EINVAL (a bad cursor), C2C_EDBDOWN, C2C_EDB or
 * C2C_ENOMEM.  Filters come from struct params, the one grammar every output shares. */
#ifndef C2C_MODEL_H
#define C2C_MODEL_H

#include <libxml/tree.h>

#include "db.h"
#include "param.h"

/* Counts of cities, partnerships, events and agreements, by side and by country. */
enum c2c_err model_overview(struct db *db, xmlNodePtr root);

/* A page of a list, ordered by its key.  *next (malloc'd, caller frees) receives the
 * cursor of the following page, or NULL on the last page. */
enum c2c_err model_cities(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);
enum c2c_err model_partnerships(struct db *db, const struct params *p, int limit,
    xmlNodePtr root, char **next);
enum c2c_err model_agreements(struct db *db, const struct params *p, int limit,
    xmlNodePtr root, char **next);
enum c2c_err model_activities(struct db *db, const struct params *p, int limit,
    xmlNodePtr root, char **next);
enum c2c_err model_kpis(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);
/* Values visible to the public: internal ones (and superseded ones) are left out. */
enum c2c_err model_kpi_values(struct db *db, const struct params *p, int limit,
    xmlNodePtr root, char **next);
/* Events that end on or after `from` (default: today, UTC), starting before `to`. */
enum c2c_err model_events(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);

/* Calendar sources with their health (lib/source_health.h) under a <summary> of every
 * source's health; the clock is the database's.  One source adds its areas and its
 * latest 20 import runs. */
enum c2c_err model_sources(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);
enum c2c_err model_source(struct db *db, long long id, xmlNodePtr root);
/* One KPI value, public, current or superseded (then with <superseded-by>). */
enum c2c_err model_kpi_value(struct db *db, long long id, xmlNodePtr root);
/* Every KPI as <kpis><kpi slug kind><name>...</kpi></kpis>, for the editing form
 * (model_choices' CHOICE_KPIS). */
enum c2c_err model_kpi_choices(struct db *db, xmlNodePtr root);

/* One resource with what belongs to it. */
enum c2c_err model_city(struct db *db, const char *slug, xmlNodePtr root);
enum c2c_err model_partnership(struct db *db, long long id, xmlNodePtr root);
/* C2C_OK when partnership id exists (not deleted), else C2C_ENOTFOUND or a database error. */
enum c2c_err model_partnership_exists(struct db *db, long long id);
enum c2c_err model_event(struct db *db, long long id, xmlNodePtr root);

/* The vocabularies the filter and editing forms offer, from one table (lib/model.c), each
 * whole under its wrapper, in this order: <areas><area slug>, <steps><step number slug>
 * (the report's narrative steps), <city-names><city slug> (the cities practices name,
 * at most 500), <factors><factor slug group> (the report's success factors),
 * <kpis><kpi slug kind> (the KPIs not deleted). */
enum model_choice {
	CHOICE_AREAS = 1 << 0,
	CHOICE_STEPS = 1 << 1,
	CHOICE_PRACTICE_CITIES = 1 << 2,
	CHOICE_FACTORS = 1 << 3,
	CHOICE_KPIS = 1 << 4,
};
/* The lists of which (an OR of enum model_choice) under root. */
enum c2c_err model_choices(struct db *db, unsigned which, xmlNodePtr root);
/* The cooperation areas, for filter forms: model_choices' CHOICE_AREAS. */
enum c2c_err model_areas(struct db *db, xmlNodePtr root);

/* The id in the "after" cursor of a list paged by id: 0 without one, -1 when the cursor
 * is not one of such a list (the caller answers 400). */
long long model_cursor_id(const struct params *p);
/* The slug in the "after" cursor of a list paged by slug into *after (malloc'd, the
 * caller frees; NULL without one): C2C_EINVAL when the cursor is not one of such a list
 * (the caller answers 400). */
enum c2c_err model_cursor_slug(const struct params *p, char **after);

/* The one row sql (with its np parameters) finds, as attributes and children of root
 * (xml_fill_row): C2C_ENOTFOUND when there is none, else C2C_OK, a database error or
 * C2C_ENOMEM.  The head of every "one item, then what belongs to it" page. */
enum c2c_err model_one(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr root);
/* Runs sql and appends one <elem> per row under a new <wrapper> (wrapper NULL: directly
 * under parent).  The building block of the functions above. */
enum c2c_err model_rows(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *wrapper, const char *elem);
/* One item and what belongs to it, each part run with the same parameters p: parts[0]
 * the item's row (model_one: C2C_ENOTFOUND when there is none), then one list per
 * further part (model_rows with its wrapper and elem).  The pages of one city, one
 * partnership, one event. */
struct model_part {
	const char *sql, *wrapper, *elem;
};
enum c2c_err model_item(struct db *db, const struct db_param *p, size_t np, xmlNodePtr root,
    const struct model_part *parts, size_t nparts);
/* model_item for the commonest item, found by its id (every part's one parameter). */
enum c2c_err model_item_by_id(struct db *db, long long id, xmlNodePtr root,
    const struct model_part *parts, size_t nparts);
#define MODEL_PARTS(parts) (parts), sizeof(parts) / sizeof((parts)[0])



/* Every list item carries its update time; with updated_since= a list returns only what
 * changed after that time, deleted items included as tombstones (<city slug="x"
 * deleted="..."/>), so that a partner portal can mirror c2c.  t is the table alias, del
 * its deletion column.  SYNC_WHERE takes the three parameters of sync_params(). */
#define TIME_FMT "'%Y-%m-%dT%H:%i:%s.%fZ'"
#define SYNC_COLUMNS(t, del) \
	"DATE_FORMAT(" t ".updated_at, " TIME_FMT ") AS `@updated`, " \
	"DATE_FORMAT(" t "." del ", " TIME_FMT ") AS `_deleted`"
#define SYNC_WHERE(t, del) \
	"(" t "." del " IS NULL OR ? IS NOT NULL) AND (? IS NULL OR " t ".updated_at > ?)"

/* The SQL form of updated_since (in buf) and the three parameters of SYNC_WHERE. */
struct sync {
	char            since[PARAM_SQL_TIME];
	const char     *p;          /* since, or NULL when not syncing */
};
void sync_init(struct sync *s, const struct params *p);
/* The start of a list paged by id: *next NULL, *after the cursor's id (0: none), sync
 * from updated_since.  C2C_EINVAL when the cursor is not one of such a list (400). */
enum c2c_err model_list_start(const struct params *p, long long *after, struct sync *sync,
    char **next);
#define SYNC_PARAMS(s) DBP_S((s)->p), DBP_S((s)->p), DBP_S((s)->p)

/* A page of a list paged by id, the commonest list: model_list_start, then model_list of
 * sql with its parameters in this order: SYNC_WHERE's three, the caller's filters f (nf,
 * at most MODEL_FILTERS_MAX), then ID_PAGE_TAIL's three (the cursor and the limit), sql's
 * last words.  t is the table alias of the id. */
#define MODEL_FILTERS_MAX 40
#define ID_PAGE_TAIL(t) "AND (? IS NULL OR " t ".id > ?) ORDER BY " t ".id LIMIT ?"
enum c2c_err model_id_page(struct db *db, const char *sql, const struct params *p,
    const struct db_param *f, size_t nf, int limit, xmlNodePtr root, const char *elem,
    char **next);

/* Appends up to limit rows as <elem> (tombstones for rows whose `_deleted` is set), sets
 * root's count, and, when there are more rows than limit, *next to the cursor of the key
 * in column key_col of the last row shown (malloc'd).  With sync, sets root's as-of. */
enum c2c_err model_page(struct db *db, xmlNodePtr root, const char *elem,
    const struct db_rows *r, int limit, int key_col, const struct sync *sync, char **next);

/* Partnership filters, shared with the agreements list and the partnerships feed:
 * city, side, country, area, kind, status (10 parameters, see partnership_filter_params). */
#define PARTNERSHIP_WHERE \
	"(? IS NULL OR e.slug = ? OR c.slug = ? OR EXISTS (SELECT 1 FROM partnership_members m " \
	"  JOIN cities mc ON mc.id = m.city_id WHERE m.partnership_id = p.id AND mc.slug = ?)) " \
	"AND (? IS NULL OR e.side = ? OR c.side = ?) " \
	"AND (? IS NULL OR e.country_code = ? OR c.country_code = ?) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id " \
	"  WHERE pa.partnership_id = p.id AND a.slug = ?)) " \
	"AND (? IS NULL OR p.kind = ?) AND (? IS NULL OR p.status = ?) "
#define PARTNERSHIP_FILTER_PARAMS(p) \
	DBP_S((p)->v[P_CITY].str), DBP_S((p)->v[P_CITY].str), DBP_S((p)->v[P_CITY].str), \
	DBP_S((p)->v[P_CITY].str), DBP_S((p)->v[P_SIDE].str), DBP_S((p)->v[P_SIDE].str), \
	DBP_S((p)->v[P_SIDE].str), DBP_S((p)->v[P_COUNTRY].str), DBP_S((p)->v[P_COUNTRY].str), \
	DBP_S((p)->v[P_COUNTRY].str), DBP_S((p)->v[P_AREA].str), DBP_S((p)->v[P_AREA].str), \
	DBP_S((p)->v[P_KIND].str), DBP_S((p)->v[P_KIND].str), DBP_S((p)->v[P_STATUS].str), \
	DBP_S((p)->v[P_STATUS].str)

/* Event filters shared by the events list, the events feed and the iCalendar export:
 * city, partnership (events in either of its cities), side, country, area, from, to,
 * source (the calendar source that imported the event).
 * Takes the 18 parameters of EVENT_FILTER_PARAMS; e is events, ci its city (LEFT JOIN).
 * floor is event_floor()'s bound for from (NULL: none): an event that ends on or after
 * from starts on or after floor, and that condition is a range of the start index, so
 * that a page does not read every past event (issue 15).  The city is compared by id, the
 * slug's id a constant: the events_city index then gives its events in start order
 * (compared as ci.slug, the optimizer read the start index and joined every event).
 * The area test ignores event_areas_start (sql/012_area_start.sql): with it, the optimizer
 * read the area's every event into a temporary table before the feed's first entry
 * (/feeds/events.atom?area= 9 ms without, 84 ms with, at 2 million events); the events
 * list starts from that index instead (model_events). */
#define EVENT_WHERE \
	"(? IS NULL OR e.city_id = (SELECT cs.id FROM cities cs WHERE cs.slug = ?)) " \
	"AND (? IS NULL OR e.city_id IN (SELECT p.europe_city_id FROM partnerships p WHERE p.id = ? " \
	"  UNION SELECT p.china_city_id FROM partnerships p WHERE p.id = ?)) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM countries co WHERE co.code = e.country_code AND co.side = ?)) " \
	"AND (? IS NULL OR e.country_code = ?) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM event_areas ea IGNORE INDEX (event_areas_start) " \
	"  JOIN areas a ON a.id = ea.area_id WHERE ea.event_id = e.id AND a.slug = ?)) " \
	"AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, '1000-01-01') " \
	"AND (? IS NULL OR e.starts_at >= ?) " \
	"AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY) " \
	"AND (? IS NULL OR e.source_id = ?) "
#define EVENT_FILTER_PARAMS(p, from, floor) \
	DBP_S((p)->v[P_CITY].str), DBP_S((p)->v[P_CITY].str), \
	(p)->v[P_PARTNERSHIP].set ? DBP_I((p)->v[P_PARTNERSHIP].num) : DBP_S(NULL), \
	DBP_I((p)->v[P_PARTNERSHIP].num), DBP_I((p)->v[P_PARTNERSHIP].num), \
	DBP_S((p)->v[P_SIDE].str), DBP_S((p)->v[P_SIDE].str), \
	DBP_S((p)->v[P_COUNTRY].str), DBP_S((p)->v[P_COUNTRY].str), \
	DBP_S((p)->v[P_AREA].str), DBP_S((p)->v[P_AREA].str), \
	DBP_S(from), DBP_S(floor), DBP_S(floor), DBP_S((p)->v[P_TO].str), DBP_S((p)->v[P_TO].str), \
	(p)->v[P_SOURCE].set ? DBP_I((p)->v[P_SOURCE].num) : DBP_S(NULL), \
	DBP_I((p)->v[P_SOURCE].num)

/* The earliest start of an event that ends on or after from ("YYYY-MM-DD"): from minus
 * the longest event's span (events_span index, one look-up), as "YYYY-MM-DD HH:MM:SS" in
 * floor.  from NULL: floor is "" and *out NULL (no bound); else *out is floor. */
#define EVENT_FLOOR_LEN 20
enum c2c_err event_floor(struct db *db, const char *from, char floor[EVENT_FLOOR_LEN],
    const char **out);

/* Runs a list query (its last parameter the limit + 1) and makes a page of its rows with
 * model_page; key_col names the column of the cursor key (NULL: the first column). */
enum c2c_err model_list(struct db *db, const char *sql, const struct db_param *a, size_t n,
    xmlNodePtr root, const char *elem, int limit, const char *key_col, const struct sync *sync,
    char **next);

/* "%text%" for LIKE, with %, _ and \ in text escaped.  malloc'd; NULL when out of memory. */
char *model_like(const char *text);

/* Reviews and practices (issue 18; lib/model_review.c, lib/model_practice.c). */
/* "/partnerships/{id}/reviews": the partnership (<partnership>, <europe>, <china>), <due
 * last overdue> (overdue: none in 12 months for an active partnership older than that)
 * and a <list> page of its reviews, newest first.  C2C_ENOTFOUND for no partnership. */
enum c2c_err model_reviews(struct db *db, long long pid, const struct params *p, int limit,
    xmlNodePtr root, char **next);
/* One review with its partnership, findings, the partnership's activities with this
 * review's decision on each, its new targets and the events of its period in either city.
 * *pid and period ("YYYY-MM-DD" start, end) say what the dashboard of the period needs. */
enum c2c_err model_review(struct db *db, long long id, long long *pid, char period[2][11],
    xmlNodePtr root);
/* The practices filters must name things that exist: C2C_EINVAL with *bad the parameter
 * and msg the message, else C2C_OK or a database error. */
enum c2c_err model_practice_filters(struct db *db, const struct params *p, const char **bad,
    char *msg, size_t msglen);
/* A page of practices (filters step, area, country, city, factor; cursor by id). */
enum c2c_err model_practices(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);
/* One practice with its cities, success factors and events. */
enum c2c_err model_practice(struct db *db, long long id, xmlNodePtr root);
/* The newest `limit` practices that pass the filters, by last change (the feed's rows;
 * columns as the list's, plus _updated and _published).  out is the caller's to free. */
enum c2c_err model_practice_feed(struct db *db, const struct params *p, int limit,
    struct db_rows *out);
/* The steps, areas and success factors, for the practices' filter form, and the names of
 * the cities the cards name by slug (<city-names>): four lists of model_choices. */
enum c2c_err model_practice_choices(struct db *db, xmlNodePtr root);
#endif

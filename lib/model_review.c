/* model_review.c: a partnership's reviews (issue 18, the report's Measure and Act steps):
 * the list of a partnership's reviews with what the next one starts from, and one review
 * with its findings, its decision per activity and its new targets.  The dashboard of the
 * period (lib/dashboard.c) is the handler's: it needs the clock and the language. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* The partnership a review page is about, as <partnership> under root. */
#define REVIEW_PAIR \
	"p.id AS `partnership/@id`, p.status AS `partnership/@status`, " \
	"p.narrative_step AS `partnership/@step`, " \
	"e.slug AS `europe/@slug`, e.name_en AS `europe/name@en`, e.name_local AS `europe/local-name`, " \
	"e.name_zh AS `europe/name@zh`, c.slug AS `china/@slug`, c.name_en AS `china/name@en`, " \
	"c.name_local AS `china/local-name`, c.name_zh AS `china/name@zh`"
#define REVIEW_PAIR_FROM \
	"FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id "

/* Bounds of the lists inside one review page: a review is written by hand, these are far
 * above what a year's review holds, and keep the page's cost fixed. */
#define REVIEW_ROWS_MAX "200"

enum c2c_err
model_reviews(struct db *db, long long pid, const struct params *p, int limit, xmlNodePtr root,
    char **next)
{
	static const char sql_pair[] =
	    "SELECT " REVIEW_PAIR ", "
	    /* The last review and whether one is due: none held in the last 12 months for an
	     * active partnership older than that (the same rule as the dashboards' alert). */
	    "(SELECT DATE_FORMAT(MAX(r.held_on), '%Y-%m-%d') FROM reviews r "
	    "  WHERE r.partnership_id = p.id AND r.deleted_at IS NULL) AS `due/@last`, "
	    "IF(p.status = 'active' AND p.created_at < UTC_TIMESTAMP() - INTERVAL 12 MONTH "
	    "  AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.partnership_id = p.id "
	    "  AND r.deleted_at IS NULL AND r.held_on > UTC_DATE() - INTERVAL 12 MONTH), 1, 0) AS `due/@overdue` "
	    REVIEW_PAIR_FROM "WHERE p.id = ? AND p.deleted_at IS NULL";
	static const char sql[] =
	    "SELECT r.id AS `@id`, r.kind AS `@kind`, DATE_FORMAT(r.held_on, '%Y-%m-%d') AS `@held`, "
	    SYNC_COLUMNS("r", "deleted_at") ", "
	    "DATE_FORMAT(r.period_start, '%Y-%m-%d') AS `period/@start`, "
	    "DATE_FORMAT(r.period_end, '%Y-%m-%d') AS `period/@end`, "
	    "(SELECT COUNT(*) FROM review_decisions d WHERE d.review_id = r.id AND d.deleted_at IS NULL) "
	    "  AS `@decisions`, "
	    "(SELECT COUNT(*) FROM review_targets t WHERE t.review_id = r.id AND t.deleted_at IS NULL) "
	    "  AS `@targets`, "
	    "r.findings AS `findings@en`, r.findings_zh AS `findings@zh` "
	    "FROM reviews r WHERE r.partnership_id = ? AND " SYNC_WHERE("r", "deleted_at") " "
	    "AND (? IS NULL OR r.id < ?) ORDER BY r.id DESC LIMIT ?";
	struct db_param a1[] = { DBP_I(pid) };
	long long after = model_cursor_id(p);
	struct sync sync;
	enum c2c_err rc;

	*next = NULL;
	if (after < 0)
		return C2C_EINVAL;
	if ((rc = model_one(db, sql_pair, a1, 1, root)) != C2C_OK)
		return rc;
	sync_init(&sync, p);
	{
		struct db_param a[] = {
			DBP_I(pid), SYNC_PARAMS(&sync),
			after ? DBP_I(after) : DBP_S(NULL), DBP_I(after), DBP_I(limit + 1),
		};
		xmlNodePtr list = xml_add(root, "list");
		if (list == NULL)
			return C2C_ENOMEM;
		rc = model_list(db, sql, a, sizeof(a) / sizeof(a[0]), list, "review", limit, NULL,
		    &sync, next);
	}
	return rc;
}

enum c2c_err
model_review(struct db *db, long long id, long long *pid, char period[2][11], xmlNodePtr root)
{
	static const char sql_review[] =
	    "SELECT r.id AS `@id`, r.kind AS `@kind`, DATE_FORMAT(r.held_on, '%Y-%m-%d') AS `@held`, "
	    "DATE_FORMAT(r.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `@updated`, "
	    "DATE_FORMAT(r.period_start, '%Y-%m-%d') AS `period/@start`, "
	    "DATE_FORMAT(r.period_end, '%Y-%m-%d') AS `period/@end`, "
	    REVIEW_PAIR ", r.findings AS `findings@en`, r.findings_zh AS `findings@zh` "
	    "FROM reviews r JOIN partnerships p ON p.id = r.partnership_id "
	    "JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id "
	    "WHERE r.id = ? AND r.deleted_at IS NULL AND p.deleted_at IS NULL";
	static const char sql_keys[] =
	    "SELECT partnership_id, DATE_FORMAT(period_start, '%Y-%m-%d'), "
	    "DATE_FORMAT(period_end, '%Y-%m-%d') FROM reviews WHERE id = ?";
	/* Every activity of the partnership with this review's decision on it, if any: the
	 * activities without one are what the review still has to decide. */
	static const char sql_activities[] =
	    "SELECT t.id AS `@id`, t.status AS `@status`, a.slug AS `@area`, t.title, "
	    "d.id AS `decision/@id`, d.decision AS `decision/@value`, "
	    "d.note AS `decision/note@en`, d.note_zh AS `decision/note@zh` "
	    "FROM activities t LEFT JOIN areas a ON a.id = t.area_id "
	    "LEFT JOIN review_decisions d ON d.activity_id = t.id AND d.review_id = ? AND d.deleted_at IS NULL "
	    "WHERE t.partnership_id = ? AND t.deleted_at IS NULL ORDER BY t.id LIMIT " REVIEW_ROWS_MAX;
	static const char sql_targets[] =
	    "SELECT t.id AS `@id`, k.slug AS `@kpi`, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `@start`, "
	    "DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `@end`, t.target AS `@value`, "
	    "k.name_en AS `name@en`, k.name_zh AS `name@zh`, k.unit "
	    "FROM review_targets t JOIN kpis k ON k.id = t.kpi_id "
	    "WHERE t.review_id = ? AND t.deleted_at IS NULL ORDER BY k.slug, t.period_start, t.id "
	    "LIMIT " REVIEW_ROWS_MAX;
	/* The events held in the period in either city: what the partners met at. */
	static const char sql_events[] =
	    "SELECT ev.id AS `@id`, DATE_FORMAT(ev.starts_at, '%Y-%m-%d') AS `@start`, "
	    "ci.slug AS `@city`, ev.title FROM events ev JOIN cities ci ON ci.id = ev.city_id "
	    "WHERE ev.city_id IN (SELECT europe_city_id FROM partnerships WHERE id = ? "
	    "  UNION SELECT china_city_id FROM partnerships WHERE id = ?) "
	    "AND ev.removed_at IS NULL AND ev.starts_at >= ? AND ev.starts_at < ? + INTERVAL 1 DAY "
	    "ORDER BY ev.starts_at, ev.id LIMIT " REVIEW_ROWS_MAX;
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;

	*pid = 0;
	period[0][0] = period[1][0] = '\0';
	if ((rc = model_one(db, sql_review, a, 1, root)) != C2C_OK)
		return rc;
	if ((rc = db_query(db, sql_keys, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1) {
		*pid = db_cell_ll(&r, 0, 0, 0);
		snprintf(period[0], 11, "%s", db_cell(&r, 0, 1) ? db_cell(&r, 0, 1) : "");
		snprintf(period[1], 11, "%s", db_cell(&r, 0, 2) ? db_cell(&r, 0, 2) : "");
	}
	db_rows_free(&r);
	if (*pid == 0)
		return C2C_ENOTFOUND;
	{
		struct db_param b[] = { DBP_I(id), DBP_I(*pid) };
		struct db_param e[] = { DBP_I(*pid), DBP_I(*pid), DBP_S(period[0]), DBP_S(period[1]) };
		if ((rc = model_rows(db, sql_activities, b, 2, root, "activities", "activity")) != C2C_OK ||
		    (rc = model_rows(db, sql_targets, a, 1, root, "targets", "target")) != C2C_OK)
			return rc;
		return model_rows(db, sql_events, e, 4, root, "events", "event");
	}
}

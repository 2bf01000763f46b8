/* model_practice.c: the practices library (issue 18, the report's Replicate step): what
 * worked, where, at which step, in which area and with which of the report's success
 * factors; the list with its filters, one practice, and the newest ones for the feed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* The filters of every output of practices: step, area, country, city, factor (the
 * 10 parameters of PRACTICE_FILTER_PARAMS).  t is practices. */
#define PRACTICE_WHERE \
	"(? IS NULL OR t.step = ?) " \
	"AND (? IS NULL OR t.area_id = (SELECT ar.id FROM areas ar WHERE ar.slug = ?)) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM practice_cities pc JOIN cities ci ON ci.id = pc.city_id " \
	"  WHERE pc.practice_id = t.id AND ci.country_code = ?)) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM practice_cities pc JOIN cities ci ON ci.id = pc.city_id " \
	"  WHERE pc.practice_id = t.id AND ci.slug = ?)) " \
	"AND (? IS NULL OR EXISTS (SELECT 1 FROM practice_factors pf JOIN criteria cr ON cr.id = pf.criterion_id " \
	"  WHERE pf.practice_id = t.id AND cr.slug = ?)) "
#define PRACTICE_FILTER_PARAMS(p) \
	(p)->v[P_STEP].set ? DBP_I((p)->v[P_STEP].num) : DBP_S(NULL), DBP_I((p)->v[P_STEP].num), \
	DBP_S((p)->v[P_AREA].str), DBP_S((p)->v[P_AREA].str), \
	DBP_S((p)->v[P_COUNTRY].str), DBP_S((p)->v[P_COUNTRY].str), \
	DBP_S((p)->v[P_CITY].str), DBP_S((p)->v[P_CITY].str), \
	DBP_S((p)->v[P_FACTOR].str), DBP_S((p)->v[P_FACTOR].str)

/* The columns of a practice in a list and in the feed. */
#define PRACTICE_COLUMNS \
	"t.id AS `@id`, t.slug AS `@slug`, t.step AS `@step`, ar.slug AS `@area`, " \
	"t.partnership_id AS `@partnership`, t.review_id AS `@review`, " \
	"s.slug AS `step/@slug`, s.name_en AS `step/name@en`, s.name_zh AS `step/name@zh`, " \
	"t.title_en AS `title@en`, t.title_zh AS `title@zh`, " \
	"t.summary_en AS `summary@en`, t.summary_zh AS `summary@zh`, " \
	"(SELECT GROUP_CONCAT(ci.slug ORDER BY ci.slug SEPARATOR ' ') FROM practice_cities pc " \
	"  JOIN cities ci ON ci.id = pc.city_id WHERE pc.practice_id = t.id) AS `cities`, " \
	"(SELECT GROUP_CONCAT(cr.slug ORDER BY cr.slug SEPARATOR ' ') FROM practice_factors pf " \
	"  JOIN criteria cr ON cr.id = pf.criterion_id WHERE pf.practice_id = t.id) AS `factors` "
#define PRACTICE_FROM \
	"FROM practices t LEFT JOIN narrative_steps s ON s.step = t.step " \
	"LEFT JOIN areas ar ON ar.id = t.area_id "

/* A filter value must name something that exists: a practice list filtered by a typo
 * would look like "no practices" (400 instead, naming the parameter). */
static enum c2c_err
check_exists(struct db *db, const char *sql, const char *value, const char *name,
    const char **bad, char *msg, size_t msglen)
{
	long long id = 0;
	enum c2c_err rc;

	if (value == NULL)
		return C2C_OK;
	if ((rc = db_lookup_id(db, sql, value, &id)) != C2C_OK)
		return rc;
	if (id != 0)
		return C2C_OK;
	*bad = name;
	snprintf(msg, msglen, "parameter '%s': no %s '%s'", name, name, value);
	return C2C_EINVAL;
}

enum c2c_err
model_practice_filters(struct db *db, const struct params *p, const char **bad, char *msg,
    size_t msglen)
{
	enum c2c_err rc;

	*bad = NULL;
	if ((rc = check_exists(db, "SELECT id FROM areas WHERE slug = ?", p->v[P_AREA].str,
	    "area", bad, msg, msglen)) != C2C_OK ||
	    (rc = check_exists(db, "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL",
	    p->v[P_CITY].str, "city", bad, msg, msglen)) != C2C_OK ||
	    (rc = check_exists(db, "SELECT 1 FROM countries WHERE code = ?", p->v[P_COUNTRY].str,
	    "country", bad, msg, msglen)) != C2C_OK)
		return rc;
	return check_exists(db, "SELECT id FROM criteria WHERE slug = ?", p->v[P_FACTOR].str,
	    "factor", bad, msg, msglen);
}

enum c2c_err
model_practices(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT " PRACTICE_COLUMNS ", " SYNC_COLUMNS("t", "deleted_at") " "
	    PRACTICE_FROM
	    "WHERE " SYNC_WHERE("t", "deleted_at") " AND " PRACTICE_WHERE
	    ID_PAGE_TAIL("t");
	struct db_param f[] = { PRACTICE_FILTER_PARAMS(p) };

	return model_id_page(db, sql, p, f, sizeof(f) / sizeof(f[0]), limit, root, "practice", next);
}

enum c2c_err
model_practice_feed(struct db *db, const struct params *p, int limit, struct db_rows *out)
{
	static const char sql[] =
	    "SELECT " PRACTICE_COLUMNS ", DATE_FORMAT(t.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `_updated`, "
	    "DATE_FORMAT(t.created_at, '%Y-%m-%dT%H:%i:%sZ') AS `_published` "
	    PRACTICE_FROM
	    "WHERE t.deleted_at IS NULL AND " PRACTICE_WHERE
	    "ORDER BY t.updated_at DESC, t.id DESC LIMIT ?";
	struct db_param a[] = { PRACTICE_FILTER_PARAMS(p), DBP_I(limit) };

	return db_query(db, sql, a, sizeof(a) / sizeof(a[0]), out);
}

enum c2c_err
model_practice(struct db *db, long long id, xmlNodePtr root)
{
	static const char sql[] =
	    "SELECT t.id AS `@id`, t.slug AS `@slug`, t.step AS `@step`, ar.slug AS `@area`, "
	    "DATE_FORMAT(t.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `@updated`, "
	    "s.slug AS `step/@slug`, s.name_en AS `step/name@en`, s.name_zh AS `step/name@zh`, "
	    "ar.name_en AS `area/name@en`, ar.name_zh AS `area/name@zh`, "
	    "t.title_en AS `title@en`, t.title_zh AS `title@zh`, "
	    "t.summary_en AS `summary@en`, t.summary_zh AS `summary@zh`, "
	    "t.source AS `source/@kind`, t.source_page AS `source/@page`, t.source_line AS `source/@line`, "
	    "p.id AS `partnership/@id`, e.slug AS `partnership/@europe`, c.slug AS `partnership/@china`, "
	    "e.name_en AS `partnership/europe@en`, e.name_zh AS `partnership/europe@zh`, "
	    "c.name_en AS `partnership/china@en`, c.name_zh AS `partnership/china@zh`, "
	    "rv.id AS `review/@id`, DATE_FORMAT(rv.held_on, '%Y-%m-%d') AS `review/@held`, "
	    "tp.id AS `plan/@id`, tp.version AS `plan/@version` "
	    PRACTICE_FROM
	    "LEFT JOIN partnerships p ON p.id = t.partnership_id AND p.deleted_at IS NULL "
	    "LEFT JOIN cities e ON e.id = p.europe_city_id LEFT JOIN cities c ON c.id = p.china_city_id "
	    "LEFT JOIN reviews rv ON rv.id = t.review_id AND rv.deleted_at IS NULL "
	    "LEFT JOIN plans tp ON tp.id = t.plan_id "
	    "WHERE t.id = ? AND t.deleted_at IS NULL";
	/* The lists below are a practice's own, set by hand: bounded all the same. */
	static const char sql_cities[] =
	    "SELECT ci.slug AS `@slug`, ci.country_code AS `@country`, ci.name_en AS `name@en`, "
	    "ci.name_zh AS `name@zh` FROM practice_cities pc JOIN cities ci ON ci.id = pc.city_id "
	    "WHERE pc.practice_id = ? ORDER BY ci.name_en LIMIT 100";
	static const char sql_factors[] =
	    "SELECT cr.slug AS `@slug`, cr.source AS `@kind`, cr.group_name AS `group`, cr.text "
	    "FROM practice_factors pf JOIN criteria cr ON cr.id = pf.criterion_id "
	    "WHERE pf.practice_id = ? ORDER BY cr.id LIMIT 100";
	static const char sql_events[] =
	    "SELECT ev.id AS `@id`, DATE_FORMAT(ev.starts_at, '%Y-%m-%d') AS `@start`, ev.title "
	    "FROM practice_events pe JOIN events ev ON ev.id = pe.event_id "
	    "WHERE pe.practice_id = ? AND ev.removed_at IS NULL ORDER BY ev.starts_at, ev.id LIMIT 100";
	static const struct model_part parts[] = { { sql, NULL, NULL },
		{ sql_cities, "cities", "city" }, { sql_factors, "factors", "factor" },
		{ sql_events, "events", "event" } };

	return model_item_by_id(db, id, root, MODEL_PARTS(parts));
}

enum c2c_err
model_practice_choices(struct db *db, xmlNodePtr root)
{
	return model_choices(db, CHOICE_AREAS | CHOICE_STEPS | CHOICE_PRACTICE_CITIES | CHOICE_FACTORS,
	    root);
}

/* model_city.c: cities, one page of them or one with what belongs to it. */
#include <stdlib.h>
#include <string.h>

#include "event_sql.h"
#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* The names of a city, as every list shows them. */
#define CITY_NAMES(t, prefix) \
	t ".name_en AS `" prefix "name@en`, " t ".name_local AS `" prefix "local-name`, " \
	t ".name_zh AS `" prefix "name@zh`"

enum c2c_err
model_cities(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT c.slug AS `@slug`, c.side AS `@side`, c.country_code AS `@country`, "
	    SYNC_COLUMNS("c", "deleted_at") ", "
	    CITY_NAMES("c", "") ", "
	    "co.name_en AS `country@en`, co.name_zh AS `country@zh`, "
	    "c.admin_level AS `admin-level`, c.province, c.population, "
	    /* One index per side: an OR of both scanned every partnership for every city. */
	    "(SELECT COUNT(*) FROM partnerships p WHERE p.deleted_at IS NULL AND p.europe_city_id = c.id) "
	    "+ (SELECT COUNT(*) FROM partnerships p WHERE p.deleted_at IS NULL AND p.china_city_id = c.id "
	    "  AND p.europe_city_id <> c.id) AS `partnership-count`, "
	    "c.seeks_partner AS `seeks-partner` "
	    "FROM cities c JOIN countries co ON co.code = c.country_code "
	    "WHERE " SYNC_WHERE("c", "deleted_at") " "
	    "AND (? IS NULL OR c.side = ?) "
	    "AND (? IS NULL OR c.country_code = ?) "
	    "AND (? IS NULL "
	    "  OR EXISTS (SELECT 1 FROM city_areas ca JOIN areas a ON a.id = ca.area_id "
	    "             WHERE ca.city_id = c.id AND a.slug = ?) "
	    "  OR EXISTS (SELECT 1 FROM partnerships p "
	    "             JOIN partnership_areas pa ON pa.partnership_id = p.id "
	    "             JOIN areas a ON a.id = pa.area_id "
	    "             WHERE p.deleted_at IS NULL AND a.slug = ? "
	    "               AND (p.europe_city_id = c.id OR p.china_city_id = c.id))) "
	    "AND (? IS NULL OR c.name_en LIKE ? OR c.name_local LIKE ? OR c.name_zh LIKE ? "
	    "  OR c.province LIKE ?) "
	    "AND (? IS NULL OR c.slug > ?) "
	    "ORDER BY c.slug LIMIT ?";
	const char *side = p->v[P_SIDE].str, *country = p->v[P_COUNTRY].str;
	const char *area = p->v[P_AREA].str;
	char *after = NULL, *like = NULL;
	struct sync sync;
	enum c2c_err rc;

	*next = NULL;
	if (model_cursor_slug(p, &after) != C2C_OK)
		return C2C_EINVAL;
	if (p->v[P_Q].set && (like = model_like(p->v[P_Q].str)) == NULL) {
		free(after);
		return C2C_ENOMEM;
	}
	sync_init(&sync, p);
	{
		struct db_param a[] = {
			SYNC_PARAMS(&sync),
			DBP_S(side), DBP_S(side), DBP_S(country), DBP_S(country),
			DBP_S(area), DBP_S(area), DBP_S(area),
			DBP_S(like), DBP_S(like), DBP_S(like), DBP_S(like), DBP_S(like),
			DBP_S(after), DBP_S(after), DBP_I(limit + 1),
		};
		rc = model_list(db, sql, a, sizeof(a) / sizeof(a[0]), root, "city", limit, NULL,
		    &sync, next);
	}
	free(after);
	free(like);
	return rc;
}

enum c2c_err
model_city(struct db *db, const char *slug, xmlNodePtr root)
{
	static const char sql_city[] =
	    "SELECT c.id AS `@id`, c.slug AS `@slug`, c.side AS `@side`, c.country_code AS `@country`, "
	    CITY_NAMES("c", "") ", "
	    "co.name_en AS `country@en`, co.name_zh AS `country@zh`, "
	    "c.admin_level AS `admin-level`, c.province, c.population, "
	    "c.lat AS latitude, c.lon AS longitude, c.coastal, "
	    "c.has_intl_strategy AS `international-strategy`, "
	    "c.intl_strategy_since AS `international-strategy-since`, "
	    "c.contact_point AS `contact-point`, c.wants_peer_to_peer AS `wants-peer-to-peer`, "
	    "c.wants_joint_project AS `wants-joint-project`, c.seeks_partner AS `seeks-partner`, "
	    "c.self_view_learning AS `self-view-learning`, "
	    "c.self_view_investment AS `self-view-investment`, "
	    "c.notes, c.facts_source AS `facts-source`, "
	    "DATE_FORMAT(c.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS updated "
	    "FROM cities c JOIN countries co ON co.code = c.country_code "
	    "WHERE c.slug = ? AND c.deleted_at IS NULL";
	static const char sql_areas[] =
	    "SELECT a.slug AS `@slug`, ca.role AS `@role`, a.name_en AS `name@en`, a.name_zh AS `name@zh` "
	    "FROM city_areas ca JOIN areas a ON a.id = ca.area_id JOIN cities c ON c.id = ca.city_id "
	    "WHERE c.slug = ? ORDER BY a.name_en";
	static const char sql_partnerships[] =
	    "SELECT p.id AS `@id`, p.kind AS `@kind`, p.status AS `@status`, "
	    "p.since_year AS `@since`, o.slug AS `partner/@slug`, o.side AS `partner/@side`, "
	    "o.country_code AS `partner/@country`, " CITY_NAMES("o", "partner/") " "
	    "FROM cities c JOIN partnerships p ON p.deleted_at IS NULL "
	    "  AND (p.europe_city_id = c.id OR p.china_city_id = c.id) "
	    "JOIN cities o ON o.id = IF(p.europe_city_id = c.id, p.china_city_id, p.europe_city_id) "
	    "WHERE c.slug = ? ORDER BY o.name_en";
	static const char sql_ties[] =
	    "SELECT t.kind AS `@kind`, t.since_year AS `@since`, "
	    "IF(t.city_a_id = c.id, 'to', 'from') AS `@direction`, "
	    "o.slug AS `city/@slug`, o.side AS `city/@side`, " CITY_NAMES("o", "city/") ", t.notes "
	    "FROM cities c JOIN city_ties t ON t.city_a_id = c.id OR t.city_b_id = c.id "
	    "JOIN cities o ON o.id = IF(t.city_a_id = c.id, t.city_b_id, t.city_a_id) "
	    "WHERE c.slug = ? ORDER BY t.kind, o.name_en";
	static const char sql_events[] =
	    "SELECT " EVENT_BRIEF ", e.location, e.organiser, e.url "
	    "FROM events e JOIN cities c ON c.id = e.city_id "
	    "WHERE c.slug = ? AND e.removed_at IS NULL ORDER BY e.starts_at DESC, e.id LIMIT 20";
	static const struct model_part parts[] = { { sql_city, NULL, NULL },
		{ sql_areas, "areas", "area" }, { sql_partnerships, "partnerships", "partnership" },
		{ sql_ties, "ties", "tie" }, { sql_events, "events", "event" } };
	struct db_param a[] = { DBP_S(slug) };

	return model_item(db, a, 1, root, parts, sizeof(parts) / sizeof(parts[0]));
}

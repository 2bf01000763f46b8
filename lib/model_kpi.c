/* model_kpi.c: KPI definitions (the report's Table 5 and city-defined ones) and values. */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
model_kpis(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT k.slug AS `@slug`, k.kind AS `@kind`, k.direction AS `@direction`, "
	    SYNC_COLUMNS("k", "deleted_at") ", "
	    "k.name_en AS `name@en`, k.name_zh AS `name@zh`, k.unit, k.description, "
	    "o.slug AS `owner/@slug`, k.ord AS `_ord` "
	    "FROM kpis k LEFT JOIN cities o ON o.id = k.owner_city_id "
	    "WHERE " SYNC_WHERE("k", "deleted_at") " AND (? IS NULL OR k.slug > ?) "
	    "ORDER BY k.slug LIMIT ?";
	char *after = NULL;
	struct sync sync;
	enum c2c_err rc;

	*next = NULL;
	if (model_cursor_slug(p, &after) != C2C_OK)
		return C2C_EINVAL;
	sync_init(&sync, p);
	{
		struct db_param a[] = { SYNC_PARAMS(&sync), DBP_S(after), DBP_S(after), DBP_I(limit + 1) };
		rc = model_list(db, sql, a, sizeof(a) / sizeof(a[0]), root, "kpi", limit, NULL,
		    &sync, next);
	}
	free(after);
	return rc;
}

enum c2c_err
model_kpi_values(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	/* Values are never overwritten: a correction is a new row superseding the old one, so
	 * the public list shows the rows nothing supersedes.  In sync mode the superseded
	 * ones come as tombstones. */
	static const char sql[] =
	    "SELECT v.id AS `@id`, k.slug AS `@kpi`, "
	    "IF(v.source = 'illustrative sample', 1, NULL) AS `@illustrative`, "
	    "k.name_en AS `kpi-name@en`, "
	    "k.name_zh AS `kpi-name@zh`, k.unit, "
	    "DATE_FORMAT(v.entered_at, " TIME_FMT ") AS `@updated`, "
	    "(SELECT DATE_FORMAT(MIN(s.entered_at), " TIME_FMT ") FROM kpi_values s "
	    "  WHERE s.supersedes_id = v.id) AS `_deleted`, "
	    "IF(v.partnership_id IS NULL, NULL, v.partnership_id) AS `partnership/@id`, "
	    "ci.slug AS `city/@slug`, ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, "
	    "ci.name_zh AS `city/name@zh`, DATE_FORMAT(v.period_start, '%Y-%m-%d') AS `period/@start`, "
	    "DATE_FORMAT(v.period_end, '%Y-%m-%d') AS `period/@end`, v.value, v.score, v.comment, "
	    "v.source, v.confidence, v.supersedes_id AS supersedes "
	    "FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id LEFT JOIN cities ci ON ci.id = v.city_id "
	    "LEFT JOIN partnerships p ON p.id = v.partnership_id "
	    "LEFT JOIN cities pe ON pe.id = p.europe_city_id LEFT JOIN cities pc ON pc.id = p.china_city_id "
	    "WHERE v.internal = 0 "
	    "AND (? IS NOT NULL OR NOT EXISTS (SELECT 1 FROM kpi_values s WHERE s.supersedes_id = v.id)) "
	    "AND (? IS NULL OR v.entered_at > ? OR EXISTS (SELECT 1 FROM kpi_values s "
	    "  WHERE s.supersedes_id = v.id AND s.entered_at > ?)) "
	    "AND (? IS NULL OR k.slug = ?) "
	    "AND (? IS NULL OR ci.slug = ? OR pe.slug = ? OR pc.slug = ?) "
	    "AND (? IS NULL OR v.partnership_id = ?) "
	    "AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?) "
	    "AND (? IS NULL OR v.id > ?) "
	    "ORDER BY v.id LIMIT ?";
	const char *kpi = p->v[P_KPI].str, *city = p->v[P_CITY].str;
	const char *from = p->v[P_FROM].str, *to = p->v[P_TO].str;
	long long pid = p->v[P_PARTNERSHIP].num, after;
	struct sync sync;
	enum c2c_err rc;

	if (model_list_start(p, &after, &sync, next) != C2C_OK)
		return C2C_EINVAL;
	{
		struct db_param a[] = {
			DBP_S(sync.p), DBP_S(sync.p), DBP_S(sync.p), DBP_S(sync.p),
			DBP_S(kpi), DBP_S(kpi), DBP_S(city), DBP_S(city), DBP_S(city), DBP_S(city),
			pid ? DBP_I(pid) : DBP_S(NULL), DBP_I(pid),
			DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to),
			after ? DBP_I(after) : DBP_S(NULL), DBP_I(after), DBP_I(limit + 1),
		};
		rc = model_list(db, sql, a, sizeof(a) / sizeof(a[0]), root, "kpi-value", limit, NULL,
		    &sync, next);
	}
	return rc;
}

enum c2c_err
model_kpi_value(struct db *db, long long id, xmlNodePtr root)
{
	/* Superseded values stay readable here (the history rule), with what superseded
	 * them; internal ones are never public. */
	static const char sql[] =
	    "SELECT v.id AS `@id`, k.slug AS `@kpi`, "
	    "IF(v.source = 'illustrative sample', 1, NULL) AS `@illustrative`, "
	    "DATE_FORMAT(v.entered_at, " TIME_FMT ") AS `@updated`, "
	    "k.name_en AS `kpi-name@en`, k.name_zh AS `kpi-name@zh`, k.unit, "
	    "v.partnership_id AS `partnership/@id`, "
	    "ci.slug AS `city/@slug`, ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, "
	    "ci.name_zh AS `city/name@zh`, DATE_FORMAT(v.period_start, '%Y-%m-%d') AS `period/@start`, "
	    "DATE_FORMAT(v.period_end, '%Y-%m-%d') AS `period/@end`, v.value, v.score, v.comment, "
	    "v.source, v.confidence, v.supersedes_id AS supersedes, "
	    "(SELECT MIN(s.id) FROM kpi_values s WHERE s.supersedes_id = v.id) AS `superseded-by` "
	    "FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id LEFT JOIN cities ci ON ci.id = v.city_id "
	    "WHERE v.id = ? AND v.internal = 0";
	struct db_param a[] = { DBP_I(id) };
	return model_one(db, sql, a, 1, root);
}

enum c2c_err
model_kpi_choices(struct db *db, xmlNodePtr root)
{
	return model_choices(db, CHOICE_KPIS, root);
}

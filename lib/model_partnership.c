/* model_partnership.c: partnerships, one page of them or one with its agreements. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

#define PAIR_COLUMNS \
	"p.id AS `@id`, p.kind AS `@kind`, p.status AS `@status`, p.since_year AS `@since`, " \
	"e.slug AS `europe/@slug`, e.country_code AS `europe/@country`, " \
	"e.name_en AS `europe/name@en`, e.name_local AS `europe/local-name`, e.name_zh AS `europe/name@zh`, " \
	"c.slug AS `china/@slug`, c.country_code AS `china/@country`, " \
	"c.name_en AS `china/name@en`, c.name_local AS `china/local-name`, c.name_zh AS `china/name@zh`"

#define AGREEMENT_SIGNED \
	"CASE g.signed_precision WHEN 'year' THEN DATE_FORMAT(g.signed_on, '%Y') " \
	"  WHEN 'month' THEN DATE_FORMAT(g.signed_on, '%Y-%m') " \
	"  ELSE DATE_FORMAT(g.signed_on, '%Y-%m-%d') END"

/* An agreement's and an activity's columns, in their lists and on their partnership's
 * page: the attributes, then (after the list's own columns) the children. */
#define AGREEMENT_ATTRS \
	"g.id AS `@id`, g.kind AS `@kind`, " AGREEMENT_SIGNED " AS `@signed`, "
#define AGREEMENT_CHILDREN \
	"g.title, DATE_FORMAT(g.valid_until, '%Y-%m-%d') AS `valid-until`, " \
	"g.renewal_months AS `renewal-months`, g.document_url AS `document-url`, g.notes "
#define ACTIVITY_ATTRS \
	"t.id AS `@id`, t.status AS `@status`, a.slug AS `@area`, "
#define ACTIVITY_CHILDREN \
	"t.title, t.funding, t.budget_eur AS `budget-eur`, " \
	"DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS starts, DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS ends, " \
	"t.expected_results AS `expected-results`"

/* The partnership an agreement or an activity belongs to, and its cities' names. */
#define PARTNERSHIP_OF_ITEM \
	"p.id AS `partnership/@id`, e.slug AS `partnership/@europe`, c.slug AS `partnership/@china`, " \
	"e.slug AS `europe/@slug`, e.name_en AS `europe/name@en`, e.name_local AS `europe/local-name`, " \
	"e.name_zh AS `europe/name@zh`, c.slug AS `china/@slug`, c.name_en AS `china/name@en`, " \
	"c.name_local AS `china/local-name`, c.name_zh AS `china/name@zh`, "

#define AREAS_OF(pid) \
	"SELECT a.slug AS `@slug`, a.name_en AS `name@en`, a.name_zh AS `name@zh` " \
	"FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id " \
	"WHERE pa.partnership_id = " pid " ORDER BY a.name_en"

/* Adds <areas> to each <partnership> child of root: one query for the whole page. */
static enum c2c_err
add_page_areas(struct db *db, xmlNodePtr root, long long first, long long last)
{
	static const char sql[] =
	    "SELECT pa.partnership_id, a.slug, a.name_en, a.name_zh "
	    "FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id "
	    "WHERE pa.partnership_id BETWEEN ? AND ? ORDER BY pa.partnership_id, a.name_en";
	struct db_param a[] = { DBP_I(first), DBP_I(last) };
	struct db_rows r;
	enum c2c_err rc;
	xmlNodePtr item = root->children;
	size_t i;

	if ((rc = db_query(db, sql, a, 2, &r)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		const char *pid = db_cell(&r, i, 0);
		xmlNodePtr areas, area;
		xmlChar *id = NULL;

		/* Both lists are ordered by id: walk them together. */
		for (; item != NULL; item = item->next) {
			if (item->type != XML_ELEMENT_NODE || strcmp((const char *)item->name, "partnership"))
				continue;
			if (xmlHasProp(item, BAD_CAST "deleted"))   /* a tombstone has no areas */
				continue;
			id = xmlGetProp(item, BAD_CAST "id");
			if (id != NULL && strtoll((const char *)id, NULL, 10) >= strtoll(pid, NULL, 10))
				break;
			xmlFree(id);
			id = NULL;
		}
		if (item == NULL)
			break;
		if (strcmp((const char *)id, pid) == 0) {
			for (areas = item->children; areas != NULL; areas = areas->next)
				if (areas->type == XML_ELEMENT_NODE && !strcmp((const char *)areas->name, "areas"))
					break;
			if ((areas == NULL && (areas = xml_add(item, "areas")) == NULL) ||
			    (area = xml_add(areas, "area")) == NULL ||
			    xml_set_attr(area, "slug", db_cell(&r, i, 1)) < 0 ||
			    xml_set_lang(xml_add_text(area, "name", db_cell(&r, i, 2)), "en") < 0 ||
			    xml_set_lang(xml_add_text(area, "name", db_cell(&r, i, 3)), "zh") < 0)
				rc = C2C_ENOMEM;
		}
		xmlFree(id);
	}
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_partnerships(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT " PAIR_COLUMNS ", " SYNC_COLUMNS("p", "deleted_at") ", "
	    "(SELECT COUNT(*) FROM agreements g WHERE g.partnership_id = p.id AND g.deleted_at IS NULL) "
	    "  AS `agreement-count` "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN cities c ON c.id = p.china_city_id "
	    "WHERE " SYNC_WHERE("p", "deleted_at") " AND " PARTNERSHIP_WHERE
	    "AND (? IS NULL OR p.id > ?) "
	    "ORDER BY p.id LIMIT ?";
	long long after;
	struct db_rows r;
	struct sync sync;
	enum c2c_err rc;
	size_t n;

	if (model_list_start(p, &after, &sync, next) != C2C_OK)
		return C2C_EINVAL;
	{
		struct db_param a[] = {
			SYNC_PARAMS(&sync), PARTNERSHIP_FILTER_PARAMS(p),
			after ? DBP_I(after) : DBP_S(NULL), DBP_I(after), DBP_I(limit + 1),
		};
		rc = db_query(db, sql, a, sizeof(a) / sizeof(a[0]), &r);
	}
	if (rc != C2C_OK)
		return rc;
	rc = model_page(db, root, "partnership", &r, limit, 0, &sync, next);
	n = r.nrows > (size_t)limit ? (size_t)limit : r.nrows;
	if (rc == C2C_OK && n > 0)
		rc = add_page_areas(db, root, db_cell_ll(&r, 0, 0, 0),
		    db_cell_ll(&r, n - 1, 0, 0));
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_agreements(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT " AGREEMENT_ATTRS SYNC_COLUMNS("g", "deleted_at") ", " PARTNERSHIP_OF_ITEM
	    AGREEMENT_CHILDREN
	    "FROM agreements g JOIN partnerships p ON p.id = g.partnership_id "
	    "JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id "
	    "WHERE " SYNC_WHERE("g", "deleted_at") " AND " PARTNERSHIP_WHERE
	    "AND (? IS NULL OR p.id = ?) "
	    "AND (? IS NULL OR g.signed_on >= ?) AND (? IS NULL OR g.signed_on <= ?) "
	    ID_PAGE_TAIL("g");
	long long pid = p->v[P_PARTNERSHIP].num;
	struct db_param f[] = {
		PARTNERSHIP_FILTER_PARAMS(p), pid ? DBP_I(pid) : DBP_S(NULL), DBP_I(pid),
		DBP_S(p->v[P_FROM].str), DBP_S(p->v[P_FROM].str), DBP_S(p->v[P_TO].str),
		DBP_S(p->v[P_TO].str),
	};

	return model_id_page(db, sql, p, f, sizeof(f) / sizeof(f[0]), limit, root, "agreement", next);
}

enum c2c_err
model_activities(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT " ACTIVITY_ATTRS SYNC_COLUMNS("t", "deleted_at") ", " PARTNERSHIP_OF_ITEM
	    ACTIVITY_CHILDREN ", t.risks "
	    "FROM activities t JOIN partnerships p ON p.id = t.partnership_id "
	    "JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id "
	    "LEFT JOIN areas a ON a.id = t.area_id "
	    "WHERE " SYNC_WHERE("t", "deleted_at") " "
	    "AND (? IS NULL OR e.slug = ? OR c.slug = ?) AND (? IS NULL OR p.id = ?) "
	    "AND (? IS NULL OR a.slug = ?) " ID_PAGE_TAIL("t");
	long long pid = p->v[P_PARTNERSHIP].num;
	const char *city = p->v[P_CITY].str, *area = p->v[P_AREA].str;
	struct db_param f[] = {
		DBP_S(city), DBP_S(city), DBP_S(city), pid ? DBP_I(pid) : DBP_S(NULL), DBP_I(pid),
		DBP_S(area), DBP_S(area),
	};

	return model_id_page(db, sql, p, f, sizeof(f) / sizeof(f[0]), limit, root, "activity", next);
}

enum c2c_err
model_partnership_exists(struct db *db, long long id)
{
	static const char sql[] = "SELECT 1 FROM partnerships WHERE id = ? AND deleted_at IS NULL";
	long long found;
	enum c2c_err rc = db_number_by_id(db, sql, id, &found);

	return rc != C2C_OK ? rc : found ? C2C_OK : C2C_ENOTFOUND;
}

enum c2c_err
model_partnership(struct db *db, long long id, xmlNodePtr root)
{
	static const char sql_pair[] =
	    "SELECT " PAIR_COLUMNS ", "
	    "e.side AS `europe/@side`, c.side AS `china/@side`, "
	    "p.sources, p.notes, "
	    "p.narrative_step AS `step/@number`, s.slug AS `step/@slug`, "
	    "s.name_en AS `step/name@en`, s.name_zh AS `step/name@zh`, "
	    "l.slug AS `loop/@slug`, l.name_en AS `loop/name@en`, l.name_zh AS `loop/name@zh`, "
	    "DATE_FORMAT(p.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS updated "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN cities c ON c.id = p.china_city_id "
	    "LEFT JOIN narrative_steps s ON s.step = p.narrative_step "
	    "LEFT JOIN loops l ON l.id = p.loop_id "
	    "WHERE p.id = ? AND p.deleted_at IS NULL";
	static const char sql_areas[] = AREAS_OF("?");
	static const char sql_members[] =
	    "SELECT mc.slug AS `@slug`, mc.side AS `@side`, mc.name_en AS `name@en`, "
	    "mc.name_local AS `local-name`, mc.name_zh AS `name@zh` "
	    "FROM partnership_members m JOIN cities mc ON mc.id = m.city_id "
	    "WHERE m.partnership_id = ? ORDER BY mc.name_en";
	static const char sql_agreements[] =
	    "SELECT " AGREEMENT_ATTRS AGREEMENT_CHILDREN "FROM agreements g WHERE g.partnership_id = ? AND g.deleted_at IS NULL "
	    "ORDER BY g.signed_on IS NULL, g.signed_on, g.id";
	static const char sql_activities[] =
	    "SELECT " ACTIVITY_ATTRS ACTIVITY_CHILDREN " FROM activities t LEFT JOIN areas a ON a.id = t.area_id "
	    "WHERE t.partnership_id = ? AND t.deleted_at IS NULL ORDER BY t.starts_on, t.id";
	static const struct model_part parts[] = { { sql_pair, NULL, NULL },
		{ sql_members, "members", "city" }, { sql_areas, "areas", "area" },
		{ sql_agreements, "agreements", "agreement" },
		{ sql_activities, "activities", "activity" } };

	return model_item_by_id(db, id, root, MODEL_PARTS(parts));
}

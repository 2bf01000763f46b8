/* model_overview.c: the platform in numbers. */
#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* Every statement here reads at most a row per city, partnership or calendar day: the
 * event counts come from event_day_counts (sql/010_large_data.sql), kept by triggers, and
 * each "partnership of this city" test uses one index per side (an OR of both sides
 * scanned every partnership for every city). */
enum c2c_err
model_overview(struct db *db, xmlNodePtr root)
{
	static const char counts[] =
	    "SELECT (SELECT COUNT(*) FROM cities WHERE deleted_at IS NULL) AS `@cities`, "
	    "(SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL) AS `@partnerships`, "
	    "(SELECT COUNT(*) FROM agreements WHERE deleted_at IS NULL) AS `@agreements`, "
	    "(SELECT COALESCE(SUM(events), 0) FROM event_day_counts) AS `@events`, "
	    "(SELECT COALESCE(SUM(events), 0) FROM event_day_counts WHERE day >= UTC_DATE()) "
	    "  AS `@upcoming-events`";
	static const char sides[] =
	    "SELECT c.side AS `@name`, COUNT(*) AS `@cities`, "
	    "SUM(EXISTS (SELECT 1 FROM partnerships p WHERE p.deleted_at IS NULL AND p.europe_city_id = c.id) "
	    "  OR EXISTS (SELECT 1 FROM partnerships p WHERE p.deleted_at IS NULL AND p.china_city_id = c.id)) "
	    "  AS `@partnered-cities` "
	    "FROM cities c WHERE c.deleted_at IS NULL GROUP BY c.side ORDER BY c.side DESC";
	static const char countries[] =
	    "SELECT co.code AS `@code`, co.side AS `@side`, "
	    "n.cities AS `@cities`, COALESCE(m.partnerships, 0) AS `@partnerships`, "
	    "co.name_en AS `name@en`, co.name_zh AS `name@zh` "
	    "FROM countries co "
	    "JOIN (SELECT country_code, COUNT(*) AS cities FROM cities WHERE deleted_at IS NULL "
	    "  GROUP BY country_code) n ON n.country_code = co.code "
	    "LEFT JOIN (SELECT c.country_code, COUNT(DISTINCT t.id) AS partnerships "
	    "  FROM (SELECT id, europe_city_id AS city_id FROM partnerships WHERE deleted_at IS NULL "
	    "        UNION ALL SELECT id, china_city_id FROM partnerships WHERE deleted_at IS NULL) t "
	    "  JOIN cities c ON c.id = t.city_id AND c.deleted_at IS NULL GROUP BY c.country_code) m "
	    "  ON m.country_code = co.code "
	    "ORDER BY co.side DESC, n.cities DESC, co.code";
	enum c2c_err rc;

	if ((rc = model_rows(db, counts, NULL, 0, root, NULL, "counts")) != C2C_OK ||
	    (rc = model_rows(db, sides, NULL, 0, root, "sides", "side")) != C2C_OK ||
	    (rc = model_rows(db, countries, NULL, 0, root, "countries", "country")) != C2C_OK)
		return rc;
	return model_areas(db, root);
}

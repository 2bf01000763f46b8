/* model_overview.c: the platform in numbers. */
#include "model.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
model_overview(struct db *db, xmlNodePtr root)
{
	static const char counts[] =
	    "SELECT (SELECT COUNT(*) FROM cities WHERE deleted_at IS NULL) AS `@cities`, "
	    "(SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL) AS `@partnerships`, "
	    "(SELECT COUNT(*) FROM agreements WHERE deleted_at IS NULL) AS `@agreements`, "
	    "(SELECT COUNT(*) FROM events WHERE removed_at IS NULL) AS `@events`, "
	    "(SELECT COUNT(*) FROM events WHERE removed_at IS NULL "
	    "  AND COALESCE(ends_at, starts_at) >= UTC_DATE()) AS `@upcoming-events`";
	static const char sides[] =
	    "SELECT c.side AS `@name`, COUNT(*) AS `@cities`, "
	    "SUM(EXISTS (SELECT 1 FROM partnerships p WHERE p.deleted_at IS NULL "
	    "  AND (p.europe_city_id = c.id OR p.china_city_id = c.id))) AS `@partnered-cities` "
	    "FROM cities c WHERE c.deleted_at IS NULL GROUP BY c.side ORDER BY c.side DESC";
	static const char countries[] =
	    "SELECT co.code AS `@code`, co.side AS `@side`, "
	    "COUNT(DISTINCT c.id) AS `@cities`, COUNT(DISTINCT p.id) AS `@partnerships`, "
	    "co.name_en AS `name@en`, co.name_zh AS `name@zh` "
	    "FROM countries co JOIN cities c ON c.country_code = co.code AND c.deleted_at IS NULL "
	    "LEFT JOIN partnerships p ON p.deleted_at IS NULL "
	    "  AND (p.europe_city_id = c.id OR p.china_city_id = c.id) "
	    "GROUP BY co.code, co.side, co.name_en, co.name_zh "
	    "ORDER BY co.side DESC, COUNT(DISTINCT c.id) DESC, co.code";
	enum c2c_err rc;

	if ((rc = model_rows(db, counts, NULL, 0, root, NULL, "counts")) != C2C_OK ||
	    (rc = model_rows(db, sides, NULL, 0, root, "sides", "side")) != C2C_OK ||
	    (rc = model_rows(db, countries, NULL, 0, root, "countries", "country")) != C2C_OK)
		return rc;
	return model_areas(db, root);
}

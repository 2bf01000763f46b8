/* model.c: shared pieces of the resource readers. */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
model_rows(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *wrapper, const char *elem)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	if (wrapper != NULL && (parent = xml_add(parent, wrapper)) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++)
		if (xml_add_row(parent, elem, &r, i) == NULL)
			rc = C2C_ENOMEM;
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_areas(struct db *db, xmlNodePtr root)
{
	static const char sql[] =
	    "SELECT slug AS `@slug`, name_en AS `name@en`, name_zh AS `name@zh` "
	    "FROM areas ORDER BY name_en";

	return model_rows(db, sql, NULL, 0, root, "areas", "area");
}

char *
model_like(const char *text)
{
	size_t i, o = 0, n = strlen(text);
	char *out = malloc(2 * n + 3);

	if (out == NULL)
		return NULL;
	out[o++] = '%';
	for (i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			out[o++] = '\\';
		out[o++] = text[i];
	}
	out[o++] = '%';
	out[o] = '\0';
	return out;
}

enum c2c_err
model_next(xmlNodePtr root, const char *next)
{
	xmlNodePtr n;

	if (next == NULL)
		return C2C_OK;
	if ((n = xml_add(root, "next")) == NULL || xml_set_attr(n, "cursor", next) < 0)
		return C2C_ENOMEM;
	return C2C_OK;
}

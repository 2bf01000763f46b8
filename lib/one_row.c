/* one_row.c: the one row a query finds, as an element with its key (one_row.h). */
#include "one_row.h"
#include "rowxml.h"

enum c2c_err
one_row_under(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *elem, xmlNodePtr *node, long long *id)
{
	struct db_rows r;
	xmlNodePtr x = NULL;
	enum c2c_err rc;

	if (node != NULL)
		*node = NULL;
	if (id != NULL)
		*id = 0;
	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		rc = C2C_ENOTFOUND;
	else if (parent != NULL && (x = xml_add_row(parent, elem, &r, 0)) == NULL)
		rc = C2C_ENOMEM;
	else if (id != NULL)
		*id = db_cell_ll(&r, 0, 0, 0);
	if (node != NULL)
		*node = x;
	db_rows_free(&r);
	return rc;
}

/* one_row.h: the one row a query finds (a city by its slug, a step by its number), added
 * as an element and its key kept, the head of a page of one thing and what belongs to it.
 * model_one (model.h) fills an existing element instead. */
#ifndef C2C_ONE_ROW_H
#define C2C_ONE_ROW_H

#include <libxml/tree.h>

#include "db.h"

/* Runs sql (np parameters p) and appends its first row as <elem> under parent (parent
 * NULL: no element), the element to *node and the number in the row's first column (e.g.
 * an id hidden as `_id`) to *id, each when not NULL.  C2C_ENOTFOUND when there is no row
 * (*node NULL, *id 0), else C2C_OK, a database error or C2C_ENOMEM.  The element belongs
 * to parent's document. */
enum c2c_err one_row_under(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *elem, xmlNodePtr *node, long long *id);

#endif

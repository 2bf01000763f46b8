/* rowxml.h: turns a result row into XML by its column aliases, so each query states its
 * own XML shape:
 *   "x"       -> <x>value</x>
 *   "@x"      -> attribute x on the row element
 *   "x@en"    -> <x xml:lang="en">value</x>
 *   "a/..."   -> the same inside a child <a> (one level), e.g. "europe/@slug"
 *   "_x"      -> not output (cursor keys)
 * SQL NULL values add nothing. */
#ifndef C2C_ROWXML_H
#define C2C_ROWXML_H

#include <libxml/tree.h>

#include "db.h"

/* Appends <elem> for row `row` of r under parent.  NULL when out of memory. */
xmlNodePtr xml_add_row(xmlNodePtr parent, const char *elem, const struct db_rows *r, size_t row);

/* Adds the columns of the row to an existing element node. 0 or -1. */
int xml_fill_row(xmlNodePtr node, const struct db_rows *r, size_t row);

/* db_col (the column index of a name) is db.h's. */

#endif

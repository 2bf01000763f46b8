/* model.h: the resources of c2c read from the database into XML elements.
 * Each function appends to `root` (an element of a document the caller owns) and
 * returns C2C_OK, C2C_ENOTFOUND, C2C_EINVAL (a bad cursor), C2C_EDBDOWN, C2C_EDB or
 * C2C_ENOMEM.  Filters come from struct params, the one grammar every output shares. */
#ifndef C2C_MODEL_H
#define C2C_MODEL_H

#include <libxml/tree.h>

#include "db.h"
#include "param.h"

/* Counts of cities, partnerships, events and agreements, by side and by country. */
enum c2c_err model_overview(struct db *db, xmlNodePtr root);

/* A page of a list, ordered by its key.  *next (malloc'd, caller frees) receives the
 * cursor of the following page, or NULL on the last page. */
enum c2c_err model_cities(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);
enum c2c_err model_partnerships(struct db *db, const struct params *p, int limit,
    xmlNodePtr root, char **next);
/* Events that end on or after `from` (default: today, UTC), starting before `to`. */
enum c2c_err model_events(struct db *db, const struct params *p, int limit, xmlNodePtr root,
    char **next);

/* One resource with what belongs to it. */
enum c2c_err model_city(struct db *db, const char *slug, xmlNodePtr root);
enum c2c_err model_partnership(struct db *db, long long id, xmlNodePtr root);

/* The cooperation areas, for filter forms. */
enum c2c_err model_areas(struct db *db, xmlNodePtr root);

/* Runs sql and appends one <elem> per row under a new <wrapper> (wrapper NULL: directly
 * under parent).  The building block of the functions above. */
enum c2c_err model_rows(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *wrapper, const char *elem);



/* "%text%" for LIKE, with %, _ and \ in text escaped.  malloc'd; NULL when out of memory. */
char *model_like(const char *text);

/* Appends <next cursor="..."/> when there is a following page. */
enum c2c_err model_next(xmlNodePtr root, const char *next);
#endif

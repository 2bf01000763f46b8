/* audit.h: the audit log (table audit_log): who changed what, when, before and after.
 * Every write of c2c.fcgi and c2cctl adds its row in the same transaction as the change,
 * so the log can never miss a committed change nor hold one that was rolled back. */
#ifndef C2C_AUDIT_H
#define C2C_AUDIT_H

#include <libxml/tree.h>

#include "db.h"

/* action: "create", "update" or "delete"; entity: a table's singular ("kpi-value");
 * before/after: the item as XML (NULL when it did not exist / no longer exists).  All
 * borrowed.  C2C_EDB*, C2C_EINVAL for an action the table does not know. */
enum c2c_err audit_write(struct db *db, const char *actor, const char *action,
    const char *entity, long long id, const char *before, const char *after);

/* Runs sql (one '?' bound to id; column aliases as in rowxml.h) and serialises its first
 * row as <elem ...> in C2C_NS, without XML declaration, into *out (malloc'd, the caller
 * frees; NULL when there is no row).  For the before/after columns of the log. */
enum c2c_err audit_row_xml(struct db *db, const char *sql, long long id, const char *elem,
    char **out);

/* The end of a write: the item as it is now (audit_row_xml of sql, id, entity) and its
 * audit row with before (borrowed, may be NULL). */
enum c2c_err audit_after(struct db *db, const char *actor, const char *action, const char *sql,
    long long id, const char *entity, const char *before);

/* A page of the log for /edit/audit, newest first: <entry id at actor action entity
 * entity-id> with <before> and <after> (the items as XML, as text) under root, limit
 * entries after the cursor `after` (NULL: from the newest; else a cursor_encode'd id).
 * *next (malloc'd, the caller frees) the cursor of the next page, or NULL.  C2C_EINVAL
 * for a cursor that is not one. */
enum c2c_err audit_list(struct db *db, const char *after, int limit, xmlNodePtr root,
    char **next);

#endif

/* model_write.h: the writes of the editing pages and the write API.  Each runs in one
 * transaction: the If-Match check (write_precondition), the scope of the user, the rules
 * that need the database, the change, and its audit_log rows; all of it or nothing.
 * Writes bump the data version through the triggers of sql/002_publishing.sql, so
 * ETags, caches, feeds and matching follow at once.
 * Returns C2C_OK with *st saying what came of it (W_DONE or the refusal, with the
 * problems in errs), or a database error (C2C_EDB, C2C_EDBDOWN) or C2C_ENOMEM, after
 * which nothing was written. */
#ifndef C2C_MODEL_WRITE_H
#define C2C_MODEL_WRITE_H

#include "auth.h"
#include "kpi_input.h"
#include "write.h"

/* Stores every entry of b (checked with kpi_entry_finish) as a new row of kpi_values,
 * entered_by u->actor.  A correction (supersedes) keeps the value it corrects.  ids
 * (b->n of them) receive the new rows' ids. */
enum c2c_err kpi_values_write(struct db *db, const struct auth_user *u,
    const struct kpi_batch *b, const char *if_match, long long *ids,
    struct field_errors *errs, enum write_status *st);

/* The editable state of a partnership (PUT replaces all of it). */
struct partnership_edit {
	char  status[8];        /* active | dormant | ended (required) */
	char  kind[32];         /* "" = unknown */
	int   since;            /* 0 = unknown */
	int   step;             /* 1..8, 0 = unknown */
	char  loop[65];         /* a loop's slug, "" = none */
	char *notes;            /* owned, or NULL */
};
/* From a document xmlin_parse accepted (root <partnership-edit>).  C2C_ENOMEM or C2C_OK
 * (problems in errs).  partnership_edit_free releases notes. */
enum c2c_err partnership_edit_from_xml(xmlDocPtr doc, struct partnership_edit *pe,
    struct field_errors *errs);
void partnership_edit_free(struct partnership_edit *pe);

enum c2c_err partnership_update(struct db *db, const struct auth_user *u, long long id,
    const struct partnership_edit *pe, const char *if_match, struct field_errors *errs,
    enum write_status *st);
/* Soft delete: deleted_at is set, the feeds publish a tombstone, the row stays. */
enum c2c_err partnership_delete(struct db *db, const struct auth_user *u, long long id,
    const char *if_match, enum write_status *st);

#endif

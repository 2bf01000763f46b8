/* model_write.h: the writes of KPI values (the other resources: edit.h).  Each runs in one
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

#endif

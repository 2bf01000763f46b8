/* source_admin.h: the calendar sources as c2cctl manages them (add, enable, disable,
 * list, show, the import queue).  A source added here passes the web's own checks (the
 * field table of edit_resource("sources"): edit_check, edit_save) and every change gets
 * its audit_log row, with the command line's actor ("c2cctl:root").  No output here:
 * c2cctl prints.  No FastCGI here. */
#ifndef C2C_SOURCE_ADMIN_H
#define C2C_SOURCE_ADMIN_H

#include <stddef.h>

#include "auth.h"
#include "db.h"
#include "edit.h"
#include "importer.h"
#include "write.h"

#define SOURCE_AREAS_MAX 16

/* A new source as the command line gives it; every string borrowed, NULL when not
 * given (every, enabled: as text, "360", "1"). */
struct source_new {
	const char *url, *name, *city, *every, *enabled, *tz;
	const char *areas[SOURCE_AREAS_MAX];
	size_t      nareas;
};

/* The web's field table for sources (edit_resource("sources")).  Static. */
const struct edit_resource *source_resource(void);

/* Fills v (zeroed by the caller; edit_values_free releases it) from in and checks it
 * with the web's rules (edit_check of a POST): every problem in errs, by the web's field
 * names ("url", "name", "refresh-minutes", "enabled", "tzid", "city").  Pure: no
 * database.  C2C_OK or C2C_ENOMEM. */
enum c2c_err source_new_check(const struct source_new *in, struct edit_values *v,
    struct field_errors *errs);

/* Adds the source v holds (source_new_check passed) with its areas, as u, in one
 * transaction (edit_save: the city's cap max_sources, the audit row).  Refusals: *st
 * W_CONFLICT with *dup the source that has this URL already; W_INVALID with errs (an
 * unknown city FE_NO_CITY, an unknown area FE_CHOICE on "area" with the slug as detail,
 * a full city FE_CITY_FULL).  On W_DONE *id is the new source.  C2C_EDB*, C2C_ENOMEM:
 * nothing stored. */
enum c2c_err source_add(struct db *db, const struct auth_user *u, const struct edit_values *v,
    const char *const *areas, size_t nareas, long max_sources, long long *id, long long *dup,
    struct field_errors *errs, enum write_status *st);

/* Enables (due at once) or disables source id, as u, with its audit row ("update").  *st
 * W_DONE, or W_NOTFOUND when there is no such source.  Enabling an enabled source (or
 * disabling a disabled one) changes nothing but is recorded as asked. */
enum c2c_err source_set_enabled(struct db *db, const struct auth_user *u, long long id, int on,
    enum write_status *st);

/* Every source, by id, one row each: id, enabled ("yes", "no", "quarant."), last status
 * ("never"), next fetch ("now"), events, name (else URL).  *out: db_rows_free. */
enum c2c_err source_list_rows(struct db *db, struct db_rows *out);

/* One source (no row: none), SOURCE_SHOW_COLS columns in the order of source_show_labels,
 * and its last 10 import runs: id, started, status, HTTP status, bytes, added, updated,
 * removed, unchanged, skipped, error (""), seconds ("" while running), host.  Both
 * db_rows_free; runs is untouched when src has no row. */
#define SOURCE_SHOW_COLS 23
extern const char *const source_show_labels[SOURCE_SHOW_COLS];
enum c2c_err source_show_rows(struct db *db, long long id, struct db_rows *src,
    struct db_rows *runs);

/* The sources to import, in turn city by city (the first of each city, then the
 * second...), so that one city's many or slow sources cannot hold up another's:
 * due_only, the due ones (a quarantine over makes a source due again); else every
 * enabled one.  *items (malloc'd, the caller frees; *n of them, at least one slot). */
enum c2c_err source_import_queue(struct db *db, int due_only, struct import_item **items,
    size_t *n);

#endif

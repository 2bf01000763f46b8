/* import_plan.h: the plan of an import run (internal to importer.c and import_plan.c):
 * which events of the feed are new, changed or as stored, and which stored ones the feed
 * no longer has, matched by UID and recurrence id, or by title and start for a source
 * that makes up new UIDs on every fetch.  Pure: the stored rows are passed in. */
#ifndef C2C_IMPORT_PLAN_H
#define C2C_IMPORT_PLAN_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "db.h"
#include "ics_parse.h"

/* Columns of a stored event, in the order of the SELECT below and of fields_equal. */
enum { C_ID, C_UID, C_RID, C_TITLE, C_DESC, C_START, C_END, C_TZID, C_ALLDAY, C_LOCATION,
	C_URL, C_ORGANISER, C_CATEGORIES, C_STATUS, C_SEQUENCE, C_REMOVED, C_NCOLS };

/* The stored events of a source (one '?': its id), in the columns above. */
#define IMPORT_SQL_EXISTING \
	"SELECT id, uid, recurrence_id, title, description, " \
	"DATE_FORMAT(starts_at, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(ends_at, '%Y-%m-%d %H:%i:%s'), " \
	"tzid, all_day, location, url, organiser, categories, status, sequence, " \
	"removed_at IS NOT NULL " \
	"FROM events WHERE source_id = ?"

/* What to do with each item and each stored row. */
enum action { A_SKIP, A_ADD, A_UPDATE, A_SAME };

struct plan {
	enum action  *act;      /* per item */
	long         *row;      /* per item: the stored row it matches, or -1 */
	unsigned char *taken;   /* per stored row: matched by an item */
	size_t added, updated, same, removed, skipped;
	int unstable;
};

/* The status words of the events table, by enum ics_status. */
extern const char *const import_status_text[3];

/* The kind of an event from its categories (the first that names one), else "other".
 * Static. */
const char *import_kind_of(const char *categories);

/* Plans cal against the stored rows r (IMPORT_SQL_EXISTING); was_unstable: the source's
 * UIDs were found unstable before; what it notices goes to warnings.  pl zeroed by the caller, import_plan_free releases
 * it.  -1 when out of memory. */
int import_plan_make(const struct ics_calendar *cal, const struct db_rows *r, int was_unstable,
    struct plan *pl, struct buf *warnings);
void import_plan_free(struct plan *pl);
/* The dry run's diff on f: "+ start uid title" for an event to add, "~" to update, "-"
 * for a stored one to remove. */
void import_plan_print(FILE *f, const struct ics_calendar *cal, const struct db_rows *r,
    const struct plan *pl);

/* "" for NULL: cells and item fields read as text. */
static inline const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

#endif

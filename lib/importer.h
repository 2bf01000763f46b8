/* importer.h: one import of one calendar source: fetch (lib/fetch.c), parse
 * (lib/ics_parse.c), compare with what is stored, and store the difference in one
 * transaction.  Nothing is lost on a crash: a failed fetch or parse, or an importer killed
 * at any point, leaves the source's events as they were.  A per-source database lock
 * (GET_LOCK) lets importers on several hosts run at once without importing twice. */
#ifndef C2C_IMPORTER_H
#define C2C_IMPORTER_H

#include <stdio.h>

#include "cfg.h"
#include "db.h"
#include "err.h"

struct import_opts {
	int         dry_run;    /* fetch and compare, store nothing; differences go to diff */
	int         due_only;   /* import only if due (checked again under the lock) */
	FILE       *diff;       /* dry run: one line per added, changed, removed event */
	const char *host;       /* recorded with the run; may be NULL */
};

enum import_status {
	IMPORT_OK,          /* stored (possibly no change) */
	IMPORT_UNCHANGED,   /* 304 Not Modified */
	IMPORT_FAILED,      /* fetch, parse or store failed: nothing changed; see error */
	IMPORT_BUSY,        /* another importer holds the source's lock */
	IMPORT_NOT_DUE,     /* due_only, and another importer has just done it */
	IMPORT_DISABLED     /* the source is disabled */
};

struct import_report {
	enum import_status status;
	long long  run_id;          /* the import_runs row, 0 for none (dry run, busy...) */
	char       name[201];       /* the source's name, or its URL cut short */
	long       http_status;
	long long  bytes;
	size_t     in_feed, added, updated, removed, unchanged, skipped;
	int        uids_unstable;
	double     seconds;
	char       error[700];
};

/* Imports source id.  C2C_OK with rep->status for every outcome of the import itself;
 * C2C_ENOTFOUND for no such source; C2C_EDB/C2C_EDBDOWN when the database fails before
 * anything was fetched (see db_error); C2C_ENOMEM. */
enum c2c_err import_source(struct db *db, const struct c2c_cfg *cfg, long long id,
    const struct import_opts *o, struct import_report *rep);

/* Static name of a status: "ok", "unchanged", "failed", "busy", "not due", "disabled". */
const char *import_status_name(enum import_status s);

/* Seconds until the next fetch after a run: the source's interval or the feed's refresh
 * hint (counted up to a week), whichever is longer; doubled per failure in a row (at most a day); then up to a
 * tenth more at random (jitter, so that sources added together do not stay together);
 * never before retry_after seconds.  Exposed for tests. */
long import_next_delay(long refresh_minutes, long feed_refresh_seconds, int failures,
    long retry_after, unsigned jitter_seed);

#endif

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
#include "fetch.h"

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
	char       error[700];        /* the detail, for editors: may name internal addresses */
	char       error_public[100]; /* its category, for readers: "could not connect",
	                               * "HTTP 404", "not a calendar", "over budget"... */
	int        over_budget;       /* failed over a budget (counts towards quarantine) */
};

/* Imports source id.  C2C_OK with rep->status for every outcome of the import itself;
 * C2C_ENOTFOUND for no such source; C2C_EDB/C2C_EDBDOWN when the database fails before
 * anything was fetched (see db_error); C2C_ENOMEM. */
enum c2c_err import_source(struct db *db, const struct c2c_cfg *cfg, long long id,
    const struct import_opts *o, struct import_report *rep);

/* The import in three steps, for importing many sources at once (import_sources):
 * import_begin takes the source's lock and records the run's start (as interrupted until
 * import_end says otherwise: see "Calendar import" in docs/architecture.md); the caller
 * fetches import_job_url with import_job_fetch_opts into import_job_result; import_end
 * parses, stores, records the end, releases the lock and frees the job. */
struct import_job;

/* As import_source, but stops before the fetch: on C2C_OK either *job (owned by the
 * caller until import_end) is ready for its fetch, or it is NULL and rep->status says why
 * (busy, not due, disabled). */
enum c2c_err import_begin(struct db *db, const struct c2c_cfg *cfg, long long id,
    const struct import_opts *o, struct import_job **job, struct import_report *rep);
const char *import_job_url(const struct import_job *j);
const struct fetch_opts *import_job_fetch_opts(const struct import_job *j);
struct fetch_result *import_job_result(struct import_job *j);

/* Ends job j (freed, whatever the result) with the fetch's result in import_job_result;
 * fills rep (which import_begin filled first).  Returns as import_source. */
enum c2c_err import_end(struct db *db, const struct c2c_cfg *cfg, struct import_job *j,
    const struct import_opts *o, struct import_report *rep);

/* A source to import and its city (0 for none), for import_sources. */
struct import_item {
	long long id;
	long long city;
};

/* Called once per source as it ends: e as import_source returns it, rep valid when e is
 * C2C_OK. */
typedef void (*import_report_fn)(void *arg, long long id, enum c2c_err e,
    const struct import_report *rep);

/* Imports items[0..n) with up to cfg->import_parallel fetches at once (libcurl multi, one
 * thread: the parse and store of one source happen between the others' transfers), at
 * most cfg->import_parallel_per_city of one city, starting them in the order given.
 * Each source's fetch is cut at import_source_seconds.  C2C_OK, or C2C_ENOMEM when it had
 * to stop (the sources not reported were not imported). */
enum c2c_err import_sources(struct db *db, const struct c2c_cfg *cfg,
    const struct import_item *items, size_t n, const struct import_opts *o,
    import_report_fn report, void *arg);

/* Static name of a status: "ok", "unchanged", "failed", "busy", "not due", "disabled". */
const char *import_status_name(enum import_status s);

/* Seconds until the next fetch after a run: the source's interval or the feed's refresh
 * hint (counted up to a week), whichever is longer; doubled per failure in a row (at most a day); then up to a
 * tenth more at random (jitter, so that sources added together do not stay together);
 * never before retry_after seconds.  Exposed for tests. */
long import_next_delay(long refresh_minutes, long feed_refresh_seconds, int failures,
    long retry_after, unsigned jitter_seed);

#endif

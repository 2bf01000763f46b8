/* source_health.h: how a calendar source and its import runs are doing, as shown on
 * /sources and /sources/{id}.  Pure functions of recorded facts and a clock the caller
 * passes (the database's, so that times written by importers on other hosts compare with
 * one clock); no I/O, no allocation. */
#ifndef C2C_SOURCE_HEALTH_H
#define C2C_SOURCE_HEALTH_H

#include "names.h"

/* A source more than this many seconds past its due time is overdue: the import timer
 * runs every 5 minutes, so an hour late means no importer has run for a dozen periods. */
#define SOURCE_OVERDUE_GRACE 3600
/* A run still unfinished this many seconds after it started is taken as interrupted (the
 * importer was killed or its host went down): a fetch has a total timeout of minutes. */
#define SOURCE_RUN_STALE 3600

/* The health classes, most urgent first when several apply: a quarantined source is only
 * quarantined, a disabled one only disabled; a failing one is failing even if also
 * overdue. */
#define SOURCE_HEALTHS(X) \
	X(SOURCE_QUARANTINED, "quarantined") /* disabled by the importer for a while (docs/architecture.md) */ \
	X(SOURCE_DISABLED, "disabled") \
	X(SOURCE_FAILING, "failing")         /* the last run(s) failed: failures in a row > 0 */ \
	X(SOURCE_NEVER, "never-fetched")     /* enabled, never fetched, no failure yet */ \
	X(SOURCE_OVERDUE, "overdue")         /* fetched before, but past due + SOURCE_OVERDUE_GRACE */ \
	X(SOURCE_HEALTHY, "healthy")
enum source_health { SOURCE_HEALTHS(ENUM_VALUE) SOURCE_HEALTH__MAX };

/* What the classification reads from a calendar_sources row.  Times are seconds since the
 * epoch, -1 when NULL. */
struct source_facts {
	int        enabled;
	long long  last_fetch;       /* last_fetch_at */
	long long  next_fetch;       /* next_fetch_at */
	long long  retry_after;      /* a server's Retry-After */
	long long  refresh_minutes;  /* refresh_minutes (used when next_fetch is unknown) */
	long long  failures;         /* failed runs in a row */
	int        quarantined;      /* quarantined_until is set (with enabled 0) */
};

/* The time the source is due next: next_fetch (else last_fetch + refresh interval), but
 * not before retry_after; -1 when never fetched and nothing scheduled (due at once). */
long long source_due(const struct source_facts *f);

enum source_health source_health(const struct source_facts *f, long long now);

/* "healthy", "failing", "disabled", "quarantined", "never-fetched", "overdue": the XML
 * token.  Static. */
const char *source_health_name(enum source_health h);

/* The state of one import run: its recorded status, except that a run that never
 * finished and started more than SOURCE_RUN_STALE ago is "interrupted". */
#define RUN_STATES(X) X(RUN_RUNNING, "running") X(RUN_OK, "ok") X(RUN_UNCHANGED, "unchanged") \
	X(RUN_FAILED, "failed") X(RUN_INTERRUPTED, "interrupted")
enum run_state { RUN_STATES(ENUM_VALUE) RUN_STATE__MAX };

/* status: import_runs.status (NULL or unknown text counts as "running" while unfinished,
 * "failed" once finished, so that a row no writer completed is never shown as fine);
 * finished: finished_at is set; started: started_at (seconds since the epoch). */
enum run_state source_run_state(const char *status, int finished, long long started, long long now);

/* "running", "ok", "unchanged", "failed", "interrupted".  Static. */
const char *source_run_state_name(enum run_state s);

#endif

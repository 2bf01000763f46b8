/* source_health.c: the health of calendar sources and the state of import runs. */
#include <limits.h>
#include <stddef.h>
#include <string.h>

#include "names.h"
#include "source_health.h"

NAMES_TABLE(health_names, SOURCE_HEALTHS);
NAMES_TABLE(run_names, RUN_STATES);

const char *
source_health_name(enum source_health h)
{
	return NAME_OF(health_names, h, "failing");
}

const char *
source_run_state_name(enum run_state s)
{
	return NAME_OF(run_names, s, "failed");
}

/* How many seconds b is before a, 0 when it is not.  In unsigned arithmetic, so that
 * any two times (hostile or skewed ones included) give the true difference. */
static unsigned long long
later_by(long long a, long long b)
{
	return a > b ? (unsigned long long)a - (unsigned long long)b : 0;
}

long long
source_due(const struct source_facts *f)
{
	long long due = f->next_fetch;

	/* A refresh interval read from the database is at most INT UNSIGNED minutes; the
	 * bound keeps the product far from overflow whatever a caller passes. */
	if (due < 0 && f->last_fetch >= 0 && f->refresh_minutes >= 0 &&
	    f->refresh_minutes <= 100LL * 365 * 24 * 60 &&
	    f->last_fetch <= LLONG_MAX - f->refresh_minutes * 60)
		due = f->last_fetch + f->refresh_minutes * 60;
	if (f->retry_after >= 0 && f->retry_after > due)
		due = f->retry_after;
	return due;
}

enum source_health
source_health(const struct source_facts *f, long long now)
{
	long long due;

	if (!f->enabled)
		return f->quarantined ? SOURCE_QUARANTINED : SOURCE_DISABLED;
	if (f->failures > 0)
		return SOURCE_FAILING;
	if (f->last_fetch < 0)
		return SOURCE_NEVER;
	due = source_due(f);
	if (due >= 0 && later_by(now, due) > SOURCE_OVERDUE_GRACE)
		return SOURCE_OVERDUE;
	return SOURCE_HEALTHY;
}

enum run_state
source_run_state(const char *status, int finished, long long started, long long now)
{
	if (status != NULL && finished) {
		if (strcmp(status, "ok") == 0)
			return RUN_OK;
		if (strcmp(status, "unchanged") == 0)
			return RUN_UNCHANGED;
	}
	if (finished)
		return RUN_FAILED;    /* "failed", or finished while still marked running */
	if (later_by(now, started) > SOURCE_RUN_STALE)
		return RUN_INTERRUPTED;
	return RUN_RUNNING;
}

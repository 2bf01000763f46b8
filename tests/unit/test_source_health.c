/* test_source_health.c: the health of calendar sources and the state of import runs
 * (source_health.h) at their boundaries. */
#include <limits.h>

#include "source_health.h"
#include "suites.h"

#define NOW 1800000000LL

/* An enabled source fetched an hour ago, due in five hours, no failure. */
static struct source_facts
fine(void)
{
	struct source_facts f = { 1, NOW - 3600, NOW + 5 * 3600, -1, 360, 0, 0 };

	return f;
}

START_TEST(health_classes)
{
	struct source_facts f = fine();

	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);
	f.failures = 1;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_FAILING);
	f.enabled = 0;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_DISABLED);   /* disabled wins */
	f.quarantined = 1;  /* disabled by the importer: quarantined, whatever else */
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_QUARANTINED);
	ck_assert_str_eq(source_health_name(SOURCE_QUARANTINED), "quarantined");
	f.enabled = 1;      /* enabled again by an editor: the quarantine is over */
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_FAILING);
	f = fine();
	f.last_fetch = -1;
	f.next_fetch = -1;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_NEVER);
	f.failures = 3;     /* the first fetch failed: failing, not "never fetched" */
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_FAILING);
}
END_TEST

START_TEST(health_overdue_boundary)
{
	struct source_facts f = fine();

	f.next_fetch = NOW - SOURCE_OVERDUE_GRACE;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);     /* exactly the grace */
	f.next_fetch = NOW - SOURCE_OVERDUE_GRACE - 1;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_OVERDUE);
	/* A server asked us to wait: not overdue before its Retry-After has passed. */
	f.retry_after = NOW + 60;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);
	ck_assert_int_eq(source_due(&f), NOW + 60);
	/* Nothing scheduled: due one refresh interval after the last fetch. */
	f = fine();
	f.next_fetch = -1;
	f.last_fetch = NOW - 360 * 60 - SOURCE_OVERDUE_GRACE - 1;
	ck_assert_int_eq(source_due(&f), NOW - SOURCE_OVERDUE_GRACE - 1);
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_OVERDUE);
	/* A failing source that is also late is reported as failing. */
	f.failures = 2;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_FAILING);
}
END_TEST

START_TEST(health_hostile_values)
{
	struct source_facts f = fine();

	/* Extreme times and intervals must neither overflow nor make a healthy source late. */
	f.next_fetch = LLONG_MAX;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);
	f.next_fetch = -1;
	f.refresh_minutes = LLONG_MAX;
	ck_assert_int_eq(source_due(&f), -1);
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);
	f.refresh_minutes = -5;
	ck_assert_int_eq(source_health(&f, NOW), SOURCE_HEALTHY);
	f = fine();
	f.next_fetch = 0;
	ck_assert_int_eq(source_health(&f, LLONG_MAX), SOURCE_OVERDUE);
	ck_assert_str_eq(source_health_name((enum source_health)99), "failing");
	ck_assert_str_eq(source_health_name(SOURCE_NEVER), "never-fetched");
}
END_TEST

START_TEST(run_states)
{
	ck_assert_int_eq(source_run_state("ok", 1, NOW - 10, NOW), RUN_OK);
	ck_assert_int_eq(source_run_state("unchanged", 1, NOW - 10, NOW), RUN_UNCHANGED);
	ck_assert_int_eq(source_run_state("failed", 1, NOW - 10, NOW), RUN_FAILED);
	ck_assert_int_eq(source_run_state("running", 0, NOW - 10, NOW), RUN_RUNNING);
	/* Unfinished for longer than SOURCE_RUN_STALE: interrupted, boundary excluded. */
	ck_assert_int_eq(source_run_state("running", 0, NOW - SOURCE_RUN_STALE, NOW), RUN_RUNNING);
	ck_assert_int_eq(source_run_state("running", 0, NOW - SOURCE_RUN_STALE - 1, NOW), RUN_INTERRUPTED);
	/* A row that claims success but never finished is not shown as fine. */
	ck_assert_int_eq(source_run_state("ok", 0, NOW - 7200, NOW), RUN_INTERRUPTED);
	/* Finished but left "running", or a status this code does not know: failed. */
	ck_assert_int_eq(source_run_state("running", 1, NOW - 10, NOW), RUN_FAILED);
	ck_assert_int_eq(source_run_state("weird", 1, NOW - 10, NOW), RUN_FAILED);
	ck_assert_int_eq(source_run_state(NULL, 1, NOW - 10, NOW), RUN_FAILED);
	ck_assert_int_eq(source_run_state(NULL, 0, NOW + 100, NOW), RUN_RUNNING);   /* clock skew */
	ck_assert_int_eq(source_run_state("running", 0, LLONG_MIN, LLONG_MAX), RUN_INTERRUPTED);
	ck_assert_int_eq(source_run_state("running", 0, LLONG_MAX, LLONG_MIN), RUN_RUNNING);
	ck_assert_str_eq(source_run_state_name(RUN_INTERRUPTED), "interrupted");
	ck_assert_str_eq(source_run_state_name((enum run_state)-1), "failed");
}
END_TEST

Suite *
source_health_suite(void)
{
	Suite *s = suite_create("source_health");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, health_classes);
	tcase_add_test(tc, health_overdue_boundary);
	tcase_add_test(tc, health_hostile_values);
	tcase_add_test(tc, run_states);
	suite_add_tcase(s, tc);
	return s;
}

/* test_review_alerts.c: the review-overdue and step-stuck rules (review_alerts.h, issue 18). */
#include "review_alerts.h"
#include "suites.h"

static struct kpi_date
d(const char *s)
{
	struct kpi_date out;

	ck_assert_int_eq(kpi_date_parse(s, &out, NULL), C2C_OK);
	return out;
}

START_TEST(test_overdue)
{
	struct kpi_date today = d("2026-12-07"), none = KPI_DATE_NONE;

	/* Active, older than a year, never reviewed: overdue. */
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), none, today, 12), 1);
	/* Not active (dormant, ended): never. */
	ck_assert_int_eq(review_overdue(0, d("2019-12-31"), none, today, 12), 0);
	/* Younger than a year: not yet; created exactly a year ago: not yet either. */
	ck_assert_int_eq(review_overdue(1, d("2026-06-01"), none, today, 12), 0);
	ck_assert_int_eq(review_overdue(1, d("2025-12-07"), none, today, 12), 0);
	ck_assert_int_eq(review_overdue(1, d("2025-12-06"), none, today, 12), 1);
	/* A review exactly twelve months old still counts; a day older does not. */
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), d("2025-12-07"), today, 12), 0);
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), d("2025-12-06"), today, 12), 1);
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), d("2026-11-20"), today, 12), 0);
	/* Month ends clamp (2025-02-28 from 2026-02-28 minus 12, and from the 29th of a leap year). */
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), d("2023-02-28"), d("2024-02-29"), 12), 0);
	/* Invalid input: no alert rather than a wrong one. */
	ck_assert_int_eq(review_overdue(1, none, none, today, 12), 0);
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), none, none, 12), 0);
	ck_assert_int_eq(review_overdue(1, d("2019-12-31"), none, today, 0), 0);
}
END_TEST

START_TEST(test_stuck)
{
	struct kpi_date today = d("2026-12-07");

	ck_assert_int_eq(review_step_stuck(4, d("2025-12-06"), today, 12), 1);
	ck_assert_int_eq(review_step_stuck(4, d("2025-12-07"), today, 12), 0);
	ck_assert_int_eq(review_step_stuck(4, d("2026-11-30"), today, 12), 0);
	/* The configured months: 6. */
	ck_assert_int_eq(review_step_stuck(4, d("2026-06-06"), today, 6), 1);
	ck_assert_int_eq(review_step_stuck(4, d("2026-06-07"), today, 6), 0);
	/* No step: never stuck; bad months or dates: no alert. */
	ck_assert_int_eq(review_step_stuck(0, d("2019-12-31"), today, 12), 0);
	ck_assert_int_eq(review_step_stuck(4, KPI_DATE_NONE, today, 12), 0);
	ck_assert_int_eq(review_step_stuck(4, d("2019-12-31"), today, 0), 0);
}
END_TEST

/* Since when: the latest recorded move when it led to the current step, else the last
 * change (updated_at). */
START_TEST(test_step_since)
{
	struct kpi_date moved = d("2024-03-01"), upd = d("2026-11-01"), none = KPI_DATE_NONE;

	ck_assert_int_eq(review_step_since(4, 4, moved, upd).day, moved.day);
	/* The step changed since by an edit (no move recorded): the last change. */
	ck_assert_int_eq(review_step_since(5, 4, moved, upd).day, upd.day);
	/* No move at all, or a move without a date: the last change. */
	ck_assert_int_eq(review_step_since(4, 0, none, upd).day, upd.day);
	ck_assert_int_eq(review_step_since(4, 4, none, upd).day, upd.day);
	/* No step: the last change (review_step_stuck says no anyway). */
	ck_assert_int_eq(review_step_since(0, 0, moved, upd).day, upd.day);
	/* A move two years ago, then edits of other things: stuck, where updated_at was not. */
	ck_assert_int_eq(review_step_stuck(4, review_step_since(4, 4, moved, upd), d("2026-12-07"), 12), 1);
	ck_assert_int_eq(review_step_stuck(4, upd, d("2026-12-07"), 12), 0);
}
END_TEST

Suite *
review_alerts_suite(void)
{
	Suite *s = suite_create("review_alerts");
	TCase *tc = tcase_create("rules");

	tcase_add_test(tc, test_overdue);
	tcase_add_test(tc, test_stuck);
	tcase_add_test(tc, test_step_since);
	suite_add_tcase(s, tc);
	return s;
}

/* test_importer.c: the parts of the importer that need no database: when to fetch next
 * (import_next_delay) and status names.  (A source's default zone comes from the
 * database: cities.time_zone, then country_time_zones.) */
#include <limits.h>
#include <string.h>

#include "ics_parse.h"
#include "importer.h"
#include "suites.h"

START_TEST(test_delay_interval_and_jitter)
{
	unsigned seed;
	long lo = LONG_MAX, hi = 0;

	/* 360 minutes: 21600 s plus up to a tenth. */
	for (seed = 0; seed < 5000; seed++) {
		long d = import_next_delay(360, 0, 0, 0, seed);
		ck_assert_msg(d >= 21600 && d <= 21600 + 2160, "seed %u: %ld", seed, d);
		if (d < lo)
			lo = d;
		if (d > hi)
			hi = d;
	}
	ck_assert_int_eq(lo, 21600);
	ck_assert_int_eq(hi, 21600 + 2160);
	ck_assert_int_eq(import_next_delay(360, 0, 0, 0, 0), 21600);
	ck_assert_int_eq(import_next_delay(360, 0, 0, 0, 2160), 23760);
	ck_assert_int_eq(import_next_delay(360, 0, 0, 0, 2161), 21600);
	/* Any seed, including the largest. */
	ck_assert_int_le(import_next_delay(360, 0, 0, 0, UINT_MAX), 23760);
	ck_assert_int_ge(import_next_delay(360, 0, 0, 0, UINT_MAX), 21600);
	/* The same seed, the same delay. */
	ck_assert_int_eq(import_next_delay(360, 0, 0, 0, 1234), import_next_delay(360, 0, 0, 0, 1234));
}
END_TEST

START_TEST(test_delay_feed_hint)
{
	/* The longer of the source's interval and the feed's hint. */
	ck_assert_int_eq(import_next_delay(60, 7200, 0, 0, 0), 7200);
	ck_assert_int_eq(import_next_delay(360, 3600, 0, 0, 0), 21600);
	ck_assert_int_eq(import_next_delay(60, 86400, 0, 0, 0), 86400);
	/* ... up to a week: REFRESH-INTERVAL:P10Y must not silence the source. */
	ck_assert_int_eq(import_next_delay(60, 10L * 365 * 86400, 0, 0, 0), 7 * 86400);
	ck_assert_int_eq(import_next_delay(60, 0, 0, 0, 0), 3600);
	ck_assert_int_eq(import_next_delay(60, -100, 0, 0, 0), 3600);
	/* The hint's jitter is a tenth of it. */
	ck_assert_int_eq(import_next_delay(60, 7200, 0, 0, 720), 7920);
}
END_TEST

START_TEST(test_delay_failures)
{
	/* Doubled per failure in a row ... */
	ck_assert_int_eq(import_next_delay(60, 0, 1, 0, 0), 7200);
	ck_assert_int_eq(import_next_delay(60, 0, 2, 0, 0), 14400);
	ck_assert_int_eq(import_next_delay(60, 0, 3, 0, 0), 28800);
	ck_assert_int_eq(import_next_delay(60, 0, 4, 0, 0), 57600);
	/* ... at most a day ... */
	ck_assert_int_eq(import_next_delay(60, 0, 5, 0, 0), 86400);
	ck_assert_int_eq(import_next_delay(60, 0, 50, 0, 0), 86400);
	ck_assert_int_eq(import_next_delay(60, 0, INT_MAX, 0, 0), 86400);
	ck_assert_int_eq(import_next_delay(360, 0, 3, 0, 0), 86400);
	ck_assert_int_eq(import_next_delay(1, 0, 30, 0, 0), 86400);
	/* ... plus up to a tenth of jitter. */
	ck_assert_int_eq(import_next_delay(60, 0, 50, 0, 8640), 86400 + 8640);
	ck_assert_int_eq(import_next_delay(60, 0, 1, 0, 720), 7200 + 720);
	{
		unsigned seed;
		for (seed = 0; seed < 3000; seed++) {
			long d = import_next_delay(60, 0, 9, 0, seed * 7919u);
			ck_assert_msg(d >= 86400 && d <= 95040, "%ld", d);
		}
	}
	/* No failures or fewer than none: the interval. */
	ck_assert_int_eq(import_next_delay(60, 0, 0, 0, 0), 3600);
	ck_assert_int_eq(import_next_delay(60, 0, -3, 0, 0), 3600);
	/* Failures double the feed's hint as well. */
	ck_assert_int_eq(import_next_delay(60, 7200, 1, 0, 0), 14400);
}
END_TEST

START_TEST(test_delay_retry_after)
{
	/* Never before what the server asked, jitter or not ... */
	ck_assert_int_eq(import_next_delay(60, 0, 0, 7200, 0), 7200);
	ck_assert_int_eq(import_next_delay(60, 0, 0, 7200, 300), 7200);
	ck_assert_int_eq(import_next_delay(60, 0, 2, 604800, 5), 604800);
	ck_assert_int_eq(import_next_delay(60, 0, 9, 100000, 0), 100000);
	/* ... but a shorter Retry-After does not make it sooner. */
	ck_assert_int_eq(import_next_delay(360, 0, 0, 60, 0), 21600);
	ck_assert_int_eq(import_next_delay(60, 0, 1, 3600, 0), 7200);
}
END_TEST

START_TEST(test_delay_minimum)
{
	ck_assert_int_eq(import_next_delay(0, 0, 0, 0, 0), 60);
	ck_assert_int_eq(import_next_delay(0, 30, 0, 0, 0), 60);
	ck_assert_int_eq(import_next_delay(-5, -5, 0, 0, 0), 60);
	ck_assert_int_eq(import_next_delay(0, 0, 0, -10, 0), 60);
	/* The minimum gets its jitter (a tenth: 6 s). */
	ck_assert_int_eq(import_next_delay(0, 0, 0, 0, 6), 66);
	ck_assert_int_eq(import_next_delay(0, 0, 0, 0, 7), 60);
	ck_assert_int_eq(import_next_delay(0, 0, 1, 0, 0), 120);
}
END_TEST

START_TEST(test_status_names)
{
	ck_assert_str_eq(import_status_name(IMPORT_OK), "ok");
	ck_assert_str_eq(import_status_name(IMPORT_UNCHANGED), "unchanged");
	ck_assert_str_eq(import_status_name(IMPORT_FAILED), "failed");
	ck_assert_str_eq(import_status_name(IMPORT_BUSY), "busy");
	ck_assert_str_eq(import_status_name(IMPORT_NOT_DUE), "not due");
	ck_assert_str_eq(import_status_name(IMPORT_DISABLED), "disabled");
	ck_assert_str_eq(import_status_name((enum import_status)(IMPORT_DISABLED + 1)), "?");
	ck_assert_str_eq(import_status_name((enum import_status)-1), "?");
}
END_TEST

Suite *
importer_suite(void)
{
	Suite *s = suite_create("importer");
	TCase *tc = tcase_create("next delay");

	tcase_add_test(tc, test_delay_interval_and_jitter);
	tcase_add_test(tc, test_delay_feed_hint);
	tcase_add_test(tc, test_delay_failures);
	tcase_add_test(tc, test_delay_retry_after);
	tcase_add_test(tc, test_delay_minimum);
	suite_add_tcase(s, tc);

	tc = tcase_create("names");
	tcase_add_test(tc, test_status_names);
	suite_add_tcase(s, tc);
	return s;
}

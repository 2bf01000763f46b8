/* test_tz.c: UTC to local time in IANA zones (lib/tz.c): the system's zone files, the
 * POSIX rule at their end, and what a hostile or broken zone name or file gives. */
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "tz.h"

static int64_t
utc(const char *s)
{
	int64_t t;

	ck_assert_msg(tz_parse_utc(s, &t) == C2C_OK, "%s", s);
	return t;
}

static void
check_local(const char *zone, const char *when, const char *want, int dst)
{
	struct tz_zone *z;
	struct tz_info in;
	char out[TZ_LOCAL_LEN];

	ck_assert_int_eq(tz_load(zone, &z), C2C_OK);
	tz_format_local(z, utc(when), out, &in);
	ck_assert_msg(strcmp(out, want) == 0, "%s at %s: %s, wanted %s", zone, when, out, want);
	ck_assert_int_eq(in.dst, dst);
	tz_free(z);
}

START_TEST(test_europe_keeps_dst)
{
	check_local("Europe/London", "2019-07-01 08:00:00", "2019-07-01T09:00:00+01:00", 1);
	check_local("Europe/London", "2019-01-15 08:00:00", "2019-01-15T08:00:00+00:00", 0);
	check_local("Europe/Berlin", "2019-07-01 08:00:00", "2019-07-01T10:00:00+02:00", 1);
	check_local("Europe/Berlin", "2019-12-01 23:30:00", "2019-12-02T00:30:00+01:00", 0);
}
END_TEST

START_TEST(test_china_keeps_none)
{
	check_local("Asia/Shanghai", "2019-07-01 08:00:00", "2019-07-01T16:00:00+08:00", 0);
	check_local("Asia/Shanghai", "2019-01-15 20:00:00", "2019-01-16T04:00:00+08:00", 0);
	check_local("Asia/Hong_Kong", "2030-07-01 00:00:00", "2030-07-01T08:00:00+08:00", 0);
}
END_TEST

/* The EU switches at 01:00 UTC on the last Sundays of March and October. */
START_TEST(test_transition_edges)
{
	check_local("Europe/Berlin", "2019-03-31 00:59:59", "2019-03-31T01:59:59+01:00", 0);
	check_local("Europe/Berlin", "2019-03-31 01:00:00", "2019-03-31T03:00:00+02:00", 1);
	check_local("Europe/Berlin", "2019-10-27 00:59:59", "2019-10-27T02:59:59+02:00", 1);
	check_local("Europe/Berlin", "2019-10-27 01:00:00", "2019-10-27T02:00:00+01:00", 0);
}
END_TEST

/* A zone file with no transitions left: the POSIX rule decides (as in "slim" files and
 * for any year after the file's last transition). */
START_TEST(test_posix_rule_only)
{
	static const char rule[] = "\nCET-1CEST,M3.5.0,M10.5.0/3\n";
	unsigned char img[200];
	size_t n = 0;
	struct tz_zone *z;
	struct tz_info in;
	char out[TZ_LOCAL_LEN];
	int v;

	memset(img, 0, sizeof(img));
	/* version 2: an empty v1 part with one type, then the same with 64-bit times */
	for (v = 0; v < 2; v++) {
		memcpy(img + n, "TZif2", 5);
		img[n + 39] = 1;        /* typecnt */
		img[n + 43] = 4;        /* charcnt */
		n += 44;
		img[n + 2] = 0x0e;      /* utoff 3600 */
		img[n + 3] = 0x10;
		n += 6;
		memcpy(img + n, "CET", 4);
		n += 4;
	}
	memcpy(img + n, rule, sizeof(rule) - 1);
	n += sizeof(rule) - 1;
	ck_assert_int_eq(tz_parse(img, n, &z), C2C_OK);
	tz_format_local(z, utc("2040-07-01 12:00:00"), out, &in);
	ck_assert_str_eq(out, "2040-07-01T14:00:00+02:00");
	ck_assert_str_eq(in.abbr, "CEST");
	tz_format_local(z, utc("2040-03-25 00:59:59"), out, &in);   /* last Sunday of March 2040 */
	ck_assert_str_eq(out, "2040-03-25T01:59:59+01:00");
	tz_format_local(z, utc("2040-03-25 01:00:00"), out, &in);
	ck_assert_str_eq(out, "2040-03-25T03:00:00+02:00");
	tz_format_local(z, utc("2040-12-24 12:00:00"), out, &in);
	ck_assert_str_eq(in.abbr, "CET");
	tz_free(z);
}
END_TEST

START_TEST(test_hostile_names)
{
	static const char *const bad[] = { "", "/etc/passwd", "../../etc/passwd", "Europe/../../x",
		"Europe//Berlin", "Europe/Berlin/", "Europe/Ber lin", "Europe/.", "a\nb",
		"0123456789012345678901234567890123456789012345678901234567890123456789", NULL };
	struct tz_zone *z;
	size_t i;

	for (i = 0; bad[i] != NULL; i++) {
		ck_assert_msg(!tz_name_valid(bad[i]), "%s", bad[i]);
		ck_assert_int_eq(tz_load(bad[i], &z), C2C_EINVAL);
		ck_assert_ptr_null(z);
	}
	ck_assert(tz_name_valid("America/Argentina/Buenos_Aires"));
	ck_assert(tz_name_valid("Etc/GMT+8"));
	ck_assert_int_eq(tz_load("Europe/Atlantis", &z), C2C_ENOTFOUND);
	ck_assert_ptr_null(z);
}
END_TEST

START_TEST(test_broken_files)
{
	unsigned char junk[64];
	struct tz_zone *z;

	memset(junk, 'x', sizeof(junk));
	ck_assert_int_eq(tz_parse(junk, sizeof(junk), &z), C2C_EIO);
	memcpy(junk, "TZif2", 5);
	ck_assert_int_eq(tz_parse(junk, 10, &z), C2C_EIO);        /* truncated header */
	memset(junk + 5, 0xff, 40);                                /* absurd counts */
	ck_assert_int_eq(tz_parse(junk, sizeof(junk), &z), C2C_EIO);
	ck_assert_ptr_null(z);
}
END_TEST

START_TEST(test_parse_utc)
{
	int64_t t;

	ck_assert_int_eq(tz_parse_utc("1970-01-01 00:00:00", &t), C2C_OK);
	ck_assert_int_eq(t, 0);
	ck_assert_int_eq(tz_parse_utc("2024-02-29 23:59:59", &t), C2C_OK);
	ck_assert_int_eq(tz_parse_utc("2023-02-29 00:00:00", &t), C2C_EINVAL);
	ck_assert_int_eq(tz_parse_utc("2019-07-01T08:00:00", &t), C2C_EINVAL);
	ck_assert_int_eq(tz_parse_utc("+019-07-01 08:00:00", &t), C2C_EINVAL);
	ck_assert_int_eq(tz_parse_utc("2019-07-01 24:00:00", &t), C2C_EINVAL);
	ck_assert_int_eq(tz_parse_utc(NULL, &t), C2C_EINVAL);
}
END_TEST

Suite *
tz_suite(void)
{
	Suite *s = suite_create("tz");
	TCase *tc = tcase_create("tz");

	tcase_add_test(tc, test_europe_keeps_dst);
	tcase_add_test(tc, test_china_keeps_none);
	tcase_add_test(tc, test_transition_edges);
	tcase_add_test(tc, test_posix_rule_only);
	tcase_add_test(tc, test_hostile_names);
	tcase_add_test(tc, test_broken_files);
	tcase_add_test(tc, test_parse_utc);
	suite_add_tcase(s, tc);
	return s;
}

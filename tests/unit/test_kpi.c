/* test_kpi.c: the KPI dashboard rules (kpi.h) at their boundaries, with hostile input. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "kpi.h"
#include "suites.h"

#define TOL 1e-9

/* A date from text the test knows is valid. */
static struct kpi_date
D(const char *s)
{
	struct kpi_date d;
	const char *why = NULL;

	ck_assert_msg(kpi_date_parse(s, &d, &why) == C2C_OK, "'%s' refused: %s", s,
	    why ? why : "?");
	return d;
}

static struct kpi_period
P(const char *a, const char *b)
{
	struct kpi_period p = { D(a), D(b) };

	return p;
}

/* Formatted dates, for messages and comparisons: a few rotating static buffers. */
static const char *
F(struct kpi_date d)
{
	static char bufs[8][KPI_DATE_LEN];
	static int i;
	char *b = bufs[i++ % 8];

	if (kpi_date_format(d, b) != C2C_OK)
		return "(invalid)";
	return b;
}

static struct kpi_value
V(uint64_t id, uint64_t sup, uint32_t owner, const char *a, const char *b, double value)
{
	struct kpi_value v;

	memset(&v, 0, sizeof(v));
	v.id = id;
	v.supersedes_id = sup;
	v.owner = owner;
	v.period = P(a, b);
	v.value = value;
	return v;
}

#define DATE_EQ(d, s) ck_assert_str_eq(F(d), s)
#define PERIOD_EQ(p, a, b) do { DATE_EQ((p).start, a); DATE_EQ((p).end, b); } while (0)

/* --- Dates ------------------------------------------------------------------------------ */

START_TEST(test_date_parse_valid)
{
	static const char *const ok[] = {
		"2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "1969-12-31",
		"2024-12-31", "2023-02-28", "1600-02-29", "2024-04-30",
	};
	struct kpi_date d;
	const char *why = "(unset)";
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		ck_assert_int_eq(kpi_date_parse(ok[i], &d, &why), C2C_OK);
		ck_assert_ptr_null(why);
		ck_assert(kpi_date_valid(d));
		ck_assert_str_eq(F(d), ok[i]);
	}
	ck_assert_int_eq(D("1970-01-01").day, 0);
	ck_assert_int_eq(D("1969-12-31").day, -1);
	ck_assert_int_eq(D("2000-03-01").day, 11017);
	/* why may be NULL. */
	ck_assert_int_eq(kpi_date_parse("2024-01-01", &d, NULL), C2C_OK);
}
END_TEST

START_TEST(test_date_parse_hostile)
{
	static const struct { const char *s, *why; } bad[] = {
		{ "2023-02-29", "no such day" },     /* not a leap year */
		{ "1900-02-29", "no such day" },     /* divisible by 100, not by 400 */
		{ "2024-02-30", "no such day" },
		{ "2024-04-31", "no such day" },
		{ "2024-01-00", "no such day" },
		{ "2024-13-01", "month" },
		{ "2024-00-10", "month" },
		{ "0000-01-01", "year 0000" },
		{ "", "empty" },
		{ "2024-1-01", "YYYY-MM-DD" },
		{ "2024-01-1", "YYYY-MM-DD" },
		{ "24-01-01", "YYYY-MM-DD" },
		{ "2024/01/01", "YYYY-MM-DD" },
		{ "20240101", "YYYY-MM-DD" },
		{ " 2024-01-01", "YYYY-MM-DD" },
		{ "2024-01-01 ", "trailing" },
		{ "2024-01-01T00:00:00Z", "trailing" },
		{ "+024-01-01", "YYYY-MM-DD" },
		{ "-024-01-01", "YYYY-MM-DD" },
		{ "2024-0x-01", "YYYY-MM-DD" },
		{ "2024-01-0\xd9", "YYYY-MM-DD" },
		{ "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94", "YYYY-MM-DD" },   /* fullwidth */
		{ "abcd-ef-gh", "YYYY-MM-DD" },
		{ "2", "YYYY-MM-DD" },
		{ "-", "YYYY-MM-DD" },
		{ "99999-01-01", "YYYY-MM-DD" },
	};
	struct kpi_date d;
	const char *why;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		d.day = 12345;
		why = NULL;
		ck_assert_msg(kpi_date_parse(bad[i].s, &d, &why) == C2C_EINVAL, "'%s' accepted",
		    bad[i].s);
		ck_assert_int_eq(d.day, KPI_DAY_NONE);
		ck_assert(!kpi_date_valid(d));
		ck_assert_msg(why != NULL && strstr(why, bad[i].why) != NULL,
		    "'%s': reason '%s' lacks '%s'", bad[i].s, why ? why : "NULL", bad[i].why);
		/* Without a why pointer, the same refusal. */
		ck_assert_int_eq(kpi_date_parse(bad[i].s, &d, NULL), C2C_EINVAL);
	}
	why = NULL;
	ck_assert_int_eq(kpi_date_parse(NULL, &d, &why), C2C_EINVAL);
	ck_assert_int_eq(d.day, KPI_DAY_NONE);
	ck_assert_ptr_nonnull(why);
	ck_assert_int_eq(kpi_date_parse("2024-01-01", NULL, &why), C2C_EINVAL);
}
END_TEST

START_TEST(test_date_leap_and_months)
{
	char out[KPI_DATE_LEN];
	int y, m, dd;
	struct kpi_date d;

	ck_assert(date_is_leap(2024));
	ck_assert(!date_is_leap(2023));
	ck_assert(!date_is_leap(1900));
	ck_assert(date_is_leap(2000));
	ck_assert(!date_is_leap(2100));
	/* The text form every date input shares (lib/date.c). */
	ck_assert(date_text_valid("2024-02-29", 1900, 2999));
	ck_assert(date_text_valid("2000-02-29", 1900, 2999));
	ck_assert(date_text_valid("2999-12-31", 1900, 2999));
	ck_assert(!date_text_valid("2023-02-29", 1900, 2999));
	ck_assert(!date_text_valid("1900-02-29", 1900, 2999));
	ck_assert(!date_text_valid("3000-01-01", 1900, 2999));
	ck_assert(!date_text_valid("1899-12-31", 1900, 2999));
	ck_assert(!date_text_valid("2024-13-01", 1900, 2999));
	ck_assert(!date_text_valid("2024-00-10", 1900, 2999));
	ck_assert(!date_text_valid("2024-04-31", 1900, 2999));
	ck_assert(!date_text_valid("2024-1-01", 1900, 2999));
	ck_assert(!date_text_valid("2024-01-01 ", 1900, 2999));
	ck_assert(!date_text_valid("2024-01-0\xd9", 1900, 2999));
	ck_assert(!date_text_valid("+024-01-01", 1900, 2999));
	ck_assert_int_eq(kpi_days_in_month(2024, 2), 29);
	ck_assert_int_eq(kpi_days_in_month(2023, 2), 28);
	ck_assert_int_eq(kpi_days_in_month(1900, 2), 28);
	ck_assert_int_eq(kpi_days_in_month(2000, 2), 29);
	ck_assert_int_eq(kpi_days_in_month(2024, 4), 30);
	ck_assert_int_eq(kpi_days_in_month(2024, 12), 31);
	ck_assert_int_eq(kpi_days_in_month(2024, 0), 0);
	ck_assert_int_eq(kpi_days_in_month(2024, 13), 0);
	ck_assert_int_eq(kpi_days_in_month(0, 1), 0);
	ck_assert_int_eq(kpi_days_in_month(10000, 1), 0);

	ck_assert_int_eq(kpi_date_from_ymd(2024, 2, 29, &d), C2C_OK);
	DATE_EQ(d, "2024-02-29");
	ck_assert_int_eq(kpi_date_from_ymd(2023, 2, 29, &d), C2C_EINVAL);
	ck_assert_int_eq(d.day, KPI_DAY_NONE);
	ck_assert_int_eq(kpi_date_from_ymd(2024, 1, 1, NULL), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_to_ymd(D("2024-02-29"), &y, &m, &dd), C2C_OK);
	ck_assert(y == 2024 && m == 2 && dd == 29);
	ck_assert_int_eq(kpi_date_to_ymd(KPI_DATE_NONE, &y, &m, &dd), C2C_EINVAL);
	ck_assert(y == 0 && m == 0 && dd == 0);
	ck_assert_int_eq(kpi_date_to_ymd(D("2024-02-29"), NULL, &m, &dd), C2C_EINVAL);

	/* Out of range and NONE are invalid everywhere, and format as "". */
	d.day = INT32_MAX;
	ck_assert(!kpi_date_valid(d));
	ck_assert(!kpi_date_valid(KPI_DATE_NONE));
	strcpy(out, "junk");
	ck_assert_int_eq(kpi_date_format(d, out), C2C_EINVAL);
	ck_assert_str_eq(out, "");
	ck_assert_int_eq(kpi_date_format(KPI_DATE_NONE, out), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_format(D("2024-01-01"), NULL), C2C_EINVAL);
	d.day = D("9999-12-31").day + 1;
	ck_assert(!kpi_date_valid(d));
	d.day = D("0001-01-01").day - 1;
	ck_assert(!kpi_date_valid(d));
}
END_TEST

/* Days from..to follow each other, and ymd, format and parse agree on each.  Plain ifs in
 * the loop: a Check assertion per day would make the test slow under valgrind. */
static void
roundtrip(const char *from, const char *to)
{
	struct kpi_date d = D(from), e, end = D(to);
	int y, m, dd, gy, gm, gd;
	char s[KPI_DATE_LEN];

	ck_assert_int_eq(kpi_date_to_ymd(d, &y, &m, &dd), C2C_OK);
	for (; d.day <= end.day; d.day++) {
		if (kpi_date_to_ymd(d, &gy, &gm, &gd) != C2C_OK || gy != y || gm != m || gd != dd ||
		    kpi_date_format(d, s) != C2C_OK || kpi_date_parse(s, &e, NULL) != C2C_OK ||
		    e.day != d.day)
			ck_abort_msg("day %d: %d-%d-%d, not %d-%d-%d", (int)d.day, gy, gm, gd, y, m, dd);
		if (++dd > kpi_days_in_month(y, m)) {
			dd = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
	}
}

START_TEST(test_date_roundtrip)
{
	roundtrip("0001-01-01", "0005-12-31");
	roundtrip("1596-01-01", "2404-12-31");   /* 1600, 2000, 2400 leap; 1700, 1900, 2100 not */
	roundtrip("9995-01-01", "9999-12-31");
}
END_TEST

START_TEST(test_date_add_days)
{
	struct kpi_date d;
	long n;

	ck_assert_int_eq(kpi_date_add_days(D("2024-02-28"), 1, &d), C2C_OK);
	DATE_EQ(d, "2024-02-29");
	ck_assert_int_eq(kpi_date_add_days(D("2024-02-28"), 2, &d), C2C_OK);
	DATE_EQ(d, "2024-03-01");
	ck_assert_int_eq(kpi_date_add_days(D("2023-02-28"), 1, &d), C2C_OK);
	DATE_EQ(d, "2023-03-01");
	ck_assert_int_eq(kpi_date_add_days(D("2024-12-31"), 1, &d), C2C_OK);
	DATE_EQ(d, "2025-01-01");
	ck_assert_int_eq(kpi_date_add_days(D("2025-01-01"), -1, &d), C2C_OK);
	DATE_EQ(d, "2024-12-31");
	ck_assert_int_eq(kpi_date_add_days(D("2024-01-01"), 366, &d), C2C_OK);
	DATE_EQ(d, "2025-01-01");
	ck_assert_int_eq(kpi_date_add_days(D("2024-01-01"), 0, &d), C2C_OK);
	DATE_EQ(d, "2024-01-01");
	/* The ends of the range, and past them. */
	ck_assert_int_eq(kpi_date_add_days(D("9999-12-30"), 1, &d), C2C_OK);
	DATE_EQ(d, "9999-12-31");
	ck_assert_int_eq(kpi_date_add_days(D("9999-12-31"), 1, &d), C2C_EINVAL);
	ck_assert_int_eq(d.day, KPI_DAY_NONE);
	ck_assert_int_eq(kpi_date_add_days(D("0001-01-01"), -1, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_days(D("2024-01-01"), LONG_MAX, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_days(D("2024-01-01"), LONG_MIN, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_days(KPI_DATE_NONE, 1, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_days(D("2024-01-01"), 1, NULL), C2C_EINVAL);

	ck_assert_int_eq(kpi_date_days_between(D("2024-01-01"), D("2025-01-01"), &n), C2C_OK);
	ck_assert_int_eq(n, 366);
	ck_assert_int_eq(kpi_date_days_between(D("2023-01-01"), D("2024-01-01"), &n), C2C_OK);
	ck_assert_int_eq(n, 365);
	ck_assert_int_eq(kpi_date_days_between(D("2024-03-01"), D("2024-02-28"), &n), C2C_OK);
	ck_assert_int_eq(n, -2);
	ck_assert_int_eq(kpi_date_days_between(D("0001-01-01"), D("9999-12-31"), &n), C2C_OK);
	ck_assert_int_eq(n, 3652058);
	n = 7;
	ck_assert_int_eq(kpi_date_days_between(KPI_DATE_NONE, D("2024-01-01"), &n), C2C_EINVAL);
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(kpi_date_days_between(D("2024-01-01"), KPI_DATE_NONE, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_days_between(D("2024-01-01"), D("2024-01-01"), NULL),
	    C2C_EINVAL);
}
END_TEST

START_TEST(test_date_add_months)
{
	static const struct { const char *from; long n; const char *to; } t[] = {
		{ "2024-01-31", 1, "2024-02-29" },    /* clamped, leap year */
		{ "2023-01-31", 1, "2023-02-28" },    /* clamped */
		{ "2024-02-29", 12, "2025-02-28" },
		{ "2024-02-29", -12, "2023-02-28" },
		{ "2024-02-29", 48, "2028-02-29" },
		{ "2024-03-31", -1, "2024-02-29" },
		{ "2024-05-31", 1, "2024-06-30" },
		{ "2024-10-31", 4, "2025-02-28" },
		{ "2024-12-15", 1, "2025-01-15" },
		{ "2024-01-15", -1, "2023-12-15" },
		{ "2024-01-15", -13, "2022-12-15" },
		{ "2024-01-31", 2, "2024-03-31" },    /* from the origin: no drift */
		{ "2024-07-10", 0, "2024-07-10" },
		{ "2017-05-01", 108, "2026-05-01" },
		{ "9999-11-30", 1, "9999-12-30" },
		{ "0001-02-28", -1, "0001-01-28" },
	};
	struct kpi_date d, e;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		ck_assert_int_eq(kpi_date_add_months(D(t[i].from), t[i].n, &d), C2C_OK);
		ck_assert_msg(strcmp(F(d), t[i].to) == 0, "%s %+ld months: %s, not %s",
		    t[i].from, t[i].n, F(d), t[i].to);
	}
	/* Steps do not add up: Jan 31 + 1 + 1 is Mar 28 (hence cycles count from their origin). */
	ck_assert_int_eq(kpi_date_add_months(D("2023-01-31"), 1, &d), C2C_OK);
	ck_assert_int_eq(kpi_date_add_months(d, 1, &e), C2C_OK);
	DATE_EQ(e, "2023-03-28");

	ck_assert_int_eq(kpi_date_add_months(D("9999-12-01"), 1, &d), C2C_EINVAL);
	ck_assert_int_eq(d.day, KPI_DAY_NONE);
	ck_assert_int_eq(kpi_date_add_months(D("0001-01-31"), -1, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_months(D("2024-01-01"), LONG_MAX, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_months(D("2024-01-01"), LONG_MIN, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_months(KPI_DATE_NONE, 1, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_date_add_months(D("2024-01-01"), 1, NULL), C2C_EINVAL);
}
END_TEST

/* --- Periods ---------------------------------------------------------------------------- */

static enum kpi_period_kind
K(const char *a, const char *b)
{
	struct kpi_period p = P(a, b);

	return kpi_period_kind(&p);
}

START_TEST(test_period_kind)
{
	struct kpi_period p;

	ck_assert_int_eq(K("2024-02-01", "2024-02-29"), KPI_PERIOD_MONTH);
	ck_assert_int_eq(K("2023-02-01", "2023-02-28"), KPI_PERIOD_MONTH);
	ck_assert_int_eq(K("2024-02-01", "2024-02-28"), KPI_PERIOD_CUSTOM);   /* leap year */
	ck_assert_int_eq(K("2024-12-01", "2024-12-31"), KPI_PERIOD_MONTH);
	ck_assert_int_eq(K("2024-04-01", "2024-04-30"), KPI_PERIOD_MONTH);
	ck_assert_int_eq(K("2024-04-02", "2024-04-30"), KPI_PERIOD_CUSTOM);
	ck_assert_int_eq(K("2024-01-01", "2024-03-31"), KPI_PERIOD_QUARTER);
	ck_assert_int_eq(K("2024-04-01", "2024-06-30"), KPI_PERIOD_QUARTER);
	ck_assert_int_eq(K("2024-07-01", "2024-09-30"), KPI_PERIOD_QUARTER);
	ck_assert_int_eq(K("2024-10-01", "2024-12-31"), KPI_PERIOD_QUARTER);
	ck_assert_int_eq(K("2024-02-01", "2024-04-30"), KPI_PERIOD_CUSTOM);   /* not aligned */
	ck_assert_int_eq(K("2024-01-01", "2024-03-30"), KPI_PERIOD_CUSTOM);
	ck_assert_int_eq(K("2024-11-01", "2025-01-31"), KPI_PERIOD_CUSTOM);
	ck_assert_int_eq(K("2024-01-01", "2024-06-30"), KPI_PERIOD_HALF);
	ck_assert_int_eq(K("2024-07-01", "2024-12-31"), KPI_PERIOD_HALF);
	ck_assert_int_eq(K("2024-04-01", "2024-09-30"), KPI_PERIOD_CUSTOM);
	ck_assert_int_eq(K("2024-01-01", "2024-12-31"), KPI_PERIOD_YEAR);
	ck_assert_int_eq(K("2024-07-01", "2025-06-30"), KPI_PERIOD_CUSTOM);   /* fiscal year */
	ck_assert_int_eq(K("2023-01-01", "2024-12-31"), KPI_PERIOD_CUSTOM);   /* two years */
	ck_assert_int_eq(K("2024-01-01", "2024-12-30"), KPI_PERIOD_CUSTOM);
	ck_assert_int_eq(K("2024-03-15", "2024-03-15"), KPI_PERIOD_CUSTOM);   /* one day */
	ck_assert_int_eq(K("0001-01-01", "0001-12-31"), KPI_PERIOD_YEAR);
	ck_assert_int_eq(K("9999-10-01", "9999-12-31"), KPI_PERIOD_QUARTER);
	/* Invalid: end before start, NONE, out of range, NULL. */
	ck_assert_int_eq(K("2024-03-31", "2024-01-01"), KPI_PERIOD_INVALID);
	p.start = KPI_DATE_NONE;
	p.end = D("2024-01-31");
	ck_assert_int_eq(kpi_period_kind(&p), KPI_PERIOD_INVALID);
	ck_assert(!kpi_period_valid(&p));
	p.start = D("2024-01-01");
	p.end.day = INT32_MAX;
	ck_assert_int_eq(kpi_period_kind(&p), KPI_PERIOD_INVALID);
	ck_assert_int_eq(kpi_period_kind(NULL), KPI_PERIOD_INVALID);
	ck_assert(!kpi_period_valid(NULL));
	ck_assert(!kpi_period_eq(NULL, &p));

	ck_assert_str_eq(kpi_period_kind_name(KPI_PERIOD_QUARTER), "quarter");
	ck_assert_str_eq(kpi_period_kind_name(KPI_PERIOD_CUSTOM), "custom");
	ck_assert_str_eq(kpi_period_kind_name((enum kpi_period_kind)99), "?");
	ck_assert_str_eq(kpi_period_kind_name((enum kpi_period_kind)-1), "?");
}
END_TEST

START_TEST(test_period_previous)
{
	static const struct { const char *a, *b, *pa, *pb; } t[] = {
		{ "2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29" },   /* month, leap */
		{ "2023-03-01", "2023-03-31", "2023-02-01", "2023-02-28" },
		{ "2024-01-01", "2024-01-31", "2023-12-01", "2023-12-31" },   /* across the year */
		{ "2024-01-01", "2024-03-31", "2023-10-01", "2023-12-31" },   /* Q1 -> Q4 */
		{ "2024-07-01", "2024-09-30", "2024-04-01", "2024-06-30" },   /* Q3 -> Q2 */
		{ "2024-04-01", "2024-06-30", "2024-01-01", "2024-03-31" },
		{ "2024-01-01", "2024-06-30", "2023-07-01", "2023-12-31" },   /* H1 -> H2 */
		{ "2024-07-01", "2024-12-31", "2024-01-01", "2024-06-30" },
		{ "2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31" },   /* year */
		{ "2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31" },
		/* Custom, whole months: an academic year, two years, two months. */
		{ "2023-09-01", "2024-08-31", "2022-09-01", "2023-08-31" },
		{ "2023-01-01", "2024-12-31", "2021-01-01", "2022-12-31" },
		{ "2024-02-01", "2024-03-31", "2023-12-01", "2024-01-31" },
		/* Custom, days: 82 days; across a leap day; one day. */
		{ "2024-02-10", "2024-05-01", "2023-11-20", "2024-02-09" },
		{ "2024-03-01", "2024-03-10", "2024-02-20", "2024-02-29" },
		{ "2024-03-01", "2024-03-01", "2024-02-29", "2024-02-29" },
		{ "2024-02-01", "2024-02-28", "2024-01-04", "2024-01-31" },    /* not a month in 2024 */
		{ "0001-02-01", "0001-02-28", "0001-01-01", "0001-01-31" },
	};
	struct kpi_period p, prev;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		p = P(t[i].a, t[i].b);
		ck_assert_int_eq(kpi_period_previous(&p, &prev), C2C_OK);
		ck_assert_msg(strcmp(F(prev.start), t[i].pa) == 0 && strcmp(F(prev.end), t[i].pb) == 0,
		    "before %s..%s: %s..%s, not %s..%s", t[i].a, t[i].b, F(prev.start), F(prev.end),
		    t[i].pa, t[i].pb);
		/* The same kind, and right before. */
		ck_assert_int_eq(kpi_period_kind(&prev), kpi_period_kind(&p));
		ck_assert_int_eq(prev.end.day + 1, p.start.day);
	}
	/* Before the calendar starts; invalid; NULL. */
	p = P("0001-01-01", "0001-03-31");
	ck_assert_int_eq(kpi_period_previous(&p, &prev), C2C_EINVAL);
	ck_assert_int_eq(prev.start.day, KPI_DAY_NONE);
	p = P("0001-01-05", "0001-01-10");
	ck_assert_int_eq(kpi_period_previous(&p, &prev), C2C_EINVAL);
	p = P("2024-03-01", "2024-02-01");
	ck_assert_int_eq(kpi_period_previous(&p, &prev), C2C_EINVAL);
	ck_assert_int_eq(kpi_period_previous(NULL, &prev), C2C_EINVAL);
	p = P("2024-03-01", "2024-03-31");
	ck_assert_int_eq(kpi_period_previous(&p, NULL), C2C_EINVAL);
}
END_TEST

/* The shape kpi_series_latest compares (issue 17: public since the calendar's split). */
START_TEST(test_period_same_shape)
{
	struct kpi_period a = P("2024-01-01", "2024-03-31"), b = P("2023-10-01", "2023-12-31"),
	    m = P("2024-04-01", "2024-04-30"), c1 = P("2023-09-01", "2024-08-31"),
	    c2 = P("2022-09-01", "2023-08-31"), d1 = P("2024-03-05", "2024-03-14"),
	    d2 = P("2024-02-01", "2024-02-10"), d3 = P("2024-02-01", "2024-02-11"),
	    bad = P("2024-03-01", "2024-02-01");

	ck_assert_int_eq(kpi_period_same_shape(&a, &b), 1);     /* two quarters */
	ck_assert_int_eq(kpi_period_same_shape(&a, &m), 0);     /* a quarter, a month */
	ck_assert_int_eq(kpi_period_same_shape(&c1, &c2), 1);   /* academic years: 12 months */
	ck_assert_int_eq(kpi_period_same_shape(&c1, &a), 0);
	ck_assert_int_eq(kpi_period_same_shape(&d1, &d2), 1);   /* 10 days each */
	ck_assert_int_eq(kpi_period_same_shape(&d1, &d3), 0);   /* 10 and 11 days */
	ck_assert_int_eq(kpi_period_same_shape(&bad, &bad), 0);
	ck_assert_int_eq(kpi_period_same_shape(&a, NULL), 0);
	ck_assert_int_eq(kpi_period_same_shape(NULL, NULL), 0);
}
END_TEST

START_TEST(test_period_of)
{
	static const enum kpi_period_kind kinds[] = {
		KPI_PERIOD_MONTH, KPI_PERIOD_QUARTER, KPI_PERIOD_HALF, KPI_PERIOD_YEAR
	};
	struct kpi_period p;
	struct kpi_date d;
	size_t k;

	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_MONTH, &p), C2C_OK);
	PERIOD_EQ(p, "2024-08-01", "2024-08-31");
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_QUARTER, &p), C2C_OK);
	PERIOD_EQ(p, "2024-07-01", "2024-09-30");
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_HALF, &p), C2C_OK);
	PERIOD_EQ(p, "2024-07-01", "2024-12-31");
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_YEAR, &p), C2C_OK);
	PERIOD_EQ(p, "2024-01-01", "2024-12-31");
	ck_assert_int_eq(kpi_period_of(D("2024-02-29"), KPI_PERIOD_MONTH, &p), C2C_OK);
	PERIOD_EQ(p, "2024-02-01", "2024-02-29");
	ck_assert_int_eq(kpi_period_of(D("2023-02-10"), KPI_PERIOD_MONTH, &p), C2C_OK);
	PERIOD_EQ(p, "2023-02-01", "2023-02-28");
	ck_assert_int_eq(kpi_period_of(D("2024-12-31"), KPI_PERIOD_QUARTER, &p), C2C_OK);
	PERIOD_EQ(p, "2024-10-01", "2024-12-31");
	ck_assert_int_eq(kpi_period_of(D("2024-06-30"), KPI_PERIOD_HALF, &p), C2C_OK);
	PERIOD_EQ(p, "2024-01-01", "2024-06-30");
	ck_assert_int_eq(kpi_period_of(D("2024-04-01"), KPI_PERIOD_QUARTER, &p), C2C_OK);
	PERIOD_EQ(p, "2024-04-01", "2024-06-30");

	/* Every day of 2023-2024: the period of each kind has that kind and contains it. */
	for (d = D("2023-01-01"); d.day <= D("2024-12-31").day; d.day++)
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (kpi_period_of(d, kinds[k], &p) != C2C_OK || kpi_period_kind(&p) != kinds[k] ||
			    p.start.day > d.day || d.day > p.end.day)
				ck_abort_msg("%s of %s: %s..%s", kpi_period_kind_name(kinds[k]), F(d),
				    F(p.start), F(p.end));

	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_CUSTOM, &p), C2C_EINVAL);
	ck_assert_int_eq(p.start.day, KPI_DAY_NONE);
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_INVALID, &p), C2C_EINVAL);
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), (enum kpi_period_kind)42, &p), C2C_EINVAL);
	ck_assert_int_eq(kpi_period_of(KPI_DATE_NONE, KPI_PERIOD_MONTH, &p), C2C_EINVAL);
	ck_assert_int_eq(kpi_period_of(D("2024-08-15"), KPI_PERIOD_MONTH, NULL), C2C_EINVAL);
}
END_TEST

START_TEST(test_period_label)
{
	static const struct { const char *a, *b, *label; } t[] = {
		{ "2024-07-01", "2024-07-31", "2024-07" },
		{ "2024-02-01", "2024-02-29", "2024-02" },
		{ "2024-07-01", "2024-09-30", "2024-Q3" },
		{ "2024-01-01", "2024-03-31", "2024-Q1" },
		{ "2024-10-01", "2024-12-31", "2024-Q4" },
		{ "2024-01-01", "2024-06-30", "2024-H1" },
		{ "2024-07-01", "2024-12-31", "2024-H2" },
		{ "2024-01-01", "2024-12-31", "2024" },
		{ "0001-01-01", "0001-03-31", "0001-Q1" },
		{ "2024-02-10", "2024-05-01", "2024-02-10\xe2\x80\x93" "2024-05-01" },
		{ "2024-02-01", "2024-02-28", "2024-02-01\xe2\x80\x93" "2024-02-28" },
		{ "2023-09-01", "2024-08-31", "2023-09-01\xe2\x80\x93" "2024-08-31" },
		{ "9999-12-31", "9999-12-31", "9999-12-31\xe2\x80\x93" "9999-12-31" },
	};
	char out[KPI_PERIOD_LABEL];
	struct kpi_period p;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		p = P(t[i].a, t[i].b);
		ck_assert_int_eq(kpi_period_label(&p, out), C2C_OK);
		ck_assert_str_eq(out, t[i].label);
	}
	/* The longest label fits exactly. */
	ck_assert_uint_eq(strlen(t[12].label) + 1, KPI_PERIOD_LABEL);
	p = P("2024-05-01", "2024-02-10");
	strcpy(out, "junk");
	ck_assert_int_eq(kpi_period_label(&p, out), C2C_EINVAL);
	ck_assert_str_eq(out, "");
	ck_assert_int_eq(kpi_period_label(NULL, out), C2C_EINVAL);
	ck_assert_int_eq(kpi_period_label(&p, NULL), C2C_EINVAL);
}
END_TEST

/* --- Definitions ------------------------------------------------------------------------ */

START_TEST(test_names_and_parse)
{
	enum kpi_kind k;
	enum kpi_direction d;
	enum kpi_activity_status s;

	ck_assert_int_eq(kpi_kind_parse("quantitative", &k), C2C_OK);
	ck_assert_int_eq(k, KPI_QUANTITATIVE);
	ck_assert_int_eq(kpi_kind_parse("qualitative", &k), C2C_OK);
	ck_assert_int_eq(k, KPI_QUALITATIVE);
	ck_assert_int_eq(kpi_direction_parse("higher_is_better", &d), C2C_OK);
	ck_assert_int_eq(d, KPI_HIGHER_IS_BETTER);
	ck_assert_int_eq(kpi_direction_parse("lower_is_better", &d), C2C_OK);
	ck_assert_int_eq(d, KPI_LOWER_IS_BETTER);
	ck_assert_int_eq(kpi_activity_status_parse("cancelled", &s), C2C_OK);
	ck_assert_int_eq(s, KPI_ACT_CANCELLED);
	ck_assert_int_eq(kpi_activity_status_parse("idea", &s), C2C_OK);
	ck_assert_int_eq(s, KPI_ACT_IDEA);
	ck_assert_int_eq(kpi_kind_parse("Quantitative", &k), C2C_EINVAL);
	ck_assert_int_eq(kpi_kind_parse("", &k), C2C_EINVAL);
	ck_assert_int_eq(kpi_kind_parse(NULL, &k), C2C_EINVAL);
	ck_assert_int_eq(kpi_kind_parse("quantitative", NULL), C2C_EINVAL);
	ck_assert_int_eq(kpi_direction_parse("higher", &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_direction_parse(NULL, &d), C2C_EINVAL);
	ck_assert_int_eq(kpi_activity_status_parse("canceled", &s), C2C_EINVAL);

	ck_assert_str_eq(kpi_kind_name(KPI_QUALITATIVE), "qualitative");
	ck_assert_str_eq(kpi_direction_name(KPI_LOWER_IS_BETTER), "lower_is_better");
	ck_assert_str_eq(kpi_trend_name(KPI_IMPROVED), "improved");
	ck_assert_str_eq(kpi_trend_name(KPI_WORSENED), "worsened");
	ck_assert_str_eq(kpi_trend_name(KPI_UNCHANGED), "unchanged");
	ck_assert_str_eq(kpi_target_state_name(KPI_TARGET_BELOW), "below");
	ck_assert_str_eq(kpi_target_state_name(KPI_TARGET_ABOVE), "above");
	ck_assert_str_eq(kpi_expiry_state_name(KPI_EXPIRY_SOON), "soon");
	ck_assert_str_eq(kpi_expiry_state_name(KPI_EXPIRY_PAST), "past");
	ck_assert_str_eq(kpi_kind_name((enum kpi_kind)7), "?");
	ck_assert_str_eq(kpi_direction_name((enum kpi_direction)-1), "?");
	ck_assert_str_eq(kpi_trend_name((enum kpi_trend)3), "?");
	ck_assert_str_eq(kpi_target_state_name((enum kpi_target_state)4), "?");
	ck_assert_str_eq(kpi_expiry_state_name((enum kpi_expiry_state)5), "?");
}
END_TEST

/* --- Change ----------------------------------------------------------------------------- */

static struct kpi_change
C(enum kpi_kind kind, enum kpi_direction dir, double latest, double previous)
{
	struct kpi_change c;

	ck_assert_msg(kpi_change(kind, dir, latest, previous, &c) == C2C_OK, "%g <- %g refused",
	    latest, previous);
	ck_assert(isfinite(c.delta) && isfinite(c.relative));
	return c;
}

#define QN KPI_QUANTITATIVE
#define QL KPI_QUALITATIVE
#define HI KPI_HIGHER_IS_BETTER
#define LO KPI_LOWER_IS_BETTER

START_TEST(test_change)
{
	struct kpi_change c;

	c = C(QN, HI, 120, 100);
	ck_assert_double_eq_tol(c.delta, 20, TOL);
	ck_assert(c.has_relative);
	ck_assert_double_eq_tol(c.relative, 0.2, TOL);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	c = C(QN, LO, 120, 100);
	ck_assert_int_eq(c.trend, KPI_WORSENED);
	ck_assert_double_eq_tol(c.relative, 0.2, TOL);
	c = C(QN, LO, 80, 100);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	ck_assert_double_eq_tol(c.relative, -0.2, TOL);
	c = C(QN, HI, 80, 100);
	ck_assert_int_eq(c.trend, KPI_WORSENED);
	c = C(QN, HI, 100, 100);
	ck_assert_int_eq(c.trend, KPI_UNCHANGED);
	ck_assert(c.delta == 0 && c.relative == 0 && c.has_relative);
	c = C(QN, LO, 0.1 + 0.2, 0.1 + 0.2);
	ck_assert_int_eq(c.trend, KPI_UNCHANGED);

	/* From zero: no relative change, no division, no NaN; the trend still counts. */
	c = C(QN, HI, 5, 0);
	ck_assert(!c.has_relative);
	ck_assert(c.relative == 0);
	ck_assert_double_eq_tol(c.delta, 5, TOL);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	c = C(QN, HI, 0, 0);
	ck_assert(!c.has_relative);
	ck_assert_int_eq(c.trend, KPI_UNCHANGED);
	c = C(QN, LO, -3, -0.0);
	ck_assert(!c.has_relative);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	c = C(QN, HI, 0, 10);
	ck_assert(c.has_relative);
	ck_assert_double_eq_tol(c.relative, -1, TOL);

	/* Negative values: the relative change has the sign of the change. */
	c = C(QN, HI, -5, -10);
	ck_assert_double_eq_tol(c.delta, 5, TOL);
	ck_assert_double_eq_tol(c.relative, 0.5, TOL);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	c = C(QN, HI, -20, -10);
	ck_assert_double_eq_tol(c.relative, -1, TOL);
	ck_assert_int_eq(c.trend, KPI_WORSENED);
	c = C(QN, LO, -20, -10);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	c = C(QN, HI, -10, 10);
	ck_assert_double_eq_tol(c.delta, -20, TOL);
	ck_assert_double_eq_tol(c.relative, -2, TOL);
	c = C(QN, HI, 10, -10);
	ck_assert_double_eq_tol(c.relative, 2, TOL);

	/* Scores, and averages of scores. */
	c = C(QL, HI, 4, 3);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
	ck_assert_double_eq_tol(c.relative, 1.0 / 3, TOL);
	c = C(QL, LO, 4, 3);
	ck_assert_int_eq(c.trend, KPI_WORSENED);
	c = C(QL, HI, 1, 5);
	ck_assert_double_eq_tol(c.delta, -4, TOL);
	c = C(QL, HI, 3.5, 3.25);
	ck_assert_int_eq(c.trend, KPI_IMPROVED);
}
END_TEST

START_TEST(test_change_hostile)
{
	struct kpi_change c;

	ck_assert_int_eq(kpi_change(QL, HI, 0, 3, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QL, HI, 3, 6, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QL, HI, 0.99, 3, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, HI, NAN, 3, &c), C2C_EINVAL);
	ck_assert(isfinite(c.delta) && isfinite(c.relative) && !c.has_relative);
	ck_assert_int_eq(kpi_change(QN, HI, 3, NAN, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, HI, INFINITY, 3, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, HI, 3, -INFINITY, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, HI, DBL_MAX, -DBL_MAX, &c), C2C_EINVAL);   /* overflow */
	ck_assert(isfinite(c.delta) && isfinite(c.relative));
	ck_assert_int_eq(kpi_change(QN, HI, DBL_MAX, DBL_MIN, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change((enum kpi_kind)2, HI, 1, 2, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, (enum kpi_direction)-1, 1, 2, &c), C2C_EINVAL);
	ck_assert_int_eq(kpi_change(QN, HI, 1, 2, NULL), C2C_EINVAL);
}
END_TEST

/* --- Targets ---------------------------------------------------------------------------- */

static struct kpi_target_status
T(enum kpi_kind kind, enum kpi_direction dir, double value, double target)
{
	struct kpi_target_status t;

	ck_assert_int_eq(kpi_target_status(kind, dir, value, target, &t), C2C_OK);
	ck_assert(isfinite(t.gap) && isfinite(t.margin) && t.gap >= 0);
	return t;
}

START_TEST(test_target_status)
{
	struct kpi_target_status t;

	t = T(QN, HI, 90, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_BELOW);
	ck_assert_double_eq_tol(t.gap, 10, TOL);
	ck_assert_double_eq_tol(t.margin, -10, TOL);
	t = T(QN, HI, 100, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	ck_assert(t.gap == 0 && t.margin == 0);
	t = T(QN, HI, 110, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	ck_assert(t.gap == 0);
	ck_assert_double_eq_tol(t.margin, 10, TOL);
	t = T(QN, LO, 90, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	ck_assert_double_eq_tol(t.margin, -10, TOL);
	t = T(QN, LO, 100, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	t = T(QN, LO, 110, 100);
	ck_assert_int_eq(t.state, KPI_TARGET_ABOVE);
	ck_assert_double_eq_tol(t.gap, 10, TOL);
	t = T(QN, LO, -5, -3);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	t = T(QN, HI, -5, -3);
	ck_assert_int_eq(t.state, KPI_TARGET_BELOW);
	ck_assert_double_eq_tol(t.gap, 2, TOL);
	t = T(QN, HI, 0, 0);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);

	/* Scores the same way. */
	t = T(QL, HI, 3, 4);
	ck_assert_int_eq(t.state, KPI_TARGET_BELOW);
	ck_assert_double_eq_tol(t.gap, 1, TOL);
	t = T(QL, HI, 4, 4);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	t = T(QL, HI, 5, 3.5);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);
	t = T(QL, LO, 2, 1);
	ck_assert_int_eq(t.state, KPI_TARGET_ABOVE);
	ck_assert_double_eq_tol(t.gap, 1, TOL);
	t = T(QL, LO, 1, 1);
	ck_assert_int_eq(t.state, KPI_TARGET_MET);

	ck_assert_int_eq(kpi_target_status(QL, HI, 3, 6, &t), C2C_EINVAL);
	ck_assert_int_eq(t.state, KPI_TARGET_NONE);
	ck_assert_int_eq(kpi_target_status(QL, HI, 0, 3, &t), C2C_EINVAL);
	ck_assert_int_eq(kpi_target_status(QN, HI, NAN, 3, &t), C2C_EINVAL);
	ck_assert(isfinite(t.gap) && isfinite(t.margin));
	ck_assert_int_eq(kpi_target_status(QN, HI, 3, INFINITY, &t), C2C_EINVAL);
	ck_assert_int_eq(kpi_target_status(QN, LO, -DBL_MAX, DBL_MAX, &t), C2C_EINVAL);
	ck_assert_int_eq(kpi_target_status(QN, (enum kpi_direction)5, 1, 2, &t), C2C_EINVAL);
	ck_assert_int_eq(kpi_target_status(QN, HI, 1, 2, NULL), C2C_EINVAL);
}
END_TEST

START_TEST(test_alert_target)
{
	struct kpi_target tg[] = {
		{ P("2024-04-01", "2024-06-30"), 50 },
		{ P("2024-07-01", "2024-09-30"), 100 },
		{ P("2024-01-01", "2024-12-31"), 10 },
	};
	struct kpi_value v = V(9, 0, 1, "2024-07-01", "2024-09-30", 80);
	struct kpi_target_alert a;

	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_OK);
	ck_assert(a.alert);
	ck_assert_uint_eq(a.target, 1);
	ck_assert_int_eq(a.status.state, KPI_TARGET_BELOW);
	ck_assert_double_eq_tol(a.status.gap, 20, TOL);
	v.value = 100;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_OK);
	ck_assert(!a.alert);
	ck_assert_int_eq(a.status.state, KPI_TARGET_MET);
	/* Lower is better: above the target alerts. */
	v.value = 101;
	ck_assert_int_eq(kpi_alert_target(QN, LO, &v, tg, 3, &a), C2C_OK);
	ck_assert(a.alert);
	ck_assert_int_eq(a.status.state, KPI_TARGET_ABOVE);
	/* A yearly target is not applied to a quarterly value; no target, no alert. */
	v.period = P("2024-10-01", "2024-12-31");
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_OK);
	ck_assert(!a.alert);
	ck_assert_uint_eq(a.target, KPI_NONE);
	ck_assert_int_eq(a.status.state, KPI_TARGET_NONE);
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, NULL, 0, &a), C2C_OK);
	ck_assert(!a.alert);
	/* The yearly value against the yearly target. */
	v.period = P("2024-01-01", "2024-12-31");
	v.value = 9;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_OK);
	ck_assert(a.alert);
	ck_assert_uint_eq(a.target, 2);
	/* Scores. */
	v.value = 3;
	tg[2].target = 4;
	ck_assert_int_eq(kpi_alert_target(QL, HI, &v, tg + 2, 1, &a), C2C_OK);
	ck_assert(a.alert);
	ck_assert_double_eq_tol(a.status.gap, 1, TOL);

	/* Hostile: two targets for the period, a bad target, a bad value, NULLs. */
	tg[0].period = tg[2].period;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_EINVAL);
	ck_assert(!a.alert);
	ck_assert_uint_eq(a.target, KPI_NONE);
	tg[0] = tg[1];
	tg[0].target = NAN;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_EINVAL);
	tg[0].target = 1;
	tg[0].period.end = KPI_DATE_NONE;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, &a), C2C_EINVAL);
	tg[0] = tg[1];
	ck_assert_int_eq(kpi_alert_target(QL, HI, &v, tg + 1, 1, &a), C2C_EINVAL); /* target 100 */
	v.value = NAN;
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg + 2, 1, &a), C2C_EINVAL);
	v.value = 1;
	ck_assert_int_eq(kpi_alert_target(QN, HI, NULL, tg, 3, &a), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, NULL, 3, &a), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_target(QN, HI, &v, tg, 3, NULL), C2C_EINVAL);
}
END_TEST

/* --- Series ----------------------------------------------------------------------------- */

/* Effective series of in[0..n) into out; returns the count. */
static size_t
eff(const struct kpi_value *in, size_t n, struct kpi_value *out)
{
	size_t m = 999;

	ck_assert_int_eq(kpi_series_effective(in, n, out, &m), C2C_OK);
	ck_assert_uint_le(m, n);
	return m;
}

START_TEST(test_series_chain)
{
	/* A (1) <- B (2) <- C (3) in Q1, D (4) in Q2: C and D. */
	struct kpi_value in[] = {
		V(1, 0, 7, "2024-01-01", "2024-03-31", 10),
		V(2, 1, 7, "2024-01-01", "2024-03-31", 11),
		V(3, 2, 7, "2024-01-01", "2024-03-31", 12),
		V(4, 0, 7, "2024-04-01", "2024-06-30", 20),
	};
	/* The same, in another order, and a correction (6) superseding a value (5) of an
	 * earlier quarter while a later chain stays. */
	struct kpi_value shuffled[] = {
		V(4, 0, 7, "2024-04-01", "2024-06-30", 20),
		V(3, 2, 7, "2024-01-01", "2024-03-31", 12),
		V(6, 5, 7, "2023-10-01", "2023-12-31", 9),
		V(1, 0, 7, "2024-01-01", "2024-03-31", 10),
		V(5, 0, 7, "2023-10-01", "2023-12-31", 8),
		V(2, 1, 7, "2024-01-01", "2024-03-31", 11),
	};
	struct kpi_value out[8];
	size_t n;

	n = eff(in, 4, out);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(out[0].id, 3);
	ck_assert_double_eq_tol(out[0].value, 12, TOL);
	ck_assert_uint_eq(out[1].id, 4);

	/* In place. */
	n = eff(shuffled, 6, shuffled);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(shuffled[0].id, 6);
	ck_assert_uint_eq(shuffled[1].id, 3);
	ck_assert_uint_eq(shuffled[2].id, 4);
	PERIOD_EQ(shuffled[0].period, "2023-10-01", "2023-12-31");
}
END_TEST

START_TEST(test_series_duplicates)
{
	struct kpi_value in[] = {
		/* Two unsuperseded values for Q1: the later id (7) wins, whatever the order. */
		V(7, 0, 1, "2024-01-01", "2024-03-31", 70),
		V(5, 0, 1, "2024-01-01", "2024-03-31", 50),
		/* Q2: 8 was superseded by 9, which moved it to Q3: Q2 keeps the older 6. */
		V(6, 0, 1, "2024-04-01", "2024-06-30", 60),
		V(8, 0, 1, "2024-04-01", "2024-06-30", 80),
		V(9, 8, 1, "2024-07-01", "2024-09-30", 90),
		/* A fork: 11 and 12 both correct 10 (same period): the later, 12. */
		V(10, 0, 1, "2024-10-01", "2024-12-31", 100),
		V(12, 10, 1, "2024-10-01", "2024-12-31", 120),
		V(11, 10, 1, "2024-10-01", "2024-12-31", 110),
		/* A month and the quarter it starts are two periods: the month sorts first. */
		V(13, 0, 1, "2024-01-01", "2024-01-31", 1),
		/* It supersedes a row not given here: nothing happens. */
		V(14, 3, 1, "2025-01-01", "2025-03-31", 140),
	};
	struct kpi_value out[10];
	static const uint64_t want[] = { 13, 7, 6, 9, 12, 14 };
	size_t n, i;

	n = eff(in, 10, out);
	ck_assert_uint_eq(n, 6);
	for (i = 0; i < n; i++)
		ck_assert_msg(out[i].id == want[i], "[%zu] is %llu, not %llu", i,
		    (unsigned long long)out[i].id, (unsigned long long)want[i]);
	ck_assert_uint_eq(eff(NULL, 0, NULL), 0);
	ck_assert_uint_eq(eff(in, 1, out), 1);
}
END_TEST

START_TEST(test_series_hostile)
{
	struct kpi_value ok[] = {
		V(1, 0, 1, "2024-01-01", "2024-03-31", 10),
		V(2, 1, 1, "2024-01-01", "2024-03-31", 11),
		V(3, 0, 1, "2024-04-01", "2024-06-30", 12),
	};
	struct kpi_value in[3], copy[3], out[3];
	size_t n, i;
	int c;

	for (c = 0; c < 8; c++) {
		memcpy(in, ok, sizeof(ok));
		switch (c) {
		case 0: in[0].id = 0; break;                        /* no id */
		case 1: in[2].supersedes_id = 3; break;             /* itself */
		case 2: in[0].supersedes_id = 2; break;             /* a later id: a cycle 1 <-> 2 */
		case 3: in[2].id = 2; in[2].supersedes_id = 0; break;   /* repeated id */
		case 4: in[1].period.end = D("2023-12-31"); break;  /* end before start */
		case 5: in[1].period.start = KPI_DATE_NONE; break;
		case 6: in[2].value = NAN; break;
		case 7: in[2].owner = 2; break;                     /* two owners */
		}
		memcpy(copy, in, sizeof(in));
		n = 99;
		ck_assert_msg(kpi_series_effective(in, 3, out, &n) == C2C_EINVAL, "case %d", c);
		ck_assert_uint_eq(n, 0);
		/* In place: the input is left as it was. */
		ck_assert_int_eq(kpi_series_effective(in, 3, in, &n), C2C_EINVAL);
		ck_assert(memcmp(in, copy, sizeof(in)) == 0);
	}
	ck_assert_int_eq(kpi_series_effective(NULL, 3, out, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_series_effective(ok, 3, NULL, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_series_effective(ok, 3, out, NULL), C2C_EINVAL);
	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(ok[i].id, i + 1);
}
END_TEST

static struct kpi_latest
L(const struct kpi_value *s, size_t n)
{
	struct kpi_latest l;

	ck_assert_int_eq(kpi_series_latest(s, n, &l), C2C_OK);
	return l;
}

START_TEST(test_series_latest)
{
	struct kpi_value q[] = {
		V(1, 0, 1, "2023-10-01", "2023-12-31", 5),
		V(2, 0, 1, "2024-01-01", "2024-03-31", 10),
		V(3, 0, 1, "2024-07-01", "2024-09-30", 30),
	};
	struct kpi_value mixed[] = {
		V(1, 0, 1, "2024-01-01", "2024-03-31", 10),   /* Q1 */
		V(2, 0, 1, "2024-04-01", "2024-04-30", 4),    /* April */
		V(3, 0, 1, "2024-04-01", "2024-06-30", 12),   /* Q2 */
		V(4, 0, 1, "2024-07-01", "2024-07-31", 5),    /* July */
	};
	struct kpi_value rolling[] = {
		V(1, 0, 1, "2023-04-01", "2024-03-31", 10),   /* 12 months, overlapping */
		V(2, 0, 1, "2023-07-01", "2024-06-30", 11),
	};
	struct kpi_value academic[] = {
		V(1, 0, 1, "2022-09-01", "2023-08-31", 10),
		V(2, 0, 1, "2023-09-01", "2024-08-31", 11),
	};
	struct kpi_latest l;
	struct kpi_change c;

	/* Q4 2023 -> Q1 2024, across the year: adjacent. */
	l = L(q, 2);
	ck_assert_uint_eq(l.latest, 1);
	ck_assert_uint_eq(l.previous, 0);
	ck_assert(l.adjacent);
	/* Q1 -> Q3, Q2 missing: compared, but not adjacent. */
	l = L(q, 3);
	ck_assert_uint_eq(l.latest, 2);
	ck_assert_uint_eq(l.previous, 1);
	ck_assert(!l.adjacent);
	ck_assert_int_eq(kpi_change(QN, HI, q[l.latest].value, q[l.previous].value, &c), C2C_OK);
	ck_assert_double_eq_tol(c.relative, 2, TOL);
	/* One value; none. */
	l = L(q, 1);
	ck_assert_uint_eq(l.latest, 0);
	ck_assert_uint_eq(l.previous, KPI_NONE);
	ck_assert(!l.adjacent);
	l = L(NULL, 0);
	ck_assert_uint_eq(l.latest, KPI_NONE);
	ck_assert_uint_eq(l.previous, KPI_NONE);
	/* Q2 against Q1, never against April (a month, and overlapping); July against April,
	 * the last month before it, with June missing. */
	l = L(mixed, 3);
	ck_assert_uint_eq(l.latest, 2);
	ck_assert_uint_eq(l.previous, 0);
	ck_assert(l.adjacent);
	l = L(mixed, 4);
	ck_assert_uint_eq(l.latest, 3);
	ck_assert_uint_eq(l.previous, 1);
	ck_assert(!l.adjacent);
	/* Overlapping custom periods are not before one another. */
	l = L(rolling, 2);
	ck_assert_uint_eq(l.previous, KPI_NONE);
	/* Academic years: custom, 12 whole months each, adjacent. */
	l = L(academic, 2);
	ck_assert_uint_eq(l.previous, 0);
	ck_assert(l.adjacent);

	/* Not as kpi_series_effective leaves it: unsorted, a repeated period, NULLs. */
	ck_assert_int_eq(kpi_series_latest(q + 1, 1, NULL), C2C_EINVAL);
	{
		struct kpi_value bad[] = { q[1], q[0] };
		ck_assert_int_eq(kpi_series_latest(bad, 2, &l), C2C_EINVAL);
		ck_assert_uint_eq(l.latest, KPI_NONE);
		bad[1] = q[1];
		bad[1].id = 9;
		ck_assert_int_eq(kpi_series_latest(bad, 2, &l), C2C_EINVAL);
		bad[1].period.end = KPI_DATE_NONE;
		ck_assert_int_eq(kpi_series_latest(bad + 1, 1, &l), C2C_EINVAL);
	}
	ck_assert_int_eq(kpi_series_latest(NULL, 2, &l), C2C_EINVAL);
}
END_TEST

/* The whole path of a dashboard tile: raw rows -> effective series -> latest -> change. */
START_TEST(test_series_to_change)
{
	struct kpi_value rows[] = {
		V(21, 0, 3, "2024-04-01", "2024-06-30", 40),
		V(20, 0, 3, "2024-01-01", "2024-03-31", 50),
		V(22, 21, 3, "2024-04-01", "2024-06-30", 45),   /* correction of Q2 */
	};
	struct kpi_value s[3];
	struct kpi_latest l;
	struct kpi_change c;
	size_t n = eff(rows, 3, s);

	ck_assert_uint_eq(n, 2);
	l = L(s, n);
	ck_assert_int_eq(kpi_change(QN, HI, s[l.latest].value, s[l.previous].value, &c), C2C_OK);
	ck_assert_double_eq_tol(c.delta, -5, TOL);
	ck_assert_double_eq_tol(c.relative, -0.1, TOL);
	ck_assert_int_eq(c.trend, KPI_WORSENED);
}
END_TEST

/* --- Alerts: expiring ------------------------------------------------------------------- */

static struct kpi_expiry
X(struct kpi_date signed_on, struct kpi_date valid_until, int renewal, const char *today,
    int window)
{
	struct kpi_agreement a = { signed_on, valid_until, renewal };
	struct kpi_expiry e;

	ck_assert_int_eq(kpi_alert_expiring(&a, D(today), window, &e), C2C_OK);
	ck_assert_int_eq(e.alert, e.state == KPI_EXPIRY_SOON);
	return e;
}

#define NONE KPI_DATE_NONE

START_TEST(test_expiring_valid_until)
{
	struct kpi_expiry e;
	struct kpi_date t = D("2025-01-01"), d;

	ck_assert_int_eq(kpi_date_add_days(t, 90, &d), C2C_OK);
	e = X(NONE, d, 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	ck_assert(e.alert && !e.renewal);
	ck_assert_int_eq(e.days_left, 90);
	ck_assert_int_eq(e.due.day, d.day);
	DATE_EQ(e.due, "2025-04-01");
	ck_assert_int_eq(kpi_date_add_days(t, 91, &d), C2C_OK);
	e = X(NONE, d, 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	ck_assert(!e.alert);
	ck_assert_int_eq(e.days_left, 91);
	/* Valid through today: still expiring, not past. */
	e = X(NONE, t, 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	ck_assert_int_eq(e.days_left, 0);
	/* Expired yesterday: over, no alert. */
	e = X(NONE, D("2024-12-31"), 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_PAST);
	ck_assert(!e.alert);
	ck_assert_int_eq(e.days_left, -1);
	e = X(D("2010-01-01"), D("2015-01-01"), 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_PAST);
	/* valid_until rules even with a renewal cycle. */
	e = X(D("2017-05-01"), D("2025-02-01"), 36, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	ck_assert(!e.renewal);
	DATE_EQ(e.due, "2025-02-01");
	/* Window 0: the due day only; another window. */
	e = X(NONE, t, 0, "2025-01-01", 0);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	e = X(NONE, D("2025-01-02"), 0, "2025-01-01", 0);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	e = X(NONE, D("2025-01-31"), 0, "2025-01-01", 30);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	e = X(NONE, D("2025-02-01"), 0, "2025-01-01", 30);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	/* Across a leap day: 2024-03-01 is 90 days after 2023-12-02 but 91 after 2023-12-01. */
	e = X(NONE, D("2024-03-01"), 0, "2023-12-02", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	e = X(NONE, D("2024-03-01"), 0, "2023-12-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	/* Nothing to expire. */
	e = X(D("2017-05-01"), NONE, 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_OPEN);
	ck_assert(!e.alert);
	ck_assert_int_eq(e.due.day, KPI_DAY_NONE);
	e = X(NONE, NONE, 0, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_OPEN);
	e = X(NONE, NONE, 36, "2025-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_UNKNOWN);
	ck_assert(!e.alert);
}
END_TEST

START_TEST(test_expiring_renewal)
{
	struct kpi_date g = D("2017-05-01");   /* Gothenburg-Shanghai MoU, renewed every 36 months */
	struct kpi_expiry e;

	/* 2026-05-01 is exactly 90 days after 2026-01-31. */
	e = X(g, NONE, 36, "2026-01-31", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	ck_assert(e.alert && e.renewal);
	ck_assert_int_eq(e.cycle, 3);
	DATE_EQ(e.due, "2026-05-01");
	ck_assert_int_eq(e.days_left, 90);
	e = X(g, NONE, 36, "2026-01-30", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	ck_assert_int_eq(e.days_left, 91);
	/* The renewal day itself is due, like a valid_until of today. */
	e = X(g, NONE, 36, "2026-05-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	ck_assert_int_eq(e.days_left, 0);
	ck_assert_int_eq(e.cycle, 3);
	/* The day after: the next cycle, three years away. */
	e = X(g, NONE, 36, "2026-05-02", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	ck_assert_int_eq(e.cycle, 4);
	DATE_EQ(e.due, "2029-05-01");
	/* First cycle; before the signing. */
	e = X(g, NONE, 36, "2020-04-30", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.cycle, 1);
	DATE_EQ(e.due, "2020-05-01");
	ck_assert_int_eq(e.days_left, 1);
	e = X(g, NONE, 36, "2016-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.cycle, 1);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	/* The signing day is no renewal. */
	e = X(g, NONE, 36, "2017-05-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.cycle, 1);
	DATE_EQ(e.due, "2020-05-01");
	/* Month ends do not drift: signed Aug 31, every 6 months. */
	e = X(D("2023-08-31"), NONE, 6, "2023-09-01", KPI_EXPIRY_DAYS);
	DATE_EQ(e.due, "2024-02-29");
	e = X(D("2023-08-31"), NONE, 6, "2024-03-01", KPI_EXPIRY_DAYS);
	DATE_EQ(e.due, "2024-08-31");
	ck_assert_int_eq(e.cycle, 2);
	e = X(D("2023-08-31"), NONE, 6, "2025-01-15", KPI_EXPIRY_DAYS);
	DATE_EQ(e.due, "2025-02-28");
	ck_assert_int_eq(e.state, KPI_EXPIRY_SOON);
	e = X(D("2023-08-31"), NONE, 6, "2025-03-01", KPI_EXPIRY_DAYS);
	DATE_EQ(e.due, "2025-08-31");
	/* Monthly renewals; a renewal after 9999-12-31 is simply later. */
	e = X(D("2024-01-31"), NONE, 1, "2024-02-29", KPI_EXPIRY_DAYS);
	DATE_EQ(e.due, "2024-02-29");
	ck_assert_int_eq(e.days_left, 0);
	e = X(D("9999-01-01"), NONE, 24, "9999-06-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	ck_assert(!e.alert);
	ck_assert_int_eq(e.due.day, KPI_DAY_NONE);
	e = X(D("2000-01-01"), NONE, 65535, "2024-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
	e = X(D("2000-01-01"), NONE, INT_MAX, "2024-01-01", KPI_EXPIRY_DAYS);
	ck_assert_int_eq(e.state, KPI_EXPIRY_LATER);
}
END_TEST

/* Against the rule stepped naively, for every day of eight years and a few cycles. */
START_TEST(test_expiring_renewal_brute)
{
	static const int cycles[] = { 1, 5, 6, 12, 36 };
	static const char *const signs[] = { "2017-05-01", "2019-01-31", "2020-02-29" };
	struct kpi_date today, due;
	struct kpi_expiry e;
	size_t c, s;
	long k;

	for (s = 0; s < sizeof(signs) / sizeof(signs[0]); s++)
		for (c = 0; c < sizeof(cycles) / sizeof(cycles[0]); c++)
			for (today = D("2016-01-01"); today.day < D("2024-01-01").day; today.day += 3) {
				struct kpi_agreement a = { D(signs[s]), NONE, cycles[c] };

				for (k = 1;; k++)
					if (kpi_date_add_months(a.signed_on, k * cycles[c], &due) != C2C_OK ||
					    due.day >= today.day)
						break;
				if (kpi_alert_expiring(&a, today, 60, &e) != C2C_OK || e.due.day != due.day ||
				    e.cycle != k || e.alert != (due.day - today.day <= 60) ||
				    e.days_left != due.day - today.day)
					ck_abort_msg("%s/%d at %s: %s, not %s", signs[s], cycles[c], F(today),
					    F(e.due), F(due));
			}
}
END_TEST

START_TEST(test_expiring_hostile)
{
	struct kpi_agreement a = { D("2017-05-01"), NONE, 36 };
	struct kpi_expiry e;
	struct kpi_date bad = { INT32_MAX };

	ck_assert_int_eq(kpi_alert_expiring(&a, NONE, 90, &e), C2C_EINVAL);
	ck_assert(!e.alert);
	ck_assert_int_eq(kpi_alert_expiring(&a, bad, 90, &e), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_expiring(&a, D("2025-01-01"), -1, &e), C2C_EINVAL);
	a.renewal_months = -36;
	ck_assert_int_eq(kpi_alert_expiring(&a, D("2025-01-01"), 90, &e), C2C_EINVAL);
	a.renewal_months = 36;
	a.signed_on = bad;
	ck_assert_int_eq(kpi_alert_expiring(&a, D("2025-01-01"), 90, &e), C2C_EINVAL);
	a.signed_on = NONE;
	a.valid_until = bad;
	ck_assert_int_eq(kpi_alert_expiring(&a, D("2025-01-01"), 90, &e), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_expiring(NULL, D("2025-01-01"), 90, &e), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_expiring(&a, D("2025-01-01"), 90, NULL), C2C_EINVAL);
}
END_TEST

/* --- Alerts: dormant -------------------------------------------------------------------- */

static struct kpi_activity
A(const char *starts, const char *ends, const char *updated, enum kpi_activity_status st)
{
	struct kpi_activity a;

	a.starts_on = starts ? D(starts) : NONE;
	a.ends_on = ends ? D(ends) : NONE;
	a.updated_on = updated ? D(updated) : NONE;
	a.status = st;
	return a;
}

static struct kpi_dormancy
Z(const struct kpi_activity *acts, size_t na, const struct kpi_value *v, size_t nv,
    const char *today)
{
	struct kpi_dormancy z;

	ck_assert_int_eq(kpi_alert_dormant(acts, na, v, nv, D(today), KPI_DORMANT_MONTHS, &z),
	    C2C_OK);
	return z;
}

START_TEST(test_dormant)
{
	struct kpi_activity a;
	struct kpi_value v;
	struct kpi_dormancy z;

	/* Exactly twelve months: alive; a day more: dormant. */
	a = A("2023-01-01", "2024-06-30", "2023-01-01", KPI_ACT_DONE);
	z = Z(&a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.cutoff, "2024-06-30");
	DATE_EQ(z.last_seen, "2024-06-30");
	ck_assert_int_eq(z.days_quiet, 365);
	a.ends_on = D("2024-06-29");
	z = Z(&a, 1, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	DATE_EQ(z.last_seen, "2024-06-29");
	ck_assert_int_eq(z.days_quiet, 366);
	/* The same with a KPI value's period end. */
	v = V(1, 0, 1, "2024-04-01", "2024-06-30", 5);
	z = Z(NULL, 0, &v, 1, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2024-06-30");
	v.period = P("2024-04-01", "2024-06-29");
	z = Z(NULL, 0, &v, 1, "2025-06-30");
	ck_assert(z.dormant);
	/* Either is enough. */
	z = Z(&a, 1, &v, 1, "2025-06-29");
	ck_assert(!z.dormant);
	DATE_EQ(z.cutoff, "2024-06-29");
	/* No sign at all: dormant, nothing seen. */
	z = Z(NULL, 0, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	ck_assert_int_eq(z.last_seen.day, KPI_DAY_NONE);
	ck_assert_int_eq(z.days_quiet, -1);
	/* Month ends: 2025-02-28 looks back to 2024-02-28; 2024-02-29 to 2023-02-28. */
	a = A(NULL, NULL, "2024-02-28", KPI_ACT_IDEA);
	z = Z(&a, 1, NULL, 0, "2025-02-28");
	ck_assert(!z.dormant);
	DATE_EQ(z.cutoff, "2024-02-28");
	a = A(NULL, NULL, "2024-02-27", KPI_ACT_IDEA);
	z = Z(&a, 1, NULL, 0, "2025-02-28");
	ck_assert(z.dormant);
	a = A(NULL, NULL, "2023-02-28", KPI_ACT_IDEA);
	z = Z(&a, 1, NULL, 0, "2024-02-29");
	ck_assert(!z.dormant);
	DATE_EQ(z.cutoff, "2023-02-28");
	/* Another quiet time; zero months: only today keeps it alive. */
	a = A(NULL, NULL, "2025-01-01", KPI_ACT_IDEA);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, NULL, 0, D("2025-06-30"), 6, &z), C2C_OK);
	ck_assert(!z.dormant);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, NULL, 0, D("2025-07-02"), 6, &z), C2C_OK);
	ck_assert(z.dormant);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, NULL, 0, D("2025-01-01"), 0, &z), C2C_OK);
	ck_assert(!z.dormant);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, NULL, 0, D("2025-01-02"), 0, &z), C2C_OK);
	ck_assert(z.dormant);
}
END_TEST

START_TEST(test_dormant_activities)
{
	struct kpi_activity a[2];
	struct kpi_value v;
	struct kpi_dormancy z;

	/* Running for years, never edited: under way, alive today. */
	a[0] = A("2020-01-01", NULL, "2020-01-01", KPI_ACT_RUNNING);
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2025-06-30");
	ck_assert_int_eq(z.days_quiet, 0);
	/* Under way by its dates, whatever its status says. */
	a[0] = A("2020-01-01", "2027-12-31", "2020-01-01", KPI_ACT_PLANNED);
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2025-06-30");
	/* A plan for next year, entered long ago: no sign of life. */
	a[0] = A("2026-03-01", "2026-03-05", "2022-11-01", KPI_ACT_PLANNED);
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	DATE_EQ(z.last_seen, "2022-11-01");
	/* ... planned recently: alive by its update. */
	a[0].updated_on = D("2025-05-01");
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2025-05-01");
	/* Cancelled: its dates do not count, its update does. */
	a[0] = A("2025-01-01", "2025-01-05", "2023-01-01", KPI_ACT_CANCELLED);
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	DATE_EQ(z.last_seen, "2023-01-01");
	a[0].updated_on = D("2025-02-01");
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	a[0] = A("2020-01-01", NULL, "2020-01-01", KPI_ACT_CANCELLED);   /* not under way */
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	/* An update from a clock ahead counts as today. */
	a[0] = A(NULL, NULL, "2025-07-02", KPI_ACT_IDEA);
	z = Z(a, 1, NULL, 0, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2025-06-30");
	/* The latest of several signs. */
	a[0] = A("2021-01-01", "2021-06-30", "2021-07-01", KPI_ACT_DONE);
	a[1] = A("2022-01-01", "2022-03-31", "2022-02-01", KPI_ACT_DONE);
	z = Z(a, 2, NULL, 0, "2025-06-30");
	ck_assert(z.dormant);
	DATE_EQ(z.last_seen, "2022-03-31");
	/* A KPI value of a running period: alive today; of a future period: no sign. */
	v = V(1, 0, 1, "2025-01-01", "2025-12-31", 5);
	z = Z(a, 2, &v, 1, "2025-06-30");
	ck_assert(!z.dormant);
	DATE_EQ(z.last_seen, "2025-06-30");
	v.period = P("2026-01-01", "2026-12-31");
	z = Z(a, 2, &v, 1, "2025-06-30");
	ck_assert(z.dormant);
	DATE_EQ(z.last_seen, "2022-03-31");
}
END_TEST

START_TEST(test_dormant_hostile)
{
	struct kpi_activity a = A("2024-01-01", NULL, NULL, KPI_ACT_DONE);
	struct kpi_value v = V(1, 0, 1, "2024-01-01", "2024-03-31", 1);
	struct kpi_dormancy z;
	struct kpi_date today = D("2025-01-01");

	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, NONE, 12, &z), C2C_EINVAL);
	ck_assert(!z.dormant);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, -1, &z), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, INT_MAX, &z), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_dormant(NULL, 1, &v, 1, today, 12, &z), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, NULL, 1, today, 12, &z), C2C_EINVAL);
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, 12, NULL), C2C_EINVAL);
	a.ends_on.day = INT32_MAX;
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, 12, &z), C2C_EINVAL);
	ck_assert(!z.dormant);
	a.ends_on = NONE;
	a.status = (enum kpi_activity_status)9;
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, 12, &z), C2C_EINVAL);
	a.status = KPI_ACT_DONE;
	v.period.end = D("2023-01-01");
	ck_assert_int_eq(kpi_alert_dormant(&a, 1, &v, 1, today, 12, &z), C2C_EINVAL);
	/* Early in the calendar the cutoff does not exist. */
	ck_assert_int_eq(kpi_alert_dormant(NULL, 0, NULL, 0, D("0001-06-01"), 12, &z), C2C_EINVAL);
}
END_TEST

/* --- Sums ------------------------------------------------------------------------------- */

START_TEST(test_sum_quantitative)
{
	struct kpi_value in[] = {
		/* Q1: partnerships 1, 2, 3. */
		V(1, 0, 1, "2024-01-01", "2024-03-31", 10),
		V(2, 0, 2, "2024-01-01", "2024-03-31", 20),
		V(3, 0, 3, "2024-01-01", "2024-03-31", 30),
		/* Partnership 2 corrects Q1 (20 -> 25); partnership 3 entered Q1 twice (30, 31). */
		V(4, 2, 2, "2024-01-01", "2024-03-31", 25),
		V(5, 0, 3, "2024-01-01", "2024-03-31", 31),
		/* Q2: partnership 2 only. */
		V(6, 0, 2, "2024-04-01", "2024-06-30", -7.5),
		/* A yearly value of partnership 1: its own period, between Q1 and Q2. */
		V(7, 0, 1, "2024-01-01", "2024-12-31", 100),
	};
	struct kpi_total out[7];
	size_t n = 99;

	ck_assert_int_eq(kpi_sum(QN, in, 7, out, &n), C2C_OK);
	ck_assert_uint_eq(n, 3);
	PERIOD_EQ(out[0].period, "2024-01-01", "2024-03-31");
	ck_assert_double_eq_tol(out[0].value, 10 + 25 + 31, TOL);
	ck_assert_uint_eq(out[0].count, 3);
	PERIOD_EQ(out[1].period, "2024-01-01", "2024-12-31");
	ck_assert_double_eq_tol(out[1].value, 100, TOL);
	ck_assert_uint_eq(out[1].count, 1);
	PERIOD_EQ(out[2].period, "2024-04-01", "2024-06-30");
	ck_assert_double_eq_tol(out[2].value, -7.5, TOL);
	ck_assert_uint_eq(out[2].count, 1);

	ck_assert_int_eq(kpi_sum(QN, NULL, 0, NULL, &n), C2C_OK);
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_sum_qualitative)
{
	struct kpi_value in[] = {
		V(1, 0, 1, "2024-01-01", "2024-12-31", 3),
		V(2, 0, 2, "2024-01-01", "2024-12-31", 4),
		V(3, 0, 3, "2024-01-01", "2024-12-31", 5),
		V(4, 0, 1, "2023-01-01", "2023-12-31", 3),
		V(5, 0, 2, "2023-01-01", "2023-12-31", 4),
		V(6, 5, 2, "2023-01-01", "2023-12-31", 4),   /* a correction with the same score */
		V(7, 0, 3, "2023-01-01", "2023-12-31", 1),
		V(8, 7, 3, "2023-09-01", "2024-08-31", 2),   /* moved to an academic year */
	};
	struct kpi_total out[8];
	size_t n;

	ck_assert_int_eq(kpi_sum(QL, in, 8, out, &n), C2C_OK);
	ck_assert_uint_eq(n, 3);
	PERIOD_EQ(out[0].period, "2023-01-01", "2023-12-31");
	ck_assert_double_eq_tol(out[0].value, 3.5, TOL);
	ck_assert_uint_eq(out[0].count, 2);
	PERIOD_EQ(out[1].period, "2023-09-01", "2024-08-31");
	ck_assert_double_eq_tol(out[1].value, 2, TOL);
	PERIOD_EQ(out[2].period, "2024-01-01", "2024-12-31");
	ck_assert_double_eq_tol(out[2].value, 4, TOL);
	ck_assert_uint_eq(out[2].count, 3);
}
END_TEST

START_TEST(test_sum_hostile)
{
	struct kpi_value in[] = {
		V(1, 0, 1, "2024-01-01", "2024-12-31", 3),
		V(2, 0, 2, "2024-01-01", "2024-12-31", 4),
	};
	struct kpi_total out[2];
	size_t n;

	in[1].value = 2.5;   /* not a score */
	ck_assert_int_eq(kpi_sum(QL, in, 2, out, &n), C2C_EINVAL);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_OK);   /* fine as a quantity */
	ck_assert_double_eq_tol(out[0].value, 5.5, TOL);
	in[1].value = 0;
	ck_assert_int_eq(kpi_sum(QL, in, 2, out, &n), C2C_EINVAL);
	in[1].value = 6;
	ck_assert_int_eq(kpi_sum(QL, in, 2, out, &n), C2C_EINVAL);
	in[1].value = NAN;
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_EINVAL);
	in[0].value = in[1].value = DBL_MAX;   /* the sum overflows */
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_EINVAL);
	ck_assert_uint_eq(n, 0);
	in[0].value = in[1].value = 1;
	in[1].id = 1;                          /* repeated id */
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_EINVAL);
	in[1].id = 2;
	in[1].supersedes_id = 2;
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_EINVAL);
	in[1].supersedes_id = 0;
	ck_assert_int_eq(kpi_sum((enum kpi_kind)3, in, 2, out, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_sum(QN, NULL, 2, out, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_sum(QN, in, 2, NULL, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, NULL), C2C_EINVAL);
	ck_assert_int_eq(kpi_sum(QN, in, 2, out, &n), C2C_OK);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(out[0].count, 2);
}
END_TEST

/* Computed indicators: counts per period, gaps as zeros, undated items left out. */
START_TEST(test_count_periods)
{
	struct kpi_date d[] = { D("2024-05-10"), KPI_DATE_NONE, D("2023-12-31"), D("2024-04-01"),
		D("2024-06-30"), D("2023-10-01") };
	struct kpi_value *v = NULL;
	struct kpi_latest lt;
	char lab[KPI_PERIOD_LABEL];
	size_t n = 99;

	ck_assert_int_eq(kpi_count_periods(d, 6, KPI_PERIOD_QUARTER, &v, &n), C2C_OK);
	ck_assert_uint_eq(n, 3);   /* 2023-Q4, 2024-Q1 (none: 0), 2024-Q2 */
	ck_assert_int_eq(kpi_period_label(&v[0].period, lab), C2C_OK);
	ck_assert_str_eq(lab, "2023-Q4");
	ck_assert_double_eq(v[0].value, 2);
	ck_assert_int_eq(kpi_period_label(&v[1].period, lab), C2C_OK);
	ck_assert_str_eq(lab, "2024-Q1");
	ck_assert_double_eq(v[1].value, 0);
	ck_assert_double_eq(v[2].value, 3);
	ck_assert_uint_eq(v[2].id, 3);
	/* A series the other rules take: latest 2024-Q2 against 2024-Q1, adjacent. */
	ck_assert_int_eq(kpi_series_latest(v, n, &lt), C2C_OK);
	ck_assert_uint_eq(lt.latest, 2);
	ck_assert_uint_eq(lt.previous, 1);
	ck_assert_int_eq(lt.adjacent, 1);
	free(v);

	ck_assert_int_eq(kpi_count_periods(d, 6, KPI_PERIOD_YEAR, &v, &n), C2C_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_double_eq(v[0].value, 2);
	ck_assert_double_eq(v[1].value, 3);
	ck_assert_int_eq(kpi_period_label(&v[1].period, lab), C2C_OK);
	ck_assert_str_eq(lab, "2024");
	free(v);

	/* Nothing dated: nothing to show, no allocation. */
	ck_assert_int_eq(kpi_count_periods(d + 1, 1, KPI_PERIOD_YEAR, &v, &n), C2C_OK);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(v);
	ck_assert_int_eq(kpi_count_periods(NULL, 0, KPI_PERIOD_YEAR, &v, &n), C2C_OK);
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_count_periods_hostile)
{
	struct kpi_date d[] = { D("0001-01-01"), D("9999-12-31") }, bad = { 5000000 };
	struct kpi_value *v = NULL;
	size_t n = 7;

	/* Eight thousand years of quarters: the latest KPI_COUNT_MAX_PERIODS are kept. */
	ck_assert_int_eq(kpi_count_periods(d, 2, KPI_PERIOD_QUARTER, &v, &n), C2C_OK);
	ck_assert_uint_eq(n, KPI_COUNT_MAX_PERIODS);
	ck_assert_double_eq(v[n - 1].value, 1);
	ck_assert_double_eq(v[0].value, 0);
	free(v);
	ck_assert_int_eq(kpi_count_periods(d, 2, KPI_PERIOD_CUSTOM, &v, &n), C2C_EINVAL);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(kpi_count_periods(d, 2, KPI_PERIOD_INVALID, &v, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_count_periods(&bad, 1, KPI_PERIOD_YEAR, &v, &n), C2C_EINVAL);
	ck_assert_ptr_null(v);
	ck_assert_int_eq(kpi_count_periods(NULL, 1, KPI_PERIOD_YEAR, &v, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_count_periods(d, 2, KPI_PERIOD_YEAR, NULL, &n), C2C_EINVAL);
	ck_assert_int_eq(kpi_count_periods(d, 2, KPI_PERIOD_YEAR, &v, NULL), C2C_EINVAL);
}
END_TEST

/* The rule of which KPI is computed from what is one table: slugs round-trip. */
START_TEST(test_computed_defs)
{
	int s;

	for (s = 0; s < KPI_SRC__MAX; s++)
		ck_assert_int_eq(kpi_computed_find(kpi_computed_def((enum kpi_source)s)->slug), s);
	ck_assert_str_eq(kpi_computed_def(KPI_SRC_ACTIVITIES)->slug, "joint-projects");
	ck_assert_str_eq(kpi_computed_def(KPI_SRC_EVENTS)->slug, "partner-participation-in-events");
	ck_assert_int_eq(kpi_computed_find("high-level-visits"), KPI_SRC__MAX);
	ck_assert_int_eq(kpi_computed_find(NULL), KPI_SRC__MAX);
	ck_assert_str_eq(kpi_computed_def((enum kpi_source)99)->slug, "joint-projects");
}
END_TEST

Suite *
kpi_suite(void)
{
	Suite *s = suite_create("kpi");
	TCase *tc = tcase_create("dates");

	tcase_set_timeout(tc, 60);   /* every day of eight centuries, under valgrind */
	tcase_add_test(tc, test_date_parse_valid);
	tcase_add_test(tc, test_date_parse_hostile);
	tcase_add_test(tc, test_date_leap_and_months);
	tcase_add_test(tc, test_date_roundtrip);
	tcase_add_test(tc, test_date_add_days);
	tcase_add_test(tc, test_date_add_months);
	suite_add_tcase(s, tc);

	tc = tcase_create("periods");
	tcase_add_test(tc, test_period_kind);
	tcase_add_test(tc, test_period_previous);
	tcase_add_test(tc, test_period_same_shape);
	tcase_add_test(tc, test_period_of);
	tcase_add_test(tc, test_period_label);
	tcase_add_test(tc, test_names_and_parse);
	suite_add_tcase(s, tc);

	tc = tcase_create("change");
	tcase_add_test(tc, test_change);
	tcase_add_test(tc, test_change_hostile);
	tcase_add_test(tc, test_target_status);
	tcase_add_test(tc, test_alert_target);
	suite_add_tcase(s, tc);

	tc = tcase_create("series");
	tcase_add_test(tc, test_series_chain);
	tcase_add_test(tc, test_series_duplicates);
	tcase_add_test(tc, test_series_hostile);
	tcase_add_test(tc, test_series_latest);
	tcase_add_test(tc, test_series_to_change);
	suite_add_tcase(s, tc);

	tc = tcase_create("alerts");
	tcase_set_timeout(tc, 60);   /* the brute-force renewal test, under valgrind */
	tcase_add_test(tc, test_expiring_valid_until);
	tcase_add_test(tc, test_expiring_renewal);
	tcase_add_test(tc, test_expiring_renewal_brute);
	tcase_add_test(tc, test_expiring_hostile);
	tcase_add_test(tc, test_dormant);
	tcase_add_test(tc, test_dormant_activities);
	tcase_add_test(tc, test_dormant_hostile);
	suite_add_tcase(s, tc);

	tc = tcase_create("sums");
	tcase_add_test(tc, test_sum_quantitative);
	tcase_add_test(tc, test_sum_qualitative);
	tcase_add_test(tc, test_sum_hostile);
	tcase_add_test(tc, test_count_periods);
	tcase_add_test(tc, test_count_periods_hostile);
	tcase_add_test(tc, test_computed_defs);
	suite_add_tcase(s, tc);
	return s;
}

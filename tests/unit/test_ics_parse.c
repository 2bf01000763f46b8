/* test_ics_parse.c: reading iCalendar files into occurrences (ics_parse): zones (IANA,
 * Windows, vendor-prefixed, the file's own, unknown, floating), all-day events,
 * recurrence (RRULE, EXDATE, RDATE, RECURRENCE-ID, windows and caps), text fields and
 * their cleaning, events left out, errors with line numbers, calendar properties, and
 * the zone tables (ics_windows_zone, ics_zone_known). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "ics_parse.h"
#include "suites.h"
#include "utf8.h"
#include "winzone.h"

/* Fixed windows, never the current time: 2020-01-01 and 2035-01-01, 00:00 UTC. */
#define T_2020 ((time_t)1577836800)
#define T_2035 ((time_t)2051222400)

#define CAL_HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//c2c//unit tests//EN\r\n"
#define CAL_TAIL "END:VCALENDAR\r\n"
#define CAL(body) CAL_HEAD body CAL_TAIL
#define EV(body) "BEGIN:VEVENT\r\n" body "END:VEVENT\r\n"

static struct ics_calendar cal;
static struct ics_parse_opts opts;
static char err[512];

static void
setup(void)
{
	memset(&cal, 0, sizeof(cal));
	memset(&opts, 0, sizeof(opts));
	opts.window_from = T_2020;
	opts.window_to = T_2035;
	opts.max_instances = 1000;
	opts.default_tzid = "Europe/Berlin";
	err[0] = '\0';
}

static void
teardown(void)
{
	ics_calendar_free(&cal);
}

/* Parses s (a C string) with opts into cal, which is freed first; the result code. */
static enum c2c_err
parse_len(const char *s, size_t len)
{
	ics_calendar_free(&cal);
	err[0] = '\0';
	return ics_parse(s, len, &opts, &cal, err, sizeof(err));
}

/* Parses s, which must succeed, into cal and returns the number of items. */
static size_t
parse_ok(const char *s)
{
	enum c2c_err rc = parse_len(s, strlen(s));

	ck_assert_msg(rc == C2C_OK, "ics_parse: %d: %s", (int)rc, err);
	return cal.n;
}

/* Parses s, which must fail with C2C_EINVAL and an err that contains want. */
static void
parse_fails(const char *s, size_t len, const char *want)
{
	enum c2c_err rc = parse_len(s, len);

	ck_assert_msg(rc == C2C_EINVAL, "expected C2C_EINVAL, got %d (%s)", (int)rc, err);
	ck_assert_msg(strstr(err, want) != NULL, "err \"%s\" lacks \"%s\"", err, want);
}

static const char *
warnings(void)
{
	return cal.warnings.data != NULL ? cal.warnings.data : "";
}

static void
has_warning(const char *want)
{
	ck_assert_msg(strstr(warnings(), want) != NULL, "no warning \"%s\" in: %s", want,
	    warnings());
}

/* The item whose recurrence_id is rid (fails the test when none). */
static const struct ics_item *
by_rid(const char *rid)
{
	size_t i;

	for (i = 0; i < cal.n; i++)
		if (strcmp(cal.items[i].recurrence_id, rid) == 0)
			return &cal.items[i];
	ck_abort_msg("no item with recurrence_id %s", rid);
	return NULL;
}

/* The item of uid (the first one; fails when none). */
static const struct ics_item *
by_uid(const char *uid)
{
	size_t i;

	for (i = 0; i < cal.n; i++)
		if (cal.items[i].uid != NULL && strcmp(cal.items[i].uid, uid) == 0)
			return &cal.items[i];
	ck_abort_msg("no item with uid %s", uid);
	return NULL;
}

/* Checks one timed item: start and end (UTC) and zone. */
static void
times_are(const struct ics_item *it, const char *start, const char *end, const char *tzid)
{
	ck_assert_str_eq(it->start, start);
	ck_assert_str_eq(it->end, end);
	ck_assert_str_eq(it->tzid, tzid);
	ck_assert_int_eq(it->all_day, 0);
}

/* ---- Zones ------------------------------------------------------------------------------ */

START_TEST(test_berlin_dst)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:winter@t\r\nDTSTAMP:20240101T000000Z\r\n"
	       "DTSTART;TZID=Europe/Berlin:20240328T100000\r\n"
	       "DTEND;TZID=Europe/Berlin:20240328T113000\r\nSUMMARY:Before\r\n")
	    EV("UID:summer@t\r\nDTSTAMP:20240101T000000Z\r\n"
	       "DTSTART;TZID=Europe/Berlin:20240402T100000\r\n"
	       "DTEND;TZID=Europe/Berlin:20240402T113000\r\nSUMMARY:After\r\n"))), 2);
	it = by_uid("winter@t");
	times_are(it, "2024-03-28 09:00:00", "2024-03-28 10:30:00", "Europe/Berlin");
	ck_assert_str_eq(it->title, "Before");
	ck_assert_str_eq(it->recurrence_id, "");
	it = by_uid("summer@t");
	times_are(it, "2024-04-02 08:00:00", "2024-04-02 09:30:00", "Europe/Berlin");
	ck_assert_uint_eq(cal.skipped, 0);
	ck_assert_uint_eq(cal.nwarnings, 0);
}
END_TEST

START_TEST(test_shanghai)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:sh@t\r\n"
	    "DTSTART;TZID=Asia/Shanghai:20240115T100000\r\n"
	    "DTEND;TZID=Asia/Shanghai:20240115T120000\r\nSUMMARY:Shanghai\r\n")
	    EV("UID:sh2@t\r\nDTSTART;TZID=Asia/Shanghai:20240715T100000\r\nSUMMARY:S\r\n"))), 2);
	times_are(by_uid("sh@t"), "2024-01-15 02:00:00", "2024-01-15 04:00:00", "Asia/Shanghai");
	/* No DST: the same offset in summer; no DTEND, no end. */
	times_are(by_uid("sh2@t"), "2024-07-15 02:00:00", "", "Asia/Shanghai");
}
END_TEST

START_TEST(test_utc)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:u@t\r\nDTSTART:20240701T100000Z\r\n"
	    "DTEND:20240701T113000Z\r\nSUMMARY:UTC\r\n"))), 1);
	times_are(&cal.items[0], "2024-07-01 10:00:00", "2024-07-01 11:30:00", "");
}
END_TEST

/* Start and end in different zones: the end is converted, the duration right. */
START_TEST(test_end_other_zone)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:x@t\r\n"
	    "DTSTART;TZID=Europe/Berlin:20240701T100000\r\n"
	    "DTEND;TZID=Asia/Shanghai:20240701T180000\r\nSUMMARY:x\r\n"))), 1);
	times_are(&cal.items[0], "2024-07-01 08:00:00", "2024-07-01 10:00:00", "Europe/Berlin");
}
END_TEST

START_TEST(test_floating_default)
{
	static const char ics[] = CAL(EV("UID:f@t\r\nDTSTART:20240701T100000\r\n"
	    "DTEND:20240701T110000\r\nSUMMARY:Floating\r\n"));

	ck_assert_uint_eq(parse_ok(ics), 1);
	times_are(&cal.items[0], "2024-07-01 08:00:00", "2024-07-01 09:00:00", "Europe/Berlin");
	opts.default_tzid = "Asia/Shanghai";
	ck_assert_uint_eq(parse_ok(ics), 1);
	times_are(&cal.items[0], "2024-07-01 02:00:00", "2024-07-01 03:00:00", "Asia/Shanghai");
	/* A default given as a Windows name works too. */
	opts.default_tzid = "China Standard Time";
	ck_assert_uint_eq(parse_ok(ics), 1);
	times_are(&cal.items[0], "2024-07-01 02:00:00", "2024-07-01 03:00:00", "Asia/Shanghai");
	/* UTC as the default: no zone. */
	opts.default_tzid = "UTC";
	ck_assert_uint_eq(parse_ok(ics), 1);
	times_are(&cal.items[0], "2024-07-01 10:00:00", "2024-07-01 11:00:00", "");
}
END_TEST

START_TEST(test_floating_x_wr_timezone)
{
	opts.default_tzid = NULL;
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-WR-TIMEZONE:Asia/Shanghai\r\n"
	    EV("UID:f@t\r\nDTSTART:20240701T100000\r\nSUMMARY:F\r\n") CAL_TAIL), 1);
	times_are(&cal.items[0], "2024-07-01 02:00:00", "", "Asia/Shanghai");
	/* Only for floating times: a UTC time stays UTC. */
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-WR-TIMEZONE:Asia/Shanghai\r\n"
	    EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:F\r\n") CAL_TAIL), 1);
	times_are(&cal.items[0], "2024-07-01 10:00:00", "", "");
	/* A given default wins over X-WR-TIMEZONE. */
	opts.default_tzid = "Europe/Berlin";
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-WR-TIMEZONE:Asia/Shanghai\r\n"
	    EV("UID:f@t\r\nDTSTART:20240701T100000\r\nSUMMARY:F\r\n") CAL_TAIL), 1);
	times_are(&cal.items[0], "2024-07-01 08:00:00", "", "Europe/Berlin");
	/* Neither: UTC. */
	opts.default_tzid = NULL;
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000\r\n"
	    "SUMMARY:F\r\n"))), 1);
	times_are(&cal.items[0], "2024-07-01 10:00:00", "", "");
	/* An X-WR-TIMEZONE that is no zone is ignored. */
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-WR-TIMEZONE:Nowhere/City\r\n"
	    EV("UID:f@t\r\nDTSTART:20240701T100000\r\nSUMMARY:F\r\n") CAL_TAIL), 1);
	times_are(&cal.items[0], "2024-07-01 10:00:00", "", "");
}
END_TEST

/* A VTIMEZONE as Outlook writes one for "W. Europe Standard Time". */
#define VTZ_WEUROPE \
	"BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n" \
	"BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n" \
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n" \
	"BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n" \
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
#define VTZ_CHINA \
	"BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\n" \
	"BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n" \
	"END:STANDARD\r\nEND:VTIMEZONE\r\n"
#define EV_WINDOWS \
	EV("UID:w1@t\r\nDTSTART;TZID=W. Europe Standard Time:20240115T100000\r\n" \
	   "DTEND;TZID=W. Europe Standard Time:20240115T110000\r\nSUMMARY:W1\r\n") \
	EV("UID:w2@t\r\nDTSTART;TZID=W. Europe Standard Time:20240715T100000\r\nSUMMARY:W2\r\n") \
	EV("UID:c1@t\r\nDTSTART;TZID=China Standard Time:20240715T100000\r\nSUMMARY:C1\r\n")

static void
windows_checks(void)
{
	ck_assert_uint_eq(cal.n, 3);
	times_are(by_uid("w1@t"), "2024-01-15 09:00:00", "2024-01-15 10:00:00", "Europe/Berlin");
	times_are(by_uid("w2@t"), "2024-07-15 08:00:00", "", "Europe/Berlin");
	times_are(by_uid("c1@t"), "2024-07-15 02:00:00", "", "Asia/Shanghai");
	ck_assert_msg(strstr(warnings(), "unknown time zone") == NULL, "%s", warnings());
}

START_TEST(test_windows_zone_without_vtimezone)
{
	opts.default_tzid = "UTC";   /* so that a fallback to the default would show */
	parse_ok(CAL(EV_WINDOWS));
	windows_checks();
}
END_TEST

START_TEST(test_windows_zone_with_vtimezone)
{
	opts.default_tzid = "UTC";
	parse_ok(CAL(VTZ_WEUROPE VTZ_CHINA EV_WINDOWS));
	windows_checks();
}
END_TEST

START_TEST(test_vendor_prefixed_tzid)
{
	opts.default_tzid = "UTC";
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:l1@t\r\nDTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/London:"
	       "20240715T100000\r\nSUMMARY:L\r\n")
	    EV("UID:l2@t\r\nDTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/London:"
	       "20240115T100000\r\nSUMMARY:L\r\n")
	    EV("UID:m1@t\r\nDTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:"
	       "20240715T100000\r\nSUMMARY:M\r\n"))), 3);
	times_are(by_uid("l1@t"), "2024-07-15 09:00:00", "", "Europe/London");
	times_are(by_uid("l2@t"), "2024-01-15 10:00:00", "", "Europe/London");
	times_are(by_uid("m1@t"), "2024-07-15 08:00:00", "", "Europe/Berlin");
}
END_TEST

/* libical opens any file under zoneinfo, so "/Europe/Stockholm" and "posix/Europe/Vaduz"
 * (both in the corpus) would be stored as written, which the export refuses: the
 * canonical name is kept. */
START_TEST(test_zone_path_forms_canonical)
{
	opts.default_tzid = "UTC";
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:s1@t\r\nDTSTART;TZID=/Europe/Stockholm:20240715T100000\r\nSUMMARY:S\r\n")
	    EV("UID:v1@t\r\nDTSTART;TZID=posix/Europe/Vaduz:20240115T100000\r\nSUMMARY:V\r\n"))), 2);
	times_are(by_uid("s1@t"), "2024-07-15 08:00:00", "", "Europe/Stockholm");
	times_are(by_uid("v1@t"), "2024-01-15 09:00:00", "", "Europe/Vaduz");
}
END_TEST

/* A zone only the file knows: +0300 in winter, +0400 in summer (last Sundays of March
 * and October), so that times follow the file's rules. */
#define VTZ_CUSTOM \
	"BEGIN:VTIMEZONE\r\nTZID:Custom Zone\r\n" \
	"BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0300\r\n" \
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n" \
	"BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0400\r\n" \
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"

START_TEST(test_unknown_zone_with_vtimezone)
{
	ck_assert_uint_eq(parse_ok(CAL(VTZ_CUSTOM
	    EV("UID:c1@t\r\nDTSTART;TZID=Custom Zone:20240115T100000\r\n"
	       "DTEND;TZID=Custom Zone:20240115T110000\r\nSUMMARY:C\r\n")
	    EV("UID:c2@t\r\nDTSTART;TZID=Custom Zone:20240715T100000\r\nSUMMARY:C\r\n"))), 2);
	times_are(by_uid("c1@t"), "2024-01-15 07:00:00", "2024-01-15 08:00:00", "");
	times_are(by_uid("c2@t"), "2024-07-15 06:00:00", "", "");
	ck_assert_msg(strstr(warnings(), "unknown time zone") == NULL, "%s", warnings());
}
END_TEST

/* A file's zone whose X-LIC-LOCATION names an IANA zone: that zone, kept by name. */
START_TEST(test_file_zone_with_location)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    "BEGIN:VTIMEZONE\r\nTZID:My Shanghai\r\nX-LIC-LOCATION:Asia/Shanghai\r\n"
	    "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\n"
	    "TZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
	    EV("UID:s@t\r\nDTSTART;TZID=My Shanghai:20240715T100000\r\nSUMMARY:S\r\n"))), 1);
	times_are(&cal.items[0], "2024-07-15 02:00:00", "", "Asia/Shanghai");
}
END_TEST

START_TEST(test_unknown_zone_without_vtimezone)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART;TZID=Mars/Olympus:20240715T100000\r\n"
	    "DTEND;TZID=Mars/Olympus:20240715T120000\r\nSUMMARY:M\r\n"))), 1);
	/* Taken in the default zone (Europe/Berlin), with a warning. */
	times_are(&cal.items[0], "2024-07-15 08:00:00", "2024-07-15 10:00:00", "Europe/Berlin");
	has_warning("unknown time zone \"Mars/Olympus\"");
	has_warning("Europe/Berlin");
	ck_assert_uint_eq(cal.skipped, 0);
	/* Without a default: UTC. */
	opts.default_tzid = NULL;
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART;TZID=Mars/Olympus:20240715T100000\r\n"
	    "SUMMARY:M\r\n"))), 1);
	times_are(&cal.items[0], "2024-07-15 10:00:00", "", "");
	has_warning("times taken in UTC");
}
END_TEST

/* ---- All-day events ------------------------------------------------------------------------ */

START_TEST(test_all_day)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:a3@t\r\nDTSTART;VALUE=DATE:20240710\r\nDTEND;VALUE=DATE:20240713\r\n"
	       "SUMMARY:Three days\r\n")
	    EV("UID:a1@t\r\nDTSTART;VALUE=DATE:20240720\r\nSUMMARY:One day\r\n")
	    EV("UID:a1e@t\r\nDTSTART;VALUE=DATE:20240721\r\nDTEND;VALUE=DATE:20240722\r\n"
	       "SUMMARY:One day with end\r\n")
	    EV("UID:ad@t\r\nDTSTART;VALUE=DATE:20241230\r\nDURATION:P4D\r\n"
	       "SUMMARY:Over the new year\r\n"))), 4);
	it = by_uid("a3@t");
	ck_assert_int_eq(it->all_day, 1);
	ck_assert_str_eq(it->start, "2024-07-10 00:00:00");
	ck_assert_str_eq(it->end, "2024-07-12 00:00:00");   /* inclusive */
	ck_assert_str_eq(it->tzid, "");
	it = by_uid("a1@t");
	ck_assert_int_eq(it->all_day, 1);
	ck_assert_str_eq(it->start, "2024-07-20 00:00:00");
	ck_assert_str_eq(it->end, "2024-07-20 00:00:00");
	it = by_uid("a1e@t");
	ck_assert_str_eq(it->start, "2024-07-21 00:00:00");
	ck_assert_str_eq(it->end, "2024-07-21 00:00:00");
	it = by_uid("ad@t");
	ck_assert_int_eq(it->all_day, 1);
	ck_assert_str_eq(it->start, "2024-12-30 00:00:00");
	ck_assert_str_eq(it->end, "2025-01-02 00:00:00");
}
END_TEST

START_TEST(test_timed_duration)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:d@t\r\nDTSTART;TZID=Europe/Berlin:20240701T100000\r\nDURATION:PT1H30M\r\n"
	       "SUMMARY:D\r\n")
	    EV("UID:bad@t\r\nDTSTART:20240701T100000Z\r\nDTEND:20240701T090000Z\r\n"
	       "SUMMARY:End before start\r\n"))), 2);
	times_are(by_uid("d@t"), "2024-07-01 08:00:00", "2024-07-01 09:30:00", "Europe/Berlin");
	/* An end before the start is dropped, with a warning. */
	times_are(by_uid("bad@t"), "2024-07-01 10:00:00", "", "");
	has_warning("DTEND before DTSTART");
}
END_TEST

/* ---- Recurrence ---------------------------------------------------------------------------- */

START_TEST(test_weekly_count)
{
	static const char *const rids[] = { "20240701T100000Z", "20240708T100000Z",
		"20240715T100000Z", "20240722T100000Z", "20240729T100000Z" };
	static const char *const starts[] = { "2024-07-01 10:00:00", "2024-07-08 10:00:00",
		"2024-07-15 10:00:00", "2024-07-22 10:00:00", "2024-07-29 10:00:00" };
	size_t i;

	ck_assert_uint_eq(parse_ok(CAL(EV("UID:r@t\r\nDTSTART:20240701T100000Z\r\n"
	    "DTEND:20240701T110000Z\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\nSUMMARY:Weekly\r\n"))), 5);
	for (i = 0; i < 5; i++) {
		const struct ics_item *it = &cal.items[i];
		ck_assert_str_eq(it->uid, "r@t");
		ck_assert_str_eq(it->recurrence_id, rids[i]);
		ck_assert_str_eq(it->start, starts[i]);
		ck_assert_str_eq(it->title, "Weekly");
		ck_assert_int_eq(strncmp(it->end, starts[i], 11), 0);
		ck_assert_str_eq(it->end + 11, "11:00:00");
	}
}
END_TEST

START_TEST(test_exdate_rdate_override)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:r@t\r\nSEQUENCE:2\r\nDTSTART:20240701T100000Z\r\nDTEND:20240701T110000Z\r\n"
	       "RRULE:FREQ=WEEKLY;COUNT=5\r\nEXDATE:20240708T100000Z\r\n"
	       "RDATE:20240801T150000Z\r\nSUMMARY:Weekly\r\n")
	    EV("UID:r@t\r\nRECURRENCE-ID:20240715T100000Z\r\nSEQUENCE:3\r\n"
	       "DTSTART:20240716T140000Z\r\nDTEND:20240716T160000Z\r\nSUMMARY:Moved\r\n"))), 5);
	/* 5 by the rule, one excluded, one added. */
	ck_assert_msg(strstr(warnings(), "appears twice") == NULL, "%s", warnings());
	ck_assert_str_eq(by_rid("20240701T100000Z")->start, "2024-07-01 10:00:00");
	it = by_rid("20240715T100000Z");
	ck_assert_str_eq(it->start, "2024-07-16 14:00:00");
	ck_assert_str_eq(it->end, "2024-07-16 16:00:00");
	ck_assert_str_eq(it->title, "Moved");
	ck_assert_int_eq(it->sequence, 3);
	ck_assert_str_eq(it->uid, "r@t");
	ck_assert_str_eq(by_rid("20240722T100000Z")->title, "Weekly");
	ck_assert_int_eq(by_rid("20240722T100000Z")->sequence, 2);
	ck_assert_str_eq(by_rid("20240729T100000Z")->start, "2024-07-29 10:00:00");
	it = by_rid("20240801T150000Z");
	ck_assert_str_eq(it->start, "2024-08-01 15:00:00");
	ck_assert_str_eq(it->end, "2024-08-01 16:00:00");
	ck_assert_str_eq(it->title, "Weekly");
	{
		size_t i;
		for (i = 0; i < cal.n; i++)
			ck_assert_str_ne(cal.items[i].recurrence_id, "20240708T100000Z");
	}
}
END_TEST

/* The same with zoned times: EXDATE and RECURRENCE-ID in the event's zone. */
START_TEST(test_zoned_exdate_override)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:z@t\r\nDTSTART;TZID=Europe/Berlin:20240701T100000\r\n"
	       "DTEND;TZID=Europe/Berlin:20240701T110000\r\n"
	       "RRULE:FREQ=DAILY;COUNT=4\r\nEXDATE;TZID=Europe/Berlin:20240702T100000\r\n"
	       "SUMMARY:Daily\r\n")
	    EV("UID:z@t\r\nRECURRENCE-ID;TZID=Europe/Berlin:20240703T100000\r\n"
	       "DTSTART;TZID=Europe/Berlin:20240703T120000\r\nSUMMARY:Later\r\n"))), 3);
	times_are(by_rid("20240701T080000Z"), "2024-07-01 08:00:00", "2024-07-01 09:00:00",
	    "Europe/Berlin");
	it = by_rid("20240703T080000Z");
	ck_assert_str_eq(it->start, "2024-07-03 10:00:00");
	ck_assert_str_eq(it->title, "Later");
	ck_assert_str_eq(it->tzid, "Europe/Berlin");
	ck_assert_str_eq(by_rid("20240704T080000Z")->title, "Daily");
}
END_TEST

/* RECURRENCE-ID and EXDATE written in UTC for a master in Europe/Berlin match by instant;
 * EXDATE with several values; UNTIL ends the rule. */
START_TEST(test_other_zone_ids_until)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:z@t\r\nDTSTART;TZID=Europe/Berlin:20240701T100000\r\n"
	       "RRULE:FREQ=DAILY;UNTIL=20240706T080000Z\r\n"
	       "EXDATE:20240703T080000Z,20240704T080000Z\r\nSUMMARY:Daily\r\n")
	    EV("UID:z@t\r\nRECURRENCE-ID:20240702T080000Z\r\n"
	       "DTSTART;TZID=Asia/Shanghai:20240702T200000\r\nSUMMARY:Moved\r\n"))), 4);
	ck_assert_str_eq(cal.items[0].recurrence_id, "20240701T080000Z");
	it = by_rid("20240702T080000Z");
	ck_assert_str_eq(it->title, "Moved");
	ck_assert_str_eq(it->start, "2024-07-02 12:00:00");
	ck_assert_str_eq(it->tzid, "Asia/Shanghai");
	ck_assert_str_eq(by_rid("20240705T080000Z")->title, "Daily");
	ck_assert_str_eq(by_rid("20240706T080000Z")->title, "Daily");   /* UNTIL inclusive */
}
END_TEST

/* RDATE alone (no RRULE), and as a PERIOD. */
START_TEST(test_rdate_only)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:r@t\r\nDTSTART;TZID=Europe/Berlin:20240701T100000\r\n"
	    "DTEND;TZID=Europe/Berlin:20240701T110000\r\n"
	    "RDATE;TZID=Europe/Berlin:20240801T100000,20241201T100000\r\n"
	    "RDATE;VALUE=PERIOD:20250101T090000Z/20250101T100000Z\r\nSUMMARY:R\r\n"))), 4);
	times_are(by_rid("20240701T080000Z"), "2024-07-01 08:00:00", "2024-07-01 09:00:00",
	    "Europe/Berlin");
	times_are(by_rid("20240801T080000Z"), "2024-08-01 08:00:00", "2024-08-01 09:00:00",
	    "Europe/Berlin");
	times_are(by_rid("20241201T090000Z"), "2024-12-01 09:00:00", "2024-12-01 10:00:00",
	    "Europe/Berlin");
	times_are(by_rid("20250101T090000Z"), "2025-01-01 09:00:00", "2025-01-01 10:00:00",
	    "Europe/Berlin");
}
END_TEST

/* An override without its master in the file is kept on its own, with its RECURRENCE-ID. */
START_TEST(test_orphan_override)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:o@t\r\nRECURRENCE-ID:20240715T100000Z\r\n"
	    "DTSTART:20240715T120000Z\r\nSUMMARY:Alone\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].recurrence_id, "20240715T100000Z");
	ck_assert_str_eq(cal.items[0].start, "2024-07-15 12:00:00");
	ck_assert_str_eq(cal.items[0].title, "Alone");
}
END_TEST

START_TEST(test_all_day_recurring)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:ad@t\r\nDTSTART;VALUE=DATE:20240701\r\nDTEND;VALUE=DATE:20240703\r\n"
	       "RRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;VALUE=DATE:20240708\r\nSUMMARY:Fair\r\n")
	    EV("UID:ad@t\r\nRECURRENCE-ID;VALUE=DATE:20240715\r\nDTSTART;VALUE=DATE:20240716\r\n"
	       "SUMMARY:Fair, moved\r\n"))), 2);
	it = by_rid("20240701");
	ck_assert_int_eq(it->all_day, 1);
	ck_assert_str_eq(it->start, "2024-07-01 00:00:00");
	ck_assert_str_eq(it->end, "2024-07-02 00:00:00");
	it = by_rid("20240715");
	ck_assert_int_eq(it->all_day, 1);
	ck_assert_str_eq(it->start, "2024-07-16 00:00:00");
	ck_assert_str_eq(it->title, "Fair, moved");
}
END_TEST

START_TEST(test_weekly_across_dst)
{
	static const char *const starts[] = { "2024-03-18 09:00:00", "2024-03-25 09:00:00",
		"2024-04-01 08:00:00", "2024-10-21 08:00:00", "2024-10-28 09:00:00" };
	size_t i;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:d1@t\r\nDTSTART;TZID=Europe/Berlin:20240318T100000\r\n"
	       "DTEND;TZID=Europe/Berlin:20240318T110000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
	       "SUMMARY:Spring\r\n")
	    EV("UID:d2@t\r\nDTSTART;TZID=Europe/Berlin:20241021T100000\r\n"
	       "RRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:Autumn\r\n"))), 5);
	for (i = 0; i < 5; i++) {
		const struct ics_item *it = &cal.items[i];
		ck_assert_str_eq(it->start, starts[i]);
		ck_assert_str_eq(it->tzid, "Europe/Berlin");
	}
	ck_assert_str_eq(cal.items[2].recurrence_id, "20240401T080000Z");
	ck_assert_str_eq(cal.items[2].end, "2024-04-01 09:00:00");
	ck_assert_str_eq(cal.items[4].recurrence_id, "20241028T090000Z");
}
END_TEST

START_TEST(test_window)
{
	size_t i;

	/* Yearly from 2019 without end: 2020 ... 2034 in the window (2035-01-01 10:00 is
	 * after it). */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:y@t\r\nDTSTART:20190101T100000Z\r\n"
	    "RRULE:FREQ=YEARLY\r\nSUMMARY:New year\r\n"))), 15);
	for (i = 0; i < cal.n; i++) {
		char want[32];
		snprintf(want, sizeof(want), "%04d-01-01 10:00:00", 2020 + (int)(i % 100));
		ck_assert_str_eq(cal.items[i].start, want);
	}
	ck_assert_uint_eq(cal.nwarnings, 0);
	/* A narrower window. */
	opts.window_from = (time_t)1719792000;   /* 2024-07-01 00:00 UTC */
	opts.window_to = (time_t)1720224000;     /* 2024-07-06 00:00 UTC */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:d@t\r\nDTSTART:20240101T100000Z\r\n"
	    "RRULE:FREQ=DAILY\r\nRDATE:20230101T100000Z\r\nRDATE:20240703T150000Z\r\n"
	    "SUMMARY:Daily\r\n"))), 6);
	ck_assert_str_eq(cal.items[0].start, "2024-07-01 10:00:00");
	ck_assert_str_eq(cal.items[4].start, "2024-07-05 10:00:00");
	ck_assert_str_eq(cal.items[5].start, "2024-07-03 15:00:00");
}
END_TEST

START_TEST(test_max_instances)
{
	opts.max_instances = 3;
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART:20240701T100000Z\r\n"
	    "RRULE:FREQ=DAILY;COUNT=10\r\nSUMMARY:Many\r\n"))), 3);
	ck_assert_str_eq(cal.items[2].recurrence_id, "20240703T100000Z");
	has_warning("cut at 3 occurrences");
	/* The cap counts RDATEs too, and says so when they are cut. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART:20240701T100000Z\r\n"
	    "RDATE:20240702T100000Z,20240703T100000Z,20240704T100000Z\r\nSUMMARY:R\r\n"))), 3);
	has_warning("cut at 3 occurrences");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART:20240701T100000Z\r\n"
	    "RRULE:FREQ=DAILY;COUNT=3\r\nRDATE:20240801T100000Z\r\nSUMMARY:R\r\n"))), 3);
	has_warning("cut at 3 occurrences");
	/* Exactly at the cap: no warning. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART:20240701T100000Z\r\n"
	    "RRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:Three\r\n"))), 3);
	ck_assert_uint_eq(cal.nwarnings, 0);
}
END_TEST

/* FREQ=SECONDLY from before the window: without COUNT the rule is started at the window
 * (libical's icalrecur_iterator_set_start) instead of being walked from DTSTART. */
START_TEST(test_dense_rule_bounded)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20191201T000000Z\r\n"
	    "RRULE:FREQ=SECONDLY\r\nSUMMARY:Every second\r\n"))), 1000);
	ck_assert_str_eq(cal.items[0].start, "2020-01-01 00:00:00");
	ck_assert_str_eq(cal.items[999].start, "2020-01-01 00:16:39");
	has_warning("cut at 1000");
	/* With COUNT it must be counted from DTSTART: the walk stops after a bounded number
	 * of steps, with a warning, instead of going through weeks of seconds. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20191201T000000Z\r\n"
	    "RRULE:FREQ=SECONDLY;COUNT=100000000\r\nSUMMARY:Every second\r\n"))), 0);
	has_warning("too dense");
	/* A daily rule of 1997 gives the same days as walking from DTSTART did: every day of
	 * the window at the time of DTSTART (the window opens at midnight UTC). */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:d@t\r\nDTSTART;TZID=Europe/Berlin:19970105T093000\r\n"
	    "RRULE:FREQ=WEEKLY;BYDAY=SU,WE\r\nSUMMARY:Twice a week\r\n"))), 1000);
	ck_assert_str_eq(cal.items[0].start, "2020-01-01 08:30:00");   /* a Wednesday, CET */
	ck_assert_str_eq(cal.items[0].recurrence_id, "20200101T083000Z");
	ck_assert_str_eq(cal.items[1].start, "2020-01-05 08:30:00");   /* the Sunday after */
	/* In the window, the instance cap stops it first. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240101T000000Z\r\n"
	    "RRULE:FREQ=SECONDLY\r\nSUMMARY:Every second\r\n"))), 1000);
	ck_assert_str_eq(cal.items[999].start, "2024-01-01 00:16:39");
	has_warning("cut at 1000");
}
END_TEST

/* Dates that no text buffer can hold: a RECURRENCE-ID the fuzzer made of "1012-52-14"
 * (strftime left the buffer unterminated, read past by ASan's stack-buffer-overflow), and
 * durations that end after the year 9999. */
START_TEST(test_dates_out_of_range)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:o@t\r\nDTSTART:20250428T160500Z\r\n"
	    "RECURRENCE-ID:10125214T160500Z\r\nSUMMARY:Orphan override\r\n"))), 0);
	ck_assert_uint_eq(cal.skipped, 1);
	has_warning("RECURRENCE-ID out of range");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:l@t\r\nDTSTART:20250428T160500Z\r\n"
	    "DURATION:P99999999W\r\nSUMMARY:Long\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].start, "2025-04-28 16:05:00");
	ck_assert_str_eq(cal.items[0].end, "");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:a@t\r\nDTSTART;VALUE=DATE:20250428\r\n"
	    "DURATION:P99999999D\r\nSUMMARY:Long day\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].end, cal.items[0].start);
	/* Dates outside the years 1000 to 2200 are not placed in a zone (libical would expand
	 * the zone's rules up to them): an EXDATE so is ignored, a DTSTART leaves the event
	 * out.  A rule of 1753 (a holiday calendar of the corpus) is fine. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:x@t\r\nDTSTART;TZID=Europe/Berlin:20250106T100000\r\n"
	    "RRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;TZID=Europe/Berlin:38845350T100000\r\n"
	    "SUMMARY:Weekly\r\n"))), 3);
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:25000101T100000Z\r\nSUMMARY:Far\r\n"))), 0);
	has_warning("DTSTART out of range");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:h@t\r\nDTSTART;VALUE=DATE:17531106\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8\r\nSUMMARY:Election day\r\n"))), 15);
	ck_assert_str_eq(cal.items[0].start, "2020-11-03 00:00:00");
}
END_TEST

/* ---- Fields and text ----------------------------------------------------------------------- */

START_TEST(test_status_sequence)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\nSTATUS:CANCELLED\r\nSEQUENCE:4\r\n"
	       "SUMMARY:C\r\n")
	    EV("UID:t@t\r\nDTSTART:20240701T100000Z\r\nSTATUS:TENTATIVE\r\nSUMMARY:T\r\n")
	    EV("UID:k@t\r\nDTSTART:20240701T100000Z\r\nSTATUS:CONFIRMED\r\nSUMMARY:K\r\n")
	    EV("UID:n@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:N\r\n"))), 4);
	ck_assert_int_eq(by_uid("c@t")->status, ICS_CANCELLED);
	ck_assert_int_eq(by_uid("c@t")->sequence, 4);
	ck_assert_int_eq(by_uid("t@t")->status, ICS_TENTATIVE);
	ck_assert_int_eq(by_uid("t@t")->sequence, 0);
	ck_assert_int_eq(by_uid("k@t")->status, ICS_CONFIRMED);
	ck_assert_int_eq(by_uid("n@t")->status, ICS_CONFIRMED);
}
END_TEST

START_TEST(test_url)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:h@t\r\nDTSTART:20240701T100000Z\r\nURL:http://example.org/a?b=c\r\nSUMMARY:H\r\n")
	    EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\nURL:HTTPS://example.org/\r\nSUMMARY:S\r\n")
	    EV("UID:j@t\r\nDTSTART:20240701T100000Z\r\nURL:javascript:alert(1)\r\nSUMMARY:J\r\n")
	    EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\nURL:ftp://example.org/x\r\nSUMMARY:F\r\n")
	    EV("UID:b@t\r\nDTSTART:20240701T100000Z\r\nURL:http://example.org/a b\r\nSUMMARY:B\r\n")
	    EV("UID:n@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:N\r\n"))), 6);
	ck_assert_str_eq(by_uid("h@t")->url, "http://example.org/a?b=c");
	ck_assert_str_eq(by_uid("s@t")->url, "HTTPS://example.org/");
	ck_assert_ptr_null(by_uid("j@t")->url);
	ck_assert_ptr_null(by_uid("f@t")->url);
	ck_assert_ptr_null(by_uid("b@t")->url);
	ck_assert_ptr_null(by_uid("n@t")->url);
	has_warning("event j@t: URL dropped");
	has_warning("event f@t: URL dropped");
	has_warning("event b@t: URL dropped");
	ck_assert_uint_eq(cal.nwarnings, 3);
	ck_assert_uint_eq(cal.skipped, 0);
}
END_TEST

START_TEST(test_location_categories_organiser)
{
	const struct ics_item *it;

	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:A\r\n"
	       "LOCATION:Rathaus\\, Marktplatz 1\r\nCATEGORIES:Culture,Music\r\n"
	       "CATEGORIES:Exhibition\r\n"
	       "ORGANIZER;CN=Jane Doe:mailto:jane@example.org\r\n")
	    EV("UID:b@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:B\r\n"
	       "ORGANIZER:mailto:office@example.org\r\n")
	    EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:C\r\n"))), 3);
	it = by_uid("a@t");
	ck_assert_str_eq(it->location, "Rathaus, Marktplatz 1");
	ck_assert_str_eq(it->categories, "Culture,Music,Exhibition");
	ck_assert_str_eq(it->organiser, "Jane Doe");
	ck_assert_ptr_null(it->description);
	it = by_uid("b@t");
	ck_assert_str_eq(it->organiser, "office@example.org");
	ck_assert_ptr_null(it->categories);
	ck_assert_ptr_null(it->location);
	it = by_uid("c@t");
	ck_assert_ptr_null(it->organiser);
	ck_assert_ptr_null(it->url);
}
END_TEST

START_TEST(test_cjk)
{
	static const char title[] =
	    "\xe4\xb8\xad\xe5\xbe\xb7\xe5\x9f\x8e\xe5\xb8\x82\xe4\xbc\x99\xe4\xbc\xb4"
	    "\xe5\x85\xb3\xe7\xb3\xbb\xe8\xae\xba\xe5\x9d\x9b";   /* 中德城市伙伴关系论坛 */

	ck_assert_uint_eq(parse_ok(CAL(EV("UID:cjk@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:\xe4\xb8\xad\xe5\xbe\xb7\xe5\x9f\x8e\xe5\xb8\x82\xe4\xbc\x99\xe4\xbc\xb4"
	    "\xe5\x85\xb3\xe7\xb3\xbb\xe8\xae\xba\xe5\x9d\x9b\r\n"
	    "LOCATION:\xe4\xb8\x8a\xe6\xb5\xb7\r\n"))), 1);
	ck_assert_int_eq(memcmp(cal.items[0].title, title, sizeof(title)), 0);
	ck_assert_str_eq(cal.items[0].location, "\xe4\xb8\x8a\xe6\xb5\xb7");
}
END_TEST

START_TEST(test_folded)
{
	/* Folded at ASCII, with a tab as well as a space. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:A long title that a calendar program has folded over \r\n"
	    " three lines\\, as RFC 5545 asks for lines longer than seventy-\r\n"
	    "\tfive octets\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "A long title that a calendar program has folded "
	    "over three lines, as RFC 5545 asks for lines longer than seventy-five octets");
}
END_TEST

/* RFC 5545 folds at octets: a fold may split a multi-octet character, and unfolding must
 * restore it.  Here inside 中 (e4 b8 ad) and inside é (c3 a9). */
START_TEST(test_folded_inside_utf8)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Forum \xe4\xb8\r\n \xad\xe5\xbe\xb7 Caf\xc3\r\n \xa9\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "Forum \xe4\xb8\xad\xe5\xbe\xb7 Caf\xc3\xa9");
	/* A four-octet character over three lines, the fold of one with a tab. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:x\xf0\r\n \x9f\r\n\t\x98\x80y\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "x\xf0\x9f\x98\x80y");
	/* In DESCRIPTION, folded right after the lead octet. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "DESCRIPTION:\xe4\r\n \xb8\xad\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].description, "\xe4\xb8\xad");
}
END_TEST

/* A split character must still be completed by the next line, and only by a fold. */
START_TEST(test_folded_utf8_invalid)
{
	static const char a[] = CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Forum \xe4\xb8\r\nLOCATION:x\r\n"));
	static const char b[] = CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Forum \xe4\xb8\r\n Ax\r\n"));
	static const char c[] = CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Forum \xe4\r\n \xb8\r\n"));
	static const char d[] = CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Forum \xc0\r\n \xaf\r\n"));   /* overlong, split */

	parse_fails(a, strlen(a), "line 7: not valid UTF-8");
	parse_fails(b, strlen(b), "line 8: not valid UTF-8");
	parse_fails(c, strlen(c), "line 8: not valid UTF-8");
	parse_fails(d, strlen(d), "line 8: not valid UTF-8");
}
END_TEST

START_TEST(test_escapes)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:e@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:a\\, b\\; c\\\\ d\r\n"
	    "DESCRIPTION:line 1\\nline 2\\Nline 3\\, end\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "a, b; c\\ d");
	ck_assert_str_eq(cal.items[0].description, "line 1\nline 2\nline 3, end");
}
END_TEST

START_TEST(test_control_characters)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:  a\x01" "b\x7f" "c\xc2\x85" "d\te  \r\n"
	    "DESCRIPTION:x\\n\x1by\\n\\n\r\n"
	    "LOCATION:\x02\x03\r\n"))), 1);
	/* In a title (one line) controls are removed and a tab is a space; blanks at both
	 * ends go.  In a description controls become spaces. */
	ck_assert_str_eq(cal.items[0].title, "abcd e");
	ck_assert_str_eq(cal.items[0].description, "x\n y");
	/* Nothing but controls: a space, trimmed to nothing. */
	ck_assert_ptr_null(cal.items[0].location);
	/* A SUMMARY that is empty gives a placeholder title. */
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:   \r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "(untitled)");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "(untitled)");
}
END_TEST

/* Single-line fields fold line breaks to a space and lose controls and bidi overrides;
 * the description keeps its lines. */
START_TEST(test_single_line_folding)
{
	int failed = 0;
	char *c;

	ck_assert_uint_eq(parse_ok(CAL(EV("UID:f@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Line one\\nline two\\r\\n\xe2\x80\xae" "evil\xe2\x80\xac \xe2\x81\xa6" "x\xe2\x81\xa9\r\n"
	    "LOCATION:Hall\\nB\x01\r\n"
	    "ORGANIZER;CN=\"Ann\xe2\x80\xae" "B\":mailto:a@example.org\r\n"
	    "DESCRIPTION:a\\nb\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "Line one line two evil x");
	ck_assert_str_eq(cal.items[0].location, "Hall B");
	ck_assert_str_eq(cal.items[0].organiser, "AnnB");
	ck_assert_str_eq(cal.items[0].description, "a\nb");
	/* The function itself: other right-to-left text is kept (U+200F, Arabic). */
	c = ics_clean_text("\xe2\x80\x8f\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\xe2\x80\xab!\n", 100, 400, 1, &failed);
	ck_assert_str_eq(c, "\xe2\x80\x8f\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85!");
	free(c);
	c = ics_clean_text("a\xe2\x80\xaa" "b\r\nc", 100, 400, 0, &failed);
	ck_assert_str_eq(c, "a\xe2\x80\xaa" "b\nc");
	free(c);
	/* Only removed characters: nothing. */
	ck_assert_ptr_null(ics_clean_text("\xe2\x80\xae\x01\xe2\x81\xa9", 100, 400, 1, &failed));
	ck_assert_int_eq(failed, 0);
}
END_TEST

/* The pre-scan: bytes and parameters per property, folded lines joined, quotes. */
START_TEST(test_prescan)
{
	struct buf b = BUF_INIT;
	size_t i;

	ck_assert_int_eq(ics_prescan(CAL(EV("SUMMARY;LANGUAGE=en;X-A=1:a;b;c\r\n")),
	    strlen(CAL(EV("SUMMARY;LANGUAGE=en;X-A=1:a;b;c\r\n"))), 100, 2, err, sizeof(err)), 0);
	ck_assert_int_eq(ics_prescan("A;B=1;C=2;D=3:x\r\n", 17, 0, 2, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "line 1: over budget: a property with more than 2 parameters") != NULL, "%s", err);
	/* ';' and ':' inside a quoted value do not count; those of the value neither. */
	ck_assert_int_eq(ics_prescan("A;B=\";;;:\";C=2:x;y;z;w\r\n", 24, 0, 2, err, sizeof(err)), 0);
	/* Folding joins lines: the parameters and the length of one property add up. */
	ck_assert_int_eq(ics_prescan("X:1\r\nA;B=1\r\n ;C=2\r\n\t;D=3:x\r\n", 29, 0, 2, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "line 2:") != NULL, "%s", err);
	ck_assert_int_eq(ics_prescan("A:12345\r\n 6789\r\nB:1\r\n", 22, 9, 0, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "line 1: over budget: a property longer than 9 bytes") != NULL, "%s", err);
	ck_assert_int_eq(ics_prescan("A:12345\r\n 67\r\nB:1\r\n", 20, 9, 0, err, sizeof(err)), 0);
	/* Through ics_parse: refused before libical, C2C_ETOOLONG. */
	opts.max_parameters = 100;
	buf_puts(&b, CAL_HEAD "BEGIN:VEVENT\r\nUID:p@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY");
	for (i = 0; i < 20000; i++)
		buf_puts(&b, ";X-P=1");
	buf_puts(&b, ":Many\r\nEND:VEVENT\r\n" CAL_TAIL);
	ck_assert_int_eq(parse_len(b.data, b.len), C2C_ETOOLONG);
	ck_assert_msg(strstr(err, "more than 100 parameters") != NULL, "%s", err);
	buf_free(&b);
}
END_TEST

/* The occurrences of a whole file are budgeted: over it, the file is refused. */
START_TEST(test_max_occurrences)
{
	opts.max_occurrences = 10;
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n")
	    EV("UID:b@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n"))), 10);
	ck_assert_int_eq(parse_len(CAL(EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n")
	    EV("UID:b@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n")
	    EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\n")),
	    strlen(CAL(EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n")
	    EV("UID:b@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\n")
	    EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\n")))), C2C_ETOOLONG);
	ck_assert_msg(strstr(err, "over budget: more than 10 occurrences") != NULL, "%s", err);
	ck_assert_uint_eq(cal.n, 0);
}
END_TEST

/* The floor on frequency: SECONDLY and MINUTELY keep their first date; an INTERVAL that
 * reaches the floor is fine; BY* parts that recur faster are stopped at the first short
 * gap. */
START_TEST(test_min_interval)
{
	opts.min_interval = 3600;
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=SECONDLY\r\n"))), 1);
	has_warning("more often than every 3600 s (import_min_interval): only its first date kept");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=59;COUNT=5\r\n"))), 1);
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=60;COUNT=5\r\n"))), 5);
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\n"
	    "RRULE:FREQ=DAILY;BYHOUR=10;BYMINUTE=0,1,2;COUNT=9\r\n"))), 1);
	has_warning("expansion stopped there");
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:s@t\r\nDTSTART:20240701T100000Z\r\nRRULE:FREQ=HOURLY;COUNT=5\r\n"))), 5);
}
END_TEST

/* A SUMMARY over ICS_TITLE_MAX characters is cut at a character boundary. */
START_TEST(test_long_title)
{
	struct buf b = BUF_INIT;
	size_t i;

	/* 499 ASCII characters, then two-, three- and four-octet ones. */
	ck_assert_int_eq(buf_puts(&b, CAL_HEAD "BEGIN:VEVENT\r\nUID:l@t\r\n"
	    "DTSTART:20240701T100000Z\r\nSUMMARY:"), 0);
	for (i = 0; i < ICS_TITLE_MAX - 1; i++)
		ck_assert_int_eq(buf_puts(&b, "x"), 0);
	for (i = 0; i < 20; i++)
		ck_assert_int_eq(buf_puts(&b, "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80"), 0);
	ck_assert_int_eq(buf_puts(&b, "\r\nEND:VEVENT\r\n" CAL_TAIL), 0);
	ck_assert_uint_eq(parse_ok(b.data), 1);
	ck_assert_uint_eq(strlen(cal.items[0].title), ICS_TITLE_MAX - 1 + 2);
	ck_assert_int_eq(utf8_valid(cal.items[0].title, strlen(cal.items[0].title)), 1);
	ck_assert_str_eq(cal.items[0].title + ICS_TITLE_MAX - 1, "\xc3\xa9");
	buf_free(&b);

	/* 600 CJK characters: 500 kept, 1500 octets. */
	ck_assert_int_eq(buf_puts(&b, CAL_HEAD "BEGIN:VEVENT\r\nUID:l@t\r\n"
	    "DTSTART:20240701T100000Z\r\nSUMMARY:"), 0);
	for (i = 0; i < 600; i++)
		ck_assert_int_eq(buf_puts(&b, "\xe4\xb8\xad"), 0);
	ck_assert_int_eq(buf_puts(&b, "\r\nEND:VEVENT\r\n" CAL_TAIL), 0);
	ck_assert_uint_eq(parse_ok(b.data), 1);
	ck_assert_uint_eq(strlen(cal.items[0].title), 3 * ICS_TITLE_MAX);
	ck_assert_int_eq(utf8_valid(cal.items[0].title, strlen(cal.items[0].title)), 1);
	buf_free(&b);
}
END_TEST

/* DESCRIPTION is cut to ICS_DESCRIPTION_MAX octets, UID, LOCATION and ORGANIZER to their
 * characters, each at a character boundary; a negative SEQUENCE is 0. */
START_TEST(test_field_caps)
{
	struct buf b = BUF_INIT;
	const struct ics_item *it;
	size_t i;

	ck_assert_int_eq(buf_puts(&b, CAL_HEAD "BEGIN:VEVENT\r\nDTSTART:20240701T100000Z\r\n"
	    "SEQUENCE:-3\r\nUID:"), 0);
	for (i = 0; i < 300; i++)
		ck_assert_int_eq(buf_puts(&b, "u"), 0);
	ck_assert_int_eq(buf_puts(&b, "\r\nDESCRIPTION:x"), 0);
	for (i = 0; i < 30000; i++)
		ck_assert_int_eq(buf_puts(&b, "\xe4\xb8\xad"), 0);
	ck_assert_int_eq(buf_puts(&b, "\r\nLOCATION:"), 0);
	for (i = 0; i < 600; i++)
		ck_assert_int_eq(buf_puts(&b, "\xc3\xa9"), 0);
	ck_assert_int_eq(buf_puts(&b, "\r\nORGANIZER;CN="), 0);
	for (i = 0; i < 400; i++)
		ck_assert_int_eq(buf_puts(&b, "o"), 0);
	ck_assert_int_eq(buf_puts(&b, ":mailto:o@example.org\r\nEND:VEVENT\r\n" CAL_TAIL), 0);
	ck_assert_uint_eq(parse_ok(b.data), 1);
	buf_free(&b);
	it = &cal.items[0];
	ck_assert_uint_eq(strlen(it->uid), ICS_UID_MAX);
	/* 1 + 3 * 19999 = 59998 octets: the next character would pass 60000. */
	ck_assert_uint_eq(strlen(it->description), 59998);
	ck_assert_int_eq(utf8_valid(it->description, strlen(it->description)), 1);
	ck_assert_uint_eq(strlen(it->location), 2 * ICS_LOCATION_MAX);
	ck_assert_uint_eq(strlen(it->organiser), ICS_ORGANISER_MAX);
	ck_assert_int_eq(it->sequence, 0);
}
END_TEST

/* An all-day DTSTART with a timed DTEND: the end is ignored (one day). */
START_TEST(test_mixed_end)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:m@t\r\nDTSTART;VALUE=DATE:20240701\r\n"
	    "DTEND:20240703T100000Z\r\nSUMMARY:M\r\n"))), 1);
	ck_assert_int_eq(cal.items[0].all_day, 1);
	ck_assert_str_eq(cal.items[0].start, "2024-07-01 00:00:00");
	ck_assert_str_eq(cal.items[0].end, "2024-07-01 00:00:00");
}
END_TEST

/* ---- Events left out, UIDs ------------------------------------------------------------------ */

START_TEST(test_private_left_out)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:p@t\r\nDTSTART:20240701T100000Z\r\nCLASS:PRIVATE\r\nSUMMARY:Secret\r\n")
	    EV("UID:c@t\r\nDTSTART:20240701T100000Z\r\nCLASS:CONFIDENTIAL\r\nSUMMARY:Secret\r\n")
	    EV("UID:o@t\r\nDTSTART:20240701T100000Z\r\nCLASS:PUBLIC\r\nSUMMARY:Open\r\n")
	    EV("UID:n@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:Open too\r\n"))), 2);
	ck_assert_uint_eq(cal.skipped, 2);
	by_uid("o@t");
	by_uid("n@t");
	has_warning("event p@t: CLASS private or confidential");
	has_warning("event c@t: CLASS private or confidential");
}
END_TEST

START_TEST(test_no_dtstart)
{
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:nd@t\r\nDTEND:20240701T100000Z\r\nSUMMARY:No start\r\n")
	    EV("UID:ok@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:OK\r\n"))), 1);
	ck_assert_uint_eq(cal.skipped, 1);
	ck_assert_str_eq(cal.items[0].uid, "ok@t");
	has_warning("event nd@t: no DTSTART");
}
END_TEST

START_TEST(test_no_uid)
{
	static const char ics[] = CAL(
	    EV("DTSTART:20240701T100000Z\r\nSUMMARY:No UID\r\n")
	    EV("DTSTART:20240701T100000Z\r\nSUMMARY:No UID either\r\n"));
	char first[2][64];
	size_t i;

	ck_assert_uint_eq(parse_ok(ics), 2);
	for (i = 0; i < 2; i++) {
		ck_assert_ptr_nonnull(cal.items[i].uid);
		ck_assert_int_eq(strncmp(cal.items[i].uid, "c2c-no-uid-", 11), 0);
		snprintf(first[i], sizeof(first[i]), "%s", cal.items[i].uid);
	}
	/* Made of the start and title: different for different events ... */
	ck_assert_str_ne(first[0], first[1]);
	has_warning("without UID: given c2c-no-uid-");
	ck_assert_uint_eq(cal.skipped, 0);
	/* ... and the same from parse to parse. */
	ck_assert_uint_eq(parse_ok(ics), 2);
	ck_assert_str_eq(cal.items[0].uid, first[0]);
	ck_assert_str_eq(cal.items[1].uid, first[1]);
}
END_TEST

START_TEST(test_duplicate_uid)
{
	/* The higher SEQUENCE wins, whichever comes first. */
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:d@t\r\nSEQUENCE:1\r\nDTSTART:20240701T100000Z\r\nSUMMARY:Old\r\n")
	    EV("UID:d@t\r\nSEQUENCE:3\r\nDTSTART:20240702T100000Z\r\nSUMMARY:New\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "New");
	ck_assert_str_eq(cal.items[0].start, "2024-07-02 10:00:00");
	ck_assert_int_eq(cal.items[0].sequence, 3);
	ck_assert_uint_eq(cal.skipped, 1);
	has_warning("event d@t appears twice");
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:d@t\r\nSEQUENCE:3\r\nDTSTART:20240702T100000Z\r\nSUMMARY:New\r\n")
	    EV("UID:d@t\r\nSEQUENCE:1\r\nDTSTART:20240701T100000Z\r\nSUMMARY:Old\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "New");
	ck_assert_int_eq(cal.items[0].sequence, 3);
	/* Equal SEQUENCE: the later one. */
	ck_assert_uint_eq(parse_ok(CAL(
	    EV("UID:d@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:First\r\n")
	    EV("UID:d@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:Second\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].title, "Second");
}
END_TEST

/* ---- Errors and file forms ------------------------------------------------------------------ */

START_TEST(test_not_icalendar)
{
	static const char html[] = "<!DOCTYPE html>\r\n<html><head><title>Login</title></head>"
	    "<body>Please log in</body></html>\r\n";

	parse_fails(html, strlen(html), "line 1: not an iCalendar file");
	ck_assert_msg(strstr(err, "<!DOCTYPE html>") != NULL, "%s", err);
	ck_assert_uint_eq(cal.n, 0);
	/* Blank lines before it do not count as the first line. */
	parse_fails("\r\n\r\n<html>\r\n", strlen("\r\n\r\n<html>\r\n"), "line 3: not an iCalendar file");
	/* A bare VEVENT without VCALENDAR. */
	parse_fails(EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n"),
	    strlen(EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n")), "line 1: not an iCalendar file");
	/* Control characters of the first line are not echoed. */
	parse_fails("\x1b[31mred\r\n", strlen("\x1b[31mred\r\n"), "\"?[31mred\"");
}
END_TEST

START_TEST(test_empty)
{
	parse_fails("", 0, "empty");
	ck_assert_int_eq(ics_parse(NULL, 0, &opts, &cal, err, sizeof(err)), C2C_EINVAL);
	parse_fails("\r\n\r\n", 4, "empty");
	parse_fails("\xef\xbb\xbf", 3, "empty");
}
END_TEST

START_TEST(test_invalid_utf8)
{
	static const char ics[] = CAL(EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Caf\xe9 in Latin-1\r\n"));

	/* Line 4 + 3 = 7: BEGIN:VCALENDAR, VERSION, PRODID, BEGIN:VEVENT, UID, DTSTART, SUMMARY. */
	parse_fails(ics, strlen(ics), "line 7: not valid UTF-8");
	/* An overlong form and a surrogate. */
	parse_fails(CAL("X-A:\xc0\xaf\r\n"), strlen(CAL("X-A:\xc0\xaf\r\n")), "line 4:");
	parse_fails(CAL("X-A:\xed\xa0\x80\r\n"), strlen(CAL("X-A:\xed\xa0\x80\r\n")), "line 4:");
}
END_TEST

START_TEST(test_nul_byte)
{
	static const char ics[] = CAL(EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:a\0b\r\n"));

	parse_fails(ics, sizeof(ics) - 1, "line 7: not valid UTF-8");
	ck_assert_msg(strstr(err, "NUL") != NULL, "%s", err);
}
END_TEST

START_TEST(test_truncated)
{
	static const char ev[] = CAL_HEAD "BEGIN:VEVENT\r\nUID:x@t\r\nDTSTART:20240701T100000Z\r\n"
	    "SUMMARY:Cut";
	static const char cl[] = CAL_HEAD EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n");

	parse_fails(ev, strlen(ev), "truncated");
	ck_assert_msg(strstr(err, "BEGIN:VEVENT of line 4") != NULL, "%s", err);
	parse_fails(cl, strlen(cl), "truncated");
	ck_assert_msg(strstr(err, "BEGIN:VCALENDAR of line 1") != NULL, "%s", err);
	ck_assert_msg(strstr(err, "END:VCALENDAR missing") != NULL, "%s", err);
}
END_TEST

START_TEST(test_misnested)
{
	static const char a[] = CAL_HEAD "BEGIN:VEVENT\r\nUID:x@t\r\nDTSTART:20240701T100000Z\r\n"
	    CAL_TAIL;
	static const char b[] = CAL(EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n")) "END:VEVENT\r\n";

	parse_fails(a, strlen(a), "line 7: END:VCALENDAR does not close BEGIN:VEVENT");
	parse_fails(b, strlen(b), "line 9: END:VEVENT does not close anything");
}
END_TEST

START_TEST(test_line_endings)
{
	static const char lf[] = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\n"
	    "UID:lf@t\nDTSTART:20240701T100000Z\nSUMMARY:LF\nEND:VEVENT\nEND:VCALENDAR\n";
	static const char crbad[] = "BEGIN:VCALENDAR\rVERSION:2.0\rX-A:\xff\rEND:VCALENDAR\r";

	ck_assert_uint_eq(parse_ok(lf), 1);
	ck_assert_str_eq(cal.items[0].title, "LF");
	/* CR alone (old Mac, Lotus Notes), with a folded line. */
	ck_assert_uint_eq(parse_ok("BEGIN:VCALENDAR\rVERSION:2.0\rPRODID:-//t//EN\rBEGIN:VEVENT\r"
	    "UID:cr@t\rDTSTART:20240701T100000Z\rSUMMARY:CR\r only\rEND:VEVENT\rEND:VCALENDAR\r"), 1);
	ck_assert_str_eq(cal.items[0].uid, "cr@t");
	ck_assert_str_eq(cal.items[0].title, "CRonly");
	ck_assert_str_eq(cal.items[0].start, "2024-07-01 10:00:00");
	/* Errors in a CR-only file still name the line. */
	parse_fails(crbad, strlen(crbad), "line 3: not valid UTF-8");
	/* No final line end at all. */
	ck_assert_uint_eq(parse_ok(CAL_HEAD EV("UID:x@t\r\nDTSTART:20240701T100000Z\r\n")
	    "END:VCALENDAR"), 1);
}
END_TEST

START_TEST(test_bom)
{
	ck_assert_uint_eq(parse_ok("\xef\xbb\xbf" CAL(EV("UID:bom@t\r\n"
	    "DTSTART:20240701T100000Z\r\nSUMMARY:BOM\r\n"))), 1);
	ck_assert_str_eq(cal.items[0].uid, "bom@t");
	ck_assert_str_eq(cal.items[0].title, "BOM");
}
END_TEST

START_TEST(test_two_calendars)
{
	ck_assert_uint_eq(parse_ok(
	    CAL_HEAD "X-WR-CALNAME:First\r\n" EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:A\r\n")
	    CAL_TAIL
	    CAL(EV("UID:b@t\r\nDTSTART:20240702T100000Z\r\nSUMMARY:B\r\n"))), 2);
	ck_assert_str_eq(by_uid("a@t")->title, "A");
	ck_assert_str_eq(by_uid("b@t")->start, "2024-07-02 10:00:00");
	ck_assert_str_eq(cal.name, "First");
}
END_TEST

START_TEST(test_no_events)
{
	ck_assert_uint_eq(parse_ok(CAL("")), 0);
	ck_assert_ptr_null(cal.name);
	ck_assert_int_eq(cal.refresh_seconds, 0);
	ck_assert_uint_eq(cal.skipped, 0);
	ck_assert_uint_eq(cal.nwarnings, 0);
}
END_TEST

/* Alarms inside events are nested components, not events. */
START_TEST(test_valarm)
{
	ck_assert_uint_eq(parse_ok(CAL(EV("UID:a@t\r\nDTSTART:20240701T100000Z\r\nSUMMARY:A\r\n"
	    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\n"
	    "END:VALARM\r\n"))), 1);
	ck_assert_ptr_null(cal.items[0].description);
}
END_TEST

/* ---- Calendar properties --------------------------------------------------------------------- */

START_TEST(test_calendar_props)
{
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-WR-CALNAME:Stadt Bonn \xe2\x80\x93 Termine\r\n"
	    "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" CAL_TAIL), 0);
	ck_assert_str_eq(cal.name, "Stadt Bonn \xe2\x80\x93 Termine");
	ck_assert_int_eq(cal.refresh_seconds, 43200);
	ck_assert_uint_eq(parse_ok(CAL_HEAD "NAME:Events\r\nX-PUBLISHED-TTL:P1D\r\n" CAL_TAIL), 0);
	ck_assert_str_eq(cal.name, "Events");
	ck_assert_int_eq(cal.refresh_seconds, 86400);
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-PUBLISHED-TTL:PT1H\r\n" CAL_TAIL), 0);
	ck_assert_int_eq(cal.refresh_seconds, 3600);
	ck_assert_ptr_null(cal.name);
	/* Unreadable or negative: none. */
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-PUBLISHED-TTL:soon\r\n" CAL_TAIL), 0);
	ck_assert_int_eq(cal.refresh_seconds, 0);
	ck_assert_uint_eq(parse_ok(CAL_HEAD "X-PUBLISHED-TTL:-PT1H\r\n" CAL_TAIL), 0);
	ck_assert_int_eq(cal.refresh_seconds, 0);
}
END_TEST

/* ---- Zone tables ------------------------------------------------------------------------------ */

START_TEST(test_windows_zone_names)
{
	ck_assert_str_eq(ics_windows_zone("W. Europe Standard Time"), "Europe/Berlin");
	ck_assert_str_eq(ics_windows_zone("China Standard Time"), "Asia/Shanghai");
	ck_assert_str_eq(ics_windows_zone("GMT Standard Time"), "Europe/London");
	ck_assert_str_eq(ics_windows_zone("Romance Standard Time"), "Europe/Paris");
	ck_assert_str_eq(ics_windows_zone("Tokyo Standard Time"), "Asia/Tokyo");
	ck_assert_str_eq(ics_windows_zone("w. europe standard time"), "Europe/Berlin");
	ck_assert_str_eq(ics_windows_zone("CHINA STANDARD TIME"), "Asia/Shanghai");
	ck_assert_str_eq(ics_windows_zone("aus eastern standard time"), "Australia/Sydney");
	ck_assert_ptr_null(ics_windows_zone("Europe/Berlin"));
	ck_assert_ptr_null(ics_windows_zone("W. Europe Standard"));
	ck_assert_ptr_null(ics_windows_zone("W. Europe Standard Time "));
	ck_assert_ptr_null(ics_windows_zone(""));
	ck_assert_ptr_null(ics_windows_zone("Mars Standard Time"));
}
END_TEST

/* Every entry of lib/winzone.c's table (walked with ics_windows_zone_at): each name is
 * found by ics_windows_zone (so the table is sorted as bsearch needs) and each IANA zone,
 * but for the Etc/ and UTC ones, is known to libical. */
START_TEST(test_windows_zone_table)
{
	const char *w, *iana, *prev = NULL;
	size_t i, tested = 0;

	for (i = 0; (w = ics_windows_zone_at(i, &iana)) != NULL; i++) {
		const char *got = ics_windows_zone(w);
		ck_assert_msg(got != NULL && strcmp(got, iana) == 0, "%s -> %s, not %s", w,
		    got ? got : "NULL", iana);
		ck_assert_msg(prev == NULL || strcasecmp(prev, w) < 0, "%s not after %s", w, prev);
		prev = w;
		if (strncmp(iana, "Etc/", 4) == 0 || strcmp(iana, "UTC") == 0)
			continue;
		ck_assert_msg(ics_zone_known(iana), "%s (for %s) is not known to libical", iana, w);
		tested++;
	}
	ck_assert_uint_gt(i, 130);
	ck_assert_uint_gt(tested, 120);
}
END_TEST

START_TEST(test_zone_known)
{
	ck_assert_int_eq(ics_zone_known("Europe/Berlin"), 1);
	ck_assert_int_eq(ics_zone_known("Asia/Shanghai"), 1);
	ck_assert_int_eq(ics_zone_known("America/Argentina/Buenos_Aires"), 1);
	ck_assert_int_eq(ics_zone_known("Nowhere/City"), 0);
	ck_assert_int_eq(ics_zone_known("../etc/passwd"), 0);
	ck_assert_int_eq(ics_zone_known("/etc/passwd"), 0);
	ck_assert_int_eq(ics_zone_known("Europe/../../etc/passwd"), 0);
	ck_assert_int_eq(ics_zone_known("UTC"), 0);   /* a zone name has a '/' */
	ck_assert_int_eq(ics_zone_known(""), 0);
	ck_assert_int_eq(ics_zone_known(NULL), 0);
	ck_assert_int_eq(ics_zone_known("W. Europe Standard Time"), 0);
}
END_TEST

Suite *
ics_parse_suite(void)
{
	Suite *s = suite_create("ics_parse");
	TCase *tc = tcase_create("zones");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_berlin_dst);
	tcase_add_test(tc, test_shanghai);
	tcase_add_test(tc, test_utc);
	tcase_add_test(tc, test_end_other_zone);
	tcase_add_test(tc, test_floating_default);
	tcase_add_test(tc, test_floating_x_wr_timezone);
	tcase_add_test(tc, test_windows_zone_without_vtimezone);
	tcase_add_test(tc, test_windows_zone_with_vtimezone);
	tcase_add_test(tc, test_vendor_prefixed_tzid);
	tcase_add_test(tc, test_zone_path_forms_canonical);
	tcase_add_test(tc, test_unknown_zone_with_vtimezone);
	tcase_add_test(tc, test_file_zone_with_location);
	tcase_add_test(tc, test_unknown_zone_without_vtimezone);
	suite_add_tcase(s, tc);

	tc = tcase_create("all day");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_all_day);
	tcase_add_test(tc, test_timed_duration);
	suite_add_tcase(s, tc);

	tc = tcase_create("recurrence");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_weekly_count);
	tcase_add_test(tc, test_exdate_rdate_override);
	tcase_add_test(tc, test_zoned_exdate_override);
	tcase_add_test(tc, test_other_zone_ids_until);
	tcase_add_test(tc, test_rdate_only);
	tcase_add_test(tc, test_orphan_override);
	tcase_add_test(tc, test_all_day_recurring);
	tcase_add_test(tc, test_weekly_across_dst);
	tcase_add_test(tc, test_window);
	tcase_add_test(tc, test_max_instances);
	tcase_add_test(tc, test_dense_rule_bounded);
	tcase_add_test(tc, test_max_occurrences);
	tcase_add_test(tc, test_min_interval);
	tcase_add_test(tc, test_dates_out_of_range);
	suite_add_tcase(s, tc);

	tc = tcase_create("fields");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_status_sequence);
	tcase_add_test(tc, test_url);
	tcase_add_test(tc, test_location_categories_organiser);
	tcase_add_test(tc, test_cjk);
	tcase_add_test(tc, test_folded);
	tcase_add_test(tc, test_folded_inside_utf8);
	tcase_add_test(tc, test_folded_utf8_invalid);
	tcase_add_test(tc, test_escapes);
	tcase_add_test(tc, test_control_characters);
	tcase_add_test(tc, test_single_line_folding);
	tcase_add_test(tc, test_long_title);
	tcase_add_test(tc, test_field_caps);
	tcase_add_test(tc, test_mixed_end);
	suite_add_tcase(s, tc);

	tc = tcase_create("left out");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_private_left_out);
	tcase_add_test(tc, test_no_dtstart);
	tcase_add_test(tc, test_no_uid);
	tcase_add_test(tc, test_duplicate_uid);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_not_icalendar);
	tcase_add_test(tc, test_prescan);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_nul_byte);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_misnested);
	tcase_add_test(tc, test_line_endings);
	tcase_add_test(tc, test_bom);
	tcase_add_test(tc, test_two_calendars);
	tcase_add_test(tc, test_no_events);
	tcase_add_test(tc, test_valarm);
	tcase_add_test(tc, test_calendar_props);
	suite_add_tcase(s, tc);

	tc = tcase_create("zone tables");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_windows_zone_names);
	tcase_add_test(tc, test_windows_zone_table);
	tcase_add_test(tc, test_zone_known);
	suite_add_tcase(s, tc);
	return s;
}

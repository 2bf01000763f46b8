/* test_ics.c: the iCalendar writer (ics_write): line format, times and zones, escaping,
 * errors, determinism, threads, and a round trip through libical's parser. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "ics.h"
#include "suites.h"
#include "utf8.h"

static struct buf out = BUF_INIT;

static void
teardown(void)
{
	buf_free(&out);
}

/* A valid timed UTC event; tests change what they test. */
static struct ics_event
base(void)
{
	struct ics_event e;

	memset(&e, 0, sizeof(e));
	e.uid = "event-1@c2c";
	e.summary = "Partnership meeting";
	e.status = "confirmed";
	e.sequence = 1;
	e.dtstamp = "2024-06-01 08:09:10";
	e.start = "2024-07-01 12:00:00";
	e.end = "2024-07-01 13:30:00";
	return e;
}

/* Fails unless s[0..len) is well-formed iCalendar text: valid UTF-8, every line ends in
 * CRLF, no bare CR or LF, no line over 75 octets, and every physical line is valid UTF-8
 * on its own (so no fold splits a character). */
static void
check_lines(const char *s, size_t len)
{
	size_t i = 0;

	ck_assert_msg(utf8_valid(s, len), "output is not valid UTF-8");
	ck_assert_msg(len >= 2 && s[len - 2] == '\r' && s[len - 1] == '\n', "no final CRLF");
	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t l;
		ck_assert_msg(nl != NULL, "line without LF at %zu", i);
		l = (size_t)(nl - (s + i));
		ck_assert_msg(l >= 1 && s[i + l - 1] == '\r', "LF without CR at %zu", i + l);
		l--;
		ck_assert_msg(memchr(s + i, '\r', l) == NULL, "bare CR in line at %zu", i);
		ck_assert_msg(l <= 75, "line of %zu octets at %zu: %.*s", l, i, (int)l, s + i);
		ck_assert_msg(utf8_valid(s + i, l), "fold splits a UTF-8 sequence at %zu", i);
		ck_assert_msg(l > 0, "empty line at %zu", i);
		/* A continuation line holds more than its space (libical's whitespace-only lines). */
		ck_assert_msg(!(s[i] == ' ' && l == 1), "whitespace-only continuation at %zu", i);
		i += l + 2;
	}
}

/* ics_write into a fresh out, checked; returns out.data. */
static const char *
write_n(const char *name, const struct ics_event *ev, size_t n)
{
	buf_reset(&out);
	ck_assert_int_eq(ics_write(&out, name, ev, n), C2C_OK);
	ck_assert_ptr_nonnull(out.data);
	check_lines(out.data, out.len);
	return out.data;
}

static const char *
write1(const struct ics_event *e)
{
	return write_n("c2c events", e, 1);
}

/* The unfolded text of s, lines still ending in CRLF (malloc'd). */
static char *
unfold(const char *s)
{
	char *u = malloc(strlen(s) + 1), *w = u;

	ck_assert_ptr_nonnull(u);
	while (*s != '\0') {
		if (s[0] == '\r' && s[1] == '\n' && (s[2] == ' ' || s[2] == '\t')) {
			s += 3;
			continue;
		}
		*w++ = *s++;
	}
	*w = '\0';
	return u;
}

/* How many content lines of s are exactly line. */
static int
count_line(const char *s, const char *line)
{
	char *u = unfold(s), *p;
	size_t n = strlen(line);
	int count = 0;

	for (p = u; (p = strstr(p, line)) != NULL; p += n)
		if ((p == u || p[-1] == '\n') && p[n] == '\r' && p[n + 1] == '\n')
			count++;
	free(u);
	return count;
}

/* How many content lines of s start with prefix. */
static int
count_prefix(const char *s, const char *prefix)
{
	char *u = unfold(s), *p;
	size_t n = strlen(prefix);
	int count = 0;

	for (p = u; (p = strstr(p, prefix)) != NULL; p += n)
		if (p == u || p[-1] == '\n')
			count++;
	free(u);
	return count;
}

#define HAS(s, line) ck_assert_msg(count_line((s), (line)) == 1, "want one line %s in:\n%s", (line), (s))
#define HASNT(s, prefix) ck_assert_msg(count_prefix((s), (prefix)) == 0, "unwanted %s in:\n%s", (prefix), (s))

/* ---- Calendar and event basics -------------------------------------------------------- */

START_TEST(test_header)
{
	struct ics_event e = base();
	const char *s = write1(&e);

	static const char head[] = "BEGIN:VCALENDAR\r\nPRODID:-//c2c//c2c " C2C_VERSION "//EN\r\n"
	    "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:c2c events\r\n"
	    "BEGIN:VEVENT\r\nUID:event-1@c2c\r\n";

	ck_assert_msg(strncmp(s, head, sizeof(head) - 1) == 0, "%s", s);
	ck_assert_int_eq((int)strlen(s), (int)out.len);
	ck_assert_str_eq(s + out.len - 15, "END:VCALENDAR\r\n");
	HAS(s, "DTSTAMP:20240601T080910Z");
	HAS(s, "SUMMARY:Partnership meeting");
	HAS(s, "STATUS:CONFIRMED");
	HAS(s, "SEQUENCE:1");
	HAS(s, "END:VEVENT");
	HASNT(s, "BEGIN:VTIMEZONE");
}
END_TEST

START_TEST(test_no_name_no_events)
{
	const char *s = write_n(NULL, NULL, 0);

	ck_assert_str_eq(s, "BEGIN:VCALENDAR\r\nPRODID:-//c2c//c2c " C2C_VERSION "//EN\r\n"
	    "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}
END_TEST

START_TEST(test_appends)
{
	struct ics_event e = base();
	struct buf b = BUF_INIT;

	ck_assert_int_eq(buf_puts(&b, "prefix;"), 0);
	ck_assert_int_eq(ics_write(&b, "x", &e, 1), C2C_OK);
	ck_assert_int_eq(strncmp(b.data, "prefix;BEGIN:VCALENDAR\r\n", 24), 0);
	buf_free(&b);
}
END_TEST

START_TEST(test_timed_utc)
{
	struct ics_event e = base();
	const char *s = write1(&e);

	HAS(s, "DTSTART:20240701T120000Z");
	HAS(s, "DTEND:20240701T133000Z");
	HASNT(s, "BEGIN:VTIMEZONE");
	HASNT(s, "DTSTART;");

	/* No end, and an end equal to the start, give no DTEND (it must be later). */
	e.end = NULL;
	s = write1(&e);
	HASNT(s, "DTEND");
	e.end = e.start;
	s = write1(&e);
	HASNT(s, "DTEND");

	/* "UTC" as the zone is the same as none. */
	e.end = "2024-07-01 13:30:00";
	e.tzid = "UTC";
	s = write1(&e);
	HAS(s, "DTSTART:20240701T120000Z");
	HASNT(s, "BEGIN:VTIMEZONE");
}
END_TEST

START_TEST(test_all_day)
{
	struct ics_event e = base();
	const char *s;

	e.all_day = 1;
	e.start = "2024-03-15 00:00:00";
	e.end = "2024-03-17 00:00:00";
	s = write1(&e);
	HAS(s, "DTSTART;VALUE=DATE:20240315");
	/* DTEND is exclusive: the day after the last day. */
	HAS(s, "DTEND;VALUE=DATE:20240318");

	e.end = NULL;
	s = write1(&e);
	HAS(s, "DTSTART;VALUE=DATE:20240315");
	HASNT(s, "DTEND");

	e.end = e.start;
	s = write1(&e);
	HAS(s, "DTEND;VALUE=DATE:20240316");

	e.start = "2024-02-28 00:00:00";
	e.end = "2024-02-29 00:00:00";
	s = write1(&e);
	HAS(s, "DTEND;VALUE=DATE:20240301");

	e.start = e.end = "2024-12-31 00:00:00";
	s = write1(&e);
	HAS(s, "DTSTART;VALUE=DATE:20241231");
	HAS(s, "DTEND;VALUE=DATE:20250101");

	/* A zone changes nothing for DATE values, and needs no VTIMEZONE. */
	e.tzid = "Asia/Shanghai";
	s = write1(&e);
	HAS(s, "DTSTART;VALUE=DATE:20241231");
	HASNT(s, "BEGIN:VTIMEZONE");
	HASNT(s, "DTSTART;TZID");
}
END_TEST

/* ---- Zones ------------------------------------------------------------------------------ */

START_TEST(test_berlin_summer)
{
	struct ics_event e = base();
	const char *s;

	e.tzid = "Europe/Berlin";
	s = write1(&e);
	/* CEST is UTC+2. */
	HAS(s, "DTSTART;TZID=Europe/Berlin:20240701T140000");
	HAS(s, "DTEND;TZID=Europe/Berlin:20240701T153000");
	HAS(s, "BEGIN:VTIMEZONE");
	HAS(s, "TZID:Europe/Berlin");
	ck_assert_msg(strstr(s, "freeassociation") == NULL, "libical's TZID prefix leaked");
	ck_assert_int_gt(count_line(s, "TZOFFSETTO:+0200"), 0);
	ck_assert_int_gt(count_line(s, "TZOFFSETTO:+0100"), 0);
	/* DTSTAMP stays in UTC. */
	HAS(s, "DTSTAMP:20240601T080910Z");
}
END_TEST

START_TEST(test_berlin_winter)
{
	struct ics_event e = base();
	const char *s;

	e.tzid = "Europe/Berlin";
	e.start = "2024-01-15 12:00:00";
	e.end = "2024-01-15 23:30:00";
	s = write1(&e);
	/* CET is UTC+1; the end crosses midnight local time. */
	HAS(s, "DTSTART;TZID=Europe/Berlin:20240115T130000");
	HAS(s, "DTEND;TZID=Europe/Berlin:20240116T003000");

	/* Either side of the spring change (2024-03-31 01:00 UTC). */
	e.start = "2024-03-31 00:59:59";
	e.end = "2024-03-31 01:00:00";
	s = write1(&e);
	HAS(s, "DTSTART;TZID=Europe/Berlin:20240331T015959");
	HAS(s, "DTEND;TZID=Europe/Berlin:20240331T030000");

	/* The autumn change (2024-10-27 01:00 UTC) repeats 02:00-03:00 local; readers disagree
	 * on which pass such a local time means, so both passes are written in UTC. */
	e.start = "2024-10-26 23:59:59";
	e.end = "2024-10-27 00:00:00";
	s = write1(&e);
	HAS(s, "DTSTART;TZID=Europe/Berlin:20241027T015959");
	HAS(s, "DTEND:20241027T000000Z");
	e.start = "2024-10-27 00:59:59";
	e.end = "2024-10-27 01:59:59";
	s = write1(&e);
	HAS(s, "DTSTART:20241027T005959Z");
	HAS(s, "DTEND:20241027T015959Z");
	e.start = "2024-10-27 01:00:00";
	e.end = "2024-10-27 02:00:00";
	s = write1(&e);
	HAS(s, "DTSTART:20241027T010000Z");
	HAS(s, "DTEND;TZID=Europe/Berlin:20241027T030000");
	/* Only UTC times: no VTIMEZONE without a TZID using it. */
	e.end = NULL;
	s = write1(&e);
	HAS(s, "DTSTART:20241027T010000Z");
	HASNT(s, "BEGIN:VTIMEZONE");
}
END_TEST

START_TEST(test_shanghai)
{
	struct ics_event e = base();
	const char *s;

	e.tzid = "Asia/Shanghai";
	s = write1(&e);
	HAS(s, "DTSTART;TZID=Asia/Shanghai:20240701T200000");
	HAS(s, "TZID:Asia/Shanghai");
	/* No DST: the same offset in winter, and no DAYLIGHT observance. */
	HASNT(s, "BEGIN:DAYLIGHT");
	ck_assert_int_gt(count_line(s, "TZOFFSETTO:+0800"), 0);
	e.start = "2024-01-15 12:00:00";
	e.end = NULL;
	s = write1(&e);
	HAS(s, "DTSTART;TZID=Asia/Shanghai:20240115T200000");
}
END_TEST

START_TEST(test_one_vtimezone_per_zone)
{
	struct ics_event e[4];
	const char *s, *b, *sh;

	e[0] = e[1] = e[2] = e[3] = base();
	e[0].tzid = "Europe/Berlin";
	e[1].tzid = "Asia/Shanghai";
	e[2].tzid = "Europe/Berlin";
	e[2].start = "2023-12-01 10:00:00";
	e[2].end = NULL;
	e[3].tzid = NULL;
	s = write_n("zones", e, 4);
	ck_assert_int_eq(count_line(s, "BEGIN:VTIMEZONE"), 2);
	HAS(s, "TZID:Europe/Berlin");
	HAS(s, "TZID:Asia/Shanghai");
	/* In order of first use, before the events. */
	b = strstr(s, "TZID:Europe/Berlin");
	sh = strstr(s, "TZID:Asia/Shanghai");
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_nonnull(sh);
	ck_assert(b < sh);
	ck_assert(sh < strstr(s, "BEGIN:VEVENT"));
	ck_assert_int_eq(count_line(s, "BEGIN:VEVENT"), 4);
}
END_TEST

/* ---- Status, recurrence ----------------------------------------------------------------- */

START_TEST(test_status)
{
	struct ics_event e = base();
	const char *s;

	e.status = "cancelled";
	e.sequence = 3;
	s = write1(&e);
	HAS(s, "STATUS:CANCELLED");
	HAS(s, "SEQUENCE:3");
	e.status = "tentative";
	s = write1(&e);
	HAS(s, "STATUS:TENTATIVE");
	e.status = "CONFIRMED";
	s = write1(&e);
	HAS(s, "STATUS:CONFIRMED");
	e.status = NULL;
	e.sequence = 0;
	s = write1(&e);
	HASNT(s, "STATUS");
	HAS(s, "SEQUENCE:0");
}
END_TEST

START_TEST(test_recurrence_tz)
{
	struct ics_event e = base();
	const char *s;

	e.tzid = "Europe/Berlin";
	e.rrule = "FREQ=WEEKLY;COUNT=5";
	e.exdates = "20240708T120000Z";
	e.rdates = "20240720T090000Z,20241230T090000Z";
	s = write1(&e);
	HAS(s, "RRULE:FREQ=WEEKLY;COUNT=5");
	HAS(s, "EXDATE;TZID=Europe/Berlin:20240708T140000");
	HAS(s, "RDATE;TZID=Europe/Berlin:20240720T110000");
	/* The winter RDATE in CET. */
	HAS(s, "RDATE;TZID=Europe/Berlin:20241230T100000");
}
END_TEST

START_TEST(test_recurrence_utc_and_all_day)
{
	struct ics_event e = base();
	const char *s;

	e.rrule = "FREQ=DAILY;UNTIL=20240710T000000";
	e.exdates = "20240702T120000Z,20240703T120000Z";
	s = write1(&e);
	/* A floating UNTIL is taken as UTC. */
	HAS(s, "RRULE:FREQ=DAILY;UNTIL=20240710T000000Z");
	HAS(s, "EXDATE:20240702T120000Z");
	HAS(s, "EXDATE:20240703T120000Z");

	e.all_day = 1;
	e.start = "2024-07-01 00:00:00";
	e.end = NULL;
	e.rrule = "FREQ=DAILY;UNTIL=20240710T000000Z";
	e.exdates = "20240702T000000Z";
	e.rdates = "20240801T000000Z";
	s = write1(&e);
	/* All-day: UNTIL, EXDATE and RDATE become DATEs. */
	HAS(s, "RRULE:FREQ=DAILY;UNTIL=20240710");
	HAS(s, "EXDATE;VALUE=DATE:20240702");
	HAS(s, "RDATE;VALUE=DATE:20240801");

	/* A DATE UNTIL on a timed event: through the end of that local day. */
	e.all_day = 0;
	e.tzid = "Europe/Berlin";
	e.rrule = "FREQ=DAILY;UNTIL=20240710";
	e.exdates = e.rdates = "";
	s = write1(&e);
	HAS(s, "RRULE:FREQ=DAILY;UNTIL=20240710T215959Z");
	HASNT(s, "EXDATE");
	HASNT(s, "RDATE");
}
END_TEST

/* ---- Text ------------------------------------------------------------------------------- */

/* "中文" repeated: 3 octets per character. */
static const char cjk[] =
    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87"
    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87"
    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87"
    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87";

START_TEST(test_cjk_folded)
{
	struct ics_event e = base();
	char summary[400], *u, *want;
	const char *s;
	size_t pad;

	/* Every alignment of the characters against the 75-octet boundary, plus 4-octet ones. */
	for (pad = 0; pad < 80; pad++) {
		memset(summary, 'a', pad);
		memcpy(summary + pad, cjk, sizeof(cjk) - 1);
		strcpy(summary + pad + sizeof(cjk) - 1, "\xf0\x9f\x98\x80\xf0\x9f\x98\x80 end");
		e.summary = summary;
		e.description = summary;
		e.location = summary;
		s = write1(&e);  /* checks every line */
		ck_assert_msg(strstr(s, "\r\n ") != NULL, "pad %zu: nothing folded", pad);
		u = unfold(s);
		want = malloc(strlen(summary) + 16);
		ck_assert_ptr_nonnull(want);
		strcpy(want, "\r\nSUMMARY:");
		strcat(want, summary);
		strcat(want, "\r\n");
		ck_assert_msg(strstr(u, want) != NULL, "pad %zu: summary lost", pad);
		free(want);
		free(u);
	}
}
END_TEST

START_TEST(test_fold_tails)
{
	struct ics_event e = base();
	char d[300];
	size_t len;

	/* libical 3.0 splits CR from LF when a folded tail is 73 octets, and leaves a
	 * whitespace-only line at 74: every tail length, ASCII without break characters. */
	for (len = 60; len < 240; len++) {
		memset(d, 'x', len);
		d[len] = '\0';
		e.description = d;
		e.summary = d;
		(void)write1(&e);  /* checks every line */
		ck_assert_int_eq(count_line(out.data, "END:VEVENT"), 1);
	}
}
END_TEST

START_TEST(test_escaping)
{
	static const char *const cats[] = { "Berlin, Mitte", "a;b", "back\\slash", "", "plain", NULL };
	struct ics_event e = base();
	const char *s;

	e.summary = "a,b;c\\d\ne";
	e.description = "line1\r\nline2\rline3\nline4\ttab";
	e.location = "Rathaus; Saal 2, 1. OG";
	e.organiser = "Verein \"K\xc3\xb6ln\", ^n e.V.";
	e.categories = cats;
	s = write_n("Events; Berlin, 2024", &e, 1);
	HAS(s, "SUMMARY:a\\,b\\;c\\\\d\\ne");
	/* CR LF and lone CR are line breaks too; a tab stays. */
	HAS(s, "DESCRIPTION:line1\\nline2\\nline3\\nline4\ttab");
	HAS(s, "LOCATION:Rathaus\\; Saal 2\\, 1. OG");
	/* One CATEGORIES per name, commas inside a name escaped; empty names skipped. */
	HAS(s, "CATEGORIES:Berlin\\, Mitte");
	HAS(s, "CATEGORIES:a\\;b");
	HAS(s, "CATEGORIES:back\\\\slash");
	HAS(s, "CATEGORIES:plain");
	ck_assert_int_eq(count_prefix(s, "CATEGORIES"), 4);
	HAS(s, "X-WR-CALNAME:Events\\; Berlin\\, 2024");
	/* RFC 6868 in the parameter: ^' for ", ^^ for ^. */
	HAS(s, "ORGANIZER;CN=\"Verein ^'K\xc3\xb6ln^', ^^n e.V.\":mailto:noreply@invalid");
}
END_TEST

START_TEST(test_organizer_fallback)
{
	struct ics_event e = base();
	const char *s;

	e.organiser = "Partnerschaftsverein";
	s = write1(&e);
	HAS(s, "ORGANIZER;CN=Partnerschaftsverein:mailto:noreply@invalid");
	e.organiser = NULL;
	s = write1(&e);
	HAS(s, "ORGANIZER;CN=c2c events:mailto:noreply@invalid");
	s = write_n(NULL, &e, 1);
	HAS(s, "ORGANIZER:mailto:noreply@invalid");
}
END_TEST

START_TEST(test_url)
{
	struct ics_event e = base();
	const char *s;

	e.url = "https://example.org/events/42?a=1&b=x,y;z#top";
	s = write1(&e);
	HAS(s, "URL:https://example.org/events/42?a=1&b=x,y;z#top");
	e.url = "https://de.example.org/K\xc3\xb6ln a\"b%zz%20<x>";
	s = write1(&e);
	HAS(s, "URL:https://de.example.org/K%C3%B6ln%20a%22b%25zz%20%3Cx%3E");
	e.url = "";
	s = write1(&e);
	HASNT(s, "URL");
}
END_TEST

/* ---- Determinism, errors, threads ------------------------------------------------------- */

static const char *const det_cats[] = { "Kultur", "Sport", NULL };

static void
det_events(struct ics_event e[3])
{
	e[0] = e[1] = e[2] = base();
	e[0].tzid = "Europe/Berlin";
	e[0].rrule = "FREQ=MONTHLY;BYDAY=1MO;COUNT=12";
	e[0].exdates = "20240805T120000Z";
	e[0].categories = det_cats;
	e[1].tzid = "Asia/Shanghai";
	e[1].summary = cjk;
	e[1].uid = "event-2@c2c";
	e[2].all_day = 1;
	e[2].start = "2024-09-01 00:00:00";
	e[2].end = "2024-09-03 00:00:00";
	e[2].uid = "event-3@c2c";
}

START_TEST(test_deterministic)
{
	struct ics_event e[3];
	char *first;

	det_events(e);
	first = strdup(write_n("det", e, 3));
	ck_assert_ptr_nonnull(first);
	ck_assert_str_eq(write_n("det", e, 3), first);
	/* Loading other zones in between changes nothing. */
	e[0].tzid = "America/New_York";
	(void)write_n("det", e, 3);
	e[0].tzid = "Europe/Berlin";
	ck_assert_str_eq(write_n("det", e, 3), first);
	free(first);
}
END_TEST

static const struct {
	const char *field;
	const char *value;
} bad_cases[] = {
	{ "start", NULL },
	{ "start", "" },
	{ "start", "2024-07-01T12:00:00" },
	{ "start", "2024-07-01 12:00" },
	{ "start", "2024-7-01 12:00:00" },
	{ "start", "2024-13-01 12:00:00" },
	{ "start", "2024-00-01 12:00:00" },
	{ "start", "2023-02-29 12:00:00" },
	{ "start", "2024-04-31 12:00:00" },
	{ "start", "2024-07-01 24:00:00" },
	{ "start", "2024-07-01 12:60:00" },
	{ "start", "2024-07-01 12:00:60" },
	{ "start", "2024-07-01 12:00:00Z" },
	{ "start", "2024-07-0a 12:00:00" },
	{ "start", "0000-07-01 12:00:00" },
	{ "end", "2024-07-01 11:59:59" },
	{ "end", "garbage" },
	{ "dtstamp", NULL },
	{ "dtstamp", "2024-06-01" },
	{ "uid", NULL },
	{ "uid", "" },
	{ "uid", "bad\xff" },
	{ "summary", NULL },
	{ "summary", "" },
	{ "summary", "caf\xc3" },
	{ "summary", "bell\x07" },
	{ "summary", "nel\xc2\x85" },
	{ "description", "\xed\xa0\x80surrogate" },
	{ "location", "\xc0\xafoverlong" },
	{ "organiser", "\xfe" },
	{ "url", "https://x/\xff" },
	{ "status", "postponed" },
	{ "status", "" },
	{ "tzid", "Mars/Olympus_Mons" },
	{ "tzid", "Europe/Berlim" },
	{ "tzid", "../../../etc/passwd" },
	{ "tzid", "/usr/share/zoneinfo/Europe/Berlin" },
	{ "tzid", "Europe//Berlin" },
	{ "tzid", "Europe/" },
	{ "tzid", "Europe" },
	{ "tzid", "right/Europe/Berlin" },
	{ "tzid", "Europe/Berlin " },
	{ "tzid", "" },
	{ "rrule", "FREQ=SOMETIMES" },
	{ "rrule", "COUNT=5" },
	{ "rrule", "FREQ=WEEKLY;BYDAY=XX" },
	{ "rrule", "FREQ=WEEKLY;COUNT=5;UNTIL=20240801T000000Z" },
	{ "rrule", "" },
	{ "rdates", "20240701T120000" },
	{ "rdates", "2024-07-01 12:00:00" },
	{ "rdates", "20240701T120000Z," },
	{ "rdates", ",20240701T120000Z" },
	{ "rdates", "20240701T120000Z,,20240702T120000Z" },
	{ "exdates", "20241301T120000Z" },
	{ "exdates", "20240701T120000z" },
	{ "exdates", "20240701X120000Z" },
	{ "category", "bad\x80" },
	{ "name", "bad\xc3(" },
	{ "sequence", NULL },
	{ "all_day_end", "2024-06-30 00:00:00" },
};

START_TEST(test_einval)
{
	struct ics_event e = base();
	const char *f = bad_cases[_i].field, *v = bad_cases[_i].value;
	const char *cats[] = { "ok", v, NULL };
	const char *name = "cal";
	struct ics_event ok[2];

	e.tzid = "Europe/Berlin";
	if (strcmp(f, "start") == 0) e.start = v;
	else if (strcmp(f, "end") == 0) e.end = v;
	else if (strcmp(f, "dtstamp") == 0) e.dtstamp = v;
	else if (strcmp(f, "uid") == 0) e.uid = v;
	else if (strcmp(f, "summary") == 0) e.summary = v;
	else if (strcmp(f, "description") == 0) e.description = v;
	else if (strcmp(f, "location") == 0) e.location = v;
	else if (strcmp(f, "organiser") == 0) e.organiser = v;
	else if (strcmp(f, "url") == 0) e.url = v;
	else if (strcmp(f, "status") == 0) e.status = v;
	else if (strcmp(f, "tzid") == 0) e.tzid = v;
	else if (strcmp(f, "rrule") == 0) e.rrule = v;
	else if (strcmp(f, "rdates") == 0) e.rdates = v;
	else if (strcmp(f, "exdates") == 0) e.exdates = v;
	else if (strcmp(f, "category") == 0) e.categories = cats;
	else if (strcmp(f, "name") == 0) name = v;
	else if (strcmp(f, "sequence") == 0) e.sequence = -1;
	else if (strcmp(f, "all_day_end") == 0) {
		e.all_day = 1;
		e.start = "2024-07-01 00:00:00";
		e.end = v;
	} else
		ck_abort_msg("unknown field %s", f);

	/* The bad event second: what the good first one built must not leak into out. */
	ok[0] = base();
	ok[0].tzid = "Asia/Shanghai";
	ok[1] = e;
	buf_reset(&out);
	ck_assert_int_eq(buf_puts(&out, "keep"), 0);
	ck_assert_msg(ics_write(&out, name, ok, 2) == C2C_EINVAL, "%s=%s accepted", f, v ? v : "NULL");
	ck_assert_int_eq((int)out.len, 4);
	ck_assert_str_eq(out.data, "keep");
	/* And the good one alone still works afterwards. */
	ck_assert_int_eq(ics_write(&out, "cal", ok, 1), C2C_OK);
}
END_TEST

START_TEST(test_einval_args)
{
	ck_assert_int_eq(ics_write(&out, "x", NULL, 1), C2C_EINVAL);
	ck_assert_int_eq((int)out.len, 0);
}
END_TEST

struct thread_job {
	const struct ics_event *ev;
	size_t n;
	const char *want;
	int ok;
};

static void *
thread_main(void *arg)
{
	struct thread_job *j = arg;
	struct buf b = BUF_INIT;
	int i;

	j->ok = 1;
	for (i = 0; i < 20; i++) {
		buf_reset(&b);
		if (ics_write(&b, "threads", j->ev, j->n) != C2C_OK || strcmp(b.data, j->want) != 0)
			j->ok = 0;
	}
	buf_free(&b);
	return NULL;
}

START_TEST(test_threads)
{
	static const char *const zones[4] = {
		"Europe/Paris", "Asia/Tokyo", "America/Sao_Paulo", "Australia/Sydney"
	};
	struct ics_event ev[4];
	struct thread_job job[4];
	pthread_t t[4];
	char *want[4];
	int i;

	for (i = 0; i < 4; i++) {
		ev[i] = base();
		ev[i].tzid = zones[i];
		want[i] = strdup(write_n("threads", &ev[i], 1));
		ck_assert_ptr_nonnull(want[i]);
		job[i].ev = &ev[i];
		job[i].n = 1;
		job[i].want = want[i];
	}
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, thread_main, &job[i]), 0);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
		ck_assert_msg(job[i].ok, "thread %d: output differs", i);
		free(want[i]);
	}
}
END_TEST

/* ---- Round trip through libical's parser ------------------------------------------------- */

/* The UTC time of a parsed DTSTART/RDATE/EXDATE-like property, resolving its TZID against
 * the VTIMEZONEs of cal (not libical's built-in zones: the file must stand on its own). */
static struct icaltimetype
utc_of(icalcomponent *cal, icalproperty *p, struct icaltimetype t)
{
	icalparameter *tzp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	icalcomponent *vtz;
	icalcompiter it;
	icaltimezone *z;
	struct icaltimetype u;

	if (tzp == NULL)
		return t;
	/* An external iterator: the caller may be walking cal's components with the internal one. */
	for (it = icalcomponent_begin_component(cal, ICAL_VTIMEZONE_COMPONENT);
	    (vtz = icalcompiter_deref(&it)) != NULL; icalcompiter_next(&it)) {
		icalproperty *id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
		if (id != NULL && strcmp(icalproperty_get_tzid(id), icalparameter_get_tzid(tzp)) == 0)
			break;
	}
	ck_assert_msg(vtz != NULL, "no VTIMEZONE for %s", icalparameter_get_tzid(tzp));
	z = icaltimezone_new();
	ck_assert_ptr_nonnull(z);
	ck_assert_int_eq(icaltimezone_set_component(z, icalcomponent_new_clone(vtz)), 1);
	t.zone = z;
	u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
	icaltimezone_free(z, 1);
	return u;
}

static void
assert_utc(struct icaltimetype t, const char *want)
{
	char *s = icaltime_as_ical_string_r(t);

	ck_assert_str_eq(s, want);
	free(s);
}

static icalcomponent *
find_event(icalcomponent *cal, const char *uid)
{
	icalcomponent *ev;

	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev != NULL;
	    ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		if (strcmp(icalcomponent_get_uid(ev), uid) == 0)
			return ev;
	ck_abort_msg("no event %s", uid);
	return NULL;
}

START_TEST(test_roundtrip)
{
	static const char *const cats[] = { "Berlin, Mitte", "a;b\\c", "\xe5\x8c\x97\xe4\xba\xac", NULL };
	struct ics_event e[4];
	icalcomponent *cal, *ev;
	icalproperty *p;
	icalparameter *cn;
	char *s;
	int i, n;

	e[0] = base();
	e[0].uid = "rt-1@c2c";
	e[0].summary = "a,b;c\\d\ne \"q\"";
	e[0].description = cjk;
	e[0].location = "Rathaus; Saal 2";
	e[0].url = "https://example.org/e/1";
	e[0].organiser = "Verein \"Br\xc3\xbc" "cke\" ^n";
	e[0].tzid = "Europe/Berlin";
	e[0].rrule = "FREQ=WEEKLY;COUNT=5";
	e[0].exdates = "20240708T120000Z";
	e[0].rdates = "20241230T090000Z";
	e[0].categories = cats;
	e[0].sequence = 4;
	e[1] = base();
	e[1].uid = "rt-2@c2c";
	e[1].tzid = "Asia/Shanghai";
	e[1].start = "2024-01-15 12:00:00";
	e[1].end = "2024-01-15 14:00:00";
	e[1].status = "cancelled";
	e[2] = base();
	e[2].uid = "rt-3@c2c";
	e[2].all_day = 1;
	e[2].start = "2024-09-01 00:00:00";
	e[2].end = "2024-09-03 00:00:00";
	e[2].status = "tentative";
	e[3] = base();
	e[3].uid = "rt-4@c2c";
	e[3].tzid = "Europe/Berlin";
	e[3].start = "2023-11-20 18:00:00";  /* the earliest Berlin time: winter */
	e[3].end = NULL;

	s = strdup(write_n("Round; trip, \xe6\xb5\x8b\xe8\xaf\x95", e, 4));
	ck_assert_ptr_nonnull(s);
	cal = icalparser_parse_string(s);
	free(s);
	ck_assert_ptr_nonnull(cal);
	ck_assert_int_eq(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	ck_assert_int_eq(icalcomponent_count_errors(cal), 0);
	/* RFC 5546 PUBLISH restrictions (ORGANIZER, DTSTAMP, ...) hold. */
	ck_assert_int_eq(icalrestriction_check(cal), 1);
	ck_assert_int_eq(icalcomponent_count_errors(cal), 0);
	ck_assert_int_eq(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 4);
	ck_assert_int_eq(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 2);
	p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY);
	ck_assert_str_eq(icalproperty_get_x_name(p), "X-WR-CALNAME");
	ck_assert_str_eq(icalproperty_get_x(p), "Round; trip, \xe6\xb5\x8b\xe8\xaf\x95");
	ck_assert_int_eq(icalproperty_get_method(icalcomponent_get_first_property(cal,
	    ICAL_METHOD_PROPERTY)), ICAL_METHOD_PUBLISH);

	ev = find_event(cal, "rt-1@c2c");
	ck_assert_str_eq(icalcomponent_get_summary(ev), e[0].summary);
	ck_assert_str_eq(icalcomponent_get_description(ev), cjk);
	ck_assert_str_eq(icalcomponent_get_location(ev), e[0].location);
	ck_assert_str_eq(icalproperty_get_url(icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY)),
	    e[0].url);
	p = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY);
	ck_assert_str_eq(icalproperty_get_organizer(p), "mailto:noreply@invalid");
	cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
	ck_assert_ptr_nonnull(cn);
	ck_assert_str_eq(icalparameter_get_cn(cn), e[0].organiser);
	ck_assert_int_eq(icalcomponent_get_status(ev), ICAL_STATUS_CONFIRMED);
	ck_assert_int_eq(icalcomponent_get_sequence(ev), 4);
	assert_utc(icalcomponent_get_dtstamp(ev), "20240601T080910Z");
	p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_dtstart(p)), "20240701T120000Z");
	p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_dtend(p)), "20240701T133000Z");
	p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_exdate(p)), "20240708T120000Z");
	p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_rdate(p).time), "20241230T090000Z");
	p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY);
	ck_assert_int_eq(icalproperty_get_rrule(p).freq, ICAL_WEEKLY_RECURRENCE);
	ck_assert_int_eq(icalproperty_get_rrule(p).count, 5);
	n = 0;
	for (p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(ev, ICAL_CATEGORIES_PROPERTY), n++) {
		ck_assert_ptr_nonnull(cats[n]);
		ck_assert_str_eq(icalproperty_get_categories(p), cats[n]);
	}
	ck_assert_int_eq(n, 3);

	ev = find_event(cal, "rt-2@c2c");
	ck_assert_int_eq(icalcomponent_get_status(ev), ICAL_STATUS_CANCELLED);
	p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	ck_assert_str_eq(icalparameter_get_tzid(icalproperty_get_first_parameter(p,
	    ICAL_TZID_PARAMETER)), "Asia/Shanghai");
	assert_utc(utc_of(cal, p, icalproperty_get_dtstart(p)), "20240115T120000Z");
	p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_dtend(p)), "20240115T140000Z");

	ev = find_event(cal, "rt-3@c2c");
	ck_assert_int_eq(icalcomponent_get_status(ev), ICAL_STATUS_TENTATIVE);
	ck_assert(icaltime_is_date(icalcomponent_get_dtstart(ev)));
	assert_utc(icalcomponent_get_dtstart(ev), "20240901");
	assert_utc(icalcomponent_get_dtend(ev), "20240904");

	ev = find_event(cal, "rt-4@c2c");
	p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
	assert_utc(utc_of(cal, p, icalproperty_get_dtstart(p)), "20231120T180000Z");
	ck_assert_ptr_null(icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY));

	/* Every event carries what RFC 5545 requires. */
	for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT), i = 0; ev != NULL;
	    ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), i++) {
		ck_assert_ptr_nonnull(icalcomponent_get_first_property(ev, ICAL_UID_PROPERTY));
		ck_assert_ptr_nonnull(icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY));
		ck_assert_ptr_nonnull(icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY));
	}
	ck_assert_int_eq(i, 4);
	icalcomponent_free(cal);
}
END_TEST

/* The truncated VTIMEZONE still converts every instance right, in every season and for
 * times long before and after the event that set the truncation point. */
START_TEST(test_vtimezone_conversions)
{
	static const char *const zones[] = {
		"Europe/Berlin", "Asia/Shanghai", "America/New_York", "Australia/Sydney",
		"America/Sao_Paulo", "Europe/Dublin", "Africa/Casablanca", NULL
	};
	static const char *const times[] = {
		"2024-01-15 12:00:00", "2024-03-31 00:30:00", "2024-03-31 01:30:00",
		"2024-07-01 12:00:00", "2024-10-27 00:30:00", "2024-10-27 01:30:00",
		"2024-11-03 05:30:00", "2024-11-03 06:30:00", "2031-06-15 09:00:00",
		"2040-12-24 18:00:00", "2024-04-07 02:30:00", NULL
	};
	struct ics_event e[16];
	icalcomponent *cal, *ev;
	int z, i;

	for (z = 0; zones[z] != NULL; z++) {
		for (i = 0; times[i] != NULL; i++) {
			e[i] = base();
			e[i].tzid = zones[z];
			e[i].start = times[i];
			e[i].end = NULL;
		}
		cal = icalparser_parse_string(write_n("conv", e, (size_t)i));
		ck_assert_ptr_nonnull(cal);
		ck_assert_int_eq(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 1);
		for (ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT), i = 0;
		    ev != NULL; ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), i++) {
			icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
			struct icaltimetype u = utc_of(cal, p, icalproperty_get_dtstart(p));
			char want[17];
			ck_assert_ptr_nonnull(times[i]);
			snprintf(want, sizeof(want), "%.4s%.2s%.2sT%.2s%.2s%.2sZ", times[i], times[i] + 5,
			    times[i] + 8, times[i] + 11, times[i] + 14, times[i] + 17);
			ck_assert_msg(icaltime_compare(u, icaltime_from_string(want)) == 0,
			    "%s %s: %s", zones[z], want, icaltime_as_ical_string(u));
		}
		icalcomponent_free(cal);
	}
}
END_TEST

Suite *
ics_suite(void)
{
	Suite *s = suite_create("ics");
	TCase *tc = tcase_create("basics");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_header);
	tcase_add_test(tc, test_no_name_no_events);
	tcase_add_test(tc, test_appends);
	tcase_add_test(tc, test_timed_utc);
	tcase_add_test(tc, test_all_day);
	tcase_add_test(tc, test_status);
	tcase_add_test(tc, test_organizer_fallback);
	tcase_add_test(tc, test_url);
	suite_add_tcase(s, tc);

	tc = tcase_create("zones");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_berlin_summer);
	tcase_add_test(tc, test_berlin_winter);
	tcase_add_test(tc, test_shanghai);
	tcase_add_test(tc, test_one_vtimezone_per_zone);
	tcase_add_test(tc, test_recurrence_tz);
	tcase_add_test(tc, test_recurrence_utc_and_all_day);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_vtimezone_conversions);
	suite_add_tcase(s, tc);

	tc = tcase_create("text");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_cjk_folded);
	tcase_add_test(tc, test_fold_tails);
	tcase_add_test(tc, test_escaping);
	suite_add_tcase(s, tc);

	tc = tcase_create("contract");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_deterministic);
	tcase_add_loop_test(tc, test_einval, 0, (int)(sizeof(bad_cases) / sizeof(bad_cases[0])));
	tcase_add_test(tc, test_einval_args);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_roundtrip);
	suite_add_tcase(s, tc);
	return s;
}

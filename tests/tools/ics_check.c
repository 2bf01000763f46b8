/* ics_check.c: checks an iCalendar file with libical (parse errors, RFC 5546 restrictions,
 * the properties every VEVENT needs); prints "ok N events" or the first error. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "buf.h"
#include "utf8.h"

/* Files above this are refused rather than read whole. */
#define MAX_FILE (64u * 1024 * 1024)

static const char *prog_file;

/* Prints "error: FILE: message" on stdout (the one line the caller reads) and returns 1. */
static int __attribute__((format(printf, 1, 2)))
fail(const char *fmt, ...)
{
	va_list ap;

	printf("error: %s: ", prog_file);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	return 1;
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: ics_check [-s] FILE     (FILE - reads standard input)\n"
	    "  checks FILE with libical: it parses without errors, passes icalrestriction_check,\n"
	    "  every TZID has its VTIMEZONE, times are real times, and every VEVENT has UID,\n"
	    "  DTSTAMP, DTSTART and SUMMARY; prints \"ok N events\" (exit 0) or the first error\n"
	    "  (exit 1).\n"
	    "  -s  also the line format c2c writes (RFC 5545 3.1): CRLF line ends, no line over\n"
	    "      75 octets, no fold inside a UTF-8 sequence.\n");
	exit(2);
}

/* Reads all of f into b (NUL-terminated); 0 or -1. */
static int
read_all(FILE *f, struct buf *b)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b->len + n > MAX_FILE || buf_append(b, chunk, n) < 0)
			return -1;
	}
	if (ferror(f) || buf_append(b, "", 0) < 0)
		return -1;
	return 0;
}

/* The 1-based number of the physical line holding octet off. */
static size_t
line_of(const char *s, size_t off)
{
	size_t i, line = 1;

	for (i = 0; i < off; i++)
		if (s[i] == '\n')
			line++;
	return line;
}

/* Encoding checks on the raw octets: no NUL, valid UTF-8, and with strict the line
 * format.  0, or 1 after printing the error. */
static int
check_octets(const char *s, size_t len, int strict)
{
	size_t i = 0, no;
	const char *nul = memchr(s, '\0', len);

	if (nul != NULL)
		return fail("NUL octet on line %zu", line_of(s, (size_t)(nul - s)));
	if (len == 0)
		return fail("empty file");
	if (!strict) {
		struct buf u = BUF_INIT;
		if (utf8_valid(s, len))
			return 0;
		/* Find the content line.  RFC 5545 3.1 lets a fold split a character (readers
		 * restore it when unfolding), so check each line unfolded. */
		while (i < len) {
			size_t start = i;
			buf_reset(&u);
			for (;;) {
				const char *nl = memchr(s + i, '\n', len - i);
				size_t l = nl != NULL ? (size_t)(nl - (s + i)) : len - i;
				size_t body = l > 0 && s[i + l - 1] == '\r' ? l - 1 : l;
				if (buf_append(&u, s + i, body) < 0) {
					buf_free(&u);
					return fail("out of memory");
				}
				i += nl != NULL ? l + 1 : l;
				if (i >= len || (s[i] != ' ' && s[i] != '\t'))
					break;
				i++;  /* the fold's space */
			}
			if (!utf8_valid(u.data != NULL ? u.data : "", u.len)) {
				buf_free(&u);
				return fail("invalid UTF-8 in the content line at line %zu",
				    line_of(s, start));
			}
		}
		buf_free(&u);
		return 0;
	}
	if (len < 2 || s[len - 2] != '\r' || s[len - 1] != '\n')
		return fail("the last line does not end in CRLF");
	for (no = 1; i < len; no++) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t l = (size_t)(nl - (s + i));
		if (l == 0 || s[i + l - 1] != '\r')
			return fail("line %zu ends in LF without CR", no);
		l--;
		if (memchr(s + i, '\r', l) != NULL)
			return fail("line %zu holds a bare CR", no);
		if (l > 75)
			return fail("line %zu is %zu octets long (more than 75)", no, l);
		if (l == 0)
			return fail("line %zu is empty", no);
		if (!utf8_valid(s + i, l))
			return fail("line %zu is not valid UTF-8 on its own (a fold inside a character?)",
			    no);
		i += l + 2;
	}
	return 0;
}

/* The first X-LIC-ERROR under c (libical's parser and restriction checker leave them). */
static const char *
first_error(icalcomponent *c)
{
	icalproperty *p;
	icalcomponent *sub;
	const char *e;

	for (p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
		return icalproperty_get_xlicerror(p);
	for (sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub != NULL;
	    sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		if ((e = first_error(sub)) != NULL)
			return e;
	return NULL;
}

/* 1 when t holds a real date (and time): libical's parser takes 20241345T250000 as is. */
static int
time_ok(struct icaltimetype t)
{
	if (icaltime_is_null_time(t))
		return 1;
	if (t.year < 1 || t.month < 1 || t.month > 12 || t.day < 1 ||
	    t.day > icaltime_days_in_month(t.month, t.year))
		return 0;
	return t.is_date || (t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 &&
	    t.second >= 0 && t.second <= 60);
}

/* Checks the date and time values and the TZID parameters of c and below against the
 * VTIMEZONE TZIDs of the calendar (tzids[0..ntz)).  0, or 1 after printing the error. */
static int
check_values(icalcomponent *c, const char **tzids, size_t ntz)
{
	icalproperty *p;
	icalcomponent *sub;

	for (p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
		icalvalue *v = icalproperty_get_value(p);
		icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
		struct icaltimetype t = icaltime_null_time();
		const char *name = icalproperty_get_property_name(p);

		if (v != NULL) {
			switch (icalvalue_isa(v)) {
			case ICAL_DATE_VALUE:
				t = icalvalue_get_date(v);
				break;
			case ICAL_DATETIME_VALUE:
				t = icalvalue_get_datetime(v);
				break;
			case ICAL_DATETIMEPERIOD_VALUE:
				t = icalvalue_get_datetimeperiod(v).time;
				if (icaltime_is_null_time(t))
					t = icalvalue_get_datetimeperiod(v).period.start;
				break;
			default:
				break;
			}
		}
		if (!time_ok(t))
			return fail("%s in %s holds no real date or time", name != NULL ? name : "?",
			    icalcomponent_kind_to_string(icalcomponent_isa(c)));
		if (tz != NULL) {
			const char *id = icalparameter_get_tzid(tz);
			size_t i;
			for (i = 0; i < ntz; i++)
				if (id != NULL && strcmp(tzids[i], id) == 0)
					break;
			/* RFC 5545 3.2.19: each TZID needs its VTIMEZONE in the object. */
			if (i == ntz)
				return fail("%s;TZID=%s has no VTIMEZONE", name != NULL ? name : "?",
				    id != NULL ? id : "");
		}
	}
	for (sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub != NULL;
	    sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		if (check_values(sub, tzids, ntz) != 0)
			return 1;
	return 0;
}

/* Checks one VCALENDAR; adds its VEVENTs to *events.  0, or 1 after printing the error. */
static int
check_calendar(icalcomponent *cal, int *events)
{
	static const struct {
		icalproperty_kind kind;
		const char *name;
	} required[] = {
		{ ICAL_UID_PROPERTY, "UID" },
		{ ICAL_DTSTAMP_PROPERTY, "DTSTAMP" },
		{ ICAL_DTSTART_PROPERTY, "DTSTART" },
		{ ICAL_SUMMARY_PROPERTY, "SUMMARY" },
	};
	const char **tzids, *e;
	icalcomponent *c;
	size_t ntz = 0, i;
	int n = 0, rc;

	if ((e = first_error(cal)) != NULL)
		return fail("libical: %s", e);
	if (!icalrestriction_check(cal))
		return fail("icalrestriction_check: %s",
		    (e = first_error(cal)) != NULL ? e : "failed");
	for (c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c != NULL;
	    c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		icalproperty *uid = icalcomponent_get_first_property(c, ICAL_UID_PROPERTY);
		n++;
		for (i = 0; i < sizeof(required) / sizeof(required[0]); i++)
			if (icalcomponent_get_first_property(c, required[i].kind) == NULL)
				return fail("VEVENT %d (UID %s) has no %s", n,
				    uid != NULL ? icalproperty_get_uid(uid) : "none", required[i].name);
	}
	tzids = calloc((size_t)icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT) + 1,
	    sizeof(*tzids));
	if (tzids == NULL)
		return fail("out of memory");
	for (c = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); c != NULL;
	    c = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
		icalproperty *id = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
		if (id == NULL || icalproperty_get_tzid(id) == NULL) {
			free(tzids);
			return fail("a VTIMEZONE has no TZID");
		}
		tzids[ntz++] = icalproperty_get_tzid(id);
	}
	rc = check_values(cal, tzids, ntz);
	free(tzids);
	if (rc == 0)
		*events += n;
	return rc;
}

int
main(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	icalcomponent *root, *cal;
	int strict = 0, events = 0, calendars = 0, rc = 0;
	FILE *f;

	if (argc == 3 && strcmp(argv[1], "-s") == 0)
		strict = 1;
	else if (argc != 2 || argv[1][0] == '\0' || (argv[1][0] == '-' && argv[1][1] != '\0'))
		usage();
	prog_file = argv[argc - 1];
	f = strcmp(prog_file, "-") == 0 ? stdin : fopen(prog_file, "rb");
	if (f == NULL)
		return fail("cannot open: %s", strerror(errno));
	if (read_all(f, &b) < 0) {
		if (f != stdin)
			fclose(f);
		buf_free(&b);
		return fail("cannot read it (or it is over %u octets)", MAX_FILE);
	}
	if (f != stdin && fclose(f) != 0) {
		buf_free(&b);
		return fail("cannot read it: %s", strerror(errno));
	}
	if (check_octets(b.data, b.len, strict) != 0) {
		buf_free(&b);
		return 1;
	}
	icalerror_set_errors_are_fatal(0);
	root = icalparser_parse_string(b.data);
	buf_free(&b);
	if (root == NULL)
		return fail("libical cannot parse it");
	if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
		calendars = 1;
		rc = check_calendar(root, &events);
	} else if (icalcomponent_isa(root) == ICAL_XROOT_COMPONENT) {
		/* Several top-level components: each must be a VCALENDAR. */
		for (cal = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT);
		    cal != NULL && rc == 0; cal = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT)) {
			if (icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
				rc = fail("top-level %s is not a VCALENDAR",
				    icalcomponent_kind_to_string(icalcomponent_isa(cal)));
			else {
				calendars++;
				rc = check_calendar(cal, &events);
			}
		}
	} else {
		rc = fail("the top-level component is %s, not VCALENDAR",
		    icalcomponent_kind_to_string(icalcomponent_isa(root)));
	}
	if (rc == 0 && calendars == 0)
		rc = fail("no VCALENDAR");
	icalcomponent_free(root);
	if (rc != 0)
		return 1;
	printf("ok %d events\n", events);
	return 0;
}

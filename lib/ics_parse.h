/* ics_parse.h: reading an iCalendar file (RFC 5545) from a calendar source into the
 * event occurrences c2c stores, with libical.
 *
 * Times become UTC, with the event's IANA zone kept; zones named the Windows way map to
 * IANA ones; floating times are taken in a default zone.  Recurring events (RRULE, RDATE,
 * EXDATE) become one item per occurrence within a window, RECURRENCE-ID overrides replace
 * theirs.  Text is cleaned of control characters and cut to the lengths c2c stores.
 * Events marked CLASS:PRIVATE or CONFIDENTIAL are left out: a public platform must not
 * publish them. */
#ifndef C2C_ICS_PARSE_H
#define C2C_ICS_PARSE_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "err.h"

/* Lengths as the events table holds them (characters; description in bytes). */
#define ICS_UID_MAX       255
#define ICS_TITLE_MAX     500
#define ICS_LOCATION_MAX  500
#define ICS_URL_MAX       2000
#define ICS_ORGANISER_MAX 300
#define ICS_CATEGORIES_MAX 1000
#define ICS_DESCRIPTION_MAX 60000

enum ics_status { ICS_CONFIRMED, ICS_TENTATIVE, ICS_CANCELLED };

/* One occurrence.  Strings are owned by the calendar that holds the item; NULL when the
 * event has none (title is never NULL). */
struct ics_item {
	char *uid;
	char  recurrence_id[17];  /* "" for a single event, else the occurrence's original
	                           * start: "YYYYMMDDTHHMMSSZ" (UTC), or "YYYYMMDD" all day */
	char *title, *description, *location, *url, *organiser, *categories;
	char  start[20];          /* "YYYY-MM-DD HH:MM:SS" in UTC; all day: the date, 00:00:00 */
	char  end[20];            /* same form (all day: the last day, inclusive), "" if none */
	char  tzid[65];           /* the IANA zone of the times, "" when UTC or not known */
	int   all_day;
	int   sequence;
	enum ics_status status;
};

struct ics_parse_opts {
	time_t      window_from;    /* occurrences of recurring events are kept from here */
	time_t      window_to;      /* ... to here */
	int         max_instances;  /* per recurring event */
	const char *default_tzid;   /* IANA zone of floating times; NULL: the calendar's
	                             * X-WR-TIMEZONE, else UTC */
	/* Budgets; 0 for none.  A file over max_occurrences, or with a property over
	 * max_property_bytes or max_parameters, is refused as a whole (C2C_ETOOLONG). */
	long        max_occurrences;    /* occurrences of the whole file */
	long        max_property_bytes; /* one property, unfolded */
	long        max_parameters;     /* parameters of one property */
	long        min_interval;       /* seconds: a rule that recurs more often than this
	                                 * (FREQ=SECONDLY, MINUTELY, or BY* parts that come to
	                                 * the same) keeps only the occurrences before the first
	                                 * gap that is shorter */
};

/* What a file held.  Owned by the caller: ics_calendar_free. */
struct ics_calendar {
	struct ics_item *items;
	size_t           n, cap;
	char            *name;            /* X-WR-CALNAME or NAME, or NULL */
	long             refresh_seconds; /* REFRESH-INTERVAL or X-PUBLISHED-TTL; 0 if none */
	size_t           skipped;         /* events left out (reasons in warnings) */
	size_t           nwarnings;
	struct buf       warnings;        /* one line each, the first 50 kept */
};

/* Parses text[0..len) (NUL-terminated at text[len]).  On C2C_EINVAL err holds a reason a
 * person can act on, with the line number when there is one ("line 12: ..."): not
 * iCalendar, invalid UTF-8, BEGIN/END not matched (a truncated file), no VCALENDAR.
 * C2C_ETOOLONG: over a budget of o (err says which, beginning "over budget: ").
 * Problems of single events do not fail the file: the event is left out or the field
 * dropped, and a warning says so.  C2C_ENOMEM.  cal is filled on C2C_OK and must be freed
 * in every case.
 *
 * Uses libical's built-in zones: not to be called while another thread uses them (see
 * ics.h). */
enum c2c_err ics_parse(const char *text, size_t len, const struct ics_parse_opts *o,
    struct ics_calendar *cal, char *err, size_t errlen);

void ics_calendar_free(struct ics_calendar *cal);

/* The pre-scan that runs before libical sees a file, whose parser takes time quadratic in
 * the parameters of one property (10,000: 0.7 s, 40,000: 11 s): -1 with err ("line N:
 * ...") when one property (its folded lines joined) is longer than max_bytes or has more
 * than max_params parameters (';' outside quoted values, before the value's ':'); 0 for
 * none is no limit.  Pure: text[0..len), no allocation. */
int ics_prescan(const char *text, size_t len, long max_bytes, long max_params, char *err,
    size_t errlen);

/* A copy of s (malloc'd, the caller frees; NULL for NULL, empty, or on ENOMEM with *failed
 * set) cleaned for storing: CR dropped, other control characters (C0 but tab and LF, DEL,
 * C1) become spaces, blanks at either end go, and the text is cut to max_chars characters
 * and max_bytes bytes at a character boundary.  single_line (titles, places, names): line
 * breaks and tabs become a space, other controls and the bidi embedding, override and
 * isolate characters (U+202A..U+202E, U+2066..U+2069, which reorder the text around them on
 * a page) are removed.  Pure but for the allocation. */
char *ics_clean_text(const char *s, size_t max_chars, size_t max_bytes, int single_line,
    int *failed);

/* 1 when name is a zone of the system's tzdata that libical reads. */
int ics_zone_known(const char *name);

#endif

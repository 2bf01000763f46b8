/* ics.h: iCalendar (RFC 5545) export of events, built with libical. */
#ifndef C2C_ICS_H
#define C2C_ICS_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

/* One event as the database holds it.  Every string is UTF-8 text without control
 * characters other than tab, CR and LF (CR LF and lone CR are written as line breaks);
 * the caller owns all of them.  Times are text in UTC, "YYYY-MM-DD HH:MM:SS". */
struct ics_event {
	const char *uid;          /* stable UID, required, not empty */
	const char *summary;      /* required, not empty (libical's parser drops an empty
	                           * SUMMARY, and RFC 5546 PUBLISH requires one) */
	const char *description;  /* may be NULL */
	const char *location;     /* may be NULL */
	const char *url;          /* may be NULL; characters a URI cannot hold (non-ASCII, space,
	                           * quotes...) are percent-encoded as UTF-8, as for an IRI */
	const char *organiser;    /* free text name, may be NULL.  RFC 5546 requires ORGANIZER in
	                           * every VEVENT of a METHOD:PUBLISH calendar, and its value must
	                           * be a cal-address URI, which c2c does not have: each event gets
	                           * ORGANIZER;CN=<organiser>:mailto:noreply@invalid (RFC 2606's
	                           * undeliverable domain), CN being the calendar name when
	                           * organiser is NULL.  The CN round-trips exactly (RFC 6868). */
	const char *status;       /* "confirmed", "tentative" or "cancelled" (any case), or NULL */
	int         sequence;     /* >= 0 */
	const char *dtstamp;      /* UTC: the row's stored update time, never "now"; required */
	const char *start;        /* UTC, required; for all-day events the local date at 00:00:00
	                           * (only the date part is used) */
	const char *end;          /* same form or NULL; not before start.  For all-day events the
	                           * last day (inclusive): DTEND is the day after. */
	int         all_day;
	const char *tzid;         /* IANA zone of the event ("Europe/Berlin", "Asia/Shanghai") or
	                           * NULL (times written in UTC); "UTC" counts as NULL.  Ignored,
	                           * though still checked, for all-day events (DATE values float).
	                           * A time in the hour repeated when the clock goes back is written
	                           * in UTC: readers disagree on which pass its local time means. */
	const char *rrule;        /* RRULE value ("FREQ=WEEKLY;COUNT=5") or NULL; validated and
	                           * written as libical prints it.  A floating UNTIL is taken as
	                           * UTC; for all-day events UNTIL becomes a DATE, and a DATE UNTIL
	                           * of a timed event becomes the end of that local day. */
	const char *rdates;       /* comma-separated UTC "YYYYMMDDTHHMMSSZ" or NULL; for all-day
	                           * events only the date part is used */
	const char *exdates;      /* same form or NULL */
	const char *const *categories; /* NULL-terminated area names, or NULL: one CATEGORIES
	                                * line per name */
};

/* 1 when s has the form of an IANA zone name as the export writes it: "Europe/Berlin",
 * "America/Argentina/Buenos_Aires", "Etc/GMT+12" (an upper-case first letter; letters,
 * digits, '_', '-', '+' and single '/' between them).  Not "posix/...", "/Europe/...". */
int ics_tzid_valid(const char *s);

/* Once per process, before threads (optional: ics_write calls it through pthread_once).
 * Makes libical's errors non-fatal (a global of libical) so that no libical call can
 * abort the process. */
void ics_init(void);

/* Appends a VCALENDAR with the events to out: PRODID "-//c2c//c2c VERSION//EN", VERSION:2.0,
 * CALSCALE:GREGORIAN, METHOD:PUBLISH, X-WR-CALNAME from name (omitted when NULL), one
 * VTIMEZONE per distinct tzid used by timed events (from the system tzdata, through libical's
 * built-in zone database; TZID is the bare IANA name; truncated to the observances from the
 * earliest time written in that zone on), then one VEVENT per event in order.  CRLF line
 * ends, lines folded at 75 octets, never inside a UTF-8 sequence.
 *
 * Deterministic: the same events give the same bytes (given the same tzdata: the VTIMEZONEs
 * follow /usr/share/zoneinfo, or $TZDIR).  Nothing depends on the current time.
 *
 * Thread-safe: libical's built-in zone cache is not (its lookup walks the cache unlocked while
 * another thread may load a zone), so ics_write holds one module mutex while it uses libical.
 * Other code in the process must not use libical's built-in zones concurrently.
 *
 * C2C_EINVAL when an event has an invalid field (missing required field, bad time text, end
 * before start, unknown or malformed tzid, bad RRULE, bad status, negative sequence, invalid
 * UTF-8 or control characters in text); C2C_ENOMEM.  On failure out is left as it was. */
enum c2c_err ics_write(struct buf *out, const char *name, const struct ics_event *ev, size_t n);

#endif

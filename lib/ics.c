/* ics.c: iCalendar export: libical builds the components; we write and fold the lines. */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libical/ical.h>

#include "ics.h"
#include "ics_lines.h"
#include "utf8.h"

#ifndef C2C_VERSION
#define C2C_VERSION "unknown"
#endif

/* RFC 5546 wants an ORGANIZER in a PUBLISH; c2c knows only names, never addresses.
 * ".invalid" is RFC 2606's domain that can never resolve: no mail ever goes anywhere. */
#define ICS_ORGANIZER_ADDRESS "mailto:noreply@invalid"
/* Longest IANA zone name is 32 octets today; the limit only bounds the path libical opens. */
#define ICS_TZID_MAX 64

/* One zone named by the events of one ics_write call. */
struct zone_use {
	const char          *tzid;    /* as the event gave it (the caller's string) */
	icaltimezone        *zone;    /* libical's built-in zone; NULL for UTC */
	struct icaltimetype  first;   /* earliest UTC time written with this TZID */
	int                  written; /* a timed event wrote a time in this zone */
};

struct ctx {
	struct zone_use *zones;  /* distinct tzids, in order of first use; capacity n events */
	size_t           nzones;
	icaltimezone    *utc;
	struct buf       line;   /* the content line being built (unfolded) */
};

static pthread_once_t  ics_once = PTHREAD_ONCE_INIT;
/* libical's built-in zone cache is not safe for concurrent use (see ics.h): every use of
 * libical in this module happens under this lock. */
static pthread_mutex_t ics_lock = PTHREAD_MUTEX_INITIALIZER;

static void
ics_init_once(void)
{
	/* A build of libical with fatal errors would abort() on a bad argument; c2c wants a
	 * NULL return it can turn into an error. */
	icalerror_set_errors_are_fatal(0);
}

void
ics_init(void)
{
	pthread_once(&ics_once, ics_init_once);
}

/* ---- Parsing the caller's text -------------------------------------------------------- */

/* n decimal digits at s into *v; 0 or -1. */
static int
digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* A UTC date-time from its fields; 0, or -1 when a field is out of range.  Leap seconds
 * are refused: libical's conversions cannot represent them. */
static int
make_time(int y, int mo, int d, int h, int mi, int s, icaltimezone *utc, struct icaltimetype *t)
{
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > icaltime_days_in_month(mo, y) ||
	    h > 23 || mi > 59 || s > 59)
		return -1;
	*t = icaltime_null_time();
	t->year = y;
	t->month = mo;
	t->day = d;
	t->hour = h;
	t->minute = mi;
	t->second = s;
	t->is_date = 0;
	t->zone = utc;
	return 0;
}

/* "YYYY-MM-DD HH:MM:SS" (UTC, the database's form) into *t; 0 or -1. */
static int
parse_db_time(const char *s, icaltimezone *utc, struct icaltimetype *t)
{
	int y, mo, d, h, mi, sec;

	if (s == NULL || strlen(s) != 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' ||
	    s[13] != ':' || s[16] != ':' ||
	    digits(s, 4, &y) < 0 || digits(s + 5, 2, &mo) < 0 || digits(s + 8, 2, &d) < 0 ||
	    digits(s + 11, 2, &h) < 0 || digits(s + 14, 2, &mi) < 0 || digits(s + 17, 2, &sec) < 0)
		return -1;
	return make_time(y, mo, d, h, mi, sec, utc, t);
}

/* "YYYYMMDDTHHMMSSZ" (exactly 16 octets at s) into *t; 0 or -1. */
static int
parse_ical_utc(const char *s, size_t len, icaltimezone *utc, struct icaltimetype *t)
{
	int y, mo, d, h, mi, sec;

	if (len != 16 || s[8] != 'T' || s[15] != 'Z' ||
	    digits(s, 4, &y) < 0 || digits(s + 4, 2, &mo) < 0 || digits(s + 6, 2, &d) < 0 ||
	    digits(s + 9, 2, &h) < 0 || digits(s + 11, 2, &mi) < 0 || digits(s + 13, 2, &sec) < 0)
		return -1;
	return make_time(y, mo, d, h, mi, sec, utc, t);
}

/* A malloc'd copy of the text s with CR LF and lone CR made LF: libical silently drops CR,
 * and RFC 5545 has only one escaped line break (\n).  Caller frees.
 * C2C_EINVAL when s is not valid UTF-8 text (utf8_valid_text: no NUL, no control
 * characters but tab, CR and LF); C2C_ENOMEM. */
static enum c2c_err
text_copy(const char *s, char **out)
{
	size_t len = strlen(s), i, o = 0;
	char *c;

	if (!utf8_valid_text(s, len))
		return C2C_EINVAL;
	if ((c = malloc(len + 1)) == NULL)
		return C2C_ENOMEM;
	for (i = 0; i < len; i++) {
		if (s[i] == '\r') {
			c[o++] = '\n';
			if (s[i + 1] == '\n')
				i++;
		} else {
			c[o++] = s[i];
		}
	}
	c[o] = '\0';
	*out = c;
	return C2C_OK;
}

/* An IANA zone name: '/'-separated segments of letters, digits, '_', '-' and '+', starting
 * with an uppercase letter.  libical opens $TZDIR/<tzid> as a file: this keeps "..",
 * absolute paths, "posix/..." and "right/..." (leap-second clocks) out. */
int
ics_tzid_valid(const char *s)
{
	size_t i, len = strlen(s);

	if (len == 0 || len > ICS_TZID_MAX || s[0] < 'A' || s[0] > 'Z' || s[len - 1] == '/')
		return 0;
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (c == '/') {
			if (s[i + 1] == '/')
				return 0;
			continue;
		}
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_' || c == '-' || c == '+'))
			return 0;
	}
	return 1;
}

/* The zone_use for tzid, added on first sight.  *zu is NULL when tzid names UTC.
 * C2C_EINVAL when the name is malformed or libical does not know it. */
static enum c2c_err
zone_lookup(struct ctx *x, const char *tzid, struct zone_use **zu)
{
	icaltimezone *z;
	size_t i;

	for (i = 0; i < x->nzones; i++)
		if (strcmp(x->zones[i].tzid, tzid) == 0) {
			*zu = x->zones[i].zone != NULL ? &x->zones[i] : NULL;
			return C2C_OK;
		}
	if (!ics_tzid_valid(tzid))
		return C2C_EINVAL;
	if ((z = icaltimezone_get_builtin_timezone(tzid)) == NULL)
		return C2C_EINVAL;
	/* libical's "UTC" is a special zone without a VTIMEZONE: write such times with Z. */
	if (z == x->utc)
		z = NULL;
	else if (icaltimezone_get_component(z) == NULL)
		return C2C_EINVAL;  /* listed in zone.tab but its TZif file is unreadable */
	x->zones[x->nzones].tzid = tzid;
	x->zones[x->nzones].zone = z;
	x->zones[x->nzones].first = icaltime_null_time();
	x->zones[x->nzones].written = 0;
	*zu = z != NULL ? &x->zones[x->nzones] : NULL;
	x->nzones++;
	return C2C_OK;
}

/* ---- Building the components ----------------------------------------------------------- */

/* Adds p to c (which then owns it); C2C_ENOMEM when p is NULL (a failed constructor). */
static enum c2c_err
add(icalcomponent *c, icalproperty *p)
{
	if (p == NULL)
		return C2C_ENOMEM;
	icalcomponent_add_property(c, p);
	return C2C_OK;
}

/* Adds ctor(text) to c; libical copies the text and escapes \ ; , and LF itself
 * (but see ics_lines.c for CATEGORIES and X- properties). */
static enum c2c_err
add_text(icalcomponent *c, icalproperty *(*ctor)(const char *), const char *text)
{
	enum c2c_err rc;
	char *t;

	if ((rc = text_copy(text, &t)) != C2C_OK)
		return rc;
	rc = add(c, ctor(t));
	free(t);
	return rc;
}

/* The UTC offset of z at the UTC time t moved by days and seconds. */
static int
offset_at(icaltimezone *z, struct icaltimetype t, int days, int seconds)
{
	icaltime_adjust(&t, days, 0, 0, seconds);
	return icaltimezone_get_utc_offset_of_utc_time(z, &t, NULL);
}

/* 1 when the local time of the UTC time t in z happens twice (the hour repeated when the
 * clock goes back).  Readers disagree on which pass such a local time means: RFC 5545 3.3.5
 * says the first, libical 3.0 and pytz take the second.  Assumes at most one change a day. */
static int
ambiguous_local_time(icaltimezone *z, struct icaltimetype t)
{
	int off = offset_at(z, t, 0, 0), d;

	/* Second pass: the clock went back by d during the last day, and t - d shows the same. */
	d = offset_at(z, t, -1, 0) - off;
	if (d > 0 && offset_at(z, t, 0, -d) == off + d)
		return 1;
	/* First pass: it goes back by d during the next day, and t + d shows the same. */
	d = off - offset_at(z, t, 1, 0);
	return d > 0 && offset_at(z, t, 0, d) == off - d;
}

/* A DTSTART, DTEND, RDATE or EXDATE property for the UTC time t: a DATE for all-day events,
 * the local time with TZID when the event has a zone (which then records t), UTC otherwise
 * and for the rare time whose local form would be ambiguous (so every instant stays exact
 * whichever pass a reader picks).
 * NULL when out of memory.  The caller owns the property. */
static icalproperty *
time_prop(icalproperty_kind kind, struct icaltimetype t, int all_day, struct zone_use *zu)
{
	struct icaldatetimeperiodtype dtp;
	icalparameter *tz;
	icalproperty *p;

	if (all_day) {
		/* DATE values float: the stored date is the local date already. */
		t.is_date = 1;
		t.hour = t.minute = t.second = 0;
		t.zone = NULL;
		zu = NULL;
	} else if (zu != NULL && ambiguous_local_time(zu->zone, t)) {
		zu = NULL;
	} else if (zu != NULL) {
		if (!zu->written || icaltime_compare(t, zu->first) < 0)
			zu->first = t;
		zu->written = 1;
		t = icaltime_convert_to_zone(t, zu->zone);
		/* Floating, plus our own TZID parameter: libical would name the zone by its
		 * prefixed TZID ("/freeassociation.sourceforge.net/..."). */
		t.zone = NULL;
	}
	switch (kind) {
	case ICAL_DTSTART_PROPERTY:
		p = icalproperty_new_dtstart(t);
		break;
	case ICAL_DTEND_PROPERTY:
		p = icalproperty_new_dtend(t);
		break;
	case ICAL_EXDATE_PROPERTY:
		p = icalproperty_new_exdate(t);
		break;
	case ICAL_RDATE_PROPERTY:
		dtp.time = t;
		dtp.period = icalperiodtype_null_period();
		p = icalproperty_new_rdate(dtp);
		break;
	default:
		return NULL;
	}
	if (p != NULL && zu != NULL) {
		if ((tz = icalparameter_new_tzid(zu->tzid)) == NULL) {
			icalproperty_free(p);
			return NULL;
		}
		icalproperty_add_parameter(p, tz);
	}
	return p;
}

/* One RDATE or EXDATE per time of the comma-separated list (NULL or "" for none). */
static enum c2c_err
add_dates(struct ctx *x, icalcomponent *ev, icalproperty_kind kind, const char *list,
    int all_day, struct zone_use *zu)
{
	const char *s = list;
	struct icaltimetype t;
	enum c2c_err rc;

	if (list == NULL || *list == '\0')
		return C2C_OK;
	for (;;) {
		size_t len = strcspn(s, ",");
		if (parse_ical_utc(s, len, x->utc, &t) < 0)
			return C2C_EINVAL;
		if ((rc = add(ev, time_prop(kind, t, all_day, zu))) != C2C_OK)
			return rc;
		if (s[len] == '\0')
			return C2C_OK;
		s += len + 1;
	}
}

/* The event's RRULE, checked by libical's parser.  UNTIL must match DTSTART's kind
 * (RFC 5545 3.3.10): a DATE for all-day events, UTC otherwise. */
static enum c2c_err
add_rrule(struct ctx *x, icalcomponent *ev, const char *rrule, int all_day,
    struct zone_use *zu)
{
	struct icalrecurrencetype r;

	if (!utf8_valid_text(rrule, strlen(rrule)))
		return C2C_EINVAL;
	icalerror_clear_errno();
	r = icalrecurrencetype_from_string(rrule);
	if (r.freq == ICAL_NO_RECURRENCE)
		return C2C_EINVAL;
	if (!icaltime_is_null_time(r.until)) {
		if (all_day) {
			r.until.is_date = 1;
			r.until.hour = r.until.minute = r.until.second = 0;
			r.until.zone = NULL;
		} else if (r.until.is_date) {
			/* Through the whole of that local day. */
			r.until.is_date = 0;
			r.until.hour = 23;
			r.until.minute = 59;
			r.until.second = 59;
			r.until.zone = zu != NULL ? zu->zone : x->utc;
			r.until = icaltime_convert_to_zone(r.until, x->utc);
		} else if (r.until.zone == NULL) {
			/* Floating: c2c stores every time in UTC. */
			r.until.zone = x->utc;
		}
	}
	return add(ev, icalproperty_new_rrule(r));
}

/* The ORGANIZER: our placeholder address, CN the organiser or else the calendar's name. */
static enum c2c_err
add_organizer(icalcomponent *ev, const char *organiser, const char *calname)
{
	const char *cn = organiser != NULL && *organiser != '\0' ? organiser : calname;
	icalparameter *param;
	icalproperty *p;
	enum c2c_err rc;
	size_t i, o = 0;
	char *t, *q;

	if ((p = icalproperty_new_organizer(ICS_ORGANIZER_ADDRESS)) == NULL)
		return C2C_ENOMEM;
	if (cn != NULL && *cn != '\0') {
		if ((rc = text_copy(cn, &t)) != C2C_OK) {
			icalproperty_free(p);
			return rc;
		}
		/* libical writes " as ^' and LF as ^n (RFC 6868) but leaves ^ alone, so a
		 * literal "^n" would come back as a line break: double each ^ ourselves. */
		if ((q = malloc(strlen(t) * 2 + 1)) == NULL) {
			free(t);
			icalproperty_free(p);
			return C2C_ENOMEM;
		}
		for (i = 0; t[i] != '\0'; i++) {
			q[o++] = t[i];
			if (t[i] == '^')
				q[o++] = '^';
		}
		q[o] = '\0';
		free(t);
		param = icalparameter_new_cn(q);
		free(q);
		if (param == NULL) {
			icalproperty_free(p);
			return C2C_ENOMEM;
		}
		icalproperty_add_parameter(p, param);
	}
	return add(ev, p);
}

/* A URI for the URL property: bytes outside RFC 3986's characters (non-ASCII, space,
 * quotes, controls...) percent-encoded, as RFC 3987 maps an IRI.  Caller frees. */
static enum c2c_err
url_copy(const char *s, char **out)
{
	static const char hex[] = "0123456789ABCDEF";
	static const char ok[] = "-._~:/?#[]@!$&'()*+,;=";
	size_t len = strlen(s), i, o = 0;
	char *c;

	if (!utf8_valid(s, len))
		return C2C_EINVAL;
	if ((c = malloc(len * 3 + 1)) == NULL)
		return C2C_ENOMEM;
	for (i = 0; i < len; i++) {
		unsigned char b = (unsigned char)s[i];
		/* A '%' stays only as the start of a percent-encoded octet. */
		int pct = b == '%' && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2]);
		if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
		    pct || (b != '\0' && strchr(ok, b) != NULL)) {
			c[o++] = (char)b;
		} else {
			c[o++] = '%';
			c[o++] = hex[b >> 4];
			c[o++] = hex[b & 15];
		}
	}
	c[o] = '\0';
	*out = c;
	return C2C_OK;
}

static enum c2c_err
add_status(icalcomponent *ev, const char *status)
{
	enum icalproperty_status st;

	if (strcasecmp(status, "confirmed") == 0)
		st = ICAL_STATUS_CONFIRMED;
	else if (strcasecmp(status, "tentative") == 0)
		st = ICAL_STATUS_TENTATIVE;
	else if (strcasecmp(status, "cancelled") == 0)
		st = ICAL_STATUS_CANCELLED;
	else
		return C2C_EINVAL;
	return add(ev, icalproperty_new_status(st));
}

/* Builds the VEVENT of e into *out (the caller owns it: icalcomponent_free). */
static enum c2c_err
build_event(struct ctx *x, const struct ics_event *e, const char *calname, icalcomponent **out)
{
	struct icaltimetype stamp, start, end;
	struct zone_use *zu = NULL;
	icalcomponent *ev;
	enum c2c_err rc;
	int has_end = 0;
	char *url;

	if (e->uid == NULL || *e->uid == '\0' || e->summary == NULL || *e->summary == '\0' ||
	    e->sequence < 0 ||
	    parse_db_time(e->dtstamp, x->utc, &stamp) < 0 ||
	    parse_db_time(e->start, x->utc, &start) < 0)
		return C2C_EINVAL;
	if (e->end != NULL) {
		if (parse_db_time(e->end, x->utc, &end) < 0)
			return C2C_EINVAL;
		if (e->all_day) {
			struct icaltimetype sd = start, ed = end;
			sd.hour = sd.minute = sd.second = ed.hour = ed.minute = ed.second = 0;
			if (icaltime_compare(ed, sd) < 0)
				return C2C_EINVAL;
			/* DTEND is exclusive (RFC 5545 3.6.1): the day after the last day. */
			icaltime_adjust(&end, 1, 0, 0, 0);
			has_end = 1;
		} else {
			int c = icaltime_compare(end, start);
			if (c < 0)
				return C2C_EINVAL;
			/* DTEND must be later than DTSTART; without it the event lasts no time. */
			has_end = c > 0;
		}
	}
	if (e->tzid != NULL && (rc = zone_lookup(x, e->tzid, &zu)) != C2C_OK)
		return rc;
	if (e->all_day)
		zu = NULL;

	if ((ev = icalcomponent_new_vevent()) == NULL)
		return C2C_ENOMEM;
	if ((rc = add_text(ev, icalproperty_new_uid, e->uid)) != C2C_OK ||
	    (rc = add(ev, icalproperty_new_dtstamp(stamp))) != C2C_OK ||
	    (rc = add(ev, time_prop(ICAL_DTSTART_PROPERTY, start, e->all_day, zu))) != C2C_OK ||
	    (has_end &&
	    (rc = add(ev, time_prop(ICAL_DTEND_PROPERTY, end, e->all_day, zu))) != C2C_OK) ||
	    (rc = add_text(ev, icalproperty_new_summary, e->summary)) != C2C_OK ||
	    (e->description != NULL && *e->description != '\0' &&
	    (rc = add_text(ev, icalproperty_new_description, e->description)) != C2C_OK) ||
	    (e->location != NULL && *e->location != '\0' &&
	    (rc = add_text(ev, icalproperty_new_location, e->location)) != C2C_OK))
		goto fail;
	if (e->url != NULL && *e->url != '\0') {
		if ((rc = url_copy(e->url, &url)) != C2C_OK)
			goto fail;
		rc = add(ev, icalproperty_new_url(url));
		free(url);
		if (rc != C2C_OK)
			goto fail;
	}
	if ((rc = add_organizer(ev, e->organiser, calname)) != C2C_OK ||
	    (e->status != NULL && (rc = add_status(ev, e->status)) != C2C_OK) ||
	    (rc = add(ev, icalproperty_new_sequence(e->sequence))) != C2C_OK ||
	    (e->rrule != NULL && (rc = add_rrule(x, ev, e->rrule, e->all_day, zu)) != C2C_OK) ||
	    (rc = add_dates(x, ev, ICAL_RDATE_PROPERTY, e->rdates, e->all_day, zu)) != C2C_OK ||
	    (rc = add_dates(x, ev, ICAL_EXDATE_PROPERTY, e->exdates, e->all_day, zu)) != C2C_OK)
		goto fail;
	if (e->categories != NULL) {
		const char *const *c;
		for (c = e->categories; *c != NULL; c++)
			if (**c != '\0' &&
			    (rc = add_text(ev, icalproperty_new_categories, *c)) != C2C_OK)
				goto fail;
	}
	*out = ev;
	return C2C_OK;
fail:
	icalcomponent_free(ev);
	return rc;
}

/* The VTIMEZONE of zu: a copy of libical's, TZID the bare name the events use, cut to the
 * observances from 1 January (UTC) of the year of the earliest time written on.  That point
 * comes from the events, never from the clock: deterministic, and stable while events are
 * added within the year.  Caller owns it. */
static enum c2c_err
build_vtimezone(struct zone_use *zu, icalcomponent **out)
{
	struct icaltimetype from = zu->first;
	icalcomponent *vtz, *sub;
	icalproperty *p;

	if ((vtz = icalcomponent_new_clone(icaltimezone_get_component(zu->zone))) == NULL)
		return C2C_ENOMEM;
	from.month = from.day = 1;
	from.hour = from.minute = from.second = 0;
	/* ms_compatible keeps each RRULE's original DTSTART (Outlook rejects moved ones). */
	icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 1);
	sub = icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT);
	if (sub == NULL) {
		/* Should not happen; never write a VTIMEZONE without observances. */
		icalcomponent_free(vtz);
		if ((vtz = icalcomponent_new_clone(icaltimezone_get_component(zu->zone))) == NULL)
			return C2C_ENOMEM;
	}
	if ((p = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)) == NULL) {
		icalcomponent_free(vtz);
		return C2C_EINVAL;
	}
	icalproperty_set_tzid(p, zu->tzid);
	*out = vtz;
	return C2C_OK;
}

/* ---- The calendar ---------------------------------------------------------------------- */

/* The VCALENDAR with its properties (the caller owns it). */
static enum c2c_err
build_calendar(const char *name, icalcomponent **out)
{
	icalcomponent *cal;
	icalproperty *p;
	enum c2c_err rc;
	char *t;

	if ((cal = icalcomponent_new_vcalendar()) == NULL)
		return C2C_ENOMEM;
	if ((rc = add(cal, icalproperty_new_prodid("-//c2c//c2c " C2C_VERSION "//EN"))) != C2C_OK ||
	    (rc = add(cal, icalproperty_new_version("2.0"))) != C2C_OK ||
	    (rc = add(cal, icalproperty_new_calscale("GREGORIAN"))) != C2C_OK ||
	    (rc = add(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH))) != C2C_OK)
		goto fail;
	if (name != NULL && *name != '\0') {
		if ((rc = text_copy(name, &t)) != C2C_OK)
			goto fail;
		p = icalproperty_new_x(t);
		free(t);
		if (p == NULL) {
			rc = C2C_ENOMEM;
			goto fail;
		}
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalcomponent_add_property(cal, p);
	}
	*out = cal;
	return C2C_OK;
fail:
	icalcomponent_free(cal);
	return rc;
}

/* ics_write's work, under ics_lock.  Writes into tmp. */
static enum c2c_err
write_locked(struct ctx *x, struct buf *tmp, const char *name, const struct ics_event *ev,
    size_t n, icalcomponent **vev)
{
	icalcomponent *cal = NULL, *vtz;
	enum c2c_err rc;
	size_t i;

	if (name != NULL && !utf8_valid_text(name, strlen(name)))
		return C2C_EINVAL;
	x->utc = icaltimezone_get_utc_timezone();
	for (i = 0; i < n; i++)
		if ((rc = build_event(x, &ev[i], name, &vev[i])) != C2C_OK)
			goto out;
	if ((rc = build_calendar(name, &cal)) != C2C_OK)
		goto out;
	/* libical puts an added VTIMEZONE first: add them last to first, for first-use order. */
	for (i = x->nzones; i-- > 0; ) {
		if (x->zones[i].zone == NULL || !x->zones[i].written)
			continue;
		if ((rc = build_vtimezone(&x->zones[i], &vtz)) != C2C_OK)
			goto out;
		icalcomponent_add_component(cal, vtz);
	}
	/* The calendar owns the events from here on. */
	for (i = 0; i < n; i++) {
		icalcomponent_add_component(cal, vev[i]);
		vev[i] = NULL;
	}
	rc = ics_emit_comp(tmp, &x->line, cal);
out:
	for (i = 0; i < n; i++)
		if (vev[i] != NULL)
			icalcomponent_free(vev[i]);
	if (cal != NULL)
		icalcomponent_free(cal);
	return rc;
}

enum c2c_err
ics_write(struct buf *out, const char *name, const struct ics_event *ev, size_t n)
{
	struct ctx x = { NULL, 0, NULL, BUF_INIT };
	struct buf tmp = BUF_INIT;
	icalcomponent **vev = NULL;
	enum c2c_err rc;

	if (n > 0 && ev == NULL)
		return C2C_EINVAL;
	if (n > 0 && ((x.zones = calloc(n, sizeof(*x.zones))) == NULL ||
	    (vev = calloc(n, sizeof(*vev))) == NULL)) {
		free(x.zones);
		return C2C_ENOMEM;
	}
	ics_init();
	pthread_mutex_lock(&ics_lock);
	rc = write_locked(&x, &tmp, name, ev, n, vev);
	pthread_mutex_unlock(&ics_lock);
	/* All or nothing: out changes only by this one append. */
	if (rc == C2C_OK && buf_append(out, tmp.data, tmp.len) < 0)
		rc = C2C_ENOMEM;
	buf_free(&tmp);
	buf_free(&x.line);
	free(vev);
	free(x.zones);
	return rc;
}

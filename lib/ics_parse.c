/* ics_parse.c: an iCalendar file from a calendar source -> the occurrences c2c stores:
 * zones and times, the events and their text, the calendar.  The checks before libical
 * are in ics_scan.c, the expansion of recurring events in ics_expand.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libical/ical.h>

#include "grow.h"
#include "ics.h"
#include "ics_parse.h"
#include "ics_parse_impl.h"
#include "utf8.h"
#include "winzone.h"

#define WARNINGS_KEPT 50
/* ---- Warnings ------------------------------------------------------------------------ */

void
icsp_warn(struct ics_calendar *cal, const char *fmt, ...)
{
	va_list ap;

	if (cal->nwarnings++ >= WARNINGS_KEPT)
		return;
	va_start(ap, fmt);
	if (buf_vprintf(&cal->warnings, fmt, ap) == 0)
		buf_puts(&cal->warnings, "\n");
	va_end(ap);
}

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* ---- Zones and times ------------------------------------------------------------------- */

/* The IANA zone a TZID names: itself, a known zone after a vendor prefix such as
 * "/mozilla.org/20050126_1/" or "/freeassociation.sourceforge.net/Tzfile/", or a Windows
 * name.  NULL if none. */
static icaltimezone *
builtin_zone(const char *tzid)
{
	icaltimezone *z;
	const char *p, *w;

	if (tzid == NULL || *tzid == '\0' || strlen(tzid) > 64 + 64)
		return NULL;
	/* libical finds any file under /usr/share/zoneinfo ("posix/Europe/Vaduz",
	 * "/Europe/Stockholm"): only a name of the zone's canonical form is looked up, so that
	 * the name stored is one the export (lib/ics.c) and every client accept. */
	if (strcmp(tzid, "UTC") == 0 || (ics_tzid_valid(tzid) &&
	    (z = icaltimezone_get_builtin_timezone(tzid)) != NULL))
		return strcmp(tzid, "UTC") == 0 ? icaltimezone_get_utc_timezone() : z;
	for (p = tzid; (p = strchr(p, '/')) != NULL; p++)
		if (p[1] != '\0' && strchr(p + 1, '/') != NULL && ics_tzid_valid(p + 1) &&
		    (z = icaltimezone_get_builtin_timezone(p + 1)) != NULL)
			return z;
	if ((w = ics_windows_zone(tzid)) != NULL)
		return icaltimezone_get_builtin_timezone(w);
	return NULL;
}

/* Copies the IANA name of builtin zone z into name[65] ("" for none).  Copied, because
 * libical replaces a zone's location string when it loads the zone. */
static void
zone_name(icaltimezone *z, char name[65])
{
	const char *l = z != NULL ? icaltimezone_get_location(z) : NULL;

	snprintf(name, 65, "%s", l != NULL && strlen(l) < 65 ? l : "");
}

/* Zone of a time property: *z gets the zone (NULL: UTC), name[65] its IANA name or "".
 * Returns -1 when the TZID is unknown to tzdata and to the file (the default zone is then
 * used, with a warning). */
int
icsp_prop_zone(struct pctx *x, icalproperty *p, struct icaltimetype t, icaltimezone **z,
    char name[65])
{
	icalparameter *tp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	const char *tzid = tp != NULL ? icalparameter_get_tzid(tp) : NULL;
	icaltimezone *b;

	name[0] = '\0';
	if (icaltime_is_utc(t) || (t.zone != NULL && t.zone == x->utc)) {
		*z = NULL;
		return 0;
	}
	if (tzid == NULL) {           /* floating */
		*z = x->deflt;
		memcpy(name, x->deflt_name, 65);
		return 0;
	}
	if ((b = builtin_zone(tzid)) != NULL) {
		*z = b == x->utc ? NULL : b;
		if (*z != NULL)
			zone_name(b, name);
		return 0;
	}
	if ((b = icalcomponent_get_timezone(x->vcal, tzid)) != NULL) {
		/* Only the file knows this zone; an X-LIC-LOCATION may still name an IANA one. */
		const char *loc = icaltimezone_get_location(b);
		icaltimezone *l = loc != NULL ? builtin_zone(loc) : NULL;
		*z = l != NULL ? l : b;
		if (l != NULL)
			zone_name(l, name);
		return 0;
	}
	*z = x->deflt;
	memcpy(name, x->deflt_name, 65);
	return -1;
}

time_t
icsp_to_utc(struct icaltimetype t, const icaltimezone *z)
{
	t.zone = NULL;
	return icaltime_as_timet_with_zone(t, z);
}

/* u in UTC by the strftime format fmt into out (cap bytes): 0, or -1 with out "" when u
 * lies outside the years 1 to 9999.  strftime leaves out undefined when the text does not
 * fit, and a RECURRENCE-ID or a DURATION can reach any year (the fuzzer found a rid that
 * overflowed its buffer in a later "%s"). */
static int
fmt_gm(time_t u, const char *fmt, char *out, size_t cap)
{
	struct tm tm;

	if (gmtime_r(&u, &tm) == NULL || tm.tm_year < 1 - 1900 || tm.tm_year > 9999 - 1900 ||
	    strftime(out, cap, fmt, &tm) == 0) {
		out[0] = '\0';
		return -1;
	}
	return 0;
}

/* "YYYY-MM-DD HH:MM:SS" (UTC), or "" outside the years 1 to 9999. */
static int
fmt_utc(time_t u, char out[20])
{
	return fmt_gm(u, "%Y-%m-%d %H:%M:%S", out, 20);
}

static void
fmt_date(struct icaltimetype d, char out[20])
{
	snprintf(out, 20, "%04d-%02d-%02d 00:00:00", d.year, d.month, d.day);
}

/* ---- Events ---------------------------------------------------------------------------- */

static int
add_item(struct ics_calendar *cal, struct ics_item **it)
{
	struct ics_item *n = grow(cal->items, cal->n, &cal->cap, sizeof(*n), 64);

	if (n == NULL)
		return -1;
	cal->items = n;
	*it = &cal->items[cal->n];
	memset(*it, 0, sizeof(**it));
	return 0;
}

static void
item_free(struct ics_item *it)
{
	free(it->uid);
	free(it->title);
	free(it->description);
	free(it->location);
	free(it->url);
	free(it->organiser);
	free(it->categories);
}

static const char *
prop_text(icalcomponent *c, icalproperty_kind k)
{
	icalproperty *p = icalcomponent_get_first_property(c, k);
	return p != NULL ? icalproperty_get_value_as_string(p) : NULL;
}

/* The text fields of ev into it. */
static int
fill_text(struct pctx *x, const struct vevent *v, struct ics_item *it)
{
	icalcomponent *c = v->c;
	icalproperty *p;
	struct buf cats = BUF_INIT;
	int failed = 0;
	const char *s;

	it->uid = ics_clean_text(v->uid, ICS_UID_MAX, 4 * ICS_UID_MAX, 0, &failed);
	s = icalcomponent_get_summary(c);
	it->title = ics_clean_text(s, ICS_TITLE_MAX, 4 * ICS_TITLE_MAX, 1, &failed);
	if (it->title == NULL && !failed)
		it->title = strdup("(untitled)");
	it->description = ics_clean_text(icalcomponent_get_description(c), ICS_DESCRIPTION_MAX,
	    ICS_DESCRIPTION_MAX, 0, &failed);
	it->location = ics_clean_text(icalcomponent_get_location(c), ICS_LOCATION_MAX,
	    4 * ICS_LOCATION_MAX, 1, &failed);
	if ((s = prop_text(c, ICAL_URL_PROPERTY)) != NULL) {
		size_t i, n = strlen(s);
		int ok = n <= ICS_URL_MAX &&
		    (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
		for (i = 0; ok && i < n; i++)
			ok = (unsigned char)s[i] > ' ' && (unsigned char)s[i] != 0x7f;
		if (ok)
			it->url = ics_clean_text(s, ICS_URL_MAX, ICS_URL_MAX, 0, &failed);
		else
			icsp_warn(x->cal, "event %.80s: URL dropped: not an http(s) URL of at most %d bytes",
			    v->uid, ICS_URL_MAX);
	}
	if ((p = icalcomponent_get_first_property(c, ICAL_ORGANIZER_PROPERTY)) != NULL) {
		icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
		s = cn != NULL ? icalparameter_get_cn(cn) : icalproperty_get_organizer(p);
		if (s != NULL && strncasecmp(s, "mailto:", 7) == 0)
			s += 7;
		it->organiser = ics_clean_text(s, ICS_ORGANISER_MAX, 4 * ICS_ORGANISER_MAX, 1, &failed);
	}
	for (p = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(c, ICAL_CATEGORIES_PROPERTY)) {
		const char *v2 = icalproperty_get_categories(p);
		if (v2 != NULL && *v2 != '\0' &&
		    ((cats.len > 0 && buf_puts(&cats, ",") < 0) || buf_puts(&cats, v2) < 0))
			failed = 1;
	}
	if (cats.len > 0)
		it->categories = ics_clean_text(cats.data, ICS_CATEGORIES_MAX, 4 * ICS_CATEGORIES_MAX,
		    1, &failed);
	buf_free(&cats);
	switch (icalcomponent_get_status(c)) {
	case ICAL_STATUS_CANCELLED: it->status = ICS_CANCELLED; break;
	case ICAL_STATUS_TENTATIVE: it->status = ICS_TENTATIVE; break;
	default:                    it->status = ICS_CONFIRMED; break;
	}
	it->sequence = v->sequence;
	return failed || it->title == NULL ? -1 : 0;
}

/* The times of an occurrence starting at local time s (in v's zone), lasting dur seconds
 * (days for all-day events), into it. */
static void
fill_times(const struct vevent *v, struct icaltimetype s, long dur, struct ics_item *it)
{
	if (s.is_date) {
		struct icaltimetype e = s;
		it->all_day = 1;
		fmt_date(s, it->start);
		if (dur > 1)
			icaltime_adjust(&e, (int)dur - 1, 0, 0, 0);
		/* An end past the year 9999 (a hostile DURATION) is taken as the first day. */
		fmt_date(dur > 1 && e.year <= 9999 ? e : s, it->end);
		return;
	}
	{
		time_t u = icsp_to_utc(s, v->zone);
		fmt_utc(u, it->start);
		/* No end when there is none, or it lies past the year 9999. */
		if (dur <= 0 || fmt_utc(u + dur, it->end) < 0)
			it->end[0] = '\0';
		memcpy(it->tzid, v->zone_name, sizeof(it->tzid));
	}
}

/* How long v lasts: seconds, or days for an all-day event (1 = that day). */
long
icsp_duration_of(const struct vevent *v)
{
	icalproperty *p;

	if (!icaltime_is_null_time(v->end)) {
		if (v->start.is_date) {
			struct icaltimetype e = v->end;
			long days = (long)((icaltime_as_timet(e) - icaltime_as_timet(v->start)) / 86400);
			return days < 1 ? 1 : days;   /* DTEND is exclusive */
		}
		return (long)(icsp_to_utc(v->end, v->zone) - icsp_to_utc(v->start, v->zone));
	}
	if ((p = icalcomponent_get_first_property(v->c, ICAL_DURATION_PROPERTY)) != NULL) {
		int s = icaldurationtype_as_int(icalproperty_get_duration(p));
		if (v->start.is_date)
			return s / 86400 < 1 ? 1 : s / 86400;
		return s > 0 ? s : 0;
	}
	return v->start.is_date ? 1 : 0;
}

void
icsp_rid_text(struct icaltimetype s, const struct vevent *v, char out[17])
{
	if (s.is_date) {
		snprintf(out, 17, "%04d%02d%02d", s.year, s.month, s.day);
	} else {
		(void)fmt_gm(icsp_to_utc(s, v->zone), "%Y%m%dT%H%M%SZ", out, 17);
	}
}

/* Whether t, as written, is a date a calendar of partnerships can mean: years 1000 to
 * 2200, months and days in range.  Anything else is taken as garbage before libical
 * normalises it ("38845350" is the 53rd month of 3884) and, to place it in a zone,
 * expands the zone's rules up to its year: the fuzzer's 2.8 KB file took 2 s so. */
int
icsp_plausible(struct icaltimetype t)
{
	return t.year >= 1000 && t.year <= 2200 && t.month >= 1 && t.month <= 12 && t.day >= 1 &&
	    t.day <= 31 && (t.is_date || (t.hour >= 0 && t.hour <= 23 && t.minute >= 0 &&
	    t.minute <= 59 && t.second >= 0 && t.second <= 60));
}

/* Reads the identity and times of a VEVENT; -1 (with a warning) when it cannot be used. */
static int
read_vevent(struct pctx *x, icalcomponent *c, struct vevent *v)
{
	icalproperty *p;
	char name[65];

	memset(v, 0, sizeof(*v));
	v->c = c;
	v->uid = icalcomponent_get_uid(c);
	for (p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
		icsp_warn(x->cal, "event %.80s: libical: %.200s", v->uid ? v->uid : "without UID",
		    icalproperty_get_xlicerror(p));
	if ((p = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY)) == NULL) {
		icsp_warn(x->cal, "event %.80s: no DTSTART: left out", v->uid ? v->uid : "without UID");
		return -1;
	}
	v->start = icalproperty_get_dtstart(p);
	if (icaltime_is_null_time(v->start) || !icaltime_is_valid_time(v->start)) {
		icsp_warn(x->cal, "event %.80s: DTSTART unreadable: left out", v->uid ? v->uid : "without UID");
		return -1;
	}
	if (!icsp_plausible(v->start)) {
		icsp_warn(x->cal, "event %.80s: DTSTART out of range (years 1000 to 2200): left out",
		    v->uid ? v->uid : "without UID");
		return -1;
	}
	if (icsp_prop_zone(x, p, v->start, &v->zone, v->zone_name) < 0) {
		icalparameter *tp = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
		icsp_warn(x->cal, "event %.80s: unknown time zone \"%.64s\": times taken in %s",
		    v->uid ? v->uid : "without UID", tp ? icalparameter_get_tzid(tp) : "",
		    x->deflt_name[0] ? x->deflt_name : "UTC");
	}
	if ((p = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY)) != NULL) {
		icaltimezone *ez;
		v->end = icalproperty_get_dtend(p);
		if (!icaltime_is_null_time(v->end) && v->end.is_date == v->start.is_date && icsp_plausible(v->end)) {
			/* An end in another zone than the start: bring it to the start's. */
			if (!v->start.is_date && icsp_prop_zone(x, p, v->end, &ez, name) == 0 && ez != v->zone) {
				time_t u = icsp_to_utc(v->end, ez);
				v->end = icaltime_from_timet_with_zone(u, 0, v->zone);
			}
			if (icaltime_compare(v->end, v->start) < 0) {
				icsp_warn(x->cal, "event %.80s: DTEND before DTSTART: end dropped",
				    v->uid ? v->uid : "without UID");
				v->end = icaltime_null_time();
			}
		} else
			v->end = icaltime_null_time();
	} else
		v->end = icaltime_null_time();
	if ((p = icalcomponent_get_first_property(c, ICAL_SEQUENCE_PROPERTY)) != NULL) {
		int s = icalproperty_get_sequence(p);
		v->sequence = s < 0 ? 0 : s;
	}
	if ((p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) != NULL) {
		struct icaltimetype r = icalproperty_get_recurrenceid(p);
		icaltimezone *rz;
		if (!icaltime_is_null_time(r) && !icsp_plausible(r)) {
			icsp_warn(x->cal, "event %.80s: RECURRENCE-ID out of range: left out",
			    v->uid ? v->uid : "without UID");
			return -1;
		}
		if (!icaltime_is_null_time(r)) {
			v->has_rid = 1;
			v->rid_date = r.is_date;
			if (r.is_date)
				v->rid_utc = icaltime_as_timet(r);
			else {
				if (icsp_prop_zone(x, p, r, &rz, name) < 0)
					rz = v->zone;
				v->rid_utc = icsp_to_utc(r, rz);
			}
		}
	}
	return 0;
}

static int
vevent_private(icalcomponent *c)
{
	icalproperty *p = icalcomponent_get_first_property(c, ICAL_CLASS_PROPERTY);
	enum icalproperty_class k;

	if (p == NULL)
		return 0;
	k = icalproperty_get_class(p);
	return k == ICAL_CLASS_PRIVATE || k == ICAL_CLASS_CONFIDENTIAL;
}

/* Adds one occurrence: the text of src (the override, or the master) at local start s. */
int
icsp_emit(struct pctx *x, const struct vevent *src, struct icaltimetype s, long dur, const char *rid)
{
	struct ics_item *it;

	if (x->o->max_occurrences > 0 && (long)x->cal->n >= x->o->max_occurrences) {
		x->over = 1;   /* refused whole: a calendar cut short would remove the rest */
		return -1;
	}
	if (add_item(x->cal, &it) < 0)
		return -1;
	if (fill_text(x, src, it) < 0) {
		item_free(it);
		return -1;
	}
	if (it->uid == NULL) {
		item_free(it);
		icsp_warn(x->cal, "event without a usable UID left out");
		x->cal->skipped++;
		return 0;
	}
	fill_times(src, s, dur, it);
	snprintf(it->recurrence_id, sizeof(it->recurrence_id), "%s", rid);
	x->cal->n++;
	return 0;
}

static int
is_recurring(icalcomponent *c)
{
	return icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY) != NULL ||
	    icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY) != NULL;
}

static long
duration_seconds(const char *s)
{
	struct icaldurationtype d;

	if (s == NULL)
		return 0;
	d = icaldurationtype_from_string(s);
	if (icaldurationtype_is_bad_duration(d)) {
		icalerror_clear_errno();
		return 0;
	}
	return icaldurationtype_as_int(d) > 0 ? icaldurationtype_as_int(d) : 0;
}

/* Calendar-level properties: name, refresh hints, default zone. */
static void
read_calendar_props(struct pctx *x)
{
	icalproperty *p;

	for (p = icalcomponent_get_first_property(x->vcal, ICAL_ANY_PROPERTY); p != NULL;
	    p = icalcomponent_get_next_property(x->vcal, ICAL_ANY_PROPERTY)) {
		const char *n = icalproperty_get_property_name(p);
		const char *v = icalproperty_get_value_as_string(p);
		int failed = 0;
		if (n == NULL || v == NULL)
			continue;
		if ((strcasecmp(n, "X-WR-CALNAME") == 0 || strcasecmp(n, "NAME") == 0) &&
		    x->cal->name == NULL)
			x->cal->name = ics_clean_text(v, 200, 800, 1, &failed);
		else if ((strcasecmp(n, "REFRESH-INTERVAL") == 0 || strcasecmp(n, "X-PUBLISHED-TTL") == 0) &&
		    x->cal->refresh_seconds == 0)
			x->cal->refresh_seconds = duration_seconds(v);
		else if (strcasecmp(n, "X-WR-TIMEZONE") == 0 && x->o->default_tzid == NULL &&
		    x->deflt == NULL) {
			icaltimezone *z = builtin_zone(v);
			if (z != NULL && z != x->utc) {
				x->deflt = z;
				zone_name(z, x->deflt_name);
			}
		}
	}
}

static int
parse_vcalendar(struct pctx *x)
{
	struct vevent *ms = NULL, *ov = NULL;
	size_t nms = 0, nov = 0, cap = 0, i, j, mask, *slot = NULL;   /* slot: master index + 1 */
	icalcomponent *c;
	int rc = -1;

	read_calendar_props(x);
	for (c = icalcomponent_get_first_component(x->vcal, ICAL_VEVENT_COMPONENT); c != NULL;
	    c = icalcomponent_get_next_component(x->vcal, ICAL_VEVENT_COMPONENT))
		cap++;
	if (cap == 0)
		return 0;
	for (mask = 15; mask < 2 * cap; mask = mask * 2 + 1)
		;
	if ((ms = calloc(cap, sizeof(*ms))) == NULL || (ov = calloc(cap, sizeof(*ov))) == NULL ||
	    (slot = calloc(mask + 1, sizeof(*slot))) == NULL)
		goto out;
	for (c = icalcomponent_get_first_component(x->vcal, ICAL_VEVENT_COMPONENT); c != NULL;
	    c = icalcomponent_get_next_component(x->vcal, ICAL_VEVENT_COMPONENT)) {
		struct vevent v;
		if (vevent_private(c)) {
			x->cal->skipped++;
			icsp_warn(x->cal, "event %.80s: CLASS private or confidential: not published",
			    icalcomponent_get_uid(c) ? icalcomponent_get_uid(c) : "without UID");
			continue;
		}
		if (read_vevent(x, c, &v) < 0) {
			x->cal->skipped++;
			continue;
		}
		if (v.uid == NULL || *v.uid == '\0') {
			/* RFC 5545 requires a UID; one made of the start and title keeps the event
			 * the same from fetch to fetch.  Set on the component, which owns it. */
			char made[64];
			uint64_t h = fnv1a(0xcbf29ce484222325ULL, icaltime_as_ical_string(v.start));
			h = fnv1a(h, icalcomponent_get_summary(c));
			snprintf(made, sizeof(made), "c2c-no-uid-%016llx", (unsigned long long)h);
			icalcomponent_set_uid(c, made);
			if ((v.uid = icalcomponent_get_uid(c)) == NULL)
				goto out;
			icsp_warn(x->cal, "event at %s without UID: given %s", icaltime_as_ical_string(v.start), made);
		}
		if (v.has_rid)
			ov[nov++] = v;
		else {
			/* Two masters with one UID: the higher SEQUENCE (then the later) stands.  Found
			 * by a hash of the UID: a feed holds 100,000 events. */
			size_t h = (size_t)fnv1a(0xcbf29ce484222325ULL, v.uid) & mask;
			for (; slot[h] != 0 && strcmp(ms[slot[h] - 1].uid, v.uid) != 0; h = (h + 1) & mask)
				;
			j = slot[h] != 0 ? slot[h] - 1 : nms;
			if (j < nms) {
				icsp_warn(x->cal, "event %.80s appears twice: the one with the higher SEQUENCE kept",
				    v.uid);
				x->cal->skipped++;
				if (v.sequence >= ms[j].sequence)
					ms[j] = v;
			} else {
				slot[h] = nms + 1;
				ms[nms++] = v;
			}
		}
	}
	for (i = 0; i < nms; i++) {
		if (is_recurring(ms[i].c)) {
			if (icsp_expand(x, &ms[i], ov, nov) < 0)
				goto out;
		} else if (icsp_emit(x, &ms[i], ms[i].start, icsp_duration_of(&ms[i]), "") < 0)
			goto out;
	}
	/* Overrides that replaced no occurrence: of an occurrence outside the window or one
	 * the master does not have, or without a master in this file.  Kept if they start in
	 * the window. */
	for (i = 0; i < nov; i++) {
		struct vevent *o = &ov[i];
		time_t u;
		char rid[17];
		struct icaltimetype r;
		if (o->used)
			continue;
		u = o->start.is_date ? icaltime_as_timet(o->start) : icsp_to_utc(o->start, o->zone);
		if (u < x->o->window_from || u > x->o->window_to)
			continue;
		r = icaltime_from_timet_with_zone(o->rid_utc, o->rid_date, NULL);
		if (o->rid_date ? r.year < 1 || r.year > 9999 ||
		    snprintf(rid, sizeof(rid), "%04d%02d%02d", r.year, r.month, r.day) >= (int)sizeof(rid) :
		    fmt_gm(o->rid_utc, "%Y%m%dT%H%M%SZ", rid, sizeof(rid)) < 0) {
			icsp_warn(x->cal, "event %.80s: RECURRENCE-ID out of range: the occurrence left out", o->uid);
			x->cal->skipped++;
			continue;
		}
		if (icsp_emit(x, o, o->start, icsp_duration_of(o), rid) < 0)
			goto out;
	}
	rc = 0;
out:
	free(ms);
	free(ov);
	free(slot);
	return rc;
}

enum c2c_err
ics_parse(const char *text, size_t len, const struct ics_parse_opts *o, struct ics_calendar *cal,
    char *err, size_t errlen)
{
	icalcomponent *root, *c;
	struct pctx x;
	int failed = 0, ncal = 0;

	memset(cal, 0, sizeof(*cal));
	ics_init();
	if (text == NULL || len == 0) {
		snprintf(err, errlen, "the file is empty");
		return C2C_EINVAL;
	}
	if (memchr(text, '\n', len) == NULL && memchr(text, '\r', len) != NULL) {
		/* Old Mac line ends (CR alone, as Lotus Notes writes them): read as LF. */
		char *copy = malloc(len + 1);
		enum c2c_err rc;
		size_t i;
		if (copy == NULL)
			return C2C_ENOMEM;
		for (i = 0; i < len; i++)
			copy[i] = text[i] == '\r' ? '\n' : text[i];
		copy[len] = '\0';
		rc = ics_parse(copy, len, o, cal, err, errlen);
		free(copy);
		return rc;
	}
	/* Before libical, whose parser is quadratic in a property's parameters. */
	if (ics_prescan(text, len, o->max_property_bytes, o->max_parameters, err, errlen) < 0)
		return C2C_ETOOLONG;
	if (ics_check_structure(text, len, err, errlen) < 0)
		return C2C_EINVAL;
	memset(&x, 0, sizeof(x));
	x.o = o;
	x.cal = cal;
	x.utc = icaltimezone_get_utc_timezone();
	if (o->default_tzid != NULL && (x.deflt = builtin_zone(o->default_tzid)) != NULL) {
		if (x.deflt == x.utc)
			x.deflt = NULL;
		else
			zone_name(x.deflt, x.deflt_name);
	}
	if ((root = icalparser_parse_string(text + (memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0))) == NULL) {
		icalerror_clear_errno();
		snprintf(err, errlen, "libical could not read the file as iCalendar");
		return C2C_EINVAL;
	}
	/* Several VCALENDARs in one file come back under an XROOT. */
	c = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT ? root :
	    icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
	for (; c != NULL && !failed; c = c == root ? NULL :
	    icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)) {
		icalproperty *p;
		ncal++;
		x.vcal = c;
		/* Lines libical could not read become X-LIC-ERROR properties: report them. */
		for (p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p != NULL;
		    p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
			icsp_warn(cal, "libical: %.200s", icalproperty_get_xlicerror(p));
		if (parse_vcalendar(&x) < 0)
			failed = 1;
	}
	icalcomponent_free(root);
	icalerror_clear_errno();
	if (x.over) {
		ics_calendar_free(cal);
		snprintf(err, errlen, "over budget: more than %ld occurrences in the import window "
		    "(import_max_occurrences)", o->max_occurrences);
		return C2C_ETOOLONG;
	}
	if (failed) {
		ics_calendar_free(cal);
		snprintf(err, errlen, "out of memory");
		return C2C_ENOMEM;
	}
	if (ncal == 0) {
		snprintf(err, errlen, "no VCALENDAR in the file");
		return C2C_EINVAL;
	}
	return C2C_OK;
}

int
ics_zone_known(const char *name)
{
	ics_init();
	return name != NULL && strchr(name, '/') != NULL && strlen(name) < 64 &&
	    ics_tzid_valid(name) && icaltimezone_get_builtin_timezone(name) != NULL;
}

void
ics_calendar_free(struct ics_calendar *cal)
{
	size_t i;

	for (i = 0; i < cal->n; i++)
		item_free(&cal->items[i]);
	free(cal->items);
	free(cal->name);
	buf_free(&cal->warnings);
	memset(cal, 0, sizeof(*cal));
}

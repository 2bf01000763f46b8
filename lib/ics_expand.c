/* ics_expand.c: recurring events to their occurrences within the window (ics_parse.h):
 * RRULE with a budget of iterator steps and a floor on the interval, RDATE, EXDATE, and
 * the RECURRENCE-ID overrides that replace theirs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "grow.h"
#include "ics_parse.h"
#include "ics_parse_impl.h"

/* The override of the occurrence of uid at u (UTC; dates at 00:00 UTC), if the file has
 * one. */
static struct vevent *
find_override(struct vevent *ov, size_t nov, const char *uid, time_t u)
{
	size_t i;

	for (i = 0; i < nov; i++)
		if (!ov[i].used && ov[i].rid_utc == u && strcmp(ov[i].uid, uid) == 0)
			return &ov[i];
	return NULL;
}

static int
time_in(struct icaltimetype *list, size_t n, struct icaltimetype t, const struct vevent *v)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (t.is_date || list[i].is_date) {
			if (list[i].year == t.year && list[i].month == t.month && list[i].day == t.day)
				return 1;
		} else if (icsp_to_utc(list[i], list[i].zone ? list[i].zone : v->zone) == icsp_to_utc(t, v->zone))
			return 1;
	}
	return 0;
}

/* Collects EXDATE or RDATE values of v, in v's zone (each keeps its own zone in .zone). */
static int
collect_dates(struct pctx *x, const struct vevent *v, icalproperty_kind k,
    struct icaltimetype **out, size_t *n)
{
	icalproperty *p;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	for (p = icalcomponent_get_first_property(v->c, k); p != NULL;
	    p = icalcomponent_get_next_property(v->c, k)) {
		struct icaltimetype t, *g;
		icaltimezone *z;
		char name[65];

		if (k == ICAL_EXDATE_PROPERTY)
			t = icalproperty_get_exdate(p);
		else {
			struct icaldatetimeperiodtype dp = icalproperty_get_rdate(p);
			t = icaltime_is_null_time(dp.time) ? dp.period.start : dp.time;
		}
		/* A date no window reaches, and which would cost a zone expansion to its year. */
		if (icaltime_is_null_time(t) || !icsp_plausible(t))
			continue;
		if ((g = grow(*out, *n, &cap, sizeof(*g), 8)) == NULL)
			return -1;
		*out = g;
		if (!t.is_date && icsp_prop_zone(x, p, t, &z, name) < 0)
			z = v->zone;
		t.zone = t.is_date ? NULL : (z != NULL ? z : x->utc);
		(*out)[(*n)++] = t;
	}
	return 0;
}

/* Emits the occurrence of m at t (u: its UTC time, the key of overrides): the file's
 * override of that occurrence when it has one (then used), else m moved to t.  -1 when
 * out of memory. */
static int
emit_occurrence(struct pctx *x, struct vevent *m, struct vevent *ov, size_t nov,
    struct icaltimetype t, time_t u, long dur)
{
	struct vevent *o = find_override(ov, nov, m->uid, u);
	char rid[17];

	icsp_rid_text(t, m, rid);
	if (o == NULL)
		return icsp_emit(x, m, t, dur, rid);
	o->used = 1;
	return icsp_emit(x, o, o->start, icsp_duration_of(o), rid);
}

/* The shortest period of a FREQ, in seconds; 0 for none.  Monthly and yearly count
 * their shortest month and year. */
static long
freq_seconds(icalrecurrencetype_frequency f)
{
	switch (f) {
	case ICAL_SECONDLY_RECURRENCE: return 1;
	case ICAL_MINUTELY_RECURRENCE: return 60;
	case ICAL_HOURLY_RECURRENCE:   return 3600;
	case ICAL_DAILY_RECURRENCE:    return 86400;
	case ICAL_WEEKLY_RECURRENCE:   return 7 * 86400;
	case ICAL_MONTHLY_RECURRENCE:  return 28 * 86400;
	case ICAL_YEARLY_RECURRENCE:   return 365 * 86400;
	default:                       return 0;
	}
}

/* The occurrences of a recurring master within the window, overrides applied. */
int
icsp_expand(struct pctx *x, struct vevent *m, struct vevent *ov, size_t nov)
{
	icalproperty *rp = icalcomponent_get_first_property(m->c, ICAL_RRULE_PROPERTY);
	struct icaltimetype *ex = NULL, *rd = NULL, start = m->start, t;
	size_t nex = 0, nrd = 0, i, kept = 0;
	long dur = icsp_duration_of(m);
	icalrecur_iterator *it = NULL;
	int rc = -1, cut = 0, have_prev = 0;
	time_t prev = 0;

	if (collect_dates(x, m, ICAL_EXDATE_PROPERTY, &ex, &nex) < 0 ||
	    collect_dates(x, m, ICAL_RDATE_PROPERTY, &rd, &nrd) < 0)
		goto out;
	start.zone = start.is_date ? NULL : (m->zone != NULL ? m->zone : x->utc);
	if (rp != NULL) {
		struct icalrecurrencetype r = icalproperty_get_rrule(rp);
		long period = freq_seconds(r.freq) * (r.interval > 0 ? r.interval : 1);
		if (x->o->min_interval > 0 && period > 0 && period < x->o->min_interval) {
			/* Refused before a step is taken: 2,000 events of FREQ=SECONDLY made two
			 * million occurrences. */
			icsp_warn(x->cal, "event %.80s: RRULE recurs more often than every %ld s "
			    "(import_min_interval): only its first date kept", m->uid, x->o->min_interval);
		} else if (r.freq == ICAL_NO_RECURRENCE || (it = icalrecur_iterator_new(r, start)) == NULL) {
			icsp_warn(x->cal, "event %.80s: RRULE not understood: only its first date kept", m->uid);
			icalerror_clear_errno();
		} else if (r.count == 0 && (start.is_date ? icaltime_as_timet(start) :
		    icsp_to_utc(start, m->zone)) < x->o->window_from) {
			/* Start at the window rather than walk from DTSTART: a daily rule of 1997
			 * took 8,000 steps, a minutely one the whole step budget, to reach today
			 * (the fuzzer found a 10 KB file that took 1.4 s).  Occurrences that begin
			 * before the window are dropped below anyway.  With COUNT the rule must be
			 * counted from DTSTART: libical refuses, and the walk stays. */
			struct icaltimetype from = icaltime_from_timet_with_zone(x->o->window_from,
			    start.is_date, x->utc);
			if (!icalrecur_iterator_set_start(it, from))
				icalerror_clear_errno();
		}
	}
	/* The iterator yields DTSTART first, then the rule's dates, in order; RDATEs follow. */
	for (i = 0; ; ) {
		time_t u;

		if (it != NULL) {
			if (x->steps++ >= STEPS_MAX) {
				cut = 2;
				break;
			}
			t = icalrecur_iterator_next(it);
			if (icaltime_is_null_time(t))
				break;
		} else if (i == 0) {
			t = start;
			i = 1;
		} else
			break;
		u = t.is_date ? icaltime_as_timet(t) : icsp_to_utc(t, m->zone);
		if (u > x->o->window_to)
			break;
		/* BYHOUR, BYMINUTE, BYSECOND can make a daily rule recur every second: the gap
		 * between its dates is what counts. */
		if (x->o->min_interval > 0 && have_prev && u >= prev && u - prev < x->o->min_interval) {
			cut = 3;
			break;
		}
		prev = u;
		have_prev = 1;
		if (u < x->o->window_from || time_in(ex, nex, t, m))
			continue;
		if (kept >= (size_t)x->o->max_instances) {
			cut = 1;
			break;
		}
		if (emit_occurrence(x, m, ov, nov, t, u, dur) < 0)
			goto out;
		kept++;
	}
	for (i = 0; i < nrd; i++) {
		struct icaltimetype s = rd[i];
		time_t u = s.is_date ? icaltime_as_timet(s) : icsp_to_utc(s, s.zone);
		if (u < x->o->window_from || u > x->o->window_to || time_in(ex, nex, s, m))
			continue;
		if (kept >= (size_t)x->o->max_instances) {
			if (cut == 0)
				cut = 1;
			break;
		}
		if (!s.is_date)   /* in the master's zone, so that the stored zone is right */
			s = icaltime_from_timet_with_zone(u, 0, m->zone);
		if (emit_occurrence(x, m, ov, nov, s, u, dur) < 0)
			goto out;
		kept++;
	}
	if (cut == 1)
		icsp_warn(x->cal, "event %.80s: recurrence cut at %d occurrences (import_max_instances)",
		    m->uid, x->o->max_instances);
	else if (cut == 2)
		icsp_warn(x->cal, "event %.80s: recurrence rules of this file too dense: expansion stopped",
		    m->uid);
	else if (cut == 3)
		icsp_warn(x->cal, "event %.80s: RRULE recurs more often than every %ld s "
		    "(import_min_interval): expansion stopped there", m->uid, x->o->min_interval);
	rc = 0;
out:
	if (it != NULL)
		icalrecur_iterator_free(it);
	free(ex);
	free(rd);
	return rc;
}

/* ics_parse_impl.h: what ics_parse.c, ics_scan.c and ics_expand.c share (internal to
 * them; users of the parser include ics_parse.h). */
#ifndef C2C_ICS_PARSE_IMPL_H
#define C2C_ICS_PARSE_IMPL_H

#include <stddef.h>
#include <time.h>

#include <libical/ical.h>

#include "ics_parse.h"

/* Steps of libical's recurrence iterator allowed per file, so that a rule such as
 * FREQ=SECONDLY from 1970 cannot keep the importer busy for hours. */
#define STEPS_MAX 2000000L

struct pctx {
	const struct ics_parse_opts *o;
	struct ics_calendar *cal;
	icalcomponent *vcal;
	icaltimezone *utc;
	icaltimezone *deflt;          /* zone of floating times, NULL: UTC */
	char deflt_name[65];          /* its IANA name, or "" */
	long steps;                   /* recurrence steps taken so far */
	int over;                     /* o->max_occurrences reached: the file is refused */
};

/* What a VEVENT says, its times unresolved. */
struct vevent {
	icalcomponent *c;
	const char *uid;
	struct icaltimetype start, end;   /* local as written; end null when none */
	icaltimezone *zone;               /* of start; NULL: UTC */
	char zone_name[65];               /* its IANA name, or "" */
	int has_rid;
	time_t rid_utc;                   /* RECURRENCE-ID in UTC (date: 00:00 UTC) */
	int rid_date;
	int sequence;
	int used;                         /* an override that replaced an occurrence */
};

/* ics_parse.c: a warning of the calendar (the first WARNINGS_KEPT are kept). */
void icsp_warn(struct ics_calendar *cal, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The zone of a time property (-1: unknown, the default used); t in UTC; v's length;
 * an occurrence's RECURRENCE-ID text; whether t is a date a calendar can mean; adds one
 * occurrence of src at local start s. */
int icsp_prop_zone(struct pctx *x, icalproperty *p, struct icaltimetype t, icaltimezone **z,
    char name[65]);
time_t icsp_to_utc(struct icaltimetype t, const icaltimezone *z);
long icsp_duration_of(const struct vevent *v);
void icsp_rid_text(struct icaltimetype s, const struct vevent *v, char out[17]);
int icsp_plausible(struct icaltimetype t);
int icsp_emit(struct pctx *x, const struct vevent *src, struct icaltimetype s, long dur,
    const char *rid);

/* ics_expand.c: the occurrences of recurring event m within the window, each replaced by
 * its override among ov[0..nov) if the file has one.  -1 when out of memory. */
int icsp_expand(struct pctx *x, struct vevent *m, struct vevent *ov, size_t nov);

/* ics_scan.c: the structure of the text before libical reads it (UTF-8 across folds,
 * BEGIN/END nesting up to DEPTH_MAX, with line numbers).  -1 with err when it fails. */
int ics_check_structure(const char *text, size_t len, char *err, size_t errlen);

#endif

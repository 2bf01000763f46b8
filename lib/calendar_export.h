/* calendar_export.h: "/feeds/events.ics": the events that the pages' filters select, as
 * one iCalendar file (lib/ics.c writes it). */
#ifndef C2C_CALENDAR_EXPORT_H
#define C2C_CALENDAR_EXPORT_H

#include "buf.h"
#include "db.h"
#include "err.h"
#include "param.h"

/* At most this many events per calendar, by start (issue 15: 5,000 took 370 ms at 2 million
 * events; a client narrows with from, to or a filter).  CALENDAR_LIMIT_SQL is one more. */
#define CALENDAR_LIMIT 1000
#define CALENDAR_LIMIT_SQL "1001"

/* Appends to body the calendar of the events p's filters select (at most CALENDAR_LIMIT, by
 * start), named site_name; *more is set when further events were left out.  An event the export cannot write is left out with a warning in the
 * log rather than taking the calendar down.  C2C_OK, a database error or C2C_ENOMEM. */
enum c2c_err calendar_export(struct db *db, const struct params *p, const char *site_name,
    struct buf *body, int *more);

#endif

/* calendar_export.h: "/feeds/events.ics": the events that the pages' filters select, as
 * one iCalendar file (lib/ics.c writes it). */
#ifndef C2C_CALENDAR_EXPORT_H
#define C2C_CALENDAR_EXPORT_H

#include "buf.h"
#include "db.h"
#include "err.h"
#include "param.h"

/* Appends to body the calendar of the events p's filters select (at most 5,000, by start),
 * named site_name.  An event the export cannot write is left out with a warning in the
 * log rather than taking the calendar down.  C2C_OK, a database error or C2C_ENOMEM. */
enum c2c_err calendar_export(struct db *db, const struct params *p, const char *site_name,
    struct buf *body);

#endif

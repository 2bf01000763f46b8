/* ics_lines.h: an iCalendar component as its content lines (RFC 5545 3.1), for the export
 * (ics.c): folded at 75 octets never inside a UTF-8 sequence, text escaped where libical
 * 3.0 does not (CATEGORIES, X- properties), libical's own folding undone.  Deterministic:
 * the same component gives the same bytes. */
#ifndef C2C_ICS_LINES_H
#define C2C_ICS_LINES_H

#include <libical/ical.h>

#include "buf.h"
#include "err.h"

/* Appends component c with its properties and subcomponents, in libical's order, to b;
 * line is scratch (the caller's, reused across calls).  C2C_OK or C2C_ENOMEM. */
enum c2c_err ics_emit_comp(struct buf *b, struct buf *line, icalcomponent *c);

#endif

/* link.h: every URL c2c writes is built here, from the mount point and validated values. */
#ifndef C2C_LINK_H
#define C2C_LINK_H

#include "buf.h"
#include "param.h"
#include "route.h"

/* Appends s percent-encoded for a query value or path segment (RFC 3986 unreserved kept). */
int link_escape(struct buf *out, const char *s);

/* Appends base + path (+ ".xml" for REPR_XML) + the query of the parameters of p in mask,
 * with "after" set to `after` when not NULL.  The query is canonical: parameters in a fixed
 * order, so one page has one URL.  0, or -1 when out of memory. */
int link_list(struct buf *out, const char *base, const char *path, enum repr repr,
    const struct params *p, unsigned mask, const char *after);

#endif

/* dashboard.h: how a partnership is doing (the report's Measure step): its KPIs with the
 * latest value, the change against the previous period, the target and a chart of the
 * history; its activities by status; and the alerts (agreement expiring or up for
 * renewal within 90 days, KPI below target, dormant for 12 months).  The rules are
 * lib/kpi.h's; this module reads the data and writes the <dashboard> element. */
#ifndef C2C_DASHBOARD_H
#define C2C_DASHBOARD_H

#include <libxml/tree.h>

#include "db.h"

#include "buf.h"

/* Appends <dashboard> for partnership id under parent.  today is "YYYY-MM-DD" (UTC): the
 * rules never read the clock.  lang ("en" or "zh") names the charts.  from and to
 * ("YYYY-MM-DD" or NULL) keep the values of the periods that overlap them.  Internal KPI
 * values are never read. */
enum c2c_err dashboard_partnership(struct db *db, long long id, const char *today,
    const char *lang, const char *from, const char *to, xmlNodePtr parent);

/* Appends the same KPI history as CSV (RFC 4180, header row, CRLF): one row per KPI and
 * period of the effective series (corrections applied), with its target and status.
 * Text fields that a spreadsheet would take for a formula are prefixed with '. */
enum c2c_err dashboard_partnership_csv(struct db *db, long long id, const char *from,
    const char *to, struct buf *out);

#endif

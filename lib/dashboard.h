/* dashboard.h: how a partnership is doing (the report's Measure step): its KPIs with the
 * latest value, the change against the previous period, the target and a chart of the
 * history; its activities by status; and the alerts (agreement expiring or up for
 * renewal within 90 days, KPI below target, dormant for 12 months).  The rules are
 * lib/kpi.h's; this module reads the data and writes the <dashboard> element. */
#ifndef C2C_DASHBOARD_H
#define C2C_DASHBOARD_H

#include <libxml/tree.h>

#include "db.h"

/* Appends <dashboard> for partnership id under parent.  today is "YYYY-MM-DD" (UTC): the
 * rules never read the clock.  lang ("en" or "zh") names the charts.  Internal KPI values
 * are never read. */
enum c2c_err dashboard_partnership(struct db *db, long long id, const char *today,
    const char *lang, xmlNodePtr parent);

#endif

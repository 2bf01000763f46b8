/* dashboard.h: how a partnership is doing (the report's Measure step): its KPIs with the
 * latest value, the change against the previous period, the target and a chart of the
 * history; its activities by status; and the alerts (agreement expiring or up for
 * renewal within 90 days, KPI below target, dormant for 12 months).  The rules are
 * lib/kpi.h's; this module reads the data and writes the <dashboard> element (its files
 * and what they share: lib/dashboard_impl.h). */
#ifndef C2C_DASHBOARD_H
#define C2C_DASHBOARD_H

#include <libxml/tree.h>

#include "db.h"

#include "buf.h"

/* Appends <dashboard> for partnership id under parent: alerts, the agreements on a
 * timeline (chart_timeline), activities by status, each KPI entered and, for the KPIs of
 * kpi_computed_def, its computed twin counted from activities, events and agreements.
 * today is "YYYY-MM-DD" (UTC): the rules never read the clock.  lang ("en" or "zh") names
 * the charts.  from and to ("YYYY-MM-DD" or NULL) keep the values of the periods that
 * overlap them and the counted items in them.  Internal KPI values are left out unless
 * internal is set (the page of the partnership's editors, never cached or public): they
 * are then shown with internal="1" and <dashboard internal="shown">.  The nodes belong to
 * parent's document. */
enum c2c_err dashboard_partnership(struct db *db, long long id, const char *today,
    const char *lang, const char *from, const char *to, int internal, xmlNodePtr parent);

/* Appends the same KPI history as CSV (RFC 4180, header row, CRLF): one row per KPI and
 * period of the effective series (corrections applied), with its target and status.
 * Text fields that a spreadsheet would take for a formula are prefixed with '.  internal
 * as dashboard_partnership. */
enum c2c_err dashboard_partnership_csv(struct db *db, long long id, const char *from,
    const char *to, int internal, struct buf *out);

/* The other tables of the dashboards as CSV, taken from the very <dashboard> the page
 * shows (lib/dashboard_csv.c), so the numbers cannot differ.  Partnership: table
 * "agreements" (the timeline) or "activities" (by status).  Overview: "by-country",
 * "by-area", "per-year" or "map" (the lines: one row per partnership).  C2C_EINVAL for
 * another table, C2C_ENOTFOUND for an unknown partnership. */
enum c2c_err dashboard_partnership_table_csv(struct db *db, long long id, const char *today,
    const char *table, const char *from, const char *to, struct buf *out);
enum c2c_err dashboard_overview_csv(struct db *db, const char *table, const char *from,
    const char *to, struct buf *out);

/* "/cities/{slug}/dashboard" (lib/dashboard_city.c): appends to root (<city-dashboard>)
 * the city, its partnerships side by side with a chart, its public KPI values summed
 * across its partnerships per period (corrections applied before internal values and the
 * range are left out), and its events and its partners' with each timed event's local
 * time in every zone concerned.  today, lang, from and to as dashboard_partnership.
 * C2C_ENOTFOUND for an unknown city. */
enum c2c_err dashboard_city(struct db *db, const char *slug, const char *today, const char *lang,
    const char *from, const char *to, xmlNodePtr root);
/* One table of the city's dashboard as CSV (RFC 4180, header row, CRLF, formula-safe as
 * dashboard_csv_field): table "kpis" (or NULL): the KPI totals, one row per KPI and period
 * (as dashboard_partnership_csv); "partnerships": its partnerships side by side with their
 * counts in the range; "events": its events and its partners' (as on the page, UTC);
 * "own": the city's own values (dashboard_city_own_csv).
 * C2C_ENOTFOUND for an unknown city, C2C_EINVAL for another table. */
enum c2c_err dashboard_city_csv(struct db *db, const char *slug, const char *table,
    const char *from, const char *to, struct buf *out);

/* A city's own KPI values (kpi_values.city_id; not its partnerships'), public ones only:
 * appends <own> to parent, with a <kpi> per KPI as in dashboard_partnership (latest with
 * its provenance, previous, change, history and chart; no targets) whose chart ids begin
 * "own-".  And the same as CSV, as dashboard_partnership_csv. */
enum c2c_err dashboard_city_own(struct db *db, long long city_id, const char *lang,
    const char *from, const char *to, xmlNodePtr parent);
enum c2c_err dashboard_city_own_csv(struct db *db, long long city_id, const char *from,
    const char *to, struct buf *out);

/* "/" (lib/dashboard_overview.c): appends <dashboard> to root with the figures
 * by-country, by-area and per-year (rows and a bar chart each) and map (the partner
 * cities and the lines between them, map.h).  lang names the charts.  from and to
 * ("YYYY-MM-DD" or NULL) keep the partnerships that began in their years (a partnership
 * whose start is unknown is then left out; per-year's unknown still counts them all). */
enum c2c_err dashboard_overview(struct db *db, const char *lang, const char *from, const char *to,
    xmlNodePtr root);

#endif

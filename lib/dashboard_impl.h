/* dashboard_impl.h: what the files of the dashboards share (internal; the public side is
 * lib/dashboard.h).  Where each part lives:
 *   dashboard_kpi.c         one <kpi> element: its names, values, points and line chart;
 *                           the dashboards' number, date and CSV field helpers
 *   dashboard_values.c      the KPI values of a partnership or of a city itself: loaded,
 *                           corrected (effective series), as <kpi> blocks and as CSV
 *   dashboard.c             the partnership's page: activities, computed indicators, alerts
 *   dashboard_agreements.c  the partnership's agreements: expiry alerts and timeline
 *   dashboard_city.c        the city's page and its CSV tables; partnerships side by side
 *   dashboard_city_kpi.c    the city's KPIs summed across its partnerships, and computed
 *   dashboard_city_events.c the city's events and its partners' in every local time
 *   dashboard_csv.c         CSV fields, and the tables read off a <dashboard> element
 * Strings in the structs below are borrowed from db_rows or static tables that outlive
 * them; nodes belong to the caller's document. */
#ifndef C2C_DASHBOARD_IMPL_H
#define C2C_DASHBOARD_IMPL_H

#include <libxml/tree.h>

#include "buf.h"
#include "db.h"
#include "kpi.h"

#define DASH_DAY "'%Y-%m-%d'"   /* DATE_FORMAT of a day, as kpi_date_parse reads it */

/* --- dashboard_kpi.c ----------------------------------------------------------------- */

/* s ("YYYY-MM-DD") as a date; KPI_DATE_NONE for NULL or anything else. */
struct kpi_date dashboard_date(const char *s);
/* Runs sql (its na parameters a) and returns its first column, a day, of every row as
 * dates (dashboard_date): *out malloc'd (caller frees; NULL when there is no row), *n of
 * them.  A database error, or C2C_ENOMEM. */
enum c2c_err dashboard_query_dates(struct db *db, const char *sql, const struct db_param *a,
    size_t na, struct kpi_date **out, size_t *n);
/* bsearch's comparison of an id (uint64_t *key) with a struct kpi_value's: finds the
 * row of an effective value in the values it was made from, which come ordered by id. */
int dash_cmp_value_id(const void *key, const void *elem);
/* Sets attribute name to v with up to 4 decimals, trailing zeros dropped.  0 or -1. */
int dashboard_num_attr(xmlNodePtr n, const char *name, double v);
/* Sets attribute name to the label of p (kpi_period_label).  0 or -1. */
int dashboard_period_attr(xmlNodePtr n, const char *name, const struct kpi_period *p);

/* What a <kpi> says about itself: from its kpis row (k: id, slug, name_en, name_zh, kind,
 * direction, unit), or for a computed indicator without one from lib/kpi.h's table. */
struct dash_meta {
	const char *slug, *name_en, *name_zh, *kind, *direction, *unit;
	const char *source;   /* NULL: entered; else computed from these ("activities") */
	size_t      items;    /* computed: how many of them were counted */
	int         alerts;   /* may raise kpi-below-target (partnership only) */
	const char *chart_id; /* the chart's id prefix; NULL: "kpi-SLUG[-computed]" */
};

struct dash_meta dash_meta_of_row(const struct db_rows *k, size_t ki);
/* The meta of computed indicator s counting items: its kpis row's names when k has a row
 * of its slug (*ki its index), else lib/kpi.h's (*ki KPI_NONE).  alerts 1, chart_id NULL. */
struct dash_meta dash_meta_computed(const struct db_rows *k, enum kpi_source s, size_t items,
    size_t *ki);

/* The period kind a computed twin counts in, from the entered series v[0..n) of its KPI:
 * quarters when at least half of them are quarterly (one odd monthly value does not
 * switch a quarterly KPI to years), else years. */
enum kpi_period_kind dash_computed_kind(const struct kpi_value *v, size_t n);

/* Appends <kpi slug kind direction origin [source items]> with its names and unit to
 * parent; NULL when out of memory.  The rest of the element is the caller's. */
xmlNodePtr dash_kpi_element(xmlNodePtr parent, const struct dash_meta *m);
/* Appends <name period value> for v to parent; NULL when out of memory. */
xmlNodePtr dash_value_element(xmlNodePtr parent, const char *name, const struct kpi_value *v);

/* What a point says beyond its period and value (provenance, partnerships): 0 or -1. */
typedef int (*dash_point_fn)(xmlNodePtr pt, size_t i, const void *arg);

/* Appends to kpi one <point> per value of the series s[0..n) (dash_value_element, then
 * extra(pt, i, arg) unless extra is NULL), and the <chart> of the series (a line, the
 * target as a line unless it is NAN), titled by m's name in lang (its slug when unnamed),
 * its ids prefixed by m->chart_id or "kpi-SLUG[-computed]" to keep two charts of a page
 * apart.  Scratch freed before it returns. */
enum c2c_err dash_kpi_series(xmlNodePtr kpi, const struct dash_meta *m, const struct kpi_value *s,
    size_t n, dash_point_fn extra, const void *arg, const char *lang, double target);

/* The CSV fields kpi, name_en, name_zh, unit of row ki of k (dash_meta_of_row's columns),
 * and period, period_start, period_end of p, each followed by ",".  0 or -1. */
int dashboard_csv_kpi(struct buf *out, const struct db_rows *k, size_t ki);
int dashboard_csv_period(struct buf *out, const struct kpi_period *p);

/* --- dashboard_csv.c ------------------------------------------------------------------ */

/* Appends one CSV field (quoted when needed; text starting like a formula gets a ' when
 * text is set) and "," or, when last, CRLF.  NULL s is empty.  0 or -1 (out of memory). */
int dashboard_csv_field(struct buf *out, const char *s, int text, int last);
/* A number with 4 decimals, or an empty field when !present. */
int dashboard_csv_num(struct buf *out, double v, int present, int last);

/* --- dashboard_values.c ---------------------------------------------------------------- */

/* What a dashboard and its CSV read: KPIs, the owner's values in the range, its targets;
 * the values and targets as lib/kpi.h wants them.  Owned: dash_free. */
struct dash {
	struct db_rows     k, v, t;           /* v: kpi, id, supersedes, start, end, value,
	                                       * illustrative, shown (may be shown and in
	                                       * range), internal, source, confidence */
	struct kpi_value  *vals;
	struct kpi_target *tgs;
	int                illustrative;
};

/* Whose values: a partnership's (with its targets) or a city's own. */
enum dash_owner { OWNER_PARTNERSHIP, OWNER_CITY };

/* Loads d (zeroed first; dash_free it whatever this returns).  from, to and internal as
 * dashboard_partnership. */
enum c2c_err dash_load(struct db *db, enum dash_owner owner, long long id, const char *from,
    const char *to, int internal, struct dash *d);
void dash_free(struct dash *d);

/* One KPI of the dashboard: its row in k, its effective series (corrections applied)
 * cut to what may be shown, and its targets.  Borrowed from the walk or the caller. */
struct dash_kpi {
	size_t                   ki;
	enum kpi_kind            kind;
	enum kpi_direction       dir;
	struct kpi_value        *eff;    /* ne values */
	const struct db_rows    *v;      /* the values' rows (struct dash), and the row of */
	const size_t            *rows;   /* each eff[i] in them; NULL: computed, no rows */
	size_t                   ne;
	const struct kpi_target *tgs;
	size_t                   nt;
};

/* A walk over the KPIs that have values: values and targets come ordered by KPI, so the
 * three lists are walked together.  Zero-initialise; dash_walk_end frees. */
struct dash_walk {
	size_t            ki, vi, ti;
	struct kpi_value *buf;
	size_t           *rows;
};

/* The next KPI with at least one value that may be shown into *out (valid until the next
 * call): 1, 0 at the end, -1 when memory runs out. */
int dash_next(const struct dash *d, struct dash_walk *w, struct dash_kpi *out);
void dash_walk_end(struct dash_walk *w);

/* Appends one <kpi> for dk to parent: latest, previous, change, target, points, chart; a
 * kpi-below-target alert under alerts when m->alerts.  Nothing when dk has no value. */
enum c2c_err dash_kpi_block(xmlNodePtr parent, const struct dash_meta *m, const struct dash_kpi *dk,
    const char *lang, xmlNodePtr alerts);

/* --- dashboard_agreements.c ------------------------------------------------------------ */

/* The partnership's agreements: an <alert> under alerts for each expiring or due for
 * renewal within 90 days, then their <timeline> under dash.  *signed_on (malloc'd, caller
 * frees) gets the signing days, *nsigned of them, for the computed agreements-signed. */
enum c2c_err dash_agreements(struct db *db, long long id, struct kpi_date today, const char *lang,
    xmlNodePtr dash, xmlNodePtr alerts, struct kpi_date **signed_on, size_t *nsigned);

/* --- the city's dashboard ---------------------------------------------------------------- */

/* The city and its partners, as a table x (city_id) that events are joined to by the
 * events_city index; four parameters, all the city's id.  "city_id = ? OR city_id IN
 * (partners)" on events itself read every event (issue 15). */
#define CITY_AND_PARTNERS \
	"(SELECT ? AS city_id UNION SELECT IF(p.europe_city_id = ?, p.china_city_id, p.europe_city_id) " \
	"  FROM partnerships p WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?)) x"

/* The city, or a partner: what an event's local times name.  Strings borrowed. */
struct place {
	const char *slug, *en, *local, *zh, *zone;
};

/* dashboard_city_events.c: <events> under dash, the 100 latest events of the city and
 * its partners in the range with each timed event's local time in every zone concerned
 * (places[0] the city, then its partners); and the same rows as CSV. */
enum c2c_err city_events(struct db *db, long long city, const char *from, const char *to,
    xmlNodePtr dash, const struct place *places, size_t nplaces);
enum c2c_err city_events_csv(struct db *db, long long city, const char *from, const char *to,
    struct buf *out);

/* dashboard_city_kpi.c: the city's KPI totals across its partnerships, each followed by
 * its computed twin, then the computed indicators left, yearly (<kpi> under dash, which
 * gets illustrative="1" when a value shown is an illustrative sample); and the totals as
 * CSV (dashboard_city_csv's table "kpis"). */
enum c2c_err city_kpis(struct db *db, long long city, const char *today, const char *from,
    const char *to, const char *lang, xmlNodePtr dash);
enum c2c_err city_kpis_csv(struct db *db, long long city, const char *from, const char *to,
    struct buf *out);

/* dashboard_city.c: writes the columns cols (names in r, NULL-terminated) of every row of
 * r as CSV, under the header names; text columns (text[i]) formula-safe.  0 or -1. */
int city_rows_csv(struct buf *out, const struct db_rows *r, const char *const *cols,
    const char *const *names, const int *text);

#endif

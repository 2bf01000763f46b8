/* dashboard.c: the <dashboard> of a partnership: its alerts, agreements
 * (lib/dashboard_agreements.c), activities by status and area, each KPI entered
 * (lib/dashboard_values.c) followed by its computed twin, and the computed indicators
 * counted from activities, events and agreements.  The rules are lib/kpi.h's. */
#include <stdlib.h>
#include <string.h>

#include "dashboard.h"
#include "dashboard_impl.h"
#include "model.h"
#include "xml.h"

/* Activities by cooperation area under box: <area count slug> with names, most first;
 * those without an area last, as <area count> alone (model_rows: NULLs add nothing). */
static enum c2c_err
activity_areas(struct db *db, long long id, xmlNodePtr box)
{
	static const char sql[] =
	    "SELECT COUNT(*) AS `@count`, a.slug AS `@slug`, a.name_en AS `name@en`, "
	    "a.name_zh AS `name@zh` FROM activities t "
	    "LEFT JOIN areas a ON a.id = t.area_id WHERE t.partnership_id = ? AND t.deleted_at IS NULL "
	    "GROUP BY a.id, a.slug, a.name_en, a.name_zh ORDER BY a.id IS NULL, COUNT(*) DESC, a.name_en";
	struct db_param a[] = { DBP_I(id) };

	return model_rows(db, sql, a, 1, box, NULL, "area");
}

/* Activities by status and by area, and their dates for the dormancy rule (caller frees
 * *acts). */
static enum c2c_err
activities(struct db *db, long long id, xmlNodePtr dash, struct kpi_activity **acts, size_t *n)
{
	static const char sql[] =
	    "SELECT t.status, DATE_FORMAT(t.starts_on, " DASH_DAY "), DATE_FORMAT(t.ends_on, " DASH_DAY "), "
	    "DATE_FORMAT(t.updated_at, " DASH_DAY ") FROM activities t "
	    "WHERE t.partnership_id = ? AND t.deleted_at IS NULL";
	static const char *const statuses[] = { "idea", "planned", "running", "done", "cancelled" };
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	xmlNodePtr box;
	enum c2c_err rc;
	size_t i, s, count[5] = { 0 };

	*acts = NULL;
	*n = 0;
	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows > 0 && (*acts = calloc(r.nrows, sizeof(**acts))) == NULL) {
		db_rows_free(&r);
		return C2C_ENOMEM;
	}
	for (i = 0; i < r.nrows; i++) {
		struct kpi_activity *t = &(*acts)[(*n)++];
		if (kpi_activity_status_parse(db_cell(&r, i, 0), &t->status) != C2C_OK)
			t->status = KPI_ACT_IDEA;
		t->starts_on = dashboard_date(db_cell(&r, i, 1));
		t->ends_on = dashboard_date(db_cell(&r, i, 2));
		t->updated_on = dashboard_date(db_cell(&r, i, 3));
		count[t->status]++;
	}
	db_rows_free(&r);
	if ((box = xml_add(dash, "activities")) == NULL || xml_set_attr_int(box, "total", (long long)*n) < 0)
		return C2C_ENOMEM;
	for (s = 0; s < 5; s++) {
		xmlNodePtr st = xml_add(box, "status");
		if (st == NULL || xml_set_attr(st, "name", statuses[s]) < 0 ||
		    xml_set_attr_int(st, "count", (long long)count[s]) < 0)
			return C2C_ENOMEM;
	}
	return activity_areas(db, id, box);
}

/* --- computed indicators ------------------------------------------------------------- */

/* The dates each computed indicator counts, in the dashboard's range and not after today
 * (a planned project or a future event has not happened yet).  Owned: computed_free. */
struct computed {
	struct kpi_date *dates[KPI_SRC__MAX];
	size_t           n[KPI_SRC__MAX];
	enum kpi_period_kind kind[KPI_SRC__MAX];   /* quarter or year (computed_kinds) */
	int              shown[KPI_SRC__MAX];      /* its block is on the page already */
};

static void
computed_free(struct computed *c)
{
	int s;

	for (s = 0; s < KPI_SRC__MAX; s++)
		free(c->dates[s]);
}

/* Keeps in place the dates in [from, to] and not after today. */
static void
computed_cut(struct kpi_date *d, size_t *n, struct kpi_date from, struct kpi_date to,
    struct kpi_date today)
{
	size_t i, k = 0;

	for (i = 0; i < *n; i++)
		if (kpi_date_valid(d[i]) && d[i].day <= today.day &&
		    (!kpi_date_valid(from) || d[i].day >= from.day) && (!kpi_date_valid(to) || d[i].day <= to.day))
			d[k++] = d[i];
	*n = k;
}

/* The events of either city of the partnership that have begun and are not cancelled:
 * their UTC start days (events_city index: city, start); *out as dashboard_query_dates. */
static enum c2c_err
partnership_event_days(struct db *db, long long id, struct kpi_date **out, size_t *n)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(e.starts_at, " DASH_DAY ") FROM partnerships p "
	    "JOIN events e ON e.city_id IN (p.europe_city_id, p.china_city_id) "
	    "WHERE p.id = ? AND e.removed_at IS NULL AND e.status <> 'cancelled'";
	struct db_param a[] = { DBP_I(id) };

	return dashboard_query_dates(db, sql, a, 1, out, n);
}

/* The <kpi origin="computed"> of source s: counts per period, of the kind the entered
 * values of the same KPI use (quarter or year, so that both read alike and the same
 * targets apply); its targets are those of its kpis row, if it has one. */
static enum c2c_err
computed_block(xmlNodePtr dash, const struct dash *dd, struct computed *c, enum kpi_source s,
    const char *lang, xmlNodePtr alerts)
{
	size_t ki, t0 = 0, t1 = 0;
	struct dash_meta m = dash_meta_computed(&dd->k, s, c->n[s], &ki);
	struct dash_kpi dk;
	struct kpi_value *v = NULL;
	size_t nv = 0;
	enum c2c_err rc;

	if (c->n[s] == 0)
		return C2C_OK;
	m.alerts = !c->shown[s];   /* one alert per KPI: the entered value's, if any */
	if (ki != KPI_NONE) {
		/* Targets come ordered by KPI id, as the rows of k. */
		while (t0 < dd->t.nrows && !db_cell_is(&dd->t, t0, 0, db_cell(&dd->k, ki, 0)))
			t0++;
		for (t1 = t0; t1 < dd->t.nrows && db_cell_is(&dd->t, t1, 0, db_cell(&dd->k, ki, 0)); t1++)
			;
	}
	if ((rc = kpi_count_periods(c->dates[s], c->n[s], c->kind[s], &v, &nv)) != C2C_OK)
		return rc == C2C_ENOMEM ? rc : C2C_OK;
	dk = (struct dash_kpi){ .ki = ki, .kind = KPI_QUANTITATIVE, .dir = KPI_HIGHER_IS_BETTER,
		.eff = v, .ne = nv, .tgs = dd->tgs != NULL ? dd->tgs + t0 : NULL, .nt = t1 - t0 };
	rc = dash_kpi_block(dash, &m, &dk, lang, alerts);
	c->shown[s] = 1;
	free(v);
	return rc;
}

enum c2c_err
dashboard_partnership(struct db *db, long long id, const char *today_s, const char *lang,
    const char *from, const char *to, int internal, xmlNodePtr parent)
{
	struct dash dd;
	struct dash_walk walk = { 0, 0, 0, NULL, NULL };
	struct dash_kpi dk;
	struct kpi_activity *acts = NULL;
	struct kpi_dormancy dm;
	struct kpi_date today;
	struct computed cp;
	size_t nacts = 0, i;
	xmlNodePtr dash, alerts;
	const char *why;
	int illustrative = 0, more, s;
	enum c2c_err rc;

	memset(&cp, 0, sizeof(cp));
	memset(&dd, 0, sizeof(dd));
	if (kpi_date_parse(today_s, &today, &why) != C2C_OK)
		return C2C_EINVAL;
	if ((rc = dash_load(db, OWNER_PARTNERSHIP, id, from, to, internal, &dd)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	illustrative = dd.illustrative;
	if ((dash = xml_add(parent, "dashboard")) == NULL || xml_set_attr(dash, "today", today_s) < 0 ||
	    (illustrative && xml_set_attr(dash, "illustrative", "1") < 0) ||
	    (internal && xml_set_attr(dash, "internal", "shown") < 0) ||
	    (alerts = xml_add(dash, "alerts")) == NULL)
		goto out;
	if ((rc = dash_agreements(db, id, today, lang, dash, alerts, &cp.dates[KPI_SRC_AGREEMENTS],
	    &cp.n[KPI_SRC_AGREEMENTS])) != C2C_OK ||
	    (rc = activities(db, id, dash, &acts, &nacts)) != C2C_OK ||
	    (rc = partnership_event_days(db, id, &cp.dates[KPI_SRC_EVENTS], &cp.n[KPI_SRC_EVENTS])) != C2C_OK)
		goto out;
	if (kpi_alert_dormant(acts, nacts, dd.vals, dd.v.nrows, today, KPI_DORMANT_MONTHS, &dm) == C2C_OK &&
	    dm.dormant) {
		char seen[KPI_DATE_LEN] = "";
		xmlNodePtr n = xml_add(alerts, "alert");
		rc = C2C_ENOMEM;
		if (n == NULL || xml_set_attr(n, "kind", "dormant") < 0 ||
		    (kpi_date_valid(dm.last_seen) && kpi_date_format(dm.last_seen, seen) == C2C_OK &&
		    xml_set_attr(n, "last-seen", seen) < 0))
			goto out;
	}
	/* Joint projects: activities that went beyond an idea and were not cancelled. */
	rc = C2C_ENOMEM;
	if (nacts > 0 && (cp.dates[KPI_SRC_ACTIVITIES] = calloc(nacts, sizeof(struct kpi_date))) == NULL)
		goto out;
	for (i = 0; i < nacts; i++)
		if (acts[i].status != KPI_ACT_IDEA && acts[i].status != KPI_ACT_CANCELLED)
			cp.dates[KPI_SRC_ACTIVITIES][cp.n[KPI_SRC_ACTIVITIES]++] = acts[i].starts_on;
	for (s = 0; s < KPI_SRC__MAX; s++) {
		computed_cut(cp.dates[s], &cp.n[s], dashboard_date(from), dashboard_date(to), today);
		cp.kind[s] = KPI_PERIOD_YEAR;
	}
	/* Each computed indicator right after the entered values of its KPI, when it has some. */
	while ((more = dash_next(&dd, &walk, &dk)) > 0) {
		struct dash_meta m = dash_meta_of_row(&dd.k, dk.ki);
		enum kpi_source src = kpi_computed_find(m.slug);
		if ((rc = dash_kpi_block(dash, &m, &dk, lang, alerts)) != C2C_OK)
			goto out;
		if (src == KPI_SRC__MAX)
			continue;
		cp.kind[src] = dash_computed_kind(dk.eff, dk.ne);
		cp.shown[src] = 1;
		if ((rc = computed_block(dash, &dd, &cp, src, lang, alerts)) != C2C_OK)
			goto out;
	}
	if (more < 0) {
		rc = C2C_ENOMEM;
		goto out;
	}
	/* The rest, yearly: without entered values to match, a year reads best (a few
	 * agreements or projects a year; signatures are often known to the year only). */
	for (s = 0, rc = C2C_OK; s < KPI_SRC__MAX && rc == C2C_OK; s++)
		if (!cp.shown[s])
			rc = computed_block(dash, &dd, &cp, (enum kpi_source)s, lang, alerts);
out:
	free(acts);
	computed_free(&cp);
	dash_walk_end(&walk);
	dash_free(&dd);
	return rc;
}

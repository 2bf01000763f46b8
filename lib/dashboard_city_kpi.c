/* dashboard_city_kpi.c: a city's KPIs summed across its partnerships (each partnership's
 * effective series, public values in the range, then kpi_sum per period: the sum, or the
 * mean score), each followed by its computed twin counted once over all the city's
 * partnerships; and the totals as CSV.  The rules are lib/kpi.h's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_impl.h"
#include "xml.h"

/* What the city's KPI totals read: KPIs and every value of its partnerships, the values
 * as lib/kpi.h wants them.  Owned: city_kpis_free. */
struct city_kpis {
	struct db_rows    k, v;     /* v: kpi, partnership, id, supersedes, start, end, value,
	                             * illustrative, shown */
	struct kpi_value *vals;
	int               illustrative;
};

/* Loads ck (zeroed first: city_kpis_free it whatever this returns). */
static enum c2c_err
city_kpis_load(struct db *db, long long city, const char *from, const char *to, struct city_kpis *ck)
{
	static const char sql_kpis[] =
	    "SELECT k.id, k.slug, k.name_en, k.name_zh, k.kind, k.direction, k.unit FROM kpis k "
	    "WHERE k.deleted_at IS NULL ORDER BY k.id";
	/* Every value of the city's partnerships, internal ones and those out of the range
	 * too: a correction supersedes whatever it corrects (as lib/dashboard.c). */
	static const char sql_values[] =
	    "SELECT v.kpi_id, v.partnership_id, v.id, COALESCE(v.supersedes_id, 0), "
	    "DATE_FORMAT(v.period_start, " DASH_DAY "), DATE_FORMAT(v.period_end, " DASH_DAY "), "
	    "COALESCE(v.value, v.score), v.source <=> 'illustrative sample', "
	    "v.internal = 0 AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?) "
	    "FROM kpi_values v JOIN partnerships p ON p.id = v.partnership_id "
	    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
	    "ORDER BY v.kpi_id, v.partnership_id, v.id";
	struct db_param av[] = { DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_I(city), DBP_I(city) };
	enum c2c_err rc;
	size_t i;

	memset(ck, 0, sizeof(*ck));
	if ((rc = db_query(db, sql_kpis, NULL, 0, &ck->k)) != C2C_OK ||
	    (rc = db_query(db, sql_values, av, 6, &ck->v)) != C2C_OK)
		return rc;
	if (ck->v.nrows > 0 && (ck->vals = calloc(ck->v.nrows, sizeof(*ck->vals))) == NULL)
		return C2C_ENOMEM;
	for (i = 0; i < ck->v.nrows; i++) {
		struct kpi_value *v = &ck->vals[i];
		v->owner = (uint32_t)db_cell_ull(&ck->v, i, 1);
		v->id = db_cell_ull(&ck->v, i, 2);
		v->supersedes_id = db_cell_ull(&ck->v, i, 3);
		v->period.start = dashboard_date(db_cell(&ck->v, i, 4));
		v->period.end = dashboard_date(db_cell(&ck->v, i, 5));
		v->value = db_cell_double(&ck->v, i, 6, 0);
		if (db_cell_is(&ck->v, i, 8, "1"))
			ck->illustrative |= db_cell_is(&ck->v, i, 7, "1");
	}
	return C2C_OK;
}

static void
city_kpis_free(struct city_kpis *ck)
{
	free(ck->vals);
	db_rows_free(&ck->k);
	db_rows_free(&ck->v);
}

/* The totals of KPI row ki over values [v0, v1) (one KPI, ordered by partnership, id):
 * each partnership's effective series, cut to what may be shown, then kpi_sum.  *tot
 * (malloc'd, caller frees) gets *nt totals; 0 totals when nothing may be shown or the
 * values break a rule (the KPI is then left out, as on the partnership dashboard). */
static enum c2c_err
city_kpi_totals(const struct city_kpis *ck, size_t ki, size_t v0, size_t v1,
    struct kpi_total **tot, size_t *nt)
{
	struct kpi_value *keep = calloc(v1 - v0 + 1, sizeof(*keep)), *eff = calloc(v1 - v0 + 1, sizeof(*eff));
	size_t nk = 0, a, b, ne, i;
	enum kpi_kind kind;

	*tot = NULL;
	*nt = 0;
	if (keep == NULL || eff == NULL) {
		free(keep);
		free(eff);
		return C2C_ENOMEM;
	}
	if (kpi_kind_parse(db_cell(&ck->k, ki, 4), &kind) != C2C_OK)
		goto done;
	for (a = v0; a < v1; a = b) {
		for (b = a; b < v1 && ck->vals[b].owner == ck->vals[a].owner; b++)
			;
		if (kpi_series_effective(ck->vals + a, b - a, eff, &ne) != C2C_OK)
			continue;
		for (i = 0; i < ne; i++) {
			const struct kpi_value *row = bsearch(&eff[i].id, ck->vals + a, b - a,
			    sizeof(*row), dash_cmp_value_id);
			if (row != NULL && db_cell_is(&ck->v, (size_t)(row - ck->vals), 8, "1"))
				keep[nk++] = eff[i];
		}
	}
	if (nk > 0) {
		if ((*tot = calloc(nk, sizeof(**tot))) == NULL) {
			free(keep);
			free(eff);
			return C2C_ENOMEM;
		}
		if (kpi_sum(kind, keep, nk, *tot, nt) != C2C_OK)
			*nt = 0;
	}
done:
	free(keep);
	free(eff);
	return C2C_OK;
}

/* A <point>'s partnerships (dash_point_fn): arg is the count of each total. */
static int
point_partnerships(xmlNodePtr pt, size_t i, const void *arg)
{
	const size_t *count = arg;

	return xml_set_attr_int(pt, "partnerships", (long long)count[i]);
}

/* One <kpi aggregate> of the city under dash: the series s[0..n) (n > 0), its latest, its
 * points and chart.  count[i] is how many partnerships total i sums; NULL for a computed
 * count, which is of distinct items, not of partnerships' values. */
static enum c2c_err
city_kpi_block(xmlNodePtr dash, const struct dash_meta *m, const struct kpi_value *s,
    const size_t *count, size_t n, const char *lang)
{
	xmlNodePtr b, x;

	if ((b = dash_kpi_element(dash, m)) == NULL ||
	    xml_set_attr(b, "aggregate", strcmp(m->kind, "qualitative") == 0 ? "mean" : "sum") < 0 ||
	    (x = dash_value_element(b, "latest", &s[n - 1])) == NULL ||
	    (count != NULL && point_partnerships(x, n - 1, count) < 0))
		return C2C_ENOMEM;
	return dash_kpi_series(b, m, s, n, count != NULL ? point_partnerships : NULL, count, lang, NAN);
}

/* Walks KPIs and values together (both ordered by KPI id); calls each for every KPI with
 * totals.  each returns C2C_OK to go on; the totals are freed after it returns. */
typedef enum c2c_err (*kpi_total_fn)(void *arg, const struct city_kpis *ck, size_t ki,
    const struct kpi_total *t, size_t nt);

static enum c2c_err
city_kpis_walk(const struct city_kpis *ck, kpi_total_fn each, void *arg)
{
	size_t ki, vi = 0;
	enum c2c_err rc = C2C_OK;

	for (ki = 0; ki < ck->k.nrows && rc == C2C_OK; ki++) {
		long long kid = atoll(db_cell(&ck->k, ki, 0));
		size_t v0, nt;
		struct kpi_total *t;

		/* values of a KPI that is gone (deleted) are passed over */
		while (vi < ck->v.nrows && atoll(db_cell(&ck->v, vi, 0)) < kid)
			vi++;
		for (v0 = vi; vi < ck->v.nrows && atoll(db_cell(&ck->v, vi, 0)) == kid; vi++)
			;
		if (vi == v0)
			continue;
		if ((rc = city_kpi_totals(ck, ki, v0, vi, &t, &nt)) != C2C_OK)
			break;
		if (nt > 0)
			rc = each(arg, ck, ki, t, nt);
		free(t);
	}
	return rc;
}

/* --- computed indicators -------------------------------------------------------------- */

/* What the city's computed indicators count: every item once over all its partnerships
 * (an event of the city is not counted once per partnership), in the range and not after
 * today.  Owned: city_computed_free. */
struct city_computed {
	struct kpi_date     *dates[KPI_SRC__MAX];   /* the day of each item */
	size_t               n[KPI_SRC__MAX];
	enum kpi_period_kind kind[KPI_SRC__MAX];
	int                  shown[KPI_SRC__MAX];
};

static void
city_computed_free(struct city_computed *cp)
{
	int s;

	for (s = 0; s < KPI_SRC__MAX; s++)
		free(cp->dates[s]);
}

/* Loads the days each computed indicator counts into cp (zeroed first: city_computed_free
 * it whatever this returns); every kind starts as a year. */
static enum c2c_err
city_computed_load(struct db *db, long long city, const char *today, const char *from,
    const char *to, struct city_computed *cp)
{
	/* The rules of lib/kpi.h's computed indicators, over the city's partnerships. */
	static const char *const sql[KPI_SRC__MAX] = {
		[KPI_SRC_ACTIVITIES] =
		    "SELECT DATE_FORMAT(t.starts_on, " DASH_DAY ") FROM activities t "
		    "JOIN partnerships p ON p.id = t.partnership_id "
		    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
		    "AND t.deleted_at IS NULL AND t.status NOT IN ('idea', 'cancelled') "
		    "AND t.starts_on <= ? AND t.starts_on >= COALESCE(?, '1000-01-01') "
		    "AND (? IS NULL OR t.starts_on <= ?)",
		[KPI_SRC_EVENTS] =
		    "SELECT DATE_FORMAT(e.starts_at, " DASH_DAY ") FROM " CITY_AND_PARTNERS " "
		    "JOIN events e ON e.city_id = x.city_id "
		    "WHERE e.removed_at IS NULL AND e.status <> 'cancelled' "
		    "AND e.starts_at < ? + INTERVAL 1 DAY AND e.starts_at >= COALESCE(?, '1000-01-01') "
		    "AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)",
		[KPI_SRC_AGREEMENTS] =
		    "SELECT DATE_FORMAT(g.signed_on, " DASH_DAY ") FROM agreements g "
		    "JOIN partnerships p ON p.id = g.partnership_id "
		    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
		    "AND g.deleted_at IS NULL AND g.signed_on <= ? AND g.signed_on >= COALESCE(?, '1000-01-01') "
		    "AND (? IS NULL OR g.signed_on <= ?)",
	};
	struct db_param two[] = { DBP_I(city), DBP_I(city), DBP_S(today), DBP_S(from), DBP_S(to), DBP_S(to) };
	struct db_param four[] = { DBP_I(city), DBP_I(city), DBP_I(city), DBP_I(city), DBP_S(today),
		DBP_S(from), DBP_S(to), DBP_S(to) };
	enum c2c_err rc = C2C_OK;
	int s;

	memset(cp, 0, sizeof(*cp));
	for (s = 0; s < KPI_SRC__MAX && rc == C2C_OK; s++) {
		cp->kind[s] = KPI_PERIOD_YEAR;
		rc = s == KPI_SRC_EVENTS ? dashboard_query_dates(db, sql[s], four, 8, &cp->dates[s], &cp->n[s]) :
		    dashboard_query_dates(db, sql[s], two, 6, &cp->dates[s], &cp->n[s]);
	}
	return rc;
}

/* The <kpi origin="computed"> of source s, counted per cp->kind[s]; marks it shown. */
static enum c2c_err
city_computed_block(xmlNodePtr dash, const struct city_kpis *ck, struct city_computed *cp,
    enum kpi_source s, const char *lang)
{
	size_t ki, nv = 0;
	struct dash_meta m = dash_meta_computed(&ck->k, s, cp->n[s], &ki);
	struct kpi_value *v = NULL;
	enum c2c_err rc;

	cp->shown[s] = 1;
	if (cp->n[s] == 0)
		return C2C_OK;
	if ((rc = kpi_count_periods(cp->dates[s], cp->n[s], cp->kind[s], &v, &nv)) != C2C_OK || nv == 0)
		rc = rc == C2C_ENOMEM ? rc : C2C_OK;
	else
		rc = city_kpi_block(dash, &m, v, NULL, nv, lang);
	free(v);
	return rc;
}

struct xml_walk {
	xmlNodePtr            dash;
	const char           *lang;
	struct city_computed *cp;
};

/* The <kpi> of one KPI's totals (kpi_total_fn), then its computed twin, if it has one. */
static enum c2c_err
kpi_to_xml(void *arg, const struct city_kpis *ck, size_t ki, const struct kpi_total *t, size_t nt)
{
	struct xml_walk *w = arg;
	struct dash_meta m = dash_meta_of_row(&ck->k, ki);
	enum kpi_source src = kpi_computed_find(m.slug);
	struct kpi_value *s = calloc(nt, sizeof(*s));
	size_t *count = calloc(nt, sizeof(*count)), i;
	enum c2c_err rc = C2C_ENOMEM;

	if (s == NULL || count == NULL)
		goto out;
	for (i = 0; i < nt; i++) {
		s[i].period = t[i].period;
		s[i].value = t[i].value;
		count[i] = t[i].count;
	}
	rc = city_kpi_block(w->dash, &m, s, count, nt, w->lang);
	/* A computed indicator right after the entered totals of its KPI, in their period. */
	if (rc == C2C_OK && src != KPI_SRC__MAX) {
		w->cp->kind[src] = dash_computed_kind(s, nt);
		rc = city_computed_block(w->dash, ck, w->cp, src, w->lang);
	}
out:
	free(s);
	free(count);
	return rc;
}

enum c2c_err
city_kpis(struct db *db, long long city, const char *today, const char *from, const char *to,
    const char *lang, xmlNodePtr dash)
{
	struct city_kpis ck;
	struct city_computed cp;
	struct xml_walk w;
	enum c2c_err rc;
	int s;

	memset(&cp, 0, sizeof(cp));
	if ((rc = city_kpis_load(db, city, from, to, &ck)) != C2C_OK ||
	    (rc = city_computed_load(db, city, today, from, to, &cp)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if (ck.illustrative && xml_set_attr(dash, "illustrative", "1") < 0)
		goto out;
	w.dash = dash;
	w.lang = lang;
	w.cp = &cp;
	if ((rc = city_kpis_walk(&ck, kpi_to_xml, &w)) != C2C_OK)
		goto out;
	/* The computed indicators whose KPI has no entered total here: yearly. */
	for (s = 0; s < KPI_SRC__MAX && rc == C2C_OK; s++)
		if (!cp.shown[s])
			rc = city_computed_block(dash, &ck, &cp, (enum kpi_source)s, lang);
out:
	city_computed_free(&cp);
	city_kpis_free(&ck);
	return rc;
}

/* --- as CSV ------------------------------------------------------------------------------ */

struct csv_walk {
	struct buf *out;
	int         illustrative;
};

/* The rows of one KPI's totals (kpi_total_fn); arg is the struct csv_walk. */
static enum c2c_err
kpi_to_csv(void *arg, const struct city_kpis *ck, size_t ki, const struct kpi_total *t, size_t nt)
{
	struct csv_walk *w = arg;
	size_t j;

	for (j = 0; j < nt; j++) {
		char cnt[24];
		snprintf(cnt, sizeof(cnt), "%zu", t[j].count);
		if (dashboard_csv_kpi(w->out, &ck->k, ki) < 0 ||
		    dashboard_csv_field(w->out, db_cell_is(&ck->k, ki, 4, "qualitative") ?
		    "mean" : "sum", 0, 0) < 0 ||
		    dashboard_csv_period(w->out, &t[j].period) < 0 ||
		    dashboard_csv_num(w->out, t[j].value, 1, 0) < 0 ||
		    dashboard_csv_field(w->out, cnt, 0, 0) < 0 ||
		    dashboard_csv_field(w->out, w->illustrative ? "1" : "0", 0, 1) < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

enum c2c_err
city_kpis_csv(struct db *db, long long city, const char *from, const char *to, struct buf *out)
{
	struct city_kpis ck;
	struct csv_walk w;
	enum c2c_err rc;

	if ((rc = city_kpis_load(db, city, from, to, &ck)) == C2C_OK) {
		w.out = out;
		w.illustrative = ck.illustrative;
		rc = buf_puts(out, "kpi,name_en,name_zh,unit,aggregate,period,period_start,period_end,"
		    "value,partnerships,illustrative\r\n") < 0 ? C2C_ENOMEM : city_kpis_walk(&ck, kpi_to_csv, &w);
	}
	city_kpis_free(&ck);
	return rc;
}

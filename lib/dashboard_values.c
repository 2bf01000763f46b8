/* dashboard_values.c: the KPI values of a partnership (with its targets) or of a city
 * itself: loaded with every correction, walked KPI by KPI as effective series cut to what
 * may be shown, and written as <kpi> blocks (latest, previous, change, target, history,
 * chart; the kpi-below-target alert) or as CSV.  The rules are lib/kpi.h's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard.h"
#include "dashboard_impl.h"
#include "xml.h"


void
dash_free(struct dash *d)
{
	free(d->vals);
	free(d->tgs);
	db_rows_free(&d->k);
	db_rows_free(&d->v);
	db_rows_free(&d->t);
}

/* The next KPI with at least one value that may be shown: 1, 0 at the end, -1 when memory
 * runs out.  A KPI whose kind or direction the rules do not know is skipped. */
int
dash_next(const struct dash *d, struct dash_walk *w, struct dash_kpi *out)
{
	while (w->ki < d->k.nrows) {
		const char *kid = db_cell(&d->k, w->ki, 0);
		size_t v0 = w->vi, t0 = w->ti, i, ne = 0, shown = 0;
		struct kpi_value *nb;
		size_t *nr;

		while (w->vi < d->v.nrows && db_cell_is(&d->v, w->vi, 0, kid))
			w->vi++;
		while (w->ti < d->t.nrows && db_cell_is(&d->t, w->ti, 0, kid))
			w->ti++;
		out->ki = w->ki++;
		if (w->vi == v0)
			continue;
		if ((nb = realloc(w->buf, (w->vi - v0) * sizeof(*nb))) == NULL)
			return -1;
		w->buf = nb;
		if ((nr = realloc(w->rows, (w->vi - v0) * sizeof(*nr))) == NULL)
			return -1;
		w->rows = nr;
		if (kpi_kind_parse(db_cell(&d->k, out->ki, 4), &out->kind) != C2C_OK ||
		    kpi_direction_parse(db_cell(&d->k, out->ki, 5), &out->dir) != C2C_OK ||
		    kpi_series_effective(d->vals + v0, w->vi - v0, nb, &ne) != C2C_OK)
			continue;
		/* Keep what may be shown (column 7: public or internal ones asked for, in range);
		 * the slice is ordered by id. */
		for (i = 0; i < ne; i++) {
			const struct kpi_value *row = bsearch(&nb[i].id, d->vals + v0, w->vi - v0,
			    sizeof(*row), dash_cmp_value_id);
			if (row != NULL && db_cell_is(&d->v, (size_t)(row - d->vals), 7, "1")) {
				nr[shown] = (size_t)(row - d->vals);
				nb[shown++] = nb[i];
			}
		}
		if (shown == 0)
			continue;
		out->eff = nb;
		out->v = &d->v;
		out->rows = nr;
		out->ne = shown;
		out->tgs = d->tgs ? d->tgs + t0 : NULL;
		out->nt = w->ti - t0;
		return 1;
	}
	return 0;
}

void
dash_walk_end(struct dash_walk *w)
{
	free(w->buf);
	free(w->rows);
	w->buf = NULL;
	w->rows = NULL;
}

/* Where value i of an entered KPI comes from, as attributes of n: internal="1" when it is
 * internal; with full set, also its id (the /kpi-values/{id} of a public one), source and
 * confidence.  Nothing for a computed indicator.  0 or -1. */
static int
provenance(xmlNodePtr n, const struct dash_kpi *dk, size_t i, int full)
{
	size_t r;
	const char *src;

	if (dk->rows == NULL)
		return 0;
	r = dk->rows[i];
	src = db_cell(dk->v, r, 9);
	if (db_cell_is(dk->v, r, 8, "1") && xml_set_attr(n, "internal", "1") < 0)
		return -1;
	if (!full)
		return 0;
	return xml_set_attr(n, "id", db_cell(dk->v, r, 1)) < 0 ||
	    (src != NULL && *src != '\0' && xml_set_attr(n, "source", src) < 0) ||
	    xml_set_attr(n, "confidence", db_cell(dk->v, r, 10)) < 0 ? -1 : 0;
}

/* A <point>'s provenance (dash_point_fn): arg is the struct dash_kpi. */
static int
point_provenance(xmlNodePtr pt, size_t i, const void *arg)
{
	return provenance(pt, arg, i, 0);
}

enum c2c_err
dash_kpi_block(xmlNodePtr parent, const struct dash_meta *m, const struct dash_kpi *dk,
    const char *lang, xmlNodePtr alerts)
{
	const struct kpi_value *eff = dk->eff;
	const struct kpi_target *targets = dk->tgs;
	struct kpi_latest lt;
	struct kpi_target_alert ta;
	xmlNodePtr b, x;
	int zh = strcmp(lang, "zh") == 0;

	if (kpi_series_latest(eff, dk->ne, &lt) != C2C_OK || lt.latest == KPI_NONE)
		return C2C_OK;   /* nothing to show for this KPI */
	if ((b = dash_kpi_element(parent, m)) == NULL ||
	    (x = dash_value_element(b, "latest", &eff[lt.latest])) == NULL ||
	    provenance(x, dk, lt.latest, 1) < 0)
		return C2C_ENOMEM;
	if (lt.previous != KPI_NONE) {
		struct kpi_change ch;
		if ((x = dash_value_element(b, "previous", &eff[lt.previous])) == NULL ||
		    provenance(x, dk, lt.previous, 0) < 0)
			return C2C_ENOMEM;
		if (kpi_change(dk->kind, dk->dir, eff[lt.latest].value, eff[lt.previous].value, &ch) == C2C_OK &&
		    ((x = xml_add(b, "change")) == NULL || dashboard_num_attr(x, "delta", ch.delta) < 0 ||
		    (ch.has_relative && dashboard_num_attr(x, "relative", ch.relative) < 0) ||
		    xml_set_attr(x, "trend", kpi_trend_name(ch.trend)) < 0))
			return C2C_ENOMEM;
	}
	if (kpi_alert_target(dk->kind, dk->dir, &eff[lt.latest], targets, dk->nt, &ta) == C2C_OK &&
	    ta.target != KPI_NONE) {
		if ((x = xml_add(b, "target")) == NULL || dashboard_num_attr(x, "value", targets[ta.target].target) < 0 ||
		    xml_set_attr(x, "status", kpi_target_state_name(ta.status.state)) < 0 ||
		    dashboard_num_attr(x, "gap", ta.status.gap) < 0)
			return C2C_ENOMEM;
		if (ta.alert && m->alerts && ((x = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(x, "kind", "kpi-below-target") < 0 ||
		    xml_set_attr(x, "kpi", m->slug) < 0 ||
		    dashboard_period_attr(x, "period", &eff[lt.latest].period) < 0 ||
		    dashboard_num_attr(x, "value", eff[lt.latest].value) < 0 ||
		    dashboard_num_attr(x, "target", targets[ta.target].target) < 0 ||
		    xml_set_lang(xml_add_text(x, "name", zh ? m->name_zh : m->name_en), zh ? "zh" : "en") < 0))
			return C2C_ENOMEM;
	}
	return dash_kpi_series(b, m, eff, dk->ne, point_provenance, dk, lang,
	    ta.target != KPI_NONE ? targets[ta.target].target : NAN);
}

enum c2c_err
dash_load(struct db *db, enum dash_owner owner, long long id, const char *from, const char *to,
    int internal, struct dash *d)
{
	static const char sql_kpis[] =
	    "SELECT k.id, k.slug, k.name_en, k.name_zh, k.kind, k.direction, k.unit FROM kpis k "
	    "WHERE k.deleted_at IS NULL ORDER BY k.id";   /* the order of the values below */
#define VALUES_OF \
	    "SELECT v.kpi_id, v.id, COALESCE(v.supersedes_id, 0), DATE_FORMAT(v.period_start, " DASH_DAY "), " \
	    "DATE_FORMAT(v.period_end, " DASH_DAY "), COALESCE(v.value, v.score), COALESCE(v.source = 'illustrative sample', 0), " \
	    "(v.internal = 0 OR ?) AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?), " \
	    "v.internal, v.source, v.confidence FROM kpi_values v WHERE "
	static const char sql_values[] = VALUES_OF "v.partnership_id = ? ORDER BY v.kpi_id, v.id";
	/* A city's own values (index kpi_values_c); cities have no targets. */
	static const char sql_city_values[] = VALUES_OF "v.city_id = ? ORDER BY v.kpi_id, v.id";
#undef VALUES_OF
	static const char sql_targets[] =
	    "SELECT t.kpi_id, DATE_FORMAT(t.period_start, " DASH_DAY "), DATE_FORMAT(t.period_end, " DASH_DAY "), t.target "
	    "FROM kpi_targets t WHERE t.partnership_id = ? ORDER BY t.kpi_id, t.period_start";
	struct db_param a[] = { DBP_I(id) };
	/* Every value, internal ones and those outside the range too: a correction must
	 * supersede whatever it corrects, and dormancy looks at all of them.  What may be
	 * shown (column 7) is decided after the series is made (dash_next). */
	struct db_param av[] = { DBP_I(internal != 0), DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to),
		DBP_I(id) };
	enum c2c_err rc;
	size_t i;

	memset(d, 0, sizeof(*d));
	if ((rc = db_query(db, sql_kpis, NULL, 0, &d->k)) != C2C_OK ||
	    (rc = db_query(db, owner == OWNER_CITY ? sql_city_values : sql_values, av, 6, &d->v)) != C2C_OK ||
	    (owner == OWNER_PARTNERSHIP && (rc = db_query(db, sql_targets, a, 1, &d->t)) != C2C_OK))
		return rc;
	if ((d->v.nrows > 0 && (d->vals = calloc(d->v.nrows, sizeof(*d->vals))) == NULL) ||
	    (d->t.nrows > 0 && (d->tgs = calloc(d->t.nrows, sizeof(*d->tgs))) == NULL))
		return C2C_ENOMEM;
	for (i = 0; i < d->v.nrows; i++) {
		d->vals[i].id = db_cell_ull(&d->v, i, 1);
		d->vals[i].supersedes_id = db_cell_ull(&d->v, i, 2);
		d->vals[i].owner = (uint32_t)id;
		d->vals[i].period.start = dashboard_date(db_cell(&d->v, i, 3));
		d->vals[i].period.end = dashboard_date(db_cell(&d->v, i, 4));
		d->vals[i].value = db_cell_double(&d->v, i, 5, 0);
		if (db_cell_is(&d->v, i, 7, "1"))
			d->illustrative |= db_cell_is(&d->v, i, 6, "1");
	}
	for (i = 0; i < d->t.nrows; i++) {
		d->tgs[i].period.start = dashboard_date(db_cell(&d->t, i, 1));
		d->tgs[i].period.end = dashboard_date(db_cell(&d->t, i, 2));
		d->tgs[i].target = db_cell_double(&d->t, i, 3, 0);
	}
	return C2C_OK;
}

/* The KPI history of a partnership or of a city's own values as CSV. */
static enum c2c_err
dash_csv(struct db *db, enum dash_owner owner, long long id, const char *from, const char *to,
    int internal, struct buf *out)
{
	struct dash dd;
	struct dash_walk walk = { 0, 0, 0, NULL, NULL };
	struct dash_kpi dk;
	enum c2c_err rc;
	int more;

	if ((rc = dash_load(db, owner, id, from, to, internal, &dd)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if (buf_puts(out, "kpi,name_en,name_zh,unit,period,period_start,period_end,value,target,"
	    "target_status,illustrative,source,confidence,internal\r\n") < 0)
		goto out;
	while ((more = dash_next(&dd, &walk, &dk)) > 0) {
		size_t j;
		for (j = 0; j < dk.ne; j++) {
			const struct kpi_value *v = &dk.eff[j];
			struct kpi_target_alert ta;
			int has_t = kpi_alert_target(dk.kind, dk.dir, v, dk.tgs, dk.nt, &ta) == C2C_OK &&
			    ta.target != KPI_NONE;
			if (dashboard_csv_kpi(out, &dd.k, dk.ki) < 0 || dashboard_csv_period(out, &v->period) < 0 ||
			    dashboard_csv_num(out, v->value, 1, 0) < 0 ||
			    dashboard_csv_num(out, has_t ? dk.tgs[ta.target].target : 0, has_t, 0) < 0 ||
			    dashboard_csv_field(out, has_t ? kpi_target_state_name(ta.status.state) : "", 0, 0) < 0 ||
			    dashboard_csv_field(out, dd.illustrative ? "1" : "0", 0, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(dk.v, dk.rows[j], 9), 1, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(dk.v, dk.rows[j], 10), 0, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(dk.v, dk.rows[j], 8), 0, 1) < 0)
				goto out;
		}
	}
	if (more < 0)
		goto out;
	rc = C2C_OK;
out:
	dash_walk_end(&walk);
	dash_free(&dd);
	return rc;
}

enum c2c_err
dashboard_partnership_csv(struct db *db, long long id, const char *from, const char *to,
    int internal, struct buf *out)
{
	return dash_csv(db, OWNER_PARTNERSHIP, id, from, to, internal, out);
}

enum c2c_err
dashboard_city_own_csv(struct db *db, long long city_id, const char *from, const char *to,
    struct buf *out)
{
	return dash_csv(db, OWNER_CITY, city_id, from, to, 0, out);
}

enum c2c_err
dashboard_city_own(struct db *db, long long city_id, const char *lang, const char *from,
    const char *to, xmlNodePtr parent)
{
	struct dash dd;
	struct dash_walk walk = { 0, 0, 0, NULL, NULL };
	struct dash_kpi dk;
	xmlNodePtr own;
	enum c2c_err rc;
	int more;

	if ((rc = dash_load(db, OWNER_CITY, city_id, from, to, 0, &dd)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if ((own = xml_add(parent, "own")) == NULL ||
	    (dd.illustrative && xml_set_attr(own, "illustrative", "1") < 0))
		goto out;
	rc = C2C_OK;
	while (rc == C2C_OK && (more = dash_next(&dd, &walk, &dk)) > 0) {
		struct dash_meta m = dash_meta_of_row(&dd.k, dk.ki);
		char id[96];
		/* No targets, so no alerts; ids apart from the totals' charts of the same KPI. */
		m.alerts = 0;
		snprintf(id, sizeof(id), "own-%s", m.slug);
		m.chart_id = id;
		rc = dash_kpi_block(own, &m, &dk, lang, NULL);
	}
	if (rc == C2C_OK && more < 0)
		rc = C2C_ENOMEM;
out:
	dash_walk_end(&walk);
	dash_free(&dd);
	return rc;
}

/* dashboard.c: the <dashboard> of a partnership, from its KPI values, targets,
 * agreements and activities, by the rules of lib/kpi.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "kpi.h"
#include "rowxml.h"
#include "xml.h"

#define DAY "'%Y-%m-%d'"

int
dashboard_num_attr(xmlNodePtr n, const char *name, double v)
{
	char s[40];

	/* Up to 4 decimals, trailing zeros dropped: "5", "2.5", "0.1234". */
	snprintf(s, sizeof(s), "%.4f", v + 0.0);
	if (strchr(s, '.') != NULL) {
		char *e = s + strlen(s) - 1;
		while (*e == '0')
			*e-- = '\0';
		if (*e == '.')
			*e = '\0';
	}
	return xml_set_attr(n, name, s);
}

static struct kpi_date
date_or_none(const char *s)
{
	struct kpi_date d = KPI_DATE_NONE;
	const char *why;

	if (s != NULL && kpi_date_parse(s, &d, &why) != C2C_OK)
		d = KPI_DATE_NONE;
	return d;
}

static int
add_period(xmlNodePtr n, const char *attr, const struct kpi_period *p)
{
	char label[KPI_PERIOD_LABEL];

	return kpi_period_label(p, label) == C2C_OK ? xml_set_attr(n, attr, label) : -1;
}

/* The alerts of the agreements: expiring or due for renewal within 90 days. */
static enum c2c_err
agreement_alerts(struct db *db, long long id, struct kpi_date today, xmlNodePtr alerts)
{
	static const char sql[] =
	    "SELECT g.id, g.title, DATE_FORMAT(g.signed_on, " DAY "), DATE_FORMAT(g.valid_until, " DAY "), "
	    "COALESCE(g.renewal_months, 0) FROM agreements g "
	    "WHERE g.partnership_id = ? AND g.deleted_at IS NULL ORDER BY g.signed_on, g.id";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		struct kpi_agreement ag = { date_or_none(db_cell(&r, i, 2)), date_or_none(db_cell(&r, i, 3)),
			atoi(db_cell(&r, i, 4)) };
		struct kpi_expiry ex;
		char due[KPI_DATE_LEN];
		xmlNodePtr n;

		if (kpi_alert_expiring(&ag, today, KPI_EXPIRY_DAYS, &ex) != C2C_OK || !ex.alert)
			continue;
		if (kpi_date_format(ex.due, due) != C2C_OK || (n = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(n, "kind", ex.renewal ? "agreement-renewal" : "agreement-expiring") < 0 ||
		    xml_set_attr(n, "agreement", db_cell(&r, i, 0)) < 0 || xml_set_attr(n, "due", due) < 0 ||
		    xml_set_attr_int(n, "days", ex.days_left) < 0 ||
		    xml_add_text(n, "title", db_cell(&r, i, 1)) == NULL)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

/* Activities by status, and their dates for the dormancy rule (caller frees *acts). */
static enum c2c_err
activities(struct db *db, long long id, xmlNodePtr dash, struct kpi_activity **acts, size_t *n)
{
	static const char sql[] =
	    "SELECT t.status, DATE_FORMAT(t.starts_on, " DAY "), DATE_FORMAT(t.ends_on, " DAY "), "
	    "DATE_FORMAT(t.updated_at, " DAY ") FROM activities t "
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
		t->starts_on = date_or_none(db_cell(&r, i, 1));
		t->ends_on = date_or_none(db_cell(&r, i, 2));
		t->updated_on = date_or_none(db_cell(&r, i, 3));
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
	return C2C_OK;
}

/* What the dashboard and its CSV read: KPIs, the partnership's values in the range, its
 * targets; the values and targets as lib/kpi.h wants them.  Freed by dash_free. */
struct dash {
	struct db_rows     k, v, t;           /* v: kpi, id, supersedes, start, end, value,
	                                       * illustrative, shown (public and in range) */
	struct kpi_value  *vals;
	struct kpi_target *tgs;
	int                illustrative;
};

static void
dash_free(struct dash *d)
{
	free(d->vals);
	free(d->tgs);
	db_rows_free(&d->k);
	db_rows_free(&d->v);
	db_rows_free(&d->t);
}

static enum c2c_err dash_load(struct db *db, long long id, const char *from, const char *to,
    struct dash *d);

/* One KPI of the dashboard: its row in k, its effective series (corrections applied)
 * cut to what may be shown, and its targets. */
struct dash_kpi {
	size_t                   ki;
	enum kpi_kind            kind;
	enum kpi_direction       dir;
	struct kpi_value        *eff;    /* ne values, owned by the walk */
	size_t                   ne;
	const struct kpi_target *tgs;
	size_t                   nt;
};

/* A walk over the KPIs that have values: values and targets come ordered by KPI, so the
 * three lists are walked together.  Zero-initialise; dash_walk_end frees. */
struct dash_walk {
	size_t            ki, vi, ti;
	struct kpi_value *buf;
};

static int
cmp_value_id(const void *key, const void *elem)
{
	uint64_t id = *(const uint64_t *)key, other = ((const struct kpi_value *)elem)->id;

	return id < other ? -1 : id > other;
}

/* The next KPI with at least one value that may be shown: 1, 0 at the end, -1 when memory
 * runs out.  A KPI whose kind or direction the rules do not know is skipped. */
static int
dash_next(const struct dash *d, struct dash_walk *w, struct dash_kpi *out)
{
	while (w->ki < d->k.nrows) {
		const char *kid = db_cell(&d->k, w->ki, 0);
		size_t v0 = w->vi, t0 = w->ti, i, ne = 0, shown = 0;
		struct kpi_value *nb;

		while (w->vi < d->v.nrows && strcmp(db_cell(&d->v, w->vi, 0), kid) == 0)
			w->vi++;
		while (w->ti < d->t.nrows && strcmp(db_cell(&d->t, w->ti, 0), kid) == 0)
			w->ti++;
		out->ki = w->ki++;
		if (w->vi == v0)
			continue;
		if ((nb = realloc(w->buf, (w->vi - v0) * sizeof(*nb))) == NULL)
			return -1;
		w->buf = nb;
		if (kpi_kind_parse(db_cell(&d->k, out->ki, 4), &out->kind) != C2C_OK ||
		    kpi_direction_parse(db_cell(&d->k, out->ki, 5), &out->dir) != C2C_OK ||
		    kpi_series_effective(d->vals + v0, w->vi - v0, nb, &ne) != C2C_OK)
			continue;
		/* Keep what may be shown (column 7: public, in range); the slice is ordered by id. */
		for (i = 0; i < ne; i++) {
			const struct kpi_value *row = bsearch(&nb[i].id, d->vals + v0, w->vi - v0,
			    sizeof(*row), cmp_value_id);
			if (row != NULL && strcmp(db_cell(&d->v, (size_t)(row - d->vals), 7), "1") == 0)
				nb[shown++] = nb[i];
		}
		if (shown == 0)
			continue;
		out->eff = nb;
		out->ne = shown;
		out->tgs = d->tgs ? d->tgs + t0 : NULL;
		out->nt = w->ti - t0;
		return 1;
	}
	return 0;
}

static void
dash_walk_end(struct dash_walk *w)
{
	free(w->buf);
	w->buf = NULL;
}

/* One <kpi> with its history, change, target and chart. */
static enum c2c_err
kpi_block(xmlNodePtr dash, const struct dash *dd, const struct dash_kpi *dk, const char *lang,
    xmlNodePtr alerts)
{
	const struct kpi_value *eff = dk->eff;
	const struct kpi_target *targets = dk->tgs;
	size_t ne = dk->ne, nt = dk->nt, ki = dk->ki, i;
	enum kpi_kind kind = dk->kind;
	enum kpi_direction dir = dk->dir;
	const char **labels = calloc(ne, sizeof(*labels));
	char (*lab)[KPI_PERIOD_LABEL] = calloc(ne, sizeof(*lab));
	double *ys = calloc(ne, sizeof(*ys));
	struct kpi_latest lt;
	struct kpi_target_alert ta;
	xmlNodePtr b, x;
	enum c2c_err rc = C2C_ENOMEM;
	int zh = strcmp(lang, "zh") == 0;
	const struct db_rows *k = &dd->k;
	const char *title = db_cell(k, ki, zh ? 3 : 2);

	/* A chart needs a title: an unnamed KPI is called by its slug. */
	if (title == NULL || *title == '\0')
		title = db_cell(k, ki, 1);
	if (labels == NULL || lab == NULL || ys == NULL)
		goto out;
	if (kpi_series_latest(eff, ne, &lt) != C2C_OK || lt.latest == KPI_NONE) {
		rc = C2C_OK;   /* nothing to show for this KPI */
		goto out;
	}
	if ((b = xml_add(dash, "kpi")) == NULL || xml_set_attr(b, "slug", db_cell(k, ki, 1)) < 0 ||
	    xml_set_attr(b, "kind", db_cell(k, ki, 4)) < 0 ||
	    xml_set_attr(b, "direction", db_cell(k, ki, 5)) < 0 ||
	    xml_set_lang(xml_add_text(b, "name", db_cell(k, ki, 2)), "en") < 0 ||
	    xml_set_lang(xml_add_text(b, "name", db_cell(k, ki, 3)), "zh") < 0 ||
	    xml_add_text(b, "unit", db_cell(k, ki, 6)) == NULL)
		goto out;
	if ((x = xml_add(b, "latest")) == NULL || add_period(x, "period", &eff[lt.latest].period) < 0 ||
	    dashboard_num_attr(x, "value", eff[lt.latest].value) < 0)
		goto out;
	if (lt.previous != KPI_NONE) {
		struct kpi_change ch;
		if ((x = xml_add(b, "previous")) == NULL ||
		    add_period(x, "period", &eff[lt.previous].period) < 0 ||
		    dashboard_num_attr(x, "value", eff[lt.previous].value) < 0)
			goto out;
		if (kpi_change(kind, dir, eff[lt.latest].value, eff[lt.previous].value, &ch) == C2C_OK &&
		    ((x = xml_add(b, "change")) == NULL || dashboard_num_attr(x, "delta", ch.delta) < 0 ||
		    (ch.has_relative && dashboard_num_attr(x, "relative", ch.relative) < 0) ||
		    xml_set_attr(x, "trend", kpi_trend_name(ch.trend)) < 0))
			goto out;
	}
	if (kpi_alert_target(kind, dir, &eff[lt.latest], targets, nt, &ta) == C2C_OK &&
	    ta.target != KPI_NONE) {
		if ((x = xml_add(b, "target")) == NULL || dashboard_num_attr(x, "value", targets[ta.target].target) < 0 ||
		    xml_set_attr(x, "status", kpi_target_state_name(ta.status.state)) < 0 ||
		    dashboard_num_attr(x, "gap", ta.status.gap) < 0)
			goto out;
		if (ta.alert && ((x = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(x, "kind", "kpi-below-target") < 0 ||
		    xml_set_attr(x, "kpi", db_cell(k, ki, 1)) < 0 ||
		    add_period(x, "period", &eff[lt.latest].period) < 0 ||
		    dashboard_num_attr(x, "value", eff[lt.latest].value) < 0 ||
		    dashboard_num_attr(x, "target", targets[ta.target].target) < 0 ||
		    xml_set_lang(xml_add_text(x, "name", db_cell(k, ki, zh ? 3 : 2)), zh ? "zh" : "en") < 0))
			goto out;
	}
	for (i = 0; i < ne; i++) {
		xmlNodePtr pt;
		if (kpi_period_label(&eff[i].period, lab[i]) != C2C_OK)
			goto out;
		labels[i] = lab[i];
		ys[i] = eff[i].value;
		if ((pt = xml_add(b, "point")) == NULL || xml_set_attr(pt, "period", lab[i]) < 0 ||
		    dashboard_num_attr(pt, "value", eff[i].value) < 0)
			goto out;
	}
	{
		char id[80];
		struct chart_spec spec;
		struct chart_series s;
		memset(&spec, 0, sizeof(spec));
		memset(&s, 0, sizeof(s));
		snprintf(id, sizeof(id), "kpi-%s", db_cell(k, ki, 1));
		spec.id_prefix = id;
		spec.title = title;
		spec.unit = db_cell(k, ki, 6);
		spec.lang = lang;
		s.name = title;
		s.values = ys;
		s.target = ta.target != KPI_NONE ? targets[ta.target].target : NAN;
		s.target_label = zh ? "目标" : "target";
		if ((x = xml_add(b, "chart")) == NULL)
			goto out;
		if ((rc = chart_line(x, &spec, labels, ne, &s, 1)) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	free(labels);
	free(lab);
	free(ys);
	return rc;
}

enum c2c_err
dashboard_partnership(struct db *db, long long id, const char *today_s, const char *lang,
    const char *from, const char *to, xmlNodePtr parent)
{
	struct dash dd;
	struct dash_walk walk = { 0, 0, 0, NULL };
	struct dash_kpi dk;
	struct kpi_activity *acts = NULL;
	struct kpi_dormancy dm;
	struct kpi_date today;
	size_t nacts = 0;
	xmlNodePtr dash, alerts;
	const char *why;
	int illustrative = 0, more;
	enum c2c_err rc;

	if (kpi_date_parse(today_s, &today, &why) != C2C_OK)
		return C2C_EINVAL;
	if ((rc = dash_load(db, id, from, to, &dd)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	illustrative = dd.illustrative;
	if ((dash = xml_add(parent, "dashboard")) == NULL || xml_set_attr(dash, "today", today_s) < 0 ||
	    (illustrative && xml_set_attr(dash, "illustrative", "1") < 0) ||
	    (alerts = xml_add(dash, "alerts")) == NULL)
		goto out;
	if ((rc = agreement_alerts(db, id, today, alerts)) != C2C_OK ||
	    (rc = activities(db, id, dash, &acts, &nacts)) != C2C_OK)
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
	while ((more = dash_next(&dd, &walk, &dk)) > 0)
		if ((rc = kpi_block(dash, &dd, &dk, lang, alerts)) != C2C_OK)
			goto out;
	rc = more < 0 ? C2C_ENOMEM : C2C_OK;
out:
	free(acts);
	dash_walk_end(&walk);
	dash_free(&dd);
	return rc;
}

static enum c2c_err
dash_load(struct db *db, long long id, const char *from, const char *to, struct dash *d)
{
	static const char sql_kpis[] =
	    "SELECT k.id, k.slug, k.name_en, k.name_zh, k.kind, k.direction, k.unit FROM kpis k "
	    "WHERE k.deleted_at IS NULL ORDER BY k.id";   /* the order of the values below */
	static const char sql_values[] =
	    "SELECT v.kpi_id, v.id, COALESCE(v.supersedes_id, 0), DATE_FORMAT(v.period_start, " DAY "), "
	    "DATE_FORMAT(v.period_end, " DAY "), COALESCE(v.value, v.score), COALESCE(v.source = 'illustrative sample', 0), "
	    "v.internal = 0 AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?) "
	    "FROM kpi_values v WHERE v.partnership_id = ? ORDER BY v.kpi_id, v.id";
	static const char sql_targets[] =
	    "SELECT t.kpi_id, DATE_FORMAT(t.period_start, " DAY "), DATE_FORMAT(t.period_end, " DAY "), t.target "
	    "FROM kpi_targets t WHERE t.partnership_id = ? ORDER BY t.kpi_id, t.period_start";
	struct db_param a[] = { DBP_I(id) };
	/* Every value, internal ones and those outside the range too: a correction must
	 * supersede whatever it corrects, and dormancy looks at all of them.  What may be
	 * shown (column 7) is decided after the series is made (dash_next). */
	struct db_param av[] = { DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_I(id) };
	enum c2c_err rc;
	size_t i;

	memset(d, 0, sizeof(*d));
	if ((rc = db_query(db, sql_kpis, NULL, 0, &d->k)) != C2C_OK ||
	    (rc = db_query(db, sql_values, av, 5, &d->v)) != C2C_OK ||
	    (rc = db_query(db, sql_targets, a, 1, &d->t)) != C2C_OK)
		return rc;
	if ((d->v.nrows > 0 && (d->vals = calloc(d->v.nrows, sizeof(*d->vals))) == NULL) ||
	    (d->t.nrows > 0 && (d->tgs = calloc(d->t.nrows, sizeof(*d->tgs))) == NULL))
		return C2C_ENOMEM;
	for (i = 0; i < d->v.nrows; i++) {
		d->vals[i].id = strtoull(db_cell(&d->v, i, 1), NULL, 10);
		d->vals[i].supersedes_id = strtoull(db_cell(&d->v, i, 2), NULL, 10);
		d->vals[i].owner = (uint32_t)id;
		d->vals[i].period.start = date_or_none(db_cell(&d->v, i, 3));
		d->vals[i].period.end = date_or_none(db_cell(&d->v, i, 4));
		d->vals[i].value = strtod(db_cell(&d->v, i, 5), NULL);
		if (strcmp(db_cell(&d->v, i, 7), "1") == 0)
			d->illustrative |= strcmp(db_cell(&d->v, i, 6), "1") == 0;
	}
	for (i = 0; i < d->t.nrows; i++) {
		d->tgs[i].period.start = date_or_none(db_cell(&d->t, i, 1));
		d->tgs[i].period.end = date_or_none(db_cell(&d->t, i, 2));
		d->tgs[i].target = strtod(db_cell(&d->t, i, 3), NULL);
	}
	return C2C_OK;
}

/* One CSV field: quoted when needed; text that starts like a formula gets a ' first. */
int
dashboard_csv_field(struct buf *out, const char *s, int text, int last)
{
	const char *p;

	if (s == NULL)
		s = "";
	if (text && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0' && buf_puts(out, "'") < 0)
		return -1;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		if (buf_puts(out, s) < 0)
			return -1;
	} else {
		if (buf_puts(out, "\"") < 0)
			return -1;
		for (p = s; *p != '\0'; p++)
			if ((*p == '"' && buf_puts(out, "\"\"") < 0) || (*p != '"' && buf_append(out, p, 1) < 0))
				return -1;
		if (buf_puts(out, "\"") < 0)
			return -1;
	}
	return buf_puts(out, last ? "\r\n" : ",");
}

int
dashboard_csv_num(struct buf *out, double v, int present, int last)
{
	char s[40] = "";

	if (present)
		snprintf(s, sizeof(s), "%.4f", v + 0.0);
	return dashboard_csv_field(out, s, 0, last);
}

enum c2c_err
dashboard_partnership_csv(struct db *db, long long id, const char *from, const char *to,
    struct buf *out)
{
	struct dash dd;
	struct dash_walk walk = { 0, 0, 0, NULL };
	struct dash_kpi dk;
	enum c2c_err rc;
	int more;

	if ((rc = dash_load(db, id, from, to, &dd)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if (buf_puts(out, "kpi,name_en,name_zh,unit,period,period_start,period_end,value,target,"
	    "target_status,illustrative\r\n") < 0)
		goto out;
	while ((more = dash_next(&dd, &walk, &dk)) > 0) {
		size_t i = dk.ki, j;
		for (j = 0; j < dk.ne; j++) {
			const struct kpi_value *v = &dk.eff[j];
			char label[KPI_PERIOD_LABEL], ds[KPI_DATE_LEN], de[KPI_DATE_LEN];
			struct kpi_target_alert ta;
			int has_t = kpi_alert_target(dk.kind, dk.dir, v, dk.tgs, dk.nt, &ta) == C2C_OK &&
			    ta.target != KPI_NONE;
			if (kpi_period_label(&v->period, label) != C2C_OK ||
			    kpi_date_format(v->period.start, ds) != C2C_OK ||
			    kpi_date_format(v->period.end, de) != C2C_OK ||
			    dashboard_csv_field(out, db_cell(&dd.k, i, 1), 1, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(&dd.k, i, 2), 1, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(&dd.k, i, 3), 1, 0) < 0 ||
			    dashboard_csv_field(out, db_cell(&dd.k, i, 6), 1, 0) < 0 ||
			    dashboard_csv_field(out, label, 0, 0) < 0 || dashboard_csv_field(out, ds, 0, 0) < 0 ||
			    dashboard_csv_field(out, de, 0, 0) < 0 || dashboard_csv_num(out, v->value, 1, 0) < 0 ||
			    dashboard_csv_num(out, has_t ? dk.tgs[ta.target].target : 0, has_t, 0) < 0 ||
			    dashboard_csv_field(out, has_t ? kpi_target_state_name(ta.status.state) : "", 0, 0) < 0 ||
			    dashboard_csv_field(out, dd.illustrative ? "1" : "0", 0, 1) < 0)
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

/* dashboard.c: the <dashboard> of a partnership, from its KPI values, targets,
 * agreements and activities, by the rules of lib/kpi.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
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

/* The agreements on a timeline: <timeline> with one <agreement> per agreement (dates,
 * renewal state) and a <chart> drawing the dated ones from signature to expiry, renewals
 * due marked.  r: id, title, signed, valid_until, renewal_months, kind (agreement_alerts);
 * ex[i] is row i's kpi_alert_expiring, or state OPEN when it could not be judged. */
static enum c2c_err
agreement_timeline(xmlNodePtr dash, const struct db_rows *r, const struct kpi_expiry *ex,
    struct kpi_date today, const char *lang)
{
	int zh = strcmp(lang, "zh") == 0;
	struct chart_span *sp = calloc(r->nrows + 1, sizeof(*sp));
	struct buf *tips = calloc(r->nrows + 1, sizeof(*tips));
	struct chart_spec spec;
	xmlNodePtr tl, x;
	size_t i, ns = 0;
	enum c2c_err rc = C2C_ENOMEM;

	if (sp == NULL || tips == NULL || (tl = xml_add(dash, "timeline")) == NULL)
		goto out;
	for (i = 0; i < r->nrows; i++) {
		struct kpi_date sg = date_or_none(db_cell(r, i, 2)), vu = date_or_none(db_cell(r, i, 3));
		const char *title = db_cell(r, i, 1);
		char due[KPI_DATE_LEN] = "";

		if ((x = xml_add(tl, "agreement")) == NULL || xml_set_attr(x, "id", db_cell(r, i, 0)) < 0 ||
		    xml_set_attr(x, "kind", db_cell(r, i, 5)) < 0 ||
		    (kpi_date_valid(sg) && xml_set_attr(x, "signed", db_cell(r, i, 2)) < 0) ||
		    (kpi_date_valid(vu) && xml_set_attr(x, "valid-until", db_cell(r, i, 3)) < 0) ||
		    ((int)db_cell_ll(r, i, 4, 0) > 0 && xml_set_attr(x, "renewal-months", db_cell(r, i, 4)) < 0) ||
		    xml_set_attr(x, "state", kpi_expiry_state_name(ex[i].state)) < 0)
			goto out;
		if (kpi_date_valid(ex[i].due) && (kpi_date_format(ex[i].due, due) != C2C_OK ||
		    xml_set_attr(x, ex[i].renewal ? "next-renewal" : "due", due) < 0 ||
		    xml_set_attr_int(x, "days", ex[i].days_left) < 0))
			goto out;
		if (xml_add_text(x, "title", title) == NULL)
			goto out;
		/* Undated agreements are listed, not drawn: they have no place on the axis. */
		if (!kpi_date_valid(sg) || (kpi_date_valid(vu) && vu.day < sg.day))
			continue;
		if (buf_printf(&tips[ns], "%s: %s %s%s%s%s%s%s", title, zh ? "签署" : "signed",
		    db_cell(r, i, 2), kpi_date_valid(vu) ? (zh ? "，有效期至 " : ", valid until ") : "",
		    kpi_date_valid(vu) ? db_cell(r, i, 3) : "",
		    ex[i].renewal ? (zh ? "，下次续签 " : ", next renewal ") : "", ex[i].renewal ? due : "",
		    ex[i].alert ? (zh ? "（90 天内）" : " (within 90 days)") : "") < 0)
			goto out;
		sp[ns].label = title;
		sp[ns].tip = tips[ns].data;
		sp[ns].start = sg.day;
		sp[ns].end = kpi_date_valid(vu) ? vu.day : CHART_NO_DAY;
		sp[ns].mark = ex[i].renewal && kpi_date_valid(ex[i].due) ? ex[i].due.day : CHART_NO_DAY;
		sp[ns].mark_soon = ex[i].alert;
		ns++;
	}
	memset(&spec, 0, sizeof(spec));
	spec.id_prefix = "agreements-timeline";
	/* This title is what the browser test looks for (tests/browser/run.sh). */
	spec.title = zh ? "协议从签署到到期" : "Agreements from signature to expiry";
	spec.lang = lang;
	spec.no_data = zh ? "没有注明日期的协议" : "No dated agreement";
	if ((x = xml_add(tl, "chart")) == NULL)
		goto out;
	rc = chart_timeline(x, &spec, sp, ns, today.day);
out:
	for (i = 0; tips != NULL && i < r->nrows; i++)
		buf_free(&tips[i]);
	free(tips);
	free(sp);
	return rc;
}

/* The alerts of the agreements: expiring or due for renewal within 90 days; then their
 * timeline (agreement_timeline).  signed (room for as many dates as agreements, malloc'd,
 * caller frees) gets the signing days, for the computed agreements-signed. */
static enum c2c_err
agreement_alerts(struct db *db, long long id, struct kpi_date today, const char *lang,
    xmlNodePtr dash, xmlNodePtr alerts, struct kpi_date **signed_on, size_t *nsigned)
{
	static const char sql[] =
	    "SELECT g.id, g.title, DATE_FORMAT(g.signed_on, " DAY "), DATE_FORMAT(g.valid_until, " DAY "), "
	    "COALESCE(g.renewal_months, 0), g.kind FROM agreements g "
	    "WHERE g.partnership_id = ? AND g.deleted_at IS NULL ORDER BY g.signed_on, g.id";
	struct db_param a[] = { DBP_I(id) };
	struct kpi_expiry *exs = NULL;
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*signed_on = NULL;
	*nsigned = 0;
	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if ((*signed_on = calloc(r.nrows + 1, sizeof(**signed_on))) == NULL ||
	    (exs = calloc(r.nrows + 1, sizeof(*exs))) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		struct kpi_agreement ag = { date_or_none(db_cell(&r, i, 2)), date_or_none(db_cell(&r, i, 3)),
			(int)db_cell_ll(&r, i, 4, 0) };
		struct kpi_expiry *ex = &exs[i];
		char due[KPI_DATE_LEN];
		xmlNodePtr n;

		(*signed_on)[(*nsigned)++] = ag.signed_on;
		if (kpi_alert_expiring(&ag, today, KPI_EXPIRY_DAYS, ex) != C2C_OK) {
			memset(ex, 0, sizeof(*ex));   /* state OPEN: nothing to say */
			ex->due = KPI_DATE_NONE;
			continue;
		}
		if (!ex->alert)
			continue;
		if (kpi_date_format(ex->due, due) != C2C_OK || (n = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(n, "kind", ex->renewal ? "agreement-renewal" : "agreement-expiring") < 0 ||
		    xml_set_attr(n, "agreement", db_cell(&r, i, 0)) < 0 || xml_set_attr(n, "due", due) < 0 ||
		    xml_set_attr_int(n, "days", ex->days_left) < 0 ||
		    xml_add_text(n, "title", db_cell(&r, i, 1)) == NULL)
			rc = C2C_ENOMEM;
	}
	if (rc == C2C_OK)
		rc = agreement_timeline(dash, &r, exs, today, lang);
	free(exs);
	db_rows_free(&r);
	return rc;
}

/* Activities by cooperation area under box: <area slug count> with names, most first;
 * those without an area last, as <area count> alone. */
static enum c2c_err
activity_areas(struct db *db, long long id, xmlNodePtr box)
{
	static const char sql[] =
	    "SELECT a.slug, a.name_en, a.name_zh, COUNT(*) FROM activities t "
	    "LEFT JOIN areas a ON a.id = t.area_id WHERE t.partnership_id = ? AND t.deleted_at IS NULL "
	    "GROUP BY a.id, a.slug, a.name_en, a.name_zh ORDER BY a.id IS NULL, COUNT(*) DESC, a.name_en";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows && rc == C2C_OK; i++) {
		const char *slug = db_cell(&r, i, 0);
		xmlNodePtr x = xml_add(box, "area");
		if (x == NULL || xml_set_attr(x, "count", db_cell(&r, i, 3)) < 0 ||
		    (slug != NULL && (xml_set_attr(x, "slug", slug) < 0 ||
		    xml_set_lang(xml_add_text(x, "name", db_cell(&r, i, 1)), "en") < 0 ||
		    xml_set_lang(xml_add_text(x, "name", db_cell(&r, i, 2)), "zh") < 0)))
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

/* Activities by status and by area, and their dates for the dormancy rule (caller frees
 * *acts). */
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
	return activity_areas(db, id, box);
}

/* What the dashboard and its CSV read: KPIs, the partnership's values in the range, its
 * targets; the values and targets as lib/kpi.h wants them.  Freed by dash_free. */
struct dash {
	struct db_rows     k, v, t;           /* v: kpi, id, supersedes, start, end, value,
	                                       * illustrative, shown (may be shown and in
	                                       * range), internal, source, confidence */
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

/* Whose values: a partnership's (with its targets) or a city's own. */
enum dash_owner { OWNER_PARTNERSHIP, OWNER_CITY };

static enum c2c_err dash_load(struct db *db, enum dash_owner owner, long long id, const char *from,
    const char *to, int internal, struct dash *d);

/* One KPI of the dashboard: its row in k, its effective series (corrections applied)
 * cut to what may be shown, and its targets. */
struct dash_kpi {
	size_t                   ki;
	enum kpi_kind            kind;
	enum kpi_direction       dir;
	struct kpi_value        *eff;    /* ne values, owned by the walk */
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
			    sizeof(*row), cmp_value_id);
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

static void
dash_walk_end(struct dash_walk *w)
{
	free(w->buf);
	free(w->rows);
	w->buf = NULL;
	w->rows = NULL;
}

/* What a <kpi> says about itself: from its kpis row, or for a computed indicator without
 * one from lib/kpi.h's table.  Strings borrowed. */
struct kpi_meta {
	const char *slug, *name_en, *name_zh, *kind, *direction, *unit;
	const char *source;   /* NULL: entered; else computed from these ("activities") */
	size_t      items;    /* computed: how many of them were counted */
	int         alerts;   /* may raise kpi-below-target */
	const char *chart_id; /* the chart's id prefix; NULL: "kpi-SLUG[-computed]" */
};

static struct kpi_meta
meta_of_row(const struct db_rows *k, size_t ki)
{
	struct kpi_meta m = { db_cell(k, ki, 1), db_cell(k, ki, 2), db_cell(k, ki, 3), db_cell(k, ki, 4),
		db_cell(k, ki, 5), db_cell(k, ki, 6), NULL, 0, 1, NULL };

	return m;
}

xmlNodePtr
dashboard_kpi_element(xmlNodePtr parent, const char *slug, const char *kind, const char *direction,
    const char *source, size_t items, const char *name_en, const char *name_zh, const char *unit)
{
	xmlNodePtr b = xml_add(parent, "kpi");

	if (b == NULL || xml_set_attr(b, "slug", slug) < 0 || xml_set_attr(b, "kind", kind) < 0 ||
	    xml_set_attr(b, "direction", direction) < 0 ||
	    xml_set_attr(b, "origin", source != NULL ? "computed" : "entered") < 0 ||
	    (source != NULL && (xml_set_attr(b, "source", source) < 0 ||
	    xml_set_attr_int(b, "items", (long long)items) < 0)) ||
	    xml_set_lang(xml_add_text(b, "name", name_en), "en") < 0 ||
	    xml_set_lang(xml_add_text(b, "name", name_zh), "zh") < 0 ||
	    xml_add_text(b, "unit", unit) == NULL)
		return NULL;
	return b;
}

enum c2c_err
dashboard_kpi_chart(xmlNodePtr kpi, const char *id, const char *title,
    const char *unit, const char *lang, const char *const *labels, const double *ys, size_t n,
    double target)
{
	struct chart_spec spec;
	struct chart_series s;
	xmlNodePtr x;

	memset(&spec, 0, sizeof(spec));
	memset(&s, 0, sizeof(s));
	spec.id_prefix = id;
	spec.title = title;
	spec.unit = unit;
	spec.lang = lang;
	s.name = title;
	s.values = ys;
	s.target = target;
	s.target_label = strcmp(lang, "zh") == 0 ? "目标" : "target";
	if ((x = xml_add(kpi, "chart")) == NULL)
		return C2C_ENOMEM;
	return chart_line(x, &spec, labels, n, &s, 1);
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

/* One <kpi> with its history, change, target and chart. */
static enum c2c_err
kpi_block(xmlNodePtr dash, const struct kpi_meta *m, const struct dash_kpi *dk, const char *lang,
    xmlNodePtr alerts)
{
	const struct kpi_value *eff = dk->eff;
	const struct kpi_target *targets = dk->tgs;
	size_t ne = dk->ne, nt = dk->nt, i;
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
	const char *title = zh ? m->name_zh : m->name_en;
	char chart_id[96];

	/* A chart needs a title: an unnamed KPI is called by its slug. */
	if (title == NULL || *title == '\0')
		title = m->slug;
	if (labels == NULL || lab == NULL || ys == NULL)
		goto out;
	if (kpi_series_latest(eff, ne, &lt) != C2C_OK || lt.latest == KPI_NONE) {
		rc = C2C_OK;   /* nothing to show for this KPI */
		goto out;
	}
	if ((b = dashboard_kpi_element(dash, m->slug, m->kind, m->direction, m->source, m->items,
	    m->name_en, m->name_zh, m->unit)) == NULL)
		goto out;
	if ((x = xml_add(b, "latest")) == NULL || add_period(x, "period", &eff[lt.latest].period) < 0 ||
	    dashboard_num_attr(x, "value", eff[lt.latest].value) < 0 || provenance(x, dk, lt.latest, 1) < 0)
		goto out;
	if (lt.previous != KPI_NONE) {
		struct kpi_change ch;
		if ((x = xml_add(b, "previous")) == NULL ||
		    add_period(x, "period", &eff[lt.previous].period) < 0 ||
		    dashboard_num_attr(x, "value", eff[lt.previous].value) < 0 ||
		    provenance(x, dk, lt.previous, 0) < 0)
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
		if (ta.alert && m->alerts && ((x = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(x, "kind", "kpi-below-target") < 0 ||
		    xml_set_attr(x, "kpi", m->slug) < 0 ||
		    add_period(x, "period", &eff[lt.latest].period) < 0 ||
		    dashboard_num_attr(x, "value", eff[lt.latest].value) < 0 ||
		    dashboard_num_attr(x, "target", targets[ta.target].target) < 0 ||
		    xml_set_lang(xml_add_text(x, "name", zh ? m->name_zh : m->name_en), zh ? "zh" : "en") < 0))
			goto out;
	}
	for (i = 0; i < ne; i++) {
		xmlNodePtr pt;
		if (kpi_period_label(&eff[i].period, lab[i]) != C2C_OK)
			goto out;
		labels[i] = lab[i];
		ys[i] = eff[i].value;
		if ((pt = xml_add(b, "point")) == NULL || xml_set_attr(pt, "period", lab[i]) < 0 ||
		    dashboard_num_attr(pt, "value", eff[i].value) < 0 || provenance(pt, dk, i, 0) < 0)
			goto out;
	}
	/* The computed twin of an entered KPI needs ids of its own in the page. */
	if (m->chart_id == NULL)
		snprintf(chart_id, sizeof(chart_id), "kpi-%s%s", m->slug, m->source != NULL ? "-computed" : "");
	else
		snprintf(chart_id, sizeof(chart_id), "%s", m->chart_id);
	rc = dashboard_kpi_chart(b, chart_id, title, m->unit, lang, labels, ys, ne,
	    ta.target != KPI_NONE ? targets[ta.target].target : NAN);
out:
	free(labels);
	free(lab);
	free(ys);
	return rc;
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
 * their UTC start days (events_city index: city, start). */
static enum c2c_err
partnership_event_days(struct db *db, long long id, struct kpi_date **out, size_t *n)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(e.starts_at, " DAY ") FROM partnerships p "
	    "JOIN events e ON e.city_id IN (p.europe_city_id, p.china_city_id) "
	    "WHERE p.id = ? AND e.removed_at IS NULL AND e.status <> 'cancelled'";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows > 0 && (*out = calloc(r.nrows, sizeof(**out))) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++)
		(*out)[(*n)++] = date_or_none(db_cell(&r, i, 0));
	db_rows_free(&r);
	return rc;
}

/* Whether at least half of the values are quarterly: the computed twin then counts per
 * quarter too (one odd monthly value does not switch a quarterly KPI to years). */
static int
mostly_quarters(const struct kpi_value *v, size_t n)
{
	size_t i, q = 0;

	for (i = 0; i < n; i++)
		q += kpi_period_kind(&v[i].period) == KPI_PERIOD_QUARTER;
	return n > 0 && 2 * q >= n;
}

/* The row of slug in k, or KPI_NONE. */
static size_t
kpi_row(const struct db_rows *k, const char *slug)
{
	size_t i;

	for (i = 0; i < k->nrows; i++)
		if (db_cell_is(k, i, 1, slug))
			return i;
	return KPI_NONE;
}

/* The <kpi origin="computed"> of source s: counts per period, of the kind the entered
 * values of the same KPI use (quarter or year, so that both read alike and the same
 * targets apply); its targets are those of its kpis row, if it has one. */
static enum c2c_err
computed_block(xmlNodePtr dash, const struct dash *dd, struct computed *c, enum kpi_source s,
    const char *lang, xmlNodePtr alerts)
{
	const struct kpi_computed_def *def = kpi_computed_def(s);
	size_t ki = kpi_row(&dd->k, def->slug), t0 = 0, t1 = 0;
	struct kpi_meta m = { def->slug, def->name_en, def->name_zh, "quantitative", "higher_is_better",
		def->unit, def->source, c->n[s], !c->shown[s], NULL };
	struct dash_kpi dk;
	struct kpi_value *v = NULL;
	size_t nv = 0;
	enum c2c_err rc;

	if (c->n[s] == 0)
		return C2C_OK;
	if (ki != KPI_NONE) {
		m = meta_of_row(&dd->k, ki);
		m.source = def->source;
		m.items = c->n[s];
		m.alerts = !c->shown[s];   /* one alert per KPI: the entered value's, if any */
		/* Targets come ordered by KPI id, as the rows of k. */
		while (t0 < dd->t.nrows && !db_cell_is(&dd->t, t0, 0, db_cell(&dd->k, ki, 0)))
			t0++;
		for (t1 = t0; t1 < dd->t.nrows && db_cell_is(&dd->t, t1, 0, db_cell(&dd->k, ki, 0)); t1++)
			;
	}
	if ((rc = kpi_count_periods(c->dates[s], c->n[s], c->kind[s], &v, &nv)) != C2C_OK)
		return rc == C2C_ENOMEM ? rc : C2C_OK;
	memset(&dk, 0, sizeof(dk));
	dk.ki = ki;
	dk.kind = KPI_QUANTITATIVE;
	dk.dir = KPI_HIGHER_IS_BETTER;
	dk.eff = v;
	dk.ne = nv;
	dk.tgs = dd->tgs != NULL ? dd->tgs + t0 : NULL;
	dk.nt = t1 - t0;
	rc = kpi_block(dash, &m, &dk, lang, alerts);
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
	if ((rc = agreement_alerts(db, id, today, lang, dash, alerts, &cp.dates[KPI_SRC_AGREEMENTS],
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
		computed_cut(cp.dates[s], &cp.n[s], date_or_none(from), date_or_none(to), today);
		cp.kind[s] = KPI_PERIOD_YEAR;
	}
	/* Each computed indicator right after the entered values of its KPI, when it has some. */
	while ((more = dash_next(&dd, &walk, &dk)) > 0) {
		struct kpi_meta m = meta_of_row(&dd.k, dk.ki);
		enum kpi_source src = kpi_computed_find(m.slug);
		if ((rc = kpi_block(dash, &m, &dk, lang, alerts)) != C2C_OK)
			goto out;
		if (src == KPI_SRC__MAX)
			continue;
		cp.kind[src] = mostly_quarters(dk.eff, dk.ne) ? KPI_PERIOD_QUARTER :
		    KPI_PERIOD_YEAR;
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

static enum c2c_err
dash_load(struct db *db, enum dash_owner owner, long long id, const char *from, const char *to,
    int internal, struct dash *d)
{
	static const char sql_kpis[] =
	    "SELECT k.id, k.slug, k.name_en, k.name_zh, k.kind, k.direction, k.unit FROM kpis k "
	    "WHERE k.deleted_at IS NULL ORDER BY k.id";   /* the order of the values below */
#define VALUES_OF \
	    "SELECT v.kpi_id, v.id, COALESCE(v.supersedes_id, 0), DATE_FORMAT(v.period_start, " DAY "), " \
	    "DATE_FORMAT(v.period_end, " DAY "), COALESCE(v.value, v.score), COALESCE(v.source = 'illustrative sample', 0), " \
	    "(v.internal = 0 OR ?) AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?), " \
	    "v.internal, v.source, v.confidence FROM kpi_values v WHERE "
	static const char sql_values[] = VALUES_OF "v.partnership_id = ? ORDER BY v.kpi_id, v.id";
	/* A city's own values (index kpi_values_c); cities have no targets. */
	static const char sql_city_values[] = VALUES_OF "v.city_id = ? ORDER BY v.kpi_id, v.id";
#undef VALUES_OF
	static const char sql_targets[] =
	    "SELECT t.kpi_id, DATE_FORMAT(t.period_start, " DAY "), DATE_FORMAT(t.period_end, " DAY "), t.target "
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
		d->vals[i].period.start = date_or_none(db_cell(&d->v, i, 3));
		d->vals[i].period.end = date_or_none(db_cell(&d->v, i, 4));
		d->vals[i].value = db_cell_double(&d->v, i, 5, 0);
		if (db_cell_is(&d->v, i, 7, "1"))
			d->illustrative |= db_cell_is(&d->v, i, 6, "1");
	}
	for (i = 0; i < d->t.nrows; i++) {
		d->tgs[i].period.start = date_or_none(db_cell(&d->t, i, 1));
		d->tgs[i].period.end = date_or_none(db_cell(&d->t, i, 2));
		d->tgs[i].target = db_cell_double(&d->t, i, 3, 0);
	}
	return C2C_OK;
}

/* One CSV field: quoted when needed; text that starts like a formula gets a ' first,
 * inside the quotes when there are any (RFC 4180: a quoted field starts with the quote). */
int
dashboard_csv_field(struct buf *out, const char *s, int text, int last)
{
	const char *p;
	int guard;

	if (s == NULL)
		s = "";
	guard = text && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		if ((guard && buf_puts(out, "'") < 0) || buf_puts(out, s) < 0)
			return -1;
	} else {
		if (buf_puts(out, "\"") < 0 || (guard && buf_puts(out, "'") < 0))
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
		struct kpi_meta m = meta_of_row(&dd.k, dk.ki);
		char id[96];
		/* No targets, so no alerts; ids apart from the totals' charts of the same KPI. */
		m.alerts = 0;
		snprintf(id, sizeof(id), "own-%s", m.slug);
		m.chart_id = id;
		rc = kpi_block(own, &m, &dk, lang, NULL);
	}
	if (rc == C2C_OK && more < 0)
		rc = C2C_ENOMEM;
out:
	dash_walk_end(&walk);
	dash_free(&dd);
	return rc;
}

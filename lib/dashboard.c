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

static int
set_num(xmlNodePtr n, const char *name, double v)
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

/* One <kpi> with its history, change, target and chart.  values are this KPI's. */
static enum c2c_err
kpi_block(xmlNodePtr dash, const struct db_rows *k, size_t ki, struct kpi_value *values,
    size_t nv, const struct kpi_target *targets, size_t nt, const char *lang, xmlNodePtr alerts)
{
	struct kpi_value *eff = calloc(nv, sizeof(*eff));
	const char **labels = calloc(nv, sizeof(*labels));
	char (*lab)[KPI_PERIOD_LABEL] = calloc(nv, sizeof(*lab));
	double *ys = calloc(nv, sizeof(*ys));
	enum kpi_kind kind;
	enum kpi_direction dir;
	struct kpi_latest lt;
	struct kpi_target_alert ta;
	size_t ne = 0, i;
	xmlNodePtr b, x;
	enum c2c_err rc = C2C_ENOMEM;
	int zh = strcmp(lang, "zh") == 0;

	if (eff == NULL || labels == NULL || lab == NULL || ys == NULL)
		goto out;
	if (kpi_kind_parse(db_cell(k, ki, 4), &kind) != C2C_OK ||
	    kpi_direction_parse(db_cell(k, ki, 5), &dir) != C2C_OK ||
	    kpi_series_effective(values, nv, eff, &ne) != C2C_OK ||
	    kpi_series_latest(eff, ne, &lt) != C2C_OK || lt.latest == KPI_NONE) {
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
	    set_num(x, "value", eff[lt.latest].value) < 0)
		goto out;
	if (lt.previous != KPI_NONE) {
		struct kpi_change ch;
		if ((x = xml_add(b, "previous")) == NULL ||
		    add_period(x, "period", &eff[lt.previous].period) < 0 ||
		    set_num(x, "value", eff[lt.previous].value) < 0)
			goto out;
		if (kpi_change(kind, dir, eff[lt.latest].value, eff[lt.previous].value, &ch) == C2C_OK &&
		    ((x = xml_add(b, "change")) == NULL || set_num(x, "delta", ch.delta) < 0 ||
		    (ch.has_relative && set_num(x, "relative", ch.relative) < 0) ||
		    xml_set_attr(x, "trend", kpi_trend_name(ch.trend)) < 0))
			goto out;
	}
	if (kpi_alert_target(kind, dir, &eff[lt.latest], targets, nt, &ta) == C2C_OK &&
	    ta.target != KPI_NONE) {
		if ((x = xml_add(b, "target")) == NULL || set_num(x, "value", targets[ta.target].target) < 0 ||
		    xml_set_attr(x, "status", kpi_target_state_name(ta.status.state)) < 0 ||
		    set_num(x, "gap", ta.status.gap) < 0)
			goto out;
		if (ta.alert && ((x = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(x, "kind", "kpi-below-target") < 0 ||
		    xml_set_attr(x, "kpi", db_cell(k, ki, 1)) < 0 ||
		    add_period(x, "period", &eff[lt.latest].period) < 0 ||
		    set_num(x, "value", eff[lt.latest].value) < 0 ||
		    set_num(x, "target", targets[ta.target].target) < 0 ||
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
		    set_num(pt, "value", eff[i].value) < 0)
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
		spec.title = db_cell(k, ki, zh ? 3 : 2);
		spec.unit = db_cell(k, ki, 6);
		spec.lang = lang;
		s.name = db_cell(k, ki, zh ? 3 : 2);
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
	free(eff);
	free(labels);
	free(lab);
	free(ys);
	return rc;
}

enum c2c_err
dashboard_partnership(struct db *db, long long id, const char *today_s, const char *lang,
    xmlNodePtr parent)
{
	static const char sql_kpis[] =
	    "SELECT k.id, k.slug, k.name_en, k.name_zh, k.kind, k.direction, k.unit FROM kpis k "
	    "WHERE k.deleted_at IS NULL ORDER BY k.id";   /* the order of the values below */
	static const char sql_values[] =
	    "SELECT v.kpi_id, v.id, COALESCE(v.supersedes_id, 0), DATE_FORMAT(v.period_start, " DAY "), "
	    "DATE_FORMAT(v.period_end, " DAY "), COALESCE(v.value, v.score), v.source = 'illustrative sample' "
	    "FROM kpi_values v WHERE v.partnership_id = ? AND v.internal = 0 ORDER BY v.kpi_id, v.id";
	static const char sql_targets[] =
	    "SELECT t.kpi_id, DATE_FORMAT(t.period_start, " DAY "), DATE_FORMAT(t.period_end, " DAY "), t.target "
	    "FROM kpi_targets t WHERE t.partnership_id = ? ORDER BY t.kpi_id, t.period_start";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows k = { 0, 0, NULL, NULL }, v = { 0, 0, NULL, NULL }, t = { 0, 0, NULL, NULL };
	struct kpi_value *vals = NULL;
	struct kpi_target *tgs = NULL;
	struct kpi_activity *acts = NULL;
	struct kpi_dormancy dm;
	struct kpi_date today;
	size_t nacts = 0, i, vi = 0, ti = 0;
	xmlNodePtr dash, alerts;
	const char *why;
	int illustrative = 0;
	enum c2c_err rc;

	if (kpi_date_parse(today_s, &today, &why) != C2C_OK)
		return C2C_EINVAL;
	if ((rc = db_query(db, sql_kpis, NULL, 0, &k)) != C2C_OK ||
	    (rc = db_query(db, sql_values, a, 1, &v)) != C2C_OK ||
	    (rc = db_query(db, sql_targets, a, 1, &t)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if ((v.nrows > 0 && (vals = calloc(v.nrows, sizeof(*vals))) == NULL) ||
	    (t.nrows > 0 && (tgs = calloc(t.nrows, sizeof(*tgs))) == NULL))
		goto out;
	for (i = 0; i < v.nrows; i++) {
		vals[i].id = strtoull(db_cell(&v, i, 1), NULL, 10);
		vals[i].supersedes_id = strtoull(db_cell(&v, i, 2), NULL, 10);
		vals[i].owner = (uint32_t)id;
		vals[i].period.start = date_or_none(db_cell(&v, i, 3));
		vals[i].period.end = date_or_none(db_cell(&v, i, 4));
		vals[i].value = strtod(db_cell(&v, i, 5), NULL);
		illustrative |= strcmp(db_cell(&v, i, 6), "1") == 0;
	}
	for (i = 0; i < t.nrows; i++) {
		tgs[i].period.start = date_or_none(db_cell(&t, i, 1));
		tgs[i].period.end = date_or_none(db_cell(&t, i, 2));
		tgs[i].target = strtod(db_cell(&t, i, 3), NULL);
	}
	if ((dash = xml_add(parent, "dashboard")) == NULL || xml_set_attr(dash, "today", today_s) < 0 ||
	    (illustrative && xml_set_attr(dash, "illustrative", "1") < 0) ||
	    (alerts = xml_add(dash, "alerts")) == NULL)
		goto out;
	if ((rc = agreement_alerts(db, id, today, alerts)) != C2C_OK ||
	    (rc = activities(db, id, dash, &acts, &nacts)) != C2C_OK)
		goto out;
	if (kpi_alert_dormant(acts, nacts, vals, v.nrows, today, KPI_DORMANT_MONTHS, &dm) == C2C_OK &&
	    dm.dormant) {
		char seen[KPI_DATE_LEN] = "";
		xmlNodePtr n = xml_add(alerts, "alert");
		rc = C2C_ENOMEM;
		if (n == NULL || xml_set_attr(n, "kind", "dormant") < 0 ||
		    (kpi_date_valid(dm.last_seen) && kpi_date_format(dm.last_seen, seen) == C2C_OK &&
		    xml_set_attr(n, "last-seen", seen) < 0))
			goto out;
	}
	/* Values and targets come ordered by KPI: walk the KPIs and both lists together. */
	for (i = 0; i < k.nrows; i++) {
		const char *kid = db_cell(&k, i, 0);
		size_t v0 = vi, t0 = ti;
		while (vi < v.nrows && strcmp(db_cell(&v, vi, 0), kid) == 0)
			vi++;
		while (ti < t.nrows && strcmp(db_cell(&t, ti, 0), kid) == 0)
			ti++;
		if (vi == v0)
			continue;
		if ((rc = kpi_block(dash, &k, i, vals + v0, vi - v0, tgs ? tgs + t0 : NULL, ti - t0, lang,
		    alerts)) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	free(vals);
	free(tgs);
	free(acts);
	db_rows_free(&k);
	db_rows_free(&v);
	db_rows_free(&t);
	return rc;
}

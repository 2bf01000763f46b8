/* dashboard_kpi.c: one <kpi> element of a dashboard, whoever's values it shows (a
 * partnership's, a city's totals, a city's own, a computed count): its names, its values
 * and points, and the line chart of its series; with the number, date and CSV helpers
 * the dashboards share (lib/dashboard_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard_impl.h"
#include "labels.h"
#include "xml.h"

struct kpi_date
dashboard_date(const char *s)
{
	struct kpi_date d = KPI_DATE_NONE;

	if (s != NULL && kpi_date_parse(s, &d, NULL) != C2C_OK)
		d = KPI_DATE_NONE;
	return d;
}

enum c2c_err
dashboard_query_dates(struct db *db, const char *sql, const struct db_param *a, size_t na,
    struct kpi_date **out, size_t *n)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, sql, a, na, &r)) != C2C_OK)
		return rc;
	if (r.nrows > 0 && (*out = calloc(r.nrows, sizeof(**out))) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++)
		(*out)[(*n)++] = dashboard_date(db_cell(&r, i, 0));
	db_rows_free(&r);
	return rc;
}

int
dash_cmp_value_id(const void *key, const void *elem)
{
	uint64_t id = *(const uint64_t *)key, other = ((const struct kpi_value *)elem)->id;

	return id < other ? -1 : id > other;
}

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

int
dashboard_period_attr(xmlNodePtr n, const char *name, const struct kpi_period *p)
{
	char label[KPI_PERIOD_LABEL];

	return kpi_period_label(p, label) == C2C_OK ? xml_set_attr(n, name, label) : -1;
}

struct dash_meta
dash_meta_of_row(const struct db_rows *k, size_t ki)
{
	struct dash_meta m = { db_cell(k, ki, 1), db_cell(k, ki, 2), db_cell(k, ki, 3), db_cell(k, ki, 4),
		db_cell(k, ki, 5), db_cell(k, ki, 6), NULL, 0, 1, NULL };

	return m;
}

struct dash_meta
dash_meta_computed(const struct db_rows *k, enum kpi_source s, size_t items, size_t *ki)
{
	const struct kpi_computed_def *def = kpi_computed_def(s);
	struct dash_meta m = { def->slug, label_text(def->name_key, 0), label_text(def->name_key, 1),
		"quantitative", "higher_is_better", def->unit, NULL, 0, 1, NULL };
	size_t i;

	*ki = KPI_NONE;
	for (i = 0; i < k->nrows && *ki == KPI_NONE; i++)
		if (db_cell_is(k, i, 1, def->slug)) {
			*ki = i;
			m = dash_meta_of_row(k, i);
		}
	m.source = def->source;
	m.items = items;
	return m;
}

enum kpi_period_kind
dash_computed_kind(const struct kpi_value *v, size_t n)
{
	size_t i, q = 0;

	for (i = 0; i < n; i++)
		q += kpi_period_kind(&v[i].period) == KPI_PERIOD_QUARTER;
	return n > 0 && 2 * q >= n ? KPI_PERIOD_QUARTER : KPI_PERIOD_YEAR;
}

xmlNodePtr
dash_kpi_element(xmlNodePtr parent, const struct dash_meta *m)
{
	xmlNodePtr b = xml_add(parent, "kpi");

	if (b == NULL || xml_set_attr(b, "slug", m->slug) < 0 || xml_set_attr(b, "kind", m->kind) < 0 ||
	    xml_set_attr(b, "direction", m->direction) < 0 ||
	    xml_set_attr(b, "origin", m->source != NULL ? "computed" : "entered") < 0 ||
	    (m->source != NULL && (xml_set_attr(b, "source", m->source) < 0 ||
	    xml_set_attr_int(b, "items", (long long)m->items) < 0)) ||
	    xml_set_lang(xml_add_text(b, "name", m->name_en), "en") < 0 ||
	    xml_set_lang(xml_add_text(b, "name", m->name_zh), "zh") < 0 ||
	    xml_add_text(b, "unit", m->unit) == NULL)
		return NULL;
	return b;
}

xmlNodePtr
dash_value_element(xmlNodePtr parent, const char *name, const struct kpi_value *v)
{
	xmlNodePtr x = xml_add(parent, name);

	if (x == NULL || dashboard_period_attr(x, "period", &v->period) < 0 ||
	    dashboard_num_attr(x, "value", v->value) < 0)
		return NULL;
	return x;
}

/* The <chart> of a KPI's history under kpi: n periods labelled labels with values ys. */
static enum c2c_err
kpi_chart(xmlNodePtr kpi, const char *id, const char *title, const char *unit, const char *lang,
    const char *const *labels, const double *ys, size_t n, double target)
{
	struct chart_spec spec = { .id_prefix = id, .title = title, .unit = unit, .lang = lang };
	struct chart_series s = { .name = title, .values = ys, .target = target,
		.target_label = label_text("chart.target", label_zh(lang)) };
	xmlNodePtr x;

	if ((x = xml_add(kpi, "chart")) == NULL)
		return C2C_ENOMEM;
	return chart_line(x, &spec, labels, n, &s, 1);
}

enum c2c_err
dash_kpi_series(xmlNodePtr kpi, const struct dash_meta *m, const struct kpi_value *s, size_t n,
    dash_point_fn extra, const void *arg, const char *lang, double target)
{
	const char **labels = calloc(n + 1, sizeof(*labels));
	char (*lab)[KPI_PERIOD_LABEL] = calloc(n + 1, sizeof(*lab));
	double *ys = calloc(n + 1, sizeof(*ys));
	const char *title = strcmp(lang, "zh") == 0 ? m->name_zh : m->name_en;
	enum c2c_err rc = C2C_ENOMEM;
	char chart_id[96];
	size_t i;

	/* A chart needs a title: an unnamed KPI is called by its slug. */
	if (title == NULL || *title == '\0')
		title = m->slug;
	if (labels == NULL || lab == NULL || ys == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		xmlNodePtr pt;
		if (kpi_period_label(&s[i].period, lab[i]) != C2C_OK)
			goto out;
		labels[i] = lab[i];
		ys[i] = s[i].value;
		if ((pt = dash_value_element(kpi, "point", &s[i])) == NULL ||
		    (extra != NULL && extra(pt, i, arg) < 0))
			goto out;
	}
	/* The computed twin of an entered KPI needs ids of its own in the page. */
	if (m->chart_id == NULL)
		snprintf(chart_id, sizeof(chart_id), "kpi-%s%s", m->slug, m->source != NULL ? "-computed" : "");
	else
		snprintf(chart_id, sizeof(chart_id), "%s", m->chart_id);
	rc = kpi_chart(kpi, chart_id, title, m->unit, lang, labels, ys, n, target);
out:
	free(labels);
	free(lab);
	free(ys);
	return rc;
}

int
dashboard_csv_kpi(struct buf *out, const struct db_rows *k, size_t ki)
{
	return dashboard_csv_field(out, db_cell(k, ki, 1), 1, 0) < 0 ||
	    dashboard_csv_field(out, db_cell(k, ki, 2), 1, 0) < 0 ||
	    dashboard_csv_field(out, db_cell(k, ki, 3), 1, 0) < 0 ||
	    dashboard_csv_field(out, db_cell(k, ki, 6), 1, 0) < 0 ? -1 : 0;
}

int
dashboard_csv_period(struct buf *out, const struct kpi_period *p)
{
	char label[KPI_PERIOD_LABEL], ds[KPI_DATE_LEN], de[KPI_DATE_LEN];

	return kpi_period_label(p, label) != C2C_OK || kpi_date_format(p->start, ds) != C2C_OK ||
	    kpi_date_format(p->end, de) != C2C_OK || dashboard_csv_field(out, label, 0, 0) < 0 ||
	    dashboard_csv_field(out, ds, 0, 0) < 0 || dashboard_csv_field(out, de, 0, 0) < 0 ? -1 : 0;
}

/* dashboard_city.c: the dashboard of one city ("/cities/{slug}/dashboard"): its
 * partnerships side by side, its KPIs summed across them, its events and its partners'
 * in every local time concerned.  The rules are lib/kpi.h's; zones come from lib/tz.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard.h"
#include "kpi.h"
#include "rowxml.h"
#include "tz.h"
#include "xml.h"

#define DAY "'%Y-%m-%d'"
#define CITY_EVENTS_MAX 100   /* the latest ones in the range: a dashboard, not an archive */
#define ZONE_CACHE 16

/* The city, or a partner: what an event's local times name.  Strings borrowed from
 * db_rows that outlive the struct. */
struct place {
	const char *slug, *en, *local, *zh, *zone;
};

/* Zones loaded for one request, each once. */
struct zones {
	size_t          n;
	const char     *name[ZONE_CACHE];
	struct tz_zone *z[ZONE_CACHE];
};

static void
zones_free(struct zones *zs)
{
	size_t i;

	for (i = 0; i < zs->n; i++)
		tz_free(zs->z[i]);
	zs->n = 0;
}

/* The zone name, loaded; NULL when unknown or unreadable (the event then shows UTC only:
 * a zone missing from this host's tzdata must not take the page down). */
static const struct tz_zone *
zones_get(struct zones *zs, const char *name)
{
	struct tz_zone *z;
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < zs->n; i++)
		if (strcmp(zs->name[i], name) == 0)
			return zs->z[i];
	if (zs->n == ZONE_CACHE || tz_load(name, &z) != C2C_OK)
		return NULL;
	zs->name[zs->n] = name;
	zs->z[zs->n++] = z;
	return z;
}

static int
add_names(xmlNodePtr n, const struct place *p)
{
	return xml_set_attr(n, "slug", p->slug) < 0 ||
	    xml_set_lang(xml_add_text(n, "name", p->en), "en") < 0 ||
	    (p->local != NULL && xml_add_text(n, "local-name", p->local) == NULL) ||
	    (p->zh != NULL && xml_set_lang(xml_add_text(n, "name", p->zh), "zh") < 0) ? -1 : 0;
}

/* --- partnerships side by side ------------------------------------------------------- */

static const char *const measures[] = { "agreements", "activities", "events", "kpi-values" };
#define NMEASURES (sizeof(measures) / sizeof(measures[0]))

/* One bar chart per measure, a bar per partnership, named by the partner city. */
static enum c2c_err
partner_charts(xmlNodePtr dash, const struct db_rows *r, const char *lang)
{
	static const char *const titles[NMEASURES][2] = {
		{ "Agreements signed, by partner city", "各伙伴城市签署的协议" },
		{ "Joint activities, by partner city", "各伙伴城市的合作活动" },
		{ "Events in either city, by partner city", "各伙伴关系两市的活动" },
		{ "KPI values entered, by partner city", "各伙伴关系填报的指标数值" },
	};
	int zh = strcmp(lang, "zh") == 0;
	int cen = db_col(r, "partner/name@en"), czh = db_col(r, "partner/name@zh");
	const char **labels = calloc(r->nrows + 1, sizeof(*labels));
	double *vals = calloc(r->nrows + 1, sizeof(*vals));
	enum c2c_err rc = C2C_ENOMEM;
	size_t m, i;

	if (labels == NULL || vals == NULL)
		goto out;
	for (m = 0; m < NMEASURES; m++) {
		char attr[32], id[48];
		struct chart_spec spec;
		xmlNodePtr ch;
		int col;

		snprintf(attr, sizeof(attr), "@%s", measures[m]);
		col = db_col(r, attr);
		for (i = 0; i < r->nrows; i++) {
			const char *name = zh && db_cell(r, i, (size_t)czh) ? db_cell(r, i, (size_t)czh) :
			    db_cell(r, i, (size_t)cen);
			labels[i] = name != NULL ? name : "?";
			vals[i] = db_cell_double(r, i, (size_t)col, 0);
		}
		memset(&spec, 0, sizeof(spec));
		snprintf(id, sizeof(id), "partners-%s", measures[m]);
		spec.id_prefix = id;
		spec.title = titles[m][zh];
		spec.lang = lang;
		if ((ch = xml_add(dash, "chart")) == NULL || xml_set_attr(ch, "measure", measures[m]) < 0)
			goto out;
		if ((rc = chart_bars(ch, &spec, labels, vals, r->nrows)) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	free(labels);
	free(vals);
	return rc;
}

/* --- KPIs summed across the partnerships -------------------------------------------- */

struct city_kpis {
	struct db_rows    k, v;     /* v: kpi, partnership, id, supersedes, start, end, value,
	                             * illustrative, shown */
	struct kpi_value *vals;
	int               illustrative;
};

static struct kpi_date
date_or_none(const char *s)
{
	struct kpi_date d = KPI_DATE_NONE;

	if (s != NULL && kpi_date_parse(s, &d, NULL) != C2C_OK)
		d = KPI_DATE_NONE;
	return d;
}

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
	    "DATE_FORMAT(v.period_start, " DAY "), DATE_FORMAT(v.period_end, " DAY "), "
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
		v->period.start = date_or_none(db_cell(&ck->v, i, 4));
		v->period.end = date_or_none(db_cell(&ck->v, i, 5));
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

static int
cmp_id(const void *key, const void *elem)
{
	uint64_t id = *(const uint64_t *)key, other = ((const struct kpi_value *)elem)->id;

	return id < other ? -1 : id > other;
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
			    sizeof(*row), cmp_id);
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

/* What a city <kpi> says about itself (strings borrowed): its kpis row, or for a
 * computed indicator lib/kpi.h's table and its provenance. */
struct city_kpi_meta {
	const char *slug, *name_en, *name_zh, *kind, *direction, *unit;
	const char *source;   /* NULL: entered values summed; else computed from these */
	size_t      items;
};

static struct city_kpi_meta
city_meta_of_row(const struct db_rows *k, size_t ki)
{
	struct city_kpi_meta m = { db_cell(k, ki, 1), db_cell(k, ki, 2), db_cell(k, ki, 3),
		db_cell(k, ki, 4), db_cell(k, ki, 5), db_cell(k, ki, 6), NULL, 0 };

	return m;
}

static enum c2c_err
city_kpi_block(xmlNodePtr dash, const struct city_kpi_meta *m, const struct kpi_total *t,
    size_t nt, const char *lang)
{
	int zh = strcmp(lang, "zh") == 0;
	const char *title = zh ? m->name_zh : m->name_en;
	const char **labels = calloc(nt, sizeof(*labels));
	char (*lab)[KPI_PERIOD_LABEL] = calloc(nt, sizeof(*lab));
	double *ys = calloc(nt, sizeof(*ys));
	enum c2c_err rc = C2C_ENOMEM;
	xmlNodePtr b, x;
	size_t i;
	/* A computed count is of distinct items, not of partnerships' values. */
	int per_partnership = m->source == NULL;

	if (title == NULL || *title == '\0')
		title = m->slug;
	if (labels == NULL || lab == NULL || ys == NULL)
		goto out;
	if ((b = dashboard_kpi_element(dash, m->slug, m->kind, m->direction, m->source, m->items,
	    m->name_en, m->name_zh, m->unit)) == NULL ||
	    xml_set_attr(b, "aggregate", strcmp(m->kind, "qualitative") == 0 ? "mean" : "sum") < 0)
		goto out;
	for (i = 0; i < nt; i++) {
		if (kpi_period_label(&t[i].period, lab[i]) != C2C_OK)
			goto out;
		labels[i] = lab[i];
		ys[i] = t[i].value;
	}
	if ((x = xml_add(b, "latest")) == NULL || xml_set_attr(x, "period", lab[nt - 1]) < 0 ||
	    dashboard_num_attr(x, "value", t[nt - 1].value) < 0 ||
	    (per_partnership && xml_set_attr_int(x, "partnerships", (long long)t[nt - 1].count) < 0))
		goto out;
	for (i = 0; i < nt; i++)
		if ((x = xml_add(b, "point")) == NULL || xml_set_attr(x, "period", lab[i]) < 0 ||
		    dashboard_num_attr(x, "value", t[i].value) < 0 ||
		    (per_partnership && xml_set_attr_int(x, "partnerships", (long long)t[i].count) < 0))
			goto out;
	{
		char id[96];
		snprintf(id, sizeof(id), "kpi-%s%s", m->slug, m->source != NULL ? "-computed" : "");
		rc = dashboard_kpi_chart(b, id, title, m->unit, lang, labels, ys, nt, NAN);
	}
out:
	free(labels);
	free(lab);
	free(ys);
	return rc;
}

/* Walks KPIs and values together (both ordered by KPI id); calls each for every KPI with
 * totals.  each returns C2C_OK to go on. */
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
	struct db_rows       r[KPI_SRC__MAX];   /* one column: the day */
	enum kpi_period_kind kind[KPI_SRC__MAX];
	int                  shown[KPI_SRC__MAX];
};

static void
city_computed_free(struct city_computed *cp)
{
	int s;

	for (s = 0; s < KPI_SRC__MAX; s++)
		db_rows_free(&cp->r[s]);
}

/* The city and its partners, as a table x (city_id) that events are joined to by the
 * events_city index; four parameters, all the city's id.  "city_id = ? OR city_id IN
 * (partners)" on events itself read every event (issue 15). */
#define CITY_AND_PARTNERS \
	"(SELECT ? AS city_id UNION SELECT IF(p.europe_city_id = ?, p.china_city_id, p.europe_city_id) " \
	"  FROM partnerships p WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?)) x"

static enum c2c_err
city_computed_load(struct db *db, long long city, const char *today, const char *from,
    const char *to, struct city_computed *cp)
{
	/* The rules of lib/kpi.h's computed indicators, over the city's partnerships. */
	static const char *const sql[KPI_SRC__MAX] = {
		[KPI_SRC_ACTIVITIES] =
		    "SELECT DATE_FORMAT(t.starts_on, " DAY ") FROM activities t "
		    "JOIN partnerships p ON p.id = t.partnership_id "
		    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
		    "AND t.deleted_at IS NULL AND t.status NOT IN ('idea', 'cancelled') "
		    "AND t.starts_on <= ? AND t.starts_on >= COALESCE(?, '1000-01-01') "
		    "AND (? IS NULL OR t.starts_on <= ?)",
		[KPI_SRC_EVENTS] =
		    "SELECT DATE_FORMAT(e.starts_at, " DAY ") FROM " CITY_AND_PARTNERS " "
		    "JOIN events e ON e.city_id = x.city_id "
		    "WHERE e.removed_at IS NULL AND e.status <> 'cancelled' "
		    "AND e.starts_at < ? + INTERVAL 1 DAY AND e.starts_at >= COALESCE(?, '1000-01-01') "
		    "AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)",
		[KPI_SRC_AGREEMENTS] =
		    "SELECT DATE_FORMAT(g.signed_on, " DAY ") FROM agreements g "
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
		rc = s == KPI_SRC_EVENTS ? db_query(db, sql[s], four, 8, &cp->r[s]) :
		    db_query(db, sql[s], two, 6, &cp->r[s]);
	}
	return rc;
}

static enum c2c_err
city_computed_block(xmlNodePtr dash, const struct city_kpis *ck, struct city_computed *cp,
    enum kpi_source s, const char *lang)
{
	const struct kpi_computed_def *def = kpi_computed_def(s);
	struct city_kpi_meta m = { def->slug, def->name_en, def->name_zh, "quantitative",
		"higher_is_better", def->unit, def->source, cp->r[s].nrows };
	struct kpi_date *d = NULL;
	struct kpi_value *v = NULL;
	struct kpi_total *t = NULL;
	size_t i, nv = 0;
	enum c2c_err rc = C2C_ENOMEM;

	cp->shown[s] = 1;
	if (cp->r[s].nrows == 0)
		return C2C_OK;
	for (i = 0; i < ck->k.nrows; i++)
		if (db_cell_is(&ck->k, i, 1, def->slug)) {
			m = city_meta_of_row(&ck->k, i);
			m.source = def->source;
			m.items = cp->r[s].nrows;
		}
	if ((d = calloc(cp->r[s].nrows, sizeof(*d))) == NULL)
		goto out;
	for (i = 0; i < cp->r[s].nrows; i++)
		d[i] = date_or_none(db_cell(&cp->r[s], i, 0));
	if ((rc = kpi_count_periods(d, cp->r[s].nrows, cp->kind[s], &v, &nv)) != C2C_OK || nv == 0) {
		rc = rc == C2C_ENOMEM ? rc : C2C_OK;
		goto out;
	}
	rc = C2C_ENOMEM;
	if ((t = calloc(nv, sizeof(*t))) == NULL)
		goto out;
	for (i = 0; i < nv; i++) {
		t[i].period = v[i].period;
		t[i].value = v[i].value;
	}
	rc = city_kpi_block(dash, &m, t, nv, lang);
out:
	free(d);
	free(v);
	free(t);
	return rc;
}

struct xml_walk {
	xmlNodePtr           dash;
	const char          *lang;
	struct city_computed *cp;
};

static enum c2c_err
kpi_to_xml(void *arg, const struct city_kpis *ck, size_t ki, const struct kpi_total *t, size_t nt)
{
	struct xml_walk *w = arg;
	struct city_kpi_meta m = city_meta_of_row(&ck->k, ki);
	enum kpi_source src = kpi_computed_find(m.slug);
	enum c2c_err rc = city_kpi_block(w->dash, &m, t, nt, w->lang);

	/* A computed indicator right after the entered totals of its KPI, in their period. */
	if (rc == C2C_OK && src != KPI_SRC__MAX) {
		size_t i, q = 0;
		/* Quarters when at least half of the totals are (as lib/dashboard.c). */
		for (i = 0; i < nt; i++)
			q += kpi_period_kind(&t[i].period) == KPI_PERIOD_QUARTER;
		w->cp->kind[src] = 2 * q >= nt ? KPI_PERIOD_QUARTER : KPI_PERIOD_YEAR;
		rc = city_computed_block(w->dash, ck, w->cp, src, w->lang);
	}
	return rc;
}

/* --- events in local times ------------------------------------------------------------ */

/* <local zone offset dst abbr start end> with the places of that zone, for one zone. */
static enum c2c_err
add_local(xmlNodePtr ev, struct zones *zs, const char *zone, int64_t start, int has_end,
    int64_t end, const struct place *places, const size_t *which, size_t nwhich)
{
	const struct tz_zone *z = zones_get(zs, zone);
	char s[TZ_LOCAL_LEN], e[TZ_LOCAL_LEN];
	struct tz_info info;
	xmlNodePtr l;
	size_t i;

	if (z == NULL)
		return C2C_OK;
	tz_format_local(z, start, s, &info);
	if ((l = xml_add(ev, "local")) == NULL || xml_set_attr(l, "zone", zone) < 0 ||
	    xml_set_attr(l, "offset", s + 19) < 0 || xml_set_attr(l, "dst", info.dst ? "1" : "0") < 0 ||
	    (info.abbr[0] != '\0' && xml_set_attr(l, "abbr", info.abbr) < 0) ||
	    xml_set_attr(l, "start", s) < 0)
		return C2C_ENOMEM;
	if (has_end) {
		tz_format_local(z, end, e, NULL);
		if (xml_set_attr(l, "end", e) < 0)
			return C2C_ENOMEM;
	}
	for (i = 0; i < nwhich; i++) {
		const struct place *p = &places[which[i]];
		xmlNodePtr c;
		if (p->zone == NULL || strcmp(p->zone, zone) != 0)
			continue;
		if ((c = xml_add(l, "city")) == NULL || add_names(c, p) < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

/* The local times of a timed event: in the zone of its city and of the dashboard's city;
 * for an event in the dashboard's city, also in every partner's zone.  One <local> per
 * zone, naming the cities that keep it. */
static enum c2c_err
event_locals(xmlNodePtr ev, struct zones *zs, const struct place *places, size_t nplaces,
    const char *venue, const char *start_s, const char *end_s)
{
	size_t which[64], nwhich = 0, i, j;
	int64_t start, end = 0;
	int has_end = end_s != NULL && tz_parse_utc(end_s, &end) == C2C_OK;
	enum c2c_err rc = C2C_OK;

	if (tz_parse_utc(start_s, &start) != C2C_OK)
		return C2C_OK;
	which[nwhich++] = 0;
	for (i = 1; i < nplaces && nwhich < 64; i++)
		if (strcmp(venue, places[0].slug) == 0 || strcmp(venue, places[i].slug) == 0)
			which[nwhich++] = i;
	/* One <local> per distinct zone, in the order the cities come. */
	for (i = 0; i < nwhich && rc == C2C_OK; i++) {
		const char *zone = places[which[i]].zone;
		int seen = 0;
		if (zone == NULL)
			continue;
		for (j = 0; j < i; j++)
			seen |= places[which[j]].zone != NULL && strcmp(places[which[j]].zone, zone) == 0;
		if (!seen)
			rc = add_local(ev, zs, zone, start, has_end, end, places, which, nwhich);
	}
	return rc;
}

/* The 100 latest events of the city and its partners in the range; parameters: city x 4,
 * from, to, to.  The 100 are chosen in events_city_cover alone, then only their rows are
 * read: sorting the rows of all the cities' events read each of them (17,000 rows, 5,000
 * random page reads, 1.6 s when not in memory, at 2 million events; issue 15). */
static const char sql_events[] =
    "SELECT e.id AS `@id`, e.status AS `@status`, e.kind AS `@kind`, e.all_day AS `@all-day`, "
    "e.title, "
    "IF(e.all_day, DATE_FORMAT(e.starts_at, '%Y-%m-%d'), "
    "   DATE_FORMAT(e.starts_at, '%Y-%m-%dT%H:%i:%sZ')) AS start, "
    "IF(e.all_day, DATE_FORMAT(e.ends_at, '%Y-%m-%d'), "
    "   DATE_FORMAT(e.ends_at, '%Y-%m-%dT%H:%i:%sZ')) AS end, "
    "e.tzid AS `time-zone`, e.location, ci.slug AS `city/@slug`, "
    "ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, ci.name_zh AS `city/name@zh`, "
    "DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') AS _start, "
    "DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i:%s') AS _end "
    "FROM (SELECT k.id, k.starts_at FROM " CITY_AND_PARTNERS " "
    "  JOIN events k ON k.city_id = x.city_id "
    "  WHERE k.removed_at IS NULL "
    "  AND COALESCE(k.ends_at, k.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR k.starts_at < ? + INTERVAL 1 DAY) "
    "  ORDER BY k.starts_at DESC, k.id DESC LIMIT 100) t "
    "JOIN events e ON e.id = t.id JOIN cities ci ON ci.id = e.city_id "
    "ORDER BY t.starts_at DESC, t.id DESC";

static enum c2c_err
city_events(struct db *db, long long city, const char *from, const char *to, xmlNodePtr dash,
    const struct place *places, size_t nplaces)
{
	struct db_param a[] = { DBP_I(city), DBP_I(city), DBP_I(city), DBP_I(city), DBP_S(from),
		DBP_S(to), DBP_S(to) };
	struct zones zs = { 0, { NULL }, { NULL } };
	struct db_rows r;
	xmlNodePtr box;
	enum c2c_err rc;
	size_t i;
	int cs, ce, cv, cad;

	_Static_assert(CITY_EVENTS_MAX == 100, "the LIMIT above");
	if ((rc = db_query(db, sql_events, a, 7, &r)) != C2C_OK)
		return rc;
	cs = db_col(&r, "_start");
	ce = db_col(&r, "_end");
	cv = db_col(&r, "city/@slug");
	cad = db_col(&r, "@all-day");
	rc = C2C_ENOMEM;
	if ((box = xml_add(dash, "events")) == NULL || xml_set_attr_int(box, "count", (long long)r.nrows) < 0)
		goto out;
	for (i = 0; i < r.nrows; i++) {
		xmlNodePtr ev = xml_add_row(box, "event", &r, i);
		if (ev == NULL)
			goto out;
		/* All-day events are local dates wherever one reads them: no conversion. */
		if (!db_cell_is(&r, i, (size_t)cad, "1") &&
		    (rc = event_locals(ev, &zs, places, nplaces, db_cell(&r, i, (size_t)cv),
		    db_cell(&r, i, (size_t)cs), db_cell(&r, i, (size_t)ce))) != C2C_OK)
			goto out;
	}
	rc = C2C_OK;
out:
	zones_free(&zs);
	db_rows_free(&r);
	return rc;
}

/* --- the page -------------------------------------------------------------------------- */

static const char sql_city[] =
    "SELECT c.id AS _id, c.slug AS `@slug`, c.side AS `@side`, c.country_code AS `@country`, "
    "c.name_en AS `name@en`, c.name_local AS `local-name`, c.name_zh AS `name@zh`, "
    "COALESCE(c.time_zone, z.time_zone) AS `time-zone` "
    "FROM cities c LEFT JOIN country_time_zones z ON z.code = c.country_code "
    "WHERE c.slug = ? AND c.deleted_at IS NULL";

/* The city's partnerships with their counts in the range; parameters: PARTNERSHIPS_ARGS.
 * The events of a partnership are counted per side, each by the events_city index:
 * "city_id IN (p.europe_city_id, p.china_city_id)" read every event for each partnership
 * (issue 15: 4 s at 2 million events). */
static const char sql_partnerships[] =
    "SELECT p.id AS `@id`, p.kind AS `@kind`, p.status AS `@status`, p.since_year AS `@since`, "
    "(SELECT COUNT(*) FROM agreements g WHERE g.partnership_id = p.id AND g.deleted_at IS NULL "
    "  AND (? IS NULL OR g.signed_on >= ?) AND (? IS NULL OR g.signed_on <= ?)) AS `@agreements`, "
    "(SELECT COUNT(*) FROM activities t WHERE t.partnership_id = p.id AND t.deleted_at IS NULL "
    "  AND t.status <> 'cancelled' AND (? IS NULL OR COALESCE(t.ends_on, t.starts_on) >= ?) "
    "  AND (? IS NULL OR t.starts_on <= ?)) AS `@activities`, "
    "(SELECT COUNT(*) FROM events e WHERE e.removed_at IS NULL AND e.city_id = p.europe_city_id "
    "  AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)) "
    "+ (SELECT COUNT(*) FROM events e WHERE e.removed_at IS NULL AND e.city_id = p.china_city_id "
    "  AND p.china_city_id <> p.europe_city_id "
    "  AND COALESCE(e.ends_at, e.starts_at) >= COALESCE(?, '1000-01-01') "
    "  AND (? IS NULL OR e.starts_at < ? + INTERVAL 1 DAY)) AS `@events`, "
    "(SELECT COUNT(*) FROM kpi_values v WHERE v.partnership_id = p.id AND v.internal = 0 "
    "  AND NOT EXISTS (SELECT 1 FROM kpi_values s WHERE s.supersedes_id = v.id) "
    "  AND (? IS NULL OR v.period_end >= ?) AND (? IS NULL OR v.period_start <= ?)) AS `@kpi-values`, "
    "o.slug AS `partner/@slug`, o.side AS `partner/@side`, o.country_code AS `partner/@country`, "
    "o.name_en AS `partner/name@en`, o.name_local AS `partner/local-name`, "
    "o.name_zh AS `partner/name@zh`, COALESCE(o.time_zone, z.time_zone) AS `partner/time-zone` "
    "FROM partnerships p JOIN cities o ON o.id = IF(p.europe_city_id = ?, p.china_city_id, p.europe_city_id) "
    "LEFT JOIN country_time_zones z ON z.code = o.country_code "
    "WHERE p.deleted_at IS NULL AND (p.europe_city_id = ? OR p.china_city_id = ?) "
    "ORDER BY o.name_en, p.id";

/* The 21 parameters of sql_partnerships. */
#define PARTNERSHIPS_ARGS(from, to, id) { DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(to), DBP_S(to), \
	DBP_S(from), DBP_S(from), DBP_S(to), DBP_S(to), DBP_I(id), DBP_I(id), DBP_I(id) }

enum c2c_err
dashboard_city(struct db *db, const char *slug, const char *today, const char *lang,
    const char *from, const char *to, xmlNodePtr root)
{
	struct db_param a[] = { DBP_S(slug) };
	struct db_rows c, p;
	struct city_kpis ck;
	struct city_computed cp;
	struct place *places = NULL;
	xmlNodePtr dash, box;
	long long id;
	enum c2c_err rc;
	size_t i;
	int s;
	struct xml_walk w;

	memset(&p, 0, sizeof(p));
	memset(&ck, 0, sizeof(ck));
	memset(&cp, 0, sizeof(cp));
	if ((rc = db_query(db, sql_city, a, 1, &c)) != C2C_OK)
		return rc;
	if (c.nrows == 0) {
		db_rows_free(&c);
		return C2C_ENOTFOUND;
	}
	id = atoll(db_cell(&c, 0, 0));
	{
		struct db_param b[] = PARTNERSHIPS_ARGS(from, to, id);
		if ((rc = db_query(db, sql_partnerships, b, sizeof(b) / sizeof(b[0]), &p)) != C2C_OK)
			goto out;
	}
	if ((rc = city_kpis_load(db, id, from, to, &ck)) != C2C_OK ||
	    (rc = city_computed_load(db, id, today, from, to, &cp)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	if (xml_add_row(root, "city", &c, 0) == NULL || (places = calloc(p.nrows + 1, sizeof(*places))) == NULL)
		goto out;
	places[0] = (struct place){ db_cell(&c, 0, 1), db_cell(&c, 0, 4), db_cell(&c, 0, 5),
		db_cell(&c, 0, 6), db_cell(&c, 0, 7) };
	for (i = 0; i < p.nrows; i++)
		places[i + 1] = (struct place){ db_cell(&p, i, (size_t)db_col(&p, "partner/@slug")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/name@en")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/local-name")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/name@zh")),
			db_cell(&p, i, (size_t)db_col(&p, "partner/time-zone")) };
	if ((dash = xml_add(root, "dashboard")) == NULL || xml_set_attr(dash, "today", today) < 0 ||
	    (ck.illustrative && xml_set_attr(dash, "illustrative", "1") < 0) ||
	    (box = xml_add(dash, "partnerships")) == NULL ||
	    xml_set_attr_int(box, "count", (long long)p.nrows) < 0)
		goto out;
	for (i = 0; i < p.nrows; i++)
		if (xml_add_row(box, "partnership", &p, i) == NULL)
			goto out;
	if (p.nrows > 0 && (rc = partner_charts(dash, &p, lang)) != C2C_OK)
		goto out;
	w.dash = dash;
	w.lang = lang;
	w.cp = &cp;
	if ((rc = city_kpis_walk(&ck, kpi_to_xml, &w)) != C2C_OK)
		goto out;
	/* The computed indicators whose KPI has no entered total here: yearly. */
	for (s = 0; s < KPI_SRC__MAX; s++)
		if (!cp.shown[s] && (rc = city_computed_block(dash, &ck, &cp, (enum kpi_source)s, lang)) != C2C_OK)
			goto out;
	if ((rc = dashboard_city_own(db, id, lang, from, to, dash)) != C2C_OK)
		goto out;
	rc = city_events(db, id, from, to, dash, places, p.nrows + 1);
out:
	free(places);
	city_computed_free(&cp);
	city_kpis_free(&ck);
	db_rows_free(&c);
	db_rows_free(&p);
	return rc;
}

struct csv_walk {
	struct buf *out;
	int         illustrative;
};

static enum c2c_err
kpi_to_csv(void *arg, const struct city_kpis *ck, size_t ki, const struct kpi_total *t, size_t nt)
{
	struct csv_walk *w = arg;
	size_t j;

	for (j = 0; j < nt; j++) {
		char label[KPI_PERIOD_LABEL], ds[KPI_DATE_LEN], de[KPI_DATE_LEN], cnt[24];
		snprintf(cnt, sizeof(cnt), "%zu", t[j].count);
		if (kpi_period_label(&t[j].period, label) != C2C_OK ||
		    kpi_date_format(t[j].period.start, ds) != C2C_OK ||
		    kpi_date_format(t[j].period.end, de) != C2C_OK ||
		    dashboard_csv_field(w->out, db_cell(&ck->k, ki, 1), 1, 0) < 0 ||
		    dashboard_csv_field(w->out, db_cell(&ck->k, ki, 2), 1, 0) < 0 ||
		    dashboard_csv_field(w->out, db_cell(&ck->k, ki, 3), 1, 0) < 0 ||
		    dashboard_csv_field(w->out, db_cell(&ck->k, ki, 6), 1, 0) < 0 ||
		    dashboard_csv_field(w->out, db_cell_is(&ck->k, ki, 4, "qualitative") ?
		    "mean" : "sum", 0, 0) < 0 ||
		    dashboard_csv_field(w->out, label, 0, 0) < 0 || dashboard_csv_field(w->out, ds, 0, 0) < 0 ||
		    dashboard_csv_field(w->out, de, 0, 0) < 0 || dashboard_csv_num(w->out, t[j].value, 1, 0) < 0 ||
		    dashboard_csv_field(w->out, cnt, 0, 0) < 0 ||
		    dashboard_csv_field(w->out, w->illustrative ? "1" : "0", 0, 1) < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

/* Writes the columns cols (names in r, NULL-terminated) of every row of r as CSV, under
 * the header names; text columns (text[i]) formula-safe.  0 or -1 (out of memory). */
static int
rows_csv(struct buf *out, const struct db_rows *r, const char *const *cols, const char *const *names,
    const int *text)
{
	size_t i, j, n = 0;
	int idx[32];

	while (cols[n] != NULL && n < 32) {
		idx[n] = db_col(r, cols[n]);
		n++;
	}
	for (j = 0; j < n; j++)
		if (dashboard_csv_field(out, names[j], 0, j + 1 == n) < 0)
			return -1;
	for (i = 0; i < r->nrows; i++)
		for (j = 0; j < n; j++)
			if (dashboard_csv_field(out, idx[j] < 0 ? NULL : db_cell(r, i, (size_t)idx[j]),
			    text[j], j + 1 == n) < 0)
				return -1;
	return 0;
}

static enum c2c_err
partnerships_csv(struct db *db, long long id, const char *from, const char *to, struct buf *out)
{
	static const char *const cols[] = { "@id", "partner/@slug", "partner/name@en", "partner/name@zh",
		"partner/@country", "@kind", "@status", "@since", "@agreements", "@activities", "@events",
		"@kpi-values", NULL };
	static const char *const names[] = { "partnership", "partner", "partner_name_en", "partner_name_zh",
		"partner_country", "kind", "status", "since", "agreements", "activities", "events", "kpi_values" };
	static const int text[] = { 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
	struct db_param b[] = PARTNERSHIPS_ARGS(from, to, id);
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql_partnerships, b, sizeof(b) / sizeof(b[0]), &r)) != C2C_OK)
		return rc;
	rc = rows_csv(out, &r, cols, names, text) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	return rc;
}

static enum c2c_err
events_csv(struct db *db, long long city, const char *from, const char *to, struct buf *out)
{
	static const char *const cols[] = { "@id", "title", "@status", "@kind", "@all-day", "start", "end",
		"time-zone", "city/@slug", "city/name@en", "city/name@zh", "location", NULL };
	static const char *const names[] = { "event", "title", "status", "kind", "all_day", "start", "end",
		"time_zone", "city", "city_name_en", "city_name_zh", "location" };
	static const int text[] = { 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1 };
	struct db_param a[] = { DBP_I(city), DBP_I(city), DBP_I(city), DBP_I(city), DBP_S(from),
		DBP_S(to), DBP_S(to) };
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql_events, a, 7, &r)) != C2C_OK)
		return rc;
	rc = rows_csv(out, &r, cols, names, text) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	return rc;
}

enum c2c_err
dashboard_city_csv(struct db *db, const char *slug, const char *table, const char *from,
    const char *to, struct buf *out)
{
	struct db_param a[] = { DBP_S(slug) };
	struct db_rows c;
	struct city_kpis ck;
	struct csv_walk w;
	enum c2c_err rc;
	long long id;

	if (table == NULL)
		table = "kpis";
	if (strcmp(table, "kpis") != 0 && strcmp(table, "partnerships") != 0 && strcmp(table, "events") != 0 &&
	    strcmp(table, "own") != 0)
		return C2C_EINVAL;
	memset(&ck, 0, sizeof(ck));
	if ((rc = db_query(db, sql_city, a, 1, &c)) != C2C_OK)
		return rc;
	if (c.nrows == 0) {
		db_rows_free(&c);
		return C2C_ENOTFOUND;
	}
	id = atoll(db_cell(&c, 0, 0));
	if (strcmp(table, "partnerships") == 0)
		rc = partnerships_csv(db, id, from, to, out);
	else if (strcmp(table, "events") == 0)
		rc = events_csv(db, id, from, to, out);
	else if (strcmp(table, "own") == 0)
		rc = dashboard_city_own_csv(db, id, from, to, out);
	else if ((rc = city_kpis_load(db, id, from, to, &ck)) == C2C_OK) {
		w.out = out;
		w.illustrative = ck.illustrative;
		rc = buf_puts(out, "kpi,name_en,name_zh,unit,aggregate,period,period_start,period_end,"
		    "value,partnerships,illustrative\r\n") < 0 ? C2C_ENOMEM : city_kpis_walk(&ck, kpi_to_csv, &w);
	}
	city_kpis_free(&ck);
	db_rows_free(&c);
	return rc;
}

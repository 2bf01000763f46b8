/* match_data.c: building the matching engine's profiles from the database. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match_data.h"
#include "names.h"

static char *
dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

void
match_data_free(struct match_data *d)
{
	uint32_t i;
	int a;

	if (d == NULL)
		return;
	match_set_free(d->set);
	for (i = 0; d->cities != NULL && i < d->ncities; i++) {
		free(d->cities[i].name_en);
		free(d->cities[i].name_zh);
		free(d->cities[i].name_local);
	}
	free(d->cities);
	for (a = 0; a < d->nareas; a++) {
		free(d->areas[a].name_en);
		free(d->areas[a].name_zh);
	}
	free(d);
}

/* The index of city id (cities are loaded in id order), or MATCH_NONE. */
static uint32_t
index_of(const struct match_data *d, const char *id_text)
{
	uint32_t id = (uint32_t)strtoul(id_text, NULL, 10), lo = 0, hi = d->ncities;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (d->cities[mid].id == id)
			return mid;
		if (d->cities[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return MATCH_NONE;
}

/* Area mask of a comma-separated list of area ids. */
static uint64_t
area_mask(const struct match_data *d, const uint32_t *area_ids, const char *list)
{
	uint64_t m = 0;
	const char *p = list;
	int a;

	while (p != NULL && *p != '\0') {
		uint32_t id = (uint32_t)strtoul(p, NULL, 10);
		for (a = 0; a < d->nareas; a++)
			if (area_ids[a] == id)
				m |= (uint64_t)1 << a;
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return m;
}

static enum match_admin
admin_of(const char *s)
{
	static const char *const names[] = {
		[MATCH_ADMIN_CITY] = "city", [MATCH_ADMIN_METROPOLITAN] = "metropolitan",
		[MATCH_ADMIN_COUNTY] = "county", [MATCH_ADMIN_DISTRICT] = "district",
		[MATCH_ADMIN_REGION] = "region",
	};
	NAMES_COVER(names, MATCH_ADMIN__MAX);
	int i = NAME_FIND(names, s);

	return i < 0 ? MATCH_ADMIN_CITY : (enum match_admin)i;
}

/* The ties the engine reads, one query each: the first two columns are the two cities' ids
 * (a row naming a city not loaded is skipped); the other columns as said, -1 for none. */
static const struct edge_source {
	const char *sql;
	enum match_edge_kind kind;   /* MATCH_E_MEMBER_OF instead where kind_col says "member_of" */
	int kind_col, areas_col, year_col;
} edge_sources[] = {
	{ "SELECT p.europe_city_id, p.china_city_id, COALESCE(p.since_year, 0), "
	  "(SELECT GROUP_CONCAT(pa.area_id) FROM partnership_areas pa WHERE pa.partnership_id = p.id) "
	  "FROM partnerships p WHERE p.deleted_at IS NULL AND p.status <> 'ended' ORDER BY p.id",
	  MATCH_E_PARTNERSHIP, -1, 3, 2 },
	{ "SELECT city_a_id, city_b_id, kind, COALESCE(since_year, 0) FROM city_ties ORDER BY id",
	  MATCH_E_TWINNING, 2, -1, 3 },
	{ "SELECT DISTINCT LEAST(oa.city_id, ob.city_id), GREATEST(oa.city_id, ob.city_id), "
	  "COALESCE(MIN(l.since_year), 0) FROM organisation_links l "
	  "JOIN organisations oa ON oa.id = l.org_a_id JOIN organisations ob ON ob.id = l.org_b_id "
	  "WHERE oa.city_id <> ob.city_id AND oa.deleted_at IS NULL AND ob.deleted_at IS NULL "
	  "GROUP BY 1, 2 ORDER BY 1, 2",
	  MATCH_E_CONTACT, -1, -1, 2 },
	{ "SELECT city_id, origin_city_id FROM city_communities ORDER BY id",
	  MATCH_E_DIASPORA, -1, -1, -1 },
};

/* Adds to d's set the ties of one edge source. */
static enum c2c_err
load_edges(struct db *db, struct match_data *d, const uint32_t *area_ids,
    const struct edge_source *src)
{
	struct db_rows r = { 0, 0, NULL, NULL };
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, src->sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows && rc == C2C_OK; i++) {
		uint32_t a = index_of(d, db_cell(&r, i, 0)), b = index_of(d, db_cell(&r, i, 1));
		enum match_edge_kind k = src->kind_col >= 0 &&
		    db_cell_is(&r, i, (size_t)src->kind_col, "member_of") ? MATCH_E_MEMBER_OF : src->kind;
		uint64_t areas = src->areas_col >= 0 ?
		    area_mask(d, area_ids, db_cell(&r, i, (size_t)src->areas_col)) : 0;
		uint16_t year = src->year_col >= 0 ?
		    (uint16_t)(int)db_cell_ll(&r, i, (size_t)src->year_col, 0) : 0;
		if (a != MATCH_NONE && b != MATCH_NONE)
			rc = match_add_edge(d->set, a, b, k, areas, year);
	}
	db_rows_free(&r);
	return rc;
}

enum c2c_err
match_data_load(struct db *db, unsigned long long version, struct match_data **out)
{
	static const char sql_areas[] = "SELECT id, slug, name_en, name_zh FROM areas ORDER BY id";
	static const char sql_cities[] =
	    "SELECT c.id, c.slug, c.country_code, c.name_en, c.name_zh, c.name_local, c.side, "
	    "c.admin_level, c.population, c.coastal, c.seeks_partner, c.has_intl_strategy, "
	    "c.wants_peer_to_peer, c.wants_joint_project, "
	    "(SELECT GROUP_CONCAT(DISTINCT o.helix) FROM organisations o WHERE o.city_id = c.id AND o.deleted_at IS NULL), "
	    "(SELECT GROUP_CONCAT(ca.area_id) FROM city_areas ca WHERE ca.city_id = c.id "
	    "  AND ca.role IN ('offers', 'both')), "
	    "(SELECT GROUP_CONCAT(ca.area_id) FROM city_areas ca WHERE ca.city_id = c.id "
	    "  AND ca.role IN ('seeks', 'both')) "
	    "FROM cities c WHERE c.deleted_at IS NULL ORDER BY c.id";
	struct match_data *d = calloc(1, sizeof(*d));
	uint32_t area_ids[MATCH_AREAS];
	struct db_rows r = { 0, 0, NULL, NULL };
	enum c2c_err rc;
	size_t i;

	*out = NULL;
	if (d == NULL || (d->set = match_set_new()) == NULL) {
		free(d);
		return C2C_ENOMEM;
	}
	d->version = version;

	if ((rc = db_query(db, sql_areas, NULL, 0, &r)) != C2C_OK)
		goto fail;
	if (r.nrows > MATCH_AREAS) {
		rc = C2C_EINVAL;
		goto fail;
	}
	for (i = 0; i < r.nrows; i++, d->nareas++) {
		area_ids[i] = (uint32_t)db_cell_ull(&r, i, 0);
		snprintf(d->areas[i].slug, sizeof(d->areas[i].slug), "%s", db_cell(&r, i, 1));
		if ((d->areas[i].name_en = strdup(db_cell(&r, i, 2))) == NULL ||
		    (d->areas[i].name_zh = strdup(db_cell(&r, i, 3))) == NULL) {
			d->nareas++;
			rc = C2C_ENOMEM;
			goto fail;
		}
	}
	db_rows_free(&r);

	if ((rc = db_query(db, sql_cities, NULL, 0, &r)) != C2C_OK)
		goto fail;
	if (r.nrows > 0 && (d->cities = calloc(r.nrows, sizeof(*d->cities))) == NULL) {
		rc = C2C_ENOMEM;
		goto fail;
	}
	for (i = 0; i < r.nrows; i++) {
		struct match_city *c = &d->cities[i];
		struct match_profile p;
		const char *helix = db_cell(&r, i, 14), *pop = db_cell(&r, i, 8);
		const char *coastal = db_cell(&r, i, 9);
		uint32_t idx;

		c->id = (uint32_t)db_cell_ull(&r, i, 0);
		snprintf(c->slug, sizeof(c->slug), "%s", db_cell(&r, i, 1));
		snprintf(c->country, sizeof(c->country), "%s", db_cell(&r, i, 2));
		d->ncities++;
		if ((c->name_en = strdup(db_cell(&r, i, 3))) == NULL ||
		    (db_cell(&r, i, 4) && (c->name_zh = dup_or_null(db_cell(&r, i, 4))) == NULL) ||
		    (c->name_local = strdup(db_cell(&r, i, 5))) == NULL) {
			rc = C2C_ENOMEM;
			goto fail;
		}
		match_profile_init(&p, db_cell_is(&r, i, 6, "china") ? MATCH_CHINA : MATCH_EUROPE,
		    admin_of(db_cell(&r, i, 7)));
		p.log_pop = pop && atof(pop) > 0 ? (float)log10(atof(pop)) : NAN;
		p.coastal = coastal == NULL ? -1 : (int8_t)(strcmp(coastal, "1") == 0);
#define FLAG(col, bit) if (db_cell(&r, i, col) && db_cell_is(&r, i, col, "1")) p.flags |= bit
		FLAG(10, MATCH_F_SEEKS_PARTNER);
		FLAG(11, MATCH_F_INTL_STRATEGY);
		FLAG(12, MATCH_F_PEER_TO_PEER);
		FLAG(13, MATCH_F_JOINT_PROJECT);
#undef FLAG
		if (helix != NULL) {
			p.helix |= strstr(helix, "government") ? MATCH_H_GOVERNMENT : 0;
			p.helix |= strstr(helix, "academia") ? MATCH_H_ACADEMIA : 0;
			p.helix |= strstr(helix, "industry") ? MATCH_H_INDUSTRY : 0;
			p.helix |= strstr(helix, "civil_society") ? MATCH_H_CIVIL_SOCIETY : 0;
		}
		p.offers = area_mask(d, area_ids, db_cell(&r, i, 15));
		p.seeks = area_mask(d, area_ids, db_cell(&r, i, 16));
		if ((rc = match_add_profile(d->set, &p, &idx)) != C2C_OK)
			goto fail;
	}
	db_rows_free(&r);

	for (i = 0; i < sizeof(edge_sources) / sizeof(edge_sources[0]); i++)
		if ((rc = load_edges(db, d, area_ids, &edge_sources[i])) != C2C_OK)
			goto fail;

	if ((rc = match_set_finish(d->set)) != C2C_OK)
		goto fail;
	*out = d;
	return C2C_OK;
fail:
	db_rows_free(&r);
	match_data_free(d);
	return rc;
}

long
match_data_city(const struct match_data *d, const char *slug)
{
	uint32_t i;

	for (i = 0; i < d->ncities; i++)
		if (strcmp(d->cities[i].slug, slug) == 0)
			return (long)i;
	return -1;
}

int
match_data_area(const struct match_data *d, const char *slug)
{
	int a;

	for (a = 0; a < d->nareas; a++)
		if (strcmp(d->areas[a].slug, slug) == 0)
			return a;
	return -1;
}

static const char *
name_of_city(uint32_t idx, int zh, void *arg)
{
	const struct match_data *d = arg;

	if (idx >= d->ncities)
		return "?";
	return zh && d->cities[idx].name_zh ? d->cities[idx].name_zh : d->cities[idx].name_en;
}

static const char *
name_of_area(int bit, int zh, void *arg)
{
	const struct match_data *d = arg;

	if (bit < 0 || bit >= d->nareas)
		return "?";
	return zh ? d->areas[bit].name_zh : d->areas[bit].name_en;
}

struct match_names
match_data_namer(const struct match_data *d)
{
	struct match_names n = { name_of_city, name_of_area, (void *)(uintptr_t)d };

	return n;
}

/* model.c: shared pieces of the resource readers. */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
model_rows(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *wrapper, const char *elem)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	if (wrapper != NULL && (parent = xml_add(parent, wrapper)) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++)
		if (xml_add_row(parent, elem, &r, i) == NULL)
			rc = C2C_ENOMEM;
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_one(struct db *db, const char *sql, const struct db_param *p, size_t np, xmlNodePtr root)
{
	struct db_rows r;
	enum c2c_err rc = db_query_row(db, sql, p, np, &r);

	if (rc == C2C_OK) {
		if (xml_fill_row(root, &r, 0) < 0)
			rc = C2C_ENOMEM;
		db_rows_free(&r);
	}
	return rc;
}

enum c2c_err
model_item(struct db *db, const struct db_param *p, size_t np, xmlNodePtr root,
    const struct model_part *parts, size_t nparts)
{
	enum c2c_err rc = nparts > 0 ? model_one(db, parts[0].sql, p, np, root) : C2C_OK;
	size_t i;

	for (i = 1; rc == C2C_OK && i < nparts; i++)
		rc = model_rows(db, parts[i].sql, p, np, root, parts[i].wrapper, parts[i].elem);
	return rc;
}

enum c2c_err
model_item_by_id(struct db *db, long long id, xmlNodePtr root, const struct model_part *parts,
    size_t nparts)
{
	struct db_param a[] = { DBP_I(id) };

	return model_item(db, a, 1, root, parts, nparts);
}

long long
model_cursor_id(const struct params *p)
{
	char *key, *end = NULL;
	long long id;

	if (!p->v[P_AFTER].set)
		return 0;
	if ((key = cursor_decode(p->v[P_AFTER].str)) == NULL)
		return -1;
	id = strtoll(key, &end, 10);
	if (*key == '\0' || *end != '\0' || id <= 0 || id > 999999999)
		id = -1;
	free(key);
	return id;
}

enum c2c_err
model_list_start(const struct params *p, long long *after, struct sync *sync, char **next)
{
	*next = NULL;
	if ((*after = model_cursor_id(p)) < 0)
		return C2C_EINVAL;
	sync_init(sync, p);
	return C2C_OK;
}

enum c2c_err
model_id_page(struct db *db, const char *sql, const struct params *p, const struct db_param *f,
    size_t nf, int limit, xmlNodePtr root, const char *elem, char **next)
{
	struct db_param a[3 + MODEL_FILTERS_MAX + 3];
	long long after;
	struct sync sync;
	size_t n = 3 + nf;

	/* More filters than room is the caller's bug: no page rather than a wrong one. */
	if (nf > MODEL_FILTERS_MAX || model_list_start(p, &after, &sync, next) != C2C_OK)
		return C2C_EINVAL;
	a[0] = a[1] = a[2] = DBP_S(sync.p);
	memcpy(a + 3, f, nf * sizeof(*f));
	a[n++] = after ? DBP_I(after) : DBP_S(NULL);
	a[n++] = DBP_I(after);
	a[n++] = DBP_I(limit + 1);
	return model_list(db, sql, a, n, root, elem, limit, NULL, &sync, next);
}

enum c2c_err
model_cursor_slug(const struct params *p, char **after)
{
	*after = NULL;
	if (!p->v[P_AFTER].set)
		return C2C_OK;
	if ((*after = cursor_decode(p->v[P_AFTER].str)) == NULL || !param_is_slug(*after)) {
		free(*after);
		*after = NULL;
		return C2C_EINVAL;
	}
	return C2C_OK;
}

/* In the order of enum model_choice's bits. */
static const struct model_part choice_lists[] = {
	{ "SELECT slug AS `@slug`, name_en AS `name@en`, name_zh AS `name@zh` "
	  "FROM areas ORDER BY name_en", "areas", "area" },
	{ "SELECT step AS `@number`, slug AS `@slug`, name_en AS `name@en`, name_zh AS `name@zh` "
	  "FROM narrative_steps ORDER BY step", "steps", "step" },
	/* The names of the cities the practices' cards name by slug (bounded: the page's
	 * cost stays fixed however many practices there are). */
	{ "SELECT c.slug AS `@slug`, c.name_en AS `name@en`, c.name_zh AS `name@zh` FROM cities c "
	  "WHERE c.id IN (SELECT city_id FROM practice_cities) ORDER BY c.slug LIMIT 500",
	  "city-names", "city" },
	{ "SELECT slug AS `@slug`, group_name AS `@group`, text FROM criteria "
	  "WHERE source = 'success_factors' ORDER BY id", "factors", "factor" },
	{ "SELECT k.slug AS `@slug`, k.kind AS `@kind`, k.name_en AS `name@en`, k.name_zh AS `name@zh`, "
	  "k.unit FROM kpis k WHERE k.deleted_at IS NULL ORDER BY k.ord, k.slug", "kpis", "kpi" },
};
_Static_assert(1u << (sizeof(choice_lists) / sizeof(choice_lists[0]) - 1) == CHOICE_KPIS,
    "choice_lists[] must have one list per bit of enum model_choice");

enum c2c_err
model_choices(struct db *db, unsigned which, xmlNodePtr root)
{
	enum c2c_err rc = C2C_OK;
	size_t i;

	for (i = 0; rc == C2C_OK && i < sizeof(choice_lists) / sizeof(choice_lists[0]); i++)
		if (which & (1u << i))
			rc = model_rows(db, choice_lists[i].sql, NULL, 0, root, choice_lists[i].wrapper,
			    choice_lists[i].elem);
	return rc;
}

enum c2c_err
model_areas(struct db *db, xmlNodePtr root)
{
	return model_choices(db, CHOICE_AREAS, root);
}

char *
model_like(const char *text)
{
	size_t i, o = 0, n = strlen(text);
	char *out = malloc(2 * n + 3);

	if (out == NULL)
		return NULL;
	out[o++] = '%';
	for (i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			out[o++] = '\\';
		out[o++] = text[i];
	}
	out[o++] = '%';
	out[o] = '\0';
	return out;
}


void
sync_init(struct sync *s, const struct params *p)
{
	s->since[0] = '\0';
	s->p = NULL;
	if (p->v[P_UPDATED_SINCE].set) {
		param_sql_time(p->v[P_UPDATED_SINCE].str, s->since);
		s->p = s->since;
	}
}

/* A tombstone: the row's key attributes (@id, @slug) and when it was deleted. */
static enum c2c_err
add_tombstone(xmlNodePtr root, const char *elem, const struct db_rows *r, size_t row,
    const char *deleted)
{
	xmlNodePtr n = xml_add(root, elem);
	int id = db_col(r, "@id"), slug = db_col(r, "@slug");

	if (n == NULL ||
	    (id >= 0 && xml_set_attr(n, "id", db_cell(r, row, (size_t)id)) < 0) ||
	    (slug >= 0 && xml_set_attr(n, "slug", db_cell(r, row, (size_t)slug)) < 0) ||
	    xml_set_attr(n, "deleted", deleted) < 0)
		return C2C_ENOMEM;
	return C2C_OK;
}

enum c2c_err
model_page(struct db *db, xmlNodePtr root, const char *elem, const struct db_rows *r,
    int limit, int key_col, const struct sync *sync, char **next)
{
	static const char now_sql[] =
	    "SELECT DATE_FORMAT(UTC_TIMESTAMP(6) - INTERVAL 60 SECOND, " TIME_FMT ")";
	int del = db_col(r, "_deleted");
	size_t i, n = r->nrows > (size_t)limit ? (size_t)limit : r->nrows;
	enum c2c_err rc = C2C_OK;

	*next = NULL;
	if (xml_set_attr_int(root, "count", (long long)n) < 0)
		return C2C_ENOMEM;
	if (sync != NULL && sync->p != NULL) {
		/* The time to ask from next: a minute back, so that a write committed late
		 * (its updated_at was set when its transaction began) is not missed. */
		struct db_rows now;
		if ((rc = db_query(db, now_sql, NULL, 0, &now)) != C2C_OK)
			return rc;
		if (xml_set_attr(root, "as-of", db_cell(&now, 0, 0)) < 0)
			rc = C2C_ENOMEM;
		db_rows_free(&now);
	}
	for (i = 0; rc == C2C_OK && i < n; i++) {
		const char *d = del >= 0 ? db_cell(r, i, (size_t)del) : NULL;
		if (d != NULL)
			rc = add_tombstone(root, elem, r, i, d);
		else if (xml_add_row(root, elem, r, i) == NULL)
			rc = C2C_ENOMEM;
	}
	if (rc == C2C_OK && r->nrows > (size_t)limit && n > 0 &&
	    (*next = cursor_encode(db_cell(r, n - 1, (size_t)key_col))) == NULL)
		rc = C2C_ENOMEM;
	return rc;
}

enum c2c_err
model_list(struct db *db, const char *sql, const struct db_param *a, size_t n, xmlNodePtr root,
    const char *elem, int limit, const char *key_col, const struct sync *sync, char **next)
{
	struct db_rows r;
	enum c2c_err rc;
	int key;

	*next = NULL;
	if ((rc = db_query(db, sql, a, n, &r)) != C2C_OK)
		return rc;
	key = key_col ? db_col(&r, key_col) : 0;
	rc = model_page(db, root, elem, &r, limit, key < 0 ? 0 : key, sync, next);
	db_rows_free(&r);
	return rc;
}

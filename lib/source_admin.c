/* source_admin.c: the calendar sources as c2cctl manages them (source_admin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "source_admin.h"

const struct edit_resource *
source_resource(void)
{
	return edit_resource("sources");
}

enum c2c_err
source_new_check(const struct source_new *in, struct edit_values *v, struct field_errors *errs)
{
	const struct edit_resource *r = source_resource();
	const struct {
		const char *field, *value;
	} given[] = { { "url", in->url }, { "name", in->name }, { "city", in->city },
		{ "refresh-minutes", in->every }, { "enabled", in->enabled }, { "tzid", in->tz } };
	size_t i;

	for (i = 0; i < sizeof(given) / sizeof(given[0]); i++) {
		int k = edit_field_index(r, given[i].field);
		if (k < 0 || given[i].value == NULL)
			continue;
		if ((v->v[k] = strdup(given[i].value)) == NULL)
			return C2C_ENOMEM;
	}
	return edit_check(r, 1, v, errs);
}

/* What source_add stores with the row inside edit_save's transaction: its areas. */
struct areas_arg {
	const long long *ids;
	size_t           n;
};

static enum c2c_err
add_areas(struct db *db, long long id, void *arg)
{
	static const char sql[] = "INSERT INTO calendar_source_areas (source_id, area_id) VALUES (?, ?)";
	const struct areas_arg *a = arg;
	enum c2c_err rc = C2C_OK;
	size_t i;

	for (i = 0; rc == C2C_OK && i < a->n; i++) {
		struct db_param p[] = { DBP_I(id), DBP_I(a->ids[i]) };
		rc = db_exec(db, sql, sizeof(sql) - 1, p, 2, NULL);
	}
	return rc;
}

enum c2c_err
source_add(struct db *db, const struct auth_user *u, const struct edit_values *v,
    const char *const *areas, size_t nareas, long max_sources, long long *id, long long *dup,
    struct field_errors *errs, enum write_status *st)
{
	static const char sql_dup[] = "SELECT id FROM calendar_sources WHERE url = ? ORDER BY id LIMIT 1";
	static const char sql_area[] = "SELECT id FROM areas WHERE slug = ?";
	const struct edit_resource *r = source_resource();
	long long ids[SOURCE_AREAS_MAX];
	struct areas_arg arg = { ids, 0 };
	char tag[WRITE_TAG_MAX];
	int url = edit_field_index(r, "url");
	enum c2c_err rc;
	size_t i;

	*id = 0;
	*dup = 0;
	*st = W_INVALID;
	if (nareas > SOURCE_AREAS_MAX || url < 0 || v->v[url] == NULL)
		return C2C_OK;
	/* One source a URL: the importer would fetch and store the same events twice.  The
	 * web does not ask (an editor may not see another city's sources); c2cctl's admin
	 * does, before anything is locked. */
	if ((rc = db_lookup_id(db, sql_dup, v->v[url], dup)) != C2C_OK)
		return rc;
	if (*dup != 0) {
		*st = W_CONFLICT;
		return C2C_OK;
	}
	for (i = 0; i < nareas; i++) {
		if ((rc = db_lookup_id(db, sql_area, areas[i], &ids[i])) != C2C_OK)
			return rc;
		if (ids[i] == 0 && fe_add(errs, 0, "area", FE_CHOICE, areas[i]) < 0)
			return C2C_ENOMEM;
	}
	if (fe_any(errs))
		return C2C_OK;
	arg.n = nareas;
	return edit_save_then(db, u, r, NULL, v, NULL, id, tag, errs, st, max_sources,
	    add_areas, &arg);
}

enum c2c_err
source_set_enabled(struct db *db, const struct auth_user *u, long long id, int on,
    enum write_status *st)
{
	static const char lock[] = "SELECT id FROM calendar_sources WHERE id = ? FOR UPDATE";
	/* Enabled: due at once; disabled: the importer passes it by, its events stay. */
	static const char sql[] =
	    "UPDATE calendar_sources SET enabled = ?, next_fetch_at = IF(? = 1, NULL, next_fetch_at) "
	    "WHERE id = ?";
	const struct edit_resource *r = source_resource();
	struct db_param p[] = { DBP_I(on), DBP_I(on), DBP_I(id) };
	char *before = NULL, *after = NULL;
	long long found = 0;
	enum c2c_err rc;
	char key[24];

	*st = W_NOTFOUND;
	snprintf(key, sizeof(key), "%lld", id);
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = db_lookup_id(db, lock, key, &found)) == C2C_OK && found != 0 &&
	    (rc = audit_row_xml(db, r->xml_sql, id, r->entity, &before)) == C2C_OK &&
	    (rc = db_exec(db, sql, sizeof(sql) - 1, p, 3, NULL)) == C2C_OK &&
	    (rc = audit_row_xml(db, r->xml_sql, id, r->entity, &after)) == C2C_OK &&
	    (rc = audit_write(db, u->actor, "update", r->entity, id, before, after)) == C2C_OK)
		*st = W_DONE;
	free(before);
	free(after);
	return write_finish(db, rc, *st);
}

enum c2c_err
source_list_rows(struct db *db, struct db_rows *out)
{
	static const char sql[] =
	    "SELECT s.id, IF(s.enabled, 'yes', IF(s.quarantined_until IS NULL, 'no', 'quarant.')), "
	    "COALESCE(s.last_status, 'never'), "
	    "COALESCE(DATE_FORMAT(s.next_fetch_at, '%Y-%m-%d %H:%i'), 'now'), "
	    "(SELECT COUNT(*) FROM events e WHERE e.source_id = s.id AND e.removed_at IS NULL), "
	    "COALESCE(s.name, s.url) FROM calendar_sources s ORDER BY s.id";

	return db_query(db, sql, NULL, 0, out);
}

const char *const source_show_labels[SOURCE_SHOW_COLS] = { "id", "name", "url", "city",
	"every (minutes)", "enabled", "time zone", "last fetch (UTC)", "next fetch (UTC)",
	"last status", "last error", "failures in a row", "UIDs unstable",
	"feed refresh hint (minutes)", "retry after (UTC)", "etag", "last-modified",
	"last error (public)", "strikes in a row", "quarantined until (UTC)", "quarantine reason",
	"areas", "events" };

enum c2c_err
source_show_rows(struct db *db, long long id, struct db_rows *src, struct db_rows *runs)
{
	static const char sql[] =
	    "SELECT s.id, COALESCE(s.name, '-'), s.url, COALESCE(ci.slug, '-'), s.refresh_minutes, "
	    "IF(s.enabled, 'yes', 'no'), COALESCE(s.tzid, '-'), s.last_fetch_at, s.next_fetch_at, "
	    "s.last_status, s.last_error, s.failures, IF(s.uids_unstable, 'yes', 'no'), "
	    "s.feed_refresh_minutes, s.retry_after, s.etag, s.last_modified, "
	    "s.last_error_public, s.strikes, s.quarantined_until, s.quarantine_reason, "
	    "(SELECT GROUP_CONCAT(a.slug ORDER BY a.slug) FROM calendar_source_areas sa "
	    "  JOIN areas a ON a.id = sa.area_id WHERE sa.source_id = s.id), "
	    "(SELECT COUNT(*) FROM events e WHERE e.source_id = s.id AND e.removed_at IS NULL) "
	    "FROM calendar_sources s LEFT JOIN cities ci ON ci.id = s.owner_city_id WHERE s.id = ?";
	static const char sql_runs[] =
	    "SELECT id, DATE_FORMAT(started_at, '%Y-%m-%d %H:%i:%s'), status, "
	    "COALESCE(http_status, '-'), COALESCE(bytes, '-'), added, updated, removed, unchanged, "
	    "skipped, COALESCE(error, ''), "
	    "IF(finished_at IS NULL, '', CONCAT(ROUND(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6, 2), ' s')), "
	    "COALESCE(host, '') "
	    "FROM import_runs WHERE source_id = ? ORDER BY id DESC LIMIT 10";
	struct db_param a[] = { DBP_I(id) };
	enum c2c_err rc;

	if ((rc = db_query(db, sql, a, 1, src)) != C2C_OK || src->nrows == 0)
		return rc;
	if ((rc = db_query(db, sql_runs, a, 1, runs)) != C2C_OK)
		db_rows_free(src);
	return rc;
}

enum c2c_err
source_import_queue(struct db *db, int due_only, struct import_item **items, size_t *n)
{
	static const char sql_due[] =
	    "SELECT id, city FROM (SELECT id, COALESCE(owner_city_id, 0) AS city, next_fetch_at, "
	    "  ROW_NUMBER() OVER (PARTITION BY COALESCE(owner_city_id, 0) "
	    "    ORDER BY next_fetch_at IS NOT NULL, next_fetch_at, id) AS turn "
	    "  FROM calendar_sources WHERE (enabled = 1 OR quarantined_until <= UTC_TIMESTAMP(6)) "
	    "  AND (next_fetch_at IS NULL OR next_fetch_at <= UTC_TIMESTAMP(6)) "
	    "  AND (retry_after IS NULL OR retry_after <= UTC_TIMESTAMP(6))) d "
	    "ORDER BY turn, next_fetch_at IS NOT NULL, next_fetch_at, id";
	static const char sql_all[] =
	    "SELECT id, city FROM (SELECT id, COALESCE(owner_city_id, 0) AS city, "
	    "  ROW_NUMBER() OVER (PARTITION BY COALESCE(owner_city_id, 0) ORDER BY id) AS turn "
	    "  FROM calendar_sources WHERE enabled = 1) d ORDER BY turn, id";
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*items = NULL;
	*n = 0;
	if ((rc = db_query(db, due_only ? sql_due : sql_all, NULL, 0, &r)) != C2C_OK)
		return rc;
	if ((*items = calloc(r.nrows + 1, sizeof(**items))) == NULL) {
		db_rows_free(&r);
		return C2C_ENOMEM;
	}
	for (i = 0; i < r.nrows; i++) {
		(*items)[i].id = db_cell_ll(&r, i, 0, 0);
		(*items)[i].city = db_cell_ll(&r, i, 1, 0);
	}
	*n = r.nrows;
	db_rows_free(&r);
	return C2C_OK;
}

/* model_source.c: calendar sources and their import runs, for /sources and /sources/{id}.
 * Times that decide a health class are read as TO_SECONDS (seconds since year 0, on the
 * database's clock): the importers on every host write with that clock, and unlike
 * UNIX_TIMESTAMP it has no 2038 limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rowxml.h"
#include "source_health.h"
#include "url.h"
#include "xml.h"

/* What the health classification reads (hidden columns, in this order, last). */
#define HEALTH_COLUMNS \
	"s.enabled AS `_enabled`, TO_SECONDS(s.last_fetch_at) AS `_last`, " \
	"TO_SECONDS(s.next_fetch_at) AS `_next`, TO_SECONDS(s.retry_after) AS `_retry`, " \
	"s.refresh_minutes AS `_refresh`, s.failures AS `_failures`, " \
	"s.quarantined_until IS NOT NULL AS `_quarantined`, " \
	"TO_SECONDS(UTC_TIMESTAMP()) AS `_now`"

/* An error as readers see it: its category, never the detail (which may name the
 * internal addresses a host resolved to: editors read it with c2cctl source show); rows
 * from before the categories say only "failed". */
#define PUBLIC_ERROR(pub, detail) \
	"COALESCE(" pub ", IF(" detail " IS NULL, NULL, 'failed'))"

/* The columns of a source, in the list and on its own page.  Its address only as far as
 * the host: the path or a user name may be the calendar's secret (editors see it whole on
 * /edit/sources/{id}).  next-fetch is when the
 * importer will take it: its schedule, but not before a server's Retry-After.
 * failing-since is the start of the first failed run after the last good one. */
#define SOURCE_COLUMNS \
	"s.id AS `@id`, s.enabled AS `@enabled`, s.uids_unstable AS `@uids-unstable`, " \
	"DATE_FORMAT(s.updated_at, " TIME_FMT ") AS `@updated`, s.name, " \
	URL_PUBLIC_SQL("s.url") " AS url, " \
	"ci.slug AS `city/@slug`, ci.name_en AS `city/name@en`, ci.name_local AS `city/local-name`, " \
	"ci.name_zh AS `city/name@zh`, s.refresh_minutes AS `refresh-minutes`, " \
	"s.feed_refresh_minutes AS `feed-refresh-minutes`, s.tzid AS `time-zone`, " \
	"DATE_FORMAT(s.last_fetch_at, " TIME_FMT ") AS `last-fetch`, " \
	"DATE_FORMAT(CASE WHEN s.retry_after > COALESCE(s.next_fetch_at, '1000-01-01') " \
	"  THEN s.retry_after ELSE s.next_fetch_at END, " TIME_FMT ") AS `next-fetch`, " \
	"DATE_FORMAT(s.retry_after, " TIME_FMT ") AS `retry-after`, " \
	"s.last_status AS `last-status`, " PUBLIC_ERROR("s.last_error_public", "s.last_error") \
	"  AS `last-error`, s.failures, " \
	"DATE_FORMAT(s.quarantined_until, " TIME_FMT ") AS `quarantined-until`, " \
	"s.quarantine_reason AS `quarantine-reason`, " \
	"IF(s.failures > 0, (SELECT DATE_FORMAT(MIN(r.started_at), " TIME_FMT ") FROM import_runs r " \
	"  WHERE r.source_id = s.id AND r.status = 'failed' AND r.started_at > " \
	"  COALESCE((SELECT MAX(o.started_at) FROM import_runs o WHERE o.source_id = s.id " \
	"  AND o.status IN ('ok', 'unchanged')), '1000-01-01')), NULL) AS `failing-since`, " \
	"(SELECT COUNT(*) FROM events e WHERE e.source_id = s.id AND e.removed_at IS NULL) " \
	"  AS `event-count`, " HEALTH_COLUMNS

#define SOURCE_FROM "FROM calendar_sources s LEFT JOIN cities ci ON ci.id = s.owner_city_id "

/* A time column of r as seconds (TO_SECONDS), -1 when NULL or absent. */
static long long
secs(const struct db_rows *r, size_t row, const char *col)
{
	int c = db_col(r, col);
	const char *v = c >= 0 ? db_cell(r, row, (size_t)c) : NULL;

	return v != NULL ? strtoll(v, NULL, 10) : -1;
}

/* The health of row `row` of a result with HEALTH_COLUMNS. */
static enum source_health
row_health(const struct db_rows *r, size_t row)
{
	struct source_facts f;

	f.enabled = secs(r, row, "_enabled") > 0;
	f.last_fetch = secs(r, row, "_last");
	f.next_fetch = secs(r, row, "_next");
	f.retry_after = secs(r, row, "_retry");
	f.refresh_minutes = secs(r, row, "_refresh");
	f.failures = secs(r, row, "_failures");
	f.quarantined = secs(r, row, "_quarantined") > 0;
	return source_health(&f, secs(r, row, "_now"));
}

/* <summary total=".." healthy=".." failing=".." .../>: every source, not only this page. */
static enum c2c_err
add_summary(struct db *db, xmlNodePtr root)
{
	static const char sql[] = "SELECT " HEALTH_COLUMNS " FROM calendar_sources s";
	long long n[SOURCE_HEALTH__MAX] = { 0 };
	struct db_rows r;
	enum c2c_err rc;
	xmlNodePtr s;
	size_t i;
	int h;

	if ((rc = db_query(db, sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows; i++)
		n[row_health(&r, i)]++;
	if ((s = xml_add(root, "summary")) == NULL || xml_set_attr_int(s, "total", (long long)r.nrows) < 0)
		rc = C2C_ENOMEM;
	for (h = 0; rc == C2C_OK && h < SOURCE_HEALTH__MAX; h++)
		if (xml_set_attr_int(s, source_health_name((enum source_health)h), n[h]) < 0)
			rc = C2C_ENOMEM;
	db_rows_free(&r);
	return rc;
}

/* Fills node (a <source>) from row `row` of r, with its health.  *areas gets the new,
 * empty <areas> child (owned by the document). */
static enum c2c_err
fill_source(xmlNodePtr node, const struct db_rows *r, size_t row, xmlNodePtr *areas)
{
	if (xml_fill_row(node, r, row) < 0 ||
	    xml_set_attr(node, "health", source_health_name(row_health(r, row))) < 0 ||
	    (*areas = xml_add(node, "areas")) == NULL)
		return C2C_ENOMEM;
	return C2C_OK;
}

/* Adds each area of the sources first..last to the <areas> of its source; ids[i] and
 * areas[i] (n of them) are the sources of the page, in id order. */
static enum c2c_err
add_areas(struct db *db, const long long *ids, xmlNodePtr *areas, size_t n)
{
	static const char sql[] =
	    "SELECT sa.source_id, a.slug, a.name_en, a.name_zh "
	    "FROM calendar_source_areas sa JOIN areas a ON a.id = sa.area_id "
	    "WHERE sa.source_id BETWEEN ? AND ? ORDER BY sa.source_id, a.name_en";
	struct db_param a[] = { DBP_I(ids[0]), DBP_I(ids[n - 1]) };
	struct db_rows r;
	enum c2c_err rc;
	size_t i, j = 0;

	if ((rc = db_query(db, sql, a, 2, &r)) != C2C_OK)
		return rc;
	/* Both lists are in id order: walk them together. */
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		long long sid = db_cell_ll(&r, i, 0, 0);
		xmlNodePtr area;

		while (j < n && ids[j] < sid)
			j++;
		if (j == n)
			break;
		if (ids[j] != sid)
			continue;
		if ((area = xml_add(areas[j], "area")) == NULL ||
		    xml_set_attr(area, "slug", db_cell(&r, i, 1)) < 0 ||
		    xml_set_lang(xml_add_text(area, "name", db_cell(&r, i, 2)), "en") < 0 ||
		    xml_set_lang(xml_add_text(area, "name", db_cell(&r, i, 3)), "zh") < 0)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_sources(struct db *db, const struct params *p, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT " SOURCE_COLUMNS " " SOURCE_FROM
	    "WHERE (? IS NULL OR s.id > ?) ORDER BY s.id LIMIT ?";
	long long after = model_cursor_id(p);
	long long *ids = NULL;
	xmlNodePtr *areas = NULL;
	struct db_rows r;
	enum c2c_err rc;
	size_t i, n;

	*next = NULL;
	if (after < 0)
		return C2C_EINVAL;
	if ((rc = add_summary(db, root)) != C2C_OK)
		return rc;
	{
		struct db_param a[] = { after ? DBP_I(after) : DBP_S(NULL), DBP_I(after), DBP_I(limit + 1) };
		if ((rc = db_query(db, sql, a, sizeof(a) / sizeof(a[0]), &r)) != C2C_OK)
			return rc;
	}
	n = r.nrows > (size_t)limit ? (size_t)limit : r.nrows;
	if (xml_set_attr_int(root, "count", (long long)n) < 0 ||
	    (n > 0 && ((ids = calloc(n, sizeof(*ids))) == NULL ||
	    (areas = calloc(n, sizeof(*areas))) == NULL))) {
		rc = C2C_ENOMEM;
		goto out;
	}
	for (i = 0; rc == C2C_OK && i < n; i++) {
		xmlNodePtr node = xml_add(root, "source");
		ids[i] = db_cell_ll(&r, i, 0, 0);
		rc = node == NULL ? C2C_ENOMEM : fill_source(node, &r, i, &areas[i]);
	}
	if (rc == C2C_OK && n > 0)
		rc = add_areas(db, ids, areas, n);
	if (rc == C2C_OK && r.nrows > n && n > 0 && (*next = cursor_encode(db_cell(&r, n - 1, 0))) == NULL)
		rc = C2C_ENOMEM;
out:
	free(ids);
	free(areas);
	db_rows_free(&r);
	return rc;
}

/* The latest 20 runs of source id, newest first, under <runs>; each run's status is its
 * state (source_run_state): a run left unfinished for long shows as interrupted. */
static enum c2c_err
add_runs(struct db *db, long long id, xmlNodePtr root)
{
	static const char sql[] =
	    "SELECT r.id AS `@id`, DATE_FORMAT(r.started_at, " TIME_FMT ") AS started, "
	    "DATE_FORMAT(r.finished_at, " TIME_FMT ") AS finished, "
	    "ROUND(TIMESTAMPDIFF(MICROSECOND, r.started_at, r.finished_at) / 1000000, 3) AS duration, "
	    "r.http_status AS `http-status`, r.bytes, r.events_in_feed AS `events-in-feed`, "
	    "r.added, r.updated, r.removed, r.unchanged, r.skipped, "
	    PUBLIC_ERROR("r.error_public", "r.error") " AS error, r.warnings, r.host, "
	    "r.status AS `_status`, r.finished_at IS NOT NULL AS `_finished`, "
	    "TO_SECONDS(r.started_at) AS `_started`, TO_SECONDS(UTC_TIMESTAMP()) AS `_now` "
	    "FROM import_runs r WHERE r.source_id = ? ORDER BY r.started_at DESC, r.id DESC LIMIT 20";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;
	xmlNodePtr runs;
	size_t i;

	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if ((runs = xml_add(root, "runs")) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		int st = db_col(&r, "_status");
		enum run_state s = source_run_state(st >= 0 ? db_cell(&r, i, (size_t)st) : NULL,
		    secs(&r, i, "_finished") > 0, secs(&r, i, "_started"), secs(&r, i, "_now"));
		xmlNodePtr run = xml_add_row(runs, "run", &r, i);
		if (run == NULL || xml_set_attr(run, "status", source_run_state_name(s)) < 0)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

enum c2c_err
model_source(struct db *db, long long id, xmlNodePtr root)
{
	static const char sql[] = "SELECT " SOURCE_COLUMNS " " SOURCE_FROM "WHERE s.id = ?";
	struct db_param a[] = { DBP_I(id) };
	xmlNodePtr areas = NULL;
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	rc = r.nrows == 0 ? C2C_ENOTFOUND : fill_source(root, &r, 0, &areas);
	db_rows_free(&r);
	if (rc == C2C_OK)
		rc = add_areas(db, &id, &areas, 1);
	return rc == C2C_OK ? add_runs(db, id, root) : rc;
}

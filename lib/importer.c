/* importer.c: fetch, parse, compare and store one calendar source. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch.h"
#include "ics_parse.h"
#include "import_plan.h"
#include "importer.h"

#define INSERT_BATCH 100   /* rows per multi-row INSERT */
#define REMOVE_BATCH 200   /* ids per UPDATE ... WHERE id IN (...) */

const char *
import_status_name(enum import_status s)
{
	static const char *const names[] = { "ok", "unchanged", "failed", "busy", "not due",
		"disabled" };
	return (unsigned)s < sizeof(names) / sizeof(names[0]) ? names[s] : "?";
}

long
import_next_delay(long refresh_minutes, long feed_refresh_seconds, int failures, long retry_after,
    unsigned jitter_seed)
{
	long d = refresh_minutes * 60;

	/* A feed's hint counts up to a week: a feed saying P10Y must not silence its source. */
	if (feed_refresh_seconds > 7 * 86400)
		feed_refresh_seconds = 7 * 86400;
	if (feed_refresh_seconds > d)
		d = feed_refresh_seconds;
	if (d < 60)
		d = 60;
	if (failures > 0) {
		int i;
		for (i = 0; i < failures && d < 86400; i++)
			d *= 2;
		if (d > 86400)
			d = 86400;
	}
	d += (long)(jitter_seed % (unsigned)(d / 10 + 1));
	return d < retry_after ? retry_after : d;
}

/* ---- Storing ---------------------------------------------------------------------------- */

/* A source as load_source read it: the texts are the row's (NULL for SQL NULL), which
 * the struct owns; source_free releases both. */
struct source {
	const char *url, *etag, *last_modified, *tzid, *name;
	int   enabled, due, uids_unstable, failures, strikes;
	long  refresh_minutes;
	const char *city_id, *country;   /* of the owning city, or NULL */
	struct db_rows row;
};

static void
source_free(struct source *s)
{
	db_rows_free(&s->row);
	memset(s, 0, sizeof(*s));
}

/* Enabled, or quarantined and the quarantine over: the importer tries it again. */
#define ENABLED_SQL \
	"(s.enabled = 1 OR s.quarantined_until <= UTC_TIMESTAMP(6))"

static enum c2c_err
load_source(struct db *db, long long id, struct source *s)
{
	static const char sql[] =
	    "SELECT s.url, s.etag, s.last_modified, "
	    "COALESCE(s.tzid, ci.time_zone, tz.time_zone), "
	    "COALESCE(s.name, LEFT(s.url, 200)), " ENABLED_SQL ", "
	    ENABLED_SQL " AND (s.next_fetch_at IS NULL OR s.next_fetch_at <= UTC_TIMESTAMP(6)) "
	    "  AND (s.retry_after IS NULL OR s.retry_after <= UTC_TIMESTAMP(6)), "
	    "s.uids_unstable, s.failures, s.refresh_minutes, s.owner_city_id, ci.country_code, "
	    "s.strikes "
	    "FROM calendar_sources s LEFT JOIN cities ci ON ci.id = s.owner_city_id "
	    "LEFT JOIN country_time_zones tz ON tz.code = ci.country_code WHERE s.id = ?";
	const struct db_rows *r = &s->row;
	enum c2c_err rc;

	memset(s, 0, sizeof(*s));
	if ((rc = db_row_by_id(db, sql, id, &s->row)) != C2C_OK)
		return rc;
	s->url = db_cell(r, 0, 0);
	s->etag = db_cell(r, 0, 1);
	s->last_modified = db_cell(r, 0, 2);
	s->tzid = db_cell(r, 0, 3);
	s->name = db_cell(r, 0, 4);
	s->enabled = atoi(nz(db_cell(r, 0, 5)));
	s->due = atoi(nz(db_cell(r, 0, 6)));
	s->uids_unstable = atoi(nz(db_cell(r, 0, 7)));
	s->failures = atoi(nz(db_cell(r, 0, 8)));
	s->refresh_minutes = atol(nz(db_cell(r, 0, 9)));
	s->city_id = db_cell(r, 0, 10);
	s->country = db_cell(r, 0, 11);
	s->strikes = atoi(nz(db_cell(r, 0, 12)));
	return C2C_OK;
}

#define INSERT_COLS \
	"(uid, recurrence_id, title, description, starts_at, ends_at, tzid, all_day, location, " \
	"city_id, country_code, url, organiser, kind, status, sequence, source_id, categories)"
#define INSERT_NCOLS 18

static enum c2c_err
insert_batch(struct db *db, const struct ics_calendar *cal, const struct plan *pl,
    const struct source *src, long long id, size_t *from)
{
	struct db_param *a;
	struct buf sql = BUF_INIT;
	size_t i, n = 0, k = 0;
	enum c2c_err rc;

	if ((a = calloc(INSERT_BATCH * INSERT_NCOLS, sizeof(*a))) == NULL)
		return C2C_ENOMEM;
	if (buf_puts(&sql, "INSERT INTO events " INSERT_COLS " VALUES ") < 0) {
		free(a);
		return C2C_ENOMEM;
	}
	for (i = *from; i < cal->n && n < INSERT_BATCH; i++) {
		const struct ics_item *it = &cal->items[i];
		if (pl->act[i] != A_ADD)
			continue;
		if (buf_puts(&sql, n ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" :
		    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") < 0) {
			rc = C2C_ENOMEM;
			goto out;
		}
		a[k++] = DBP_S(it->uid);
		a[k++] = DBP_S(it->recurrence_id);
		a[k++] = DBP_S(it->title);
		a[k++] = DBP_S(it->description);
		a[k++] = DBP_S(it->start);
		a[k++] = DBP_S(it->end[0] ? it->end : NULL);
		a[k++] = DBP_S(it->tzid[0] ? it->tzid : NULL);
		a[k++] = DBP_I(it->all_day);
		a[k++] = DBP_S(it->location);
		a[k++] = DBP_S(src->city_id);
		a[k++] = DBP_S(src->country);
		a[k++] = DBP_S(it->url);
		a[k++] = DBP_S(it->organiser);
		a[k++] = DBP_S(import_kind_of(it->categories));
		a[k++] = DBP_S(import_status_text[it->status]);
		a[k++] = DBP_I(it->sequence);
		a[k++] = DBP_I(id);
		a[k++] = DBP_S(it->categories);
		n++;
	}
	*from = i;
	rc = n > 0 ? db_exec(db, sql.data, sql.len, a, k, NULL) : C2C_OK;
out:
	buf_free(&sql);
	free(a);
	return rc;
}

static enum c2c_err
update_row(struct db *db, const struct ics_item *it, const char *row_id)
{
	static const char sql[] =
	    "UPDATE events SET title = ?, description = ?, starts_at = ?, ends_at = ?, tzid = ?, "
	    "all_day = ?, location = ?, url = ?, organiser = ?, kind = ?, status = ?, sequence = ?, "
	    "categories = ?, removed_at = NULL WHERE id = ?";
	struct db_param a[] = {
		DBP_S(it->title), DBP_S(it->description), DBP_S(it->start),
		DBP_S(it->end[0] ? it->end : NULL), DBP_S(it->tzid[0] ? it->tzid : NULL),
		DBP_I(it->all_day), DBP_S(it->location), DBP_S(it->url), DBP_S(it->organiser),
		DBP_S(import_kind_of(it->categories)), DBP_S(import_status_text[it->status]), DBP_I(it->sequence),
		DBP_S(it->categories), DBP_S(row_id),
	};
	return db_exec_cached(db, sql, a, sizeof(a) / sizeof(a[0]), NULL);
}

static enum c2c_err
remove_rows(struct db *db, const struct db_rows *r, const struct plan *pl)
{
	struct db_param a[REMOVE_BATCH];
	struct buf sql = BUF_INIT;
	enum c2c_err rc = C2C_OK;
	size_t i = 0, n;

	while (rc == C2C_OK && i < r->nrows) {
		buf_reset(&sql);
		if (buf_puts(&sql, "UPDATE events SET removed_at = UTC_TIMESTAMP(6) WHERE id IN (") < 0) {
			rc = C2C_ENOMEM;
			break;
		}
		for (n = 0; i < r->nrows && n < REMOVE_BATCH; i++) {
			if (pl->taken[i] || strcmp(nz(db_cell(r, i, C_REMOVED)), "0") != 0)
				continue;
			if (buf_puts(&sql, n ? ",?" : "?") < 0) {
				rc = C2C_ENOMEM;
				break;
			}
			a[n++] = DBP_S(db_cell(r, i, C_ID));
		}
		if (rc == C2C_OK && n > 0 && buf_puts(&sql, ")") == 0)
			rc = db_exec(db, sql.data, sql.len, a, n, NULL);
	}
	buf_free(&sql);
	return rc;
}

static enum c2c_err
store(struct db *db, long long id, const struct source *src, const struct ics_calendar *cal,
    const struct db_rows *r, const struct plan *pl)
{
	static const char sql_areas[] =
	    "INSERT IGNORE INTO event_areas (event_id, area_id) "
	    "SELECT e.id, a.area_id FROM events e JOIN calendar_source_areas a ON a.source_id = e.source_id "
	    "WHERE e.source_id = ? AND e.removed_at IS NULL";
	struct db_param a[] = { DBP_I(id) };
	enum c2c_err rc = C2C_OK;
	size_t i;

	for (i = 0; rc == C2C_OK && i < cal->n; )
		rc = insert_batch(db, cal, pl, src, id, &i);
	for (i = 0; rc == C2C_OK && i < cal->n; i++)
		if (pl->act[i] == A_UPDATE)
			rc = update_row(db, &cal->items[i], db_cell(r, (size_t)pl->row[i], C_ID));
	if (rc == C2C_OK && pl->removed > 0)
		rc = remove_rows(db, r, pl);
	if (rc == C2C_OK && (pl->added > 0 || pl->updated > 0))
		rc = db_exec_cached(db, sql_areas, a, 1, NULL);
	return rc;
}

/* ---- The run ---------------------------------------------------------------------------- */

static enum c2c_err
lock_source(struct db *db, long long id, int take, int *got)
{
	static const char sql_get[] = "SELECT GET_LOCK(CONCAT('c2c.import.', DATABASE(), '.', ?), 0)";
	static const char sql_rel[] = "SELECT RELEASE_LOCK(CONCAT('c2c.import.', DATABASE(), '.', ?))";
	long long v;
	enum c2c_err rc;

	if ((rc = db_number_by_id(db, take ? sql_get : sql_rel, id, &v)) != C2C_OK)
		return rc;
	if (got != NULL)
		*got = v == 1;
	return C2C_OK;
}

/* The state a run leaves if it never finishes, written before the fetch: a failure (one
 * more in a row, backed off) and a strike, and a quarantine when the strikes reach
 * import_quarantine_after.  So an importer killed by a calendar leaves that source at the
 * back of the due order, and one that kills it every time quarantined, instead of first
 * in line and stopping every other city's imports.  finish_run writes the real state. */
static enum c2c_err
start_run(struct db *db, const struct c2c_cfg *cfg, long long id, const struct source *src,
    const char *host, long long *run_id)
{
	static const char sql[] =
	    "INSERT INTO import_runs (source_id, started_at, status, host) "
	    "VALUES (?, UTC_TIMESTAMP(6), 'running', ?)";
	/* enabled before quarantined_until: the assignments are made in order. */
	static const char sql_src[] =
	    "UPDATE calendar_sources SET failures = ?, strikes = ?, "
	    "next_fetch_at = UTC_TIMESTAMP(6) + INTERVAL ? SECOND, "
	    "last_error = CONCAT('the run of ', DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:%s'), "
	    "  ' UTC on ', COALESCE(?, '?'), ' did not finish: the importer was killed or its host stopped'), "
	    "last_error_public = 'interrupted', enabled = IF(?, 0, 1), "
	    "quarantine_reason = IF(?, ?, NULL), "
	    "quarantined_until = IF(?, UTC_TIMESTAMP(6) + INTERVAL ? HOUR, NULL) WHERE id = ?";
	int strikes = src->strikes + 1, q = strikes >= cfg->import_quarantine_after;
	char reason[300];
	struct db_param a[] = { DBP_I(id), DBP_S(host) };
	struct db_param as[] = {
		DBP_I(src->failures + 1), DBP_I(strikes),
		DBP_I(import_next_delay(src->refresh_minutes, 0, src->failures + 1, 0, (unsigned)rand())),
		DBP_S(host), DBP_I(q), DBP_I(q), DBP_S(reason), DBP_I(q),
		DBP_I(cfg->import_quarantine_hours), DBP_I(id),
	};
	enum c2c_err rc;

	snprintf(reason, sizeof(reason), "%d runs in a row interrupted or over budget, the last "
	    "interrupted", strikes);
	if ((rc = db_exec_cached(db, sql, a, 2, NULL)) != C2C_OK)
		return rc;
	*run_id = (long long)db_last_insert_id(db);
	return db_exec_cached(db, sql_src, as, sizeof(as) / sizeof(as[0]), NULL);
}

/* Records the end of the run and the source's new state. */
static enum c2c_err
finish_run(struct db *db, const struct c2c_cfg *cfg, long long id, const struct source *src,
    const struct import_report *rep, const struct fetch_result *f, long feed_refresh,
    const char *warnings)
{
	static const char sql_run[] =
	    "UPDATE import_runs SET finished_at = UTC_TIMESTAMP(6), status = ?, http_status = ?, "
	    "bytes = ?, added = ?, updated = ?, removed = ?, unchanged = ?, skipped = ?, "
	    "events_in_feed = ?, error = ?, error_public = ?, warnings = ? WHERE id = ?";
	/* enabled before quarantined_until: the assignments are made in order, and an editor
	 * who disabled the source meanwhile is not overruled. */
	static const char sql_src[] =
	    "UPDATE calendar_sources SET etag = ?, last_modified = ?, last_fetch_at = UTC_TIMESTAMP(6), "
	    "next_fetch_at = UTC_TIMESTAMP(6) + INTERVAL ? SECOND, last_status = ?, last_error = ?, "
	    "last_error_public = ?, "
	    "failures = ?, feed_refresh_minutes = COALESCE(?, feed_refresh_minutes), uids_unstable = ?, "
	    "retry_after = IF(? > 0, UTC_TIMESTAMP(6) + INTERVAL ? SECOND, NULL), strikes = ?, "
	    "enabled = IF(?, 0, IF(quarantined_until IS NOT NULL, 1, enabled)), "
	    "quarantine_reason = IF(?, ?, NULL), "
	    "quarantined_until = IF(?, UTC_TIMESTAMP(6) + INTERVAL ? HOUR, NULL) WHERE id = ?";
	int failed = rep->status == IMPORT_FAILED;
	int failures = failed ? src->failures + 1 : 0;
	/* Strikes: runs over budget (or interrupted) in a row; other failures neither add nor
	 * forgive, a good run forgives. */
	int strikes = !failed ? 0 : rep->over_budget ? src->strikes + 1 : src->strikes;
	int q = strikes >= cfg->import_quarantine_after;
	const char *status = import_status_name(rep->status);
	long delay = import_next_delay(src->refresh_minutes, feed_refresh, failures, f->retry_after,
	    (unsigned)rand());
	char reason[300];
	/* Keep the validators of the last good fetch: a failure must not make the next one
	 * download in full for nothing, nor a 304 without them forget them. */
	const char *etag = failed ? src->etag : (f->etag != NULL ? f->etag :
	    rep->status == IMPORT_UNCHANGED ? src->etag : NULL);
	const char *lm = failed ? src->last_modified : (f->last_modified != NULL ? f->last_modified :
	    rep->status == IMPORT_UNCHANGED ? src->last_modified : NULL);
	struct db_param ar[] = {
		DBP_S(status), rep->http_status ? DBP_I(rep->http_status) : DBP_S(NULL),
		DBP_I(rep->bytes), DBP_I((long long)rep->added), DBP_I((long long)rep->updated),
		DBP_I((long long)rep->removed), DBP_I((long long)rep->unchanged),
		DBP_I((long long)rep->skipped),
		rep->status == IMPORT_OK ? DBP_I((long long)rep->in_feed) : DBP_S(NULL),
		DBP_S(failed ? rep->error : NULL), DBP_S(failed ? rep->error_public : NULL),
		DBP_S(warnings != NULL && *warnings ? warnings : NULL),
		DBP_I(rep->run_id),
	};
	struct db_param as[] = {
		DBP_S(etag), DBP_S(lm), DBP_I(delay), DBP_S(status), DBP_S(failed ? rep->error : NULL),
		DBP_S(failed ? rep->error_public : NULL),
		DBP_I(failures), feed_refresh > 0 ? DBP_I((feed_refresh + 59) / 60) : DBP_S(NULL),
		DBP_I(rep->uids_unstable), DBP_I(f->retry_after), DBP_I(f->retry_after),
		DBP_I(strikes), DBP_I(q), DBP_I(q), DBP_S(reason), DBP_I(q),
		DBP_I(cfg->import_quarantine_hours), DBP_I(id),
	};
	enum c2c_err rc = C2C_OK;

	snprintf(reason, sizeof(reason), "%d runs in a row interrupted or over budget, the last "
	    "%s", strikes, failed ? rep->error_public : "ok");
	if (rep->run_id > 0)
		rc = db_exec_cached(db, sql_run, ar, sizeof(ar) / sizeof(ar[0]), NULL);
	if (rc == C2C_OK)
		rc = db_exec_cached(db, sql_src, as, sizeof(as) / sizeof(as[0]), NULL);
	return rc;
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static enum c2c_err
count_current(struct db *db, long long id, size_t *n)
{
	static const char sql[] = "SELECT COUNT(*) FROM events WHERE source_id = ? AND removed_at IS NULL";
	long long count;
	enum c2c_err rc = db_number_by_id(db, sql, id, &count);

	if (rc == C2C_OK)
		*n = (size_t)count;
	return rc;
}

/* The text a reader of /sources may see for a failed fetch: its kind, never its detail
 * (which may name the internal addresses a host resolved to). */
static void
fetch_public(const struct fetch_result *f, char *out, size_t len)
{
	switch (f->kind) {
	case FETCH_E_CONNECT:   snprintf(out, len, "could not connect"); break;
	case FETCH_E_TIMEOUT:   snprintf(out, len, "timed out"); break;
	case FETCH_E_TOO_LARGE: snprintf(out, len, "too large"); break;
	case FETCH_E_REDIRECT:  snprintf(out, len, "bad redirect"); break;
	case FETCH_E_HTTP:      snprintf(out, len, "HTTP %ld", f->http_status); break;
	default:                snprintf(out, len, "could not fetch"); break;
	}
}

/* One source's import between its start and its end: what import_begin holds for
 * import_end.  Owns src and f. */
struct import_job {
	long long id;
	struct source src;
	struct fetch_opts fo;
	struct fetch_result f;
	int locked;
	int cut_is_budget;   /* the fetch's timeout is import_source_seconds, not import_timeout */
	double t0;
};

static void
job_free(struct db *db, struct import_job *j)
{
	if (j == NULL)
		return;
	if (j->locked)
		lock_source(db, j->id, 0, NULL);
	source_free(&j->src);
	fetch_result_free(&j->f);
	free(j);
}

enum c2c_err
import_begin(struct db *db, const struct c2c_cfg *cfg, long long id, const struct import_opts *o,
    struct import_job **job, struct import_report *rep)
{
	struct import_job *j;
	enum c2c_err rc;
	int got = 0;

	*job = NULL;
	memset(rep, 0, sizeof(*rep));
	if ((j = calloc(1, sizeof(*j))) == NULL)
		return C2C_ENOMEM;
	j->id = id;
	j->t0 = now_seconds();
	if ((rc = load_source(db, id, &j->src)) != C2C_OK) {
		free(j);
		return rc;
	}
	snprintf(rep->name, sizeof(rep->name), "%s", j->src.name);
	if (!j->src.enabled && !o->dry_run) {
		rep->status = IMPORT_DISABLED;
		goto done;
	}
	if (!o->dry_run) {
		if ((rc = lock_source(db, id, 1, &got)) != C2C_OK)
			goto done;
		j->locked = got;
		if (!got) {
			rep->status = IMPORT_BUSY;
			goto done;
		}
		/* Read again under the lock: another importer may have just finished it. */
		source_free(&j->src);
		if ((rc = load_source(db, id, &j->src)) != C2C_OK)
			goto done;
		if (o->due_only && !j->src.due) {
			rep->status = IMPORT_NOT_DUE;
			goto done;
		}
		if ((rc = start_run(db, cfg, id, &j->src, o->host, &rep->run_id)) != C2C_OK)
			goto done;
	}
	j->fo.max_bytes = cfg->import_max_bytes;
	j->fo.connect_timeout = cfg->import_connect_timeout;
	j->fo.timeout = cfg->import_timeout;
	if (cfg->import_source_seconds < cfg->import_timeout) {
		j->fo.timeout = cfg->import_source_seconds;
		j->cut_is_budget = 1;
	}
	j->fo.allow_networks = cfg->import_allow_networks;
	j->fo.ca_file = cfg->import_ca_file;
	j->fo.proxy = cfg->import_proxy;
	j->fo.no_proxy = cfg->import_no_proxy;
	j->fo.etag = o->dry_run ? NULL : j->src.etag;
	j->fo.last_modified = o->dry_run ? NULL : j->src.last_modified;
	*job = j;
	return C2C_OK;
done:
	rep->seconds = now_seconds() - j->t0;
	/* After a database error the lock is left to the connection: releasing it would
	 * replace the error the caller reports. */
	if (rc != C2C_OK)
		j->locked = 0;
	job_free(db, j);
	return rc;
}

const char *
import_job_url(const struct import_job *j)
{
	return j->src.url;
}

const struct fetch_opts *
import_job_fetch_opts(const struct import_job *j)
{
	return &j->fo;
}

struct fetch_result *
import_job_result(struct import_job *j)
{
	return &j->f;
}

/* Parses and stores what the job's fetch gave, with the lock held and the run row
 * written. */
static enum c2c_err
run(struct db *db, const struct c2c_cfg *cfg, struct import_job *j, const struct import_opts *o,
    struct import_report *rep)
{
	struct source *src = &j->src;
	struct fetch_result *f = &j->f;
	long long id = j->id;
	struct ics_parse_opts po;
	struct ics_calendar cal;
	struct db_rows r = { 0, 0, NULL, NULL };
	struct plan pl;
	time_t now = time(NULL);
	enum c2c_err rc = C2C_OK, frc;
	char err[600];
	int have_plan = 0;
	double took;

	memset(&cal, 0, sizeof(cal));
	memset(&pl, 0, sizeof(pl));
	rep->http_status = f->http_status;
	rep->bytes = f->wire_bytes;
	rep->uids_unstable = src->uids_unstable;
	if (f->outcome == FETCH_NOT_MODIFIED) {
		rep->status = IMPORT_UNCHANGED;
		rc = count_current(db, id, &rep->unchanged);
		goto finish;
	}
	if (f->outcome == FETCH_FAILED) {
		rep->status = IMPORT_FAILED;
		if (f->kind == FETCH_E_TIMEOUT && j->cut_is_budget) {
			rep->over_budget = 1;
			snprintf(rep->error, sizeof(rep->error), "over budget: the fetch took more than "
			    "import_source_seconds (%d s)", cfg->import_source_seconds);
			snprintf(rep->error_public, sizeof(rep->error_public), "over budget");
		} else {
			snprintf(rep->error, sizeof(rep->error), "%s", f->error);
			fetch_public(f, rep->error_public, sizeof(rep->error_public));
		}
		goto finish;
	}
	po.window_from = now - (time_t)cfg->import_window_past_days * 86400;
	po.window_to = now + (time_t)cfg->import_window_future_days * 86400;
	po.max_instances = cfg->import_max_instances;
	po.default_tzid = src->tzid;
	po.max_occurrences = cfg->import_max_occurrences;
	po.max_property_bytes = cfg->import_max_property_bytes;
	po.max_parameters = cfg->import_max_parameters;
	po.min_interval = cfg->import_min_interval;
	if ((rc = ics_parse(f->body.data, f->body.len, &po, &cal, err, sizeof(err))) == C2C_ETOOLONG) {
		rep->status = IMPORT_FAILED;
		rep->over_budget = 1;
		snprintf(rep->error, sizeof(rep->error), "calendar refused: %s", err);
		snprintf(rep->error_public, sizeof(rep->error_public), "over budget");
		rc = C2C_OK;
		goto finish;
	}
	if (rc != C2C_OK) {
		if (rc != C2C_EINVAL)
			goto out;
		rep->status = IMPORT_FAILED;
		snprintf(rep->error, sizeof(rep->error), "not a readable iCalendar file: %s%s%s", err,
		    f->content_type != NULL ? " (Content-Type: " : "",
		    f->content_type != NULL ? f->content_type : "");
		if (f->content_type != NULL)
			strncat(rep->error, ")", sizeof(rep->error) - strlen(rep->error) - 1);
		snprintf(rep->error_public, sizeof(rep->error_public), "not a calendar");
		rc = C2C_OK;
		goto finish;
	}
	if (!o->dry_run && (took = now_seconds() - j->t0) > cfg->import_source_seconds) {
		rep->status = IMPORT_FAILED;
		rep->over_budget = 1;
		snprintf(rep->error, sizeof(rep->error), "over budget: fetching and reading took %.1f s, "
		    "more than import_source_seconds (%d s)", took, cfg->import_source_seconds);
		snprintf(rep->error_public, sizeof(rep->error_public), "over budget");
		goto finish;
	}
	rep->in_feed = cal.n;
	if ((rc = db_query(db, IMPORT_SQL_EXISTING, (struct db_param[]){ DBP_I(id) }, 1, &r)) != C2C_OK)
		goto out;
	if (import_plan_make(&cal, &r, src->uids_unstable, &pl, &cal.warnings) < 0) {
		rc = C2C_ENOMEM;
		goto out;
	}
	have_plan = 1;
	rep->added = pl.added;
	rep->updated = pl.updated;
	rep->removed = pl.removed;
	rep->unchanged = pl.same;
	rep->skipped = cal.skipped + pl.skipped;
	rep->uids_unstable = pl.unstable;
	if (pl.unstable && !src->uids_unstable)
		buf_printf(&cal.warnings, "the feed gives its events new UIDs on every fetch: "
		    "they are matched by title and start from now on\n");
	if (o->dry_run) {
		rep->status = IMPORT_OK;
		if (o->diff != NULL)
			import_plan_print(o->diff, &cal, &r, &pl);
		goto out;
	}
	rep->status = IMPORT_OK;
	if ((rc = db_begin(db)) != C2C_OK)
		goto out;
	if ((rc = store(db, id, src, &cal, &r, &pl)) != C2C_OK ||
	    (rc = finish_run(db, cfg, id, src, rep, f, cal.refresh_seconds, cal.warnings.data)) != C2C_OK ||
	    (rc = db_commit(db)) != C2C_OK) {
		/* Nothing of this run is kept; the run itself is recorded as failed. */
		snprintf(rep->error, sizeof(rep->error), "storing the events failed: %s", db_error(db));
		snprintf(rep->error_public, sizeof(rep->error_public), "could not store");
		db_rollback(db);
		rep->status = IMPORT_FAILED;
		rep->added = rep->updated = rep->removed = rep->unchanged = 0;
		rc = C2C_OK;
		goto finish;
	}
	goto out;
finish:
	if (!o->dry_run && rc == C2C_OK &&
	    (frc = finish_run(db, cfg, id, src, rep, f, cal.refresh_seconds, cal.warnings.data)) != C2C_OK)
		rc = frc;
out:
	if (have_plan)
		import_plan_free(&pl);
	db_rows_free(&r);
	ics_calendar_free(&cal);
	return rc;
}

enum c2c_err
import_end(struct db *db, const struct c2c_cfg *cfg, struct import_job *j,
    const struct import_opts *o, struct import_report *rep)
{
	enum c2c_err rc = run(db, cfg, j, o, rep);

	rep->seconds = now_seconds() - j->t0;
	job_free(db, j);
	return rc;
}

enum c2c_err
import_source(struct db *db, const struct c2c_cfg *cfg, long long id, const struct import_opts *o,
    struct import_report *rep)
{
	struct import_job *j;
	enum c2c_err rc;

	if ((rc = import_begin(db, cfg, id, o, &j, rep)) != C2C_OK || j == NULL)
		return rc;
	if ((rc = fetch_url(j->src.url, &j->fo, &j->f)) != C2C_OK) {
		if (rc != C2C_EINVAL) {
			job_free(db, j);
			return rc;
		}
		snprintf(j->f.error, sizeof(j->f.error), "the URL is not an http or https URL of at most 2000 bytes");
		j->f.outcome = FETCH_FAILED;
		j->f.kind = FETCH_E_OTHER;
	}
	return import_end(db, cfg, j, o, rep);
}

/* ---- Many sources at once ------------------------------------------------------------ */

/* One source in flight. */
struct slot {
	struct import_job *job;
	size_t item;
	struct import_report rep;
};

/* The first item from *from on not yet started whose city has fewer than per_city
 * sources in flight; n if none. */
static size_t
next_item(const struct import_item *items, size_t n, const unsigned char *started,
    const struct slot *slots, size_t nslots, int per_city, size_t from)
{
	size_t i, k;

	for (i = from; i < n; i++) {
		int busy = 0;
		if (started[i])
			continue;
		for (k = 0; k < nslots; k++)
			busy += slots[k].job != NULL && items[slots[k].item].city == items[i].city;
		if (busy < per_city)
			return i;
	}
	return n;
}

enum c2c_err
import_sources(struct db *db, const struct c2c_cfg *cfg, const struct import_item *items,
    size_t n, const struct import_opts *o, import_report_fn report, void *arg)
{
	size_t nslots = (size_t)(cfg->import_parallel > 0 ? cfg->import_parallel : 1);
	struct slot *slots = calloc(nslots, sizeof(*slots));
	unsigned char *started = calloc(n + 1, 1);
	struct fetch_multi *m = NULL;
	size_t active = 0, first = 0, k, i;
	enum c2c_err rc = C2C_ENOMEM, e;

	if (slots == NULL || started == NULL || fetch_multi_new(&m) != C2C_OK)
		goto out;
	rc = C2C_OK;
	for (;;) {
		void *done = NULL;
		/* Fill the free slots, city by city as the items come (the caller orders them
		 * round-robin by city), no city over its share. */
		while (rc == C2C_OK && active < nslots &&
		    (i = next_item(items, n, started, slots, nslots, cfg->import_parallel_per_city,
		    first)) < n) {
			struct slot *sl = NULL;
			started[i] = 1;
			while (first < n && started[first])
				first++;
			for (k = 0; k < nslots && sl == NULL; k++)
				if (slots[k].job == NULL)
					sl = &slots[k];
			sl->item = i;
			e = import_begin(db, cfg, items[i].id, o, &sl->job, &sl->rep);
			if (e == C2C_OK && sl->job != NULL &&
			    (e = fetch_multi_add(m, sl->job->src.url, &sl->job->fo, &sl->job->f, sl)) != C2C_OK) {
				if (e == C2C_EINVAL) {
					snprintf(sl->job->f.error, sizeof(sl->job->f.error),
					    "the URL is not an http or https URL of at most 2000 bytes");
					sl->job->f.outcome = FETCH_FAILED;
					sl->job->f.kind = FETCH_E_OTHER;
					e = import_end(db, cfg, sl->job, o, &sl->rep);
				} else
					job_free(db, sl->job);
				sl->job = NULL;
			} else if (e == C2C_OK && sl->job != NULL) {
				active++;
				continue;
			}
			report(arg, items[i].id, e, &sl->rep);
			if (e == C2C_ENOMEM)
				rc = e;
		}
		if (active == 0 || rc != C2C_OK)
			break;
		if ((rc = fetch_multi_next(m, 1000, &done)) != C2C_OK || done == NULL)
			continue;
		{
			struct slot *sl = done;
			e = import_end(db, cfg, sl->job, o, &sl->rep);
			sl->job = NULL;
			active--;
			report(arg, items[sl->item].id, e, &sl->rep);
			if (e == C2C_ENOMEM)
				rc = e;
		}
	}
out:
	/* On an error, transfers still running end here; their runs stay "running" (see
	 * start_run) and their locks go with the connection or below. */
	fetch_multi_free(m);
	for (k = 0; slots != NULL && k < nslots; k++)
		if (slots[k].job != NULL)
			job_free(db, slots[k].job);
	free(slots);
	free(started);
	return rc;
}

/* c2cctl_import.c: the calendar sources and their import, from the command line:
 * `c2cctl source add|list|show|enable|disable` and `c2cctl import`. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "c2cctl.h"
#include "fetch.h"
#include "ics_parse.h"
#include "importer.h"
#include "log.h"
#include "url.h"
#include "utf8.h"

#define AREAS_MAX 16

static int
db_fail(struct db *db, const char *what)
{
	log_cli_err("%s: %s\n", what, db_error(db));
	return 1;
}

/* A source id from text: a positive decimal integer. */
static int
parse_id(const char *s, long long *id)
{
	char *end;

	if (s == NULL || *s < '1' || *s > '9' || strlen(s) > 10)
		return -1;
	*id = strtoll(s, &end, 10);
	return *end == '\0' ? 0 : -1;
}

static int
source_add(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	static const struct option longs[] = {
		{ "name", required_argument, NULL, 'n' }, { "city", required_argument, NULL, 'c' },
		{ "area", required_argument, NULL, 'a' }, { "every", required_argument, NULL, 'e' },
		{ "tz", required_argument, NULL, 'z' }, { "disabled", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 } };
	static const char sql_dup[] = "SELECT id FROM calendar_sources WHERE url = ?";
	static const char sql_city[] = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL";
	/* Under the city's row lock, so that two adding at once cannot both pass the cap. */
	static const char sql_count[] =
	    "SELECT (SELECT id FROM cities WHERE id = ? FOR UPDATE), "
	    "(SELECT COUNT(*) FROM calendar_sources WHERE owner_city_id = ?)";
	static const char sql_area[] = "SELECT id FROM areas WHERE slug = ?";
	static const char sql_add[] =
	    "INSERT INTO calendar_sources (name, url, owner_city_id, refresh_minutes, enabled, tzid) "
	    "VALUES (?, ?, ?, ?, ?, ?)";
	static const char sql_add_area[] =
	    "INSERT INTO calendar_source_areas (source_id, area_id) VALUES (?, ?)";
	const char *name = NULL, *city = NULL, *tz = NULL, *areas[AREAS_MAX];
	char *city_id = NULL, *area_ids[AREAS_MAX];
	long every = 360;
	int enabled = 1, nareas = 0, i, c, rc = 1;
	long long id = 0;
	struct db_rows r;
	const char *url;
	enum url_verdict uv;

	optind = 0;   /* 0: getopt starts afresh (main used "+c:") */
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		char *end;
		switch (c) {
		case 'n': name = optarg; break;
		case 'c': city = optarg; break;
		case 'z': tz = optarg; break;
		case 'd': enabled = 0; break;
		case 'a':
			if (nareas == AREAS_MAX) {
				log_cli_err("at most %d areas\n", AREAS_MAX);
				return 2;
			}
			areas[nareas++] = optarg;
			break;
		case 'e':
			every = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || every < 5 || every > 43200) {
				log_cli_err("--every takes minutes from 5 to 43200, not '%s'\n", optarg);
				return 2;
			}
			break;
		default:
			return 2;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: c2cctl source add URL [--name NAME] [--city SLUG] [--area SLUG]... "
		    "[--every MINUTES] [--tz ZONE] [--disabled]\n");
		return 2;
	}
	url = argv[optind];
	if ((uv = url_check(url, 2000)) != URL_OK) {
		log_cli_err(uv == URL_CREDENTIALS ?
		    "'%s' carries a user name or password, which every reader of /sources would see; give an address without them" :
		    "'%s' is not an http or https URL (at most 2000 bytes, no spaces)", url);
		return 2;
	}
	if (name != NULL && (strlen(name) == 0 || strlen(name) > 800 ||
	    !utf8_valid_text(name, strlen(name)))) {
		log_cli_err("--name must be UTF-8 text of 1 to 200 characters\n");
		return 2;
	}
	if (tz != NULL && !ics_zone_known(tz)) {
		log_cli_err("--tz: '%s' is not a time zone of the system's tzdata "
		    "(such as Europe/Berlin or Asia/Shanghai)\n", tz);
		return 2;
	}
	if (db == NULL)
		return 0;
	if (db_query(db, sql_dup, (struct db_param[]){ DBP_S(url) }, 1, &r) != C2C_OK)
		return db_fail(db, "source add");
	if (r.nrows > 0) {
		log_cli_err("source %s already has this URL\n", db_cell(&r, 0, 0));
		db_rows_free(&r);
		return 1;
	}
	db_rows_free(&r);
	if (city != NULL) {
		if (db_query(db, sql_city, (struct db_param[]){ DBP_S(city) }, 1, &r) != C2C_OK)
			return db_fail(db, "source add");
		if (r.nrows == 0) {
			log_cli_err("no city '%s' (see /cities)\n", city);
			db_rows_free(&r);
			return 1;
		}
		city_id = strdup(db_cell(&r, 0, 0));
		db_rows_free(&r);
	}
	for (i = 0; i < nareas; i++) {
		if (db_query(db, sql_area, (struct db_param[]){ DBP_S(areas[i]) }, 1, &r) != C2C_OK) {
			nareas = i;
			rc = db_fail(db, "source add");
			goto out;
		}
		if (r.nrows == 0) {
			log_cli_err("no area '%s'\n", areas[i]);
			db_rows_free(&r);
			nareas = i;
			goto out;
		}
		area_ids[i] = strdup(db_cell(&r, 0, 0));
		db_rows_free(&r);
	}
	if (db_begin(db) != C2C_OK)
		goto dbfail;
	if (city_id != NULL) {
		struct db_param a[] = { DBP_S(city_id), DBP_S(city_id) };
		long long have;
		if (db_query(db, sql_count, a, 2, &r) != C2C_OK)
			goto rollback;
		have = r.nrows ? atoll(db_cell(&r, 0, 1)) : 0;
		db_rows_free(&r);
		if (have >= cfg->import_max_sources_per_city) {
			db_rollback(db);
			log_cli_err("city '%s' has %lld calendar sources, the most it may have "
			    "(import_max_sources_per_city): remove or reuse one first\n", city, have);
			goto out;
		}
	}
	{
		struct db_param a[] = { DBP_S(name), DBP_S(url), DBP_S(city_id), DBP_I(every),
			DBP_I(enabled), DBP_S(tz) };
		if (db_exec(db, sql_add, strlen(sql_add), a, 6, NULL) != C2C_OK)
			goto rollback;
		id = (long long)db_last_insert_id(db);
	}
	for (i = 0; i < nareas; i++) {
		struct db_param a[] = { DBP_I(id), DBP_S(area_ids[i]) };
		if (db_exec(db, sql_add_area, strlen(sql_add_area), a, 2, NULL) != C2C_OK)
			goto rollback;
	}
	if (db_commit(db) != C2C_OK)
		goto rollback;
	printf("source %lld added: %s%s\n", id, url, enabled ? "" : " (disabled)");
	rc = 0;
	goto out;
rollback:
	db_rollback(db);
dbfail:
	rc = db_fail(db, "source add");
out:
	for (i = 0; i < nareas; i++)
		free(area_ids[i]);
	free(city_id);
	return rc;
}

static int
source_list(struct db *db)
{
	static const char sql[] =
	    "SELECT s.id, IF(s.enabled, 'yes', IF(s.quarantined_until IS NULL, 'no', 'quarant.')), "
	    "COALESCE(s.last_status, 'never'), "
	    "COALESCE(DATE_FORMAT(s.next_fetch_at, '%Y-%m-%d %H:%i'), 'now'), "
	    "(SELECT COUNT(*) FROM events e WHERE e.source_id = s.id AND e.removed_at IS NULL), "
	    "COALESCE(s.name, s.url) FROM calendar_sources s ORDER BY s.id";
	struct db_rows r;
	size_t i;

	if (db_query(db, sql, NULL, 0, &r) != C2C_OK)
		return db_fail(db, "source list");
	printf("%-5s %-7s %-10s %-16s %7s  %s\n", "ID", "ENABLED", "STATUS", "NEXT FETCH (UTC)",
	    "EVENTS", "NAME");
	for (i = 0; i < r.nrows; i++)
		printf("%-5s %-7s %-10s %-16s %7s  %s\n", db_cell(&r, i, 0), db_cell(&r, i, 1),
		    db_cell(&r, i, 2), db_cell(&r, i, 3), db_cell(&r, i, 4), db_cell(&r, i, 5));
	if (r.nrows == 0)
		printf("(no sources: add one with c2cctl source add URL)\n");
	db_rows_free(&r);
	return 0;
}

static const char *
or_dash(const char *s)
{
	return s != NULL ? s : "-";
}

static int
source_show(struct db *db, long long id)
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
	static const char *const labels[] = { "id", "name", "url", "city", "every (minutes)",
		"enabled", "time zone", "last fetch (UTC)", "next fetch (UTC)", "last status",
		"last error", "failures in a row", "UIDs unstable", "feed refresh hint (minutes)",
		"retry after (UTC)", "etag", "last-modified", "last error (public)",
		"strikes in a row", "quarantined until (UTC)", "quarantine reason", "areas", "events" };
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	size_t i;

	if (db_query(db, sql, a, 1, &r) != C2C_OK)
		return db_fail(db, "source show");
	if (r.nrows == 0) {
		log_cli_err("no source %lld\n", id);
		db_rows_free(&r);
		return 1;
	}
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		printf("%-28s %s\n", labels[i], or_dash(db_cell(&r, 0, i)));
	db_rows_free(&r);
	if (db_query(db, sql_runs, a, 1, &r) != C2C_OK)
		return db_fail(db, "source show");
	printf("\nlast runs:\n");
	for (i = 0; i < r.nrows; i++)
		printf("  run %s  %s  %-9s HTTP %s, %s bytes: +%s ~%s -%s =%s, %s skipped  %s %s%s%s\n",
		    db_cell(&r, i, 0), db_cell(&r, i, 1),
		    db_cell_is(&r, i, 2, "running") && *db_cell(&r, i, 11) == '\0' ?
		    "running/interrupted" : db_cell(&r, i, 2),
		    db_cell(&r, i, 3), db_cell(&r, i, 4), db_cell(&r, i, 5), db_cell(&r, i, 6),
		    db_cell(&r, i, 7), db_cell(&r, i, 8), db_cell(&r, i, 9), db_cell(&r, i, 11),
		    db_cell(&r, i, 12), *db_cell(&r, i, 10) ? "\n      error: " : "", db_cell(&r, i, 10));
	if (r.nrows == 0)
		printf("  (none yet: c2cctl import --source %lld)\n", id);
	db_rows_free(&r);
	return 0;
}

static int
source_enable(struct db *db, long long id, int on)
{
	static const char sql[] =
	    "UPDATE calendar_sources SET enabled = ?, next_fetch_at = IF(? = 1, NULL, next_fetch_at) "
	    "WHERE id = ?";
	struct db_param a[] = { DBP_I(on), DBP_I(on), DBP_I(id) };
	unsigned long long n = 0;

	if (db_exec(db, sql, strlen(sql), a, 3, &n) != C2C_OK)
		return db_fail(db, on ? "source enable" : "source disable");
	if (n == 0) {
		/* No row changed: either no such source or already so. */
		struct db_rows r;
		if (db_query(db, "SELECT id FROM calendar_sources WHERE id = ?", &a[2], 1, &r) != C2C_OK)
			return db_fail(db, "source");
		n = r.nrows;
		db_rows_free(&r);
		if (n == 0) {
			log_cli_err("no source %lld\n", id);
			return 1;
		}
	}
	printf("source %lld %s\n", id, on ? "enabled: due now" : "disabled: its events stay as they are");
	return 0;
}

int
cmd_source(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	long long id;

	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return source_add(db, cfg, argc - 1, argv + 1);
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return db ? source_list(db) : 0;
	if (argc == 3 && parse_id(argv[2], &id) == 0 && (strcmp(argv[1], "show") == 0 ||
	    strcmp(argv[1], "disable") == 0 || strcmp(argv[1], "enable") == 0)) {
		if (db == NULL)
			return 0;
		if (strcmp(argv[1], "show") == 0)
			return source_show(db, id);
		if (strcmp(argv[1], "disable") == 0)
			return source_enable(db, id, 0);
		if (strcmp(argv[1], "enable") == 0)
			return source_enable(db, id, 1);
	}
	fprintf(stderr, "usage: c2cctl source add URL [options] | list | show ID | enable ID | disable ID\n");
	return 2;
}

static void
human_bytes(long long n, char *out, size_t len)
{
	if (n < 10 * 1024)
		snprintf(out, len, "%lld B", n);
	else if (n < 10 * 1024 * 1024)
		snprintf(out, len, "%.1f KiB", (double)n / 1024);
	else
		snprintf(out, len, "%.1f MiB", (double)n / (1024 * 1024));
}

static void
print_report(long long id, size_t k, size_t n, const struct import_report *rep, int dry_run)
{
	char bytes[32];

	printf("[%zu/%zu] source %lld \"%s\": %s%s", k, n, id, rep->name,
	    dry_run && rep->status == IMPORT_OK ? "would store" : import_status_name(rep->status),
	    dry_run ? " (dry run)" : "");
	human_bytes(rep->bytes, bytes, sizeof(bytes));
	switch (rep->status) {
	case IMPORT_OK:
		printf(", HTTP %ld, %s, %zu events: %zu added, %zu updated, %zu removed, %zu unchanged, "
		    "%zu skipped%s", rep->http_status, bytes, rep->in_feed, rep->added, rep->updated,
		    rep->removed, rep->unchanged, rep->skipped,
		    rep->uids_unstable ? " (UIDs unstable: matched by content)" : "");
		break;
	case IMPORT_UNCHANGED:
		printf(", HTTP 304: %zu events as they were", rep->unchanged);
		break;
	case IMPORT_FAILED:
		printf(": %s; events kept as they were", rep->error);
		break;
	case IMPORT_BUSY:
		printf(": another importer is at it");
		break;
	case IMPORT_NOT_DUE:
		printf(": just imported by another importer");
		break;
	case IMPORT_DISABLED:
		printf(": enable it with c2cctl source enable %lld", id);
		break;
	}
	printf(" (%.2f s)\n", rep->seconds);
	fflush(stdout);
}

/* What the import callback keeps between sources. */
struct progress {
	struct db *db;
	size_t k, n;
	size_t counts[IMPORT_DISABLED + 1];
	size_t over_budget;
	int dry_run, rc;
};

static void
on_report(void *arg, long long id, enum c2c_err e, const struct import_report *rep)
{
	struct progress *p = arg;

	p->k++;
	if (e == C2C_ENOTFOUND) {
		log_cli_err("no source %lld\n", id);
		p->rc = 1;
		return;
	}
	if (e != C2C_OK) {
		log_cli_err("source %lld: %s\n", id,
		    e == C2C_EDB || e == C2C_EDBDOWN ? db_error(p->db) : c2c_strerror(e));
		p->counts[IMPORT_FAILED]++;
		p->rc = 1;
		return;
	}
	print_report(id, p->k, p->n, rep, p->dry_run);
	p->counts[rep->status]++;
	p->over_budget += rep->status == IMPORT_FAILED && rep->over_budget;
	if (rep->status == IMPORT_FAILED)
		p->rc = 1;
}

int
cmd_import(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	static const struct option longs[] = {
		{ "due", no_argument, NULL, 'd' }, { "all", no_argument, NULL, 'a' },
		{ "source", required_argument, NULL, 's' }, { "dry-run", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 } };
	/* Due sources in turn city by city (the first due of each city, then the second...),
	 * so that one city's many or slow sources cannot hold up another's; a quarantine
	 * over makes a source due again. */
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
	struct import_opts o = { 0, 0, stdout, NULL };
	struct progress p;
	struct import_item *items = NULL;
	long long source = 0;
	char host[256] = "";
	int c, mode = 0;
	size_t i, n;
	struct db_rows r = { 0, 0, NULL, NULL };

	memset(&p, 0, sizeof(p));
	optind = 0;   /* 0: getopt starts afresh (main used "+c:") */
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		if (c == 'n')
			o.dry_run = 1;
		else if (c == 's' && parse_id(optarg, &source) == 0 && mode == 0)
			mode = 's';
		else if ((c == 'd' || c == 'a') && mode == 0)
			mode = c;
		else
			mode = -1;
	}
	if (optind != argc || mode <= 0 || (o.dry_run && mode != 's')) {
		fprintf(stderr, "usage: c2cctl import --due | --all | --source ID [--dry-run]\n");
		return 2;
	}
	if (db == NULL)
		return 0;
	gethostname(host, sizeof(host) - 1);
	o.host = host;
	o.due_only = mode == 'd';
	if (fetch_global_init() != C2C_OK) {
		log_cli_err("cannot initialise libcurl\n");
		return 1;
	}
	srand((unsigned)getpid() ^ (unsigned)time(NULL));
	p.db = db;
	p.dry_run = o.dry_run;
	if (mode == 's') {
		struct import_report rep;
		p.n = 1;
		on_report(&p, source, import_source(db, cfg, source, &o, &rep), &rep);
	} else {
		if (db_query(db, mode == 'd' ? sql_due : sql_all, NULL, 0, &r) != C2C_OK) {
			fetch_global_end();
			return db_fail(db, "import");
		}
		n = r.nrows;
		if ((items = calloc(n + 1, sizeof(*items))) == NULL) {
			db_rows_free(&r);
			fetch_global_end();
			return 1;
		}
		for (i = 0; i < n; i++) {
			items[i].id = atoll(db_cell(&r, i, 0));
			items[i].city = atoll(db_cell(&r, i, 1));
		}
		db_rows_free(&r);
		p.n = n;
		if (import_sources(db, cfg, items, n, &o, on_report, &p) != C2C_OK) {
			log_cli_err("import stopped: out of memory\n");
			p.rc = 1;
		}
		free(items);
	}
	printf("import: %zu source%s: %zu ok, %zu unchanged, %zu failed", p.n, p.n == 1 ? "" : "s",
	    p.counts[IMPORT_OK], p.counts[IMPORT_UNCHANGED], p.counts[IMPORT_FAILED]);
	if (p.over_budget > 0)
		printf(" (%zu over budget)", p.over_budget);
	printf(", %zu busy elsewhere%s\n", p.counts[IMPORT_BUSY] + p.counts[IMPORT_NOT_DUE],
	    o.dry_run ? " (dry run: nothing stored)" : "");
	if (p.counts[IMPORT_DISABLED] > 0)
		p.rc = p.rc ? p.rc : 1;
	fetch_global_end();
	return p.rc;
}

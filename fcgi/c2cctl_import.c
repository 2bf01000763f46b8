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
#include "source_admin.h"

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

/* The command line's word for a field of the web's source table. */
static const char *
option_of(const char *field)
{
	static const struct {
		const char *field, *option;
	} o[] = { { "url", "URL" }, { "name", "--name" }, { "city", "--city" },
		{ "refresh-minutes", "--every" }, { "enabled", "--disabled" }, { "tzid", "--tz" },
		{ "area", "--area" } };
	size_t i;

	for (i = 0; i < sizeof(o) / sizeof(o[0]); i++)
		if (strcmp(o[i].field, field) == 0)
			return o[i].option;
	return field;
}

/* Prints the web's reasons for refusing a new source, one line each, with the web's code
 * (as /sources answers it, 422) and the field's range where it has one. */
static void
print_problems(const struct field_errors *errs)
{
	const struct edit_resource *r = source_resource();
	size_t i;

	for (i = 0; i < errs->n; i++) {
		const struct field_error *e = &errs->v[i];
		int k = edit_field_index(r, e->field);
		log_cli_err("%s: %s", option_of(e->field), fe_message(e->code, "en"));
		if (k >= 0 && r->f[k].type == EF_INT && e->code == FE_INTEGER)
			fprintf(stderr, " (minutes from %lld to %lld)", r->f[k].min, r->f[k].max);
		else if (k >= 0 && (e->code == FE_TOO_LONG || e->code == FE_LINE))
			fprintf(stderr, " (one line of at most %lld bytes)", r->f[k].max);
		if (e->detail[0] != '\0')
			fprintf(stderr, " ('%s')", e->detail);
		fprintf(stderr, " [%s]\n", fe_name(e->code));
	}
}

static int
cmd_source_add(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	static const struct option longs[] = {
		{ "name", required_argument, NULL, 'n' }, { "city", required_argument, NULL, 'c' },
		{ "area", required_argument, NULL, 'a' }, { "every", required_argument, NULL, 'e' },
		{ "tz", required_argument, NULL, 'z' }, { "disabled", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 } };
	struct source_new in;
	struct edit_values v;
	struct field_errors errs = { NULL, 0, 0, 0 };
	struct auth_user u;
	enum write_status st;
	long long id = 0, dup = 0;
	enum c2c_err e;
	int c, rc = 2;
	size_t i;

	memset(&in, 0, sizeof(in));
	memset(&v, 0, sizeof(v));
	optind = 0;   /* 0: getopt starts afresh (main used "+c:") */
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		switch (c) {
		case 'n': in.name = optarg; break;
		case 'c': in.city = optarg; break;
		case 'z': in.tz = optarg; break;
		case 'e': in.every = optarg; break;
		case 'd': in.enabled = "0"; break;
		case 'a':
			if (in.nareas == SOURCE_AREAS_MAX) {
				log_cli_err("at most %d areas\n", SOURCE_AREAS_MAX);
				return 2;
			}
			in.areas[in.nareas++] = optarg;
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
	in.url = argv[optind];
	/* The web's rules first (the same table, the same words), then what only the
	 * command line asks: a name given empty, a zone the system's tzdata knows. */
	if (source_new_check(&in, &v, &errs) != C2C_OK) {
		log_cli_err("out of memory\n");
		goto out;
	}
	/* A city that is not even a slug is no city: told as such once the database is
	 * there (exit 1, as for a slug no city has). */
	for (i = 0; i < errs.n && strcmp(errs.v[i].field, "city") == 0; i++)
		;
	if (fe_any(&errs) && i < errs.n) {
		print_problems(&errs);
		goto out;
	}
	if (in.name != NULL && *in.name == '\0') {
		log_cli_err("--name must not be empty (leave it out for none)\n");
		goto out;
	}
	if (in.tz != NULL && !ics_zone_known(in.tz)) {
		log_cli_err("--tz: '%s' is not a time zone of the system's tzdata "
		    "(such as Europe/Berlin or Asia/Shanghai)\n", in.tz);
		goto out;
	}
	rc = 0;
	if (db == NULL)
		goto out;
	rc = 1;
	if (fe_any(&errs)) {
		log_cli_err("no city '%s' (see /cities)\n", in.city);
		goto out;
	}
	cli_user(&u);
	if ((e = source_add(db, &u, &v, in.areas, in.nareas, cfg->import_max_sources_per_city,
	    &id, &dup, &errs, &st)) != C2C_OK) {
		log_cli_err("source add: %s\n", e == C2C_EDB || e == C2C_EDBDOWN ? db_error(db) :
		    c2c_strerror(e));
	} else if (st == W_CONFLICT) {
		log_cli_err("source %lld already has this URL\n", dup);
	} else if (fe_has(&errs, FE_NO_CITY)) {
		log_cli_err("no city '%s' (see /cities)\n", in.city);
	} else if (fe_has(&errs, FE_CITY_FULL)) {
		log_cli_err("city '%s': %s\n", in.city, fe_message(FE_CITY_FULL, "en"));
	} else if (st != W_DONE) {
		print_problems(&errs);
	} else {
		printf("source %lld added: %s%s\n", id, in.url, in.enabled == NULL ? "" : " (disabled)");
		rc = 0;
	}
out:
	fe_free(&errs);
	edit_values_free(&v);
	return rc;
}

static int
source_list(struct db *db)
{
	struct db_rows r;
	size_t i;

	if (source_list_rows(db, &r) != C2C_OK)
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
	struct db_rows r, runs;
	size_t i;

	if (source_show_rows(db, id, &r, &runs) != C2C_OK)
		return db_fail(db, "source show");
	if (r.nrows == 0) {
		log_cli_err("no source %lld\n", id);
		db_rows_free(&r);
		return 1;
	}
	for (i = 0; i < SOURCE_SHOW_COLS; i++)
		printf("%-28s %s\n", source_show_labels[i], or_dash(db_cell(&r, 0, i)));
	db_rows_free(&r);
	printf("\nlast runs:\n");
	for (i = 0; i < runs.nrows; i++)
		printf("  run %s  %s  %-9s HTTP %s, %s bytes: +%s ~%s -%s =%s, %s skipped  %s %s%s%s\n",
		    db_cell(&runs, i, 0), db_cell(&runs, i, 1),
		    db_cell_is(&runs, i, 2, "running") && *db_cell(&runs, i, 11) == '\0' ?
		    "running/interrupted" : db_cell(&runs, i, 2),
		    db_cell(&runs, i, 3), db_cell(&runs, i, 4), db_cell(&runs, i, 5), db_cell(&runs, i, 6),
		    db_cell(&runs, i, 7), db_cell(&runs, i, 8), db_cell(&runs, i, 9), db_cell(&runs, i, 11),
		    db_cell(&runs, i, 12), *db_cell(&runs, i, 10) ? "\n      error: " : "",
		    db_cell(&runs, i, 10));
	if (runs.nrows == 0)
		printf("  (none yet: c2cctl import --source %lld)\n", id);
	db_rows_free(&runs);
	return 0;
}

static int
source_enable(struct db *db, long long id, int on)
{
	struct auth_user u;
	enum write_status st;

	cli_user(&u);
	if (source_set_enabled(db, &u, id, on, &st) != C2C_OK)
		return db_fail(db, on ? "source enable" : "source disable");
	if (st == W_NOTFOUND) {
		log_cli_err("no source %lld\n", id);
		return 1;
	}
	printf("source %lld %s\n", id, on ? "enabled: due now" : "disabled: its events stay as they are");
	return 0;
}

int
cmd_source(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	long long id;

	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return cmd_source_add(db, cfg, argc - 1, argv + 1);
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
	struct import_opts o = { 0, 0, stdout, NULL };
	struct progress p;
	struct import_item *items = NULL;
	long long source = 0;
	char host[256] = "";
	int c, mode = 0;
	size_t n;

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
		enum c2c_err e = source_import_queue(db, mode == 'd', &items, &n);
		if (e != C2C_OK) {
			fetch_global_end();
			return e == C2C_ENOMEM ? 1 : db_fail(db, "import");
		}
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

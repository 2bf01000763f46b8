/* c2cctl.c: the c2c command line: migrate, seed, check, match, users and tokens
 * (c2cctl_users.c), and the calendar sources and their import (c2cctl_import.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>
#include <pwd.h>
#include <unistd.h>

#include "c2cctl.h"
#include "cfg.h"
#include "db.h"
#include "labels.h"
#include "log.h"
#include "match_data.h"
#include "migrate.h"

/* The command lines, one or more per command: "c2cctl CMD --help" prints its own. */
static const struct {
	const char *cmd, *line;
} usages[] = {
	{ "migrate", "migrate [-d sqldir]   apply new schema migrations" },
	{ "seed", "seed [-d sqldir]      load the report's seed data once" },
	{ "check", "check                 check the configuration and the database" },
	{ "match", "match [-n N] [-l en|zh] SLUG   suggest partner cities" },
	{ "match", "match --evaluate [--twinnings DIR]   cross-validated test of the matching" },
	{ "user", "user add|role NAME admin|editor|reader [CITY]" },
	{ "user", "user list             who may sign in to edit, and their role" },
	{ "token", "token create NAME admin|editor|reader [CITY]" },
	{ "token", "token list | token revoke ID   API tokens of partner systems" },
	{ "source", "source add URL [--name NAME] [--city SLUG] [--area SLUG]...\n"
	    "                                  [--every MINUTES] [--tz ZONE] [--disabled]" },
	{ "source", "source list | show ID | enable ID | disable ID" },
	{ "import", "import --due | --all | --source ID [--dry-run]" },
	{ "notify", "notify [--retry]       expire, remind, send the e-mails that are due" },
	{ "notify", "notify user NAME [--email ADDR | --no-email] [--lang en|zh] [--mode now|daily|off]" },
	{ "version", "version               the version (also -V, --version)" },
};

/* Prints the usage of cmd (NULL: of every command) to f. */
static void
print_usage(FILE *f, const char *cmd)
{
	size_t i;
	const char *lead = "usage:";

	for (i = 0; i < sizeof(usages) / sizeof(usages[0]); i++) {
		if (cmd != NULL && strcmp(cmd, usages[i].cmd) != 0)
			continue;
		fprintf(f, "%-6s c2cctl [-c config] %s\n", lead, usages[i].line);
		lead = "";
	}
	if (cmd == NULL)
		fprintf(f, "       c2cctl -h | --help | -V | --version\n");
	fprintf(f, "Every command takes -h (--help) and -V (--version).\n"
	    "The configuration is -c (--config), else $C2C_CONF, else " C2C_SYSCONFDIR "/c2c.conf, else,\n"
	    "in a checkout where `make demo` runs, var/demo/c2c.conf.  See c2cctl(1).\n");
}

void
cli_actor(char *out, size_t n)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw != NULL && auth_name_valid(pw->pw_name))
		snprintf(out, n, "c2cctl:%.64s", pw->pw_name);
	else
		snprintf(out, n, "c2cctl:uid %u", (unsigned)getuid());
}

void
cli_user(struct auth_user *u)
{
	memset(u, 0, sizeof(*u));
	u->role = ROLE_ADMIN;
	cli_actor(u->actor, sizeof(u->actor));
	snprintf(u->name, sizeof(u->name), "%s", u->actor);
}

/* A bad command line: the usage on stderr, exit status 2. */
static void
usage(void)
{
	print_usage(stderr, NULL);
	exit(2);
}

static int
version(void)
{
	printf("c2cctl %s\n", C2C_VERSION);
	return 0;
}

/* -h/--help or -V/--version among a command's arguments (before a "--"): GNU's
 * conventions, answered before anything else is read. */
static int
help_or_version(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 'h';
		if (strcmp(argv[i], "-V") == 0 || strcmp(argv[i], "--version") == 0)
			return 'V';
	}
	return 0;
}

static int
cmd_migrate(struct db *db, const char *dir, enum migrate_kind kind)
{
	char err[1024];
	int applied = 0;

	if (migrate_run(db, dir, kind, stdout, &applied, err, sizeof(err)) != C2C_OK) {
		log_cli_err("%s\n", err);
		if (applied > 0)
			log_cli_err("%d file(s) were applied before the failure\n", applied);
		return 1;
	}
	printf("%s: %d file(s) applied from %s%s\n", kind == MIGRATE_SEED ? "seed" : "migrate",
	    applied, dir, kind == MIGRATE_SEED ? "/seed" : "");
	return 0;
}

static int
cmd_check(struct db *db)
{
	struct migrate_counts c;
	unsigned long long version;

	if (db_data_version(db, &version, NULL) != C2C_OK || migrate_counts(db, &c) != C2C_OK) {
		log_cli_err("database: %s\n", db_error(db));
		return 1;
	}
	printf("database ok: %lld migrations, %lld seed files, %lld cities, %lld partnerships, data version %llu\n",
	    c.schema, c.seed, c.cities, c.partnerships, version);
	return 0;
}

/* Loads the profiles, reporting a failure on stderr. */
static struct match_data *
load_profiles(struct db *db)
{
	struct match_data *d = NULL;
	unsigned long long version;
	enum c2c_err rc;

	if ((rc = db_data_version(db, &version, NULL)) != C2C_OK ||
	    (rc = match_data_load(db, version, &d)) != C2C_OK)
		log_cli_err("loading the city profiles: %s\n",
		    rc == C2C_EDB || rc == C2C_EDBDOWN ? db_error(db) : c2c_strerror(rc));
	return d;
}

static int
cmd_evaluate(struct db *db, const struct c2c_cfg *cfg, const char *twinnings)
{
	struct match_data *d = load_profiles(db);
	int rc;

	if (d == NULL)
		return 1;
	rc = cmd_match_evaluate(d, cfg, twinnings);
	match_data_free(d);
	return rc;
}

static int
cmd_match(struct db *db, const struct c2c_cfg *cfg, const char *slug, int n, const char *lang)
{
	struct match_data *d = load_profiles(db);
	struct match_scratch *x = NULL;
	struct match_result *res = NULL;
	struct match_filter f = { 0, 0, NULL, NULL };
	struct match_names names;
	struct buf why = BUF_INIT;
	uint32_t existing[256];
	size_t k, i;
	long city;
	int rc = 1, zh = strcmp(lang, "zh") == 0;

	if (d == NULL)
		return 1;
	names = match_data_namer(d);
	if ((city = match_data_city(d, slug)) < 0) {
		log_cli_err("no city '%s'\n", slug);
		goto out;
	}
	if ((x = match_scratch_new(d->set)) == NULL || (res = calloc((size_t)n, sizeof(*res))) == NULL) {
		log_cli_err("out of memory\n");
		goto out;
	}
	k = match_existing(d->set, (uint32_t)city, existing, sizeof(existing) / sizeof(existing[0]));
	printf("%s: %zu existing partner(s)", d->cities[city].name_en, k);
	for (i = 0; i < k; i++)
		printf("%s %s", i ? "," : "", d->cities[existing[i]].name_en);
	printf("\n");
	k = match_rank(d->set, (uint32_t)city, &cfg->match_weights, &f, res, (size_t)n, x);
	for (i = 0; i < k; i++) {
		const struct match_city *c = &d->cities[res[i].idx];
		char *line, *save = NULL;
		printf("%2zu. %-24s %s  score %.3f\n", i + 1, zh && c->name_zh ? c->name_zh : c->name_en,
		    c->country, res[i].score);
		buf_reset(&why);
		if (match_explain(d->set, (uint32_t)city, &res[i], lang, &names, &why) == C2C_OK && why.data)
			for (line = strtok_r(why.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
				printf("      %s\n", line);
	}
	rc = 0;
out:
	buf_free(&why);
	free(res);
	match_scratch_free(x);
	match_data_free(d);
	return rc;
}

/* The configuration when -c is not given: $C2C_CONF, the installed one, or the demo's when
 * run from a checkout where `make demo` runs (so that a person trying c2c out needs no -c). */
static const char *
find_config(void)
{
	const char *env = getenv("C2C_CONF");

	if (env != NULL && *env != '\0')
		return env;
	if (access(C2C_SYSCONFDIR "/c2c.conf", F_OK) != 0 && access("var/demo/c2c.conf", R_OK) == 0) {
		log_cli_err("using the demo's configuration, var/demo/c2c.conf\n");
		return "var/demo/c2c.conf";
	}
	return C2C_SYSCONFDIR "/c2c.conf";
}

int
main(int argc, char **argv)
{
	static const struct option top[] = { { "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' }, { "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 } };
	const char *cfgpath = NULL, *cmd, *dir = NULL, *lang = "en";
	int evaluate = 0, n = 10, sub;
	const char *twinnings = NULL;   /* match --evaluate --twinnings DIR */
	struct c2c_cfg cfg;
	struct db *db;
	char err[600];
	int c, rc;

	log_set_ident("c2cctl");
	/* "+": options up to the command are c2cctl's, the rest the command's. */
	while ((c = getopt_long(argc, argv, "+c:hV", top, NULL)) != -1) {
		if (c == 'h') {
			print_usage(stdout, NULL);
			return 0;
		}
		if (c == 'V')
			return version();
		if (c != 'c')
			usage();
		cfgpath = optarg;
	}
	if (optind >= argc)
		usage();
	cmd = argv[optind];
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "help") == 0) {
		if (optind + 1 != argc)
			usage();
		if (cmd[0] == 'h')
			print_usage(stdout, NULL);
		return cmd[0] == 'h' ? 0 : version();
	}
	if (strcmp(cmd, "migrate") != 0 && strcmp(cmd, "seed") != 0 && strcmp(cmd, "check") != 0 &&
	    strcmp(cmd, "match") != 0 && strcmp(cmd, "source") != 0 && strcmp(cmd, "import") != 0 &&
	    strcmp(cmd, "user") != 0 && strcmp(cmd, "token") != 0 && strcmp(cmd, "notify") != 0) {
		log_cli_err("no command '%s'", cmd);
		usage();
	}
	optind++;
	sub = optind;
	switch (help_or_version(argc - sub, argv + sub)) {
	case 'h':
		print_usage(stdout, cmd);
		return 0;
	case 'V':
		return version();
	}
	cfg_defaults(&cfg);
	labels_preload(cfgpath);   /* labels: the argument checks' field errors (lib/labels.h) */
	if (strcmp(cmd, "source") == 0 || strcmp(cmd, "import") == 0 || strcmp(cmd, "user") == 0 ||
	    strcmp(cmd, "token") == 0 || strcmp(cmd, "notify") == 0) {
		/* Their own arguments, checked by their own code without a database. */
		if (strcmp(cmd, "source") == 0)
			rc = cmd_source(NULL, &cfg, argc - sub + 1, argv + sub - 1);
		else if (strcmp(cmd, "import") == 0)
			rc = cmd_import(NULL, &cfg, argc - sub + 1, argv + sub - 1);
		else if (strcmp(cmd, "notify") == 0)
			rc = cmd_notify(NULL, &cfg, argc - sub + 1, argv + sub - 1);
		else
			rc = (strcmp(cmd, "user") == 0 ? cmd_user : cmd_token)(NULL, argc - sub, argv + sub);
		if (rc == 2 && (strcmp(cmd, "user") == 0 || strcmp(cmd, "token") == 0 ||
		    strcmp(cmd, "notify") == 0)) {
			print_usage(stderr, cmd);
			return 2;
		}
		if (rc != 0)
			return rc;
	} else if (strcmp(cmd, "match") == 0) {
		static const struct option longs[] = { { "evaluate", no_argument, NULL, 'e' },
			{ "twinnings", required_argument, NULL, 't' }, { NULL, 0, NULL, 0 } };
		while ((c = getopt_long(argc, argv, "n:l:", longs, NULL)) != -1) {
			if (c == 'e')
				evaluate = 1;
			else if (c == 't')
				twinnings = optarg;
			else if (c == 'n' && (n = atoi(optarg)) >= 1 && n <= 500)
				continue;
			else if (c == 'l' && (strcmp(optarg, "en") == 0 || strcmp(optarg, "zh") == 0))
				lang = optarg;
			else
				usage();
		}
		if (optind != argc - !evaluate || (twinnings != NULL && !evaluate))
			usage();
	} else {
		while ((c = getopt(argc, argv, "d:")) != -1) {
			if (c != 'd' || strcmp(cmd, "check") == 0)
				usage();
			dir = optarg;
		}
		if (optind != argc)
			usage();
	}

	if (cfgpath == NULL)
		cfgpath = find_config();
	if (cfg_load(&cfg, cfgpath, err, sizeof(err)) != C2C_OK) {
		log_cli_err("%s", err);
		return 1;
	}
	if (dir == NULL)
		dir = cfg.sql_dir;
	labels_init(cfg.views_dir);   /* labels: notify's e-mails, match's sentences (lib/labels.h) */
	if (db_library_init() < 0 || (db = db_new(&cfg)) == NULL) {
		log_cli_err("cannot initialise the MariaDB library");
		return 1;
	}
	if (db_connect(db) != C2C_OK) {
		log_cli_err("cannot connect to the database: %s", db_error(db));
		rc = 1;
	} else if (strcmp(cmd, "source") == 0) {
		rc = cmd_source(db, &cfg, argc - sub + 1, argv + sub - 1);
	} else if (strcmp(cmd, "import") == 0) {
		rc = cmd_import(db, &cfg, argc - sub + 1, argv + sub - 1);
	} else if (strcmp(cmd, "notify") == 0) {
		rc = cmd_notify(db, &cfg, argc - sub + 1, argv + sub - 1);
	} else if (strcmp(cmd, "user") == 0 || strcmp(cmd, "token") == 0) {
		rc = (strcmp(cmd, "user") == 0 ? cmd_user : cmd_token)(db, argc - sub, argv + sub);
	} else if (strcmp(cmd, "match") == 0) {
		rc = evaluate ? cmd_evaluate(db, &cfg, twinnings) : cmd_match(db, &cfg, argv[argc - 1], n, lang);
	} else if (strcmp(cmd, "check") == 0) {
		printf("configuration %s ok\n", cfgpath);
		rc = cmd_check(db);
	} else {
		rc = cmd_migrate(db, dir, strcmp(cmd, "seed") == 0 ? MIGRATE_SEED : MIGRATE_SCHEMA);
	}
	db_free(db);
	db_library_end();
	return rc;
}

/* c2cctl.c: the c2c command line: migrate, seed, check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "db.h"
#include "log.h"
#include "migrate.h"

static void
usage(void)
{
	fprintf(stderr,
	    "usage: c2cctl [-c config] migrate [-d sqldir]   apply new schema migrations\n"
	    "       c2cctl [-c config] seed [-d sqldir]      load the report's seed data once\n"
	    "       c2cctl [-c config] check                 check the configuration and the database\n"
	    "       c2cctl version\n");
	exit(2);
}

static int
cmd_migrate(struct db *db, const char *dir, enum migrate_kind kind)
{
	char err[1024];
	int applied = 0;

	if (migrate_run(db, dir, kind, stdout, &applied, err, sizeof(err)) != C2C_OK) {
		fprintf(stderr, "c2cctl: %s\n", err);
		if (applied > 0)
			fprintf(stderr, "c2cctl: %d file(s) were applied before the failure\n", applied);
		return 1;
	}
	printf("%s: %d file(s) applied from %s%s\n", kind == MIGRATE_SEED ? "seed" : "migrate",
	    applied, dir, kind == MIGRATE_SEED ? "/seed" : "");
	return 0;
}

static int
cmd_check(struct db *db)
{
	static const char sql[] =
	    "SELECT (SELECT COUNT(*) FROM schema_migrations WHERE kind = 'schema'), "
	    "(SELECT COUNT(*) FROM schema_migrations WHERE kind = 'seed'), "
	    "(SELECT COUNT(*) FROM cities), (SELECT COUNT(*) FROM partnerships)";
	unsigned long long version;
	struct db_rows r;

	if (db_data_version(db, &version, NULL) != C2C_OK || db_query(db, sql, NULL, 0, &r) != C2C_OK) {
		fprintf(stderr, "c2cctl: database: %s\n", db_error(db));
		return 1;
	}
	printf("database ok: %s migrations, %s seed files, %s cities, %s partnerships, data version %llu\n",
	    db_cell(&r, 0, 0), db_cell(&r, 0, 1), db_cell(&r, 0, 2), db_cell(&r, 0, 3), version);
	db_rows_free(&r);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *cfgpath = C2C_SYSCONFDIR "/c2c.conf", *cmd, *dir = NULL;
	struct c2c_cfg cfg;
	struct db *db;
	char err[600];
	int c, rc;

	log_set_ident("c2cctl");
	while ((c = getopt(argc, argv, "+c:")) != -1) {
		if (c != 'c')
			usage();
		cfgpath = optarg;
	}
	if (optind >= argc)
		usage();
	cmd = argv[optind];
	if (strcmp(cmd, "version") == 0) {
		printf("c2cctl %s\n", C2C_VERSION);
		return 0;
	}
	if (strcmp(cmd, "migrate") != 0 && strcmp(cmd, "seed") != 0 && strcmp(cmd, "check") != 0)
		usage();
	optind++;
	while ((c = getopt(argc, argv, "d:")) != -1) {
		if (c != 'd' || strcmp(cmd, "check") == 0)
			usage();
		dir = optarg;
	}
	if (optind != argc)
		usage();

	cfg_defaults(&cfg);
	if (cfg_load(&cfg, cfgpath, err, sizeof(err)) != C2C_OK) {
		fprintf(stderr, "c2cctl: %s\n", err);
		return 1;
	}
	if (dir == NULL)
		dir = cfg.sql_dir;
	if (db_library_init() < 0 || (db = db_new(&cfg)) == NULL) {
		fprintf(stderr, "c2cctl: cannot initialise the MariaDB library\n");
		return 1;
	}
	if (db_connect(db) != C2C_OK) {
		fprintf(stderr, "c2cctl: cannot connect to the database: %s\n", db_error(db));
		rc = 1;
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

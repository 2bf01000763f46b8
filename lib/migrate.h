/* migrate.h: applies numbered SQL files (NNN_name.sql) once each, in order, recording them
 * in the table schema_migrations. */
#ifndef C2C_MIGRATE_H
#define C2C_MIGRATE_H

#include <stdio.h>

#include "db.h"

enum migrate_kind {
	MIGRATE_SCHEMA,   /* dir/NNN_*.sql: DDL, which MariaDB commits statement by statement */
	MIGRATE_SEED      /* dir/seed/NNN_*.sql: data, each file in one transaction */
};

/* Applies the files of dir not yet applied; reports each one on progress (may be NULL).
 * *applied (may be NULL) gets how many were applied.  On failure err holds
 * "FILE:LINE: reason" and nothing after the failed statement was run. */
enum c2c_err migrate_run(struct db *db, const char *dir, enum migrate_kind kind, FILE *progress,
    int *applied, char *err, size_t errlen);

/* What `c2cctl check` reports: the schema and seed files applied, the cities and the
 * partnerships. */
struct migrate_counts {
	long long schema, seed, cities, partnerships;
};
enum c2c_err migrate_counts(struct db *db, struct migrate_counts *c);

/* 1 when name is a migration file name: three digits, '_', [a-z0-9_]+, ".sql". */
int migrate_name_valid(const char *name);

#endif

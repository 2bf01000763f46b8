/* migrate.c: the migration runner behind "c2cctl migrate" and "c2cctl seed". */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grow.h"
#include "migrate.h"
#include "sqlsplit.h"

static const char create_table[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " name VARCHAR(190) CHARACTER SET ascii NOT NULL PRIMARY KEY,"
    " kind ENUM('schema','seed') NOT NULL,"
    " checksum CHAR(16) CHARACTER SET ascii NOT NULL,"
    " applied_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6)"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

int
migrate_name_valid(const char *n)
{
	size_t len = strlen(n), i;

	if (len < 9 || n[0] < '0' || n[0] > '9' || n[1] < '0' || n[1] > '9' || n[2] < '0' ||
	    n[2] > '9' || n[3] != '_' || strcmp(n + len - 4, ".sql") != 0 || len > 180)
		return 0;
	for (i = 4; i < len - 4; i++)
		if (!((n[i] >= 'a' && n[i] <= 'z') || (n[i] >= '0' && n[i] <= '9') || n[i] == '_'))
			return 0;
	return 1;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* FNV-1a 64, hex: notices a migration edited after it was applied. */
static void
checksum(const char *s, size_t len, char out[17])
{
	unsigned long long h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	snprintf(out, 17, "%016llx", h);
}

static int
read_file(const char *path, struct buf *b)
{
	char chunk[8192];
	size_t n;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_append(b, chunk, n) < 0) {
			fclose(f);
			errno = ENOMEM;
			return -1;
		}
	n = (size_t)ferror(f);
	fclose(f);
	return n ? -1 : 0;
}

struct run_ctx {
	struct db    *db;
	const char   *path;
	char         *err;
	size_t        errlen;
	enum c2c_err  rc;
};

static int
run_statement(void *arg, const char *sql, size_t len, int line)
{
	struct run_ctx *c = arg;

	if ((c->rc = db_exec(c->db, sql, len, NULL, 0, NULL)) != C2C_OK) {
		snprintf(c->err, c->errlen, "%s:%d: %s", c->path, line, db_error(c->db));
		return 1;
	}
	return 0;
}

/* Applies one file; records it in the same transaction for seed files. */
static enum c2c_err
apply_file(struct db *db, const char *path, const char *name, enum migrate_kind kind,
    const struct buf *text, char *err, size_t errlen)
{
	static const char record[] =
	    "INSERT INTO schema_migrations (name, kind, checksum) VALUES (?, ?, ?)";
	struct run_ctx c = { db, path, err, errlen, C2C_OK };
	char sum[17];
	int errline = 0, rc;
	enum c2c_err e;

	checksum(text->data ? text->data : "", text->len, sum);
	if (kind == MIGRATE_SEED && (e = db_begin(db)) != C2C_OK) {
		snprintf(err, errlen, "%s: %s", path, db_error(db));
		return e;
	}
	rc = sql_split(text->data ? text->data : "", text->len, run_statement, &c, &errline);
	if (rc < 0) {
		snprintf(err, errlen, "%s:%d: quote or comment not closed", path, errline);
		c.rc = C2C_EINVAL;
	} else if (rc == 0) {
		struct db_param p[] = { DBP_S(name), DBP_S(kind == MIGRATE_SEED ? "seed" : "schema"),
			DBP_S(sum) };
		if ((c.rc = db_exec(db, record, sizeof(record) - 1, p, 3, NULL)) != C2C_OK)
			snprintf(err, errlen, "%s: recording it: %s", path, db_error(db));
	}
	if (kind == MIGRATE_SEED) {
		if (c.rc == C2C_OK && (c.rc = db_commit(db)) != C2C_OK)
			snprintf(err, errlen, "%s: commit: %s", path, db_error(db));
		if (c.rc != C2C_OK)
			db_rollback(db);
	}
	return c.rc;
}

/* Sorted names of the migration files in dir (malloc'd array of malloc'd names). */
static enum c2c_err
list_files(const char *dir, char ***names, size_t *n, char *err, size_t errlen)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;

	*names = NULL;
	*n = 0;
	if (d == NULL) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return C2C_EIO;
	}
	while ((de = readdir(d)) != NULL) {
		char **nn;
		if (!migrate_name_valid(de->d_name))
			continue;
		if ((nn = grow(*names, *n, &cap, sizeof(*nn), 16)) == NULL)
			goto nomem;
		*names = nn;
		if (((*names)[*n] = strdup(de->d_name)) == NULL)
			goto nomem;
		(*n)++;
	}
	closedir(d);
	if (*n > 0)
		qsort(*names, *n, sizeof(**names), cmp_names);
	return C2C_OK;
nomem:
	closedir(d);
	snprintf(err, errlen, "%s: out of memory", dir);
	return C2C_ENOMEM;
}

enum c2c_err
migrate_run(struct db *db, const char *dir, enum migrate_kind kind, FILE *progress,
    int *applied, char *err, size_t errlen)
{
	static const char lookup[] = "SELECT checksum FROM schema_migrations WHERE name = ?";
	char path[1024], **names = NULL;
	size_t n = 0, i;
	enum c2c_err rc;
	int count = 0;

	if (applied)
		*applied = 0;
	snprintf(path, sizeof(path), "%s%s", dir, kind == MIGRATE_SEED ? "/seed" : "");
	if ((rc = db_exec(db, create_table, sizeof(create_table) - 1, NULL, 0, NULL)) != C2C_OK) {
		snprintf(err, errlen, "creating schema_migrations: %s", db_error(db));
		return rc;
	}
	if ((rc = list_files(path, &names, &n, err, errlen)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < n; i++) {
		struct buf text = BUF_INIT;
		struct db_param p[] = { DBP_S(names[i]) };
		struct db_rows r;
		char file[1200], sum[17];

		snprintf(file, sizeof(file), "%s/%s", path, names[i]);
		if (read_file(file, &text) < 0) {
			snprintf(err, errlen, "%s: %s", file, strerror(errno));
			rc = C2C_EIO;
		} else if ((rc = db_query(db, lookup, p, 1, &r)) != C2C_OK) {
			snprintf(err, errlen, "%s: %s", file, db_error(db));
		} else {
			checksum(text.data ? text.data : "", text.len, sum);
			if (r.nrows > 0 && !db_cell_is(&r, 0, 0, sum) && progress)
				fprintf(progress, "warning: %s changed after it was applied; "
				    "write a new migration instead\n", file);
			if (r.nrows == 0) {
				if (progress)
					fprintf(progress, "applying %s\n", file);
				if ((rc = apply_file(db, file, names[i], kind, &text, err, errlen)) == C2C_OK)
					count++;
			}
			db_rows_free(&r);
		}
		buf_free(&text);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (applied)
		*applied = count;
	return rc;
}

enum c2c_err
migrate_counts(struct db *db, struct migrate_counts *c)
{
	static const char sql[] =
	    "SELECT (SELECT COUNT(*) FROM schema_migrations WHERE kind = 'schema'), "
	    "(SELECT COUNT(*) FROM schema_migrations WHERE kind = 'seed'), "
	    "(SELECT COUNT(*) FROM cities), (SELECT COUNT(*) FROM partnerships)";
	long long *into[] = { &c->schema, &c->seed, &c->cities, &c->partnerships };
	struct db_rows r;
	enum c2c_err rc = db_query(db, sql, NULL, 0, &r);
	size_t i;

	for (i = 0; i < sizeof(into) / sizeof(into[0]); i++)
		*into[i] = rc == C2C_OK && r.nrows == 1 ? db_cell_ll(&r, 0, i, 0) : 0;
	if (rc == C2C_OK)
		db_rows_free(&r);
	return rc;
}

/* db.c: MariaDB access through prepared statements, with reconnection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "db.h"

#define STMT_CACHE 64
#define PARAMS_MAX 32
#define CELL_INITIAL 256

struct db {
	const struct c2c_cfg *cfg;
	MYSQL                *conn;       /* NULL when not connected */
	struct {
		const char *sql;
		MYSQL_STMT *stmt;
	}                     cache[STMT_CACHE];
	size_t                ncache;
	int                   broken;     /* connection failed: drop it once statements are done */
	int                   in_tx;      /* between db_begin and db_commit/db_rollback */
	unsigned long long    insert_id;  /* AUTO_INCREMENT value of the last db_exec */
	unsigned              err_no;
	char                  err[512];
};

int
db_library_init(void)
{
	return mysql_library_init(0, NULL, NULL) == 0 ? 0 : -1;
}

void
db_library_end(void)
{
	mysql_library_end();
}

void
db_thread_init(void)
{
	mysql_thread_init();
}

void
db_thread_end(void)
{
	mysql_thread_end();
}

struct db *
db_new(const struct c2c_cfg *cfg)
{
	struct db *db = calloc(1, sizeof(*db));

	if (db != NULL)
		db->cfg = cfg;
	return db;
}

static void
db_disconnect(struct db *db)
{
	size_t i;

	for (i = 0; i < db->ncache; i++)
		mysql_stmt_close(db->cache[i].stmt);
	db->ncache = 0;
	if (db->conn != NULL)
		mysql_close(db->conn);
	db->conn = NULL;
	db->broken = 0;
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
	free(db);
}

const char *
db_error(const struct db *db)
{
	return db->err;
}

unsigned
db_errno(const struct db *db)
{
	return db->err_no;
}

/* Errors after which the connection is unusable and the server may be away. */
static int
is_connection_error(unsigned e)
{
	switch (e) {
	case CR_CONNECTION_ERROR: case CR_CONN_HOST_ERROR: case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST: case CR_SERVER_LOST_EXTENDED: case CR_SSL_CONNECTION_ERROR:
	case CR_UNKNOWN_HOST: case ER_CONNECTION_KILLED: case ER_SERVER_SHUTDOWN:
	case 4031: /* ER_CLIENT_INTERACTION_TIMEOUT */
		return 1;
	default:
		return 0;
	}
}

/* Records an error and returns the c2c error it maps to.  A broken connection is marked,
 * not closed: its statements may still be in use by the caller. */
static enum c2c_err
db_fail(struct db *db, unsigned no, const char *msg)
{
	db->err_no = no;
	snprintf(db->err, sizeof(db->err), "%s", msg && *msg ? msg : "unknown error");
	if (is_connection_error(no)) {
		db->broken = 1;
		return C2C_EDBDOWN;
	}
	return C2C_EDB;
}

enum c2c_err
db_connect(struct db *db)
{
	const struct c2c_cfg *c = db->cfg;
	unsigned int ct = (unsigned)c->db_connect_timeout, rt = (unsigned)c->db_read_timeout;
	int use_socket = c->db_host[0] == '\0';
	MYSQL *m;

	db_disconnect(db);
	if ((m = mysql_init(NULL)) == NULL) {
		snprintf(db->err, sizeof(db->err), "mysql_init: out of memory");
		return C2C_ENOMEM;
	}
	mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &rt);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* Every DATETIME in c2c is UTC; the session must not convert them. */
	mysql_options(m, MYSQL_INIT_COMMAND, "SET time_zone = '+00:00'");
	if (mysql_real_connect(m, use_socket ? "localhost" : c->db_host, c->db_user,
	    c->db_password, c->db_name, use_socket ? 0 : (unsigned)c->db_port,
	    use_socket ? c->db_socket : NULL, 0) == NULL) {
		unsigned no = mysql_errno(m);
		char msg[400];
		snprintf(msg, sizeof(msg), "%s", mysql_error(m));
		mysql_close(m);
		db_fail(db, no, msg);
		/* Access denied or unknown database are configuration errors, but the effect on a
		 * request is the same: the database is not available. */
		return C2C_EDBDOWN;
	}
	db->conn = m;
	db->err_no = 0;
	db->err[0] = '\0';
	return C2C_OK;
}

static enum c2c_err
db_ensure(struct db *db)
{
	if (db->broken)
		db_disconnect(db);
	/* A transaction dies with its connection: reconnecting in its middle would run the
	 * rest of it in autocommit mode, half a change.  Fail until the caller rolls back. */
	if (db->conn == NULL && db->in_tx) {
		snprintf(db->err, sizeof(db->err), "the connection was lost inside a transaction");
		return C2C_EDBDOWN;
	}
	return db->conn != NULL ? C2C_OK : db_connect(db);
}

static enum c2c_err
stmt_fail(struct db *db, MYSQL_STMT *st)
{
	return db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
}

static enum c2c_err
bind_params(struct db *db, MYSQL_STMT *st, const struct db_param *p, size_t np)
{
	MYSQL_BIND small[PARAMS_MAX], *b = small;
	enum c2c_err rc;
	size_t i;

	if (np != mysql_stmt_param_count(st) || np > 65535) {
		db->err_no = 0;
		snprintf(db->err, sizeof(db->err), "statement wants %lu parameters, got %zu",
		    mysql_stmt_param_count(st), np);
		return C2C_EDB;
	}
	if (np == 0)
		return C2C_OK;
	/* Multi-row inserts bind many; the library copies the array, so it may go after. */
	if (np > PARAMS_MAX && (b = calloc(np, sizeof(*b))) == NULL)
		return C2C_ENOMEM;
	memset(b, 0, np * sizeof(*b));
	for (i = 0; i < np; i++) {
		switch (p[i].type) {
		case DBP_NULL:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DBP_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&p[i].i;
			break;
		case DBP_STR:
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = strlen(p[i].s);
			break;
		}
	}
	rc = mysql_stmt_bind_param(st, b) ? stmt_fail(db, st) : C2C_OK;
	if (b != small)
		free(b);
	return rc;
}

void
db_rows_free(struct db_rows *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; r->cells && i < r->nrows * r->ncols; i++)
		free(r->cells[i]);
	for (i = 0; r->names && i < r->ncols; i++)
		free(r->names[i]);
	free(r->cells);
	free(r->names);
	memset(r, 0, sizeof(*r));
}

const char *
db_cell(const struct db_rows *r, size_t row, size_t col)
{
	if (row >= r->nrows || col >= r->ncols)
		return NULL;
	return r->cells[row * r->ncols + col];
}

/* Fetches every row of an executed statement as text into out. */
static enum c2c_err
fetch_rows(struct db *db, MYSQL_STMT *st, struct db_rows *out)
{
	MYSQL_RES *meta;
	MYSQL_FIELD *fields;
	MYSQL_BIND *b = NULL;
	unsigned long *lens = NULL;
	my_bool *nulls = NULL, *errs = NULL;
	char **bufs = NULL;
	size_t ncols, i, cap = 0;
	enum c2c_err rc = C2C_OK;
	int f;

	memset(out, 0, sizeof(*out));
	if ((meta = mysql_stmt_result_metadata(st)) == NULL)
		return mysql_stmt_errno(st) ? stmt_fail(db, st) : C2C_OK;
	if (mysql_stmt_store_result(st)) {
		mysql_free_result(meta);
		return stmt_fail(db, st);
	}
	ncols = mysql_num_fields(meta);
	fields = mysql_fetch_fields(meta);
	out->ncols = ncols;
	b = calloc(ncols, sizeof(*b));
	lens = calloc(ncols, sizeof(*lens));
	nulls = calloc(ncols, sizeof(*nulls));
	errs = calloc(ncols, sizeof(*errs));
	bufs = calloc(ncols, sizeof(*bufs));
	out->names = calloc(ncols, sizeof(*out->names));
	if (!b || !lens || !nulls || !errs || !bufs || !out->names) {
		rc = C2C_ENOMEM;
		goto done;
	}
	for (i = 0; i < ncols; i++) {
		if ((out->names[i] = strdup(fields[i].name)) == NULL ||
		    (bufs[i] = malloc(CELL_INITIAL)) == NULL) {
			rc = C2C_ENOMEM;
			goto done;
		}
		b[i].buffer_type = MYSQL_TYPE_STRING;
		b[i].buffer = bufs[i];
		b[i].buffer_length = CELL_INITIAL;
		b[i].length = &lens[i];
		b[i].is_null = &nulls[i];
		b[i].error = &errs[i];
	}
	if (mysql_stmt_bind_result(st, b)) {
		rc = stmt_fail(db, st);
		goto done;
	}
	while ((f = mysql_stmt_fetch(st)) == 0 || f == MYSQL_DATA_TRUNCATED) {
		if (out->nrows == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char **nc = realloc(out->cells, ncap * ncols * sizeof(*nc));
			if (nc == NULL) {
				rc = C2C_ENOMEM;
				goto done;
			}
			out->cells = nc;
			cap = ncap;
		}
		/* Count the row first, its cells NULL, so db_rows_free can free a partial row. */
		for (i = 0; i < ncols; i++)
			out->cells[out->nrows * ncols + i] = NULL;
		out->nrows++;
		for (i = 0; i < ncols; i++) {
			char **cell = &out->cells[(out->nrows - 1) * ncols + i];
			if (nulls[i])
				continue;
			if ((*cell = malloc(lens[i] + 1)) == NULL) {
				rc = C2C_ENOMEM;
				goto done;
			}
			if (lens[i] <= CELL_INITIAL) {
				memcpy(*cell, bufs[i], lens[i]);
			} else {
				/* Truncated: fetch this column again into a buffer of the right size. */
				MYSQL_BIND one;
				memset(&one, 0, sizeof(one));
				one.buffer_type = MYSQL_TYPE_STRING;
				one.buffer = *cell;
				one.buffer_length = lens[i];
				if (mysql_stmt_fetch_column(st, &one, (unsigned)i, 0)) {
					rc = stmt_fail(db, st);
					goto done;
				}
			}
			(*cell)[lens[i]] = '\0';
		}
	}
	if (f == 1)
		rc = stmt_fail(db, st);
done:
	for (i = 0; bufs && i < ncols; i++)
		free(bufs[i]);
	free(bufs);
	free(errs);
	free(nulls);
	free(lens);
	free(b);
	mysql_stmt_free_result(st);
	mysql_free_result(meta);
	if (rc != C2C_OK)
		db_rows_free(out);
	return rc;
}

/* The cached prepared statement for sql, preparing it on first use. */
static enum c2c_err
cached_stmt(struct db *db, const char *sql, MYSQL_STMT **out)
{
	MYSQL_STMT *st;
	size_t i;

	for (i = 0; i < db->ncache; i++)
		if (db->cache[i].sql == sql) {
			*out = db->cache[i].stmt;
			return C2C_OK;
		}
	if ((st = mysql_stmt_init(db->conn)) == NULL)
		return C2C_ENOMEM;
	if (mysql_stmt_prepare(st, sql, strlen(sql))) {
		enum c2c_err rc = stmt_fail(db, st);
		mysql_stmt_close(st);
		return rc;
	}
	if (db->ncache == STMT_CACHE) {   /* full: evict the oldest */
		mysql_stmt_close(db->cache[0].stmt);
		memmove(&db->cache[0], &db->cache[1], (STMT_CACHE - 1) * sizeof(db->cache[0]));
		db->ncache--;
	}
	db->cache[db->ncache].sql = sql;
	db->cache[db->ncache].stmt = st;
	db->ncache++;
	*out = st;
	return C2C_OK;
}

enum c2c_err
db_query(struct db *db, const char *sql, const struct db_param *p, size_t np, struct db_rows *out)
{
	enum c2c_err rc = C2C_OK;
	int attempt;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	for (attempt = 0; attempt < 2; attempt++) {
		MYSQL_STMT *st = NULL;
		int was_connected = db->conn != NULL;

		if ((rc = db_ensure(db)) != C2C_OK)
			return rc;
		if ((rc = cached_stmt(db, sql, &st)) == C2C_OK &&
		    (rc = bind_params(db, st, p, np)) == C2C_OK) {
			if (mysql_stmt_execute(st))
				rc = stmt_fail(db, st);
			else if (out != NULL)
				rc = fetch_rows(db, st, out);
			else
				mysql_stmt_free_result(st);
		}
		if (db->broken)
			db_disconnect(db);
		/* Retry only when an old connection broke: the query is read-only, so running it
		 * again is safe, and a fresh connection failing means the server is away.  Never
		 * inside a transaction (see db_ensure). */
		if (rc != C2C_EDBDOWN || !was_connected || db->in_tx)
			break;
	}
	return rc;
}

enum c2c_err
db_exec(struct db *db, const char *sql, size_t len, const struct db_param *p, size_t np,
    unsigned long long *affected)
{
	MYSQL_STMT *st;
	enum c2c_err rc;

	if ((rc = db_ensure(db)) != C2C_OK)
		return rc;
	if ((st = mysql_stmt_init(db->conn)) == NULL)
		return C2C_ENOMEM;
	if (mysql_stmt_prepare(st, sql, len))
		rc = stmt_fail(db, st);
	else if ((rc = bind_params(db, st, p, np)) == C2C_OK) {
		if (mysql_stmt_execute(st))
			rc = stmt_fail(db, st);
		else {
			if (affected != NULL)
				*affected = mysql_stmt_affected_rows(st);
			db->insert_id = mysql_stmt_insert_id(st);
			/* Drain any result set (a migration may SELECT). */
			if (mysql_stmt_field_count(st) > 0)
				mysql_stmt_store_result(st);
		}
	}
	mysql_stmt_close(st);
	if (db->broken)
		db_disconnect(db);
	return rc;
}

enum c2c_err
db_exec_cached(struct db *db, const char *sql, const struct db_param *p, size_t np,
    unsigned long long *affected)
{
	MYSQL_STMT *st = NULL;
	enum c2c_err rc;

	if ((rc = db_ensure(db)) != C2C_OK)
		return rc;
	if ((rc = cached_stmt(db, sql, &st)) == C2C_OK &&
	    (rc = bind_params(db, st, p, np)) == C2C_OK) {
		if (mysql_stmt_execute(st))
			rc = stmt_fail(db, st);
		else {
			if (affected != NULL)
				*affected = mysql_stmt_affected_rows(st);
			db->insert_id = mysql_stmt_insert_id(st);
		}
	}
	if (db->broken)
		db_disconnect(db);
	return rc;
}

static enum c2c_err
db_exec_const(struct db *db, const char *sql)
{
	return db_exec(db, sql, strlen(sql), NULL, 0, NULL);
}

enum c2c_err
db_begin(struct db *db)
{
	enum c2c_err rc = db_exec_const(db, "START TRANSACTION");

	db->in_tx = rc == C2C_OK;
	return rc;
}

enum c2c_err
db_commit(struct db *db)
{
	enum c2c_err rc = db_exec_const(db, "COMMIT");

	db->in_tx = 0;
	return rc;
}

void
db_rollback(struct db *db)
{
	if (db->conn != NULL)
		db_exec_const(db, "ROLLBACK");
	db->in_tx = 0;
}

unsigned long long
db_last_insert_id(const struct db *db)
{
	return db->insert_id;
}

enum c2c_err
db_data_version(struct db *db, unsigned long long *version, long long *changed)
{
	static const char sql[] =
	    "SELECT version, UNIX_TIMESTAMP(changed_at) FROM data_version WHERE id = 1";
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	if (r.nrows != 1 || db_cell(&r, 0, 0) == NULL) {
		db_rows_free(&r);
		snprintf(db->err, sizeof(db->err), "data_version has no row 1: was 'c2cctl migrate' run?");
		return C2C_EDB;
	}
	*version = strtoull(db_cell(&r, 0, 0), NULL, 10);
	if (changed != NULL)
		*changed = db_cell(&r, 0, 1) ? strtoll(db_cell(&r, 0, 1), NULL, 10) : 0;
	db_rows_free(&r);
	return C2C_OK;
}

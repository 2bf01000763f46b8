/* db.c: MariaDB access through prepared statements, with reconnection: the connections,
 * the statement cache, result rows, transactions, the data version.  Which server a
 * read goes to is db_replica.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "db.h"
#include "db_impl.h"
#include "grow.h"
#include "log.h"

#define PARAMS_MAX 32
#define CELL_INITIAL 256

long long
db_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

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

/* Owns: the struct db and its connections array (db_free). */
static struct db *
db_alloc(const struct c2c_cfg *cfg, size_t nconns)
{
	struct db *db = calloc(1, sizeof(*db));
	size_t i;

	if (db == NULL)
		return NULL;
	if ((db->conns = calloc(nconns, sizeof(*db->conns))) == NULL) {
		free(db);
		return NULL;
	}
	db->cfg = cfg;
	db->nconns = nconns;
	for (i = 1; i < nconns; i++) {
		db->conns[i].addr = &cfg->db_replicas.a[i - 1];
		db->conns[i].lag = -1;
	}
	return db;
}

struct db *
db_new(const struct c2c_cfg *cfg)
{
	return db_alloc(cfg, 1);
}

struct db *
db_new_split(const struct c2c_cfg *cfg, unsigned seed)
{
	struct db *db = db_alloc(cfg, 1 + (size_t)cfg->db_replicas.n);

	if (db != NULL) {
		db->pref = seed;
		db->stmt_timeout = cfg->db_statement_timeout;
	}
	return db;
}

static void
conn_close(struct conn *c)
{
	size_t i;

	for (i = 0; i < c->ncache; i++)
		mysql_stmt_close(c->cache[i].stmt);
	c->ncache = 0;
	if (c->conn != NULL)
		mysql_close(c->conn);
	c->conn = NULL;
	c->broken = 0;
}

void
db_free(struct db *db)
{
	size_t i;

	if (db == NULL)
		return;
	for (i = 0; i < db->nconns; i++)
		conn_close(&db->conns[i]);
	free(db->conns);
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
db_fail(struct db *db, struct conn *c, unsigned no, const char *msg)
{
	db->err_no = no;
	snprintf(db->err, sizeof(db->err), "%s%s", c->addr ? "replica: " : "",
	    msg && *msg ? msg : "unknown error");
	if (is_connection_error(no)) {
		c->broken = 1;
		return C2C_EDBDOWN;
	}
	return C2C_EDB;
}

/* Opens c (closing what it had): the primary from db_host/db_port/db_socket, a replica
 * from its address; the same user, password and database for both. */
static enum c2c_err
conn_open(struct db *db, struct conn *c)
{
	const struct c2c_cfg *cfg = db->cfg;
	unsigned int ct = (unsigned)cfg->db_connect_timeout, rt = (unsigned)cfg->db_read_timeout;
	const char *host = c->addr ? c->addr->host : cfg->db_host;
	const char *sock = c->addr ? c->addr->socket : cfg->db_socket;
	unsigned port = (unsigned)(c->addr ? c->addr->port : cfg->db_port);
	int use_socket = host[0] == '\0';
	char init[96];
	MYSQL *m;

	conn_close(c);
	if ((m = mysql_init(NULL)) == NULL) {
		snprintf(db->err, sizeof(db->err), "mysql_init: out of memory");
		return C2C_ENOMEM;
	}
	mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &rt);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* Every DATETIME in c2c is UTC; the session must not convert them.  The web's
	 * statements end with its requests (db_statement_timeout). */
	if (db->stmt_timeout > 0)
		snprintf(init, sizeof(init), "SET time_zone = '+00:00', max_statement_time = %d",
		    db->stmt_timeout);
	else
		snprintf(init, sizeof(init), "SET time_zone = '+00:00'");
	mysql_options(m, MYSQL_INIT_COMMAND, init);
	/* The option file's [client], [client-mariadb] and [db_option_group] groups, read as
	 * MariaDB's own tools read them: TLS (ssl-ca, ssl-cert, ssl-key,
	 * ssl-verify-server-cert) and whatever c2c.conf leaves unset.  c2c.conf's values,
	 * passed below, win; an empty db_password leaves the password to the file. */
	if (cfg->db_option_file[0] != '\0') {
		mysql_options(m, MYSQL_READ_DEFAULT_FILE, cfg->db_option_file);
		mysql_options(m, MYSQL_READ_DEFAULT_GROUP, cfg->db_option_group);
	}
	if (mysql_real_connect(m, use_socket ? "localhost" : host, cfg->db_user,
	    cfg->db_password[0] != '\0' ? cfg->db_password : NULL, cfg->db_name, use_socket ? 0 : port,
	    use_socket ? sock : NULL, 0) == NULL) {
		unsigned no = mysql_errno(m);
		char msg[400];
		snprintf(msg, sizeof(msg), "%s", mysql_error(m));
		mysql_close(m);
		db_fail(db, c, no, msg);
		/* Access denied or unknown database are configuration errors, but the effect on a
		 * request is the same: the database is not available. */
		return C2C_EDBDOWN;
	}
	c->conn = m;
	db->err_no = 0;
	db->err[0] = '\0';
	return C2C_OK;
}

enum c2c_err
db_connect(struct db *db)
{
	return conn_open(db, PRIMARY(db));
}

static enum c2c_err
conn_ensure(struct db *db, struct conn *c)
{
	if (c->broken)
		conn_close(c);
	/* A transaction dies with its connection: reconnecting in its middle would run the
	 * rest of it in autocommit mode, half a change.  Fail until the caller rolls back.
	 * Transactions live on the primary only. */
	if (c->conn == NULL && db->in_tx && c == PRIMARY(db)) {
		snprintf(db->err, sizeof(db->err), "the connection was lost inside a transaction");
		return C2C_EDBDOWN;
	}
	return c->conn != NULL ? C2C_OK : conn_open(db, c);
}

static enum c2c_err
stmt_fail(struct db *db, struct conn *c, MYSQL_STMT *st)
{
	return db_fail(db, c, mysql_stmt_errno(st), mysql_stmt_error(st));
}

static enum c2c_err
bind_params(struct db *db, struct conn *c, MYSQL_STMT *st, const struct db_param *p, size_t np)
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
	rc = mysql_stmt_bind_param(st, b) ? stmt_fail(db, c, st) : C2C_OK;
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

long long
db_cell_ll(const struct db_rows *r, size_t row, size_t col, long long fallback)
{
	const char *s = db_cell(r, row, col);

	return s != NULL ? strtoll(s, NULL, 10) : fallback;
}

unsigned long long
db_cell_ull(const struct db_rows *r, size_t row, size_t col)
{
	const char *s = db_cell(r, row, col);

	return s != NULL ? strtoull(s, NULL, 10) : 0;
}

double
db_cell_double(const struct db_rows *r, size_t row, size_t col, double fallback)
{
	const char *s = db_cell(r, row, col);

	return s != NULL ? strtod(s, NULL) : fallback;
}

int
db_col(const struct db_rows *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return (int)i;
	return -1;
}

int
db_cell_is(const struct db_rows *r, size_t row, size_t col, const char *s)
{
	const char *c = db_cell(r, row, col);

	return c != NULL && s != NULL && strcmp(c, s) == 0;
}

/* Fetches every row of an executed statement as text into out. */
static enum c2c_err
fetch_rows(struct db *db, struct conn *c, MYSQL_STMT *st, struct db_rows *out)
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
		return mysql_stmt_errno(st) ? stmt_fail(db, c, st) : C2C_OK;
	if (mysql_stmt_store_result(st)) {
		mysql_free_result(meta);
		return stmt_fail(db, c, st);
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
		rc = stmt_fail(db, c, st);
		goto done;
	}
	while ((f = mysql_stmt_fetch(st)) == 0 || f == MYSQL_DATA_TRUNCATED) {
		char **nc = grow(out->cells, out->nrows, &cap, ncols * sizeof(*nc), 16);
		if (nc == NULL) {
			rc = C2C_ENOMEM;
			goto done;
		}
		out->cells = nc;
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
					rc = stmt_fail(db, c, st);
					goto done;
				}
			}
			(*cell)[lens[i]] = '\0';
		}
	}
	if (f == 1)
		rc = stmt_fail(db, c, st);
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
cached_stmt(struct db *db, struct conn *c, const char *sql, MYSQL_STMT **out)
{
	MYSQL_STMT *st;
	size_t i;

	for (i = 0; i < c->ncache; i++)
		if (c->cache[i].sql == sql) {
			*out = c->cache[i].stmt;
			return C2C_OK;
		}
	if ((st = mysql_stmt_init(c->conn)) == NULL)
		return C2C_ENOMEM;
	if (mysql_stmt_prepare(st, sql, strlen(sql))) {
		enum c2c_err rc = stmt_fail(db, c, st);
		mysql_stmt_close(st);
		return rc;
	}
	if (c->ncache == STMT_CACHE) {   /* full: evict the oldest */
		mysql_stmt_close(c->cache[0].stmt);
		memmove(&c->cache[0], &c->cache[1], (STMT_CACHE - 1) * sizeof(c->cache[0]));
		c->ncache--;
	}
	c->cache[c->ncache].sql = sql;
	c->cache[c->ncache].stmt = st;
	c->ncache++;
	*out = st;
	return C2C_OK;
}


/* Runs a read-only statement once on c (connecting first when needed). */
enum c2c_err
db_conn_query(struct db *db, struct conn *c, const char *sql, const struct db_param *p, size_t np,
    struct db_rows *out)
{
	MYSQL_STMT *st = NULL;
	enum c2c_err rc;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	if ((rc = conn_ensure(db, c)) != C2C_OK)
		return rc;
	if ((rc = cached_stmt(db, c, sql, &st)) == C2C_OK &&
	    (rc = bind_params(db, c, st, p, np)) == C2C_OK) {
		if (mysql_stmt_execute(st))
			rc = stmt_fail(db, c, st);
		else if (out != NULL)
			rc = fetch_rows(db, c, st, out);
		else
			mysql_stmt_free_result(st);
	}
	if (c->broken)
		conn_close(c);
	return rc;
}

/* ---- Statements --------------------------------------------------------------------- */

enum c2c_err
db_query(struct db *db, const char *sql, const struct db_param *p, size_t np, struct db_rows *out)
{
	enum c2c_err rc = C2C_OK;
	int attempt;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	for (attempt = 0; attempt < 3; attempt++) {
		/* Inside a transaction every statement belongs to it, on the primary. */
		struct conn *c = db->in_tx ? PRIMARY(db) : &db->conns[db->rd];
		int was_connected = c->conn != NULL;

		rc = db_conn_query(db, c, sql, p, np, out);
		if (rc != C2C_EDBDOWN || db->in_tx)
			break;
		if (c != PRIMARY(db)) {
			/* A replica went away under us: the rest of this request, and the next ones
			 * until it is checked again, read from the primary. */
			c->state = REPLICA_AWAY;
			c->away_until = db_now_ms() + 10LL * db->cfg->db_replica_check_ms;
			log_warn("replica %zu went away: %s", (size_t)(c - db->conns), db->err);
			db->rd = 0;
			continue;
		}
		if ((db->rd = db_read_fallback(db)) != 0)
			continue;
		/* Retry only when an old connection broke: the query is read-only, so running it
		 * again is safe, and a fresh connection failing means the server is away. */
		if (!was_connected)
			break;
	}
	return rc;
}

/* Binds p to the prepared statement st of the primary c and runs it: the rows it
 * changed in *affected (may be NULL), its AUTO_INCREMENT value, and that this request
 * wrote (reads then stay on the primary). */
static enum c2c_err
execute_write(struct db *db, struct conn *c, MYSQL_STMT *st, const struct db_param *p,
    size_t np, unsigned long long *affected)
{
	enum c2c_err rc;

	if ((rc = bind_params(db, c, st, p, np)) != C2C_OK)
		return rc;
	if (mysql_stmt_execute(st))
		return stmt_fail(db, c, st);
	if (affected != NULL)
		*affected = mysql_stmt_affected_rows(st);
	db->insert_id = mysql_stmt_insert_id(st);
	db->wrote = 1;
	return C2C_OK;
}

enum c2c_err
db_exec(struct db *db, const char *sql, size_t len, const struct db_param *p, size_t np,
    unsigned long long *affected)
{
	struct conn *c = PRIMARY(db);
	MYSQL_STMT *st;
	enum c2c_err rc;

	if ((rc = conn_ensure(db, c)) != C2C_OK)
		return rc;
	if ((st = mysql_stmt_init(c->conn)) == NULL)
		return C2C_ENOMEM;
	if (mysql_stmt_prepare(st, sql, len))
		rc = stmt_fail(db, c, st);
	else if ((rc = execute_write(db, c, st, p, np, affected)) == C2C_OK &&
	    mysql_stmt_field_count(st) > 0)
		mysql_stmt_store_result(st);   /* drain any result set (a migration may SELECT) */
	mysql_stmt_close(st);
	if (c->broken)
		conn_close(c);
	return rc;
}

enum c2c_err
db_exec_cached(struct db *db, const char *sql, const struct db_param *p, size_t np,
    unsigned long long *affected)
{
	struct conn *c = PRIMARY(db);
	MYSQL_STMT *st = NULL;
	enum c2c_err rc;

	if ((rc = conn_ensure(db, c)) != C2C_OK)
		return rc;
	if ((rc = cached_stmt(db, c, sql, &st)) == C2C_OK)
		rc = execute_write(db, c, st, p, np, affected);
	if (c->broken)
		conn_close(c);
	return rc;
}

enum c2c_err
db_lookup_id(struct db *db, const char *sql, const char *key, long long *id)
{
	struct db_param p[] = { DBP_S(key) };

	return db_query_id(db, sql, p, 1, id);
}

enum c2c_err
db_query_id(struct db *db, const char *sql, const struct db_param *p, size_t np, long long *id)
{
	char v[64];
	enum c2c_err rc = db_query_text(db, sql, p, np, v, sizeof(v));

	*id = rc == C2C_OK ? strtoll(v, NULL, 10) : 0;
	return rc;
}

enum c2c_err
db_query_text(struct db *db, const char *sql, const struct db_param *p, size_t np, char *out,
    size_t len)
{
	struct db_rows r;
	enum c2c_err rc;
	const char *v;

	out[0] = '\0';
	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1 && (v = db_cell(&r, 0, 0)) != NULL && strlen(v) < len)
		memcpy(out, v, strlen(v) + 1);
	db_rows_free(&r);
	return C2C_OK;
}

enum c2c_err
db_query_row(struct db *db, const char *sql, const struct db_param *p, size_t np,
    struct db_rows *out)
{
	enum c2c_err rc = db_query(db, sql, p, np, out);

	if (rc == C2C_OK && out->nrows == 0) {
		db_rows_free(out);
		rc = C2C_ENOTFOUND;
	}
	return rc;
}

/* The three below share their one parameter's array. */
#define ID_PARAM(id) (struct db_param[]){ DBP_I(id) }

enum c2c_err
db_query_by_id(struct db *db, const char *sql, long long id, struct db_rows *out)
{
	return db_query(db, sql, ID_PARAM(id), 1, out);
}

enum c2c_err
db_row_by_id(struct db *db, const char *sql, long long id, struct db_rows *out)
{
	return db_query_row(db, sql, ID_PARAM(id), 1, out);
}

enum c2c_err
db_number_by_id(struct db *db, const char *sql, long long id, long long *n)
{
	return db_query_id(db, sql, ID_PARAM(id), 1, n);
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
	if (PRIMARY(db)->conn != NULL)
		db_exec_const(db, "ROLLBACK");
	db->in_tx = 0;
}

unsigned long long
db_last_insert_id(const struct db *db)
{
	return db->insert_id;
}

static const char version_sql[] =
    "SELECT version, UNIX_TIMESTAMP(changed_at) FROM data_version WHERE id = 1";

/* The version from its row; r is freed. */
static enum c2c_err
version_of(struct db *db, struct db_rows *r, unsigned long long *version, long long *changed)
{
	if (r->nrows != 1 || db_cell(r, 0, 0) == NULL) {
		db_rows_free(r);
		snprintf(db->err, sizeof(db->err), "data_version has no row 1: was 'c2cctl migrate' run?");
		return C2C_EDB;
	}
	*version = db_cell_ull(r, 0, 0);
	if (changed != NULL)
		*changed = db_cell(r, 0, 1) ? db_cell_ll(r, 0, 1, 0) : 0;
	db_rows_free(r);
	return C2C_OK;
}

enum c2c_err
db_conn_version(struct db *db, struct conn *c, unsigned long long *version, long long *changed)
{
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_conn_query(db, c, version_sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	return version_of(db, &r, version, changed);
}

enum c2c_err
db_data_version(struct db *db, unsigned long long *version, long long *changed)
{
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, version_sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	return version_of(db, &r, version, changed);
}

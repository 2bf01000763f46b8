/* db.h: MariaDB connections with their prepared statements.  Not shared between threads:
 * each worker owns one struct db.  Every statement is prepared; values are always bound.
 * A struct db talks to the primary (db_host, db_port, db_socket) and, when made by
 * db_new_split, reads from the replicas of db_replicas: writes, transactions and their
 * reads always go to the primary (docs/scale-out.md). */
#ifndef C2C_DB_H
#define C2C_DB_H

#include <stddef.h>

#include "cfg.h"
#include "err.h"
#include "replica.h"

enum db_ptype { DBP_NULL, DBP_INT, DBP_STR };

struct db_param {
	enum db_ptype type;
	long long     i;
	const char   *s;     /* borrowed: must live until the call returns */
};

#define DBP_I(v) ((struct db_param){ DBP_INT, (v), NULL })
#define DBP_S(v) ((struct db_param){ (v) != NULL ? DBP_STR : DBP_NULL, 0, (v) })

/* A whole result set, every value as text.  Owned by the caller: db_rows_free. */
struct db_rows {
	size_t  nrows, ncols;
	char  **names;   /* ncols column names (aliases) */
	char  **cells;   /* nrows * ncols; NULL for SQL NULL */
};

struct db;

/* Does not connect: the first query does.  NULL when out of memory.  cfg is borrowed and
 * must outlive the struct db. */
struct db *db_new(const struct c2c_cfg *cfg);
/* The same, but reads may go to cfg's replicas (c2c.fcgi's workers; c2cctl and the
 * importer use db_new: everything on the primary).  seed picks the replica this db
 * prefers, so that workers spread over them.  Its statements end after
 * cfg->db_statement_timeout seconds (c2cctl's, through db_new, never). */
struct db *db_new_split(const struct c2c_cfg *cfg, unsigned seed);
/* Closes every connection and frees db (NULL is fine). */
void db_free(struct db *db);

/* Where the reads of a request go, said at its start: DB_READS_PRIMARY for writes (and
 * the reads that decide them), DB_READS_REPLICA for the rest: a fit replica (running,
 * at most db_replica_max_lag behind; checked every db_replica_check_ms), else the
 * primary, else, when the primary is away, a stale replica rather than none.
 * after_gtid (borrowed, may be NULL): a write the client made; the replica must have
 * applied it within db_gtid_wait_ms, else the primary answers.  Also resets db_wrote.
 * A db_new db reads from the primary whatever is said. */
enum db_reads { DB_READS_PRIMARY, DB_READS_REPLICA };
void db_reads(struct db *db, enum db_reads mode, const char *after_gtid);
/* The server this request's reads use now: 0 the primary, i the i-th of db_replicas
 * (it changes when a server fails in the middle).  db_servers: 1 + the replicas. */
size_t db_read_server(const struct db *db);
size_t db_servers(const struct db *db);
/* Whether a write succeeded on the primary since db_reads. */
int db_wrote(const struct db *db);
/* The GTID of the last transaction this db committed on the primary (@@last_gtid) into
 * out (len bytes; "" when the primary keeps no binary log). */
enum c2c_err db_write_gtid(struct db *db, char *out, size_t len);

/* What /healthz reports of one server. */
struct db_server_health {
	int                 up;       /* it answered the data version */
	unsigned long long  version;  /* its data version, when up */
	enum replica_state  state;    /* replicas: the verdict (REPLICA_UNKNOWN for the primary) */
	long long           lag;      /* replicas: seconds behind, -1 unknown */
};
/* Asks every server now (an away replica only when its back-off is over): out[0] the
 * primary, out[i] replica i.  Returns how many were filled (at most max). */
size_t db_health(struct db *db, struct db_server_health *out, size_t max);

/* Connects to the primary now (closing any earlier connection).  C2C_EDBDOWN when
 * unreachable. */
enum c2c_err db_connect(struct db *db);

/* Runs a read-only statement, on the server db_reads chose (inside a transaction, on the
 * primary; a replica that fails is left for the primary).  sql is also the cache key of its prepared statement, so
 * pass string constants.  A connection that broke since the last call is reopened and the
 * statement retried once, so the first request after a database restart succeeds.
 * out (may be NULL) receives the rows.  C2C_EDBDOWN when the database is away, C2C_EDB
 * on any other error (see db_error). */
enum c2c_err db_query(struct db *db, const char *sql, const struct db_param *p, size_t np,
    struct db_rows *out);

/* Runs a statement that changes data, on the primary, never retried; sql need not be constant (it is
 * prepared, run and closed).  *affected (may be NULL) gets the affected row count. */
enum c2c_err db_exec(struct db *db, const char *sql, size_t len, const struct db_param *p,
    size_t np, unsigned long long *affected);

/* db_exec for a statement run many times (an import's updates): prepared once and kept
 * like db_query's, so sql must be a constant.  Never retried. */
enum c2c_err db_exec_cached(struct db *db, const char *sql, const struct db_param *p, size_t np,
    unsigned long long *affected);

/* Transactions for db_exec sequences.  Inside one, a lost connection is not reopened
 * (the rest would run outside the transaction): every call fails until db_rollback.
 * db_commit ends the transaction even when it fails. */
enum c2c_err db_begin(struct db *db);
enum c2c_err db_commit(struct db *db);
void db_rollback(struct db *db);
/* The AUTO_INCREMENT id the last db_exec generated (0 when none). */
unsigned long long db_last_insert_id(const struct db *db);

/* The counter behind ETags and caches (table data_version), and when it last changed
 * (seconds since the epoch; changed may be NULL). */
enum c2c_err db_data_version(struct db *db, unsigned long long *version, long long *changed);

/* Last error text and number of this connection (static until the next call). */
const char *db_error(const struct db *db);
unsigned db_errno(const struct db *db);

/* The id in the first column of the one row that sql (a constant with one text
 * parameter, key) finds, or 0 when it finds none or several. */
enum c2c_err db_lookup_id(struct db *db, const char *sql, const char *key, long long *id);
/* The same with any parameters: the first column of the one row sql finds (a number: an
 * id, a count, a version), 0 when it finds none or several or the cell is NULL. */
enum c2c_err db_query_id(struct db *db, const char *sql, const struct db_param *p, size_t np,
    long long *id);
/* The first column of the one row sql finds, as text, into out (len bytes): "" when it
 * finds none or several, or the cell is NULL or longer than len - 1. */
enum c2c_err db_query_text(struct db *db, const char *sql, const struct db_param *p, size_t np,
    char *out, size_t len);
/* db_query for the one row sql finds: C2C_ENOTFOUND (out freed) when it finds none, the
 * "one row, else 404" of every item page.  out is the caller's to free on C2C_OK. */
enum c2c_err db_query_row(struct db *db, const char *sql, const struct db_param *p, size_t np,
    struct db_rows *out);
/* The commonest statements take one parameter, an id: db_query, db_query_row and
 * db_query_id for them, without the caller's one-element parameter array. */
enum c2c_err db_query_by_id(struct db *db, const char *sql, long long id, struct db_rows *out);
enum c2c_err db_row_by_id(struct db *db, const char *sql, long long id, struct db_rows *out);
enum c2c_err db_number_by_id(struct db *db, const char *sql, long long id, long long *n);

/* Cell access; NULL for SQL NULL or out of range. */
const char *db_cell(const struct db_rows *r, size_t row, size_t col);
/* Typed cell access that a SQL NULL cannot crash: every column a writer may leave empty
 * (or a LEFT JOIN may miss) reads as the fallback.  Use these, not strcmp/strtoll on
 * db_cell, which is NULL for a NULL. */
long long db_cell_ll(const struct db_rows *r, size_t row, size_t col, long long fallback);
unsigned long long db_cell_ull(const struct db_rows *r, size_t row, size_t col);
double db_cell_double(const struct db_rows *r, size_t row, size_t col, double fallback);
/* 1 when the cell is exactly s (never when either is NULL). */
int db_cell_is(const struct db_rows *r, size_t row, size_t col, const char *s);
/* Column index of name in r, or -1. */
int db_col(const struct db_rows *r, const char *name);
void db_rows_free(struct db_rows *r);

/* Once per process before threads, and once per thread that uses a struct db. */
int db_library_init(void);
void db_library_end(void);
void db_thread_init(void);
void db_thread_end(void);

#endif

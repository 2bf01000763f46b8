/* db_impl.h: the insides of struct db that db.c and db_replica.c share (internal to
 * them; everyone else goes through db.h). */
#ifndef C2C_DB_IMPL_H
#define C2C_DB_IMPL_H

#include <mysql.h>

#include "db.h"
#include "replica.h"

#define STMT_CACHE 64

/* One server connection with its prepared statements.  For a replica, also what its last
 * check found. */
struct conn {
	MYSQL                *conn;       /* NULL when not connected */
	struct {
		const char *sql;
		MYSQL_STMT *stmt;
	}                     cache[STMT_CACHE];
	size_t                ncache;
	int                   broken;     /* connection failed: drop it once statements are done */
	const struct replica_addr *addr;  /* a replica's address; NULL for the primary */
	enum replica_state    state;      /* replicas: the verdict of the last check */
	long long             lag;        /* replicas: seconds behind then, -1 unknown */
	long long             checked_ms; /* monotonic time of the last check; 0 never */
	long long             away_until; /* monotonic ms: not tried again before (0: try) */
};

/* conns[0] is the primary; conns[1..] the replicas of db_replicas (split only). */
struct db {
	const struct c2c_cfg *cfg;
	struct conn          *conns;
	size_t                nconns;
	size_t                rd;         /* the connection this request's reads use */
	unsigned              pref;       /* which replica this db prefers (spreads workers) */
	int                   stmt_timeout; /* seconds of max_statement_time; 0: none */
	int                   replica_ok; /* this request's reads may use a replica */
	int                   wrote;      /* a write succeeded on the primary in this request */
	int                   in_tx;      /* between db_begin and db_commit/db_rollback */
	unsigned long long    insert_id;  /* AUTO_INCREMENT value of the last db_exec */
	unsigned              err_no;
	char                  err[512];
};

#define PRIMARY(db) (&(db)->conns[0])

/* Monotonic milliseconds. */
long long db_now_ms(void);
/* Runs a read-only statement once on c (connecting first when needed). */
enum c2c_err db_conn_query(struct db *db, struct conn *c, const char *sql,
    const struct db_param *p, size_t np, struct db_rows *out);
/* The data version on one server. */
enum c2c_err db_conn_version(struct db *db, struct conn *c, unsigned long long *version,
    long long *changed);
/* db_replica.c: the connection a read goes to after the primary failed it (a stale
 * replica rather than none), or 0; marks the primary away for a check interval. */
size_t db_read_fallback(struct db *db);

#endif

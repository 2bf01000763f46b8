/* db_replica.c: which server a worker's reads go to (db.h: db_reads and friends): the
 * replicas' checks (SHOW SLAVE STATUS, judged by replica.c), the pick of a fit one
 * (spread by the worker's preference), the fallback to a stale one while the primary is
 * away, read-your-writes (GTID wait), and the servers' health. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mysql.h>
#include <mysqld_error.h>

#include "db.h"
#include "db_impl.h"
#include "log.h"

static const char *
cell_named(const struct db_rows *r, const char *name)
{
	int i = db_col(r, name);

	return i < 0 ? NULL : db_cell(r, 0, (size_t)i);
}

/* Asks replica c its state now.  SHOW SLAVE STATUS is prepared like every statement
 * (MariaDB allows SHOW SLAVE STATUS in prepared statements); it needs the SLAVE MONITOR
 * privilege (or SUPER), and a refusal leaves the replica unused, said once in the log. */
static void
replica_check(struct db *db, struct conn *c, long long now)
{
	static const char sql[] = "SHOW SLAVE STATUS";
	enum replica_state was = c->state;
	struct db_rows r;
	enum c2c_err rc;

	c->checked_ms = now;
	rc = db_conn_query(db, c, sql, NULL, 0, &r);
	if (rc != C2C_OK) {
		c->state = REPLICA_AWAY;
		c->lag = -1;
		/* Ten checks' time: an unreachable host may cost db_connect_timeout each try. */
		c->away_until = now + 10LL * db->cfg->db_replica_check_ms;
		if (was != REPLICA_AWAY)
			log_warn("replica %zu is not used: %s%s", (size_t)(c - db->conns), db->err,
			    db->err_no == ER_SPECIFIC_ACCESS_DENIED_ERROR || db->err_no == ER_ACCESS_DENIED_ERROR ?
			    " (GRANT SLAVE MONITOR ON *.* TO the c2c user)" : "");
		return;
	}
	c->away_until = 0;
	c->state = replica_judge(r.nrows > 0, cell_named(&r, "Slave_IO_Running"),
	    cell_named(&r, "Slave_SQL_Running"), cell_named(&r, "Seconds_Behind_Master"),
	    db->cfg->db_replica_max_lag, &c->lag);
	db_rows_free(&r);
	if (c->state != was && (was != REPLICA_UNKNOWN || c->state != REPLICA_READY))
		log_msg(c->state == REPLICA_READY ? LOG_LVL_INFO : LOG_LVL_WARN,
		    "replica %zu is %s (%lld s behind)", (size_t)(c - db->conns),
		    replica_state_name(c->state), c->lag);
}

/* The index of a fit replica, starting with this db's preferred one; 0 (the primary)
 * when none is fit.  Each is checked when its last check is older than
 * db_replica_check_ms, so a healthy setup costs one SHOW per worker and replica per
 * check interval. */
static size_t
pick_replica(struct db *db, long long now, int stale_too)
{
	size_t n = db->nconns - 1, k;

	for (k = 0; k < n; k++) {
		size_t i = 1 + (db->pref + k) % n;
		struct conn *c = &db->conns[i];

		if (c->state == REPLICA_AWAY && now < c->away_until)
			continue;
		if (c->checked_ms == 0 || now - c->checked_ms >= db->cfg->db_replica_check_ms)
			replica_check(db, c, now);
		if (c->state == REPLICA_READY ||
		    (stale_too && (c->state == REPLICA_LAGGING || c->state == REPLICA_STOPPED)))
			return i;
	}
	return 0;
}

/* The primary failed a read that a replica could have served: a stale replica (lagging,
 * or stopped because it lost that very primary) answers rather than nobody.  Its data is
 * old, but a page of yesterday beats a 503 while the primary is away. */
size_t
db_read_fallback(struct db *db)
{
	long long now = db_now_ms();
	size_t i = db->replica_ok && db->nconns > 1 ? pick_replica(db, now, 1) : 0;

	PRIMARY(db)->away_until = now + db->cfg->db_replica_check_ms;
	return i;
}

void
db_reads(struct db *db, enum db_reads mode, const char *after_gtid)
{
	static const char wait[] = "SELECT MASTER_GTID_WAIT(?, ? / 1000)";
	long long now;

	db->wrote = 0;
	db->rd = 0;
	db->replica_ok = mode == DB_READS_REPLICA && db->nconns > 1;
	if (!db->replica_ok)
		return;
	now = db_now_ms();
	db->rd = pick_replica(db, now, 0);
	/* The primary failed a moment ago: go straight to a stale replica rather than
	 * waiting for the primary's connect timeout on every request. */
	if (db->rd == 0 && PRIMARY(db)->away_until > now)
		db->rd = pick_replica(db, now, 1);
	if (db->rd != 0 && after_gtid != NULL) {
		struct db_param a[] = { DBP_S(after_gtid), DBP_I(db->cfg->db_gtid_wait_ms) };
		struct db_rows r;
		int reached = 0;

		/* The client wrote: this replica must have applied that write, else the primary
		 * answers.  MASTER_GTID_WAIT returns 0 when reached, -1 on timeout. */
		if (db->cfg->db_gtid_wait_ms > 0 &&
		    db_conn_query(db, &db->conns[db->rd], wait, a, 2, &r) == C2C_OK) {
			reached = r.nrows == 1 && db_cell(&r, 0, 0) != NULL &&
			    db_cell_is(&r, 0, 0, "0");
			db_rows_free(&r);
		}
		if (!reached)
			db->rd = 0;
	}
}

size_t
db_read_server(const struct db *db)
{
	return db->rd;
}

size_t
db_servers(const struct db *db)
{
	return db->nconns;
}

int
db_wrote(const struct db *db)
{
	return db->wrote;
}

enum c2c_err
db_write_gtid(struct db *db, char *out, size_t len)
{
	static const char sql[] = "SELECT @@last_gtid";
	struct db_rows r;
	enum c2c_err rc;

	out[0] = '\0';
	if ((rc = db_conn_query(db, PRIMARY(db), sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1 && db_cell(&r, 0, 0) != NULL)
		snprintf(out, len, "%s", db_cell(&r, 0, 0));
	db_rows_free(&r);
	return C2C_OK;
}

size_t
db_health(struct db *db, struct db_server_health *out, size_t max)
{
	long long now = db_now_ms();
	size_t i;

	for (i = 0; i < db->nconns && i < max; i++) {
		struct conn *c = &db->conns[i];
		struct db_server_health *h = &out[i];

		memset(h, 0, sizeof(*h));
		h->lag = -1;
		if (i > 0) {
			/* Load balancers ask often: an away replica is not dialled again before its
			 * time, the others are asked now. */
			if (!(c->state == REPLICA_AWAY && now < c->away_until))
				replica_check(db, c, now);
			h->state = c->state;
			h->lag = c->lag;
			if (c->state == REPLICA_AWAY)
				continue;
		}
		h->up = db_conn_version(db, c, &h->version, NULL) == C2C_OK;
		if (i == 0 && !h->up)
			c->away_until = now + db->cfg->db_replica_check_ms;
		else if (i == 0)
			c->away_until = 0;
	}
	return i;
}

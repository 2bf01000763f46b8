/* replica.h: the pure parts of reading from MariaDB replicas: the db_replicas list, the
 * verdict on a replica from its SHOW REPLICA STATUS, the GTID a client carries after a
 * write.  No I/O: lib/db.c asks the servers, fcgi/ carries the GTID in a cookie. */
#ifndef C2C_REPLICA_H
#define C2C_REPLICA_H

#include <stddef.h>

#include "names.h"

#define REPLICAS_MAX 16
#define REPLICA_HOST_MAX 256
#define REPLICA_GTID_MAX 64

/* One server: a TCP host and port, or (host empty) a unix socket. */
struct replica_addr {
	char host[REPLICA_HOST_MAX];   /* name, IPv4 or IPv6 without brackets; "" for a socket */
	int  port;
	char socket[REPLICA_HOST_MAX];
};

struct replica_list {
	int                 n;
	struct replica_addr a[REPLICAS_MAX];
};

/* Parses "host[:port], [v6addr][:port], /path/to.sock, ..." (port default 3306; empty
 * text: no replica) into out.  Returns 0, or -1 with the reason in why. */
int replica_list_parse(const char *text, struct replica_list *out, char *why, size_t whylen);

/* What a replica is fit for, from its last check, and its name (lib/names.h). */
#define REPLICA_STATES(X) \
	X(REPLICA_UNKNOWN, "unknown")   /* never checked */ \
	X(REPLICA_READY, "ready")       /* replicating, at most db_replica_max_lag behind: serves reads */ \
	X(REPLICA_LAGGING, "lagging")   /* replicating, but further behind */ \
	X(REPLICA_STOPPED, "stopped")   /* replication threads stopped or broken: lag unknown */ \
	X(REPLICA_NOT_REPLICATING, "not-replicating") /* no replication configured: data may be anything */ \
	X(REPLICA_AWAY, "away")         /* unreachable, or refused to say (privilege) */
enum replica_state { REPLICA_STATES(ENUM_VALUE) REPLICA__MAX };

/* "ready", "lagging", ... for /healthz and the log.  Static string. */
const char *replica_state_name(enum replica_state s);

/* The verdict on a replica from its SHOW REPLICA STATUS row: has_row 0 when it returned no
 * row; the texts of Slave_IO_Running, Slave_SQL_Running and Seconds_Behind_Master (NULL for
 * SQL NULL).  *lag gets the seconds behind, or -1 when unknown.
 * Only the SQL thread and the lag decide: a replica whose IO thread lost the primary but
 * has applied what it received reports NULL lag (MariaDB does so), hence STOPPED. */
enum replica_state replica_judge(int has_row, const char *io_running, const char *sql_running,
    const char *seconds_behind, int max_lag, long long *lag);

/* Whether s is one GTID as MariaDB writes it ("domain-server-sequence", each a decimal
 * number of at most 10 or 20 digits): what a client may hand back after a write. */
int replica_gtid_valid(const char *s);

/* How long, in seconds, a client's reads follow its write: past max_lag seconds (plus the
 * time a lag figure may be old, check_ms) every replica in use has applied it. */
int replica_follow_seconds(int max_lag, int check_ms);

#endif

#!/bin/sh
# replication.sh: a private MariaDB primary and a replica of it with real replication
# (binary log, GTID), on loopback, each a tests/harness/mariadb.sh instance.
#   replication.sh start DIR PRIMARY_PORT REPLICA_PORT
#       DIR/primary and DIR/replica; the replica follows the primary with
#       MASTER_USE_GTID=slave_pos and is read_only (c2c must never write to it).
#       User c2c may read the replica's lag (SLAVE MONITOR).
#   replication.sh stop DIR
set -eu

cmd=${1:?usage: replication.sh start|stop DIR [PRIMARY_PORT REPLICA_PORT]}
dir=$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)
H=$(cd "$(dirname "$0")" && pwd)

case "$cmd" in
start)
	pport=${3:?PRIMARY_PORT}
	rport=${4:?REPLICA_PORT}
	# The primary keeps a row-based binary log; GTIDs are always on in MariaDB.  With a
	# binary log, only SUPER may create triggers unless the server trusts their creators
	# (the migrations create triggers as user c2c; docs/scale-out.md).
	MARIADB_ARGS="--server-id=1 --log-bin=$dir/primary/binlog --binlog-format=ROW \
--gtid-strict-mode=1 --log-bin-trust-function-creators=1" "$H/mariadb.sh" start "$dir/primary" "$pport"
	# The replica keeps no binary log of its own (so no GTID of its own to conflict),
	# and is read-only to everyone but replication and root.
	MARIADB_ARGS="--server-id=2 --read-only=1 --gtid-strict-mode=1 --relay-log=$dir/replica/relay" \
		"$H/mariadb.sh" start "$dir/replica" "$rport"
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$dir/primary/mysqld.sock" -uroot <<SQL
CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
GRANT SLAVE MONITOR ON *.* TO 'c2c'@'localhost', 'c2c'@'127.0.0.1';
SQL
	# Both were created the same way (mariadb.sh), so the replica starts from the
	# primary's first GTID: everything the primary logged replays on the replica.
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$dir/replica/mysqld.sock" -uroot <<SQL
STOP SLAVE;
SET GLOBAL gtid_slave_pos = '';
CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $pport, MASTER_USER = 'repl',
  MASTER_PASSWORD = 'repl', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1;
START SLAVE;
SQL
	i=0
	until [ "$(mariadb --no-defaults --default-character-set=utf8mb4 -S "$dir/replica/mysqld.sock" -uroot -N -B -e \
		"SELECT COUNT(*) FROM information_schema.user_privileges WHERE PRIVILEGE_TYPE = 'SLAVE MONITOR' AND GRANTEE LIKE '%c2c%'")" -ge 1 ]; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			echo "replication: the replica did not catch up" >&2
			mariadb --no-defaults --default-character-set=utf8mb4 -S "$dir/replica/mysqld.sock" -uroot -e 'SHOW SLAVE STATUS\G' >&2
			exit 1
		fi
		sleep 0.1
	done
	echo "replication: primary 127.0.0.1:$pport, replica 127.0.0.1:$rport"
	;;
stop)
	"$H/mariadb.sh" stop "$dir/replica" || true
	"$H/mariadb.sh" stop "$dir/primary"
	;;
*)
	echo "usage: replication.sh start|stop DIR ..." >&2; exit 2 ;;
esac

#!/bin/sh
# conf.sh: the c2c.conf of a private instance (demo, tests, bench) under DIR: socket
# DIR/c2c.sock, database DIR/db (tests/harness/mariadb.sh), views, SQL and schema from
# this checkout.  Lines on standard input are appended (site_name, log_level, ...).
#   conf.sh DIR WORKERS < extra-lines
set -eu

dir=${1:?usage: conf.sh DIR WORKERS}
workers=${2:?usage: conf.sh DIR WORKERS}
top=$(cd "$(dirname "$0")/../.." && pwd)

{
	cat <<CONF
# Written by tests/harness/conf.sh for a private instance; see conf/c2c.conf.example.
listen = unix:$dir/c2c.sock
socket_mode = 0666
workers = $workers
db_socket = $dir/db/mysqld.sock
db_user = c2c
db_password = c2c
db_name = c2c
views_dir = $top/conf/xslt
sql_dir = $top/sql
schema_file = $top/docs/schema/c2c.rng
CONF
	cat
} > "$dir/c2c.conf"

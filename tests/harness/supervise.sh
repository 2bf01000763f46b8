#!/bin/bash
# supervise.sh: a supervisor in the manner of systemd's Restart= (conf/c2c.service has
# Restart=on-failure, RestartSec=2s), small enough to run in the tests without systemd.
# It restarts after any exit, RESTART_SEC (default 0.1) seconds later: the tests want a
# short window, not the unit's 2 s.
#   supervise.sh STATE CMD [ARGS...]
# Runs CMD, and again whenever it exits, until the supervisor itself gets SIGTERM or
# SIGINT: then it passes SIGTERM to CMD, waits for it and exits with its status.
# Appends "start PID TIME" and "exit PID STATUS TIME" lines (TIME: seconds since the epoch,
# with nanoseconds) to STATE, for the tests to read.
set -u
state=${1:?usage: supervise.sh STATE CMD [ARGS...]}
shift
stop=0
child=
trap 'stop=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT
while :; do
	"$@" </dev/null &
	child=$!
	echo "start $child $(date +%s.%N)" >> "$state"
	# wait returns early when a trapped signal arrives: wait again until the child is gone.
	while :; do
		wait "$child"
		rc=$?
		kill -0 "$child" 2>/dev/null || break
	done
	echo "exit $child $rc $(date +%s.%N)" >> "$state"
	[ "$stop" = 1 ] && exit "$rc"
	sleep "${RESTART_SEC:-0.1}"
done

/* supervise.h: c2c.fcgi's processes.  A parent forks `processes` children that serve the
 * socket it opened, each with its own worker threads, and starts a new one when one dies,
 * as php-fpm and nginx do: a request that crashes its process takes down that process's
 * requests in progress, never the site.  Each worker thread notes the request it is
 * serving on a board shared with the parent, which logs it when the process dies. */
#ifndef C2C_SUPERVISE_H
#define C2C_SUPERVISE_H

/* Runs one child: serves until SIGTERM, returns its exit status.  slot is 0..n-1. */
typedef int (*supervise_child_fn)(int slot, void *arg);

/* Forks n children running child(slot, arg) and keeps n running until SIGTERM or SIGINT
 * (passed on to them); then waits for all.  The caller's signal mask must block SIGTERM,
 * SIGINT and SIGHUP (children inherit it).  Returns 0 when every child stopped cleanly. */
int supervise(int n, supervise_child_fn child, void *arg);

/* The board: one line per worker thread of each child, in memory shared across fork.
 * Created by the parent before supervise (threads = worker threads per child); a worker
 * notes "METHOD URI" before dispatching and clears it after.  Both are no-ops without a
 * board (c2c.fcgi -t).  Returns -1 when the memory cannot be mapped. */
int supervise_board_init(int processes, int threads);
void supervise_note(int slot, int thread, const char *method, const char *uri);
void supervise_clear(int slot, int thread);

#endif

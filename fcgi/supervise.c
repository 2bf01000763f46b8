/* supervise.c: the parent of c2c.fcgi's processes (supervise.h). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "supervise.h"

#define BOARD_LINE 256
/* A process that dies sooner than this after its start is restarted only this much later,
 * so that one that cannot start (or a request that kills it at once, again and again)
 * does not make the parent fork in a loop. */
#define QUICK_DEATH_MS 1000

static char (*board)[BOARD_LINE];   /* [processes * threads], shared across fork */
static int board_procs, board_threads;

int
supervise_board_init(int processes, int threads)
{
	void *m = mmap(NULL, (size_t)processes * (size_t)threads * BOARD_LINE,
	    PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return -1;
	board = m;
	board_procs = processes;
	board_threads = threads;
	return 0;
}

static char *
board_line(int slot, int thread)
{
	if (board == NULL || slot < 0 || slot >= board_procs || thread < 0 || thread >= board_threads)
		return NULL;
	return board[slot * board_threads + thread];
}

void
supervise_note(int slot, int thread, const char *method, const char *uri)
{
	char *l = board_line(slot, thread);

	if (l != NULL)
		snprintf(l, BOARD_LINE, "%s %s", method ? method : "?", uri ? uri : "?");
}

void
supervise_clear(int slot, int thread)
{
	char *l = board_line(slot, thread);

	if (l != NULL)
		l[0] = '\0';
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct kid {
	pid_t     pid;          /* 0: not running */
	long long started;      /* now_ms() at fork */
	long long restart_at;   /* when pid is 0: the time to start it again */
};

static pid_t
spawn(int slot, supervise_child_fn child, void *arg, const sigset_t *sigchld)
{
	pid_t pid;
	int t;

	for (t = 0; t < board_threads; t++)
		supervise_clear(slot, t);
	fflush(NULL);
	if ((pid = fork()) < 0) {
		log_err("cannot start process %d: %s", slot, strerror(errno));
		return 0;
	}
	if (pid == 0) {
		/* The child ends with its parent, whatever kills the parent. */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() == 1)
			_exit(0);
		sigprocmask(SIG_UNBLOCK, sigchld, NULL);
		exit(child(slot, arg));
	}
	return pid;
}

/* Logs how process slot ended (then: what happens next) and what its workers served. */
static void
report_death(int slot, pid_t pid, int status, const char *then)
{
	char how[96];
	int t;

	if (WIFSIGNALED(status))
		snprintf(how, sizeof(how), "was killed by signal %d (%s)", WTERMSIG(status),
		    strsignal(WTERMSIG(status)));
	else
		snprintf(how, sizeof(how), "exited with status %d", WEXITSTATUS(status));
	log_err("process %d (pid %ld) %s; %s", slot, (long)pid, how, then);
	for (t = 0; t < board_threads; t++) {
		char *l = board_line(slot, t);
		if (l != NULL && l[0] != '\0')
			log_err("process %d (pid %ld) died while its worker %d served: %.*s", slot,
			    (long)pid, t, BOARD_LINE - 1, l);
	}
}

int
supervise(int n, supervise_child_fn child, void *arg)
{
	struct kid *kids = calloc((size_t)n, sizeof(*kids));
	sigset_t waitset, sigchld;
	int i, status, clean = 1, stopping = 0;
	pid_t pid;

	if (kids == NULL) {
		log_err("out of memory");
		return 1;
	}
	sigemptyset(&sigchld);
	sigaddset(&sigchld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &sigchld, NULL);
	sigemptyset(&waitset);
	sigaddset(&waitset, SIGTERM);
	sigaddset(&waitset, SIGINT);
	sigaddset(&waitset, SIGHUP);
	sigaddset(&waitset, SIGCHLD);

	for (i = 0; i < n; i++) {
		kids[i].started = now_ms();
		kids[i].pid = spawn(i, child, arg, &sigchld);
		if (kids[i].pid == 0)
			kids[i].restart_at = now_ms() + QUICK_DEATH_MS;
	}
	while (!stopping) {
		long long next = -1, now = now_ms();
		struct timespec wait;
		siginfo_t si;
		int sig;

		for (i = 0; i < n; i++)
			if (kids[i].pid == 0 && (next < 0 || kids[i].restart_at < next))
				next = kids[i].restart_at;
		if (next >= 0) {
			long long d = next > now ? next - now : 0;
			wait.tv_sec = (time_t)(d / 1000);
			wait.tv_nsec = (long)(d % 1000) * 1000000;
			sig = sigtimedwait(&waitset, &si, &wait);
		} else {
			sig = sigwaitinfo(&waitset, &si);
		}
		if (sig == SIGTERM || sig == SIGINT) {
			log_info("signal %d: stopping the %d processes", sig, n);
			stopping = 1;
		} else if (sig == SIGHUP) {
			log_info("SIGHUP ignored: restart c2c.fcgi to reload its configuration");
		}
		/* Reap whatever died, whichever signal woke us (SIGCHLD signals merge). */
		while (!stopping && (pid = waitpid(-1, &status, WNOHANG)) > 0) {
			for (i = 0; i < n && kids[i].pid != pid; i++)
				;
			if (i == n)
				continue;
			report_death(i, pid, status, "starting another");
			kids[i].pid = 0;
			kids[i].restart_at = now_ms() - kids[i].started < QUICK_DEATH_MS ?
			    now_ms() + QUICK_DEATH_MS : now_ms();
		}
		for (i = 0; !stopping && i < n; i++)
			if (kids[i].pid == 0 && kids[i].restart_at <= now_ms()) {
				kids[i].started = now_ms();
				if ((kids[i].pid = spawn(i, child, arg, &sigchld)) == 0)
					kids[i].restart_at = now_ms() + QUICK_DEATH_MS;
			}
	}
	for (i = 0; i < n; i++)
		if (kids[i].pid > 0)
			kill(kids[i].pid, SIGTERM);
	for (i = 0; i < n; i++) {
		if (kids[i].pid <= 0)
			continue;
		while ((pid = waitpid(kids[i].pid, &status, 0)) < 0 && errno == EINTR)
			;
		if (pid > 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
			clean = 0;
			report_death(i, pid, status, "while stopping");
		}
	}
	free(kids);
	return clean ? 0 : 1;
}

/* main.c: c2c.fcgi: configuration, the listening socket, the worker threads, signals. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxslt/xslt.h>

#include "labels.h"
#include "log.h"
#include "match_data.h"
#include "server.h"
#include "xml.h"
#include "xmlin.h"
#include "auth.h"
#include "sha256.h"
#include "supervise.h"

/* The stylesheets to load: every page with a view (C2C_PAGES), and "error"; NULL-ended.
 * Filled by main before any fork. */
static const char *view_names[PAGE__MAX + 2];
_Static_assert(PAGE__MAX + 1 <= VIEWS_MAX, "VIEWS_MAX must hold every page's view and error's");

static void
view_names_fill(void)
{
	size_t n = 0;
	int p;

	for (p = 0; p < PAGE__MAX; p++) {
		size_t i;
		if (!page_has_view((enum page)p))
			continue;
		for (i = 0; i < n && strcmp(view_names[i], page_name((enum page)p)) != 0; i++)
			;
		if (i == n)   /* a view two pages share is loaded once */
			view_names[n++] = page_name((enum page)p);
	}
	view_names[n++] = "error";
	view_names[n] = NULL;
}

/* Signs the editing forms' CSRF tokens: csrf_secret, or a random one (main). */
static char csrf_secret[CFG_STR_MAX];

static pthread_mutex_t accept_lock = PTHREAD_MUTEX_INITIALIZER;
static int listen_fd = -1;
static int listen_owned;   /* we created the socket (not systemd nor spawn-fcgi) */
static struct stat listen_st;   /* our unix socket file, so that we unlink only our own */

/* Interrupts accept() in a worker at shutdown; the handler itself does nothing. */
static void
wake(int sig)
{
	(void)sig;
}

/* The usage on f; exit status 2 on stderr (a bad command line), else 0 (--help). */
static void
usage(FILE *f)
{
	fprintf(f, "usage: c2c.fcgi [-t|--test] [-c|--config config]\n"
	    "       c2c.fcgi -V|--version | -h|--help\n"
	    "-t checks the configuration, the views and the database, then exits.  See c2c.fcgi(8).\n");
	exit(f == stderr ? 2 : 0);
}

/* Opens the socket named by `listen`, or takes the one systemd or spawn-fcgi passed. */
static int
open_listener(const struct c2c_cfg *cfg)
{
	const char *lfds = getenv("LISTEN_FDS"), *lpid = getenv("LISTEN_PID");
	struct stat st;
	int fd;

	/* systemd socket activation: the socket is fd 3.  Unset, so no child inherits it. */
	if (lfds != NULL && lpid != NULL && atoi(lfds) >= 1 && atol(lpid) == (long)getpid()) {
		unsetenv("LISTEN_FDS");
		unsetenv("LISTEN_PID");
		unsetenv("LISTEN_FDNAMES");
		log_info("listening on the socket systemd passed");
		return 3;
	}
	if (strcmp(cfg->listen, "fd:0") == 0) {
		if (fstat(0, &st) < 0 || !S_ISSOCK(st.st_mode)) {
			log_err("listen = fd:0 but standard input is not a socket");
			return -1;
		}
		return 0;
	}
	if (strncmp(cfg->listen, "unix:", 5) == 0) {
		const char *path = cfg->listen + 5;
		if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
			unlink(path);   /* left over from an earlier run */
		if ((fd = FCGX_OpenSocket(path, cfg->backlog)) < 0) {
			log_err("cannot listen on %s: %s", path, strerror(errno));
			return -1;
		}
		if (chmod(path, cfg->socket_mode) < 0)
			log_warn("chmod %s: %s", path, strerror(errno));
		if (stat(path, &listen_st) < 0)
			memset(&listen_st, 0, sizeof(listen_st));
		listen_owned = 1;
		return fd;
	}
	if ((fd = FCGX_OpenSocket(cfg->listen, cfg->backlog)) < 0)
		log_err("cannot listen on %s: %s", cfg->listen, strerror(errno));
	listen_owned = fd >= 0;
	return fd;
}

static void *
worker_main(void *arg)
{
	struct worker *w = arg;
	FCGX_Request f;

	db_thread_init();
	if (FCGX_InitRequest(&f, listen_fd, 0) != 0) {
		log_err("worker %d: FCGX_InitRequest failed", w->id);
		db_thread_end();
		return NULL;
	}
	for (;;) {
		int rc;

		pthread_mutex_lock(&accept_lock);
		rc = FCGX_Accept_r(&f);
		pthread_mutex_unlock(&accept_lock);
		if (rc < 0)
			break;
		supervise_note(w->slot, w->id, FCGX_GetParam("REQUEST_METHOD", f.envp),
		    FCGX_GetParam("REQUEST_URI", f.envp));
		dispatch(w, &f);
		FCGX_Finish_r(&f);
		supervise_clear(w->slot, w->id);
	}
	FCGX_Free(&f, 0);
	db_thread_end();
	return NULL;
}

/* The labels a deployer's own views_dir lacks (issue 17: a copy of layout.xsl made before
 * an upgrade misses the labels the upgrade added, and their texts then show as keys),
 * counted against the layout.xsl installed with c2c; the first few named. */
static void
say_missing(const char *key, void *arg)
{
	int *n = arg;

	if ((*n)++ < 10)
		fprintf(stderr, "%s%s", *n > 1 ? ", " : "", key);
}

static void
self_test_labels(const char *views_dir)
{
	static const char shipped[] = C2C_DATADIR "/xslt";
	char a[4096], b[4096];
	struct labels *ref, *mine;
	size_t n;
	int said = 0;

	if (realpath(views_dir, a) == NULL || realpath(shipped, b) == NULL || strcmp(a, b) == 0)
		return;   /* the shipped views themselves, or nothing to compare with */
	ref = labels_open(shipped);
	mine = labels_open(views_dir);
	if (ref != NULL && mine != NULL && (n = labels_missing(ref, mine, NULL, NULL)) > 0) {
		fprintf(stderr, "c2c.fcgi: warning: %s/layout.xsl lacks %zu of the labels of %s/layout.xsl "
		    "(their texts show as their keys; copy them over): ", views_dir, n, shipped);
		labels_missing(ref, mine, say_missing, &said);
		fprintf(stderr, "%s\n", n > 10 ? ", ..." : "");
	}
	labels_close(ref);
	labels_close(mine);
}

/* -t: the configuration parsed; now the views and the database. */
static int
self_test(const struct c2c_cfg *cfg)
{
	char err[512];
	struct views *v = views_load(cfg->views_dir, view_names, err, sizeof(err));
	struct db *db = db_new(cfg);
	unsigned long long version = 0;
	int ok = 1;

	if (v == NULL) {
		fprintf(stderr, "c2c.fcgi: views: %s\n", err);
		ok = 0;
	}
	if (db == NULL || db_data_version(db, &version, NULL) != C2C_OK) {
		fprintf(stderr, "c2c.fcgi: database: %s\n", db ? db_error(db) : "out of memory");
		ok = 0;
	}
	if (access(cfg->schema_file, R_OK) < 0)
		fprintf(stderr, "c2c.fcgi: warning: schema_file %s: %s (/schema/c2c.rng will answer 404)\n",
		    cfg->schema_file, strerror(errno));
	self_test_labels(cfg->views_dir);
	if (ok)
		printf("c2c.fcgi: configuration ok, views ok, database ok (data version %llu)\n", version);
	views_free(v);
	db_free(db);
	return ok ? 0 : 1;
}

/* One process of c2c.fcgi (supervise.h): its worker threads over the inherited socket,
 * its cache and clocks, until SIGTERM.  Returns its exit status. */
static int
serve_process(int slot, void *arg)
{
	const struct c2c_cfg *cfg = arg;
	struct worker *workers;
	struct cache *cache, *states;
	struct version_clock *clocks;
	struct match_shared matches = { PTHREAD_RWLOCK_INITIALIZER, NULL };
	static struct health_snapshot health = { .lock = PTHREAD_MUTEX_INITIALIZER };
	long long started_at = (long long)time(NULL);
	pthread_t *threads;
	sigset_t sigs;
	char err[600];
	int i, sig = 0, started = 0;

	/* Signals go to this thread only, through sigwait; workers never see them. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	workers = calloc((size_t)cfg->workers, sizeof(*workers));
	threads = calloc((size_t)cfg->workers, sizeof(*threads));
	/* The primary's and each replica's data version: see validate_version. */
	clocks = calloc(1 + (size_t)cfg->db_replicas.n, sizeof(*clocks));
	for (i = 0; clocks != NULL && i < 1 + cfg->db_replicas.n; i++)
		pthread_mutex_init(&clocks[i].lock, NULL);
	cache = cache_new((size_t)cfg->cache_size << 20);
	states = cache_new(cfg->cache_size > 0 ? 4u << 20 : 0);
	if (workers == NULL || threads == NULL || clocks == NULL || cache == NULL || states == NULL) {
		log_err("out of memory");
		return 1;
	}
	for (i = 0; i < cfg->workers; i++) {
		workers[i].id = i;
		workers[i].slot = slot;
		workers[i].cfg = cfg;
		workers[i].cache = cache;
		workers[i].states = states;
		workers[i].clock = clocks;
		workers[i].matches = &matches;
		workers[i].health = &health;
		workers[i].started = started_at;
		workers[i].csrf_secret = csrf_secret;
		/* Request bodies are validated against the schema; without it, writes of XML
		 * answer 500 and say why, the rest of the site works. */
		if ((workers[i].input = xmlin_load(cfg->schema_file, err, sizeof(err))) == NULL &&
		    i == 0 && slot == 0)
			log_warn("XML writes are off: %s", err);
		if ((workers[i].db = db_new_split(cfg, (unsigned)i)) == NULL ||
		    (workers[i].views = views_load(cfg->views_dir, view_names, err, sizeof(err))) == NULL) {
			log_err("worker %d: %s", i, workers[i].db ? err : "out of memory");
			return 1;
		}
	}
	for (i = 0; i < cfg->workers; i++) {
		if ((errno = pthread_create(&threads[i], NULL, worker_main, &workers[i])) != 0) {
			log_err("cannot start worker %d: %s", i, strerror(errno));
			break;
		}
		started++;
	}
	if (started > 0) {
		log_info("process %d (pid %ld) ready with %d workers", slot, (long)getpid(), started);
		while (sigwait(&sigs, &sig) == 0 && sig == SIGHUP)
			;   /* the parent logs it */
	}

	/* Wake the worker blocked in accept(); libfcgi then sees the shutdown flag.  A socket
	 * we own is shut down; one systemd or spawn-fcgi passed is shared with them and must
	 * keep working for our successor, so its accept() is interrupted by a signal instead,
	 * worker after worker, until all have left. */
	FCGX_ShutdownPending();
	if (listen_owned)
		shutdown(listen_fd, SHUT_RDWR);
	for (i = 0; i < started; i++) {
		while (!listen_owned && pthread_tryjoin_np(threads[i], NULL) != 0) {
			int j;
			for (j = i; j < started; j++)
				pthread_kill(threads[j], SIGUSR1);
			usleep(20000);
		}
		if (listen_owned)
			pthread_join(threads[i], NULL);
	}
	for (i = 0; i < cfg->workers; i++) {
		db_free(workers[i].db);
		views_free(workers[i].views);
		xmlin_free(workers[i].input);
		match_scratch_free(workers[i].scratch);
	}
	match_data_free(matches.data);
	free(workers);
	free(threads);
	for (i = 0; i < 1 + cfg->db_replicas.n; i++)
		pthread_mutex_destroy(&clocks[i].lock);
	free(clocks);
	cache_free(cache);
	cache_free(states);
	xsltCleanupGlobals();
	xmlCleanupParser();
	db_library_end();
	return started > 0 ? 0 : 1;
}

int
main(int argc, char **argv)
{
	const char *cfgpath = C2C_SYSCONFDIR "/c2c.conf";
	struct c2c_cfg cfg;
	struct views *check;
	sigset_t sigs;
	char err[600];
	int c, test = 0, rc;
	static const struct option longopts[] = { { "config", required_argument, NULL, 'c' },
		{ "test", no_argument, NULL, 't' }, { "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' }, { NULL, 0, NULL, 0 } };

	log_set_ident("c2c.fcgi");
	view_names_fill();
	while ((c = getopt_long(argc, argv, "c:thV", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': cfgpath = optarg; break;
		case 't': test = 1; break;
		case 'h': usage(stdout); break;
		case 'V': printf("c2c.fcgi %s\n", C2C_VERSION); return 0;
		default: usage(stderr);
		}
	}
	if (optind != argc)
		usage(stderr);

	cfg_defaults(&cfg);
	if (cfg_load(&cfg, cfgpath, err, sizeof(err)) != C2C_OK) {
		log_err("%s", err);
		return 1;
	}
	log_set_level(cfg.log_level);
	if (db_library_init() < 0 || FCGX_Init() != 0) {
		log_err("cannot initialise the MariaDB or FastCGI library");
		return 1;
	}
	xml_init();
	views_init(cfg.views_dir);
	labels_init(cfg.views_dir);   /* labels: the text C writes (lib/labels.h) */
	if (test) {
		c = self_test(&cfg);
		db_library_end();
		return c;
	}

	/* Blocked before any fork, so that the processes inherit it (supervise.h). */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	{
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = wake;   /* no SA_RESTART: accept() must return EINTR */
		sigemptyset(&sa.sa_mask);
		sigaction(SIGUSR1, &sa, NULL);
	}

	if ((listen_fd = open_listener(&cfg)) < 0)
		return 1;
	/* Views that do not compile stop the start here, not in a loop of processes. */
	if ((check = views_load(cfg.views_dir, view_names, err, sizeof(err))) == NULL) {
		log_err("views: %s", err);
		return 1;
	}
	views_free(check);
	/* Without a configured secret the forms still work, signed by a random one that
	 * lives as long as this process, shared by its children (docs/security.md). */
	if (cfg.csrf_secret[0] == '\0') {
		char tok[AUTH_TOKEN_LEN + 1];
		if (auth_token_new(tok) != C2C_OK) {
			log_err("no randomness for the CSRF secret");
			return 1;
		}
		snprintf(csrf_secret, sizeof(csrf_secret), "%s", tok);
		secret_wipe(tok, sizeof(tok));
		log_warn("csrf_secret is not set: editing forms opened before a restart, or on another "
		    "host, will be refused once");
	} else {
		snprintf(csrf_secret, sizeof(csrf_secret), "%s", cfg.csrf_secret);
	}
	/* Said once at start: the feeds' and Location's absolute links then name whatever
	 * host each client sent (docs/install.md, "Feeds"). */
	if (strncmp(cfg.base_url, "http://", 7) != 0 && strncmp(cfg.base_url, "https://", 8) != 0)
		log_warn("base_url is not an absolute URL: absolute links (feeds, Location) follow "
		    "each request's Host header; set base_url = https://your.host/path");
	if (supervise_board_init(cfg.processes, cfg.workers) < 0)
		log_warn("no shared memory for the request board: a process that dies will not say what it served");
	log_info("c2c %s ready on %s with %d processes of %d workers", C2C_VERSION, cfg.listen,
	    cfg.processes, cfg.workers);
	rc = supervise(cfg.processes, serve_process, &cfg);

	/* A successor may already have replaced the socket file: remove only ours. */
	if (listen_owned && strncmp(cfg.listen, "unix:", 5) == 0) {
		struct stat now;
		if (stat(cfg.listen + 5, &now) == 0 && now.st_ino == listen_st.st_ino &&
		    now.st_dev == listen_st.st_dev)
			unlink(cfg.listen + 5);
	}
	xsltCleanupGlobals();
	xmlCleanupParser();
	db_library_end();
	return rc;
}

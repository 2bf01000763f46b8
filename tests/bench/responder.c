/* responder.c: the smallest useful libfcgi responder, a reference point for the benchmark.
 * It answers every request with the bytes of one file read into memory at start, under a
 * given Content-Type, with the same threading as c2c.fcgi (one FCGX_Accept_r loop per
 * core, accepts serialised by a mutex).  Whatever c2c takes beyond this is c2c's own work.
 *
 *   responder SOCKET FILE CONTENT_TYPE [ETAG]
 *
 * SOCKET is a unix socket path it creates (mode 0666, so nginx's workers may connect).
 * With ETAG, the answer carries it, and a request whose If-None-Match is exactly ETAG gets
 * 304 without a body: the reference for c2c's conditional requests.
 * Built by tests/bench/run.sh: cc -O2 responder.c $(pkg-config --cflags --libs fcgi) -pthread
 */
#include <fcgiapp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static pthread_mutex_t accept_lock = PTHREAD_MUTEX_INITIALIZER;
static int listen_fd;
static char *body;
static size_t body_len;
static char head_200[1024];
static char head_304[512];
static const char *etag;   /* NULL: never answer 304 */

static void *
worker(void *arg)
{
	FCGX_Request r;

	(void)arg;
	if (FCGX_InitRequest(&r, listen_fd, 0) != 0)
		return NULL;
	for (;;) {
		const char *inm;
		int rc;

		pthread_mutex_lock(&accept_lock);
		rc = FCGX_Accept_r(&r);
		pthread_mutex_unlock(&accept_lock);
		if (rc < 0)
			break;
		inm = FCGX_GetParam("HTTP_IF_NONE_MATCH", r.envp);
		if (etag != NULL && inm != NULL && strcmp(inm, etag) == 0) {
			FCGX_PutS(head_304, r.out);
		} else {
			FCGX_PutS(head_200, r.out);
			FCGX_PutStr(body, (int)body_len, r.out);
		}
		FCGX_Finish_r(&r);
	}
	FCGX_Free(&r, 0);
	return NULL;
}

int
main(int argc, char **argv)
{
	const char *sock, *file, *ctype;
	FILE *f;
	long n, cores, i;
	pthread_t *t;
	sigset_t sigs;
	int sig;
	char etag_line[256] = "";

	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: responder SOCKET FILE CONTENT_TYPE [ETAG]\n");
		return 2;
	}
	sock = argv[1];
	file = argv[2];
	ctype = argv[3];
	etag = argc == 5 ? argv[4] : NULL;

	/* The whole file in memory: the responder does no I/O but the FastCGI connection. */
	if ((f = fopen(file, "rb")) == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		perror(file);
		return 1;
	}
	body_len = (size_t)n;
	if ((body = malloc(body_len + 1)) == NULL || fread(body, 1, body_len, f) != body_len) {
		perror(file);
		return 1;
	}
	fclose(f);

	if (etag != NULL) {
		if (strlen(etag) > 200) {
			fprintf(stderr, "responder: ETag too long\n");
			return 1;
		}
		snprintf(etag_line, sizeof(etag_line), "ETag: %s\r\n", etag);
		snprintf(head_304, sizeof(head_304), "Status: 304 Not Modified\r\n%s\r\n", etag_line);
	}
	snprintf(head_200, sizeof(head_200), "Status: 200 OK\r\nContent-Type: %s\r\n"
	    "Content-Length: %zu\r\n%s\r\n", ctype, body_len, etag_line);

	if (FCGX_Init() != 0) {
		fprintf(stderr, "responder: FCGX_Init failed\n");
		return 1;
	}
	unlink(sock);   /* left over from an earlier run */
	if ((listen_fd = FCGX_OpenSocket(sock, 128)) < 0) {
		perror(sock);
		return 1;
	}
	chmod(sock, 0666);

	/* SIGTERM and SIGINT go to this thread only, through sigwait: libfcgi installs its own
	 * handler, which would merely flag a shutdown that blocked accepts never see. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);

	/* One thread per core, like c2c.fcgi with workers = nproc. */
	cores = sysconf(_SC_NPROCESSORS_ONLN);
	if (cores < 1)
		cores = 1;
	if ((t = calloc((size_t)cores, sizeof(*t))) == NULL)
		return 1;
	for (i = 0; i < cores; i++)
		if (pthread_create(&t[i], NULL, worker, NULL) != 0) {
			perror("pthread_create");
			return 1;
		}
	/* Runs until the benchmark stops it by its pid; nothing to clean up but the socket. */
	sigwait(&sigs, &sig);
	unlink(sock);
	_exit(0);
}

/* fetch.h: one HTTP(S) GET of a calendar with libcurl, made safe for URLs that other
 * people control: http and https only, TLS verified, at most 5 redirects, timeouts, a
 * size cap on the decoded body, and no connection to a loopback, private or link-local
 * address unless allowed -- checked on each address actually connected to, redirects
 * included, so that DNS tricks and redirects cannot reach the city's internal network.
 * Through a proxy (fetch_opts.proxy) the proxy's own addresses are allowed, and the
 * proxy, which then resolves and connects, must refuse the internal network itself. */
#ifndef C2C_FETCH_H
#define C2C_FETCH_H

#include <stddef.h>
#include <sys/socket.h>

#include "buf.h"
#include "err.h"

struct fetch_opts {
	long        max_bytes;        /* body cap after decompression */
	long        connect_timeout;  /* seconds */
	long        timeout;          /* seconds for the whole transfer, redirects included */
	const char *allow_networks;   /* CIDRs allowed even if local ("127.0.0.1/32, ::1/128"),
	                               * or NULL/"": none (see fetch_networks_parse) */
	const char *ca_file;          /* PEM bundle, or NULL/"" for the system's */
	const char *proxy;            /* "http://host:port" (any proxy URL libcurl takes), or
	                               * NULL/"": none, whatever the environment says */
	const char *no_proxy;         /* hosts reached without it (libcurl's NOPROXY list:
	                               * "a.example, .city.example, 10.0.0.0/8"), or NULL */
	const char *etag;             /* validators of the last fetch, or NULL: */
	const char *last_modified;    /*   sent as If-None-Match / If-Modified-Since */
};

enum fetch_outcome {
	FETCH_OK,            /* 200: body holds the calendar */
	FETCH_NOT_MODIFIED,  /* 304 to a conditional request */
	FETCH_FAILED         /* see error */
};

/* What kind of failure a FETCH_FAILED is: enough to tell a reader what went wrong without
 * the detail of error, which may name internal addresses. */
enum fetch_error {
	FETCH_E_NONE,
	FETCH_E_CONNECT,     /* no connection: DNS, refused, an address not allowed, TLS */
	FETCH_E_TIMEOUT,     /* over o->timeout */
	FETCH_E_TOO_LARGE,   /* over o->max_bytes */
	FETCH_E_REDIRECT,    /* too many, or to another scheme */
	FETCH_E_HTTP,        /* an answer other than 200 (or 304 to a conditional GET) */
	FETCH_E_OTHER
};

/* What a fetch gives.  Owned by the caller: fetch_result_free. */
struct fetch_result {
	enum fetch_outcome outcome;
	long        http_status;      /* of the last response; 0 when none came */
	struct buf  body;             /* the decoded body (FETCH_OK) */
	long long   wire_bytes;       /* bytes received, as sent (compressed or not) */
	char       *etag;             /* validators of the response, or NULL */
	char       *last_modified;
	char       *content_type;     /* or NULL */
	long        retry_after;      /* seconds a 429/503 asked to wait (Retry-After), or 0 */
	enum fetch_error kind;        /* FETCH_FAILED: which kind */
	char        error[512];       /* FETCH_FAILED: a reason a person can act on */
};

/* Once per process, before threads. */
enum c2c_err fetch_global_init(void);
void fetch_global_end(void);

/* The User-Agent sent: "c2c/VERSION (calendar import; +https://...)".  Static. */
const char *fetch_user_agent(void);

/* Fetches url into *r (cleared first).  Returns C2C_OK whatever the outcome (see
 * r->outcome), C2C_EINVAL for a URL that is not http(s) or too long, C2C_ENOMEM. */
enum c2c_err fetch_url(const char *url, const struct fetch_opts *o, struct fetch_result *r);

void fetch_result_free(struct fetch_result *r);

/* Several fetches at once (libcurl's multi interface), in the calling thread.  Each is
 * fetch_url's, with the same checks and limits; o->timeout counts from fetch_multi_add. */
struct fetch_multi;

/* A new, empty set (*m, freed by fetch_multi_free): C2C_OK or C2C_ENOMEM. */
enum c2c_err fetch_multi_new(struct fetch_multi **m);

/* Ends the transfers still running (their results stay as they are) and frees m. */
void fetch_multi_free(struct fetch_multi *m);

/* Starts fetching url into *r (cleared first; the caller's, kept alive until handed back
 * by fetch_multi_next); tag is handed back with it.  C2C_EINVAL as fetch_url, C2C_ENOMEM. */
enum c2c_err fetch_multi_add(struct fetch_multi *m, const char *url, const struct fetch_opts *o,
    struct fetch_result *r, void *tag);

/* Runs the transfers, waiting up to timeout_ms for one to end: *done is the tag of a
 * transfer that ended (its result filled, as fetch_url's), or NULL when none did in that
 * time or none is left.  C2C_OK, C2C_ENOMEM. */
enum c2c_err fetch_multi_next(struct fetch_multi *m, int timeout_ms, void **done);

/* Transfers added and not yet handed back. */
size_t fetch_multi_active(const struct fetch_multi *m);

/* 1 when sa is an address that only a local network reaches: unspecified, loopback,
 * RFC 1918, CGNAT (100.64/10), link-local, multicast, reserved, benchmarking, IPv6 ULA and
 * link-local, and IPv4 ones written as IPv6 (mapped, NAT64, 6to4).  Exposed for tests. */
int fetch_addr_is_private(const struct sockaddr *sa);

/* One network of a list: an address and a prefix length. */
struct fetch_net {
	int           family;      /* AF_INET or AF_INET6 */
	unsigned char addr[16];
	int           prefix;
};

/* Parses "CIDR, CIDR, ..." (an address alone is a /32 or /128) into out[0..max) (out may
 * be NULL to validate only); *n (may be NULL) gets the count.  0, or -1 when malformed or
 * longer than max. */
int fetch_networks_parse(const char *s, struct fetch_net *out, size_t max, size_t *n);

/* 1 when sa is in one of nets[0..n). */
int fetch_addr_in(const struct sockaddr *sa, const struct fetch_net *nets, size_t n);

/* Seconds from a Retry-After value (delta-seconds or an HTTP date), relative to now;
 * 0 when absent, past or unreadable; capped at one week.  Exposed for tests. */
long fetch_parse_retry_after(const char *value, long long now);

#endif

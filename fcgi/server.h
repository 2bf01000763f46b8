/* server.h: what the parts of c2c.fcgi share: the worker and the request. */
#ifndef C2C_SERVER_H
#define C2C_SERVER_H

#include <pthread.h>

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "buf.h"
#include "cache.h"
#include "cfg.h"
#include "db.h"
#include "param.h"
#include "route.h"
#include "view.h"

/* The data version as last read, shared by the workers of the process. */
struct version_clock {
	pthread_mutex_t    lock;
	unsigned long long version;
	long long          changed;    /* seconds since the epoch */
	long long          read_at_ms; /* monotonic; 0: never read */
};

/* The last survey of the database servers for /healthz (fcgi/h_health.c), shared by the
 * workers: load balancers ask often, and one survey answers them all for a moment. */
struct health_snapshot {
	pthread_mutex_t         lock;
	long long               at_ms;     /* monotonic; 0: none yet */
	size_t                  n;
	struct db_server_health h[1 + REPLICAS_MAX];
};

/* The matching profiles of the latest data version, shared by the workers. */
struct match_data;
struct match_set;
struct match_scratch;
struct match_shared {
	pthread_rwlock_t   lock;
	struct match_data *data;   /* NULL until the first ranking */
};

/* One thread: its own database connection and compiled views. */
struct worker {
	int                   id;
	int                   slot;       /* the process it runs in (supervise.h) */
	long long             started;    /* process start: pages' ETags follow the views */
	const struct c2c_cfg *cfg;
	struct db            *db;
	struct views         *views;
	struct cache         *cache;      /* built bodies, shared by all workers */
	struct cache         *states;     /* feed states per data version, shared */
	struct version_clock *clock;      /* shared: one per database server (db_servers),
	                                   * since replicas may be at older versions */
	struct match_shared  *matches;    /* shared */
	struct health_snapshot *health;   /* shared */
	struct xmlin         *input;      /* the schema of request bodies (NULL: none) */
	const char           *csrf_secret; /* cfg's, or one made at start */
	struct match_scratch *scratch;    /* this worker's ranking buffers... */
	const struct match_set *scratch_for;  /* ...for this set */
};

/* Everything about one request, owned by it and released by req_free. */
struct c2c_req {
	struct worker      *w;
	FCGX_Request       *fcgx;
	enum method         method;
	char               *path;        /* decoded, relative to the mount point */
	char               *base;        /* mount point for links: "" or "/c2c" or a URL */
	char                origin[300]; /* "https://host" for absolute links, "" when base is a URL */
	const char         *query;       /* raw; owned by libfcgi until FCGX_Finish_r */
	const char         *accept;
	const char         *if_none_match;
	const char         *if_modified_since;
	const char         *bad_param;   /* a handler's 400: the parameter and message */
	char                bad_msg[160];
	const char         *lang;        /* "en" or "zh" */
	struct route_match  route;
	struct params       params;
	int                 status;      /* a handler may set 503 (health) */
	int                 retry_after; /* seconds, with a 503 */
	unsigned long long  version;     /* data version */
	char                rw_gtid[REPLICA_GTID_MAX]; /* the client's last write (cookie
	                                   * c2c_rw), "" when none or not valid */
	char               *next;        /* cursor of the next page, or NULL */
	struct buf          self;        /* canonical URL of this resource */
};

/* Page handlers fill the root element of the page's document. */
typedef enum c2c_err (*handler_fn)(struct c2c_req *req, xmlNodePtr root);
/* Feed and file handlers write the whole body (and may add headers). */
typedef enum c2c_err (*body_fn)(struct c2c_req *req, struct buf *body, struct buf *headers);

/* What ETag and Last-Modified of a representation come from. */
struct validator {
	unsigned long long tag;        /* changes whenever the representation may change */
	long long          modified;   /* seconds since the epoch */
};
typedef enum c2c_err (*validator_fn)(struct c2c_req *req, struct validator *v);

/* Writes, and pages that depend on who asks, answer the whole request themselves. */
typedef void (*act_fn)(struct c2c_req *req);
/* The tag part of a writable resource ("partnership/12/<stamp>", write.h) into out
 * (WRITE_TAG_MAX bytes): GET sends it in the ETag, so that If-Match can name the
 * resource rather than the whole data version.  C2C_ENOTFOUND: no such item. */
typedef enum c2c_err (*tag_fn)(struct c2c_req *req, char *out);

struct handler {
	handler_fn   fill;       /* pages: fill the XML document (HTML and XML) */
	body_fn      body;       /* or: write the body (feeds, files) */
	validator_fn validate;   /* NULL: never cached nor validated (health) */
	act_fn       act;        /* POST, PUT, DELETE; and GET too when fill and body are NULL */
	tag_fn       tag;        /* a writable resource's own tag, or NULL */
};

/* dispatch.c: milliseconds of CLOCK_MONOTONIC, for the short-lived shared state (the
 * version clock, the health survey). */
long long monotonic_ms(void);

/* dispatch.c: the data version as validator, for pages. */
enum c2c_err validate_version(struct c2c_req *req, struct validator *v);
/* dispatch.c: builds a page with fill (or its CSV with body, when it has one) and sends it
 * uncached (Cache-Control: no-store), for pages that depend on who asks (the audit log,
 * the editors' dashboard). */
void serve_private(struct c2c_req *req, handler_fn fill, body_fn body);

/* request.c: reads the FastCGI parameters; on failure sets *status and a message. */
enum c2c_err req_init(struct c2c_req *req, struct worker *w, FCGX_Request *f,
    int *status, char *msg, size_t msglen);
void req_free(struct c2c_req *req);

/* response.c */
void resp_send(struct c2c_req *req, int status, const char *ctype, const char *headers,
    const struct buf *body);
/* An error document (XML, or HTML by error.xsl) naming the parameter when there is one. */
void resp_error(struct c2c_req *req, int status, const char *msg, const char *param);

/* dispatch.c: the whole life of a request after FCGX_Accept_r. */
void dispatch(struct worker *w, FCGX_Request *f);

/* handlers.c */
const struct handler *handler_for(enum page p);

#endif

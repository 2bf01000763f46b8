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

/* The kinds of handler, each signature stated once (handlers.h declares every handler
 * by its kind).  Page handlers fill the root element of the page's document. */
typedef enum c2c_err page_fill(struct c2c_req *req, xmlNodePtr root);
typedef page_fill *handler_fn;
/* Feed and file handlers write the whole body (and may add headers). */
typedef enum c2c_err page_body(struct c2c_req *req, struct buf *body, struct buf *headers);
typedef page_body *body_fn;

/* What ETag and Last-Modified of a representation come from. */
struct validator {
	unsigned long long tag;        /* changes whenever the representation may change */
	long long          modified;   /* seconds since the epoch */
};
typedef enum c2c_err page_validate(struct c2c_req *req, struct validator *v);
typedef page_validate *validator_fn;

/* Writes, and pages that depend on who asks, answer the whole request themselves. */
typedef void page_act(struct c2c_req *req);
typedef page_act *act_fn;
/* The tag part of a writable resource ("partnership/12/<stamp>", write.h) into out
 * (WRITE_TAG_MAX bytes): GET sends it in the ETag, so that If-Match can name the
 * resource rather than the whole data version.  C2C_ENOTFOUND: no such item. */
typedef enum c2c_err page_tag(struct c2c_req *req, char *out);
typedef page_tag *tag_fn;

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
page_validate validate_version;
/* dispatch.c: builds a page with fill (or its CSV with body, when it has one) and sends it
 * uncached (Cache-Control: no-store), for pages that depend on who asks (the audit log,
 * the editors' dashboard). */
void serve_private(struct c2c_req *req, handler_fn fill, body_fn body);

/* request.c: reads the FastCGI parameters; on failure sets *status and a message. */
enum c2c_err req_init(struct c2c_req *req, struct worker *w, FCGX_Request *f,
    int *status, char *msg, size_t msglen);
void req_free(struct c2c_req *req);

/* response.c: every answer c2c writes goes out through these. */
void resp_send(struct c2c_req *req, int status, const char *ctype, const char *headers,
    const struct buf *body);
/* The attributes every document's root carries, in this order: base, self (when not
 * NULL; borrowed), lang and site.  0 or -1 (out of memory). */
int resp_root(const struct c2c_req *req, xmlNodePtr root, const char *self);
/* A new document whose root element `name` has resp_root's attributes: pages, forms,
 * the write answers' bodies.  NULL when out of memory; else the caller frees it. */
xmlDocPtr resp_doc(const struct c2c_req *req, const char *name, const char *self, xmlNodePtr *root);
/* doc into body (appended) as the request's representation: HTML through the stylesheet
 * `view` when the request is for HTML and view is not NULL, else XML. */
enum c2c_err resp_render(struct c2c_req *req, xmlDocPtr doc, const char *view, struct buf *body);
/* Renders doc (resp_render) and sends it with status, the header lines headers (may be
 * NULL) and Cache-Control: no-store: the forms, the write answers with a body.  Sends
 * nothing when it fails (the caller answers the code).  doc stays the caller's. */
enum c2c_err resp_send_doc(struct c2c_req *req, int status, xmlDocPtr doc, const char *view,
    const char *headers);

/* What an error document carries besides its status and message; every field may be
 * 0 or NULL. */
struct field_errors;
struct err_doc {
	int                        html;     /* as HTML through error.xsl when the request is
	                                      * for HTML (pages); else XML always (writes) */
	const char                *param;    /* <parameter>: the query parameter at fault */
	const struct field_errors *errs;     /* <invalid>: the problems of a body */
	const char                *headers;  /* extra header lines */
};
/* The one error writer: <error status base lang site> with <message> and what d adds
 * (d may be NULL: XML, nothing more), never cached; a 405 adds Allow, a 503
 * Retry-After.  Plain text when even that cannot be built. */
void resp_error(struct c2c_req *req, int status, const char *msg, const struct err_doc *d);
/* The error documents of pages: HTML or XML as the request asks. */
extern const struct err_doc resp_page_error;

/* Whose failure resp_fail answers: a page's (its message says "try again"), or a write's
 * or an editing form's ("nothing was written"; XML). */
enum fail_of { FAIL_PAGE, FAIL_WRITE };
/* The one mapping of a failure (rc, not C2C_OK) to its answer.  C2C_ENOTFOUND: a 404
 * with notfound when it is not NULL (a page: "no such resource" when it is).  A page's
 * C2C_EINVAL: a 400 naming req->bad_param (else 'after', the only parameter checked
 * against the data); C2C_EMETHOD, C2C_ENOTACCEPT: 405, 406; the other codes by
 * c2c_err_http_status.  The database away: 503; the rest: logged, 500. */
void resp_fail(struct c2c_req *req, enum c2c_err rc, enum fail_of of, const char *notfound);

/* dispatch.c: the whole life of a request after FCGX_Accept_r. */
void dispatch(struct worker *w, FCGX_Request *f);

/* handlers.c */
const struct handler *handler_for(enum page p);

#endif

/* route.h: the route table of c2c.fcgi and the matcher that reads it.
 * Per-route policy (methods, parameters, representations) lives in the table and is
 * enforced before a handler runs. */
#ifndef C2C_ROUTE_H
#define C2C_ROUTE_H

#include "err.h"

enum page {
	PAGE_OVERVIEW,
	PAGE_CITIES,
	PAGE_CITY,
	PAGE_PARTNERSHIPS,
	PAGE_PARTNERSHIP,
	PAGE_MATCHES,
	PAGE_AGREEMENTS,
	PAGE_ACTIVITIES,
	PAGE_EVENTS,
	PAGE_EVENT,
	PAGE_KPIS,
	PAGE_KPI_VALUES,
	PAGE_KPI_VALUE,
	PAGE_EDIT_KPI_VALUES,
	PAGE_FEED_PARTNERSHIPS,
	PAGE_FEED_EVENTS,
	PAGE_SCHEMA,
	PAGE_HEALTH,
	PAGE_SOURCES,
	PAGE_SOURCE,
	PAGE_CITY_DASHBOARD,   /* issue 6: "/cities/{slug}/dashboard" */
	PAGE_AGREEMENT,        /* issue 7: writes of one agreement (PUT, DELETE) */
	PAGE_ACTIVITY,         /* ... of one activity */
	PAGE_KPI_TARGETS,      /* ... POST /kpi-targets */
	PAGE_KPI_TARGET,       /* ... PUT /kpi-targets/{id} */
	PAGE_ORGANISATIONS,    /* ... POST /organisations */
	PAGE_ORGANISATION,     /* ... PUT, DELETE /organisations/{id} */
	PAGE_EDIT,             /* the editing forms of lib/edit.h's resources */
	PAGE_EDIT_AUDIT,       /* the audit log, for admins */
	PAGE_EDIT_DASHBOARD,   /* a partnership's dashboard with its internal KPI values, for
	                          its editors (named "partnership": the same document) */
	PAGE__MAX
};

/* Representations, each with a path suffix and a media type. */
enum repr { REPR_HTML, REPR_XML, REPR_ATOM, REPR_ICS, REPR_RNG, REPR_CSV, REPR__MAX };

/* ".xml" (or "" for HTML); "text/html; charset=utf-8".  Static strings. */
const char *repr_suffix(enum repr r);
const char *repr_content_type(enum repr r);

enum method { M_GET = 1 << 0, M_HEAD = 1 << 1, M_POST = 1 << 2, M_PUT = 1 << 3,
	M_DELETE = 1 << 4, M_OTHER = 1 << 5 };

#define ROUTE_ARG_MAX 64

struct route_match {
	enum page page;
	enum repr repr;
	unsigned  params;                 /* PARAM_BIT mask the page accepts */
	unsigned  allow;                  /* methods of the page (for 405's Allow) */
	char      arg[ROUTE_ARG_MAX + 1]; /* the {slug} or {id} of the path, or "" */
	char      path[256];              /* the path without suffix nor trailing slash */
};

/* Name of the page ("cities"): the stylesheet is conf/xslt/<name>.xsl. */
const char *page_name(enum page p);

enum method method_parse(const char *s);
/* "GET, HEAD" for a mask; static storage, not thread-local: call with a constant mask. */
void method_allow_header(unsigned mask, char *out, size_t outlen);

/* Matches a decoded path ("/cities/leeds.xml") and method against the table; chooses the
 * representation from the suffix, else from the Accept header (may be NULL).
 * Returns C2C_OK, C2C_ENOTFOUND, C2C_EMETHOD (m->allow set) or C2C_ENOTACCEPT. */
enum c2c_err route_find(const char *method, const char *path, const char *accept,
    struct route_match *m);

#endif

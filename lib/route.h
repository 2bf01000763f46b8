/* route.h: the route table of c2c.fcgi and the matcher that reads it.
 * Per-route policy (methods, parameters, representations) lives in the table and is
 * enforced before a handler runs. */
#ifndef C2C_ROUTE_H
#define C2C_ROUTE_H

#include "err.h"
#include "pages.h"
#include "repr.h"

/* PAGE_OVERVIEW, ...: one per row of C2C_PAGES (lib/pages.h). */
#define C2C_PAGE_ENUM(id, name, view, fill, body, validate, act, tag) PAGE_##id,
enum page {
	C2C_PAGES(C2C_PAGE_ENUM)
	PAGE__MAX
};
#undef C2C_PAGE_ENUM


enum method { M_GET = 1 << 0, M_HEAD = 1 << 1, M_POST = 1 << 2, M_PUT = 1 << 3,
	M_DELETE = 1 << 4, M_OTHER = 1 << 5 };

#define ROUTE_ARG_MAX 64

struct route_match {
	enum page page;
	enum repr repr;
	unsigned  params;                 /* PARAM_BIT mask the page accepts */
	unsigned  allow;                  /* methods of the page (for 405's Allow) */
	const char *resource;             /* the lib/edit.h resource it edits, or NULL */
	char      arg[ROUTE_ARG_MAX + 1]; /* the {slug} or {id} of the path, or "" */
	char      path[256];              /* the path without suffix nor trailing slash */
};

/* Name of the page ("cities"): its document's root element and stylesheet name
 * (conf/xslt/<name>.xsl).  "error" out of range. */
const char *page_name(enum page p);
/* 1 when the page answers HTML through its stylesheet (C2C_PAGES' view column). */
int page_has_view(enum page p);

/* Row i of C2C_ROUTES, for checks of the table (tests): 0 past the end. */
int route_at(size_t i, const char **pattern, enum page *page, unsigned *methods,
    unsigned *rmask, const char **resource);

enum method method_parse(const char *s);
/* "GET, HEAD" for a mask; static storage, not thread-local: call with a constant mask. */
void method_allow_header(unsigned mask, char *out, size_t outlen);

/* Matches a decoded path ("/cities/leeds.xml") and method against the table; chooses the
 * representation from the suffix, else from the Accept header (may be NULL).
 * Returns C2C_OK, C2C_ENOTFOUND, C2C_EMETHOD (m->allow set) or C2C_ENOTACCEPT. */
enum c2c_err route_find(const char *method, const char *path, const char *accept,
    struct route_match *m);

#endif

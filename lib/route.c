/* route.c: the route table and its matcher. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "param.h"
#include "http.h"
#include "route.h"

static const struct route {
	const char *pattern;
	enum page   page;
	unsigned    methods;
	unsigned    reprs;     /* the first one is the default */
	unsigned    params;
	const char *resource;
} routes[] = {
#define C2C_ROUTE_ROW(pattern, id, methods, reprs, params, resource) \
	{ pattern, PAGE_##id, methods, reprs, params, resource },
	C2C_ROUTES(C2C_ROUTE_ROW)
#undef C2C_ROUTE_ROW
};

static const struct {
	const char *name;
	int         view;
} pages[] = {
#define C2C_PAGE_ROW(id, name, view, fill, body, validate, act, tag) [PAGE_##id] = { name, view },
	C2C_PAGES(C2C_PAGE_ROW)
#undef C2C_PAGE_ROW
};
_Static_assert(sizeof(pages) / sizeof(pages[0]) == PAGE__MAX, "pages[] must cover enum page");

const char *
page_name(enum page p)
{
	return (unsigned)p < PAGE__MAX ? pages[p].name : "error";
}

int
page_has_view(enum page p)
{
	return (unsigned)p < PAGE__MAX && pages[p].view;
}

int
route_at(size_t i, const char **pattern, enum page *page, unsigned *methods, unsigned *rmask,
    const char **resource)
{
	if (i >= sizeof(routes) / sizeof(routes[0]))
		return 0;
	*pattern = routes[i].pattern;
	*page = routes[i].page;
	*methods = routes[i].methods;
	*rmask = routes[i].reprs;
	*resource = routes[i].resource;
	return 1;
}

static const struct {
	const char *name;
	enum method m;
} methods[] = {
	{ "GET", M_GET }, { "HEAD", M_HEAD }, { "POST", M_POST }, { "PUT", M_PUT },
	{ "DELETE", M_DELETE },
};

enum method
method_parse(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < sizeof(methods) / sizeof(methods[0]); i++)
		if (strcmp(s, methods[i].name) == 0)
			return methods[i].m;
	return M_OTHER;
}

void
method_allow_header(unsigned mask, char *out, size_t outlen)
{
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < sizeof(methods) / sizeof(methods[0]) && o < outlen; i++)
		if (mask & methods[i].m)
			o += (size_t)snprintf(out + o, outlen - o, "%s%s", o ? ", " : "", methods[i].name);
}

/* Matches one route; on success copies the variable segment into arg. */
static int
pattern_match(const char *pat, const char *path, char *arg)
{
	while (*pat != '\0' && *path != '\0') {
		if (*pat == '{') {
			const char *pend = strchr(pat, '}');
			const char *seg_end = strchr(path, '/');
			size_t n = seg_end ? (size_t)(seg_end - path) : strlen(path);
			int is_id = strncmp(pat, "{id}", 4) == 0;
			size_t i;

			if (n == 0 || n > ROUTE_ARG_MAX)
				return 0;
			memcpy(arg, path, n);
			arg[n] = '\0';
			if (is_id) {
				if (n > 9 || arg[0] == '0')
					return 0;
				for (i = 0; i < n; i++)
					if (arg[i] < '0' || arg[i] > '9')
						return 0;
			} else if (!param_is_slug(arg)) {
				return 0;
			}
			pat = pend + 1;
			path += n;
			continue;
		}
		if (*pat != *path)
			return 0;
		pat++;
		path++;
	}
	return *pat == '\0' && *path == '\0';
}

/* The form of an error answer: HTML or XML, as the suffix or the client asked. */
static enum repr
error_repr(int repr, const char *accept)
{
	if (repr < 0)
		repr = http_negotiate(accept, PAGE_REPRS);
	return repr == REPR_HTML ? REPR_HTML : REPR_XML;
}

enum c2c_err
route_find(const char *method, const char *path, const char *accept, struct route_match *m)
{
	char p[sizeof(m->path)];
	size_t n, i;
	int repr = -1;
	enum method meth = method_parse(method);

	memset(m, 0, sizeof(*m));
	if (path == NULL || *path == '\0')
		path = "/";
	if ((n = strlen(path)) >= sizeof(p) || path[0] != '/') {
		m->repr = error_repr(-1, accept);
		return C2C_ENOTFOUND;
	}
	memcpy(p, path, n + 1);

	/* The representation suffix belongs to the last segment; "/index.xml" is "/". */
	for (i = 1; i < REPR__MAX && repr < 0; i++) {
		size_t sl = strlen(repr_suffix((enum repr)i));
		if (n > sl && strcmp(p + n - sl, repr_suffix((enum repr)i)) == 0) {
			repr = (int)i;
			p[n -= sl] = '\0';
		}
	}
	if (repr < 0 && n > 5 && strcmp(p + n - 5, ".html") == 0) {
		repr = REPR_HTML;
		p[n -= 5] = '\0';
	}
	if (repr >= 0 && strcmp(p, "/index") == 0)
		p[n = 1] = '\0';
	else if (repr >= 0 && p[n - 1] == '/') {
		m->repr = error_repr(repr, accept);
		return C2C_ENOTFOUND;     /* "/cities/.xml" */
	}
	if (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';            /* "/cities/" is "/cities" */

	for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
		if (!pattern_match(routes[i].pattern, p, m->arg))
			continue;
		m->page = routes[i].page;
		m->resource = routes[i].resource;
		snprintf(m->path, sizeof(m->path), "%s", p);
		m->params = routes[i].params;
		m->allow = routes[i].methods;
		if (!(routes[i].methods & meth)) {
			m->repr = error_repr(repr, accept);
			return C2C_EMETHOD;
		}
		if (repr >= 0 && !(routes[i].reprs & (1u << repr))) {
			m->repr = error_repr(repr, accept);
			return C2C_ENOTFOUND;     /* "/feeds/events.xml" */
		}
		if (repr < 0 && (repr = http_negotiate(accept, routes[i].reprs)) < 0) {
			m->repr = REPR_XML;   /* the error document's form */
			return C2C_ENOTACCEPT;
		}
		m->repr = (enum repr)repr;
		return C2C_OK;
	}
	/* Not found still answers in the form the client asked for. */
	m->arg[0] = '\0';
	m->repr = error_repr(repr, accept);
	return C2C_ENOTFOUND;
}

/* route.c: the route table and its matcher. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "param.h"
#include "http.h"
#include "route.h"

#define ANY_REPR ((1u << REPR_HTML) | (1u << REPR_XML))
#define READ (M_GET | M_HEAD)
#define LIST (PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER))

/* Patterns: literal segments, "{slug}" (a slug) or "{id}" (1 to 9 digits). */
static const struct route {
	const char *pattern;
	enum page   page;
	unsigned    methods;
	unsigned    params;
} routes[] = {
	{ "/",                  PAGE_OVERVIEW,     READ, PARAM_BIT(P_LANG) },
	{ "/cities",            PAGE_CITIES,       READ, LIST | PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) |
	                                                 PARAM_BIT(P_AREA) | PARAM_BIT(P_Q) | PARAM_BIT(P_LANG) },
	{ "/cities/{slug}",     PAGE_CITY,         READ, PARAM_BIT(P_LANG) },
	{ "/partnerships",      PAGE_PARTNERSHIPS, READ, LIST | PARAM_BIT(P_CITY) | PARAM_BIT(P_KIND) |
	                                                 PARAM_BIT(P_AREA) | PARAM_BIT(P_STATUS) | PARAM_BIT(P_LANG) },
	{ "/partnerships/{id}", PAGE_PARTNERSHIP,  READ, PARAM_BIT(P_LANG) },
	{ "/events",            PAGE_EVENTS,       READ, LIST | PARAM_BIT(P_CITY) | PARAM_BIT(P_FROM) |
	                                                 PARAM_BIT(P_TO) | PARAM_BIT(P_LANG) },
	{ "/healthz",           PAGE_HEALTH,       READ, 0 },
};

static const char *const page_names[] = {
	[PAGE_OVERVIEW] = "overview",
	[PAGE_CITIES] = "cities",
	[PAGE_CITY] = "city",
	[PAGE_PARTNERSHIPS] = "partnerships",
	[PAGE_PARTNERSHIP] = "partnership",
	[PAGE_EVENTS] = "events",
	[PAGE_HEALTH] = "health",
};
_Static_assert(sizeof(page_names) / sizeof(page_names[0]) == PAGE__MAX, "page_names[] must cover enum page");

const char *
page_name(enum page p)
{
	return (unsigned)p < PAGE__MAX ? page_names[p] : "error";
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

/* The form of an error answer: the suffix's, else the client's choice, else XML. */
static enum repr
error_repr(int repr, const char *accept)
{
	if (repr < 0)
		repr = http_negotiate(accept, ANY_REPR);
	return repr < 0 ? REPR_XML : (enum repr)repr;
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
	if (n > 4 && strcmp(p + n - 4, ".xml") == 0) {
		repr = REPR_XML;
		p[n -= 4] = '\0';
	} else if (n > 5 && strcmp(p + n - 5, ".html") == 0) {
		repr = REPR_HTML;
		p[n -= 5] = '\0';
	}
	if (repr >= 0 && strcmp(p, "/index") == 0)
		p[n = 1] = '\0';
	else if (repr >= 0 && p[n - 1] == '/') {
		m->repr = (enum repr)repr;
		return C2C_ENOTFOUND;     /* "/cities/.xml" */
	}
	if (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';            /* "/cities/" is "/cities" */

	for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
		if (!pattern_match(routes[i].pattern, p, m->arg))
			continue;
		m->page = routes[i].page;
		snprintf(m->path, sizeof(m->path), "%s", p);
		m->params = routes[i].params;
		m->allow = routes[i].methods;
		if (!(routes[i].methods & meth)) {
			m->repr = error_repr(repr, accept);
			return C2C_EMETHOD;
		}
		if (repr < 0 && (repr = http_negotiate(accept, ANY_REPR)) < 0) {
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

/* route.c: the route table and its matcher. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "param.h"
#include "http.h"
#include "route.h"

#define PAGE_REPRS ((1u << REPR_HTML) | (1u << REPR_XML))
#define ANY_REPR ((1u << REPR__MAX) - 1)
#define READ (M_GET | M_HEAD)
#define LIST (PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_UPDATED_SINCE) | PARAM_BIT(P_LANG))
/* The filters shared by every output of events and of partnerships. */
#define EVENT_FILTERS (PARAM_BIT(P_CITY) | PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_SIDE) | \
	PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) | \
	PARAM_BIT(P_SOURCE))
#define WEIGHTS (PARAM_BIT(P_W_COMPLEMENT) | PARAM_BIT(P_W_COMMON) | PARAM_BIT(P_W_POTENTIAL) | \
	PARAM_BIT(P_W_WILLINGNESS) | PARAM_BIT(P_W_CONTACTS) | PARAM_BIT(P_W_STRUCTURE) | \
	PARAM_BIT(P_W_NETWORK) | PARAM_BIT(P_W_SATURATION))
#define PARTNERSHIP_FILTERS (PARAM_BIT(P_CITY) | PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) | \
	PARAM_BIT(P_AREA) | PARAM_BIT(P_KIND) | PARAM_BIT(P_STATUS))

static const struct {
	const char *suffix;
	const char *type;
} reprs[] = {
	[REPR_HTML] = { "", "text/html; charset=utf-8" },
	[REPR_XML]  = { ".xml", "application/xml; charset=utf-8" },
	[REPR_ATOM] = { ".atom", "application/atom+xml; charset=utf-8" },
	[REPR_ICS]  = { ".ics", "text/calendar; charset=utf-8" },
	[REPR_RNG]  = { ".rng", "application/xml; charset=utf-8" },
	[REPR_CSV]  = { ".csv", "text/csv; charset=utf-8; header=present" },
};
_Static_assert(sizeof(reprs) / sizeof(reprs[0]) == REPR__MAX, "reprs[] must cover enum repr");

const char *
repr_suffix(enum repr r)
{
	return (unsigned)r < REPR__MAX ? reprs[r].suffix : "";
}

const char *
repr_content_type(enum repr r)
{
	return (unsigned)r < REPR__MAX ? reprs[r].type : "application/octet-stream";
}

/* Patterns: literal segments, "{slug}" (a slug) or "{id}" (1 to 9 digits). */
static const struct route {
	const char *pattern;
	enum page   page;
	unsigned    methods;
	unsigned    reprs;     /* the first one is the default */
	unsigned    params;
} routes[] = {
	{ "/",                  PAGE_OVERVIEW,     READ, PAGE_REPRS, PARAM_BIT(P_LANG) |
	                                           PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) },
	/* The overview's tables as CSV ("/" can take no suffix). */
	{ "/overview",          PAGE_OVERVIEW,     READ, 1u << REPR_CSV, PARAM_BIT(P_FROM) |
	                                           PARAM_BIT(P_TO) | PARAM_BIT(P_TABLE) },
	{ "/cities",            PAGE_CITIES,       READ, PAGE_REPRS, LIST | PARAM_BIT(P_SIDE) |
	                                           PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_Q) },
	{ "/cities/{slug}",     PAGE_CITY,         READ | M_PUT, PAGE_REPRS, PARAM_BIT(P_LANG) },
	{ "/cities/{slug}/matches", PAGE_MATCHES,  READ, PAGE_REPRS, PARAM_BIT(P_LANG) |
	                                           PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AREA) |
	                                           PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_MIN_SCORE) | WEIGHTS },
	{ "/cities/{slug}/dashboard", PAGE_CITY_DASHBOARD, READ, PAGE_REPRS | 1u << REPR_CSV,
	                                           PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) |
	                                           PARAM_BIT(P_TABLE) },
	{ "/partnerships",      PAGE_PARTNERSHIPS, READ, PAGE_REPRS, LIST | PARTNERSHIP_FILTERS },
	{ "/partnerships/{id}", PAGE_PARTNERSHIP,  READ | M_PUT | M_DELETE, PAGE_REPRS | 1u << REPR_CSV,
	                                           PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) |
	                                           PARAM_BIT(P_TABLE) },
	{ "/agreements",        PAGE_AGREEMENTS,   READ | M_POST, PAGE_REPRS, LIST | PARTNERSHIP_FILTERS |
	                                           PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) },
	{ "/activities",        PAGE_ACTIVITIES,   READ | M_POST, PAGE_REPRS, LIST | PARAM_BIT(P_CITY) |
	                                           PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_AREA) },
	/* Writes of one item (lib/edit.h); its tag comes with the 201 or 204 of a write and
	 * with its editing form. */
	{ "/agreements/{id}",   PAGE_AGREEMENT,    M_PUT | M_DELETE, PAGE_REPRS, 0 },
	{ "/activities/{id}",   PAGE_ACTIVITY,     M_PUT | M_DELETE, PAGE_REPRS, 0 },
	{ "/kpi-targets",       PAGE_KPI_TARGETS,  M_POST, PAGE_REPRS, 0 },
	{ "/kpi-targets/{id}",  PAGE_KPI_TARGET,   M_PUT, PAGE_REPRS, 0 },
	{ "/organisations",     PAGE_ORGANISATIONS, M_POST, PAGE_REPRS, 0 },
	{ "/organisations/{id}", PAGE_ORGANISATION, M_PUT | M_DELETE, PAGE_REPRS, 0 },
	{ "/events",            PAGE_EVENTS,       READ, PAGE_REPRS, LIST | EVENT_FILTERS },
	{ "/events/{id}",       PAGE_EVENT,        READ, PAGE_REPRS, PARAM_BIT(P_LANG) },
	{ "/kpis",              PAGE_KPIS,         READ, PAGE_REPRS, LIST },
	{ "/kpi-values",        PAGE_KPI_VALUES,   READ | M_POST, PAGE_REPRS, LIST | PARAM_BIT(P_KPI) |
	                                           PARAM_BIT(P_CITY) | PARAM_BIT(P_PARTNERSHIP) |
	                                           PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) },
	{ "/kpi-values/{id}",   PAGE_KPI_VALUE,    READ, PAGE_REPRS, PARAM_BIT(P_LANG) },
	/* Editing pages: HTML only, behind the web server's authentication (REMOTE_USER). */
	{ "/edit/kpi-values",   PAGE_EDIT_KPI_VALUES, READ | M_POST, 1u << REPR_HTML,
	                                           PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_LANG) },
	{ "/edit/cities/{slug}", PAGE_EDIT,        READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/partnerships/{id}", PAGE_EDIT,    READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/agreements",   PAGE_EDIT,         READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_LANG) },
	{ "/edit/agreements/{id}", PAGE_EDIT,      READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/activities",   PAGE_EDIT,         READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_LANG) },
	{ "/edit/activities/{id}", PAGE_EDIT,      READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/kpi-targets",  PAGE_EDIT,         READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_LANG) },
	{ "/edit/kpi-targets/{id}", PAGE_EDIT,     READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/organisations", PAGE_EDIT,        READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/organisations/{id}", PAGE_EDIT,   READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/sources",      PAGE_EDIT,         READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	{ "/edit/sources/{id}", PAGE_EDIT,         READ | M_POST, 1u << REPR_HTML, PARAM_BIT(P_LANG) },
	/* The partnership's editors: its dashboard with the internal KPI values. */
	{ "/edit/partnerships/{id}/dashboard", PAGE_EDIT_DASHBOARD, READ, PAGE_REPRS | 1u << REPR_CSV,
	                                           PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) |
	                                           PARAM_BIT(P_TABLE) },
	/* Admins only: who changed what (HTML and XML, newest first, paged by id). */
	{ "/edit/audit",        PAGE_EDIT_AUDIT,   READ, PAGE_REPRS, PARAM_BIT(P_LIMIT) |
	                                           PARAM_BIT(P_AFTER) | PARAM_BIT(P_LANG) },
	{ "/feeds/partnerships", PAGE_FEED_PARTNERSHIPS, READ, 1u << REPR_ATOM,
	                                           PARTNERSHIP_FILTERS | PARAM_BIT(P_PAGE) | PARAM_BIT(P_LANG) },
	{ "/feeds/events",      PAGE_FEED_EVENTS,  READ, 1u << REPR_ATOM | 1u << REPR_ICS,
	                                           EVENT_FILTERS | PARAM_BIT(P_PAGE) | PARAM_BIT(P_LANG) },
	{ "/schema/c2c",        PAGE_SCHEMA,       READ, 1u << REPR_RNG, 0 },
	{ "/healthz",           PAGE_HEALTH,       READ, PAGE_REPRS, PARAM_BIT(P_LANG) },
	/* Calendar sources: paged, but no updated_since: their health moves with the clock,
	 * not with updated_at, so a mirror could not follow it. */
	{ "/sources",           PAGE_SOURCES,      READ | M_POST, PAGE_REPRS, PARAM_BIT(P_LIMIT) |
	                                           PARAM_BIT(P_AFTER) | PARAM_BIT(P_LANG) },
	{ "/sources/{id}",      PAGE_SOURCE,       READ | M_PUT | M_DELETE, PAGE_REPRS, PARAM_BIT(P_LANG) },
};

static const char *const page_names[] = {
	[PAGE_OVERVIEW] = "overview",
	[PAGE_CITIES] = "cities",
	[PAGE_CITY] = "city",
	[PAGE_PARTNERSHIPS] = "partnerships",
	[PAGE_PARTNERSHIP] = "partnership",
	[PAGE_MATCHES] = "matches",
	[PAGE_AGREEMENTS] = "agreements",
	[PAGE_ACTIVITIES] = "activities",
	[PAGE_EVENTS] = "events",
	[PAGE_EVENT] = "event",
	[PAGE_KPIS] = "kpis",
	[PAGE_KPI_VALUES] = "kpi-values",
	[PAGE_KPI_VALUE] = "kpi-value",
	[PAGE_EDIT_KPI_VALUES] = "edit-kpi-values",
	[PAGE_FEED_PARTNERSHIPS] = "feed-partnerships",
	[PAGE_FEED_EVENTS] = "feed-events",
	[PAGE_SCHEMA] = "schema",
	[PAGE_HEALTH] = "health",
	[PAGE_SOURCES] = "sources",
	[PAGE_SOURCE] = "source",
	[PAGE_CITY_DASHBOARD] = "city-dashboard",
	[PAGE_AGREEMENT] = "agreement",
	[PAGE_ACTIVITY] = "activity",
	[PAGE_KPI_TARGETS] = "kpi-targets",
	[PAGE_KPI_TARGET] = "kpi-target",
	[PAGE_ORGANISATIONS] = "organisations",
	[PAGE_ORGANISATION] = "organisation",
	[PAGE_EDIT] = "edit",
	[PAGE_EDIT_AUDIT] = "audit",
	[PAGE_EDIT_DASHBOARD] = "partnership",
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
		size_t sl = strlen(reprs[i].suffix);
		if (n > sl && strcmp(p + n - sl, reprs[i].suffix) == 0) {
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

/* test_route.c: the route table and its matcher (route_find, method_parse,
 * method_allow_header, page_name). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "edit.h"
#include "param.h"
#include "route.h"
#include "suites.h"

#define READ (M_GET | M_HEAD)
#define NONE (-1)

static const struct {
	const char  *method;
	const char  *path;
	const char  *accept;
	enum c2c_err rc;
	int          page;     /* NONE when not found */
	enum repr    repr;
	const char  *arg;
	const char  *mpath;
} cases[] = {
	/* The pages and their representations. */
	{ "GET", "/", NULL, C2C_OK, PAGE_OVERVIEW, REPR_HTML, "", "/" },
	{ "GET", "", NULL, C2C_OK, PAGE_OVERVIEW, REPR_HTML, "", "/" },
	{ "GET", NULL, NULL, C2C_OK, PAGE_OVERVIEW, REPR_HTML, "", "/" },
	{ "HEAD", "/", NULL, C2C_OK, PAGE_OVERVIEW, REPR_HTML, "", "/" },
	{ "GET", "/index.xml", NULL, C2C_OK, PAGE_OVERVIEW, REPR_XML, "", "/" },
	{ "GET", "/index.html", "application/xml", C2C_OK, PAGE_OVERVIEW, REPR_HTML, "", "/" },
	{ "GET", "/cities", NULL, C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities/", NULL, C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities.xml", NULL, C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities.html", NULL, C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities/leeds", NULL, C2C_OK, PAGE_CITY, REPR_HTML, "leeds", "/cities/leeds" },
	{ "GET", "/cities/leeds/", NULL, C2C_OK, PAGE_CITY, REPR_HTML, "leeds", "/cities/leeds" },
	{ "GET", "/cities/leeds.xml", NULL, C2C_OK, PAGE_CITY, REPR_XML, "leeds", "/cities/leeds" },
	{ "HEAD", "/cities/shanghai-pudong", NULL, C2C_OK, PAGE_CITY, REPR_HTML, "shanghai-pudong",
	  "/cities/shanghai-pudong" },
	{ "GET", "/partnerships", NULL, C2C_OK, PAGE_PARTNERSHIPS, REPR_HTML, "", "/partnerships" },
	{ "GET", "/partnerships.xml", NULL, C2C_OK, PAGE_PARTNERSHIPS, REPR_XML, "", "/partnerships" },
	{ "GET", "/partnerships/12", NULL, C2C_OK, PAGE_PARTNERSHIP, REPR_HTML, "12", "/partnerships/12" },
	{ "GET", "/partnerships/12.xml", NULL, C2C_OK, PAGE_PARTNERSHIP, REPR_XML, "12", "/partnerships/12" },
	{ "GET", "/partnerships/123456789", NULL, C2C_OK, PAGE_PARTNERSHIP, REPR_HTML, "123456789",
	  "/partnerships/123456789" },
	{ "GET", "/events", NULL, C2C_OK, PAGE_EVENTS, REPR_HTML, "", "/events" },
	{ "GET", "/events.xml", NULL, C2C_OK, PAGE_EVENTS, REPR_XML, "", "/events" },
	{ "GET", "/healthz", NULL, C2C_OK, PAGE_HEALTH, REPR_HTML, "", "/healthz" },
	{ "GET", "/healthz.xml", NULL, C2C_OK, PAGE_HEALTH, REPR_XML, "", "/healthz" },
	{ "GET", "/sources", NULL, C2C_OK, PAGE_SOURCES, REPR_HTML, "", "/sources" },
	{ "GET", "/sources.xml", NULL, C2C_OK, PAGE_SOURCES, REPR_XML, "", "/sources" },
	{ "GET", "/sources/7", NULL, C2C_OK, PAGE_SOURCE, REPR_HTML, "7", "/sources/7" },
	{ "GET", "/sources/7.xml", NULL, C2C_OK, PAGE_SOURCE, REPR_XML, "7", "/sources/7" },
	{ "GET", "/sources/999999999", "application/xml", C2C_OK, PAGE_SOURCE, REPR_XML, "999999999",
	  "/sources/999999999" },

	/* Not found. */
	{ "GET", "/cities/Leeds", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/../etc/passwd", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/..", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/leeds/events", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/le--eds", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/-leeds", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/<script>", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/leeds.json", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities/leeds.xml.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/cities/.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/cities//", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/partnerships/0", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/012", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/1234567890", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/abc", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/-1", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/1e3", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/12a", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/partnerships/ 12", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/nope", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/CITIES", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/cities.json", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/index", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "cities", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/citiesx", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/citie", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/healthz/x", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	/* Source ids: what the other {id} pages refuse. */
	{ "GET", "/sources/0", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/sources/-3", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/sources/1234567890", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/sources/x1.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/sources/1/runs", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	/* Not found answers in the form asked for: suffix, else Accept, else XML. */
	{ "GET", "/nope.xml", "text/html", C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/nope", "application/xml", C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/nope", "application/json", C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/nope.html", "application/xml", C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },

	/* Methods: the resource exists, the method is not allowed. */
	{ "POST", "/cities", NULL, C2C_EMETHOD, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "PUT", "/cities/leeds", NULL, C2C_OK, PAGE_CITY, REPR_HTML, "leeds", "/cities/leeds" },
	{ "DELETE", "/cities/leeds", NULL, C2C_EMETHOD, PAGE_CITY, REPR_HTML, "leeds", "/cities/leeds" },
	{ "PUT", "/agreements/12", "application/xml", C2C_OK, PAGE_AGREEMENT, REPR_XML, "12", "/agreements/12" },
	{ "GET", "/agreements/12", NULL, C2C_EMETHOD, PAGE_AGREEMENT, REPR_HTML, "12", "/agreements/12" },
	{ "DELETE", "/activities/4", NULL, C2C_OK, PAGE_ACTIVITY, REPR_HTML, "4", "/activities/4" },
	{ "POST", "/kpi-targets", "application/xml", C2C_OK, PAGE_KPI_TARGETS, REPR_XML, "", "/kpi-targets" },
	{ "DELETE", "/kpi-targets/4", NULL, C2C_EMETHOD, PAGE_KPI_TARGET, REPR_HTML, "4", "/kpi-targets/4" },
	{ "POST", "/sources", NULL, C2C_OK, PAGE_SOURCES, REPR_HTML, "", "/sources" },
	{ "POST", "/organisations", NULL, C2C_OK, PAGE_ORGANISATIONS, REPR_HTML, "", "/organisations" },
	{ "DELETE", "/organisations/9", NULL, C2C_OK, PAGE_ORGANISATION, REPR_HTML, "9", "/organisations/9" },
	{ "DELETE", "/sources/3", NULL, C2C_OK, PAGE_SOURCE, REPR_HTML, "3", "/sources/3" },
	{ "GET", "/edit/agreements/12", NULL, C2C_OK, PAGE_EDIT, REPR_HTML, "12", "/edit/agreements/12" },
	{ "POST", "/edit/cities/leeds", NULL, C2C_OK, PAGE_EDIT, REPR_HTML, "leeds", "/edit/cities/leeds" },
	{ "GET", "/edit/audit.xml", NULL, C2C_OK, PAGE_EDIT_AUDIT, REPR_XML, "", "/edit/audit" },
	/* Dashboards' tables (issue 6). */
	{ "GET", "/edit/partnerships/12/dashboard", NULL, C2C_OK, PAGE_EDIT_DASHBOARD, REPR_HTML, "12",
	  "/edit/partnerships/12/dashboard" },
	{ "GET", "/edit/partnerships/12/dashboard.csv", NULL, C2C_OK, PAGE_EDIT_DASHBOARD, REPR_CSV, "12",
	  "/edit/partnerships/12/dashboard" },
	{ "POST", "/edit/partnerships/12/dashboard", NULL, C2C_EMETHOD, PAGE_EDIT_DASHBOARD, REPR_HTML, "12",
	  "/edit/partnerships/12/dashboard" },
	{ "GET", "/edit/partnerships/x/dashboard", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },
	{ "GET", "/overview.csv", NULL, C2C_OK, PAGE_OVERVIEW, REPR_CSV, "", "/overview" },
	{ "GET", "/overview", "text/html", C2C_ENOTACCEPT, PAGE_OVERVIEW, REPR_XML, "", "/overview" },
	{ "GET", "/overview.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/index.csv", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", NULL },
	{ "GET", "/partnerships/3.csv", NULL, C2C_OK, PAGE_PARTNERSHIP, REPR_CSV, "3", "/partnerships/3" },
	{ "DELETE", "/events/3.xml", NULL, C2C_EMETHOD, PAGE_EVENT, REPR_XML, "3", "/events/3" },
	{ "DELETE", "/kpi-values", NULL, C2C_EMETHOD, PAGE_KPI_VALUES, REPR_HTML, "", "/kpi-values" },
	{ "PUT", "/kpi-values/7", NULL, C2C_EMETHOD, PAGE_KPI_VALUE, REPR_HTML, "7", "/kpi-values/7" },
	/* Writes (issue 7): the same resource URLs. */
	{ "POST", "/kpi-values", "application/xml", C2C_OK, PAGE_KPI_VALUES, REPR_XML, "", "/kpi-values" },
	{ "PUT", "/partnerships/3", "application/xml", C2C_OK, PAGE_PARTNERSHIP, REPR_XML, "3", "/partnerships/3" },
	{ "DELETE", "/partnerships/3.xml", NULL, C2C_OK, PAGE_PARTNERSHIP, REPR_XML, "3", "/partnerships/3" },
	{ "POST", "/edit/kpi-values", NULL, C2C_OK, PAGE_EDIT_KPI_VALUES, REPR_HTML, "", "/edit/kpi-values" },
	{ "GET", "/edit/kpi-values.xml", NULL, C2C_ENOTFOUND, NONE, REPR_XML, "", "" },
	{ "PATCH", "/events", NULL, C2C_EMETHOD, PAGE_EVENTS, REPR_HTML, "", "/events" },
	{ "get", "/events", NULL, C2C_EMETHOD, PAGE_EVENTS, REPR_HTML, "", "/events" },
	{ NULL, "/events", NULL, C2C_EMETHOD, PAGE_EVENTS, REPR_HTML, "", "/events" },
	{ "OPTIONS", "/", "application/xml", C2C_EMETHOD, PAGE_OVERVIEW, REPR_XML, "", "/" },
	{ "POST", "/nope", NULL, C2C_ENOTFOUND, NONE, REPR_HTML, "", NULL },

	/* Content negotiation. */
	{ "GET", "/cities", "application/json", C2C_ENOTACCEPT, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities", "image/png, application/json;q=0.9", C2C_ENOTACCEPT, PAGE_CITIES, REPR_XML, "",
	  "/cities" },
	{ "GET", "/cities", "application/xml", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities", "text/xml", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities", "text/html", C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities",
	  "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
	  C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities", "*/*", C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities", "", C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
	{ "GET", "/cities", "text/xml;q=0.5, text/html;q=0.1", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities", "application/xml;q=0", C2C_ENOTACCEPT, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities", "text/html;q=0, application/xml", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities/leeds", "application/xml", C2C_OK, PAGE_CITY, REPR_XML, "leeds", "/cities/leeds" },
	/* The suffix wins over Accept (and is never 406). */
	{ "GET", "/cities.xml", "text/html", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities.xml", "application/json", C2C_OK, PAGE_CITIES, REPR_XML, "", "/cities" },
	{ "GET", "/cities.html", "application/xml", C2C_OK, PAGE_CITIES, REPR_HTML, "", "/cities" },
};

START_TEST(test_route_table)
{
	struct route_match m;
	enum c2c_err rc;

	memset(&m, 0x5a, sizeof(m));
	rc = route_find(cases[_i].method, cases[_i].path, cases[_i].accept, &m);
	ck_assert_msg(rc == cases[_i].rc, "%s %s (Accept %s): rc %d, expected %d",
	    cases[_i].method ? cases[_i].method : "NULL", cases[_i].path ? cases[_i].path : "NULL",
	    cases[_i].accept ? cases[_i].accept : "NULL", (int)rc, (int)cases[_i].rc);
	ck_assert_msg(m.repr == cases[_i].repr, "%s: repr %d, expected %d", cases[_i].path,
	    (int)m.repr, (int)cases[_i].repr);
	ck_assert_uint_lt(strlen(m.arg), sizeof(m.arg));
	ck_assert_uint_lt(strlen(m.path), sizeof(m.path));
	if (cases[_i].page == NONE) {
		ck_assert_str_eq(m.arg, "");
		return;
	}
	ck_assert_int_eq(m.page, cases[_i].page);
	ck_assert_str_eq(m.arg, cases[_i].arg);
	ck_assert_str_eq(m.path, cases[_i].mpath);
	/* Every page reads, but the items written only (their tags come with the writes). */
	if (m.page != PAGE_AGREEMENT && m.page != PAGE_ACTIVITY && m.page != PAGE_KPI_TARGETS &&
	    m.page != PAGE_KPI_TARGET && m.page != PAGE_ORGANISATIONS && m.page != PAGE_ORGANISATION)
		ck_assert_uint_eq(m.allow & READ, READ);
	ck_assert_uint_eq(m.allow & ~(READ | M_POST | M_PUT | M_DELETE), 0);
}
END_TEST

START_TEST(test_method_not_allowed)
{
	struct route_match m;
	char allow[64];

	ck_assert_int_eq(route_find("POST", "/cities", NULL, &m), C2C_EMETHOD);
	ck_assert_uint_eq(m.allow, M_GET | M_HEAD);
	method_allow_header(m.allow, allow, sizeof(allow));
	ck_assert_str_eq(allow, "GET, HEAD");
}
END_TEST

START_TEST(test_params_per_page)
{
	struct route_match m;

	ck_assert_int_eq(route_find("GET", "/cities", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_SIDE) |
	    PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_Q) | PARAM_BIT(P_LANG) |
	    PARAM_BIT(P_UPDATED_SINCE));
	ck_assert_int_eq(route_find("GET", "/partnerships.xml", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_CITY) |
	    PARAM_BIT(P_KIND) | PARAM_BIT(P_AREA) | PARAM_BIT(P_STATUS) | PARAM_BIT(P_LANG) |
	    PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_UPDATED_SINCE));
	ck_assert_int_eq(route_find("GET", "/events", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_CITY) |
	    PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) | PARAM_BIT(P_LANG) | PARAM_BIT(P_PARTNERSHIP) |
	    PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_UPDATED_SINCE) |
	    PARAM_BIT(P_SOURCE));
	/* The feeds share the events' filters, source included. */
	ck_assert_int_eq(route_find("GET", "/feeds/events.ics", NULL, &m), C2C_OK);
	ck_assert(m.params & PARAM_BIT(P_SOURCE));
	ck_assert_int_eq(route_find("GET", "/sources", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_LANG));
	ck_assert_int_eq(route_find("GET", "/sources/3", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG));
	ck_assert_int_eq(route_find("GET", "/cities/leeds", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG));
	ck_assert_int_eq(route_find("GET", "/partnerships/7", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) |
	    PARAM_BIT(P_TABLE));
	ck_assert_int_eq(route_find("GET", "/overview.csv", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) | PARAM_BIT(P_TABLE));
	ck_assert_int_eq(route_find("GET", "/", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO));
	/* the city dashboard's table picks the CSV table */
	ck_assert_int_eq(route_find("GET", "/cities/leeds/dashboard.csv", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) |
	    PARAM_BIT(P_TABLE));
	ck_assert_int_eq(route_find("GET", "/healthz", NULL, &m), C2C_OK);
	ck_assert_uint_eq(m.params, PARAM_BIT(P_LANG));
}
END_TEST

START_TEST(test_long_paths)
{
	struct route_match m;
	char path[512], slug[80];

	/* A 300-byte path. */
	strcpy(path, "/cities/");
	memset(path + 8, 'a', 292);
	path[300] = '\0';
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
	ck_assert_str_eq(m.arg, "");
	/* 255 bytes is the most m->path holds; one more is not found whatever it is. */
	memset(path, '/', 300);
	path[255] = '\0';
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
	path[255] = '/';
	path[256] = '\0';
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
	/* A 64-byte slug is a slug, 65 is not. */
	memset(slug, 'a', 64);
	slug[64] = '\0';
	snprintf(path, sizeof(path), "/cities/%s.xml", slug);
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_OK);
	ck_assert_str_eq(m.arg, slug);
	ck_assert_int_eq(m.repr, REPR_XML);
	snprintf(path, sizeof(path), "/cities/%sa", slug);
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
	ck_assert_str_eq(m.arg, "");
	/* A long slug that would overflow arg. */
	strcpy(path, "/cities/");
	memset(path + 8, 'b', 200);
	path[208] = '\0';
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
	strcpy(path, "/partnerships/");
	memset(path + 14, '1', 200);
	path[214] = '\0';
	ck_assert_int_eq(route_find("GET", path, NULL, &m), C2C_ENOTFOUND);
}
END_TEST

static const struct {
	const char *s;
	enum method m;
} method_cases[] = {
	{ "GET", M_GET }, { "HEAD", M_HEAD }, { "POST", M_POST }, { "PUT", M_PUT },
	{ "DELETE", M_DELETE }, { "get", M_OTHER }, { "Get", M_OTHER }, { "GETX", M_OTHER },
	{ "GE", M_OTHER }, { "", M_OTHER }, { NULL, M_OTHER }, { "PATCH", M_OTHER },
	{ "OPTIONS", M_OTHER }, { "TRACE", M_OTHER }, { "CONNECT", M_OTHER }, { "GET ", M_OTHER },
};

START_TEST(test_method_parse)
{
	ck_assert_int_eq(method_parse(method_cases[_i].s), method_cases[_i].m);
}
END_TEST

START_TEST(test_allow_header)
{
	char out[64];

	method_allow_header(M_GET | M_HEAD, out, sizeof(out));
	ck_assert_str_eq(out, "GET, HEAD");
	method_allow_header(M_GET, out, sizeof(out));
	ck_assert_str_eq(out, "GET");
	method_allow_header(M_HEAD | M_GET, out, sizeof(out));
	ck_assert_str_eq(out, "GET, HEAD");
	method_allow_header(M_GET | M_HEAD | M_POST | M_PUT | M_DELETE, out, sizeof(out));
	ck_assert_str_eq(out, "GET, HEAD, POST, PUT, DELETE");
	method_allow_header(M_POST | M_DELETE, out, sizeof(out));
	ck_assert_str_eq(out, "POST, DELETE");
	method_allow_header(0, out, sizeof(out));
	ck_assert_str_eq(out, "");
	method_allow_header(M_OTHER, out, sizeof(out));
	ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(test_allow_header_truncated)
{
	char out[8];

	memset(out, 'z', sizeof(out));
	method_allow_header(M_GET | M_HEAD, out, 6);
	ck_assert_str_eq(out, "GET, ");
	ck_assert_int_eq(out[6], 'z');
}
END_TEST

START_TEST(test_page_name)
{
	static const char *const names[PAGE__MAX] = {
		[PAGE_OVERVIEW] = "overview", [PAGE_CITIES] = "cities", [PAGE_CITY] = "city",
		[PAGE_PARTNERSHIPS] = "partnerships", [PAGE_PARTNERSHIP] = "partnership",
		[PAGE_MATCHES] = "matches", [PAGE_AGREEMENTS] = "agreements", [PAGE_ACTIVITIES] = "activities",
		[PAGE_EVENTS] = "events", [PAGE_EVENT] = "event", [PAGE_KPIS] = "kpis",
		[PAGE_KPI_VALUES] = "kpi-values", [PAGE_KPI_VALUE] = "kpi-value",
		[PAGE_EDIT_KPI_VALUES] = "edit-kpi-values", [PAGE_FEED_PARTNERSHIPS] = "feed-partnerships",
		[PAGE_FEED_EVENTS] = "feed-events", [PAGE_SCHEMA] = "schema", [PAGE_HEALTH] = "health",
		[PAGE_SOURCES] = "sources", [PAGE_SOURCE] = "source",
		[PAGE_CITY_DASHBOARD] = "city-dashboard", [PAGE_AGREEMENT] = "agreement",
		[PAGE_ACTIVITY] = "activity", [PAGE_KPI_TARGETS] = "kpi-targets",
		[PAGE_KPI_TARGET] = "kpi-target", [PAGE_ORGANISATIONS] = "organisations",
		[PAGE_ORGANISATION] = "organisation", [PAGE_EDIT] = "edit", [PAGE_EDIT_AUDIT] = "audit",
		/* the same document as the public dashboard, so the same stylesheet */
		[PAGE_EDIT_DASHBOARD] = "partnership",
		/* Expressions of interest (issue 19). */
		[PAGE_INTERESTS] = "interests",
		/* the guide and the step tracker (issue 18): one view for the four trackers */
		[PAGE_GUIDE] = "guide", [PAGE_GUIDE_STEP] = "guide-step", [PAGE_TRACKER] = "tracker",
		[PAGE_CITY_TRACKER] = "tracker", [PAGE_EDIT_TRACKER] = "tracker",
		[PAGE_EDIT_CITY_TRACKER] = "tracker",
		/* Self-assessment (issue 19): the page and the editors' form share one view */
		[PAGE_SELF_ASSESSMENT] = "self-assessment", [PAGE_EDIT_SELF_ASSESSMENT] = "self-assessment",
		/* Reviews and practices (issue 18). */
		[PAGE_REVIEWS] = "reviews", [PAGE_REVIEW] = "review",
		[PAGE_REVIEW_DECISIONS] = "review-decisions", [PAGE_REVIEW_DECISION] = "review-decision",
		[PAGE_REVIEW_TARGETS] = "review-targets", [PAGE_REVIEW_TARGET] = "review-target",
		[PAGE_PRACTICES] = "practices", [PAGE_PRACTICE] = "practice",
		[PAGE_FEED_PRACTICES] = "feed-practices",
		/* Cooperation plans (issue 18). */
		[PAGE_PLANS] = "plans", [PAGE_PLAN] = "plan", [PAGE_PLAN_PRINT] = "plan-print",
		[PAGE_PLAN_COMPARE] = "plan-compare", [PAGE_PLAN_PART] = "plan-part",
		[PAGE_PLAN_STEP] = "plan-step", [PAGE_EDIT_PLAN_STEPS] = "plan-steps",
	};
	int i;

	for (i = 0; i < PAGE__MAX; i++)
		ck_assert_str_eq(page_name((enum page)i), names[i]);
	ck_assert_str_eq(page_name(PAGE__MAX), "error");
	ck_assert_str_eq(page_name((enum page)-1), "error");
}
END_TEST

/* The one list of pages (lib/pages.h) is complete: every page has a route; every route
 * that answers HTML to a GET has a view, and its stylesheet is in conf/xslt; every
 * resource a route names is one of lib/edit_resources.c's, and every PUT or DELETE names one. */
START_TEST(test_page_table_complete)
{
	int seen[PAGE__MAX] = { 0 }, p;
	const char *pattern, *res;
	enum page pg;
	unsigned meth, rmask;
	char path[512];
	size_t i;

	for (i = 0; route_at(i, &pattern, &pg, &meth, &rmask, &res); i++) {
		ck_assert_msg((unsigned)pg < PAGE__MAX, "route %s: no page", pattern);
		seen[pg] = 1;
		ck_assert_msg(pattern[0] == '/', "route %s: not a path", pattern);
		ck_assert_msg(res == NULL || edit_resource(res) != NULL,
		    "route %s: lib/edit_resources.c has no resource '%s'", pattern, res);
		ck_assert_msg(!(meth & (M_PUT | M_DELETE)) || res != NULL,
		    "route %s takes PUT or DELETE but names no resource", pattern);
		ck_assert_msg(!((meth & M_GET) && (rmask & (1u << REPR_HTML))) || page_has_view(pg),
		    "route %s answers HTML but page %s has no view", pattern, page_name(pg));
	}
	ck_assert_uint_gt(i, 0);
	for (p = 0; p < PAGE__MAX; p++) {
		ck_assert_msg(seen[p], "page %s has no route", page_name((enum page)p));
		if (!page_has_view((enum page)p))
			continue;
		snprintf(path, sizeof(path), "%s/conf/xslt/%s.xsl", C2C_SRCDIR, page_name((enum page)p));
		ck_assert_msg(access(path, R_OK) == 0, "page %s: no stylesheet %s", page_name((enum page)p), path);
	}
	snprintf(path, sizeof(path), "%s/conf/xslt/error.xsl", C2C_SRCDIR);
	ck_assert_int_eq(access(path, R_OK), 0);
}
END_TEST

/* Issue 6: the city dashboard, in HTML, XML and CSV, with its range; nothing else. */
START_TEST(test_city_dashboard)
{
	struct route_match m;

	ck_assert_int_eq(route_find("GET", "/cities/leeds/dashboard", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.page, PAGE_CITY_DASHBOARD);
	ck_assert_int_eq(m.repr, REPR_HTML);
	ck_assert_str_eq(m.arg, "leeds");
	ck_assert(m.params & PARAM_BIT(P_FROM) && m.params & PARAM_BIT(P_TO) && m.params & PARAM_BIT(P_LANG));
	ck_assert(!(m.params & PARAM_BIT(P_LIMIT)));
	ck_assert_int_eq(route_find("GET", "/cities/leeds/dashboard.csv", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.repr, REPR_CSV);
	ck_assert_int_eq(route_find("GET", "/cities/leeds/dashboard.xml", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.repr, REPR_XML);
	ck_assert_int_eq(route_find("GET", "/cities/leeds/dashboard.atom", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("GET", "/cities/Leeds/dashboard", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("GET", "/cities/../dashboard", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("POST", "/cities/leeds/dashboard", NULL, &m), C2C_EMETHOD);
	ck_assert_int_eq(route_find("GET", "/cities/leeds/matches.csv", NULL, &m), C2C_ENOTFOUND);
}
END_TEST

START_TEST(test_feeds_and_representations)
{
	struct route_match m;

	ck_assert_int_eq(route_find("GET", "/feeds/events.atom", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.page, PAGE_FEED_EVENTS);
	ck_assert_int_eq(m.repr, REPR_ATOM);
	ck_assert_int_eq(route_find("GET", "/feeds/events.ics", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.repr, REPR_ICS);
	ck_assert_int_eq(route_find("GET", "/feeds/events", "text/calendar", &m), C2C_OK);
	ck_assert_int_eq(m.repr, REPR_ICS);
	ck_assert_int_eq(route_find("GET", "/feeds/events", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.repr, REPR_ATOM);   /* the first of the route's forms */
	ck_assert_int_eq(route_find("GET", "/feeds/events", "text/html", &m), C2C_ENOTACCEPT);
	ck_assert_int_eq(route_find("GET", "/feeds/partnerships.ics", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("GET", "/feeds/events.xml", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("GET", "/cities.atom", NULL, &m), C2C_ENOTFOUND);
	ck_assert_int_eq(route_find("GET", "/schema/c2c.rng", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.page, PAGE_SCHEMA);
	ck_assert_int_eq(route_find("GET", "/events/12.xml", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.page, PAGE_EVENT);
	ck_assert_str_eq(m.arg, "12");
	ck_assert_int_eq(route_find("GET", "/kpi-values.xml", NULL, &m), C2C_OK);
	ck_assert_int_eq(m.page, PAGE_KPI_VALUES);
	ck_assert_str_eq(repr_suffix(REPR_ICS), ".ics");
	ck_assert_str_eq(repr_content_type(REPR_ATOM), "application/atom+xml; charset=utf-8");
	ck_assert_str_eq(repr_suffix(REPR_HTML), "");
}
END_TEST

Suite *
route_suite(void)
{
	Suite *s = suite_create("route");
	TCase *tc = tcase_create("route_find");

	tcase_add_loop_test(tc, test_route_table, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_method_not_allowed);
	tcase_add_test(tc, test_params_per_page);
	tcase_add_test(tc, test_long_paths);
	suite_add_tcase(s, tc);

	tc = tcase_create("methods");
	tcase_add_loop_test(tc, test_method_parse, 0, (int)(sizeof(method_cases) / sizeof(method_cases[0])));
	tcase_add_test(tc, test_allow_header);
	tcase_add_test(tc, test_allow_header_truncated);
	tcase_add_test(tc, test_page_name);
	tcase_add_test(tc, test_page_table_complete);
	tcase_add_test(tc, test_feeds_and_representations);
	tcase_add_test(tc, test_city_dashboard);
	suite_add_tcase(s, tc);
	return s;
}

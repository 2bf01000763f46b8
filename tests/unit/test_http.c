/* test_http.c: content and language negotiation, conditional requests, status phrases
 * (http_negotiate, http_media_q, http_lang, http_etag_match, http_reason). */
#include <stdio.h>
#include <string.h>

#include "http.h"
#include "route.h"
#include "suites.h"

#define HTML (1u << REPR_HTML)
#define XML  (1u << REPR_XML)
#define ANY  (HTML | XML)

static const struct {
	const char *params;
	int         q;
} q_cases[] = {
	{ "", 1000 }, { ";q=0.5", 500 }, { ";q=0", 0 }, { ";q=0.0", 0 }, { ";q=0.000", 0 },
	{ ";q=1", 1000 }, { ";q=1.0", 1000 }, { ";q=1.000", 1000 }, { ";q=0.123", 123 },
	{ ";q=0.05", 50 }, { ";q=0.001", 1 }, { ";q=0.9", 900 }, { ";level=1;q=0.7", 700 },
	{ "; q=0.3", 300 }, { ";\tq=0.3", 300 }, { ";Q=0.4", 400 }, { ";q=abc", 0 }, { ";q=", 0 },
	{ ";q=.5", 0 }, { ";q=-1", 0 }, { ";charset=utf-8", 1000 }, { ";q=0.1234", 123 },
	{ ";aq=0.5", 1000 }, { ";level=q=0", 1000 },
};

START_TEST(test_media_q)
{
	ck_assert_msg(http_media_q(q_cases[_i].params, strlen(q_cases[_i].params)) == q_cases[_i].q,
	    "http_media_q(\"%s\") = %d, expected %d", q_cases[_i].params,
	    http_media_q(q_cases[_i].params, strlen(q_cases[_i].params)), q_cases[_i].q);
}
END_TEST

START_TEST(test_media_q_bounded)
{
	/* Only params[0..len) is read. */
	ck_assert_int_eq(http_media_q(";q=0.5", 4), 0);
	ck_assert_int_eq(http_media_q(";q=0.5", 5), 0);
	ck_assert_int_eq(http_media_q(";q=0.5", 6), 500);
	ck_assert_int_eq(http_media_q(";q=0.5", 0), 1000);
	ck_assert_int_eq(http_media_q(";q", 2), 1000);
}
END_TEST

static const struct {
	const char *accept;
	unsigned    mask;
	int         repr;
} neg_cases[] = {
	{ NULL, ANY, REPR_HTML },
	{ "", ANY, REPR_HTML },
	{ NULL, XML, REPR_XML },
	{ "", XML, REPR_XML },
	{ NULL, HTML, REPR_HTML },
	{ "application/json", ANY, -1 },
	{ "application/xml", ANY, REPR_XML },
	{ "text/xml", ANY, REPR_XML },
	{ "APPLICATION/XML", ANY, REPR_XML },
	{ "text/html", ANY, REPR_HTML },
	{ "TEXT/HTML", ANY, REPR_HTML },
	/* We serve text/html, not XHTML; application/ with a star is therefore XML. */
	{ "application/xhtml+xml", ANY, -1 },
	{ "application/*", ANY, REPR_XML },
	{ "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ANY, REPR_HTML },
	{ "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8", ANY, REPR_HTML },
	{ "*/*", ANY, REPR_HTML },
	{ "*/*", XML, REPR_XML },
	{ "text/*", ANY, REPR_HTML },
	{ "text/xml;q=0.5, text/html;q=0.1", ANY, REPR_XML },
	{ " text/html ; q=0.5 , application/xml ; q=0.6 ", ANY, REPR_XML },
	{ "application/xml;q=0", ANY, -1 },
	{ "text/html;q=0", ANY, -1 },
	{ "text/html;q=0, */*", ANY, REPR_XML },
	{ "*/*;q=0.1, text/html;q=0", ANY, REPR_XML },
	{ "application/xml, text/html;q=0.9", ANY, REPR_XML },
	{ "text/html", XML, -1 },
	{ "application/xml", HTML, -1 },
	{ "application/xml", 0, -1 },
	{ "image/png", ANY, -1 },
	{ "text/plain, application/json", ANY, -1 },
	{ "text/htmlx", ANY, -1 },
	{ "text/htm", ANY, -1 },
	{ "application/xml-dtd", ANY, -1 },
	{ ",,,", ANY, -1 },
	{ ";q=1", ANY, -1 },
	{ "*", ANY, -1 },
};

START_TEST(test_negotiate)
{
	int r = http_negotiate(neg_cases[_i].accept, neg_cases[_i].mask);

	ck_assert_msg(r == neg_cases[_i].repr, "http_negotiate(\"%s\", %u) = %d, expected %d",
	    neg_cases[_i].accept ? neg_cases[_i].accept : "NULL", neg_cases[_i].mask, r,
	    neg_cases[_i].repr);
}
END_TEST

static const struct {
	const char *al;
	const char *lang;
} lang_cases[] = {
	{ NULL, "en" },
	{ "", "en" },
	{ "en", "en" },
	{ "zh", "zh" },
	{ "zh-CN", "zh" },
	{ "ZH-cn", "zh" },
	{ "zh-Hant-TW", "zh" },
	{ "zh-TW,zh;q=0.9", "zh" },
	{ "zh-CN,zh;q=0.9,en;q=0.8", "zh" },
	{ "zh-CN,zh;q=0.8,en-US;q=0.5,en;q=0.3", "zh" },
	{ "en-US,en;q=0.9,zh-CN;q=0.8", "en" },
	{ "en-GB,en;q=0.9", "en" },
	{ "fr,de", "en" },
	{ "fr, zh;q=0.5", "zh" },
	{ "fr;q=0.9, zh;q=0.5, en;q=0.4", "zh" },
	{ "zh;q=0", "en" },
	{ "zh;q=0.4, en;q=0.5", "en" },
	{ "en;q=0.4, zh;q=0.5", "zh" },
	{ "en, zh", "en" },
	{ "zhx", "en" },
	{ "zh_CN", "en" },
	{ "*", "en" },
	{ ",,;;,", "en" },
	{ "zh;q=", "en" },
};

START_TEST(test_lang)
{
	const char *got = http_lang(lang_cases[_i].al);

	ck_assert_msg(strcmp(got, lang_cases[_i].lang) == 0, "http_lang(\"%s\") = %s, expected %s",
	    lang_cases[_i].al ? lang_cases[_i].al : "NULL", got, lang_cases[_i].lang);
}
END_TEST

/* BUG: lib/http.c http_lang: with equal q-values the first language range should decide
 * (its own comment: "the first language range decides ties"; the user lists Chinese first),
 * but "zh, en" (and "zh-CN,en-US") gives "en": the tie goes to English whatever the order.
 * Expected "zh", actual "en". */
START_TEST(test_lang_tie_first_wins)
{
	ck_assert_str_eq(http_lang("zh, en"), "zh");
	ck_assert_str_eq(http_lang("zh-CN,en-US"), "zh");
	ck_assert_str_eq(http_lang("zh;q=0.5, en;q=0.5"), "zh");
	ck_assert_str_eq(http_lang("en, zh"), "en");
}
END_TEST

static const struct {
	const char *inm;
	int         match;
} etag_cases[] = {
	{ NULL, 0 },
	{ "", 0 },
	{ "\"5-00ab\"", 1 },
	{ "W/\"5-00ab\"", 1 },
	{ "\"x\", \"5-00ab\"", 1 },
	{ "\"x\",\"5-00ab\"", 1 },
	{ "\"x\",\t\"5-00ab\" ", 1 },
	{ "\"5-00ab\", \"x\"", 1 },
	{ "\"a\", W/\"5-00ab\"", 1 },
	/* "*" is not honoured: it would need to know the resource exists before building it. */
	{ "*", 0 },
	{ " *", 0 },
	{ "\"x\", *", 0 },
	{ "\"5-00abc\"", 0 },
	{ "\"5-00a\"", 0 },
	{ "\"5-00ab", 0 },
	{ "5-00ab", 0 },
	{ "\"5-00AB\"", 0 },
	{ "\"x\"", 0 },
	{ "\"x\", \"y\"", 0 },
	{ "w/\"5-00ab\"", 0 },
	{ "\"6-00ab\"", 0 },
	{ ",,,", 0 },
	{ "\"x\"\"5-00ab\"", 0 },
};

START_TEST(test_etag)
{
	ck_assert_msg(http_etag_match(etag_cases[_i].inm, "\"5-00ab\"") == etag_cases[_i].match,
	    "http_etag_match(%s)", etag_cases[_i].inm ? etag_cases[_i].inm : "NULL");
}
END_TEST

static const struct {
	int         status;
	const char *reason;
} reason_cases[] = {
	{ 200, "OK" }, { 304, "Not Modified" }, { 400, "Bad Request" }, { 404, "Not Found" },
	{ 405, "Method Not Allowed" }, { 406, "Not Acceptable" }, { 414, "URI Too Long" },
	{ 500, "Internal Server Error" }, { 503, "Service Unavailable" },
	{ 0, "Unknown" }, { -1, "Unknown" }, { 999, "Unknown" }, { 201, "Created" }, { 202, "Unknown" }, { 422, "Unprocessable Content" },
};

START_TEST(test_reason)
{
	ck_assert_str_eq(http_reason(reason_cases[_i].status), reason_cases[_i].reason);
}
static const struct {
	const char *in, *out;
} dot_cases[] = {
	{ "/", "/" }, { "/cities", "/cities" }, { "/cities/", "/cities/" },
	{ "/x/../cities", "/cities" }, { "/c2c/x/../cities", "/c2c/cities" },
	{ "/./cities", "/cities" }, { "/cities/.", "/cities/" }, { "/cities/..", "/" },
	{ "/../../cities", "/cities" }, { "/..", "/" }, { "/.", "/" },
	{ "/a/b/c/./../../g", "/a/g" }, { "/edit/../cities", "/cities" },
	{ "/x/..%2Fedit", "/x/..%2Fedit" }, { "/a..b/.c/..d/", "/a..b/.c/..d/" },
	{ "/.../x", "/.../x" }, { "//x/../y", "//y" }, { "", "" }, { "../x", "x" }, { "./x", "x" },
	/* RFC 3986 5.4.2's abnormal examples, merged with base /b/c/d;p. */
	{ "/b/c/g.", "/b/c/g." }, { "/b/c/.g", "/b/c/.g" }, { "/b/c/g..", "/b/c/g.." },
	{ "/b/c/./../g", "/b/g" }, { "/b/c/./g/.", "/b/c/g/" }, { "/b/c/g/./h", "/b/c/g/h" },
	{ "/b/c/g/../h", "/b/c/h" },
};

START_TEST(test_path_normalise)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%s", dot_cases[_i].in);
	http_path_normalise(buf);
	ck_assert_msg(strcmp(buf, dot_cases[_i].out) == 0, "http_path_normalise(\"%s\") = \"%s\", expected \"%s\"",
	    dot_cases[_i].in, buf, dot_cases[_i].out);
}
END_TEST

END_TEST

Suite *
http_suite(void)
{
	Suite *s = suite_create("http");
	TCase *tc = tcase_create("negotiate");

	tcase_add_loop_test(tc, test_media_q, 0, (int)(sizeof(q_cases) / sizeof(q_cases[0])));
	tcase_add_test(tc, test_media_q_bounded);
	tcase_add_loop_test(tc, test_negotiate, 0, (int)(sizeof(neg_cases) / sizeof(neg_cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("lang");
	tcase_add_loop_test(tc, test_lang, 0, (int)(sizeof(lang_cases) / sizeof(lang_cases[0])));
	tcase_add_test(tc, test_lang_tie_first_wins);
	tcase_add_loop_test(tc, test_path_normalise, 0, sizeof(dot_cases) / sizeof(dot_cases[0]));
	suite_add_tcase(s, tc);

	tc = tcase_create("etag");
	tcase_add_loop_test(tc, test_etag, 0, (int)(sizeof(etag_cases) / sizeof(etag_cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("reason");
	tcase_add_loop_test(tc, test_reason, 0, (int)(sizeof(reason_cases) / sizeof(reason_cases[0])));
	suite_add_tcase(s, tc);
	return s;
}

/* test_link.c: URL building (link_escape, link_list). */
#include <stdlib.h>
#include <string.h>

#include "link.h"
#include "suites.h"

#define ALL ((1u << P__MAX) - 1)
#define CITIES (PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) | \
	PARAM_BIT(P_AREA) | PARAM_BIT(P_Q) | PARAM_BIT(P_LANG))

static struct buf out = BUF_INIT;
static struct params P;

static void
teardown(void)
{
	buf_free(&out);
	params_free(&P);
}

static void
parse(const char *query)
{
	char err[256];
	const char *bad;

	params_free(&P);
	ck_assert_msg(params_parse(query, ALL, &P, err, sizeof(err), &bad) == C2C_OK, "%s: %s", query, err);
}

/* link_list into a fresh out; returns out.data. */
static const char *
list(const char *base, const char *path, enum repr repr, unsigned mask, const char *after)
{
	buf_reset(&out);
	ck_assert_int_eq(link_list(&out, base, path, repr, &P, mask, after), 0);
	ck_assert_ptr_nonnull(out.data);
	return out.data;
}

static const struct {
	const char *in;
	const char *out;
} escape_cases[] = {
	{ "", "" },
	{ "abc", "abc" },
	{ "AZaz09-._~", "AZaz09-._~" },
	{ "a b", "a%20b" },
	{ "a+b", "a%2Bb" },
	{ "&=?#/%", "%26%3D%3F%23%2F%25" },
	{ "<script>\"'", "%3Cscript%3E%22%27" },
	{ "caf\xc3\xa9", "caf%C3%A9" },
	{ "\xe5\x88\xa9", "%E5%88%A9" },
	{ "\x01\x7f\xff", "%01%7F%FF" },
	{ "\r\n", "%0D%0A" },
	{ "!$()*,;:@[]", "%21%24%28%29%2A%2C%3B%3A%40%5B%5D" },
};

START_TEST(test_escape)
{
	buf_reset(&out);
	ck_assert_int_eq(link_escape(&out, escape_cases[_i].in), 0);
	if (escape_cases[_i].out[0] == '\0') {
		ck_assert(out.data == NULL || out.data[0] == '\0');
		ck_assert_uint_eq(out.len, 0);
		return;
	}
	ck_assert_str_eq(out.data, escape_cases[_i].out);
}
END_TEST

START_TEST(test_escape_roundtrip)
{
	/* Every byte but NUL escapes to something param_decode gives back. */
	char all[256], *dec;
	size_t n;
	int i;

	for (i = 1; i < 256; i++)
		all[i - 1] = (char)i;
	all[255] = '\0';
	ck_assert_int_eq(link_escape(&out, all), 0);
	ck_assert_uint_eq(strspn(out.data, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%"),
	    out.len);
	dec = param_decode(out.data, out.len, 1, &n);
	ck_assert_ptr_nonnull(dec);
	ck_assert_uint_eq(n, 255);
	ck_assert_str_eq(dec, all);
	free(dec);
}
END_TEST

START_TEST(test_list_canonical)
{
	static const char expect[] = "/c2c/cities?limit=10&side=europe&country=GB&q=a%20b%26c&lang=zh";

	parse("q=a+b%26c&lang=zh&country=gb&side=europe&limit=10");
	ck_assert_str_eq(list("/c2c", "/cities", REPR_HTML, CITIES, NULL), expect);
	/* Another order of the same parameters: the same URL. */
	parse("limit=10&side=europe&country=GB&q=a%20b%26c&lang=zh&utm_source=x");
	ck_assert_str_eq(list("/c2c", "/cities", REPR_HTML, CITIES, NULL), expect);
	parse("lang=zh&q=a b%26c&country=Gb&limit=10&side=europe");
	ck_assert_str_eq(list("/c2c", "/cities", REPR_HTML, CITIES, NULL), expect);
}
END_TEST

START_TEST(test_list_full_order)
{
	parse("lang=en&to=2024-12-31&from=2024-01-01&status=active&kind=mou&city=leeds&q=x&area=culture"
	    "&country=cn&side=china&limit=5");
	ck_assert_str_eq(list("", "/x", REPR_HTML, ALL, "YQ"),
	    "/x?limit=5&after=YQ&side=china&country=CN&area=culture&q=x&city=leeds&kind=mou&status=active"
	    "&from=2024-01-01&to=2024-12-31&lang=en");
}
END_TEST

START_TEST(test_list_xml_suffix)
{
	parse("limit=20");
	ck_assert_str_eq(list("/c2c", "/cities", REPR_XML, CITIES, NULL), "/c2c/cities.xml?limit=20");
	ck_assert_str_eq(list("/c2c", "/cities/leeds", REPR_XML, PARAM_BIT(P_LANG), NULL),
	    "/c2c/cities/leeds.xml");
	ck_assert_str_eq(list("https://www.example.city/c2c", "/partnerships/12", REPR_XML, 0, NULL),
	    "https://www.example.city/c2c/partnerships/12.xml");
}
END_TEST

START_TEST(test_list_root)
{
	parse(NULL);
	ck_assert_str_eq(list("/c2c", "/", REPR_XML, ALL, NULL), "/c2c/index.xml");
	ck_assert_str_eq(list("", "/", REPR_XML, ALL, NULL), "/index.xml");
	ck_assert_str_eq(list("/c2c", "/", REPR_HTML, ALL, NULL), "/c2c/");
	ck_assert_str_eq(list("", "/", REPR_HTML, ALL, NULL), "/");
	parse("lang=zh");
	ck_assert_str_eq(list("/c2c", "/", REPR_XML, PARAM_BIT(P_LANG), NULL), "/c2c/index.xml?lang=zh");
	ck_assert_str_eq(list("/c2c", "/", REPR_HTML, PARAM_BIT(P_LANG), NULL), "/c2c/?lang=zh");
}
END_TEST

START_TEST(test_list_mask)
{
	/* Parameters outside the mask are left out. */
	parse("kind=mou&limit=7&q=x");
	ck_assert_str_eq(list("", "/cities", REPR_HTML, PARAM_BIT(P_LIMIT), NULL), "/cities?limit=7");
	ck_assert_str_eq(list("", "/cities", REPR_HTML, 0, "YQ"), "/cities");
	/* No parameters: no '?'. */
	parse("");
	ck_assert_str_eq(list("/b", "/events", REPR_HTML, ALL, NULL), "/b/events");
}
END_TEST

START_TEST(test_list_after)
{
	char *c = cursor_encode("leeds");

	parse("limit=5&side=china");
	ck_assert_str_eq(list("", "/cities", REPR_HTML, CITIES, c), "/cities?limit=5&after=bGVlZHM&side=china");
	/* Only the after given: a parsed one is not repeated (next links replace it). */
	free(c);
	c = cursor_encode("ab");
	parse("after=YWJj&limit=5");
	ck_assert_str_eq(list("", "/cities", REPR_HTML, CITIES, c), "/cities?limit=5&after=YWI");
	ck_assert_str_eq(list("", "/cities", REPR_HTML, CITIES, P.v[P_AFTER].str), "/cities?limit=5&after=YWJj");
	/* after is escaped like any value. */
	ck_assert_str_eq(list("", "/cities", REPR_HTML, PARAM_BIT(P_AFTER), "a b&c"), "/cities?after=a%20b%26c");
	free(c);
}
END_TEST

START_TEST(test_list_appends)
{
	parse("limit=3");
	ck_assert_int_eq(buf_puts(&out, "Link: <"), 0);
	ck_assert_int_eq(link_list(&out, "/c2c", "/events", REPR_HTML, &P, ALL, NULL), 0);
	ck_assert_str_eq(out.data, "Link: </c2c/events?limit=3");
}
END_TEST

Suite *
link_suite(void)
{
	Suite *s = suite_create("link");
	TCase *tc = tcase_create("escape");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_loop_test(tc, test_escape, 0, (int)(sizeof(escape_cases) / sizeof(escape_cases[0])));
	tcase_add_test(tc, test_escape_roundtrip);
	suite_add_tcase(s, tc);

	tc = tcase_create("list");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_list_canonical);
	tcase_add_test(tc, test_list_full_order);
	tcase_add_test(tc, test_list_xml_suffix);
	tcase_add_test(tc, test_list_root);
	tcase_add_test(tc, test_list_mask);
	tcase_add_test(tc, test_list_after);
	tcase_add_test(tc, test_list_appends);
	suite_add_tcase(s, tc);
	return s;
}

/* test_source_admin.c: c2cctl's new calendar source checked by the web's rules
 * (lib/source_admin.c's source_new_check, pure): the same refusals as POST /sources, each
 * named by the web's field, and the web's defaults filled in. */
#include <string.h>

#include "source_admin.h"
#include "suites.h"

/* The code of the first problem on field, or -1. */
static int
code_of(const struct field_errors *e, const char *field)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->v[i].field, field) == 0)
			return (int)e->v[i].code;
	return -1;
}

/* Checks in; the code on field (-1: none) and the number of problems. */
static int
check(const struct source_new *in, const char *field, size_t *n)
{
	struct edit_values v;
	struct field_errors e = { NULL, 0, 0, 0 };
	int code;

	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(source_new_check(in, &v, &e), C2C_OK);
	code = code_of(&e, field);
	*n = e.n;
	fe_free(&e);
	edit_values_free(&v);
	return code;
}

START_TEST(refusals_as_on_the_web)
{
	static const struct {
		const char *url, *name, *every, *field;
		int code;
	} cases[] = {
		{ "https://user:pw@example.org/c.ics", NULL, NULL, "url", FE_URL_CREDENTIALS },
		{ "https://token@example.org/c.ics", NULL, NULL, "url", FE_URL_CREDENTIALS },
		{ "javascript:alert(1)", NULL, NULL, "url", FE_URL },
		{ "file:///etc/passwd", NULL, NULL, "url", FE_URL },
		{ "ftp://example.org/c.ics", NULL, NULL, "url", FE_URL },
		{ "https://example.org/c.ics", "a\tb", NULL, "name", FE_LINE },
		{ "https://example.org/c.ics", NULL, "4", "refresh-minutes", FE_INTEGER },
		{ "https://example.org/c.ics", NULL, "10081", "refresh-minutes", FE_INTEGER },
		{ "https://example.org/c.ics", NULL, "60m", "refresh-minutes", FE_INTEGER },
	};
	size_t i, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct source_new in;
		memset(&in, 0, sizeof(in));
		in.url = cases[i].url;
		in.name = cases[i].name;
		in.every = cases[i].every;
		ck_assert_int_eq(check(&in, cases[i].field, &n), cases[i].code);
		ck_assert_uint_eq(n, 1);
	}
}
END_TEST

START_TEST(accepted_with_the_web_defaults)
{
	struct source_new in;
	struct edit_values v;
	struct field_errors e = { NULL, 0, 0, 0 };
	const struct edit_resource *r = source_resource();

	memset(&in, 0, sizeof(in));
	memset(&v, 0, sizeof(v));
	in.url = "https://calendar.example.org/c.ics";
	in.city = "leeds";
	in.tz = "Europe/London";
	ck_assert_int_eq(source_new_check(&in, &v, &e), C2C_OK);
	ck_assert_uint_eq(e.n, 0);
	ck_assert_str_eq(v.v[edit_field_index(r, "url")], in.url);
	ck_assert_str_eq(v.v[edit_field_index(r, "city")], "leeds");
	ck_assert_str_eq(v.v[edit_field_index(r, "refresh-minutes")], "360");
	ck_assert_str_eq(v.v[edit_field_index(r, "enabled")], "1");
	ck_assert_ptr_null(v.v[edit_field_index(r, "name")]);
	fe_free(&e);
	edit_values_free(&v);
}
END_TEST

Suite *
source_admin_suite(void)
{
	Suite *s = suite_create("source_admin");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, refusals_as_on_the_web);
	tcase_add_test(tc, accepted_with_the_web_defaults);
	suite_add_tcase(s, tc);
	return s;
}

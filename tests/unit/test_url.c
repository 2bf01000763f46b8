/* test_url.c: the web addresses users give (lib/url.c). */
#include <string.h>

#include "suites.h"
#include "url.h"

static const struct {
	const char *url;
	enum url_verdict want;
} cases[] = {
	{ "https://example.org/cal.ics", URL_OK },
	{ "http://example.org", URL_OK },
	{ "HTTPS://Example.org:8443/a?b=c#d", URL_OK },
	{ "https://[2001:db8::1]/cal.ics", URL_OK },
	{ "https://example.org/p@th/cal.ics", URL_OK },        /* '@' in the path is no userinfo */
	{ "https://example.org/?to=a@b.c", URL_OK },
	{ "https://user:pw@example.org/cal.ics", URL_CREDENTIALS },
	{ "https://user@example.org/cal.ics", URL_CREDENTIALS },
	{ "http://:pw@example.org", URL_CREDENTIALS },
	{ "https://a@b@example.org/", URL_CREDENTIALS },
	{ "ftp://example.org/cal.ics", URL_BAD },
	{ "https://", URL_BAD },
	{ "https:///cal.ics", URL_BAD },
	{ "https://?x", URL_BAD },
	{ "javascript:alert(1)", URL_BAD },
	{ "https://exa mple.org/", URL_BAD },
	{ "https://example.org/\"><script>", URL_BAD },
	{ "https://example.org/\x01", URL_BAD },
	{ "https://example.org/\xff", URL_BAD },               /* invalid UTF-8 */
	{ "https://例え.jp/カレンダー.ics", URL_OK },
	{ "", URL_BAD },
};

START_TEST(test_check)
{
	ck_assert_msg(url_check(cases[_i].url, 2000) == cases[_i].want, "url_check(\"%s\") is %d, wanted %d",
	    cases[_i].url, url_check(cases[_i].url, 2000), cases[_i].want);
}
END_TEST

START_TEST(test_max)
{
	char u[64];

	memset(u, 'a', sizeof(u) - 1);
	u[sizeof(u) - 1] = '\0';
	memcpy(u, "https://", 8);
	ck_assert_int_eq(url_check(u, sizeof(u) - 1), URL_OK);
	ck_assert_int_eq(url_check(u, sizeof(u) - 2), URL_BAD);
}
END_TEST

Suite *
url_suite(void)
{
	Suite *s = suite_create("url");
	TCase *tc = tcase_create("check");

	tcase_add_loop_test(tc, test_check, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_max);
	suite_add_tcase(s, tc);
	return s;
}

/* test_err.c: messages and HTTP statuses of enum c2c_err. */
#include <string.h>

#include "err.h"
#include "http.h"
#include "suites.h"

static const struct {
	enum c2c_err e;
	int          status;
	const char  *msg;
} cases[] = {
	{ C2C_OK, 200, "success" },
	{ C2C_ENOMEM, 500, "out of memory" },
	{ C2C_EINVAL, 400, "invalid input" },
	{ C2C_ENOTFOUND, 404, "not found" },
	{ C2C_EMETHOD, 405, "method not allowed" },
	{ C2C_ENOTACCEPT, 406, "no acceptable representation" },
	{ C2C_ETOOLONG, 414, "input too long" },
	{ C2C_EDBDOWN, 503, "database unavailable" },
	{ C2C_EDB, 500, "database error" },
	{ C2C_EXML, 500, "XML processing error" },
	{ C2C_EIO, 500, "input/output error" },
	{ C2C_ECONFIG, 500, "configuration error" },
};

START_TEST(test_every_value)
{
	ck_assert_int_eq(c2c_err_http_status(cases[_i].e), cases[_i].status);
	ck_assert_str_eq(c2c_strerror(cases[_i].e), cases[_i].msg);
	/* Every status has its reason phrase. */
	ck_assert_str_ne(http_reason(cases[_i].status), "Unknown");
}
END_TEST

START_TEST(test_table_complete)
{
	int e, f;

	ck_assert_int_eq((int)(sizeof(cases) / sizeof(cases[0])), C2C_ERR__MAX);
	for (e = 0; e < C2C_ERR__MAX; e++) {
		ck_assert_ptr_nonnull(c2c_strerror((enum c2c_err)e));
		ck_assert_uint_gt(strlen(c2c_strerror((enum c2c_err)e)), 0);
		for (f = 0; f < e; f++)
			ck_assert_str_ne(c2c_strerror((enum c2c_err)e), c2c_strerror((enum c2c_err)f));
	}
}
END_TEST

START_TEST(test_out_of_range)
{
	ck_assert_str_eq(c2c_strerror(C2C_ERR__MAX), "unknown error");
	ck_assert_str_eq(c2c_strerror((enum c2c_err)-1), "unknown error");
	ck_assert_str_eq(c2c_strerror((enum c2c_err)1000), "unknown error");
	ck_assert_int_eq(c2c_err_http_status(C2C_ERR__MAX), 500);
	ck_assert_int_eq(c2c_err_http_status((enum c2c_err)-1), 500);
}
END_TEST

Suite *
err_suite(void)
{
	Suite *s = suite_create("err");
	TCase *tc = tcase_create("err");

	tcase_add_loop_test(tc, test_every_value, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_table_complete);
	tcase_add_test(tc, test_out_of_range);
	suite_add_tcase(s, tc);
	return s;
}

/* test_buf.c: the growable byte buffer. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "suites.h"

static struct buf b = BUF_INIT;

static void
teardown(void)
{
	buf_free(&b);
}

START_TEST(test_init)
{
	ck_assert_ptr_null(b.data);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_uint_eq(b.cap, 0);
	/* An empty append still NUL-terminates. */
	ck_assert_int_eq(buf_append(&b, "", 0), 0);
	ck_assert_ptr_nonnull(b.data);
	ck_assert_str_eq(b.data, "");
	ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(test_append_puts)
{
	ck_assert_int_eq(buf_puts(&b, "abc"), 0);
	ck_assert_int_eq(buf_append(&b, "defXYZ", 3), 0);
	ck_assert_int_eq(buf_puts(&b, ""), 0);
	ck_assert_str_eq(b.data, "abcdef");
	ck_assert_uint_eq(b.len, 6);
	ck_assert_uint_gt(b.cap, b.len);
}
END_TEST

START_TEST(test_binary)
{
	ck_assert_int_eq(buf_append(&b, "a\0b", 3), 0);
	ck_assert_uint_eq(b.len, 3);
	ck_assert_mem_eq(b.data, "a\0b", 4);
}
END_TEST

START_TEST(test_growth)
{
	size_t i;
	char c;

	/* Past the first allocation, many times: content intact, always terminated. */
	for (i = 0; i < 100000; i++) {
		c = (char)('a' + i % 26);
		ck_assert_int_eq(buf_append(&b, &c, 1), 0);
	}
	ck_assert_uint_eq(b.len, 100000);
	ck_assert_uint_eq(strlen(b.data), 100000);
	ck_assert_uint_gt(b.cap, b.len);
	for (i = 0; i < 100000; i++)
		ck_assert_int_eq(b.data[i], 'a' + (int)(i % 26));
}
END_TEST

START_TEST(test_big_append)
{
	size_t n = 1 << 20;
	char *big = malloc(n);

	ck_assert_ptr_nonnull(big);
	memset(big, 'x', n);
	ck_assert_int_eq(buf_puts(&b, "<"), 0);
	ck_assert_int_eq(buf_append(&b, big, n), 0);
	ck_assert_int_eq(buf_puts(&b, ">"), 0);
	ck_assert_uint_eq(b.len, n + 2);
	ck_assert_int_eq(b.data[0], '<');
	ck_assert_int_eq(b.data[n], 'x');
	ck_assert_int_eq(b.data[n + 1], '>');
	ck_assert_int_eq(b.data[n + 2], '\0');
	free(big);
}
END_TEST

START_TEST(test_overflow_refused)
{
	ck_assert_int_eq(buf_puts(&b, "keep"), 0);
	/* A size that cannot fit is refused, the buffer unchanged. */
	ck_assert_int_eq(buf_append(&b, "x", (size_t)-1), -1);
	ck_assert_int_eq(buf_append(&b, "x", (size_t)-1 - 4), -1);
	ck_assert_str_eq(b.data, "keep");
	ck_assert_uint_eq(b.len, 4);
}
END_TEST

START_TEST(test_printf)
{
	char big[1000];

	ck_assert_int_eq(buf_printf(&b, "%s=%d", "n", 42), 0);
	ck_assert_int_eq(buf_printf(&b, "%c%05.1f", ';', 3.14159), 0);
	ck_assert_str_eq(b.data, "n=42;003.1");
	ck_assert_uint_eq(b.len, 10);
	ck_assert_int_eq(buf_printf(&b, "%s", ""), 0);
	ck_assert_uint_eq(b.len, 10);
	/* Longer than the first allocation. */
	memset(big, 'y', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ck_assert_int_eq(buf_printf(&b, "[%s]", big), 0);
	ck_assert_uint_eq(b.len, 10 + 2 + 999);
	ck_assert_uint_eq(strlen(b.data), b.len);
	ck_assert_int_eq(b.data[b.len - 1], ']');
}
END_TEST

static int
vp(struct buf *out, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = buf_vprintf(out, fmt, ap);
	va_end(ap);
	return rc;
}

START_TEST(test_vprintf)
{
	ck_assert_int_eq(vp(&b, "%d-%s", 7, "x"), 0);
	ck_assert_str_eq(b.data, "7-x");
}
END_TEST

START_TEST(test_reset_free)
{
	size_t cap;
	char *data;

	ck_assert_int_eq(buf_puts(&b, "hello"), 0);
	cap = b.cap;
	data = b.data;
	buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.data, "");
	ck_assert_uint_eq(b.cap, cap);
	ck_assert_ptr_eq(b.data, data);
	ck_assert_int_eq(buf_puts(&b, "again"), 0);
	ck_assert_str_eq(b.data, "again");
	buf_free(&b);
	ck_assert_ptr_null(b.data);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_uint_eq(b.cap, 0);
	/* Reusable after free; reset and free of an empty buffer are harmless. */
	ck_assert_int_eq(buf_puts(&b, "re"), 0);
	ck_assert_str_eq(b.data, "re");
	buf_free(&b);
	buf_reset(&b);
	buf_free(&b);
}
END_TEST

Suite *
buf_suite(void)
{
	Suite *s = suite_create("buf");
	TCase *tc = tcase_create("buf");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_init);
	tcase_add_test(tc, test_append_puts);
	tcase_add_test(tc, test_binary);
	tcase_add_test(tc, test_growth);
	tcase_add_test(tc, test_big_append);
	tcase_add_test(tc, test_overflow_refused);
	tcase_add_test(tc, test_printf);
	tcase_add_test(tc, test_vprintf);
	tcase_add_test(tc, test_reset_free);
	suite_add_tcase(s, tc);
	return s;
}

/* test_grow.c: the doubling of a growable array (lib/grow.c). */
#include <stdint.h>
#include <stdlib.h>

#include "grow.h"
#include "suites.h"

START_TEST(test_grow_doubles)
{
	size_t cap = 0, n;
	int *v = NULL, *g;

	for (n = 0; n < 100; n++) {
		g = grow(v, n, &cap, sizeof(*v), 4);
		ck_assert_ptr_nonnull(g);
		v = g;
		v[n] = (int)n;
		ck_assert_uint_gt(cap, n);
	}
	/* 4, 8, 16, 32, 64, 128: doubled, never by one. */
	ck_assert_uint_eq(cap, 128);
	for (n = 0; n < 100; n++)
		ck_assert_int_eq(v[n], (int)n);
	/* With room left, the same array and capacity. */
	ck_assert_ptr_eq(grow(v, 100, &cap, sizeof(*v), 4), v);
	ck_assert_uint_eq(cap, 128);
	free(v);
}
END_TEST

START_TEST(test_grow_overflow)
{
	size_t cap = SIZE_MAX / 2 + 1, zero = 0;
	char c = 'x', *v = &c;

	/* The doubled size would overflow: NULL, the array and capacity untouched. */
	ck_assert_ptr_null(grow(v, cap, &cap, 1, 16));
	ck_assert_uint_eq(cap, SIZE_MAX / 2 + 1);
	cap = SIZE_MAX / 16;
	ck_assert_ptr_null(grow(v, cap, &cap, 16, 16));
	ck_assert_uint_eq(cap, SIZE_MAX / 16);
	/* Nothing to grow by is refused rather than a realloc to 0 bytes. */
	ck_assert_ptr_null(grow(NULL, 0, &zero, 8, 0));
	ck_assert_ptr_null(grow(NULL, 0, &zero, 0, 8));
	ck_assert_uint_eq(zero, 0);
	ck_assert_int_eq(c, 'x');
}
END_TEST

Suite *
grow_suite(void)
{
	Suite *s = suite_create("grow");
	TCase *tc = tcase_create("grow");

	tcase_add_test(tc, test_grow_doubles);
	tcase_add_test(tc, test_grow_overflow);
	suite_add_tcase(s, tc);
	return s;
}

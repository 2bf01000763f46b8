/* test_words.c: walking and searching the words of a separated list (lib/words.c), and
 * the enum-name helpers of lib/names.h. */
#include <string.h>

#include "names.h"
#include "suites.h"
#include "words.h"

START_TEST(test_words_next)
{
	const char *s = "  health ,education,,  culture ", *w;
	size_t n;

	ck_assert_ptr_nonnull(w = words_next(&s, " ,", &n));
	ck_assert_uint_eq(n, 6);
	ck_assert_int_eq(strncmp(w, "health", n), 0);
	ck_assert_ptr_nonnull(w = words_next(&s, " ,", &n));
	ck_assert_int_eq(strncmp(w, "education", n), 0);
	ck_assert_uint_eq(n, 9);
	ck_assert_ptr_nonnull(w = words_next(&s, " ,", &n));
	ck_assert_uint_eq(n, 7);
	ck_assert_int_eq(strncmp(w, "culture", n), 0);
	/* Only separators left, then again: the end, twice. */
	ck_assert_ptr_null(words_next(&s, " ,", &n));
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(words_next(&s, " ,", &n));
	s = "";
	ck_assert_ptr_null(words_next(&s, " ", &n));
	s = NULL;
	ck_assert_ptr_null(words_next(&s, " ", &n));
	ck_assert_uint_eq(n, 0);
	/* A separator not in seps is part of the word. */
	s = "a,b c";
	ck_assert_ptr_nonnull(w = words_next(&s, " ", &n));
	ck_assert_uint_eq(n, 3);
}
END_TEST

START_TEST(test_words_has)
{
	ck_assert_int_eq(words_has("yes no maybe", " ", "no", 2), 1);
	ck_assert_int_eq(words_has("yes no maybe", " ", "maybe", 5), 1);
	/* Whole words only: a prefix, a longer word and a part of one are not there. */
	ck_assert_int_eq(words_has("yes no maybe", " ", "may", 3), 0);
	ck_assert_int_eq(words_has("yes no", " ", "nope", 4), 0);
	ck_assert_int_eq(words_has("yes no", " ", "nope", 2), 1);   /* its first 2 bytes */
	ck_assert_int_eq(words_has("", " ", "", 0), 0);
	ck_assert_int_eq(words_has(NULL, " ", "x", 1), 0);
	ck_assert_int_eq(words_has("a\tb\nc", " \t\r\n", "c", 1), 1);
}
END_TEST

enum colour { RED, GREEN, BLUE, COLOUR__MAX };
static const char *const colour_names[] = {
	[RED] = "red", [BLUE] = "blue",   /* GREEN left out: a gap */
};
NAMES_COVER(colour_names, COLOUR__MAX);

START_TEST(test_names)
{
	ck_assert_str_eq(NAME_OF(colour_names, RED, "?"), "red");
	ck_assert_str_eq(NAME_OF(colour_names, BLUE, "?"), "blue");
	ck_assert_str_eq(NAME_OF(colour_names, GREEN, "?"), "?");   /* the gap */
	ck_assert_str_eq(NAME_OF(colour_names, COLOUR__MAX, "?"), "?");
	ck_assert_str_eq(NAME_OF(colour_names, -1, "?"), "?");
	ck_assert_int_eq(NAME_FIND(colour_names, "blue"), BLUE);
	ck_assert_int_eq(NAME_FIND(colour_names, "green"), -1);
	ck_assert_int_eq(NAME_FIND(colour_names, NULL), -1);
}
END_TEST

Suite *
words_suite(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_words_next);
	tcase_add_test(tc, test_words_has);
	tcase_add_test(tc, test_names);
	suite_add_tcase(s, tc);
	return s;
}

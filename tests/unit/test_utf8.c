/* test_utf8.c: strict UTF-8 validation (utf8_valid, utf8_valid_text). */
#include <string.h>

#include "suites.h"
#include "utf8.h"

static const struct {
	const char *s;
	size_t      len;
	int         valid;
	int         text;
	const char *what;
} cases[] = {
#define T(s, v, t, w) { s, sizeof(s) - 1, v, t, w }
	T("", 1, 1, "empty"),
	T("abc", 1, 1, "ASCII"),
	T("caf\xc3\xa9", 1, 1, "2 bytes"),
	T("\xe4\xb8\xad\xe6\x96\x87", 1, 1, "3 bytes"),
	T("\xf0\x9f\x98\x80", 1, 1, "4 bytes"),
	T("\xc2\x80", 1, 0, "U+0080, C1"),
	T("\xc2\x9f", 1, 0, "U+009F, C1"),
	T("\xc2\xa0", 1, 1, "U+00A0"),
	T("\xdf\xbf", 1, 1, "U+07FF"),
	T("\xe0\xa0\x80", 1, 1, "U+0800"),
	T("\xed\x9f\xbf", 1, 1, "U+D7FF"),
	T("\xee\x80\x80", 1, 1, "U+E000"),
	T("\xef\xbf\xbd", 1, 1, "U+FFFD"),
	T("\xef\xbf\xbe", 1, 0, "U+FFFE"),
	T("\xef\xbf\xbf", 1, 0, "U+FFFF"),
	T("\xf0\x90\x80\x80", 1, 1, "U+10000"),
	T("\xf4\x8f\xbf\xbf", 1, 1, "U+10FFFF"),
	/* overlongs */
	T("\xc0\x80", 0, 0, "overlong NUL"),
	T("\xc0\xaf", 0, 0, "overlong /"),
	T("\xc1\xbf", 0, 0, "overlong U+007F"),
	T("\xe0\x80\xaf", 0, 0, "overlong / in 3"),
	T("\xe0\x9f\xbf", 0, 0, "overlong U+07FF in 3"),
	T("\xf0\x80\x80\xaf", 0, 0, "overlong / in 4"),
	T("\xf0\x8f\xbf\xbf", 0, 0, "overlong U+FFFF in 4"),
	/* surrogates */
	T("\xed\xa0\x80", 0, 0, "U+D800"),
	T("\xed\xad\xbf", 0, 0, "U+DB7F"),
	T("\xed\xb0\x80", 0, 0, "U+DC00"),
	T("\xed\xbf\xbf", 0, 0, "U+DFFF"),
	T("\xed\xa0\xbd\xed\xb8\x80", 0, 0, "CESU-8 pair"),
	/* beyond U+10FFFF */
	T("\xf4\x90\x80\x80", 0, 0, "U+110000"),
	T("\xf7\xbf\xbf\xbf", 0, 0, "U+1FFFFF"),
	T("\xf5\x80\x80\x80", 0, 0, "F5 lead"),
	T("\xf8\x88\x80\x80\x80", 0, 0, "5 bytes"),
	T("\xfc\x84\x80\x80\x80\x80", 0, 0, "6 bytes"),
	T("\xfe", 0, 0, "FE"),
	T("\xff", 0, 0, "FF"),
	/* truncated and broken */
	T("\x80", 0, 0, "lone continuation"),
	T("\xbf", 0, 0, "lone continuation"),
	T("a\x80" "b", 0, 0, "continuation inside ASCII"),
	T("\xc3", 0, 0, "truncated 2"),
	T("\xe4\xb8", 0, 0, "truncated 3"),
	T("\xe4", 0, 0, "truncated 3 at 1"),
	T("\xf0\x9f\x98", 0, 0, "truncated 4"),
	T("abc\xf0\x9f", 0, 0, "truncated at end"),
	T("\xc3\x28", 0, 0, "bad continuation"),
	T("\xe4\x28\xad", 0, 0, "bad continuation in 3"),
	T("\xe4\xb8\x28", 0, 0, "bad last continuation"),
	T("\xf0\x9f\x98\x28", 0, 0, "bad last continuation in 4"),
	T("\xc3\xa9\xa9", 0, 0, "extra continuation"),
	/* NUL and controls */
	T("\0", 0, 0, "NUL"),
	T("a\0b", 0, 0, "NUL inside"),
	T("abc\0", 0, 0, "NUL at end"),
	T("\t\n\r", 1, 1, "tab, LF, CR"),
	T("\x01", 1, 0, "SOH"),
	T("\x08", 1, 0, "BS"),
	T("\x0b", 1, 0, "VT"),
	T("\x0c", 1, 0, "FF"),
	T("\x1b[0m", 1, 0, "ESC"),
	T("\x1f", 1, 0, "US"),
	T("\x7f", 1, 0, "DEL"),
	T("ok\xc2\x85" "ok", 1, 0, "NEL"),
	T(" ~", 1, 1, "space and tilde"),
#undef T
};

START_TEST(test_table)
{
	ck_assert_msg(utf8_valid(cases[_i].s, cases[_i].len) == cases[_i].valid, "utf8_valid: %s",
	    cases[_i].what);
	ck_assert_msg(utf8_valid_text(cases[_i].s, cases[_i].len) == cases[_i].text, "utf8_valid_text: %s",
	    cases[_i].what);
}
END_TEST

START_TEST(test_length_respected)
{
	/* Only s[0..len) counts. */
	ck_assert_int_eq(utf8_valid("\xc3\xa9", 1), 0);
	ck_assert_int_eq(utf8_valid("ab\xff", 2), 1);
	ck_assert_int_eq(utf8_valid_text("ab\x01", 2), 1);
	ck_assert_int_eq(utf8_valid("\xf0\x9f\x98\x80", 3), 0);
	ck_assert_int_eq(utf8_valid(NULL, 0), 1);
}
END_TEST

/* Encodes cp the UTF-8 way (surrogates included, as a CESU encoder would); returns length. */
static size_t
encode(unsigned long cp, unsigned char *b)
{
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xc0 | cp >> 6);
		b[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xe0 | cp >> 12);
		b[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		b[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	b[0] = (unsigned char)(0xf0 | cp >> 18);
	b[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	b[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	b[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Every code point, against the rules written out plainly. */
START_TEST(test_every_code_point)
{
	unsigned char b[4];
	unsigned long cp;

	for (cp = 0; cp <= 0x10ffff; cp++) {
		size_t n = encode(cp, b);
		int surrogate = cp >= 0xd800 && cp <= 0xdfff;
		int valid = cp != 0 && !surrogate;
		int text = valid && !(cp < 0x20 && cp != 0x09 && cp != 0x0a && cp != 0x0d) &&
		    !(cp >= 0x7f && cp <= 0x9f) && cp != 0xfffe && cp != 0xffff;

		if (utf8_valid((const char *)b, n) != valid)
			ck_abort_msg("utf8_valid(U+%04lX) != %d", cp, valid);
		if (utf8_valid_text((const char *)b, n) != text)
			ck_abort_msg("utf8_valid_text(U+%04lX) != %d", cp, text);
		if (!surrogate && utf8_has_bidi_control((const char *)b, n) !=
		    ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)))
			ck_abort_msg("utf8_has_bidi_control(U+%04lX)", cp);
		/* Every truncation of a multi-byte sequence is invalid. */
		if (n > 1 && utf8_valid((const char *)b, n - 1))
			ck_abort_msg("truncated U+%04lX accepted", cp);
	}
}
END_TEST

/* Every 1- and 2-byte string: valid exactly when it is two ASCII characters without NUL, or one
 * well-formed 2-byte sequence (C2..DF followed by a continuation byte). */
START_TEST(test_every_two_bytes)
{
	unsigned a, c;

	for (a = 0; a < 256; a++) {
		char s1[1] = { (char)a };
		if (utf8_valid(s1, 1) != (a > 0 && a < 0x80))
			ck_abort_msg("utf8_valid(%02X)", a);
		for (c = 0; c < 256; c++) {
			char s[2] = { (char)a, (char)c };
			int v = (a > 0 && a < 0x80 && c > 0 && c < 0x80) ||
			    (a >= 0xc2 && a <= 0xdf && c >= 0x80 && c <= 0xbf);
			if (utf8_valid(s, 2) != v)
				ck_abort_msg("utf8_valid(%02X %02X) != %d", a, c, v);
		}
	}
}
END_TEST

/* In a name, anywhere, and not past len. */
START_TEST(test_bidi_in_text)
{
	const char *trojan = "Gothenburg \xe2\x80\xae\xe2\x81\xa6sknil\xe2\x81\xa9";

	ck_assert_int_eq(utf8_has_bidi_control(trojan, strlen(trojan)), 1);
	ck_assert_int_eq(utf8_has_bidi_control(trojan, 11), 0);
	ck_assert_int_eq(utf8_has_bidi_control(trojan, 13), 0);   /* cut inside U+202E */
	ck_assert_int_eq(utf8_has_bidi_control("\xd8\xa7\xe2\x80\x8f", 5), 0);   /* RLM is a mark */
}
END_TEST

Suite *
utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("valid");

	tcase_add_loop_test(tc, test_table, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_length_respected);
	tcase_add_test(tc, test_every_code_point);
	tcase_add_test(tc, test_every_two_bytes);
	tcase_add_test(tc, test_bidi_in_text);
	suite_add_tcase(s, tc);
	return s;
}

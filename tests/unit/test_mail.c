/* test_mail.c: e-mail messages (lib/mail.c) and the texts of expressions of interest
 * (lib/interest.c, lib/interest_notify.c), issue 19. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "interest.h"
#include "interest_notify.h"
#include "mail.h"
#include "suites.h"

/* Decodes one "=?UTF-8?B?...?=" word after another (folding skipped) into out. */
static void
decode_subject(const char *s, char *out, size_t max)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t o = 0;

	while ((s = strstr(s, "=?UTF-8?B?")) != NULL) {
		unsigned v = 0;
		int bits = 0;
		for (s += 10; *s && *s != '?'; s++) {
			const char *p = strchr(b64, *s);
			if (*s == '=' || p == NULL)
				continue;
			v = v << 6 | (unsigned)(p - b64);
			if ((bits += 6) >= 8) {
				bits -= 8;
				if (o + 1 < max)
					out[o++] = (char)(v >> bits & 0xff);
			}
		}
	}
	out[o] = '\0';
}

START_TEST(test_addr)
{
	ck_assert_int_eq(mail_addr_valid("a@b.example"), 1);
	ck_assert_int_eq(mail_addr_valid("first.last+tag@sub.example.org"), 1);
	ck_assert_int_eq(mail_addr_valid("a@b.example\r\nBcc: c@d"), 0);
	ck_assert_int_eq(mail_addr_valid("a@b.example\n"), 0);
	ck_assert_int_eq(mail_addr_valid("Alice <a@b.example>"), 0);
	ck_assert_int_eq(mail_addr_valid("a@b@c"), 0);
	ck_assert_int_eq(mail_addr_valid("@b.example"), 0);
	ck_assert_int_eq(mail_addr_valid("a@"), 0);
	ck_assert_int_eq(mail_addr_valid("a,b@c.example"), 0);
	ck_assert_int_eq(mail_addr_valid("ü@b.example"), 0);
	ck_assert_int_eq(mail_addr_valid(""), 0);
	ck_assert_int_eq(mail_addr_valid(NULL), 0);
}
END_TEST

START_TEST(test_subject)
{
	struct buf b = BUF_INIT;
	char dec[512];
	const char *long_zh = "特拉萨向重庆表达了合作意向，拟议合作领域：制造业、研究与创新、教育与学术合作";
	size_t i, col = 0;

	ck_assert_int_eq(mail_encode_subject(&b, "Hello\r\nBcc: evil@example.org"), C2C_OK);
	ck_assert_ptr_null(strchr(b.data, '\n'));
	decode_subject(b.data, dec, sizeof(dec));
	ck_assert_str_eq(dec, "Hello  Bcc: evil@example.org");
	buf_reset(&b);
	ck_assert_int_eq(mail_encode_subject(&b, long_zh), C2C_OK);
	decode_subject(b.data, dec, sizeof(dec));
	ck_assert_str_eq(dec, long_zh);
	/* Folded: no line over 76 characters, every line but the first starting with a space. */
	for (i = 0; b.data[i]; i++) {
		if (b.data[i] == '\r') {
			ck_assert_int_eq(b.data[i + 1], '\n');
			ck_assert_int_eq(b.data[i + 2], ' ');
			col = 0;
			i++;
			continue;
		}
		ck_assert_uint_le(++col, 76);
	}
	buf_reset(&b);
	ck_assert_int_eq(mail_encode_subject(&b, "bad \xff utf8"), C2C_EINVAL);
	buf_reset(&b);
	ck_assert_int_eq(mail_encode_subject(&b, "C1 \xc2\x85 next line"), C2C_OK);
	decode_subject(b.data, dec, sizeof(dec));
	ck_assert_str_eq(dec, "C1    next line");
	buf_free(&b);
}
END_TEST

START_TEST(test_build)
{
	struct buf b = BUF_INIT;

	ck_assert_int_eq(mail_build(&b, "c2c@example.org", "bob@city.example", "Test", "line one\n.\nline 3",
	    (time_t)1765080000, "c2c.outbox.1.2"), C2C_OK);
	ck_assert_ptr_nonnull(strstr(b.data, "Date: Sun, 07 Dec 2025 04:00:00 +0000\r\n"));
	ck_assert_ptr_nonnull(strstr(b.data, "Message-ID: <c2c.outbox.1.2@example.org>\r\n"));
	ck_assert_ptr_nonnull(strstr(b.data, "From: c2c@example.org\r\nTo: bob@city.example\r\nSubject: =?UTF-8?B?"));
	ck_assert_ptr_nonnull(strstr(b.data, "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"));
	/* "line one\r\n.\r\nline 3" in base64: no line of the body starts with a dot. */
	ck_assert_ptr_nonnull(strstr(b.data, "\r\n\r\nbGluZSBvbmUNCi4NCmxpbmUgMw==\r\n"));
	buf_reset(&b);
	ck_assert_int_eq(mail_build(&b, "c2c@example.org", "bob@x.example\r\nBcc: e@v.il", "T", "b", 0, "x"), C2C_EINVAL);
	ck_assert_int_eq(mail_build(&b, "c2c@example.org", "bob@x.example", "T", "b", 0, "x>\r\nBcc: e@v.il"), C2C_EINVAL);
	buf_free(&b);
}
END_TEST

START_TEST(test_texts)
{
	enum fe_code c;

	ck_assert_int_eq(interest_text_check("two\nlines", 9, 100, 1, 1, &c), 0);
	ck_assert_int_eq(interest_text_check("two\nlines", 9, 100, 0, 1, &c), -1);
	ck_assert_int_eq(c, FE_LINE);
	ck_assert_int_eq(interest_text_check("   ", 3, 100, 1, 1, &c), -1);
	ck_assert_int_eq(c, FE_REQUIRED);
	ck_assert_int_eq(interest_text_check("", 0, 100, 1, 0, &c), 0);
	ck_assert_int_eq(interest_text_check("abcd", 4, 3, 1, 1, &c), -1);
	ck_assert_int_eq(c, FE_TOO_LONG);
	ck_assert_int_eq(interest_text_check("a\xff", 2, 10, 1, 1, &c), -1);
	ck_assert_int_eq(c, FE_UTF8);
	ck_assert_int_eq(interest_text_check("a\xe2\x80\xae" "b", 5, 10, 1, 1, &c), -1);   /* RLO */
	ck_assert_int_eq(c, FE_UTF8);
	ck_assert_int_eq(interest_phone_valid("+86 (10) 0000-0000"), 1);
	ck_assert_int_eq(interest_phone_valid("call me"), 0);
	ck_assert_int_eq(interest_phone_valid("+-"), 0);
	ck_assert_int_eq(interest_email_valid("a@b.example"), 1);
	ck_assert_int_eq(interest_email_valid("a@b.example."), 0);
}
END_TEST

START_TEST(test_compose)
{
	struct notify_event e = { "declined", "Terrassa", "Chongqing", "Manufacturing", "msg", "Not now",
		"2027-02-05", "https://c2c.example/edit/cities/terrassa/interests" };
	struct buf s = BUF_INIT, b = BUF_INIT;

	ck_assert_int_eq(notify_compose(&e, "en", &s, &b), 0);
	ck_assert_str_eq(s.data, "Chongqing declined the expression of interest of Terrassa");
	ck_assert_ptr_nonnull(strstr(b.data, "Not now"));
	ck_assert_ptr_nonnull(strstr(b.data, e.url));
	buf_reset(&s);
	buf_reset(&b);
	e.kind = "sent";
	e.from = "特拉萨";
	e.to = "重庆";
	ck_assert_int_eq(notify_compose(&e, "zh", &s, &b), 0);
	ck_assert_str_eq(s.data, "特拉萨 向 重庆 表达了合作意向");
	ck_assert_ptr_nonnull(strstr(b.data, "2027-02-05"));
	buf_free(&s);
	buf_free(&b);
}
END_TEST

Suite *
mail_suite(void)
{
	Suite *s = suite_create("mail");
	TCase *tc = tcase_create("mail");

	tcase_add_test(tc, test_addr);
	tcase_add_test(tc, test_subject);
	tcase_add_test(tc, test_build);
	tcase_add_test(tc, test_texts);
	tcase_add_test(tc, test_compose);
	suite_add_tcase(s, tc);
	return s;
}

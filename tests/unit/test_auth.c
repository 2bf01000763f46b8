/* test_auth.c: SHA-256 and HMAC (lib/sha256.c) against FIPS 180-4 and RFC 4231 vectors;
 * roles, names, API tokens, Authorization headers, CSRF tokens and scopes (lib/auth.c). */
#include <string.h>

#include "auth.h"
#include "sha256.h"
#include "suites.h"

static void
hex_of(const unsigned char *p, char *out)
{
	hex_encode(p, SHA256_LEN, out);
}

START_TEST(sha256_vectors)
{
	static const struct { const char *in; const char *hex; } v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	unsigned char h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		sha256(v[i].in, strlen(v[i].in), h);
		hex_of(h, hex);
		ck_assert_str_eq(hex, v[i].hex);
	}
}
END_TEST

/* Padding edges (55, 56, 64 bytes) and FIPS 180-4's million 'a'. */
START_TEST(sha256_lengths)
{
	static char a[1000000];
	unsigned char h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];

	memset(a, 'a', sizeof(a));
	ck_assert_int_eq(sha256(a, 55, h), 1); hex_of(h, hex);
	ck_assert_str_eq(hex, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	ck_assert_int_eq(sha256(a, 56, h), 1); hex_of(h, hex);
	ck_assert_str_eq(hex, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	ck_assert_int_eq(sha256(a, 64, h), 1); hex_of(h, hex);
	ck_assert_str_eq(hex, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
	ck_assert_int_eq(sha256(a, sizeof(a), h), 1);
	hex_of(h, hex);
	ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

START_TEST(hmac_rfc4231)
{
	unsigned char key[131], h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];
	static const char big[] = "Test Using Larger Than Block-Size Key - Hash Key First";

	memset(key, 0x0b, 20);
	ck_assert_int_eq(hmac_sha256(key, 20, "Hi There", 8, h), 1);
	hex_of(h, hex);
	ck_assert_str_eq(hex, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
	hmac_sha256("Jefe", 4, "what do ya want for nothing?", 28, h);
	hex_of(h, hex);
	ck_assert_str_eq(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	memset(key, 0xaa, sizeof(key));
	hmac_sha256(key, sizeof(key), big, sizeof(big) - 1, h);
	hex_of(h, hex);
	ck_assert_str_eq(hex, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}
END_TEST

START_TEST(mem_equal)
{
	ck_assert_int_eq(mem_equal_ct("abc", "abc", 3), 1);
	ck_assert_int_eq(mem_equal_ct("abc", "abd", 3), 0);
	ck_assert_int_eq(mem_equal_ct("xbc", "abc", 3), 0);
	ck_assert_int_eq(mem_equal_ct("", "", 0), 1);
	ck_assert_int_eq(mem_equal_ct("abc\0x", "abc\0y", 6), 0);   /* not a string compare */
}
END_TEST

START_TEST(wipe)
{
	char s[16] = "c2c_secret";
	unsigned char h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];

	secret_wipe(s, sizeof(s));
	ck_assert_int_eq(mem_equal_ct(s, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", sizeof(s)), 1);
	/* An empty key (csrf_secret unset is refused before, but HMAC must not crash). */
	ck_assert_int_eq(hmac_sha256("", 0, "", 0, h), 1);
	hex_of(h, hex);
	ck_assert_str_eq(hex, "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}
END_TEST

START_TEST(roles)
{
	enum auth_role r = ROLE_NONE;

	ck_assert_int_eq(auth_role_parse("admin", &r), 0);
	ck_assert_int_eq(r, ROLE_ADMIN);
	ck_assert_int_eq(auth_role_parse("editor", &r), 0);
	ck_assert_int_eq(r, ROLE_EDITOR);
	ck_assert_int_eq(auth_role_parse("reader", &r), 0);
	ck_assert_int_eq(r, ROLE_READER);
	ck_assert_int_eq(auth_role_parse("none", &r), -1);
	ck_assert_int_eq(auth_role_parse("Admin", &r), -1);
	ck_assert_int_eq(auth_role_parse("", &r), -1);
	ck_assert_int_eq(auth_role_parse(NULL, &r), -1);
	ck_assert_str_eq(auth_role_name(ROLE_EDITOR), "editor");
	ck_assert_str_eq(auth_role_name((enum auth_role)99), "none");
}
END_TEST

START_TEST(names)
{
	char longname[AUTH_NAME_MAX + 2];

	ck_assert_int_eq(auth_name_valid("alice"), 1);
	ck_assert_int_eq(auth_name_valid("alice@leeds.gov.uk"), 1);
	ck_assert_int_eq(auth_name_valid("\xe5\xbc\xa0\xe4\xbc\x9f"), 1);   /* 张伟 */
	ck_assert_int_eq(auth_name_valid("Robert'); DROP TABLE users;--"), 1); /* bound, so harmless */
	ck_assert_int_eq(auth_name_valid(""), 0);
	ck_assert_int_eq(auth_name_valid(NULL), 0);
	ck_assert_int_eq(auth_name_valid(" alice"), 0);
	ck_assert_int_eq(auth_name_valid("alice "), 0);
	ck_assert_int_eq(auth_name_valid("token:x"), 0);
	ck_assert_int_eq(auth_name_valid("a\nb"), 0);
	ck_assert_int_eq(auth_name_valid("a\tb"), 0);
	ck_assert_int_eq(auth_name_valid("a\x01" "b"), 0);
	ck_assert_int_eq(auth_name_valid("caf\xc3"), 0);         /* truncated UTF-8 */
	ck_assert_int_eq(auth_name_valid("\xc0\xaf"), 0);         /* overlong */
	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	ck_assert_int_eq(auth_name_valid(longname), 0);
	longname[AUTH_NAME_MAX] = '\0';
	ck_assert_int_eq(auth_name_valid(longname), 1);
}
END_TEST

START_TEST(tokens)
{
	char a[AUTH_TOKEN_LEN + 1], b[AUTH_TOKEN_LEN + 1], bad[AUTH_TOKEN_LEN + 1];

	ck_assert_int_eq(auth_token_new(a), C2C_OK);
	ck_assert_int_eq(auth_token_new(b), C2C_OK);
	ck_assert_uint_eq(strlen(a), AUTH_TOKEN_LEN);
	ck_assert_int_eq(strncmp(a, "c2c_", 4), 0);
	ck_assert_str_ne(a, b);
	ck_assert_int_eq(auth_token_wellformed(a), 1);
	memcpy(bad, a, sizeof(bad));
	bad[10] = '+';
	ck_assert_int_eq(auth_token_wellformed(bad), 0);
	bad[10] = '\'';
	ck_assert_int_eq(auth_token_wellformed(bad), 0);
	ck_assert_int_eq(auth_token_wellformed("c2c_short"), 0);
	memcpy(bad, a, sizeof(bad));
	bad[0] = 'x';
	ck_assert_int_eq(auth_token_wellformed(bad), 0);
	ck_assert_int_eq(auth_token_wellformed(NULL), 0);
}
END_TEST

START_TEST(bearer)
{
	char tok[AUTH_TOKEN_LEN + 1], out[AUTH_TOKEN_LEN + 1], h[200];

	ck_assert_int_eq(auth_token_new(tok), C2C_OK);
	snprintf(h, sizeof(h), "Bearer %s", tok);
	ck_assert_int_eq(auth_bearer(h, out), 1);
	ck_assert_str_eq(out, tok);
	snprintf(h, sizeof(h), "bearer   %s  ", tok);
	ck_assert_int_eq(auth_bearer(h, out), 1);
	ck_assert_str_eq(out, tok);
	ck_assert_int_eq(auth_bearer(NULL, out), 0);
	ck_assert_int_eq(auth_bearer("", out), 0);
	ck_assert_int_eq(auth_bearer("Basic YWxpY2U6c2VjcmV0", out), 0);
	ck_assert_int_eq(auth_bearer("Bearerx", out), 0);
	ck_assert_int_eq(auth_bearer("Bearer", out), -1);
	ck_assert_int_eq(auth_bearer("Bearer ' OR 1=1 --", out), -1);
	snprintf(h, sizeof(h), "Bearer %sx", tok);
	ck_assert_int_eq(auth_bearer(h, out), -1);
	snprintf(h, sizeof(h), "Bearer %s %s", tok, tok);
	ck_assert_int_eq(auth_bearer(h, out), -1);
}
END_TEST

START_TEST(csrf)
{
	char t[AUTH_CSRF_MAX], forged[AUTH_CSRF_MAX];
	const long long now = 1800000000;

	auth_csrf_make("s3cret", "alice", now, t);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", t, now, 3600), 1);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", t, now + 3600, 3600), 1);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", t, now + 3601, 3600), 0);  /* expired */
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", t, now - 3600, 3600), 0);  /* future */
	ck_assert_int_eq(auth_csrf_check("s3cret", "mallory", t, now, 3600), 0);       /* other user */
	ck_assert_int_eq(auth_csrf_check("other", "alice", t, now, 3600), 0);          /* other install */
	ck_assert_int_eq(auth_csrf_check("", "alice", t, now, 3600), 0);               /* no secret */
	/* A later time with the old MAC, and a flipped MAC digit. */
	memcpy(forged, t, sizeof(forged));
	forged[9] = forged[9] == '9' ? '8' : '9';
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", forged, now, 3600), 0);
	memcpy(forged, t, sizeof(forged));
	forged[strlen(forged) - 1] = forged[strlen(forged) - 1] == 'a' ? 'b' : 'a';
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", forged, now, 3600), 0);
	/* The user and the time cannot trade bytes: ("alice1", t) is not ("alice", "1" t). */
	auth_csrf_make("s3cret", "alice1", 800000000, t);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", t, 800000000, 3600), 0);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", "", now, 3600), 0);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", ".", now, 3600), 0);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", "-5.00", now, 3600), 0);
	ck_assert_int_eq(auth_csrf_check("s3cret", "alice", NULL, now, 3600), 0);
}
END_TEST

START_TEST(scopes)
{
	struct auth_user u;

	memset(&u, 0, sizeof(u));
	ck_assert_int_eq(auth_may_city(&u, 7), 0);               /* anonymous */
	u.role = ROLE_READER;
	ck_assert_int_eq(auth_may_city(&u, 7), 0);
	u.role = ROLE_EDITOR;
	u.city_id = 7;
	ck_assert_int_eq(auth_may_city(&u, 7), 1);
	ck_assert_int_eq(auth_may_city(&u, 8), 0);
	ck_assert_int_eq(auth_may_city(&u, 0), 0);
	u.city_id = 0;                                            /* an editor without a city */
	ck_assert_int_eq(auth_may_city(&u, 0), 0);
	u.role = ROLE_ADMIN;
	ck_assert_int_eq(auth_may_city(&u, 8), 1);
}
END_TEST

Suite *
auth_suite(void)
{
	Suite *s = suite_create("auth");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, sha256_vectors);
	tcase_add_test(tc, sha256_lengths);
	tcase_add_test(tc, hmac_rfc4231);
	tcase_add_test(tc, wipe);
	tcase_add_test(tc, mem_equal);
	tcase_add_test(tc, roles);
	tcase_add_test(tc, names);
	tcase_add_test(tc, tokens);
	tcase_add_test(tc, bearer);
	tcase_add_test(tc, csrf);
	tcase_add_test(tc, scopes);
	suite_add_tcase(s, tc);
	return s;
}

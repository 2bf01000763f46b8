/* test_param.c: query-string parsing and validation (params_parse, param_decode, cursors,
 * param_is_slug, param_name), with hostile input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "param.h"
#include "suites.h"

#define ALL ((1u << P__MAX) - 1)

static struct params P;
static char err[512];
static const char *bad;

/* params_parse of query into P (freeing what an earlier call left there). */
static enum c2c_err
pp(const char *query, unsigned accepted)
{
	params_free(&P);
	err[0] = '\0';
	bad = "(unset)";
	return params_parse(query, accepted, &P, err, sizeof(err), &bad);
}

static void
teardown(void)
{
	params_free(&P);
}

/* Asserts that query is refused with C2C_EINVAL naming parameter name (NULL: the query). */
static void
refused(const char *query, unsigned mask, const char *name)
{
	enum c2c_err rc = pp(query, mask);

	ck_assert_msg(rc == C2C_EINVAL, "'%s' gave %d, not C2C_EINVAL", query, (int)rc);
	ck_assert_msg(err[0] != '\0', "'%s': no message", query);
	if (name == NULL) {
		ck_assert_msg(bad == NULL, "'%s': *bad is '%s', not NULL", query, bad ? bad : "");
		return;
	}
	ck_assert_msg(bad != NULL && strcmp(bad, name) == 0, "'%s': *bad is '%s', not '%s'",
	    query, bad ? bad : "NULL", name);
	ck_assert_msg(strstr(err, name) != NULL, "'%s': message '%s' does not name '%s'",
	    query, err, name);
}

static void
accepted(const char *query, unsigned mask)
{
	enum c2c_err rc = pp(query, mask);

	ck_assert_msg(rc == C2C_OK, "'%s' refused (%d): %s", query ? query : "NULL", (int)rc, err);
	ck_assert_ptr_null(bad);
}

#define REFUSED(query, mask, name) refused(query, mask, name)
#define ACCEPTED(query, mask) accepted(query, mask)

/* --- param_name, param_is_slug ------------------------------------------------------- */

START_TEST(test_param_name)
{
	static const char *const names[P__MAX] = {
		[P_LIMIT] = "limit", [P_AFTER] = "after", [P_SIDE] = "side", [P_COUNTRY] = "country",
		[P_AREA] = "area", [P_Q] = "q", [P_CITY] = "city", [P_KIND] = "kind",
		[P_STATUS] = "status", [P_FROM] = "from", [P_TO] = "to", [P_LANG] = "lang",
		[P_PARTNERSHIP] = "partnership", [P_KPI] = "kpi", [P_UPDATED_SINCE] = "updated_since",
		[P_PAGE] = "page", [P_MIN_SCORE] = "min_score", [P_W_COMPLEMENT] = "w_complement",
		[P_W_COMMON] = "w_common", [P_W_POTENTIAL] = "w_potential",
		[P_W_WILLINGNESS] = "w_willingness", [P_W_CONTACTS] = "w_contacts",
		[P_W_STRUCTURE] = "w_structure", [P_W_NETWORK] = "w_network",
		[P_W_SATURATION] = "w_saturation", [P_SOURCE] = "source",
		[P_TABLE] = "table",
		/* Reviews and practices (issue 18). */
		[P_STEP] = "step", [P_FACTOR] = "factor",
		/* Cooperation plans (issue 18). */
		[P_WITH] = "with", [P_PARENT] = "parent",
	};
	int i;

	for (i = 0; i < P__MAX; i++)
		ck_assert_str_eq(param_name((enum param_id)i), names[i]);
	ck_assert_str_eq(param_name(P__MAX), "?");
	ck_assert_str_eq(param_name((enum param_id)-1), "?");
}
END_TEST

static const struct {
	const char *s;
	int         slug;
} slug_cases[] = {
	{ "leeds", 1 }, { "a", 1 }, { "0", 1 }, { "a-b", 1 }, { "a1-2b-c3", 1 },
	{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1 },   /* 64 */
	{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0 },  /* 65 */
	{ "", 0 }, { "-a", 0 }, { "a-", 0 }, { "-", 0 }, { "a--b", 0 }, { "Leeds", 0 },
	{ "le eds", 0 }, { "a_b", 0 }, { "a.b", 0 }, { "..", 0 }, { "a/b", 0 }, { "caf\xc3\xa9", 0 },
	{ "<script>", 0 }, { "' or 1=1 --", 0 }, { "a\tb", 0 }, { "a\nb", 0 }, { "%41", 0 },
};

START_TEST(test_is_slug)
{
	ck_assert_msg(param_is_slug(slug_cases[_i].s) == slug_cases[_i].slug, "param_is_slug(\"%s\")",
	    slug_cases[_i].s);
}
END_TEST

/* --- param_decode ----------------------------------------------------------------------- */

static const struct {
	const char *in;
	int         plus;
	const char *out;     /* NULL: refused */
	size_t      outlen;
} decode_cases[] = {
	{ "", 1, "", 0 },
	{ "abc", 1, "abc", 3 },
	{ "a%20b", 1, "a b", 3 },
	{ "a+b", 1, "a b", 3 },
	{ "a+b", 0, "a+b", 3 },
	{ "%2B", 1, "+", 1 },
	{ "%41%62", 0, "Ab", 2 },
	{ "%e4%b8%ad%E6%96%87", 1, "\xe4\xb8\xad\xe6\x96\x87", 6 },
	{ "%25zz", 1, "%zz", 3 },
	{ "%00", 1, "", 1 },           /* decoded length 1, not strlen */
	{ "a%00b", 1, "a", 3 },
	{ "%zz", 1, NULL, 0 },
	{ "%4", 1, NULL, 0 },
	{ "abc%4", 1, NULL, 0 },
	{ "%", 1, NULL, 0 },
	{ "abc%", 1, NULL, 0 },
	{ "%g0", 1, NULL, 0 },
	{ "%0g", 1, NULL, 0 },
	{ "%-1", 1, NULL, 0 },
	{ "% 1", 1, NULL, 0 },
};

START_TEST(test_decode)
{
	size_t len = 12345;
	char *out = param_decode(decode_cases[_i].in, strlen(decode_cases[_i].in), decode_cases[_i].plus,
	    &len);

	if (decode_cases[_i].out == NULL) {
		ck_assert_msg(out == NULL, "param_decode(\"%s\") accepted", decode_cases[_i].in);
		return;
	}
	ck_assert_msg(out != NULL, "param_decode(\"%s\") refused", decode_cases[_i].in);
	ck_assert_uint_eq(len, decode_cases[_i].outlen);
	ck_assert_str_eq(out, decode_cases[_i].out);
	ck_assert_mem_eq(out, decode_cases[_i].out, strlen(decode_cases[_i].out));
	ck_assert_int_eq(out[len], '\0');
	free(out);
}
END_TEST

START_TEST(test_decode_length_bounded)
{
	size_t len;
	char *out;

	/* Only s[0..len) is read: the bad "%zz" after it does not count. */
	out = param_decode("abc%zz", 3, 1, &len);
	ck_assert_ptr_nonnull(out);
	ck_assert_str_eq(out, "abc");
	free(out);
	/* A '%' whose hex digits lie past len is truncated. */
	ck_assert_ptr_null(param_decode("a%41", 3, 1, &len));
}
END_TEST

/* --- cursors ----------------------------------------------------------------------------- */

static const char *const cursor_keys[] = {
	"a", "ab", "abc", "abcd", "leeds", "12345", "999999999", "2024-05-01 10:00:00|17",
	"shanghai-pudong", "~ !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}",
};

START_TEST(test_cursor_roundtrip)
{
	const char *key = cursor_keys[_i];
	char *c = cursor_encode(key), *k;
	size_t i;

	ck_assert_ptr_nonnull(c);
	for (i = 0; c[i] != '\0'; i++)
		ck_assert_msg(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", c[i])
		    != NULL, "cursor '%s' has character '%c'", c, c[i]);
	ck_assert_uint_eq(strlen(c), (strlen(key) * 4 + 2) / 3);   /* unpadded base64 */
	k = cursor_decode(c);
	ck_assert_ptr_nonnull(k);
	ck_assert_str_eq(k, key);
	free(k);
	/* It passes as an "after" parameter, kept as given. */
	{
		char q[400];
		snprintf(q, sizeof(q), "after=%s", c);
		ACCEPTED(q, PARAM_BIT(P_AFTER));
		ck_assert(P.v[P_AFTER].set);
		ck_assert_str_eq(P.v[P_AFTER].str, c);
	}
	free(c);
}
END_TEST

START_TEST(test_cursor_known)
{
	char *c = cursor_encode("leeds");

	ck_assert_str_eq(c, "bGVlZHM");
	free(c);
	c = cursor_encode("");
	ck_assert_str_eq(c, "");
	free(c);
}
END_TEST

static const char *const bad_cursors[] = {
	"",                       /* empty */
	"A",                      /* length 1 mod 4 */
	"bGVlZHMab",              /* length 1 mod 4 */
	"!!!!",                   /* not base64url */
	"bGVl+HM",                /* '+' is base64, not base64url */
	"bGVl/HM",
	"bGVlZHM=",               /* padding */
	"bGVl ZHM",
	"YR",                     /* non-canonical: leftover bits of "a" ("YQ") not zero */
	"bGVlZHN",                /* non-canonical "leeds" */
	"AA",                     /* decodes to a NUL byte */
	"AQ",                     /* decodes to 0x01 */
	"YQE",                    /* "a\x01" */
	"w6k",                    /* "\xc3\xa9": not printable ASCII */
	"fw",                     /* DEL */
	"PHNjcmlwdD4%",
	/* over 200 characters */
	"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh"
	"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh"
	"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh",
};

START_TEST(test_cursor_garbage)
{
	char *k = cursor_decode(bad_cursors[_i]);
	char q[400];

	ck_assert_msg(k == NULL, "cursor_decode(\"%s\") gave \"%s\"", bad_cursors[_i], k ? k : "");
	snprintf(q, sizeof(q), "after=%s", bad_cursors[_i]);
	if (bad_cursors[_i][0] != '\0' && strpbrk(bad_cursors[_i], "+% ") == NULL)
		REFUSED(q, PARAM_BIT(P_AFTER), "after");
}
END_TEST

START_TEST(test_cursor_garbage_in_query)
{
	REFUSED("after=%25%25", ALL, "after");
	REFUSED("after=bGVl%2BHM", ALL, "after");
	REFUSED("after=%00", ALL, "after");
	REFUSED("after=%27%20OR%201%3D1", ALL, "after");
}
END_TEST

/* --- params_parse: the basics ------------------------------------------------------------ */

START_TEST(test_parse_empty)
{
	int i;

	ACCEPTED(NULL, ALL);
	for (i = 0; i < P__MAX; i++)
		ck_assert(!P.v[i].set);
	ACCEPTED("", ALL);
	ACCEPTED("&", ALL);
	ACCEPTED("&&&", 0);
	for (i = 0; i < P__MAX; i++) {
		ck_assert(!P.v[i].set);
		ck_assert_ptr_null(P.v[i].str);
	}
}
END_TEST

START_TEST(test_parse_all)
{
	ACCEPTED("limit=10&side=china&country=gb&area=trade-and-investment&q=hello+world%21"
	    "&city=leeds&kind=sister_city&status=active&from=2024-01-01&to=2024-12-31&lang=zh", ALL);
	ck_assert(P.v[P_LIMIT].set);
	ck_assert_int_eq(P.v[P_LIMIT].num, 10);
	ck_assert_str_eq(P.v[P_LIMIT].str, "10");
	ck_assert_str_eq(P.v[P_SIDE].str, "china");
	ck_assert_str_eq(P.v[P_COUNTRY].str, "GB");
	ck_assert_str_eq(P.v[P_AREA].str, "trade-and-investment");
	ck_assert_str_eq(P.v[P_Q].str, "hello world!");
	ck_assert_str_eq(P.v[P_CITY].str, "leeds");
	ck_assert_str_eq(P.v[P_KIND].str, "sister_city");
	ck_assert_str_eq(P.v[P_STATUS].str, "active");
	ck_assert_str_eq(P.v[P_FROM].str, "2024-01-01");
	ck_assert_str_eq(P.v[P_TO].str, "2024-12-31");
	ck_assert_str_eq(P.v[P_LANG].str, "zh");
	ck_assert(!P.v[P_AFTER].set);
	ck_assert_ptr_null(P.v[P_AFTER].str);
}
END_TEST

/* source: a calendar source id, as strict as the other ids. */
START_TEST(test_source_id)
{
	static const char *const bads[] = { "0", "-1", "1000000000", "99999999999999999999", "1e3",
	    "abc", " 1", "1 ", "%C3%28", "%00", "0x10" };
	size_t i;

	ACCEPTED("source=42", PARAM_BIT(P_SOURCE));
	ck_assert(P.v[P_SOURCE].set);
	ck_assert_int_eq(P.v[P_SOURCE].num, 42);
	ACCEPTED("source=999999999", PARAM_BIT(P_SOURCE));
	ck_assert_int_eq(P.v[P_SOURCE].num, 999999999);
	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		char q[64];
		snprintf(q, sizeof(q), "source=%s", bads[i]);
		REFUSED(q, PARAM_BIT(P_SOURCE), "source");
	}
	/* A page that does not take it refuses it, by name. */
	REFUSED("source=3", PARAM_BIT(P_CITY), "source");
}
END_TEST

START_TEST(test_not_accepted)
{
	/* A known parameter the resource does not take is refused, not silently dropped. */
	REFUSED("kind=mou", PARAM_BIT(P_LIMIT) | PARAM_BIT(P_SIDE), "kind");
	REFUSED("limit=5&q=x", PARAM_BIT(P_LIMIT), "q");
	REFUSED("lang=en", 0, "lang");
}
END_TEST

START_TEST(test_unknown_ignored)
{
	ACCEPTED("utm_source=newsletter&_=1712345678&LIMIT=5&Limit=6&limit=7&fbclid=abc", ALL);
	ck_assert_int_eq(P.v[P_LIMIT].num, 7);
	/* Unknown parameters are not validated either. */
	ACCEPTED("x=%C3%28&y=%00&z=<script>&limit=8", ALL);
	ck_assert_int_eq(P.v[P_LIMIT].num, 8);
	/* A NUL in the name makes another name. */
	ACCEPTED("li%00mit=9", ALL);
	ck_assert(!P.v[P_LIMIT].set);
	/* Names are decoded: "%6Cimit" is "limit". */
	ACCEPTED("%6Cimit=3", ALL);
	ck_assert_int_eq(P.v[P_LIMIT].num, 3);
}
END_TEST

START_TEST(test_empty_is_unset)
{
	int i;

	ACCEPTED("side=&country=&limit=&q=&after=&from=&lang", ALL);
	for (i = 0; i < P__MAX; i++)
		ck_assert_msg(!P.v[i].set, "%s set", param_name((enum param_id)i));
	ACCEPTED("side=&side=china", ALL);
	ck_assert_str_eq(P.v[P_SIDE].str, "china");
}
END_TEST

START_TEST(test_duplicate)
{
	REFUSED("limit=1&limit=2", ALL, "limit");
	REFUSED("limit=1&limit=1", ALL, "limit");
	REFUSED("side=china&q=x&side=europe", ALL, "side");
	REFUSED("q=a&%71=b", ALL, "q");
}
END_TEST

START_TEST(test_value_with_equals_and_plus)
{
	ACCEPTED("q=a=b+c%2Bd", ALL);
	ck_assert_str_eq(P.v[P_Q].str, "a=b c+d");
}
END_TEST

/* --- hostile encodings -------------------------------------------------------------------- */

START_TEST(test_bad_percent)
{
	/* The query string as a whole is malformed. */
	ck_assert_int_eq(pp("q=%zz", ALL), C2C_EINVAL);
	ck_assert(err[0] != '\0');
	ck_assert_int_eq(pp("q=abc%4", ALL), C2C_EINVAL);
	ck_assert_int_eq(pp("limit=5&q=%4", ALL), C2C_EINVAL);
	ck_assert_int_eq(pp("q=%", ALL), C2C_EINVAL);
	ck_assert_int_eq(pp("q%zz=1", ALL), C2C_EINVAL);
	ck_assert_int_eq(pp("side=%e", ALL), C2C_EINVAL);
}
END_TEST

START_TEST(test_nul_byte)
{
	REFUSED("q=%00", ALL, "q");
	REFUSED("q=a%00b", ALL, "q");
	REFUSED("q=abc%00", ALL, "q");
	REFUSED("side=china%00", ALL, "side");
	REFUSED("city=leeds%00.xml", ALL, "city");
	REFUSED("limit=5%00", ALL, "limit");
}
END_TEST

static const char *const bad_utf8[] = {
	"%C3%28",             /* bad continuation */
	"%ED%A0%80",          /* surrogate U+D800 */
	"%ED%BF%BF",          /* surrogate U+DFFF */
	"%F4%90%80%80",       /* U+110000 */
	"%C0%AF",             /* overlong '/' */
	"%E0%80%AF",          /* overlong '/' */
	"%C0%80",             /* overlong NUL */
	"%FF",
	"%80",
	"abc%C3",             /* truncated */
	"%E4%B8",             /* truncated */
	"%F0%9F%98",          /* truncated */
};

START_TEST(test_bad_utf8)
{
	static const char *const names[] = { "q", "city", "side", "country", "after", "from", "limit" };
	size_t i;
	char q[128];

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(q, sizeof(q), "%s=%s", names[i], bad_utf8[_i]);
		REFUSED(q, ALL, names[i]);
	}
}
END_TEST

START_TEST(test_query_too_long)
{
	char *q = malloc(PARAM_QUERY_MAX + 16);

	ck_assert_ptr_nonnull(q);
	/* Exactly PARAM_QUERY_MAX bytes pass (an unknown parameter). */
	memcpy(q, "x=", 2);
	memset(q + 2, 'a', PARAM_QUERY_MAX - 2);
	q[PARAM_QUERY_MAX] = '\0';
	ACCEPTED(q, ALL);
	/* One more is too long, whatever it holds. */
	strcat(q, "a");
	ck_assert_int_eq(pp(q, ALL), C2C_ETOOLONG);
	ck_assert_ptr_null(bad);
	ck_assert(err[0] != '\0');
	memcpy(q, "limit=5&", 8);
	ck_assert_int_eq(pp(q, ALL), C2C_ETOOLONG);
	ck_assert(!P.v[P_LIMIT].set);
	free(q);
}
END_TEST

START_TEST(test_too_many_pairs)
{
	char q[1024] = "";
	int i;

	for (i = 0; i < PARAM_PAIRS_MAX; i++)
		strcat(q, i ? "&x=1" : "x=1");
	ACCEPTED(q, ALL);
	strcat(q, "&x=1");
	REFUSED(q, ALL, NULL);
	/* Empty pairs ("&&") are not counted. */
	memset(q, '&', 200);
	strcpy(q + 200, "limit=5");
	ACCEPTED(q, ALL);
	ck_assert_int_eq(P.v[P_LIMIT].num, 5);
	/* Names without values count as pairs. */
	q[0] = '\0';
	for (i = 0; i <= PARAM_PAIRS_MAX; i++)
		strcat(q, "a&");
	REFUSED(q, ALL, NULL);
}
END_TEST

/* --- the validators -------------------------------------------------------------------- */

static const struct {
	const char *v;
	long long   num;    /* -1: refused */
} limit_cases[] = {
	{ "1", 1 }, { "50", 50 }, { "500", 500 },
	{ "0", -1 }, { "501", -1 }, { "-1", -1 }, { "1e3", -1 }, { "99999999999999999999", -1 },
	{ "18446744073709551617", -1 }, { "5.0", -1 }, { "0x10", -1 }, { "%2B5", -1 }, { "+5", -1 },
	{ "%205", -1 }, { "5%20", -1 }, { "five", -1 }, { "%EF%BC%95", -1 },   /* fullwidth 5 */
};

START_TEST(test_limit)
{
	char q[128];

	snprintf(q, sizeof(q), "limit=%s", limit_cases[_i].v);
	if (limit_cases[_i].num < 0) {
		REFUSED(q, ALL, "limit");
		ck_assert_ptr_nonnull(strstr(err, "500"));
		return;
	}
	ACCEPTED(q, ALL);
	ck_assert(P.v[P_LIMIT].set);
	ck_assert_int_eq(P.v[P_LIMIT].num, limit_cases[_i].num);
}
END_TEST

static const struct {
	const char *v;
	const char *out;    /* NULL: refused */
} country_cases[] = {
	{ "GB", "GB" }, { "gb", "GB" }, { "Gb", "GB" }, { "cN", "CN" }, { "zz", "ZZ" },
	{ "G", NULL }, { "GBR", NULL }, { "g1", NULL }, { "12", NULL }, { "%C3%A9", NULL },
	{ "%271", NULL }, { "--", NULL }, { "G%00", NULL }, { "G+", NULL }, { "%27%20OR%20%271%27%3D%271", NULL },
	{ "@[", NULL }, { "`{", NULL },
};

START_TEST(test_country)
{
	char q[128];

	snprintf(q, sizeof(q), "country=%s", country_cases[_i].v);
	if (country_cases[_i].out == NULL) {
		REFUSED(q, ALL, "country");
		return;
	}
	ACCEPTED(q, ALL);
	ck_assert_str_eq(P.v[P_COUNTRY].str, country_cases[_i].out);
}
END_TEST

static const struct {
	const char *v;
	int         ok;
} date_cases[] = {
	{ "2024-02-29", 1 }, { "2000-02-29", 1 }, { "2023-02-28", 1 }, { "1900-01-01", 1 },
	{ "2999-12-31", 1 }, { "2024-04-30", 1 }, { "2024-12-31", 1 },
	{ "2023-02-29", 0 }, { "1900-02-29", 0 }, { "2100-02-29", 0 }, { "2024-02-30", 0 },
	{ "2024-13-01", 0 }, { "2024-00-10", 0 }, { "2024-01-00", 0 }, { "2024-04-31", 0 },
	{ "2024-01-32", 0 }, { "1899-12-31", 0 }, { "3000-01-01", 0 }, { "2024-2-29", 0 },
	{ "2024/02/29", 0 }, { "20240229", 0 }, { "2024-02-29T00:00", 0 }, { "2024-02-2x", 0 },
	{ "+024-02-29", 0 }, { "-024-02-29", 0 }, { "2024-+2-29", 0 }, { "2024-02-29%20", 0 },
	{ "%272024-01-01", 0 }, { "yesterday", 0 },
};

START_TEST(test_dates)
{
	char q[128];

	snprintf(q, sizeof(q), "from=%s&to=%s", date_cases[_i].v, date_cases[_i].v);
	if (!date_cases[_i].ok) {
		REFUSED(q, ALL, "from");
		return;
	}
	ACCEPTED(q, ALL);
	ck_assert_str_eq(P.v[P_FROM].str, date_cases[_i].v);
	ck_assert_str_eq(P.v[P_TO].str, date_cases[_i].v);
}
END_TEST

static const struct {
	int         id;
	const char *v;
	int         ok;
} enum_cases[] = {
	{ P_SIDE, "europe", 1 }, { P_SIDE, "china", 1 }, { P_SIDE, "Europe", 0 },
	{ P_SIDE, "asia", 0 }, { P_SIDE, "china%20", 0 }, { P_SIDE, "chin", 0 }, { P_SIDE, "chinaa", 0 },
	{ P_KIND, "programme_pairing", 1 }, { P_KIND, "sister_city", 1 }, { P_KIND, "friendship_city", 1 },
	{ P_KIND, "mou", 1 }, { P_KIND, "cooperation_agreement", 1 }, { P_KIND, "in_discussion", 1 },
	{ P_KIND, "ad_hoc", 1 }, { P_KIND, "sister-city", 0 }, { P_KIND, "MOU", 0 },
	{ P_STATUS, "active", 1 }, { P_STATUS, "dormant", 1 }, { P_STATUS, "ended", 1 },
	{ P_STATUS, "deleted", 0 }, { P_LANG, "en", 1 }, { P_LANG, "zh", 1 }, { P_LANG, "fr", 0 },
	{ P_LANG, "zh-CN", 0 }, { P_LANG, "EN", 0 },
};

START_TEST(test_enums)
{
	const char *name = param_name((enum param_id)enum_cases[_i].id);
	char q[128];

	snprintf(q, sizeof(q), "%s=%s", name, enum_cases[_i].v);
	if (!enum_cases[_i].ok) {
		REFUSED(q, ALL, name);
		return;
	}
	ACCEPTED(q, ALL);
	ck_assert_str_eq(P.v[enum_cases[_i].id].str, enum_cases[_i].v);
}
END_TEST

START_TEST(test_enum_message_lists_values)
{
	REFUSED("side=mars", ALL, "side");
	ck_assert_ptr_nonnull(strstr(err, "europe"));
	ck_assert_ptr_nonnull(strstr(err, "china"));
	REFUSED("kind=x", ALL, "kind");
	ck_assert_ptr_nonnull(strstr(err, "ad_hoc"));
}
END_TEST

START_TEST(test_enum_message_small_buffer)
{
	char small[20];
	const char *b;

	memset(small, 'z', sizeof(small));
	ck_assert_int_eq(params_parse("kind=x", ALL, &P, small, sizeof(small), &b), C2C_EINVAL);
	ck_assert_uint_eq(strlen(small), sizeof(small) - 1);
}
END_TEST

START_TEST(test_q_text)
{
	char q[1024];

	/* 200 bytes pass, 201 do not. */
	strcpy(q, "q=");
	memset(q + 2, 'a', PARAM_TEXT_MAX);
	q[2 + PARAM_TEXT_MAX] = '\0';
	ACCEPTED(q, ALL);
	ck_assert_uint_eq(strlen(P.v[P_Q].str), PARAM_TEXT_MAX);
	strcat(q, "a");
	REFUSED(q, ALL, "q");
	/* Bytes, not characters: 66 x U+4E2D (198 bytes) + "ab" = 200; one more byte is 201. */
	strcpy(q, "q=");
	for (int i = 0; i < 66; i++)
		strcat(q, "%E4%B8%AD");
	strcat(q, "ab");
	ACCEPTED(q, ALL);
	ck_assert_uint_eq(strlen(P.v[P_Q].str), 200);
	strcat(q, "c");
	REFUSED(q, ALL, "q");
	/* "+" encodes the spaces of 200 bytes too. */
	strcpy(q, "q=");
	memset(q + 2, '+', PARAM_TEXT_MAX + 1);
	q[3 + PARAM_TEXT_MAX] = '\0';
	REFUSED(q, ALL, "q");
}
END_TEST

static const char *const q_control[] = {
	"%01", "a%1Bb", "%1B%5B31m", "%7F", "%C2%80", "%C2%85", "%C2%9F", "%EF%BF%BE", "%EF%BF%BF", "%08",
};

START_TEST(test_q_control)
{
	char q[64];

	snprintf(q, sizeof(q), "q=%s", q_control[_i]);
	REFUSED(q, ALL, "q");
}
END_TEST

START_TEST(test_q_unicode)
{
	ACCEPTED("q=%E5%88%A9%E5%85%B9+Leeds+%F0%9F%98%80+caf%C3%A9", ALL);
	ck_assert_str_eq(P.v[P_Q].str, "\xe5\x88\xa9\xe5\x85\xb9 Leeds \xf0\x9f\x98\x80 caf\xc3\xa9");
}
END_TEST

/* SQL injection strings: q is plain text, accepted as is (prepared statements are the
 * defence); slugs, enums, countries, dates and limits refuse them. */
static const char *const injections[] = {
	"%27+OR+1%3D1+--+",
	"%27%3B+DROP+TABLE+cities%3B+--",
	"Robert%27%29%3B+DROP+TABLE+partnerships%3B--",
	"1+UNION+SELECT+password+FROM+mysql.user",
	"%22+OR+%22%22%3D%22",
	"%5C%27+OR+1%3D1%23",
	"%2F*+*%2F",
	"%3Cscript%3Ealert(1)%3C%2Fscript%3E",
};

START_TEST(test_injection)
{
	static const char *const strict[] = { "city", "area", "side", "kind", "status", "lang", "country",
		"from", "to", "limit", "after" };
	char q[256], *dec;
	size_t i, n;

	snprintf(q, sizeof(q), "q=%s", injections[_i]);
	ACCEPTED(q, ALL);
	dec = param_decode(injections[_i], strlen(injections[_i]), 1, &n);
	ck_assert_ptr_nonnull(dec);
	ck_assert_str_eq(P.v[P_Q].str, dec);
	free(dec);
	for (i = 0; i < sizeof(strict) / sizeof(strict[0]); i++) {
		snprintf(q, sizeof(q), "%s=%s", strict[i], injections[_i]);
		REFUSED(q, ALL, strict[i]);
	}
}
END_TEST

START_TEST(test_script_in_slug)
{
	REFUSED("city=%3Cscript%3E", ALL, "city");
	REFUSED("city=leeds%3Cscript%3Ealert(1)%3C%2Fscript%3E", ALL, "city");
	REFUSED("city=<script>", ALL, "city");
	REFUSED("area=..%2F..%2Fetc%2Fpasswd", ALL, "area");
	REFUSED("city=Leeds", ALL, "city");
	ACCEPTED("city=leeds&area=culture-and-tourism", ALL);
}
END_TEST

START_TEST(test_error_leaves_out_freeable)
{
	/* Values set before the refused one are owned by out; teardown frees them (valgrind). */
	REFUSED("limit=5&q=hello&city=leeds&side=mars", ALL, "side");
	REFUSED("limit=5&q=hello&q=again", ALL, "q");
	ck_assert_int_eq(pp("limit=5&q=hello&x=%zz", ALL), C2C_EINVAL);
	params_free(&P);
	params_free(&P);   /* twice is fine */
}
END_TEST

/* --- updated_since, page, partnership -------------------------------------------------- */

START_TEST(test_time_param)
{
	unsigned m = PARAM_BIT(P_UPDATED_SINCE) | PARAM_BIT(P_PAGE) | PARAM_BIT(P_PARTNERSHIP);
	static const char *const good[] = {
		"updated_since=2026-11-29T16:13:00Z", "updated_since=2026-11-29T16:13:00.5Z",
		"updated_since=2024-02-29T23:59:59.123456Z", "updated_since=1970-01-01T00:00:00Z",
	};
	static const char *const bad_times[] = {
		"updated_since=2026-11-29T16:13:00", "updated_since=2026-11-29 16:13:00Z",
		"updated_since=2026-11-29T24:00:00Z", "updated_since=2026-11-29T16:60:00Z",
		"updated_since=2023-02-29T00:00:00Z", "updated_since=2026-11-29T16:13:00.Z",
		"updated_since=2026-11-29T16:13:00.1234567Z", "updated_since=yesterday",
		"updated_since=2026-11-29T16:13:00%2B01:00", "updated_since=2026-11-29T16:13:0aZ",
	};
	char sqlt[PARAM_SQL_TIME];
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		accepted(good[i], m);
	for (i = 0; i < sizeof(bad_times) / sizeof(bad_times[0]); i++)
		refused(bad_times[i], m, "updated_since");
	param_sql_time("2026-11-29T16:13:00.5Z", sqlt);
	ck_assert_str_eq(sqlt, "2026-11-29 16:13:00.5");
	/* The value is kept as given, so that links repeat it exactly. */
	ck_assert_int_eq(pp("updated_since=2026-11-29T16:13:00Z", m), C2C_OK);
	ck_assert_str_eq(P.v[P_UPDATED_SINCE].str, "2026-11-29T16:13:00Z");
	refused("page=0", m, "page");
	refused("page=-3", m, "page");
	accepted("page=7", m);
	ck_assert_int_eq(pp("page=0007", m), C2C_OK);
	ck_assert_str_eq(P.v[P_PAGE].str, "7");   /* canonical */
	refused("partnership=0", m, "partnership");
	refused("partnership=12x", m, "partnership");
	accepted("partnership=12", m);
}
END_TEST

START_TEST(test_number_param)
{
	unsigned m = PARAM_BIT(P_MIN_SCORE) | PARAM_BIT(P_W_NETWORK);
	static const char *const bad_numbers[] = {
		"w_network=-1", "w_network=10.5", "w_network=1e3", "w_network=nan", "w_network=inf",
		"w_network=0x1", "w_network=.5", "w_network=5.", "w_network=1.2.3", "w_network=+1",
		"w_network=%201",
	};
	size_t i;

	accepted("w_network=2.5&min_score=0.1", m);
	ck_assert_int_eq(pp("w_network=2.5", m), C2C_OK);
	ck_assert(P.v[P_W_NETWORK].real > 2.49 && P.v[P_W_NETWORK].real < 2.51);
	accepted("w_network=10", m);
	accepted("w_network=0", m);
	for (i = 0; i < sizeof(bad_numbers) / sizeof(bad_numbers[0]); i++)
		refused(bad_numbers[i], m, "w_network");
	refused("min_score=101", m, "min_score");
}
END_TEST

Suite *
param_suite(void)
{
	Suite *s = suite_create("param");
	TCase *tc = tcase_create("pieces");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_param_name);
	tcase_add_test(tc, test_source_id);
	tcase_add_loop_test(tc, test_is_slug, 0, (int)(sizeof(slug_cases) / sizeof(slug_cases[0])));
	tcase_add_loop_test(tc, test_decode, 0, (int)(sizeof(decode_cases) / sizeof(decode_cases[0])));
	tcase_add_test(tc, test_decode_length_bounded);
	suite_add_tcase(s, tc);

	tc = tcase_create("cursor");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_loop_test(tc, test_cursor_roundtrip, 0, (int)(sizeof(cursor_keys) / sizeof(cursor_keys[0])));
	tcase_add_test(tc, test_cursor_known);
	tcase_add_loop_test(tc, test_cursor_garbage, 0, (int)(sizeof(bad_cursors) / sizeof(bad_cursors[0])));
	tcase_add_test(tc, test_cursor_garbage_in_query);
	suite_add_tcase(s, tc);

	tc = tcase_create("parse");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_parse_empty);
	tcase_add_test(tc, test_parse_all);
	tcase_add_test(tc, test_not_accepted);
	tcase_add_test(tc, test_unknown_ignored);
	tcase_add_test(tc, test_empty_is_unset);
	tcase_add_test(tc, test_duplicate);
	tcase_add_test(tc, test_value_with_equals_and_plus);
	tcase_add_test(tc, test_error_leaves_out_freeable);
	suite_add_tcase(s, tc);

	tc = tcase_create("hostile");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_bad_percent);
	tcase_add_test(tc, test_nul_byte);
	tcase_add_loop_test(tc, test_bad_utf8, 0, (int)(sizeof(bad_utf8) / sizeof(bad_utf8[0])));
	tcase_add_test(tc, test_query_too_long);
	tcase_add_test(tc, test_too_many_pairs);
	tcase_add_loop_test(tc, test_injection, 0, (int)(sizeof(injections) / sizeof(injections[0])));
	tcase_add_test(tc, test_script_in_slug);
	suite_add_tcase(s, tc);

	tc = tcase_create("validators");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_loop_test(tc, test_limit, 0, (int)(sizeof(limit_cases) / sizeof(limit_cases[0])));
	tcase_add_loop_test(tc, test_country, 0, (int)(sizeof(country_cases) / sizeof(country_cases[0])));
	tcase_add_loop_test(tc, test_dates, 0, (int)(sizeof(date_cases) / sizeof(date_cases[0])));
	tcase_add_loop_test(tc, test_enums, 0, (int)(sizeof(enum_cases) / sizeof(enum_cases[0])));
	tcase_add_test(tc, test_enum_message_lists_values);
	tcase_add_test(tc, test_enum_message_small_buffer);
	tcase_add_test(tc, test_q_text);
	tcase_add_loop_test(tc, test_q_control, 0, (int)(sizeof(q_control) / sizeof(q_control[0])));
	tcase_add_test(tc, test_q_unicode);
	tcase_add_test(tc, test_time_param);
	tcase_add_test(tc, test_number_param);
	suite_add_tcase(s, tc);
	return s;
}

/* test_kpi_input.c: KPI values from CSV, forms and XML (lib/kpi_input.c, lib/xmlin.c),
 * hostile input included, and the If-Match comparison (lib/write.c). */
#include <stdlib.h>
#include <string.h>

#include "kpi_input.h"
#include "suites.h"
#include "xmlin.h"

#define HDR "kpi,partnership,city,start,end,value,score,comment,source,confidence,supersedes\r\n"

static void
csv(const char *text, struct kpi_batch *b, struct field_errors *e)
{
	memset(b, 0, sizeof(*b));
	memset(e, 0, sizeof(*e));
	ck_assert_int_eq(kpi_csv_parse(text, strlen(text), b, e), C2C_OK);
}

/* 1 when e holds a problem with this line, field and code. */
static int
has(const struct field_errors *e, int line, const char *field, enum fe_code code)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (e->v[i].line == line && strcmp(e->v[i].field, field) == 0 && e->v[i].code == code)
			return 1;
	return 0;
}

START_TEST(csv_good)
{
	struct kpi_batch b;
	struct field_errors e;

	csv("\xef\xbb\xbf" HDR
	    "joint-projects,12,,2024-01-01,2024-03-31,3,,\"first, \"\"quoted\"\"\nand multi-line\",survey,high,\r\n"
	    "partnership-quality,,leeds,2024-01-01,2024-12-31,,4,,,,77\n", &b, &e);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_uint_eq(b.n, 2);
	ck_assert_str_eq(b.v[0].kpi, "joint-projects");
	ck_assert_int_eq(b.v[0].partnership, 12);
	ck_assert_str_eq(b.v[0].value, "3");
	ck_assert_str_eq(b.v[0].comment, "first, \"quoted\"\nand multi-line");
	ck_assert_str_eq(b.v[0].confidence, "high");
	ck_assert_int_eq(b.v[0].line, 2);
	ck_assert_str_eq(b.v[1].city, "leeds");
	ck_assert_int_eq(b.v[1].score, 4);
	ck_assert_int_eq(b.v[1].supersedes, 77);
	ck_assert_str_eq(b.v[1].confidence, "medium");
	ck_assert_int_eq(b.v[1].line, 4);   /* the quoted field spans lines 2 and 3 */
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

START_TEST(csv_columns_any_order)
{
	struct kpi_batch b;
	struct field_errors e;

	csv("value,end,start,kpi,city\n-12.5,2020-12-31,2020-01-01,x,y\n", &b, &e);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_str_eq(b.v[0].value, "-12.5");
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

/* Every bad row is reported with its line, the good rows around it are not. */
START_TEST(csv_bad_rows)
{
	struct kpi_batch b;
	struct field_errors e;

	csv(HDR
	    "joint-projects,12,,2024-01-01,2024-03-31,3,,,,,\n"              /* 2: good */
	    "joint-projects,12,,2024-02-30,2024-03-31,3,,,,,\n"              /* 3: no such day */
	    "joint-projects,12,,2024-01-01,2024-03-31,3e5,,,,,\n"            /* 4: exponent */
	    "joint-projects,12,leeds,2024-01-01,2024-03-31,3,,,,,\n"         /* 5: two owners */
	    "joint-projects,12,,2024-04-01,2024-03-31,,9,,,,\n"              /* 6: order, score */
	    "Joint_Projects,012,,2024-01-01,2024-03-31,1,,,,sure,\n"         /* 7: slug, id, conf. */
	    "joint-projects,12,,2024-01-01\n"                                /* 8: too few fields */
	    "joint-projects,12,,2024-01-01,2024-03-31,\"3\"x,,,,,\n"         /* 9: after a quote */
	    "joint-projects,12,,2024-01-01,2024-03-31,1,,a\"b,,,\n"          /* 10: bare quote */
	    "joint-projects,12,,2024-01-01,2024-03-31,,,,,,\n"               /* 11: no value */
	    ",12,,,,1,,,,,\n"                                                /* 12: required */
	    "joint-projects,12,,2024-01-01,2024-03-31,123456789012345,,,,,\n" /* 13: 15 digits */
	    "joint-projects,12,,2024-01-01,2024-03-31,1.12345,,,,,\n",       /* 14: 5 decimals */
	    &b, &e);
	ck_assert(has(&e, 3, "start", FE_DATE));
	ck_assert(has(&e, 4, "value", FE_NUMBER));
	ck_assert(has(&e, 5, "city", FE_OWNER));
	ck_assert(has(&e, 6, "end", FE_PERIOD));
	ck_assert(has(&e, 6, "score", FE_SCORE));
	ck_assert(has(&e, 7, "kpi", FE_SLUG));
	ck_assert(has(&e, 7, "partnership", FE_ID));
	ck_assert(has(&e, 7, "confidence", FE_CONFIDENCE));
	ck_assert(has(&e, 8, "line", FE_CSV));
	ck_assert(has(&e, 9, "line", FE_CSV));
	ck_assert(has(&e, 10, "line", FE_CSV));
	ck_assert(has(&e, 11, "value", FE_VALUE_OR_SCORE));
	ck_assert(has(&e, 12, "kpi", FE_REQUIRED));
	ck_assert(has(&e, 12, "start", FE_REQUIRED));
	ck_assert(has(&e, 13, "value", FE_NUMBER));
	ck_assert(has(&e, 14, "value", FE_NUMBER));
	ck_assert(has(&e, 12, "end", FE_REQUIRED));
	ck_assert_int_eq(e.n, 17);
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

START_TEST(csv_header)
{
	struct kpi_batch b;
	struct field_errors e;

	csv("kpi,start,end,value,password\nx,2020-01-01,2020-01-02,1,secret\n", &b, &e);
	ck_assert(has(&e, 1, "header", FE_UNKNOWN_FIELD));
	ck_assert_uint_eq(b.n, 0);
	kpi_batch_free(&b);
	fe_free(&e);
	csv("kpi,kpi\n", &b, &e);
	ck_assert(has(&e, 1, "header", FE_REPEATED));
	kpi_batch_free(&b);
	fe_free(&e);
	csv("", &b, &e);
	ck_assert(has(&e, 1, "body", FE_EMPTY));
	kpi_batch_free(&b);
	fe_free(&e);
	csv(HDR, &b, &e);
	ck_assert(has(&e, 2, "body", FE_EMPTY));
	kpi_batch_free(&b);
	fe_free(&e);
	csv("kpi,\"start\n", &b, &e);   /* an unclosed quote */
	ck_assert(has(&e, 1, "header", FE_CSV));
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

/* Invalid UTF-8, control characters, over-long text: refused with the line. */
START_TEST(csv_hostile_text)
{
	struct kpi_batch b;
	struct field_errors e;
	char *big, *text;
	size_t n;

	csv(HDR
	    "joint-projects,12,,2024-01-01,2024-03-31,1,,caf\xc3,,,\n"
	    "joint-projects,12,,2024-01-01,2024-03-31,1,,\xed\xa0\x80,,,\n"       /* a surrogate */
	    "joint-projects,12,,2024-01-01,2024-03-31,1,,a\x1b[31mb,,,\n"          /* ESC */
	    "joint-projects,12,,2024-01-01,2024-03-31,1,,,\xc0\xbc" "script,,\n"   /* overlong < */
	    "joint\xff,12,,2024-01-01,2024-03-31,1,,,,,\n", &b, &e);
	ck_assert(has(&e, 2, "comment", FE_UTF8));
	ck_assert(has(&e, 3, "comment", FE_UTF8));
	ck_assert(has(&e, 4, "comment", FE_UTF8));
	ck_assert(has(&e, 5, "source", FE_UTF8));
	ck_assert(has(&e, 6, "kpi", FE_UTF8));
	kpi_batch_free(&b);
	fe_free(&e);

	n = strlen(HDR) + KPI_COMMENT_MAX + 200;
	ck_assert_ptr_nonnull(big = malloc(n));
	ck_assert_ptr_nonnull(text = malloc(KPI_COMMENT_MAX + 2));
	memset(text, 'x', KPI_COMMENT_MAX + 1);
	text[KPI_COMMENT_MAX + 1] = '\0';
	snprintf(big, n, HDR "joint-projects,12,,2024-01-01,2024-03-31,1,,%s,,,\n", text);
	csv(big, &b, &e);
	ck_assert(has(&e, 2, "comment", FE_TOO_LONG));
	kpi_batch_free(&b);
	fe_free(&e);
	text[KPI_COMMENT_MAX] = '\0';   /* exactly at the limit: fine */
	snprintf(big, n, HDR "joint-projects,12,,2024-01-01,2024-03-31,1,,%s,,,\n", text);
	csv(big, &b, &e);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_uint_eq(strlen(b.v[0].comment), KPI_COMMENT_MAX);
	kpi_batch_free(&b);
	fe_free(&e);
	free(big);
	free(text);
}
END_TEST

/* Injection text is data: kept byte for byte, never interpreted. */
START_TEST(csv_injection_literal)
{
	struct kpi_batch b;
	struct field_errors e;

	csv(HDR "joint-projects,12,,2024-01-01,2024-03-31,1,,"
	    "\"'); DROP TABLE kpi_values; -- <script>alert(1)</script>\",\"=HYPERLINK(\"\"x\"\")\",,\n",
	    &b, &e);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_str_eq(b.v[0].comment, "'); DROP TABLE kpi_values; -- <script>alert(1)</script>");
	ck_assert_str_eq(b.v[0].source, "=HYPERLINK(\"x\")");
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

START_TEST(form)
{
	struct kpi_batch b;
	struct field_errors e;
	char token[96];
	static const char ok[] = "csrf=123.abc&lang=zh&kpi=joint-projects&partnership=12&city="
	    "&start=2024-01-01&end=2024-03-31&value=3&score=&comment=%E4%B8%AD+%3Cb%3E&source=";
	static const char bad[] = "kpi=joint-projects&partnership=12&start=2024-01-01&end=2024-03-31"
	    "&value=3&comment=%FF%FE&source=a%00b&admin=1&value=4&x=%ZZ";

	memset(&b, 0, sizeof(b));
	memset(&e, 0, sizeof(e));
	ck_assert_int_eq(kpi_form_parse(ok, strlen(ok), &b, &e, token, sizeof(token)), C2C_OK);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_str_eq(token, "123.abc");
	ck_assert_str_eq(b.v[0].comment, "\xe4\xb8\xad <b>");
	ck_assert_ptr_null(b.v[0].source);
	kpi_batch_free(&b);
	fe_free(&e);

	ck_assert_int_eq(kpi_form_parse(bad, strlen(bad), &b, &e, token, sizeof(token)), C2C_OK);
	ck_assert_str_eq(token, "");
	ck_assert(has(&e, 0, "comment", FE_UTF8));
	ck_assert(has(&e, 0, "source", FE_UTF8));       /* an encoded NUL */
	ck_assert(has(&e, 0, "admin", FE_UNKNOWN_FIELD));
	ck_assert(has(&e, 0, "value", FE_REPEATED));
	ck_assert(has(&e, 0, "x", FE_UTF8));            /* bad percent-encoding */
	kpi_batch_free(&b);
	fe_free(&e);
}
END_TEST

static struct xmlin *
load_schema(void)
{
	char err[300];
	struct xmlin *x = xmlin_load(C2C_SRCDIR "/docs/schema/c2c.rng", err, sizeof(err));

	ck_assert_msg(x != NULL, "%s", err);
	return x;
}

/* Parses an XML body; returns what xmlin_parse returned, the entries in b. */
static enum c2c_err
xml(struct xmlin *x, const char *text, struct kpi_batch *b, struct field_errors *e)
{
	xmlDocPtr doc;
	enum c2c_err rc;

	memset(b, 0, sizeof(*b));
	memset(e, 0, sizeof(*e));
	rc = xmlin_parse(x, text, strlen(text), &doc, e);
	if (rc == C2C_OK) {
		ck_assert_int_eq(kpi_xml_entries(doc, b, e), C2C_OK);
		xmlFreeDoc(doc);
	} else {
		ck_assert_ptr_null(doc);
	}
	return rc;
}

START_TEST(xml_good)
{
	struct xmlin *x = load_schema();
	struct kpi_batch b;
	struct field_errors e;

	ck_assert_int_eq(xml(x, "<?xml version=\"1.0\"?>\n<kpi-entries xmlns=\"urn:c2c:xml:1\">\n"
	    "<kpi-entry kpi=\"joint-projects\"><partnership id=\"12\"/>"
	    "<period start=\"2024-01-01\" end=\"2024-03-31\"/><value>3.25</value>"
	    "<comment>&lt;script&gt;alert(1)&lt;/script&gt; '); DROP TABLE x;--</comment></kpi-entry>\n"
	    "<kpi-entry kpi=\"partnership-quality\"><score>4</score><city slug=\"leeds\"/>"
	    "<period start=\"2024-01-01\" end=\"2024-12-31\"/><supersedes>9</supersedes></kpi-entry>\n"
	    "</kpi-entries>", &b, &e), C2C_OK);
	ck_assert_int_eq(fe_any(&e), 0);
	ck_assert_uint_eq(b.n, 2);
	ck_assert_str_eq(b.v[0].value, "3.25");
	ck_assert_str_eq(b.v[0].comment, "<script>alert(1)</script> '); DROP TABLE x;--");
	ck_assert_int_eq(b.v[0].line, 3);
	ck_assert_int_eq(b.v[1].score, 4);
	ck_assert_int_eq(b.v[1].supersedes, 9);
	ck_assert_str_eq(b.v[1].city, "leeds");
	kpi_batch_free(&b);
	fe_free(&e);
	/* One entry as the root. */
	ck_assert_int_eq(xml(x, "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/>"
	    "<period start=\"2024-01-01\" end=\"2023-12-31\"/><value>1</value></kpi-entry>", &b, &e), C2C_OK);
	ck_assert(has(&e, 1, "end", FE_PERIOD));   /* valid per schema, refused by the rules */
	kpi_batch_free(&b);
	fe_free(&e);
	xmlin_free(x);
}
END_TEST

START_TEST(xml_hostile)
{
	struct xmlin *x = load_schema();
	struct kpi_batch b;
	struct field_errors e;

	/* Billion laughs: any DTD is refused, so nothing is ever expanded. */
	ck_assert_int_eq(xml(x, "<?xml version=\"1.0\"?><!DOCTYPE kpi-entry [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
	    "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/><period start=\"2024-01-01\" "
	    "end=\"2024-01-01\"/><value>1</value><comment>&c;</comment></kpi-entry>", &b, &e), C2C_EINVAL);
	ck_assert(fe_has(&e, FE_XML));
	fe_free(&e);
	/* XXE: an external entity is refused the same way (and would not be loaded). */
	ck_assert_int_eq(xml(x, "<!DOCTYPE kpi-entry [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
	    "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/><period start=\"2024-01-01\" "
	    "end=\"2024-01-01\"/><value>1</value><comment>&x;</comment></kpi-entry>", &b, &e), C2C_EINVAL);
	ck_assert(fe_has(&e, FE_XML));
	fe_free(&e);
	/* Invalid UTF-8: not well-formed. */
	ck_assert_int_eq(xml(x, "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/>"
	    "<period start=\"2024-01-01\" end=\"2024-01-01\"/><value>1</value><comment>caf\xc3</comment>"
	    "</kpi-entry>", &b, &e), C2C_EINVAL);
	ck_assert(fe_has(&e, FE_XML));
	fe_free(&e);
	/* Not valid per the schema: a bad date, on its line; an unknown element. */
	ck_assert_int_eq(xml(x, "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\">\n<city slug=\"b\"/>\n"
	    "<period start=\"2024-13-01\" end=\"2024-01-01\"/><value>1</value></kpi-entry>", &b, &e), C2C_EINVAL);
	ck_assert(fe_has(&e, FE_SCHEMA));
	ck_assert_int_eq(e.v[0].line, 3);
	fe_free(&e);
	ck_assert_int_eq(xml(x, "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/>"
	    "<period start=\"2024-01-01\" end=\"2024-01-01\"/><value>1</value><admin>1</admin></kpi-entry>",
	    &b, &e), C2C_EINVAL);
	ck_assert(fe_has(&e, FE_SCHEMA));
	fe_free(&e);
	/* Other documents of ours are not input. */
	ck_assert_int_eq(xml(x, "<health xmlns=\"urn:c2c:xml:1\"/>", &b, &e), C2C_EINVAL);
	fe_free(&e);
	ck_assert_int_eq(xml(x, "", &b, &e), C2C_EINVAL);
	fe_free(&e);
	/* An over-long comment is a schema error too. */
	{
		char *big = malloc(3000), *p;
		ck_assert_ptr_nonnull(big);
		p = big + sprintf(big, "<kpi-entry xmlns=\"urn:c2c:xml:1\" kpi=\"a\"><city slug=\"b\"/>"
		    "<period start=\"2024-01-01\" end=\"2024-01-01\"/><value>1</value><comment>");
		memset(p, 'x', 2001);
		strcpy(p + 2001, "</comment></kpi-entry>");
		ck_assert_int_eq(xml(x, big, &b, &e), C2C_EINVAL);
		ck_assert(fe_has(&e, FE_SCHEMA));
		fe_free(&e);
		free(big);
	}
	xmlin_free(x);
}
END_TEST

START_TEST(if_match)
{
	ck_assert_int_eq(write_etag_matches(NULL, 5), 1);
	ck_assert_int_eq(write_etag_matches("\"1f-0123456789abcdef\"", 0x1f), 1);
	ck_assert_int_eq(write_etag_matches("\"1f-0123456789abcdef\"", 0x20), 0);
	ck_assert_int_eq(write_etag_matches("\"1-x\", \"20-y\"", 0x20), 1);
	ck_assert_int_eq(write_etag_matches("W/\"20-y\"", 0x20), 0);      /* weak: never */
	ck_assert_int_eq(write_etag_matches("*", 0x20), 1);
	ck_assert_int_eq(write_etag_matches("\"200-y\"", 0x20), 0);        /* prefix only */
	ck_assert_int_eq(write_etag_matches("\"20\"", 0x20), 0);
	ck_assert_int_eq(write_etag_matches("20-y", 0x20), 0);             /* unquoted */
	ck_assert_int_eq(write_etag_matches("", 0x20), 0);
	ck_assert_int_eq(write_etag_matches("\"20-y", 0x20), 0);
}
END_TEST

START_TEST(messages)
{
	int c;

	for (c = 0; c < FE__MAX; c++) {
		ck_assert_str_ne(fe_message((enum fe_code)c, "en"), fe_message((enum fe_code)c, "zh"));
		ck_assert_str_ne(fe_name((enum fe_code)c), "unknown");
	}
	ck_assert_str_eq(fe_message(FE_DATE, NULL), fe_message(FE_DATE, "en"));
	/* Cooperation plans (issue 18): the checks after a write name codes by their names,
	 * each of which must come back as its code. */
	for (c = 0; c < FE__MAX; c++)
		ck_assert_int_eq(fe_code_of(fe_name((enum fe_code)c)), c);
	ck_assert_int_eq(fe_code_of("no-such-code"), FE__MAX);
	ck_assert_int_eq(fe_code_of(NULL), FE__MAX);
}
END_TEST

START_TEST(errors_capped)
{
	struct field_errors e;
	int i;

	memset(&e, 0, sizeof(e));
	for (i = 0; i < FE_KEEP + 50; i++)
		ck_assert_int_eq(fe_add(&e, i, "x", FE_CSV, NULL), 0);
	ck_assert_uint_eq(e.n, FE_KEEP);
	ck_assert_uint_eq(e.dropped, 50);
	fe_free(&e);
}
END_TEST

Suite *
kpi_input_suite(void)
{
	Suite *s = suite_create("kpi_input");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, csv_good);
	tcase_add_test(tc, csv_columns_any_order);
	tcase_add_test(tc, csv_bad_rows);
	tcase_add_test(tc, csv_header);
	tcase_add_test(tc, csv_hostile_text);
	tcase_add_test(tc, csv_injection_literal);
	tcase_add_test(tc, form);
	tcase_add_test(tc, xml_good);
	tcase_add_test(tc, xml_hostile);
	tcase_add_test(tc, if_match);
	tcase_add_test(tc, messages);
	tcase_add_test(tc, errors_capped);
	suite_add_tcase(s, tc);
	return s;
}

/* test_xml.c: the XML writer (xml_doc_new, xml_add_text, xml_add_textn, xml_add, xml_set_attr,
 * xml_set_attr_int, xml_set_lang, xml_serialize).  Whatever the text, the output re-parses
 * and carries the text back (invalid parts as U+FFFD). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "suites.h"
#include "utf8.h"
#include "xml.h"

#define FFFD "\xef\xbf\xbd"

static xmlDocPtr doc;
static xmlNodePtr root;

static void
setup(void)
{
	doc = xml_doc_new("test", &root);
	ck_assert_ptr_nonnull(doc);
	ck_assert_ptr_nonnull(root);
}

static void
teardown(void)
{
	xmlFreeDoc(doc);
	doc = NULL;
	root = NULL;
}

/* Serialises doc, re-parses it (which must succeed) and returns the re-parsed document;
 * *text (may be NULL) gets the serialised text, to free. */
static xmlDocPtr
roundtrip(char **text)
{
	char *s = t_serialize(doc);
	xmlDocPtr d = t_reparse(s);

	ck_assert_msg(d != NULL, "output does not re-parse:\n%s", s);
	if (text != NULL)
		*text = s;
	else
		free(s);
	return d;
}

/* Asserts that XPath expr over d gives expect. */
static void
xp_eq(xmlDocPtr d, const char *expr, const char *expect)
{
	char *got = t_xpath_str(d, expr);

	ck_assert_msg(strcmp(got, expect) == 0, "%s = \"%s\", expected \"%s\"", expr, got, expect);
	free(got);
}

START_TEST(test_doc_new)
{
	char *s;
	xmlDocPtr d;

	ck_assert_str_eq((const char *)root->name, "test");
	ck_assert_ptr_nonnull(root->ns);
	ck_assert_str_eq((const char *)root->ns->href, C2C_NS);
	ck_assert_ptr_eq(xmlDocGetRootElement(doc), root);
	d = roundtrip(&s);
	ck_assert_msg(strncmp(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39) == 0, "%s", s);
	ck_assert_ptr_nonnull(strstr(s, "<test xmlns=\"urn:c2c:xml:1\""));
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test)"), 1);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_children_in_namespace)
{
	xmlNodePtr n = xml_add_text(root, "name", "Leeds"), e = xml_add(root, "empty");
	xmlDocPtr d;
	char *s;

	ck_assert_ptr_nonnull(n);
	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_eq(n->parent, root);
	ck_assert_ptr_eq(n->ns, root->ns);
	ck_assert_ptr_eq(xml_add(n, "inner"), n->last);
	d = roundtrip(&s);
	xp_eq(d, "string(/c:test/c:name)", "Leeds");
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/c:empty)"), 1);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/c:name/c:inner)"), 1);
	ck_assert_double_eq(t_xpath_num(d, "count(//*[namespace-uri() != 'urn:c2c:xml:1'])"), 0);
	ck_assert_ptr_nonnull(strstr(s, "<empty/>"));
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_serialize_appends)
{
	struct buf b = BUF_INIT;

	ck_assert_int_eq(buf_puts(&b, "HEAD:"), 0);
	ck_assert_int_eq(xml_serialize(doc, &b), C2C_OK);
	ck_assert_int_eq(strncmp(b.data, "HEAD:<?xml ", 11), 0);
	ck_assert_uint_eq(strlen(b.data), b.len);
	buf_free(&b);
}
END_TEST

/* Markup characters are escaped in text and attributes. */
static const char *const markup[] = {
	"<b>bold</b>",
	"a & b &amp; c",
	"\"double\" 'single'",
	"x]]>y",
	"]]>",
	"<![CDATA[x]]>",
	"<!-- comment -->",
	"<?php echo 1; ?>",
	"&lt;already escaped&gt;",
	"&#0; &#x1; &bogus;",
	"\"/><script>alert(1)</script><x a=\"",
	"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
};

START_TEST(test_escaping_text)
{
	char *s;
	xmlDocPtr d;

	ck_assert_ptr_nonnull(xml_add_text(root, "v", markup[_i]));
	d = roundtrip(&s);
	xp_eq(d, "string(/c:test/c:v)", markup[_i]);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/*)"), 1);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/c:v/*)"), 0);
	ck_assert_msg(strstr(s, "]]>") == NULL, "unescaped ]]> in\n%s", s);
	ck_assert_msg(strchr(strstr(s, "<v>") + 3, '<') == strstr(s, "</v>"), "unescaped < in\n%s", s);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_escaping_attr)
{
	char *s;
	xmlDocPtr d;

	ck_assert_int_eq(xml_set_attr(root, "a", markup[_i]), 0);
	d = roundtrip(&s);
	xp_eq(d, "string(/c:test/@a)", markup[_i]);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/@*)"), 1);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/node())"), 0);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

/* Text that is not XML character data: each bad byte or forbidden character is U+FFFD. */
static const struct {
	const char *in;
	size_t      len;
	const char *out;
} hostile[] = {
#define T(s, o) { s, sizeof(s) - 1, o }
	T("plain", "plain"),
	T("caf\xc3\xa9 \xe5\x88\xa9\xe5\x85\xb9 \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe5\x88\xa9\xe5\x85\xb9 \xf0\x9f\x98\x80"),
	T("\xc3\x28", FFFD "("),                            /* bad continuation */
	T("\xed\xa0\x80", FFFD FFFD FFFD),                  /* surrogate U+D800 */
	T("a\xed\xbf\xbf" "b", "a" FFFD FFFD FFFD "b"),     /* surrogate U+DFFF */
	T("\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD),         /* U+110000 */
	T("\xc0\xaf", FFFD FFFD),                           /* overlong '/' */
	T("\xe0\x80\xaf", FFFD FFFD FFFD),                  /* overlong '/' */
	T("\xc0\x80", FFFD FFFD),                           /* overlong NUL */
	T("\xff\xfe", FFFD FFFD),
	T("\x80", FFFD),                                    /* lone continuation */
	T("x\xe4\xb8", "x" FFFD FFFD),                      /* truncated at the end */
	T("\xe4\xb8x", FFFD FFFD "x"),                      /* truncated in the middle */
	T("\xf0\x9f\x98", FFFD FFFD FFFD),
	T("a\x00" "b", "a" FFFD "b"),                       /* NUL */
	T("a\x01\x02\x1f" "b", "a" FFFD FFFD FFFD "b"),     /* C0 controls */
	T("\x1b[31mred\x1b[0m", FFFD "[31mred" FFFD "[0m"),
	T("\x08\x0b\x0c", FFFD FFFD FFFD),
	T("\x7f", FFFD),                                    /* DEL */
	T("\xc2\x85", FFFD FFFD),                           /* C1 NEL */
	T("\xc2\x9f\xc2\xa0", FFFD FFFD "\xc2\xa0"),        /* C1, then NBSP (fine) */
	T("\xef\xbf\xbe", FFFD FFFD FFFD),                  /* U+FFFE */
	T("\xef\xbf\xbf" "a", FFFD FFFD FFFD "a"),          /* U+FFFF */
	T(FFFD, FFFD),                                      /* U+FFFD itself stays */
	T("\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf"),          /* U+10FFFF is fine */
	T("tab\there", "tab\there"),
	T("line\nfeed", "line\nfeed"),
#undef T
};

START_TEST(test_hostile_text)
{
	char *s;
	xmlDocPtr d;
	xmlNodePtr n = xml_add_textn(root, "v", hostile[_i].in, hostile[_i].len);

	ck_assert_ptr_nonnull(n);
	d = roundtrip(&s);
	ck_assert(utf8_valid_text(s, strlen(s)));
	xp_eq(d, "string(/c:test/c:v)", hostile[_i].out);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_hostile_attr)
{
	char *s;
	xmlDocPtr d;

	/* xml_set_attr takes a C string: cases with a NUL stop there. */
	if (memchr(hostile[_i].in, '\0', hostile[_i].len) != NULL)
		return;
	ck_assert_int_eq(xml_set_attr(root, "a", hostile[_i].in), 0);
	d = roundtrip(&s);
	ck_assert(utf8_valid_text(s, strlen(s)));
	xp_eq(d, "string(/c:test/@a)", hostile[_i].out);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_hostile_text_nul_terminated)
{
	char *s;
	xmlDocPtr d;

	ck_assert_ptr_nonnull(xml_add_text(root, "v", "a\x01" "b\xc3\x28" "c"));
	d = roundtrip(&s);
	xp_eq(d, "string(/c:test/c:v)", "a" FFFD "b" FFFD "(c");
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_carriage_return_survives)
{
	xmlDocPtr d;

	/* A raw CR would be normalised away by the parser: it must be written as a reference. */
	ck_assert_ptr_nonnull(xml_add_text(root, "v", "a\r\nb\rc"));
	ck_assert_int_eq(xml_set_attr(root, "a", "x\ty\nz\r"), 0);
	d = roundtrip(NULL);
	xp_eq(d, "string(/c:test/c:v)", "a\r\nb\rc");
	xp_eq(d, "string(/c:test/@a)", "x\ty\nz\r");
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_every_byte)
{
	/* All 256 byte values in one text and one attribute (the attribute without NUL). */
	char all[257];
	xmlDocPtr d;
	char *s, *v;
	int i;

	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	all[256] = '\0';
	ck_assert_ptr_nonnull(xml_add_textn(root, "v", all, 256));
	ck_assert_int_eq(xml_set_attr(root, "a", all + 1), 0);
	d = roundtrip(&s);
	ck_assert(utf8_valid_text(s, strlen(s)));
	v = t_xpath_str(d, "string(/c:test/c:v)");
	/* Printable ASCII comes back as it was. */
	ck_assert_ptr_nonnull(strstr(v, " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" FFFD));
	free(v);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_textn_not_terminated)
{
	static const char text[6] = { 'a', 'b', 'c', '<', '&', 'x' };   /* no NUL */
	xmlDocPtr d;

	ck_assert_ptr_nonnull(xml_add_textn(root, "v", text, 3));
	ck_assert_ptr_nonnull(xml_add_textn(root, "w", text, 5));
	ck_assert_ptr_nonnull(xml_add_textn(root, "e", text, 0));
	d = roundtrip(NULL);
	xp_eq(d, "string(/c:test/c:v)", "abc");
	xp_eq(d, "string(/c:test/c:w)", "abc<&");
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/c:e)"), 1);
	xp_eq(d, "string(/c:test/c:e)", "");
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_null_values)
{
	ck_assert_ptr_null(xml_add_text(root, "v", NULL));
	ck_assert_ptr_null(xml_add_textn(root, "v", NULL, 5));
	ck_assert_ptr_null(root->children);
	ck_assert_int_eq(xml_set_attr(root, "a", NULL), 0);
	ck_assert_ptr_null(root->properties);
	/* An empty string is not NULL: it adds an empty element. */
	ck_assert_ptr_nonnull(xml_add_text(root, "v", ""));
	ck_assert_int_eq(xml_set_attr(root, "a", ""), 0);
	ck_assert_ptr_nonnull(root->children);
	ck_assert_ptr_nonnull(xmlHasProp(root, BAD_CAST "a"));
}
END_TEST

START_TEST(test_attr_int)
{
	xmlDocPtr d;

	ck_assert_int_eq(xml_set_attr_int(root, "n", -42), 0);
	ck_assert_int_eq(xml_set_attr_int(root, "max", LLONG_MAX), 0);
	ck_assert_int_eq(xml_set_attr_int(root, "min", LLONG_MIN), 0);
	ck_assert_int_eq(xml_set_attr_int(root, "zero", 0), 0);
	d = roundtrip(NULL);
	xp_eq(d, "string(/c:test/@n)", "-42");
	xp_eq(d, "string(/c:test/@max)", "9223372036854775807");
	xp_eq(d, "string(/c:test/@min)", "-9223372036854775808");
	xp_eq(d, "string(/c:test/@zero)", "0");
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_attr_replaced)
{
	xmlDocPtr d;

	ck_assert_int_eq(xml_set_attr(root, "a", "one"), 0);
	ck_assert_int_eq(xml_set_attr(root, "a", "two"), 0);
	d = roundtrip(NULL);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:test/@a)"), 1);
	xp_eq(d, "string(/c:test/@a)", "two");
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_lang)
{
	xmlNodePtr en = xml_add_text(root, "name", "Leeds");
	xmlNodePtr zh = xml_add_text(root, "name", "\xe5\x88\xa9\xe5\x85\xb9");
	xmlDocPtr d;
	char *s;

	ck_assert_int_eq(xml_set_lang(en, "en"), 0);
	ck_assert_int_eq(xml_set_lang(zh, "zh"), 0);
	d = roundtrip(&s);
	ck_assert_ptr_nonnull(strstr(s, "<name xml:lang=\"en\">Leeds</name>"));
	ck_assert_ptr_nonnull(strstr(s, "<name xml:lang=\"zh\">\xe5\x88\xa9\xe5\x85\xb9</name>"));
	xp_eq(d, "string(/c:test/c:name[lang('zh')])", "\xe5\x88\xa9\xe5\x85\xb9");
	xp_eq(d, "string(/c:test/c:name[lang('en')])", "Leeds");
	xp_eq(d, "string(/c:test/c:name[1]/@xml:lang)", "en");
	/* No stray namespace declaration for xml:. */
	ck_assert_ptr_null(strstr(s, "xmlns:xml"));
	free(s);
	xmlFreeDoc(d);
}
END_TEST

/* xml_init forbids external entities: a document that refers to a local file does not get
 * its content, even when parsed with entity substitution. */
START_TEST(test_no_external_entities)
{
	char path[] = "/tmp/c2c-test-xxe-XXXXXX", text[512];
	int fd = mkstemp(path);
	xmlDocPtr d;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "SECRET", 6), 6);
	close(fd);
	snprintf(text, sizeof(text), "<!DOCTYPE r [<!ENTITY e SYSTEM \"file://%s\">]><r>[&e;]</r>", path);
	d = xmlReadMemory(text, (int)strlen(text), "xxe.xml", NULL,
	    XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (d != NULL) {
		xmlChar *c = xmlNodeGetContent(xmlDocGetRootElement(d));
		ck_assert_msg(c == NULL || strstr((const char *)c, "SECRET") == NULL,
		    "external entity was loaded: %s", c);
		xmlFree(c);
		xmlFreeDoc(d);
	}
	unlink(path);
}
END_TEST

Suite *
xml_suite(void)
{
	Suite *s = suite_create("xml");
	TCase *tc = tcase_create("writer");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_doc_new);
	tcase_add_test(tc, test_children_in_namespace);
	tcase_add_test(tc, test_serialize_appends);
	tcase_add_test(tc, test_textn_not_terminated);
	tcase_add_test(tc, test_null_values);
	tcase_add_test(tc, test_attr_int);
	tcase_add_test(tc, test_attr_replaced);
	tcase_add_test(tc, test_lang);
	tcase_add_test(tc, test_no_external_entities);
	suite_add_tcase(s, tc);

	tc = tcase_create("escaping");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_escaping_text, 0, (int)(sizeof(markup) / sizeof(markup[0])));
	tcase_add_loop_test(tc, test_escaping_attr, 0, (int)(sizeof(markup) / sizeof(markup[0])));
	tcase_add_loop_test(tc, test_hostile_text, 0, (int)(sizeof(hostile) / sizeof(hostile[0])));
	tcase_add_loop_test(tc, test_hostile_attr, 0, (int)(sizeof(hostile) / sizeof(hostile[0])));
	tcase_add_test(tc, test_hostile_text_nul_terminated);
	tcase_add_test(tc, test_carriage_return_survives);
	tcase_add_test(tc, test_every_byte);
	suite_add_tcase(s, tc);
	return s;
}

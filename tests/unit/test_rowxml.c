/* test_rowxml.c: result rows to XML by column alias (xml_add_row, xml_fill_row, db_col),
 * with a hand-built struct db_rows. */
#include <stdlib.h>
#include <string.h>

#include "rowxml.h"
#include "suites.h"
#include "xml.h"

#define FFFD "\xef\xbf\xbd"
#define NCOLS 11

/* Aliases as the queries write them. */
static char *names[NCOLS] = {
	"@slug",            /* attribute of the row element */
	"name@en",          /* <name xml:lang="en"> */
	"name@zh",          /* <name xml:lang="zh"> */
	"country",          /* <country> */
	"europe/@slug",     /* attribute of child <europe> */
	"europe/name@zh",   /* <europe><name xml:lang="zh"> */
	"europe/name@en",
	"_key",             /* private: not output */
	"note",             /* NULL in row 0 */
	"china/@slug",      /* NULL in row 0: no <china> at all */
	"population",
};

static char *cells[2 * NCOLS] = {
	/* row 0 */
	"leeds", "Leeds", "\xe5\x88\xa9\xe5\x85\xb9", "GB", "leeds", "\xe5\x88\xa9\xe5\x85\xb9", "Leeds",
	"SECRETKEY", NULL, NULL, "812000",
	/* row 1: hostile values */
	"a\"b<c", "<script>alert(1)</script>", "bad\xc3\x28utf8", "x]]>y", "a&b", "\x01", NULL,
	"SECRETKEY2", "note & \"quotes\"", "shanghai", NULL,
};

static struct db_rows rows = { 2, NCOLS, names, cells };

static xmlDocPtr doc;
static xmlNodePtr root;

static void
setup(void)
{
	doc = xml_doc_new("cities", &root);
	ck_assert_ptr_nonnull(doc);
}

static void
teardown(void)
{
	xmlFreeDoc(doc);
	doc = NULL;
}

static void
xp_eq(xmlDocPtr d, const char *expr, const char *expect)
{
	char *got = t_xpath_str(d, expr);

	ck_assert_msg(strcmp(got, expect) == 0, "%s = \"%s\", expected \"%s\"", expr, got, expect);
	free(got);
}

static xmlDocPtr
roundtrip(char **text)
{
	char *s = t_serialize(doc);
	xmlDocPtr d = t_reparse(s);

	ck_assert_msg(d != NULL, "output does not re-parse:\n%s", s);
	*text = s;
	return d;
}

START_TEST(test_row_aliases)
{
	xmlNodePtr n = xml_add_row(root, "city", &rows, 0);
	xmlDocPtr d;
	char *s;

	ck_assert_ptr_nonnull(n);
	ck_assert_ptr_eq(n->parent, root);
	d = roundtrip(&s);
	/* "@x" */
	xp_eq(d, "string(/c:cities/c:city/@slug)", "leeds");
	/* "x@en", "x@zh" */
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/c:name)"), 2);
	xp_eq(d, "string(/c:cities/c:city/c:name[@xml:lang='en'])", "Leeds");
	xp_eq(d, "string(/c:cities/c:city/c:name[@xml:lang='zh'])", "\xe5\x88\xa9\xe5\x85\xb9");
	/* "x" */
	xp_eq(d, "string(/c:cities/c:city/c:country)", "GB");
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/c:country/@*)"), 0);
	xp_eq(d, "string(/c:cities/c:city/c:population)", "812000");
	/* "a/@b", "a/x@zh": one child <europe> holds all three columns. */
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/c:europe)"), 1);
	xp_eq(d, "string(/c:cities/c:city/c:europe/@slug)", "leeds");
	xp_eq(d, "string(/c:cities/c:city/c:europe/c:name[@xml:lang='zh'])", "\xe5\x88\xa9\xe5\x85\xb9");
	xp_eq(d, "string(/c:cities/c:city/c:europe/c:name[@xml:lang='en'])", "Leeds");
	/* Column order is document order. */
	xp_eq(d, "local-name(/c:cities/c:city/*[1])", "name");
	xp_eq(d, "local-name(/c:cities/c:city/*[3])", "country");
	xp_eq(d, "local-name(/c:cities/c:city/*[4])", "europe");
	/* "_private" is not output, under any name. */
	ck_assert_ptr_null(strstr(s, "SECRETKEY"));
	ck_assert_ptr_null(strstr(s, "_key"));
	ck_assert_double_eq(t_xpath_num(d, "count(//*[local-name()='key'] | //@key)"), 0);
	/* NULL cells add nothing: no <note>, and no empty <china>. */
	ck_assert_double_eq(t_xpath_num(d, "count(//c:note)"), 0);
	ck_assert_double_eq(t_xpath_num(d, "count(//c:china)"), 0);
	/* Everything in our namespace. */
	ck_assert_double_eq(t_xpath_num(d, "count(//*[namespace-uri() != 'urn:c2c:xml:1'])"), 0);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/*)"), 5);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_row_hostile_values)
{
	xmlDocPtr d;
	char *s;

	ck_assert_ptr_nonnull(xml_add_row(root, "city", &rows, 1));
	d = roundtrip(&s);
	xp_eq(d, "string(/c:cities/c:city/@slug)", "a\"b<c");
	xp_eq(d, "string(/c:cities/c:city/c:name[@xml:lang='en'])", "<script>alert(1)</script>");
	xp_eq(d, "string(/c:cities/c:city/c:name[@xml:lang='zh'])", "bad" FFFD "(utf8");
	xp_eq(d, "string(/c:cities/c:city/c:country)", "x]]>y");
	xp_eq(d, "string(/c:cities/c:city/c:europe/@slug)", "a&b");
	xp_eq(d, "string(/c:cities/c:city/c:europe/c:name[@xml:lang='zh'])", FFFD);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/c:europe/c:name)"), 1);
	xp_eq(d, "string(/c:cities/c:city/c:note)", "note & \"quotes\"");
	xp_eq(d, "string(/c:cities/c:city/c:china/@slug)", "shanghai");
	ck_assert_double_eq(t_xpath_num(d, "count(//c:population)"), 0);
	ck_assert_ptr_null(strstr(s, "SECRETKEY"));
	ck_assert_ptr_null(strstr(s, "<script>"));
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_two_rows)
{
	xmlDocPtr d;
	char *s;

	ck_assert_ptr_nonnull(xml_add_row(root, "city", &rows, 0));
	ck_assert_ptr_nonnull(xml_add_row(root, "city", &rows, 1));
	d = roundtrip(&s);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city)"), 2);
	xp_eq(d, "string(/c:cities/c:city[1]/@slug)", "leeds");
	xp_eq(d, "string(/c:cities/c:city[2]/@slug)", "a\"b<c");
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city[1]/c:europe)"), 1);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city[2]/c:europe)"), 1);
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_fill_row)
{
	xmlNodePtr n = xml_add(root, "city");
	xmlDocPtr d;
	char *s;

	ck_assert_int_eq(xml_set_attr(n, "extra", "1"), 0);
	ck_assert_int_eq(xml_fill_row(n, &rows, 0), 0);
	d = roundtrip(&s);
	xp_eq(d, "string(/c:cities/c:city/@extra)", "1");
	xp_eq(d, "string(/c:cities/c:city/@slug)", "leeds");
	xp_eq(d, "string(/c:cities/c:city/c:country)", "GB");
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_fill_existing_child)
{
	/* "a/..." reuses an <a> the caller already made. */
	xmlNodePtr n = xml_add(root, "city"), e = xml_add(n, "europe");
	xmlDocPtr d;
	char *s;

	ck_assert_int_eq(xml_set_attr(e, "mine", "yes"), 0);
	ck_assert_int_eq(xml_fill_row(n, &rows, 0), 0);
	d = roundtrip(&s);
	ck_assert_double_eq(t_xpath_num(d, "count(/c:cities/c:city/c:europe)"), 1);
	xp_eq(d, "string(/c:cities/c:city/c:europe/@mine)", "yes");
	xp_eq(d, "string(/c:cities/c:city/c:europe/@slug)", "leeds");
	free(s);
	xmlFreeDoc(d);
}
END_TEST

START_TEST(test_all_null_row)
{
	static char *n2[3] = { "@id", "name", "sub/@x" };
	static char *c2[3] = { NULL, NULL, NULL };
	struct db_rows r = { 1, 3, n2, c2 };
	xmlNodePtr n = xml_add_row(root, "item", &r, 0);

	ck_assert_ptr_nonnull(n);
	ck_assert_ptr_null(n->children);
	ck_assert_ptr_null(n->properties);
}
END_TEST

START_TEST(test_db_col)
{
	ck_assert_int_eq(db_col(&rows, "@slug"), 0);
	ck_assert_int_eq(db_col(&rows, "country"), 3);
	ck_assert_int_eq(db_col(&rows, "_key"), 7);
	ck_assert_int_eq(db_col(&rows, "population"), NCOLS - 1);
	ck_assert_int_eq(db_col(&rows, "slug"), -1);
	ck_assert_int_eq(db_col(&rows, "Country"), -1);
	ck_assert_int_eq(db_col(&rows, ""), -1);
}
END_TEST

START_TEST(test_db_cell)
{
	ck_assert_str_eq(db_cell(&rows, 0, 3), "GB");
	ck_assert_str_eq(db_cell(&rows, 1, 0), "a\"b<c");
	ck_assert_ptr_null(db_cell(&rows, 0, 8));        /* SQL NULL */
	ck_assert_ptr_null(db_cell(&rows, 2, 0));        /* out of range */
	ck_assert_ptr_null(db_cell(&rows, 0, NCOLS));
	ck_assert_ptr_null(db_cell(&rows, (size_t)-1, 0));
}
END_TEST

Suite *
rowxml_suite(void)
{
	Suite *s = suite_create("rowxml");
	TCase *tc = tcase_create("rows");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_row_aliases);
	tcase_add_test(tc, test_row_hostile_values);
	tcase_add_test(tc, test_two_rows);
	tcase_add_test(tc, test_fill_row);
	tcase_add_test(tc, test_fill_existing_child);
	tcase_add_test(tc, test_all_null_row);
	tcase_add_test(tc, test_db_col);
	tcase_add_test(tc, test_db_cell);
	suite_add_tcase(s, tc);
	return s;
}

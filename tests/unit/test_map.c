/* test_map.c: the map of Europe and China (map.h): cities by shape, arcs between
 * partners, what is left out, and what is refused. */
#include <math.h>
#include <string.h>

#include "map.h"
#include "suites.h"
#include "xml.h"

static struct chart_spec
spec(void)
{
	struct chart_spec s;

	memset(&s, 0, sizeof(s));
	s.id_prefix = "m";
	s.title = "Partner cities";
	s.lang = "en";
	return s;
}

START_TEST(test_map_cities_and_lines)
{
	struct map_city c[] = {
		{ "Leeds", 53.8, -1.55, 0, 1 }, { "Hangzhou", 30.27, 120.16, 1, 0 },
		{ "Buenos Aires", -34.6, -58.4, 0, 0 },   /* outside the frame: left out */
	};
	struct map_line l[] = { { 0, 1, "Leeds – Hangzhou" }, { 0, 2, NULL } };
	const char *regions[2] = { "Europe", "China" };
	struct chart_spec s = spec();
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("figure", &root);

	ck_assert_int_eq(map_draw(root, &s, c, 3, l, 2, regions), C2C_OK);
	ck_assert(t_xpath_num(doc, "count(//*[local-name()='path'][@class='link'])") == 1);
	ck_assert(t_xpath_num(doc, "count(//*[local-name()='g'][@class='cities']/*[local-name()='circle'])") == 1);
	ck_assert(t_xpath_num(doc, "count(//*[local-name()='g'][@class='cities']/*[local-name()='rect'])") == 1);
	ck_assert(t_xpath_num(doc, "count(//*[local-name()='text'][@class='label'])") == 1);
	ck_assert(t_xpath_num(doc, "count(//*[local-name()='svg'][@role='img'][@aria-labelledby='m-title'])") == 1);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(test_map_refuses)
{
	struct map_city c[] = { { "A", 50, 10, 0, 0 }, { "B", NAN, 110, 1, 0 } };
	struct map_city unnamed[] = { { NULL, 50, 10, 0, 0 } };
	struct map_line bad[] = { { 0, 5, NULL } };
	struct chart_spec s = spec();
	xmlNodePtr root;
	xmlDocPtr doc = xml_doc_new("figure", &root);

	ck_assert_int_eq(map_draw(root, &s, c, 2, NULL, 0, NULL), C2C_EINVAL);
	ck_assert_int_eq(map_draw(root, &s, c, 1, bad, 1, NULL), C2C_EINVAL);
	ck_assert_int_eq(map_draw(root, &s, unnamed, 1, NULL, 0, NULL), C2C_EINVAL);
	s.id_prefix = "1bad";
	ck_assert_int_eq(map_draw(root, &s, c, 1, NULL, 0, NULL), C2C_EINVAL);
	ck_assert_ptr_null(root->children);   /* nothing appended on error */
	xmlFreeDoc(doc);
}
END_TEST

Suite *
map_suite(void)
{
	Suite *s = suite_create("map");
	TCase *tc = tcase_create("map");

	tcase_add_test(tc, test_map_cities_and_lines);
	tcase_add_test(tc, test_map_refuses);
	suite_add_tcase(s, tc);
	return s;
}

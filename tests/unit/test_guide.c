/* test_guide.c: the pure parts of the guide and the step tracker (issue 18): the cycle's
 * SVG (chart_cycle: accessible name and description, eight steps, the current one marked
 * in shape and words, loops without steps only in the legend, hostile names as text) and
 * the tracker bodies' checks (lib/tracker.c's field tables through lib/edit.c). */
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "suites.h"
#include "xml.h"

static const char *const names[8] = { "Aim", "Commit", "Partner", "Plan", "Do", "Measure", "Act",
	"Replicate" };
static const char *const loops[4] = { "New C2C partnership", "Continual improvement",
	"Local helix building", "City development" };
static const unsigned steps[4] = { 0xfcu, 0x78u, 0u, 0xffu };   /* 3-8, 4-7, none, 1-8 */

/* The cycle drawn into a fresh page, serialised and parsed back. */
static xmlDocPtr
draw(const char *lang, int current, int loop, const char *const *n)
{
	xmlNodePtr root;
	xmlDocPtr page = xml_doc_new("page", &root), back;
	char *s;

	ck_assert_ptr_nonnull(page);
	ck_assert_int_eq(chart_cycle(root, lang, current, loop, n, loops, steps), C2C_OK);
	s = t_serialize(page);
	back = t_reparse(s);
	ck_assert_ptr_nonnull(back);
	free(s);
	xmlFreeDoc(page);
	return back;
}

static void
expect(xmlDocPtr d, const char *xpath, const char *want)
{
	char *got = t_xpath_str(d, xpath);
	ck_assert_str_eq(got, want);
	free(got);
}

#define SVG "/*/*[local-name()='svg']"

START_TEST(cycle_accessible)
{
	xmlDocPtr d = draw("en", 5, 2, names);

	expect(d, "string(" SVG "/@role)", "img");
	expect(d, "string(" SVG "/*[local-name()='title'])", "The cooperation cycle: eight steps and four loops");
	expect(d, "string(count(" SVG "/*[local-name()='g'][contains(@class, 'cycle-step')]))", "8");
	/* The current step: one, marked by an extra outline and the word, not colour alone. */
	expect(d, "string(count(" SVG "//*[contains(@class, 'cycle-current')]))", "1");
	expect(d, "string(count(" SVG "//*[contains(@class, 'cycle-current')]/*[local-name()='circle']))", "2");
	expect(d, "string(" SVG "//*[@class='step-current'])", "current");
	expect(d, "string(" SVG "//*[contains(@class, 'cycle-current')]/*[local-name()='title'])", "Step 5: Do (current)");
	expect(d, "string(contains(" SVG "/*[local-name()='desc'], 'Current step: 5 Do.'))", "true");
	expect(d, "string(contains(" SVG "/*[local-name()='desc'], '2 Continual improvement (steps 4-7), the current loop'))", "true");
	/* Three loops drawn as arcs; the one without steps only in the legend, saying so. */
	expect(d, "string(count(" SVG "/*[@class='cycle-loops']/*[local-name()='path']))", "3");
	expect(d, "string(count(" SVG "//*[@class='legend-text'][contains(., 'steps not stated')]))", "1");
	expect(d, "string(count(" SVG "//*[@class='legend-text'][contains(., '(current)')]))", "1");
	xmlFreeDoc(d);
}
END_TEST

START_TEST(cycle_none_and_chinese)
{
	const char *const hostile[8] = { "<script>alert(1)</script>", "&amp;", NULL, "Plan", "Do",
		"Measure", "Act", "Replicate" };
	xmlDocPtr d = draw("zh", 0, 0, hostile);

	expect(d, "string(" SVG "/@xml:lang)", "zh");
	expect(d, "string(" SVG "/*[local-name()='title'])", "合作循环：八个步骤与四个循环");
	expect(d, "string(count(" SVG "//*[contains(@class, 'cycle-current')]))", "0");
	/* Names are text, never markup; a missing one is "?". */
	expect(d, "string(count(//*[local-name()='script']))", "0");
	expect(d, "string(" SVG "/*[local-name()='g'][contains(@class, 'cycle-step')][1]/*[local-name()='title'])", "步骤 1：<script>alert(1)</script>");
	expect(d, "string(" SVG "/*[local-name()='g'][contains(@class, 'cycle-step')][3]/*[local-name()='title'])", "步骤 3：?");
	xmlFreeDoc(d);
}
END_TEST

static int
code_of(const struct field_errors *e, const char *name)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->v[i].field, name) == 0)
			return (int)e->v[i].code;
	return -1;
}

START_TEST(tracker_bodies_checked)
{
	const struct edit_resource *r = &tracker_set_resource;
	struct edit_values v;
	struct field_errors e = { NULL, 0, 0, 0 };
	char csrf[100], im[100], body[1200];
	int del = 0;
	static const char good[] = "csrf=1.ab&if-match=partnership%2F3%2F2026&element=plan-consult-stakeholders"
	    "&step=4&state=done&note=%E8%81%94%E5%90%88&evidence-url=https%3A%2F%2Fexample.org%2Fm"
	    "&evidence-date=2025-05-12&evidence-agreement=&evidence-activity=";
	static const char bad[] = "state=finished&step=9&evidence-url=javascript%3Aalert(1)"
	    "&evidence-date=2025-02-30&evidence-agreement=0&evidence-activity=x&partnership=3";

	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_form(r, good, sizeof(good) - 1, &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq((int)e.n, 0);
	ck_assert_str_eq(v.v[edit_field_index(r, "note")], "联合");
	/* An empty evidence field is no evidence. */
	ck_assert_ptr_null(v.v[edit_field_index(r, "evidence-agreement")]);
	edit_values_free(&v);

	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_form(r, bad, sizeof(bad) - 1, &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "element"), FE_REQUIRED);
	ck_assert_int_eq(code_of(&e, "state"), FE_CHOICE);
	ck_assert_int_eq(code_of(&e, "step"), FE_STEP);
	ck_assert_int_eq(code_of(&e, "evidence-url"), FE_URL);
	ck_assert_int_eq(code_of(&e, "evidence-date"), FE_DATE);
	ck_assert_int_eq(code_of(&e, "evidence-agreement"), FE_ID);
	ck_assert_int_eq(code_of(&e, "evidence-activity"), FE_ID);
	ck_assert_int_eq(code_of(&e, "partnership"), FE_UNKNOWN_FIELD);
	edit_values_free(&v);
	fe_free(&e);

	/* The note's budget: 500 bytes pass, 501 do not. */
	memset(&v, 0, sizeof(v));
	memset(&e, 0, sizeof(e));
	strcpy(body, "element=aim-collect-facts&state=done&note=");
	memset(body + strlen(body), 'x', TRACKER_NOTE_MAX + 1);
	body[42 + TRACKER_NOTE_MAX + 1] = '\0';
	ck_assert_int_eq(edit_from_form(r, body, strlen(body), &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "note"), FE_TOO_LONG);
	edit_values_free(&v);
	fe_free(&e);
	memset(&v, 0, sizeof(v));
	body[42 + TRACKER_NOTE_MAX] = '\0';
	ck_assert_int_eq(edit_from_form(r, body, strlen(body), &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq((int)e.n, 0);
	edit_values_free(&v);
	fe_free(&e);

	/* A move names a step 1-8. */
	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_form(&tracker_move_resource, "to-step=0&loop=&note=", 21, &v, &e,
	    csrf, sizeof(csrf), im, sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(&tracker_move_resource, 0, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "to-step"), FE_STEP);
	edit_values_free(&v);
	fe_free(&e);
}
END_TEST

Suite *
guide_suite(void)
{
	Suite *s = suite_create("guide");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, cycle_accessible);
	tcase_add_test(tc, cycle_none_and_chinese);
	tcase_add_test(tc, tracker_bodies_checked);
	suite_add_tcase(s, tc);
	return s;
}

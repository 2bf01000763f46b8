/* test_selfassess.c: the self-assessment's pure parts (selfassess.h): a form's answers
 * checked against a small questionnaire, every problem named, and readiness. */
#include <string.h>

#include "selfassess.h"
#include "suites.h"

/* Three questions and two areas, as sa_load_form would fill them. */
static void
form(struct sa_form *f)
{
	static const struct { const char *slug; enum sa_kind k; long long min, max; const char *ch; int ready; } q[] = {
		{ "strategy", SA_YESNO, 0, 0, "", 1 },
		{ "mass", SA_SCALE, 1, 5, "", 3 },
		{ "since", SA_YEAR, 1900, 2999, "", -1 },
		{ "view", SA_CHOICE, 0, 0, "learner mentor both", 1 },
		{ "helix", SA_MULTI, 0, 4, "government academia industry civil_society", 3 },
		{ "seeks", SA_SEEKS, 0, 2, "", 1 },
		{ "aim", SA_TEXT, 0, 10, "", 1 },
	};
	size_t i;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < sizeof(q) / sizeof(q[0]); i++) {
		snprintf(f->q[i].slug, sizeof(f->q[i].slug), "%s", q[i].slug);
		snprintf(f->q[i].step, sizeof(f->q[i].step), "aim");
		snprintf(f->q[i].choices, sizeof(f->q[i].choices), "%s", q[i].ch);
		f->q[i].kind = q[i].k;
		f->q[i].min = q[i].min;
		f->q[i].max = q[i].max;
		f->q[i].ready_at = q[i].ready;
	}
	f->nq = i;
	snprintf(f->areas[0].slug, sizeof(f->areas[0].slug), "energy");
	snprintf(f->areas[1].slug, sizeof(f->areas[1].slug), "health");
	snprintf(f->areas[2].slug, sizeof(f->areas[2].slug), "tourism");
	f->na = 3;
}

/* Parses body; returns the number of problems, with the first one's code in *code. */
static size_t
parse(const char *body, struct sa_answers *a, int *code)
{
	struct sa_form f;
	struct field_errors e = { NULL, 0, 0, 0 };
	char csrf[100], im[100];
	size_t n;

	form(&f);
	memset(a, 0, sizeof(*a));
	ck_assert_int_eq(sa_from_form(&f, body, strlen(body), a, &e, csrf, sizeof(csrf), im, sizeof(im)), C2C_OK);
	n = e.n + e.dropped;
	*code = n > 0 ? (int)e.v[0].code : -1;
	fe_free(&e);
	return n;
}

START_TEST(answers_normalised)
{
	struct sa_answers a;
	int code;

	ck_assert_uint_eq(parse("csrf=x&if-match=t&lang=zh&strategy=yes&mass=4&since=2012&view=both"
	    "&helix=industry&helix=government&helix=industry&seeks=tourism&seeks=energy&aim=a+b", &a, &code), 0);
	ck_assert_str_eq(a.v[0], "1");
	ck_assert_str_eq(a.v[1], "4");
	ck_assert_str_eq(a.v[2], "2012");
	ck_assert_str_eq(a.v[3], "both");
	ck_assert_str_eq(a.v[4], "government industry");  /* vocabulary order, once each */
	ck_assert_str_eq(a.v[5], "energy tourism");
	ck_assert_str_eq(a.v[6], "a b");
	sa_answers_free(&a);
	ck_assert_uint_eq(parse("strategy=&mass=", &a, &code), 0);   /* empty: no answer */
	ck_assert_ptr_null(a.v[0]);
	sa_answers_free(&a);
}
END_TEST

START_TEST(answers_refused)
{
	static const struct { const char *body; enum fe_code code; } bad[] = {
		{ "mass=6", FE_SCORE }, { "mass=0", FE_SCORE }, { "mass=03", FE_SCORE }, { "mass=-1", FE_SCORE },
		{ "since=1899", FE_INTEGER }, { "since=20x0", FE_INTEGER },
		{ "strategy=maybe", FE_FLAG }, { "strategy=yes&strategy=no", FE_REPEATED },
		{ "view=teacher", FE_CHOICE }, { "helix=church", FE_CHOICE }, { "seeks=moon", FE_CHOICE },
		{ "seeks=energy&seeks=health&seeks=tourism", FE_TOO_MANY },
		{ "aim=12345678901", FE_TOO_LONG }, { "aim=%C3%28", FE_UTF8 }, { "aim=a%00b", FE_UTF8 },
		{ "aim=%zz", FE_UTF8 }, { "nosuch=1", FE_UNKNOWN_FIELD },
	};
	struct sa_answers a;
	size_t i;
	int code;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ck_assert_msg(parse(bad[i].body, &a, &code) >= 1, "%s accepted", bad[i].body);
		ck_assert_msg(code == (int)bad[i].code, "%s: code %d, wanted %d", bad[i].body, code, (int)bad[i].code);
		sa_answers_free(&a);
	}
}
END_TEST

START_TEST(too_many_fields)
{
	char body[SA_FIELDS_MAX * 16 + 20] = "";
	struct sa_answers a;
	size_t i;
	int code;

	for (i = 0; i <= SA_FIELDS_MAX; i++)
		strcat(body, "helix=academia&");
	ck_assert_uint_ge(parse(body, &a, &code), 1);
	ck_assert_int_eq(code, FE_TOO_MANY);
	sa_answers_free(&a);
}
END_TEST

START_TEST(answers_from_xml)
{
	static const char body[] = "<self-assessment-answers xmlns=\"urn:c2c:xml:1\">"
	    "<answer question=\"strategy\">no</answer><answer question=\"seeks\"> tourism\n energy </answer>"
	    "<answer question=\"mass\">7</answer><answer question=\"nosuch\">1</answer>"
	    "<answer question=\"helix\">academia academia</answer></self-assessment-answers>";
	xmlDocPtr doc = t_reparse(body);
	struct field_errors e = { NULL, 0, 0, 0 };
	struct sa_answers a;
	struct sa_form f;

	ck_assert_ptr_nonnull(doc);
	form(&f);
	memset(&a, 0, sizeof(a));
	ck_assert_int_eq(sa_from_xml(&f, doc, &a, &e), C2C_OK);
	ck_assert_str_eq(a.v[0], "0");
	ck_assert_str_eq(a.v[5], "energy tourism");
	ck_assert_str_eq(a.v[4], "academia");
	ck_assert_ptr_null(a.v[1]);
	ck_assert_uint_eq(e.n, 2);
	ck_assert_int_eq(e.v[0].code, FE_SCORE);
	ck_assert_int_eq(e.v[1].code, FE_UNKNOWN_FIELD);
	fe_free(&e);
	sa_answers_free(&a);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(readiness)
{
	struct sa_form f;

	form(&f);
	ck_assert_int_eq(sa_met(&f.q[0], "1"), 1);
	ck_assert_int_eq(sa_met(&f.q[0], "0"), 0);
	ck_assert_int_eq(sa_met(&f.q[0], NULL), 0);
	ck_assert_int_eq(sa_met(&f.q[1], "2"), 0);
	ck_assert_int_eq(sa_met(&f.q[1], "3"), 1);
	ck_assert_int_eq(sa_met(&f.q[2], "2012"), 0);   /* not counted */
	ck_assert_int_eq(sa_met(&f.q[4], "government industry"), 0);
	ck_assert_int_eq(sa_met(&f.q[4], "government academia industry"), 1);
	ck_assert_int_eq(sa_met(&f.q[6], "x"), 1);
	ck_assert_int_eq(sa_kind_parse("multi"), SA_MULTI);
	ck_assert_int_eq(sa_kind_parse("nope"), -1);
}
END_TEST

Suite *
selfassess_suite(void)
{
	Suite *s = suite_create("selfassess");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, answers_normalised);
	tcase_add_test(tc, answers_refused);
	tcase_add_test(tc, too_many_fields);
	tcase_add_test(tc, answers_from_xml);
	tcase_add_test(tc, readiness);
	suite_add_tcase(s, tc);
	return s;
}

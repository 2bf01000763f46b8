/* test_edit.c: the editable resources (lib/edit.c) without a database: every resource
 * is described, bodies and forms parse into the same values, every bad field is named,
 * and per-resource entity tags in If-Match (lib/write.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "edit.h"
#include "suites.h"
#include "xmlin.h"

static const char *const paths[] = { "partnerships", "cities", "agreements", "activities",
	"kpi-targets", "sources", "organisations", NULL };

START_TEST(resources_described)
{
	const char *const *p;

	for (p = paths; *p != NULL; p++) {
		const struct edit_resource *r = edit_resource(*p);
		size_t i;
		ck_assert_ptr_nonnull(r);
		ck_assert_str_eq(r->path, *p);
		ck_assert_uint_le(r->nf, EDIT_FIELDS_MAX);
		ck_assert_ptr_nonnull(r->lock_sql);
		ck_assert_ptr_nonnull(strstr(r->lock_sql, "FOR UPDATE"));
		ck_assert_ptr_null(strstr(r->tag_sql, "FOR UPDATE"));
		for (i = 0; i < r->nf; i++) {
			ck_assert_ptr_nonnull(r->f[i].label);
			ck_assert_int_eq(edit_field_index(r, r->f[i].name), (int)i);
		}
	}
	ck_assert_ptr_null(edit_resource("kpi-values"));   /* never updated: kpi_input.h */
	ck_assert_ptr_null(edit_resource("../cities"));
	ck_assert_ptr_null(edit_resource(NULL));
}
END_TEST

/* Every form's text is in the label table of layout.xsl (issue 17): each field's label,
 * and for a field of a vocabulary, each of its values under vocab.value. */
static const char *const all_paths[] = { "partnerships", "cities", "agreements", "activities",
	"kpi-targets", "sources", "organisations", "reviews", "review-decisions", "review-targets",
	"plans", "plan-priorities", "plan-objectives", "plan-activities", "plan-milestones",
	"plan-targets", "plan-risks", NULL };

static int
has_label(xmlDocPtr doc, const char *key)
{
	char xp[200];
	xmlXPathContextPtr x = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o;
	int n;

	ck_assert_ptr_nonnull(x);
	ck_assert_int_eq(xmlXPathRegisterNs(x, BAD_CAST "l", BAD_CAST "urn:c2c:labels"), 0);
	snprintf(xp, sizeof(xp), "//l:l[@k = '%s']", key);
	o = xmlXPathEvalExpression(BAD_CAST xp, x);
	n = o != NULL && o->nodesetval != NULL ? o->nodesetval->nodeNr : 0;
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	return n == 1;
}

START_TEST(labels_in_table)
{
	/* Read here: lib/xmlin.c's entity loader refuses files. */
	FILE *in = fopen(C2C_SRCDIR "/conf/xslt/layout.xsl", "rb");
	static char text[1 << 20];
	size_t len;
	xmlDocPtr doc;
	const char *const *p;

	ck_assert_ptr_nonnull(in);
	len = fread(text, 1, sizeof(text), in);
	fclose(in);
	ck_assert_uint_lt(len, sizeof(text));
	doc = xmlReadMemory(text, (int)len, "layout.xsl", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	for (p = all_paths; *p != NULL; p++) {
		const struct edit_resource *r = edit_resource(*p);
		size_t i;
		ck_assert_ptr_nonnull(r);
		for (i = 0; i < r->nf; i++) {
			const struct edit_field *f = &r->f[i];
			const char *const *c;
			char key[128];
			ck_assert_msg(has_label(doc, f->label), "%s %s: no label %s", *p, f->name, f->label);
			ck_assert(f->vocab == NULL || f->type == EF_CHOICE);
			for (c = f->vocab != NULL ? f->choices : NULL; c != NULL && *c != NULL; c++) {
				snprintf(key, sizeof(key), "%s.%s", f->vocab, *c);
				ck_assert_msg(has_label(doc, key), "%s %s: no label %s", *p, f->name, key);
			}
		}
	}
	xmlFreeDoc(doc);
}
END_TEST

/* A slug list's words (EF_AREAS), whatever separates them. */
START_TEST(list_words)
{
	static const char *const want[] = { "ports", "water", "smart-city" };
	const char *w;
	size_t n = 0, i = 0;

	for (w = edit_list_next(" ports,water ,\t\r\nsmart-city, ", &n); w != NULL; w = edit_list_next(w + n, &n)) {
		ck_assert_uint_lt(i, 3);
		ck_assert_uint_eq(n, strlen(want[i]));
		ck_assert_int_eq(strncmp(w, want[i], n), 0);
		i++;
	}
	ck_assert_uint_eq(i, 3);
	ck_assert_ptr_null(edit_list_next(NULL, &n));
	ck_assert_ptr_null(edit_list_next(" ,, ", &n));
}
END_TEST

/* The code of the first problem with field name, or -1. */
static int
code_of(const struct field_errors *e, const char *name)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->v[i].field, name) == 0)
			return (int)e->v[i].code;
	return -1;
}

START_TEST(form_checked)
{
	const struct edit_resource *r = edit_resource("agreements");
	struct edit_values v;
	struct field_errors e = { NULL, 0, 0, 0 };
	char csrf[100], im[100];
	int del;
	static const char good[] = "csrf=1.ab&if-match=agreement%2F3%2F2026&partnership=12&kind=mou"
	    "&title=%27%29%3B+DROP+TABLE+agreements%3B+--+%3Cscript%3E&signed=2024-05-01&lang=zh";
	static const char bad[] = "partnership=0&kind=treaty&title=&signed=2024-02-30"
	    "&signed-precision=week&renewal-months=-3&document-url=javascript%3Aalert(1)&x=1&kind=mou";

	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_form(r, good, sizeof(good) - 1, &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 1, &v, &e), C2C_OK);
	ck_assert_int_eq((int)e.n, 0);
	ck_assert_str_eq(csrf, "1.ab");
	ck_assert_str_eq(im, "agreement/3/2026");
	ck_assert_int_eq(del, 0);
	/* Injection text is just text. */
	ck_assert_str_eq(v.v[edit_field_index(r, "title")], "'); DROP TABLE agreements; -- <script>");
	/* A signing date without precision is known to the day. */
	ck_assert_str_eq(v.v[edit_field_index(r, "signed-precision")], "day");
	edit_values_free(&v);

	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_form(r, bad, sizeof(bad) - 1, &v, &e, csrf, sizeof(csrf), im,
	    sizeof(im), &del), C2C_OK);
	ck_assert_int_eq(edit_check(r, 1, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "x"), FE_UNKNOWN_FIELD);
	ck_assert_int_eq(code_of(&e, "kind"), FE_REPEATED);
	ck_assert_int_eq(code_of(&e, "partnership"), FE_ID);
	ck_assert_int_eq(code_of(&e, "title"), FE_REQUIRED);
	ck_assert_int_eq(code_of(&e, "signed"), FE_DATE);
	ck_assert_int_eq(code_of(&e, "signed-precision"), FE_CHOICE);
	ck_assert_int_eq(code_of(&e, "renewal-months"), FE_INTEGER);
	ck_assert_int_eq(code_of(&e, "document-url"), FE_URL);
	edit_values_free(&v);
	fe_free(&e);
}
END_TEST

START_TEST(text_rules)
{
	const struct edit_resource *r = edit_resource("activities");
	struct edit_values v;
	struct field_errors e = { NULL, 0, 0, 0 };
	char *longtitle = malloc(302);

	ck_assert_ptr_nonnull(longtitle);
	memset(longtitle, 'y', 301);
	longtitle[301] = '\0';
	memset(&v, 0, sizeof(v));
	v.v[edit_field_index(r, "title")] = longtitle;
	v.v[edit_field_index(r, "funding")] = strdup("caf\xc3");
	v.v[edit_field_index(r, "risks")] = strdup("line\x01");
	v.v[edit_field_index(r, "budget-eur")] = strdup("1.234");
	v.v[edit_field_index(r, "start")] = strdup("2024-05-01");
	v.v[edit_field_index(r, "end")] = strdup("2024-04-30");
	v.v[edit_field_index(r, "area")] = strdup("Not A Slug");
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "title"), FE_TOO_LONG);
	ck_assert_int_eq(code_of(&e, "funding"), FE_UTF8);
	ck_assert_int_eq(code_of(&e, "risks"), FE_UTF8);
	ck_assert_int_eq(code_of(&e, "budget-eur"), FE_AMOUNT);
	ck_assert_int_eq(code_of(&e, "end"), FE_PERIOD);
	ck_assert_int_eq(code_of(&e, "area"), FE_SLUG);
	/* A PUT may leave the partnership out; a POST may not. */
	ck_assert_int_eq(code_of(&e, "partnership"), -1);
	/* The default status. */
	ck_assert_str_eq(v.v[edit_field_index(r, "status")], "idea");
	edit_values_free(&v);
	fe_free(&e);

	r = edit_resource("cities");
	memset(&v, 0, sizeof(v));
	v.v[edit_field_index(r, "name-en")] = strdup("Leeds");
	v.v[edit_field_index(r, "name-local")] = strdup("Leeds\nCity");
	v.v[edit_field_index(r, "name-zh")] = strdup("\xe5\x88\xa9\xe5\x85\xb9\xe2\x80\xae");   /* RLO */
	v.v[edit_field_index(r, "offers")] = strdup("energy, transport  smart-city");
	v.v[edit_field_index(r, "seeks")] = strdup("energy ../x");
	ck_assert_int_eq(edit_check(r, 0, &v, &e), C2C_OK);
	ck_assert_int_eq(code_of(&e, "name-en"), -1);
	ck_assert_int_eq(code_of(&e, "name-local"), FE_LINE);
	ck_assert_int_eq(code_of(&e, "name-zh"), FE_LINE);
	ck_assert_int_eq(code_of(&e, "offers"), -1);
	ck_assert_int_eq(code_of(&e, "seeks"), FE_SLUG);
	ck_assert_str_eq(v.v[edit_field_index(r, "seeks-partner")], "0");
	edit_values_free(&v);
	fe_free(&e);
}
END_TEST

START_TEST(xml_body)
{
	char err[200];
	struct xmlin *x = xmlin_load(C2C_SRCDIR "/docs/schema/c2c.rng", err, sizeof(err));
	const struct edit_resource *r = edit_resource("sources");
	static const char body[] = "<source-edit xmlns=\"urn:c2c:xml:1\">\n"
	    "<url>https://example.org/cal.ics</url>\n<enabled>2</enabled>\n</source-edit>";
	static const char wrong[] = "<source-edit xmlns=\"urn:c2c:xml:1\"><title>x</title></source-edit>";
	struct field_errors e = { NULL, 0, 0, 0 };
	struct edit_values v;
	xmlDocPtr doc = NULL;

	ck_assert_msg(x != NULL, "%s", err);
	ck_assert_int_eq(xmlin_parse(x, body, sizeof(body) - 1, &doc, &e), C2C_OK);
	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_xml(r, doc, &v, &e), C2C_OK);
	ck_assert_int_eq(edit_check(r, 1, &v, &e), C2C_OK);
	ck_assert_int_eq((int)e.n, 1);
	ck_assert_str_eq(e.v[0].field, "enabled");
	ck_assert_int_eq(e.v[0].line, 3);
	ck_assert_int_eq(e.v[0].code, FE_FLAG);
	ck_assert_str_eq(v.v[edit_field_index(r, "refresh-minutes")], "360");
	edit_values_free(&v);
	xmlFreeDoc(doc);
	fe_free(&e);
	/* Another resource's body, or an element the resource lacks: 422. */
	ck_assert_int_eq(xmlin_parse(x, wrong, sizeof(wrong) - 1, &doc, &e), C2C_EINVAL);
	fe_free(&e);
	ck_assert_int_eq(xmlin_parse(x, body, sizeof(body) - 1, &doc, &e), C2C_OK);
	memset(&v, 0, sizeof(v));
	ck_assert_int_eq(edit_from_xml(edit_resource("agreements"), doc, &v, &e), C2C_OK);
	ck_assert(fe_has(&e, FE_SCHEMA));
	edit_values_free(&v);
	xmlFreeDoc(doc);
	fe_free(&e);
	xmlin_free(x);
}
END_TEST

START_TEST(resource_tags)
{
	static const char res[] = "partnership/12/20261205165615123456";

	/* A page's tag with the resource part: the resource decides, not the version. */
	ck_assert_int_eq(write_etag_matches_res("\"1f-0123456789abcdef;partnership/12/20261205165615123456\"", 0x99, res), 1);
	ck_assert_int_eq(write_etag_matches_res("\"1f-0123456789abcdef;partnership/12/20261205165615000000\"", 0x1f, res), 0);
	/* A write's tag alone. */
	ck_assert_int_eq(write_etag_matches_res("\"partnership/12/20261205165615123456\"", 0, res), 1);
	ck_assert_int_eq(write_etag_matches_res("\"agreement/12/20261205165615123456\"", 0, res), 0);
	ck_assert_int_eq(write_etag_matches_res("\"partnership/1/20261205165615123456\"", 0, res), 0);
	/* Weak never; "*" always; a page tag without resource part: the version. */
	ck_assert_int_eq(write_etag_matches_res("W/\"partnership/12/20261205165615123456\"", 0, res), 0);
	ck_assert_int_eq(write_etag_matches_res("*", 0, res), 1);
	ck_assert_int_eq(write_etag_matches_res("\"a3-0123456789abcdef\"", 0xa3, res), 1);
	ck_assert_int_eq(write_etag_matches_res("\"a3-0123456789abcdef\"", 0xa4, res), 0);
	/* No resource to compare with: a write's tag never matches, a page's by version. */
	ck_assert_int_eq(write_etag_matches_res("\"partnership/12/20261205165615123456\"", 0, NULL), 0);
	ck_assert_int_eq(write_etag_matches_res("\"1f-0123456789abcdef;partnership/12/1\"", 0x1f, NULL), 1);
	ck_assert_int_eq(write_etag_matches_res("\"1f-0123456789abcdef;partnership/12/1\"", 0x20, NULL), 0);
	/* Lists: any one. */
	ck_assert_int_eq(write_etag_matches_res("\"x/1/2\", \"partnership/12/20261205165615123456\"", 0, res), 1);
}
END_TEST

Suite *
edit_suite(void)
{
	Suite *s = suite_create("edit");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, resources_described);
	tcase_add_test(tc, labels_in_table);
	tcase_add_test(tc, list_words);
	tcase_add_test(tc, form_checked);
	tcase_add_test(tc, text_rules);
	tcase_add_test(tc, xml_body);
	tcase_add_test(tc, resource_tags);
	suite_add_tcase(s, tc);
	return s;
}

/* test_chart.c: the SVG charts (chart_ticks, chart_line, chart_bars), read back through a strict
 * re-parse and XPath: accessibility attributes, one line per series, markers, dashes, direct
 * labels, nice ticks, gaps, "no data", edge values, hostile text, determinism, safety. */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "chart.h"
#include "suites.h"
#include "xml.h"

#define FFFD "\xef\xbf\xbd"

/* The page a chart goes into (as a dashboard embeds it), and its re-parsed serialisation. */
static xmlDocPtr page;
static xmlNodePtr root;
static xmlDocPtr got;
static char *text;

static void
setup(void)
{
	page = xml_doc_new("page", &root);
	ck_assert_ptr_nonnull(page);
}

static void
teardown(void)
{
	xmlFreeDoc(page);
	xmlFreeDoc(got);
	free(text);
	page = got = NULL;
	root = NULL;
	text = NULL;
}

/* XPath over d with s bound to SVG and c to c2c's namespace; the caller frees the object. */
static xmlXPathObjectPtr
eval(xmlDocPtr d, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(d);
	xmlXPathObjectPtr o;

	ck_assert_ptr_nonnull(ctx);
	ck_assert_int_eq(xmlXPathRegisterNs(ctx, BAD_CAST "s", BAD_CAST CHART_SVG_NS), 0);
	ck_assert_int_eq(xmlXPathRegisterNs(ctx, BAD_CAST "c", BAD_CAST C2C_NS), 0);
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	xmlXPathFreeContext(ctx);
	ck_assert_msg(o != NULL, "bad XPath expression %s", expr);
	return o;
}

static double
num(const char *expr)
{
	xmlXPathObjectPtr o = eval(got, expr);
	double d = xmlXPathCastToNumber(o);

	xmlXPathFreeObject(o);
	return d;
}

/* The string value of expr over the re-parsed output (malloc'd). */
static char *
str(const char *expr)
{
	xmlXPathObjectPtr o = eval(got, expr);
	xmlChar *s = xmlXPathCastToString(o);
	char *copy;

	xmlXPathFreeObject(o);
	ck_assert_ptr_nonnull(s);
	copy = strdup((const char *)s);
	xmlFree(s);
	ck_assert_ptr_nonnull(copy);
	return copy;
}

static void
num_eq(const char *expr, double expect)
{
	double d = num(expr);

	ck_assert_msg(d == expect, "%s = %g, expected %g\n%.3000s", expr, d, expect, text);
}

static void
str_eq(const char *expr, const char *expect)
{
	char *s = str(expr);

	ck_assert_msg(strcmp(s, expect) == 0, "%s = \"%s\", expected \"%s\"", expr, s, expect);
	free(s);
}

/* What every chart must be: well-formed, an accessible image named by its <title>, all in
 * the SVG namespace, and nothing that runs, loads or styles. */
static void
check_chart(const char *svg)
{
	char expr[256];

	snprintf(expr, sizeof(expr), "count(%s)", svg);
	num_eq(expr, 1);
	snprintf(expr, sizeof(expr), "string(%s/@role)", svg);
	str_eq(expr, "img");
	snprintf(expr, sizeof(expr), "count(%s/s:title[1][@id = ../@aria-labelledby])", svg);
	num_eq(expr, 1);
	snprintf(expr, sizeof(expr), "count(%s/*[1][self::s:title])", svg);
	num_eq(expr, 1);
	snprintf(expr, sizeof(expr), "string(%s/s:title) = string(%s/@aria-label)", svg, svg);
	num_eq(expr, 1);
	snprintf(expr, sizeof(expr), "count(%s[starts-with(@viewBox, '0 0 ')])", svg);
	num_eq(expr, 1);
	snprintf(expr, sizeof(expr), "count(%s/descendant-or-self::*[namespace-uri() != '%s'])",
	    svg, CHART_SVG_NS);
	num_eq(expr, 0);
	num_eq("count(//*[local-name() = 'script' or local-name() = 'style' or "
	    "local-name() = 'foreignObject' or local-name() = 'image' or local-name() = 'use' or "
	    "local-name() = 'a' or local-name() = 'iframe'])", 0);
	num_eq("count(//@*[starts-with(translate(local-name(), 'ON', 'on'), 'on')])", 0);
	num_eq("count(//@style | //@*[local-name() = 'href'] | //@*[local-name() = 'src'])", 0);
	num_eq("count(//s:*/@*[contains(., 'url(') and local-name() != 'aria-label'])", 0);
	num_eq("count(//*[@id = preceding::*/@id or @id = ancestor::*/@id])", 0);
	ck_assert_msg(strstr(text, "nan") == NULL && strstr(text, "inf") == NULL &&
	    strstr(text, "e+") == NULL, "non-number in\n%.3000s", text);
}

/* Serialises the page, re-parses it strictly into got and checks the chart (/c:page's last
 * svg child). */
static void
reparse(void)
{
	xmlFreeDoc(got);
	free(text);
	text = t_serialize(page);
	got = t_reparse(text);
	ck_assert_msg(got != NULL, "output does not re-parse:\n%.3000s", text);
	check_chart("/c:page/s:svg[last()]");
}

static struct chart_spec
spec(void)
{
	struct chart_spec s;

	memset(&s, 0, sizeof(s));
	s.id_prefix = "kpi1";
	s.title = "Partnerships over time";
	s.description = "Active partnerships per quarter";
	s.unit = "partnerships";
	s.lang = "en";
	return s;
}

static const char *const quarters[] = {
	"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2",
};

static struct chart_series
ser(const char *name, const double *v)
{
	struct chart_series s = { name, v, NAN, NULL };
	return s;
}

/* The d of the line of series i (1-based), malloc'd. */
static char *
line_d(int i)
{
	char expr[128];

	snprintf(expr, sizeof(expr), "string(/c:page/s:svg/s:g[@class='series'][%d]/s:path[@class='line']/@d)", i);
	return str(expr);
}

static int
count_char(const char *s, char c)
{
	int n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

/* --- chart_ticks ---------------------------------------------------------------------- */

static const struct {
	double lo, hi;
	int max;
	double first, last, step;
	int count, decimals;
	const char *suffix;
} tick_cases[] = {
	{ 0, 87, 6, 0, 100, 20, 6, 0, "" },
	{ 3, 87, 8, 0, 100, 20, 6, 0, "" },          /* the axis starts at 0 */
	{ 0, 1, 6, 0, 1, 0.2, 6, 1, "" },
	{ -3, 7, 6, -5, 7.5, 2.5, 6, 1, "" },        /* 2 would need 7 ticks */
	{ -12, -5, 6, -12.5, 0, 2.5, 6, 1, "" },     /* all negative: up to 0 */
	{ 0, 0, 6, 0, 1, 0.2, 6, 1, "" },            /* empty range */
	{ 5, 5, 6, 0, 5, 1, 6, 0, "" },              /* all equal */
	{ 0, 2500, 6, 0, 2500, 500, 6, 0, "" },
	{ 0, 12000, 6, 0, 12500, 2500, 6, 1, "k" },
	{ 0, 1e12, 6, 0, 1e12, 2e11, 6, 1, "T" },
	{ 0, 0.003, 6, 0, 0.003, 0.001, 4, 3, "" },
	{ 0, 100, 3, 0, 100, 50, 3, 0, "" },
	{ -87, 87, 3, -100, 100, 100, 3, 0, "" },
	{ 0, 1e18, 6, 0, 1e18, 2e17, 6, 1, "E" },
};

START_TEST(test_ticks_table)
{
	struct chart_ticks t;

	ck_assert_int_eq(chart_ticks(tick_cases[_i].lo, tick_cases[_i].hi, tick_cases[_i].max, &t),
	    C2C_OK);
	ck_assert_msg(fabs(t.first - tick_cases[_i].first) < 1e-9 * fmax(1, fabs(t.step)) &&
	    fabs(t.last - tick_cases[_i].last) < 1e-9 * fmax(1, fabs(t.last)) &&
	    fabs(t.step - tick_cases[_i].step) < 1e-12 * fmax(1, t.step) &&
	    t.count == tick_cases[_i].count,
	    "case %d: %g..%g step %g count %d", _i, t.first, t.last, t.step, t.count);
	ck_assert_int_eq(t.decimals, tick_cases[_i].decimals);
	ck_assert_str_eq(t.suffix, tick_cases[_i].suffix);
}
END_TEST

/* Over many ranges: the ticks cover [min(0, lo), max(0, hi)], fit max, and step is
 * 1, 2, 2.5 or 5 x 10^k. */
START_TEST(test_ticks_properties)
{
	static const double vals[] = {
		-1e15, -123456, -87, -3.3, -0.07, 0, 1e-7, 0.004, 1, 9.99, 10, 87, 99.5, 101,
		12345, 7.7e8, 1e12, 3e17,
	};
	size_t i, j;
	int max;

	for (i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
		for (j = i; j < sizeof(vals) / sizeof(vals[0]); j++)
			for (max = 3; max <= CHART_MAX_TICKS; max++) {
				struct chart_ticks t;
				double lo = vals[i], hi = vals[j], m;
				ck_assert_int_eq(chart_ticks(lo, hi, max, &t), C2C_OK);
				ck_assert_int_le(t.count, max);
				ck_assert_int_ge(t.count, 2);
				ck_assert(t.step > 0);
				ck_assert(t.first <= fmin(0, lo) + 1e-9 * t.step);
				ck_assert(t.last >= fmax(0, hi) - 1e-9 * t.step);
				ck_assert(fabs(t.first + (t.count - 1) * t.step - t.last) <= 1e-9 * t.step * t.count);
				m = t.step / pow(10, floor(log10(t.step) + 1e-12));
				ck_assert_msg(fabs(m - 1) < 1e-9 || fabs(m - 2) < 1e-9 || fabs(m - 2.5) < 1e-9 ||
				    fabs(m - 5) < 1e-9, "step %g", t.step);
			}
}
END_TEST

START_TEST(test_ticks_errors)
{
	struct chart_ticks t;

	ck_assert_int_eq(chart_ticks(NAN, 1, 6, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(0, INFINITY, 6, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(2, 1, 6, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(0, 1, 2, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(0, 1, CHART_MAX_TICKS + 1, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(0, 2e18, 6, &t), C2C_EINVAL);
	ck_assert_int_eq(chart_ticks(0, 1, 6, NULL), C2C_EINVAL);
}
END_TEST

/* --- chart_line ----------------------------------------------------------------------- */

START_TEST(test_root_attributes)
{
	static const double a[] = { 10, 20, 30, 40, 50, 87 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);

	ck_assert_int_eq(chart_line(root, &sp, quarters, 6, &s, 1), C2C_OK);
	ck_assert_ptr_eq(root->last, root->children);
	ck_assert_str_eq((const char *)root->last->name, "svg");
	reparse();
	str_eq("string(/c:page/s:svg/@viewBox)", "0 0 640 360");
	str_eq("string(/c:page/s:svg/@width)", "640");
	str_eq("string(/c:page/s:svg/@height)", "360");
	str_eq("string(/c:page/s:svg/@aria-labelledby)", "kpi1-title");
	str_eq("string(/c:page/s:svg/s:title/@id)", "kpi1-title");
	str_eq("string(/c:page/s:svg/s:title)", "Partnerships over time");
	str_eq("string(/c:page/s:svg/@aria-label)", "Partnerships over time");
	str_eq("string(/c:page/s:svg/@aria-describedby)", "kpi1-desc");
	str_eq("string(/c:page/s:svg/s:desc[@id='kpi1-desc'])", "Active partnerships per quarter");
	str_eq("string(/c:page/s:svg/@xml:lang)", "en");
	str_eq("string(//s:text[@class='unit'])", "partnerships");
	ck_assert_ptr_nonnull(strstr(text, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
}
END_TEST

START_TEST(test_no_description_no_describedby)
{
	static const double a[] = { 1, 2 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);

	sp.description = NULL;
	sp.unit = NULL;
	sp.lang = NULL;
	sp.width = 300;
	sp.height = 200;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 2, &s, 1), C2C_OK);
	reparse();
	num_eq("count(//s:desc | //s:svg/@aria-describedby | //s:text[@class='unit'])", 0);
	num_eq("count(//s:svg/@xml:lang)", 0);
	str_eq("string(/c:page/s:svg/@viewBox)", "0 0 300 200");
}
END_TEST

START_TEST(test_series_paths_markers_labels)
{
	static const double a[] = { 10, 20, NAN, 40, 60, 87 };
	static const double b[] = { 5, NAN, 15, NAN, 12, 30 };
	static const double c[] = { 1, 2, 3, 4, 5, 6 };
	struct chart_spec sp = spec();
	struct chart_series s[3];
	char expr[256];
	int i, j;

	s[0] = ser("Leeds", a);
	s[1] = ser("Bonn", b);
	s[2] = ser("Hangzhou", c);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 6, s, 3), C2C_OK);
	reparse();
	num_eq("count(//s:g[@class='series'])", 3);
	num_eq("count(//s:path[@class='line'] | //s:polyline)", 3);
	num_eq("count(//s:g[@class='series'][not(count(s:path[@class='line']) = 1)])", 0);
	/* markers: one per value present */
	num_eq("count(//s:g[@class='series'][1]/*[starts-with(@class, 'marker')])", 5);
	num_eq("count(//s:g[@class='series'][2]/*[starts-with(@class, 'marker')])", 4);
	num_eq("count(//s:g[@class='series'][3]/*[starts-with(@class, 'marker')])", 6);
	str_eq("string(//s:g[@class='series'][1]/*[starts-with(@class, 'marker')][5]/s:title)",
	    "Leeds, 2024-Q2: 87");
	/* readable without colour: shape and dash differ between every two series */
	for (i = 1; i <= 3; i++)
		for (j = i + 1; j <= 3; j++) {
			snprintf(expr, sizeof(expr), "count(//s:g[@class='series'][%d]/s:path[@class='line']"
			    "[@stroke-dasharray = //s:g[@class='series'][%d]/s:path[@class='line']/@stroke-dasharray])", i, j);
			num_eq(expr, 0);
			snprintf(expr, sizeof(expr), "count(//s:g[@class='series'][%d]/*[starts-with(@class, 'marker')]"
			    "[@class = //s:g[@class='series'][%d]/*[starts-with(@class, 'marker')]/@class])", i, j);
			num_eq(expr, 0);
		}
	num_eq("count(//s:path[@class='line'][not(@stroke-dasharray)])", 0);
	/* each series named at its last point, right of its last marker */
	str_eq("string(//s:g[@class='series'][1]/s:text[@class='label'])", "Leeds");
	str_eq("string(//s:g[@class='series'][2]/s:text[@class='label'])", "Bonn");
	str_eq("string(//s:g[@class='series'][3]/s:text[@class='label'])", "Hangzhou");
	for (i = 1; i <= 3; i++) {
		double lx, mx;
		snprintf(expr, sizeof(expr), "number(//s:g[@class='series'][%d]/s:text[@class='label']/@x)", i);
		lx = num(expr);
		snprintf(expr, sizeof(expr), "number(//s:g[@class='series'][%d]/s:circle[last()]/@cx | "
		    "//s:g[@class='series'][%d]/s:rect[last()]/@x)", i, i);
		mx = num(expr);
		if (!isnan(mx))
			ck_assert_msg(lx > mx, "label at %g, last marker at %g", lx, mx);
	}
	num_eq("count(//s:text[@class='label'][@fill])", 0);   /* dark text, not colour */
	/* six categories fit: every one labelled */
	num_eq("count(//s:text[@class='xlabel'])", 6);
	str_eq("string(//s:text[@class='xlabel'][6])", "2024-Q2");
	num_eq("count(//s:line[@class='target'])", 0);
}
END_TEST

START_TEST(test_nice_ticks_87)
{
	static const double a[] = { 12, 87, 40 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);
	char expr[128];
	double prev = 1e9;
	int i;

	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, &s, 1), C2C_OK);
	reparse();
	num_eq("count(//s:text[@class='tick'])", 6);
	for (i = 0; i < 6; i++) {
		char want[16];
		double y;
		snprintf(want, sizeof(want), "%d", i * 20);
		snprintf(expr, sizeof(expr), "string(//s:text[@class='tick'][%d])", i + 1);
		str_eq(expr, want);
		snprintf(expr, sizeof(expr), "number(//s:text[@class='tick'][%d]/@y)", i + 1);
		y = num(expr);
		ck_assert(y < prev);   /* upwards */
		prev = y;
	}
	num_eq("count(//s:line[@class='grid zero'])", 1);
	num_eq("count(//s:line[starts-with(@class, 'grid')])", 6);
}
END_TEST

START_TEST(test_gaps)
{
	static const double a[] = { 1, 2, NAN, 4, 5, NAN };
	static const double b[] = { NAN, 2, NAN, 4, NAN, 6 };
	static const double c[] = { NAN, NAN, NAN, NAN, NAN, NAN };
	struct chart_spec sp = spec();
	struct chart_series s[3];
	char *d;

	s[0] = ser("Leeds", a);
	s[1] = ser("Bonn", b);
	s[2] = ser("Lyon", c);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 6, s, 3), C2C_OK);
	reparse();
	d = line_d(1);   /* two runs of two points */
	ck_assert_msg(count_char(d, 'M') == 2 && count_char(d, 'L') == 2, "%s", d);
	free(d);
	d = line_d(2);   /* three isolated points: no segment at all */
	ck_assert_msg(count_char(d, 'M') == 3 && count_char(d, 'L') == 0, "%s", d);
	free(d);
	num_eq("count(//s:g[@class='series'][2]/*[starts-with(@class, 'marker')])", 3);
	/* an empty series: its group and name are there, nothing is drawn */
	num_eq("count(//s:g[@class='series'][3]/*[not(self::s:title)])", 0);
	str_eq("string(//s:g[@class='series'][3]/s:title)", "Lyon");
	/* a series ending early is labelled at its last value */
	str_eq("//s:g[@class='series'][1]/s:text[@class='label']/@x > "
	    "//s:g[@class='series'][1]/*[starts-with(@class, 'marker')][4]/@cx", "true");
	str_eq("//s:g[@class='series'][1]/s:text[@class='label']/@x < "
	    "//s:text[@class='xlabel'][6]/@x", "true");
}
END_TEST

START_TEST(test_no_data)
{
	static const double nan6[] = { NAN, NAN, NAN, NAN, NAN, NAN };
	struct chart_spec sp = spec();
	struct chart_series s[2];

	s[0] = ser("Leeds", nan6);
	s[1] = ser("Bonn", nan6);
	s[1].target = 50;   /* a target alone is no data */
	switch (_i) {
	case 0: ck_assert_int_eq(chart_line(root, &sp, quarters, 6, s, 0), C2C_OK); break;
	case 1: ck_assert_int_eq(chart_line(root, &sp, quarters, 0, s, 2), C2C_OK); break;
	case 2: ck_assert_int_eq(chart_line(root, &sp, quarters, 6, s, 2), C2C_OK); break;
	case 3: ck_assert_int_eq(chart_line(root, &sp, NULL, 0, NULL, 0), C2C_OK); break;
	case 4: ck_assert_int_eq(chart_bars(root, &sp, quarters, nan6, 6), C2C_OK); break;
	case 5: ck_assert_int_eq(chart_bars(root, &sp, NULL, NULL, 0), C2C_OK); break;
	}
	reparse();
	str_eq("string(/c:page/s:svg/s:text[@class='no-data'])", "No data");
	num_eq("count(/c:page/s:svg/*)", 3);   /* title, desc, text */
	num_eq("count(//s:path | //s:rect | //s:line)", 0);
}
END_TEST

START_TEST(test_no_data_text)
{
	struct chart_spec sp = spec();

	sp.lang = "zh-Hans";
	ck_assert_int_eq(chart_line(root, &sp, NULL, 0, NULL, 0), C2C_OK);
	sp.id_prefix = "kpi2";
	sp.no_data = "Noch keine Daten";
	ck_assert_int_eq(chart_bars(root, &sp, NULL, NULL, 0), C2C_OK);
	reparse();
	str_eq("string(/c:page/s:svg[1]/s:text[@class='no-data'])", "无数据");
	str_eq("string(/c:page/s:svg[2]/s:text[@class='no-data'])", "Noch keine Daten");
	str_eq("string(/c:page/s:svg[1]/@xml:lang)", "zh-Hans");
}
END_TEST

START_TEST(test_single_point)
{
	static const double a[] = { 42 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);
	char *d;

	ck_assert_int_eq(chart_line(root, &sp, quarters, 1, &s, 1), C2C_OK);
	reparse();
	d = line_d(1);
	ck_assert_msg(count_char(d, 'M') == 1 && count_char(d, 'L') == 0, "%s", d);
	free(d);
	num_eq("count(//*[starts-with(@class, 'marker')])", 1);
	str_eq("string(//s:text[@class='label'])", "Leeds");
	str_eq("string(//s:text[@class='xlabel'])", "2023-Q1");
	/* the point sits in the middle of the plot, inside the view */
	str_eq("//s:circle/@cx > 0 and //s:circle/@cx < 640 and //s:circle/@cy > 0 and "
	    "//s:circle/@cy < 360", "true");
}
END_TEST

START_TEST(test_equal_values)
{
	static const double five[] = { 5, 5, 5, 5 };
	static const double zero[] = { 0, 0, 0, 0 };
	static const double neg[] = { -3, -3, -3, -3 };
	struct chart_spec sp = spec();
	struct chart_series s;

	s = ser("Leeds", _i == 0 ? five : _i == 1 ? zero : neg);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 4, &s, 1), C2C_OK);
	reparse();
	num_eq("count(//*[starts-with(@class, 'marker')])", 4);
	num_eq("count(//s:line[@class='grid zero'])", 1);
	/* all four markers on one horizontal, strictly inside the plot's range */
	num_eq("count(//s:circle[@cy != //s:circle[1]/@cy])", 0);
	/* fixed decimals per axis: 0.2 steps give "1.0", 0.5 steps "-3.0" */
	str_eq("string(//s:text[@class='tick'][last()])", _i == 0 ? "5" : _i == 1 ? "1.0" : "0");
	str_eq("string(//s:text[@class='tick'][1])", _i == 2 ? "-3.0" : "0");
}
END_TEST

START_TEST(test_negatives)
{
	static const double a[] = { -5, 3, -12, 7 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Balance", a);

	ck_assert_int_eq(chart_line(root, &sp, quarters, 4, &s, 1), C2C_OK);
	reparse();
	/* the axis spans below the lowest value and the zero line is between the markers */
	str_eq("number(//s:text[@class='tick'][1]) <= -12", "true");
	str_eq("number(//s:text[@class='tick'][last()]) >= 7", "true");
	str_eq("//s:circle[3]/@cy > //s:line[@class='grid zero']/@y1 and "
	    "//s:circle[4]/@cy < //s:line[@class='grid zero']/@y1", "true");
	str_eq("//s:circle[3]/@cy < 360 - 20", "true");
}
END_TEST

START_TEST(test_huge_values)
{
	static const double a[] = { 2e11, 9.5e11, 1e12, 4e11 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Trade volume", a);

	s.target = 1.2e12;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 4, &s, 1), C2C_OK);
	reparse();
	str_eq("string(//s:text[@class='tick'][last()])", "1.2T");
	str_eq("string(//s:text[@class='tick'][2])", "0.2T");
	str_eq("string(//*[starts-with(@class, 'marker')][2]/s:title)", "Trade volume, 2023-Q2: 950G");
	ck_assert_ptr_null(strstr(text, "000000"));
	num_eq("count(//s:line[@class='target'])", 1);
	str_eq("string(//s:text[@class='target-label'])", "Trade volume");
}
END_TEST

START_TEST(test_many_categories)
{
	static char names[200][32];
	static const char *labels[200];
	static double a[200], b[200];
	struct chart_spec sp = spec();
	struct chart_series s[2];
	double prev = -1e9, x;
	int i, shown;
	char expr[128];

	for (i = 0; i < 200; i++) {
		snprintf(names[i], sizeof(names[i]), "%d-Q%d", 1975 + i / 4, i % 4 + 1);
		labels[i] = names[i];
		a[i] = i % 17;
		b[i] = i % 5 == 0 ? NAN : 200 - i;
	}
	s[0] = ser("Leeds", a);
	s[1] = ser("Bonn", b);
	ck_assert_int_eq(chart_line(root, &sp, labels, 200, s, 2), C2C_OK);
	reparse();
	num_eq("count(//s:g[@class='series'][1]/*[starts-with(@class, 'marker')])", 200);
	num_eq("count(//s:g[@class='series'][2]/*[starts-with(@class, 'marker')])", 160);
	shown = (int)num("count(//s:text[@class='xlabel'])");
	ck_assert_int_ge(shown, 3);
	ck_assert_int_lt(shown, 20);
	/* the newest period is always labelled; shown labels are at least a label apart
	 * (7 characters at 7 units each) */
	str_eq("string(//s:text[@class='xlabel'][last()])", "2024-Q4");
	for (i = 1; i <= shown; i++) {
		snprintf(expr, sizeof(expr), "number(//s:text[@class='xlabel'][%d]/@x)", i);
		x = num(expr);
		ck_assert_msg(x - prev >= 49, "labels %d at %g and %g", i, prev, x);
		ck_assert(x > 0 && x < 640);
		prev = x;
	}
}
END_TEST

START_TEST(test_long_labels_cut)
{
	static const double a[] = { 1, 2 };
	static const char *const labels[] = {
		"The first period of the partnership programme between the two cities, very long",
		"城市伙伴关系第二阶段的很长很长很长很长很长的标签",
	};
	struct chart_spec sp = spec();
	struct chart_series s = ser("A rather long series name that does not fit in the margin "
	    "of any reasonable chart at all", a);
	char *l;

	ck_assert_int_eq(chart_line(root, &sp, labels, 2, &s, 1), C2C_OK);
	reparse();
	l = str("string(//s:text[@class='xlabel'][last()])");
	ck_assert_msg(strlen(l) > 4 && strcmp(l + strlen(l) - 3, "\xe2\x80\xa6") == 0, "%s", l);
	ck_assert_int_eq(strncmp(l, "城市", 6), 0);
	free(l);
	l = str("string(//s:text[@class='label'])");
	ck_assert_msg(strcmp(l + strlen(l) - 3, "\xe2\x80\xa6") == 0, "%s", l);
	free(l);
	/* the full name stays in the series' title */
	str_eq("starts-with(//s:g[@class='series']/s:title, 'A rather long') and "
	    "substring(//s:g[@class='series']/s:title, string-length(//s:g[@class='series']/s:title) - 5) = 'at all'",
	    "true");
}
END_TEST

START_TEST(test_labels_spread)
{
	static const double v[] = { 5, 5, 5 };
	static const char *const names[CHART_MAX_SERIES] = {
		"Leeds", "Bonn", "Hangzhou", "Xi'an", "Duisburg", "Wuhan", "Chengdu", "Lyon",
	};
	struct chart_spec sp = spec();
	struct chart_series s[CHART_MAX_SERIES];
	char expr[256];
	int i, j;

	for (i = 0; i < CHART_MAX_SERIES; i++)
		s[i] = ser(names[i], v);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, CHART_MAX_SERIES), C2C_OK);
	reparse();
	num_eq("count(//s:text[@class='label'])", CHART_MAX_SERIES);
	for (i = 1; i <= CHART_MAX_SERIES; i++)
		for (j = i + 1; j <= CHART_MAX_SERIES; j++) {
			double yi, yj;
			snprintf(expr, sizeof(expr), "number((//s:text[@class='label'])[%d]/@y)", i);
			yi = num(expr);
			snprintf(expr, sizeof(expr), "number((//s:text[@class='label'])[%d]/@y)", j);
			yj = num(expr);
			ck_assert_msg(fabs(yi - yj) >= 14, "labels %d and %d at %g and %g", i, j, yi, yj);
			ck_assert(yi > 0 && yi <= 360);
			/* every series its own dash and marker */
			snprintf(expr, sizeof(expr), "//s:g[@class='series'][%d]/s:path/@stroke-dasharray = "
			    "//s:g[@class='series'][%d]/s:path/@stroke-dasharray", i, j);
			str_eq(expr, "false");
			snprintf(expr, sizeof(expr), "//s:g[@class='series'][%d]/*[starts-with(@class,'marker')][1]/@class = "
			    "//s:g[@class='series'][%d]/*[starts-with(@class,'marker')][1]/@class", i, j);
			str_eq(expr, "false");
		}
}
END_TEST

START_TEST(test_targets)
{
	static const double a[] = { 10, 20, 30 };
	static const double b[] = { 5, 6, 7 };
	struct chart_spec sp = spec();
	struct chart_series s[2];

	s[0] = ser("Leeds", a);
	s[0].target = 150;
	s[0].target_label = "Leeds target 2025";
	s[1] = ser("Bonn", b);
	s[1].target = 150;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 2), C2C_OK);
	reparse();
	num_eq("count(//s:line[@class='target'])", 2);
	str_eq("string(//s:g[@class='series'][1]/s:text[@class='target-label'])", "Leeds target 2025");
	str_eq("string(//s:g[@class='series'][2]/s:text[@class='target-label'])", "Bonn");
	/* the axis reaches the target; the two labels of one height do not overlap */
	str_eq("number(//s:text[@class='tick'][last()]) >= 150", "true");
	str_eq("(//s:text[@class='target-label'])[2]/@y - (//s:text[@class='target-label'])[1]/@y >= 14 or "
	    "(//s:text[@class='target-label'])[1]/@y - (//s:text[@class='target-label'])[2]/@y >= 14", "true");
	/* a target is told apart from the lines by its own dash */
	num_eq("count(//s:path[@class='line'][@stroke-dasharray = //s:line[@class='target']/@stroke-dasharray])", 0);
}
END_TEST

/* --- hostile and odd text ------------------------------------------------------------- */

static const char *const hostile[] = {
	"<script>alert(1)</script>",
	"a & b &amp; c \"q\" 'q'",
	"\"/><script>alert(1)</script><svg onload=\"alert(1)",
	"]]><!-- x --><?pi x?>",
	"城市伙伴关系 — 合作 <&>",
	"javascript:alert(1)",
	"url(#x) url(http://example.com/)",
	"&lt;&#0;&#x1;&bogus;",
};

START_TEST(test_hostile_text)
{
	static const double a[] = { 1, 2, 3 };
	struct chart_spec sp = spec();
	struct chart_series s = ser(hostile[_i], a);
	const char *labels[3];

	labels[0] = labels[1] = labels[2] = hostile[_i];
	sp.title = hostile[_i];
	sp.description = hostile[_i];
	sp.unit = hostile[_i];
	sp.no_data = hostile[_i];
	s.target = 2;
	s.target_label = hostile[_i];
	ck_assert_int_eq(chart_line(root, &sp, labels, 3, &s, 1), C2C_OK);
	sp.id_prefix = "bars";
	ck_assert_int_eq(chart_bars(root, &sp, labels, a, 3), C2C_OK);
	sp.id_prefix = "none";
	ck_assert_int_eq(chart_bars(root, &sp, NULL, NULL, 0), C2C_OK);
	reparse();
	check_chart("/c:page/s:svg[1]");
	check_chart("/c:page/s:svg[2]");
	num_eq("count(/c:page/s:svg)", 3);
	num_eq("count(//s:svg//s:svg)", 0);
	num_eq("count(//comment() | //processing-instruction())", 0);
	/* the three charts' titles and the series' */
	num_eq("count(//s:title[. = //s:svg[1]/@aria-label])", 4);
	xmlFreeDoc(got);
	got = t_reparse(text);
	{
		char expr[64];
		xmlXPathObjectPtr o;
		int i;
		static const char *const where[] = {
			"/c:page/s:svg[1]/s:title", "/c:page/s:svg[1]/s:desc", "/c:page/s:svg[1]/@aria-label",
			"//s:svg[1]//s:text[@class='unit']", "//s:svg[1]//s:text[@class='target-label']",
			"//s:svg[1]//s:g[@class='series']/s:title", "//s:svg[2]//s:rect[1]/s:title",
			"//s:svg[3]/s:text[@class='no-data']",
		};
		for (i = 0; i < (int)(sizeof(where) / sizeof(where[0])); i++) {
			xmlChar *v;
			o = eval(got, where[i]);
			v = xmlXPathCastToString(o);
			xmlXPathFreeObject(o);
			if (i == 6) {   /* "label: value" */
				ck_assert_int_eq(strncmp((const char *)v, hostile[_i], strlen(hostile[_i])), 0);
				ck_assert_str_eq((const char *)v + strlen(hostile[_i]), ": 1");
			} else {
				ck_assert_msg(strcmp((const char *)v, hostile[_i]) == 0, "%s: %s", where[i], v);
			}
			xmlFree(v);
		}
		snprintf(expr, sizeof(expr), "count(//s:text[@class='xlabel'])");
		num_eq(expr, 3);
	}
}
END_TEST

START_TEST(test_bad_utf8)
{
	static const double a[] = { 1 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("bad \xff name", a);
	const char *labels[] = { "q\x01" };

	sp.title = "Tit\xc3le";
	ck_assert_int_eq(chart_line(root, &sp, labels, 1, &s, 1), C2C_OK);
	reparse();
	str_eq("string(/c:page/s:svg/s:title)", "Tit" FFFD "le");
	str_eq("string(//s:text[@class='label'])", "bad " FFFD " name");
	str_eq("string(//s:text[@class='xlabel'])", "q" FFFD);
}
END_TEST

/* --- determinism, ids, standalone, errors --------------------------------------------- */

/* Both charts, serialised from a fresh page. */
static char *
render_both(void)
{
	static const double a[] = { 10, NAN, 30.25, 40, -5, 1e12 / 3 };
	static const double b[] = { 1.5, 2.5, 3.5, NAN, 5.5, 6.5 };
	struct chart_spec sp = spec();
	struct chart_series s[2];
	xmlNodePtr r;
	xmlDocPtr d = xml_doc_new("page", &r);
	char *out;

	s[0] = ser("Leeds", a);
	s[0].target = 12.75;
	s[1] = ser("Bonn", b);
	ck_assert_int_eq(chart_line(r, &sp, quarters, 6, s, 2), C2C_OK);
	sp.id_prefix = "kpi2";
	ck_assert_int_eq(chart_bars(r, &sp, quarters, b, 6), C2C_OK);
	out = t_serialize(d);
	xmlFreeDoc(d);
	return out;
}

START_TEST(test_deterministic)
{
	char *one = render_both(), *two = render_both(), *three, *p;
	const char *loc;

	ck_assert_str_eq(one, two);
	/* a decimal-comma locale changes nothing (if one is installed) */
	loc = setlocale(LC_NUMERIC, "de_DE.UTF-8");
	if (loc == NULL)
		loc = setlocale(LC_NUMERIC, "fr_FR.UTF-8");
	three = render_both();
	setlocale(LC_NUMERIC, "C");
	ck_assert_str_eq(one, three);
	for (p = one; (p = strchr(p, ',')) != NULL; p++)   /* no decimal comma in any number */
		ck_assert_msg(!(p > one && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '9'),
		    "decimal comma at %.40s", p - 10);
	free(one);
	free(two);
	free(three);
}
END_TEST

START_TEST(test_ids_unique_per_page)
{
	static const double a[] = { 1, 2, 3 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);

	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, &s, 1), C2C_OK);
	sp.id_prefix = "kpi2";
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, &s, 1), C2C_OK);
	sp.id_prefix = "bars_3.x-y";
	ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_OK);
	reparse();
	check_chart("/c:page/s:svg[1]");
	check_chart("/c:page/s:svg[2]");
	num_eq("count(//@id)", 6);   /* title and desc of each, nothing else */
	str_eq("string(/c:page/s:svg[2]/@aria-labelledby)", "kpi2-title");
	str_eq("string(/c:page/s:svg[3]/s:title/@id)", "bars_3.x-y-title");
}
END_TEST

START_TEST(test_standalone)
{
	static const double a[] = { 1, 2, 3 };
	struct chart_spec sp = spec();
	struct chart_series s = ser("Leeds", a);
	xmlDocPtr d = xmlNewDoc(BAD_CAST "1.0");
	char *out;

	ck_assert_int_eq(chart_line((xmlNodePtr)d, &sp, quarters, 3, &s, 1), C2C_OK);
	/* one root only */
	ck_assert_int_eq(chart_bars((xmlNodePtr)d, &sp, quarters, a, 3), C2C_EINVAL);
	out = t_serialize(d);
	xmlFreeDoc(d);
	{
		static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"";
		ck_assert_msg(strncmp(out, head, sizeof(head) - 1) == 0, "%.200s", out);
	}
	got = t_reparse(out);
	text = out;
	ck_assert_ptr_nonnull(got);
	check_chart("/s:svg");
}
END_TEST

START_TEST(test_errors)
{
	static const double a[] = { 1, 2, 3 };
	static const double inf[] = { 1, INFINITY, 3 };
	static const double big[] = { 1, 2e18, 3 };
	static const char *const nul[] = { "a", NULL, "c" };
	struct chart_spec sp = spec();
	struct chart_series s[CHART_MAX_SERIES + 1];
	xmlNodePtr text_node = xmlNewText(BAD_CAST "x");
	int i;

	for (i = 0; i <= CHART_MAX_SERIES; i++)
		s[i] = ser("Leeds", a);
	ck_assert_int_eq(chart_line(NULL, &sp, quarters, 3, s, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(root, NULL, quarters, 3, s, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(text_node, &sp, quarters, 3, s, 1), C2C_EINVAL);
	xmlFreeNode(text_node);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, CHART_MAX_SERIES + 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(root, &sp, NULL, 3, s, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(root, &sp, nul, 3, s, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, NULL, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_line(root, &sp, quarters, CHART_MAX_POINTS + 1, s, 1), C2C_EINVAL);
	ck_assert_int_eq(chart_bars(root, &sp, quarters, NULL, 3), C2C_EINVAL);
	ck_assert_int_eq(chart_bars(root, &sp, nul, a, 3), C2C_EINVAL);
	ck_assert_int_eq(chart_bars(root, &sp, quarters, inf, 3), C2C_EINVAL);
	ck_assert_int_eq(chart_bars(root, &sp, quarters, big, 3), C2C_EINVAL);
	s[0].values = inf;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	s[0].values = big;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	s[0].values = NULL;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	s[0].values = a;
	s[0].target = INFINITY;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	s[0].target = NAN;
	s[0].name = NULL;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	s[0].name = "Leeds";
	{
		static const char *const bad_prefix[] = {
			NULL, "", "1kpi", "kpi 1", "kpi\"", "k<p", "k&p", "kpi#1", "汉字",
			"a2345678901234567890123456789012345678901234567890123456789012345",   /* 65 */
		};
		for (i = 0; i < (int)(sizeof(bad_prefix) / sizeof(bad_prefix[0])); i++) {
			sp.id_prefix = bad_prefix[i];
			ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
			ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_EINVAL);
		}
		sp.id_prefix = "kpi1";
	}
	sp.title = NULL;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	sp.title = "";
	ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_EINVAL);
	sp.title = "t";
	sp.width = 199;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	sp.width = 4001;
	ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_EINVAL);
	sp.width = 0;
	sp.height = 99;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, 1), C2C_EINVAL);
	sp.height = -1;
	ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_EINVAL);
	/* nothing was added by any failed call */
	ck_assert_ptr_null(root->children);
	/* the limits themselves are fine */
	sp.height = 0;
	ck_assert_int_eq(chart_line(root, &sp, quarters, 3, s, CHART_MAX_SERIES), C2C_OK);
	sp.id_prefix = "a234567890123456789012345678901234567890123456789012345678901234";   /* 64 */
	ck_assert_int_eq(chart_bars(root, &sp, quarters, a, 3), C2C_OK);
	reparse();
}
END_TEST

/* --- chart_bars ----------------------------------------------------------------------- */

START_TEST(test_bars)
{
	static const char *const countries[] = { "Germany", "France", "United Kingdom", "中国", "Italy" };
	static const double v[] = { 12, -3.5, NAN, 10, 0 };
	static const char *const shown[] = { "12", "-3.5", "\xe2\x80\x93", "10", "0" };
	struct chart_spec sp = spec();
	char expr[128];
	double zero;
	int i;

	ck_assert_int_eq(chart_bars(root, &sp, countries, v, 5), C2C_OK);
	reparse();
	/* automatic height: a 22-unit row per bar */
	str_eq("string(/c:page/s:svg/@height)", "162");
	num_eq("count(//s:rect[@class='bar'])", 4);
	num_eq("count(//s:text[@class='category'])", 5);
	num_eq("count(//s:text[@class='value'])", 5);
	for (i = 0; i < 5; i++) {
		snprintf(expr, sizeof(expr), "string(//s:text[@class='category'][%d])", i + 1);
		str_eq(expr, countries[i]);
		snprintf(expr, sizeof(expr), "string(//s:text[@class='value'][%d])", i + 1);
		str_eq(expr, shown[i]);
	}
	str_eq("string(//s:rect[@class='bar'][1]/s:title)", "Germany: 12");
	str_eq("string(//s:rect[@class='bar'][2]/s:title)", "France: -3.5");
	str_eq("string(//s:text[@class='unit'])", "partnerships");
	/* from zero: positive bars start there, the negative one ends there */
	zero = num("number(//s:line[@class='grid zero']/@x1)");
	ck_assert(fabs(num("number(//s:rect[@class='bar'][1]/@x)") - zero) < 0.11);
	ck_assert(fabs(num("number(//s:rect[@class='bar'][2]/@x) + number(//s:rect[@class='bar'][2]/@width)") - zero) < 0.11);
	ck_assert(fabs(num("number(//s:rect[@class='bar'][1]/@width) div number(//s:rect[@class='bar'][3]/@width)") - 1.2) < 0.01);
	str_eq("string(//s:rect[@class='bar'][4]/@width)", "0.0");
	/* the negative value's label sits right of zero, clear of the category labels */
	str_eq("//s:text[@class='value'][2]/@x > //s:line[@class='grid zero']/@x1", "true");
	/* value axis: nice ticks from below -3.5 to above 12 */
	str_eq("string(//s:text[@class='tick'][1])", "-5.0");
	str_eq("string(//s:text[@class='tick'][last()])", "12.5");
	/* rows go down in the order given */
	str_eq("//s:text[@class='category'][1]/@y < //s:text[@class='category'][2]/@y", "true");
	num_eq("count(//s:rect[@fill != //s:rect[1]/@fill])", 0);
}
END_TEST

START_TEST(test_bars_long_label)
{
	static const char *const labels[] = {
		"Partnerships for sustainable urban development and climate neutrality, 2021-2027",
		"short",
	};
	static const double v[] = { 3, 4 };
	struct chart_spec sp = spec();
	char *l;

	ck_assert_int_eq(chart_bars(root, &sp, labels, v, 2), C2C_OK);
	reparse();
	l = str("string(//s:text[@class='category'][1])");
	ck_assert_msg(strlen(l) < strlen(labels[0]) && strncmp(l, labels[0], 10) == 0 &&
	    strcmp(l + strlen(l) - 3, "\xe2\x80\xa6") == 0, "%s", l);
	free(l);
	str_eq("string(//s:text[@class='category'][2])", "short");
	str_eq("substring-before(//s:rect[1]/s:title, ': 3') = //s:text[@class='category'][1]", "false");
	str_eq("string(//s:rect[1]/s:title)", "Partnerships for sustainable urban development and "
	    "climate neutrality, 2021-2027: 3");
	/* the label margin is at most 40% of the width */
	str_eq("//s:rect[1]/@x <= 640 * 0.4", "true");
}
END_TEST

/* 200 bars in 360 units: every k-th row labelled, labels a line apart, every bar named in
 * its tooltip. */
START_TEST(test_bars_thinned)
{
	static char names[200][32];
	static const char *labels[200];
	static double v[200];
	struct chart_spec sp = spec();
	double prev = -1e9, y;
	char expr[128];
	int i, shown;

	for (i = 0; i < 200; i++) {
		snprintf(names[i], sizeof(names[i]), "Area %d", i);
		labels[i] = names[i];
		v[i] = i % 9 - 2;
	}
	sp.height = 360;
	ck_assert_int_eq(chart_bars(root, &sp, labels, v, 200), C2C_OK);
	reparse();
	num_eq("count(//s:rect[@class='bar'])", 200);
	num_eq("count(//s:rect[@class='bar'][not(s:title)])", 0);
	str_eq("string(//s:rect[@class='bar'][200]/s:title)", "Area 199: -1");
	shown = (int)num("count(//s:text[@class='category'])");
	ck_assert_int_ge(shown, 10);
	ck_assert_int_lt(shown, 200);
	num_eq("count(//s:text[@class='value'])", shown);
	for (i = 1; i <= shown; i++) {
		snprintf(expr, sizeof(expr), "number(//s:text[@class='category'][%d]/@y)", i);
		y = num(expr);
		ck_assert_msg(y - prev >= 14, "labels at %g and %g", prev, y);
		ck_assert(y > 0 && y < 360);
		prev = y;
	}
	/* with the automatic height, every row has room for its label */
	sp.height = 0;
	sp.id_prefix = "all";
	ck_assert_int_eq(chart_bars(root, &sp, labels, v, 200), C2C_OK);
	reparse();
	num_eq("count(/c:page/s:svg[2]//s:text[@class='category'])", 200);
	str_eq("string(/c:page/s:svg[2]/@height)", "4452");   /* 8 + 200 x 22 + 44 */
}
END_TEST

START_TEST(test_bars_values)
{
	static const char *const labels[] = { "a", "b", "c", "d" };
	static const double v[] = { 1e12, 2.5e9, 12345, 0.125 };
	struct chart_spec sp = spec();

	ck_assert_int_eq(chart_bars(root, &sp, labels, v, 4), C2C_OK);
	reparse();
	str_eq("string(//s:text[@class='value'][1])", "1T");
	str_eq("string(//s:text[@class='value'][2])", "2.5G");
	str_eq("string(//s:text[@class='value'][3])", "12.345k");
	str_eq("string(//s:text[@class='value'][4])", "0.125");
	str_eq("string(//s:text[@class='tick'][last()])", "1.0T");
	num_eq("count(//s:rect[@class='bar'])", 4);
	num_eq("count(//s:rect[number(@width) < 0])", 0);
}
END_TEST

START_TEST(test_bars_all_negative)
{
	static const char *const labels[] = { "a", "b" };
	static const double v[] = { -7, -2 };
	struct chart_spec sp = spec();

	ck_assert_int_eq(chart_bars(root, &sp, labels, v, 2), C2C_OK);
	reparse();
	str_eq("string(//s:text[@class='tick'][last()])", "0");
	str_eq("number(//s:text[@class='tick'][1]) <= -7", "true");
	/* both bars end at zero, the longer one reaching further left */
	str_eq("//s:rect[1]/@x < //s:rect[2]/@x", "true");
	str_eq("string(//s:text[@class='value'][1])", "-7");
}
END_TEST

/* The agreements timeline: a row per span, bars for a validity, an open outline without
 * an end, a diamond (and "!" when soon) at a renewal, the today line; bad spans refused. */
START_TEST(test_timeline)
{
	struct chart_spec sp = spec();
	/* 2017-05-01 (17287) to 2020-04-30 (18382); open since 2016-01-01 (16801), renewal
	 * 2026-05-01 (20574) soon; today 2026-03-01 (20513). */
	struct chart_span rows[] = {
		{ "MoU", "MoU: signed 2017-05-01", 17287, 18382, CHART_NO_DAY, 0 },
		{ "Sister cities", NULL, 16801, CHART_NO_DAY, 20574, 1 },
	};
	struct chart_span bad = { "x", NULL, 18382, 17287, CHART_NO_DAY, 0 };

	sp.unit = NULL;
	ck_assert_int_eq(chart_timeline(root, &sp, rows, 2, 20513), C2C_OK);
	reparse();
	num_eq("count(//s:g[@class='row'])", 2);
	str_eq("string(//s:g[@class='row'][1]/s:title)", "MoU: signed 2017-05-01");
	str_eq("string(//s:g[@class='row'][2]/s:title)", "Sister cities");
	num_eq("count(//s:rect[@class='span'][@fill])", 1);
	num_eq("count(//s:rect[@class='span open'][@fill='none'][@stroke-dasharray])", 1);
	num_eq("count(//s:path[@class='mark soon'])", 1);
	num_eq("count(//s:text[@class='mark soon'][. = '!'])", 1);
	num_eq("count(//s:line[@class='today'])", 1);
	str_eq("string(//s:text[@class='today'])", "today");
	/* whole years from 2016 to 2027, every 2 years */
	str_eq("string(//s:g[@class='axis x']/s:text[1])", "2016");
	/* the open bar reaches the axis' end, past the closed one */
	num_eq("number(//s:rect[@class='span open']/@x) + number(//s:rect[@class='span open']/@width) > "
	    "number(//s:rect[@class='span']/@x) + number(//s:rect[@class='span']/@width)", 1);

	ck_assert_int_eq(chart_timeline(root, &sp, &bad, 1, CHART_NO_DAY), C2C_EINVAL);
	bad.end = CHART_NO_DAY;
	bad.start = 99999999;
	ck_assert_int_eq(chart_timeline(root, &sp, &bad, 1, CHART_NO_DAY), C2C_EINVAL);
	bad.start = 17287;
	bad.label = NULL;
	ck_assert_int_eq(chart_timeline(root, &sp, &bad, 1, CHART_NO_DAY), C2C_EINVAL);
	ck_assert_int_eq(chart_timeline(root, &sp, NULL, 1, CHART_NO_DAY), C2C_EINVAL);
	/* nothing refused left anything behind */
	sp.id_prefix = "tl2";
	ck_assert_int_eq(chart_timeline(root, &sp, rows, 0, 20513), C2C_OK);
	reparse();
	num_eq("count(/c:page/s:svg)", 2);
	num_eq("count(/c:page/s:svg[2]//s:text[@class='no-data'])", 1);
}
END_TEST

Suite *
chart_suite(void)
{
	Suite *s = suite_create("chart");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_ticks_table, 0, (int)(sizeof(tick_cases) / sizeof(tick_cases[0])));
	tcase_add_test(tc, test_ticks_properties);
	tcase_add_test(tc, test_ticks_errors);
	tcase_add_test(tc, test_root_attributes);
	tcase_add_test(tc, test_no_description_no_describedby);
	tcase_add_test(tc, test_series_paths_markers_labels);
	tcase_add_test(tc, test_nice_ticks_87);
	tcase_add_test(tc, test_gaps);
	tcase_add_loop_test(tc, test_no_data, 0, 6);
	tcase_add_test(tc, test_no_data_text);
	tcase_add_test(tc, test_single_point);
	tcase_add_loop_test(tc, test_equal_values, 0, 3);
	tcase_add_test(tc, test_negatives);
	tcase_add_test(tc, test_huge_values);
	tcase_add_test(tc, test_many_categories);
	tcase_add_test(tc, test_long_labels_cut);
	tcase_add_test(tc, test_labels_spread);
	tcase_add_test(tc, test_targets);
	tcase_add_loop_test(tc, test_hostile_text, 0, (int)(sizeof(hostile) / sizeof(hostile[0])));
	tcase_add_test(tc, test_bad_utf8);
	tcase_add_test(tc, test_deterministic);
	tcase_add_test(tc, test_ids_unique_per_page);
	tcase_add_test(tc, test_standalone);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_bars);
	tcase_add_test(tc, test_bars_long_label);
	tcase_add_test(tc, test_bars_thinned);
	tcase_add_test(tc, test_bars_values);
	tcase_add_test(tc, test_bars_all_negative);
	tcase_add_test(tc, test_timeline);
	suite_add_tcase(s, tc);
	return s;
}

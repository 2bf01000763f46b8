/* test_chart_labels.c: the text the charts and dashboards write (lib/chart*.c,
 * lib/dashboard*.c, lib/kpi_computed.c) comes from the shipped label table (issue 17):
 * every "chart." key lib/ names has both halves there, and so do the keys those files share
 * with the views.  test_labels.c checks the other prefixes the same way. */
#include <glob.h>
#include <stdio.h>
#include <string.h>

#include "labels.h"
#include "suites.h"

#define SHIPPED "conf/xslt"

static void
both_halves(const char *file, const char *key)
{
	ck_assert_msg(label_find(key, 0) != NULL && label_find(key, 1) != NULL,
	    "%s: label %s is not in " SHIPPED "/layout.xsl", file, key);
}

START_TEST(chart_keys)
{
	static const char *const shared[] = { "side.europe", "side.china", "alert.today", "gd.current" };
	glob_t g;
	size_t i, found = 0;

	ck_assert_int_eq(labels_init(SHIPPED), 0);
	for (i = 0; i < sizeof(shared) / sizeof(shared[0]); i++)
		both_halves("lib/chart*.c, lib/dashboard_overview.c", shared[i]);
	ck_assert_int_eq(glob("lib/*.c", 0, NULL, &g), 0);
	for (i = 0; i < g.gl_pathc; i++) {
		char line[1024], key[128];
		FILE *f = fopen(g.gl_pathv[i], "r");
		ck_assert_ptr_nonnull(f);
		while (fgets(line, sizeof(line), f) != NULL) {
			const char *s = line;
			while ((s = strstr(s, "\"chart.")) != NULL) {
				size_t n = strspn(++s, "abcdefghijklmnopqrstuvwxyz0123456789.-");
				if (s[n] != '"' || n >= sizeof(key) || s[n - 1] == '.')
					continue;   /* "chart.h", a prefix, not a key */
				memcpy(key, s, n);
				key[n] = '\0';
				if (strcmp(key, "chart.h") == 0)
					continue;
				found++;
				both_halves(g.gl_pathv[i], key);
				s += n;
			}
		}
		fclose(f);
	}
	globfree(&g);
	ck_assert_uint_ge(found, 35);
}
END_TEST

/* A key's text where the C used to hold it: the table gives both halves exactly, spaces at
 * either end included (the SVG is compared byte for byte by the integration tests). */
START_TEST(chart_text_exact)
{
	ck_assert_int_eq(labels_init(SHIPPED), 0);
	ck_assert_str_eq(label_text("chart.ag.valid-until", 0), ", valid until ");
	ck_assert_str_eq(label_text("chart.ag.valid-until", 1), "，有效期至 ");
	ck_assert_str_eq(label_text("chart.ag.within-90", 0), " (within 90 days)");
	ck_assert_str_eq(label_text("chart.cycle.intro", 0),
	    "The eight steps of the city-to-city cooperation narrative in a ring: ");
	ck_assert_str_eq(label_text("chart.cycle.steps", 1), "步骤 ");
	ck_assert_str_eq(label_text("chart.kpi.joint-projects", 1), "联合项目数量与价值");
	ck_assert_str_eq(label_text("chart.ov.unit", 1), "个伙伴关系");
}
END_TEST

Suite *
chart_labels_suite(void)
{
	Suite *s = suite_create("chart_labels");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, chart_keys);
	tcase_add_test(tc, chart_text_exact);
	suite_add_tcase(s, tc);
	return s;
}

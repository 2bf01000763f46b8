/* test_labels.c: the label table for the text C writes (lib/labels.c): a missing file or
 * key, replacements that do not fit their call, values that look like formats, use from
 * several threads, and every key lib/ names present in the shipped table (issue 17). */
#include <glob.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "labels.h"
#include "suites.h"
#include "write.h"

#define SHIPPED "conf/xslt"

/* A directory with a layout.xsl holding body inside the label table (freed by gone). */
static char dir[64];

static void
table(const char *body)
{
	char path[128];
	FILE *f;

	snprintf(dir, sizeof(dir), "/tmp/c2c-labels-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/layout.xsl", dir);
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fprintf(f, "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" "
	    "xmlns:l=\"urn:c2c:labels\"><l:labels>%s</l:labels></xsl:stylesheet>\n", body);
	fclose(f);
}

static void
gone(void)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/layout.xsl", dir);
	unlink(path);
	rmdir(dir);
	labels_init(SHIPPED);   /* the other suites' table again (CK_FORK=no) */
}

/* label_fmt into a fresh buffer; the result (static, overwritten by the next call). */
static const char *
fmt(const char *key, int zh, const char *const *args, size_t n)
{
	static char out[512];
	struct buf b = BUF_INIT;

	ck_assert_int_eq(label_fmt_n(&b, key, zh, args, n), 0);
	snprintf(out, sizeof(out), "%s", b.data ? b.data : "");
	buf_free(&b);
	return out;
}

START_TEST(missing_file)
{
	ck_assert_ptr_null(labels_open("/nonexistent/c2c"));
	ck_assert_ptr_null(labels_open(NULL));
	ck_assert_int_eq(labels_init("/nonexistent/c2c"), -1);
	/* No table: every text is its key, values kept after it. */
	ck_assert_str_eq(label_text("fe.required", 0), "fe.required");
	ck_assert_ptr_null(label_find("fe.required", 1));
	ck_assert_str_eq(fmt("mail.eoi.sent.subject", 0, (const char *const[]){ "Bonn", "Wuhan" }, 2),
	    "mail.eoi.sent.subject Bonn Wuhan");
	/* A file without a table is none either. */
	table("");
	ck_assert_ptr_null(labels_open(dir));
	gone();
	table("<l:l k=\"a\">broken");   /* not well-formed */
	ck_assert_ptr_null(labels_open(dir));
	gone();
}
END_TEST

START_TEST(missing_key)
{
	ck_assert_int_eq(labels_init(SHIPPED), 0);
	ck_assert_str_eq(label_text("fe.required", 0), "This field is required.");
	ck_assert_str_eq(label_text("fe.required", 1), "此项为必填项。");
	ck_assert_str_eq(label_text("no.such.key", 0), "no.such.key");
	ck_assert_str_eq(label_text("no.such.key", 1), "no.such.key");
	ck_assert_ptr_null(label_find("no.such.key", 0));
	ck_assert_str_eq(fmt("no.such.key", 1, (const char *const[]){ "x" }, 1), "no.such.key x");
}
END_TEST

START_TEST(replacements)
{
	struct labels *l;

	table("<l:l k=\"t.fmt\">{1} and {2}|{2}和{1}</l:l>"
	    "<l:l k=\"t.fmt\">second of a key|ignored</l:l>"
	    "<l:l k=\"t.bad\">{1} then {3}|{3}</l:l>"
	    "<l:l k=\"t.half\">{1} only|{2}</l:l>"
	    "<l:l k=\"t.nobar\">no bar</l:l>"
	    "<l:l k=\"t.pct\">%s %n %1$s {x} {0} {10} { {1}|%n{1}</l:l>"
	    "<l:l k=\"t.lf\">a&#10;{1}&amp;&lt;|</l:l>");
	ck_assert_ptr_nonnull(l = labels_open(dir));
	ck_assert_str_eq(labels_pair(l, "t.fmt"), "{1} and {2}|{2}和{1}");   /* the first wins */
	ck_assert_str_eq(labels_get(l, "t.fmt", 1), "{2}和{1}");
	ck_assert_ptr_null(labels_get(l, "t.nobar", 0));
	ck_assert_str_eq(labels_pair(l, "t.nobar"), "no bar");   /* the views read it as before */
	ck_assert_ptr_null(labels_pair(l, "t.none"));
	labels_close(l);

	ck_assert_int_eq(labels_init(dir), 0);
	ck_assert_str_eq(fmt("t.fmt", 0, (const char *const[]){ "A", "B" }, 2), "A and B");
	ck_assert_str_eq(fmt("t.fmt", 1, (const char *const[]){ "A", "B" }, 2), "B和A");
	/* A value that is missing in the call reads as empty; NULL too. */
	ck_assert_str_eq(fmt("t.fmt", 0, (const char *const[]){ "A", NULL }, 2), "A and ");
	/* A replacement naming a value the call does not give is not used: key and values. */
	ck_assert_str_eq(fmt("t.bad", 0, (const char *const[]){ "A", "B" }, 2), "t.bad A B");
	ck_assert_str_eq(fmt("t.bad", 1, (const char *const[]){ "A", "B" }, 2), "t.bad A B");
	ck_assert_str_eq(fmt("t.bad", 0, (const char *const[]){ "A", "B", "C" }, 3), "A then C");
	/* A half may leave values out. */
	ck_assert_str_eq(fmt("t.half", 0, (const char *const[]){ "A", "B" }, 2), "A only");
	ck_assert_str_eq(fmt("t.half", 1, (const char *const[]){ "A", "B" }, 2), "B");
	/* No '|': the key, in both languages. */
	ck_assert_str_eq(label_text("t.nobar", 0), "t.nobar");
	/* printf conversions are text, and so are values that look like them; so is any '{'
	 * that is not {1}..{9}. */
	ck_assert_str_eq(fmt("t.pct", 0, (const char *const[]){ "%s%n{2}" }, 1),
	    "%s %n %1$s {x} {0} {10} { %s%n{2}");
	ck_assert_str_eq(fmt("t.pct", 1, (const char *const[]){ "v" }, 1), "%nv");
	/* Line breaks and markup characters, as XML writes them. */
	ck_assert_str_eq(fmt("t.lf", 0, (const char *const[]){ "v" }, 1), "a\nv&<");
	ck_assert_str_eq(label_text("t.lf", 1), "");
	/* More than nine values: never substituted. */
	{
		const char *const ten[10] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
		ck_assert_str_eq(fmt("t.fmt", 0, ten, 10), "t.fmt 1 2 3 4 5 6 7 8 9 10");
	}
	ck_assert_str_eq(fmt("t.fmt", 0, NULL, 0), "t.fmt");
	gone();
}
END_TEST

#define THREADS 4
static void *
reader(void *arg)
{
	int i, *bad = arg;

	for (i = 0; i < 20000; i++) {
		struct buf b = BUF_INIT;
		int zh = i & 1;
		if (strcmp(label_text("why.list.and", zh), zh ? "和" : " and ") != 0)
			(*bad)++;
		if (label_fmt(&b, "why.common", zh, "A", "B") < 0 ||
		    strcmp(b.data, zh ? "与B共同关注A。" : "Shares A with B.") != 0)
			(*bad)++;
		buf_free(&b);
	}
	return NULL;
}

START_TEST(threads)
{
	pthread_t t[THREADS];
	int bad[THREADS] = { 0 }, i;

	ck_assert_int_eq(labels_init(SHIPPED), 0);
	for (i = 0; i < THREADS; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, reader, &bad[i]), 0);
	for (i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		ck_assert_int_eq(bad[i], 0);
	}
}
END_TEST

/* Every literal key of lib/ (its .c files) under the prefixes C's texts use has both halves in the
 * shipped table (a missing one would show as its key). */
START_TEST(shipped_keys)
{
	static const char *const prefix[] = { "\"fe.", "\"atom.", "\"mail.eoi.", "\"why.", "\"chart." };
	glob_t g;
	size_t i, p, found = 0;

	ck_assert_int_eq(labels_init(SHIPPED), 0);
	ck_assert_int_eq(glob("lib/*.c", 0, NULL, &g), 0);
	for (i = 0; i < g.gl_pathc; i++) {
		char line[1024];
		FILE *f = fopen(g.gl_pathv[i], "r");
		ck_assert_ptr_nonnull(f);
		while (fgets(line, sizeof(line), f) != NULL)
			for (p = 0; p < sizeof(prefix) / sizeof(prefix[0]); p++) {
				const char *s = line;
				while ((s = strstr(s, prefix[p])) != NULL) {
					char key[128];
					size_t n = strspn(s + 1, "abcdefghijklmnopqrstuvwxyz0123456789.-");
					s++;
					if (s[n] != '"' || n >= sizeof(key) || s[n - 1] == '.' ||
					    (n > 2 && memcmp(s + n - 2, ".h", 2) == 0))
						continue;   /* a prefix the code completes, a header, or not a key */
					memcpy(key, s, n);
					key[n] = '\0';
					found++;
					ck_assert_msg(label_find(key, 0) != NULL && label_find(key, 1) != NULL,
					    "%s: label %s is not in " SHIPPED "/layout.xsl", g.gl_pathv[i], key);
					s += n;
				}
			}
		fclose(f);
	}
	globfree(&g);
	ck_assert_uint_gt(found, 100);
}
END_TEST

/* labels_missing: what a deployer's copy lacks of the shipped table (c2c.fcgi -t). */
static void
seen(const char *key, void *arg)
{
	int *flags = arg;

	if (strcmp(key, "fe.required") == 0)
		flags[0]++;
	if (strcmp(key, "why.city") == 0)
		flags[1]++;
}

START_TEST(missing_keys)
{
	struct labels *ref = labels_open(SHIPPED), *mine;
	int flags[2] = { 0, 0 };
	size_t n;

	ck_assert_ptr_nonnull(ref);
	table("<l:l k=\"why.city\">city {1}|城市{1}</l:l><l:l k=\"only.mine\">x|y</l:l>");
	ck_assert_ptr_nonnull(mine = labels_open(dir));
	n = labels_missing(ref, mine, seen, flags);
	ck_assert_uint_gt(n, 100);
	ck_assert_int_eq(flags[0], 1);   /* lacked: reported once */
	ck_assert_int_eq(flags[1], 0);   /* there: not reported */
	ck_assert_uint_eq(labels_missing(ref, mine, NULL, NULL), n);
	ck_assert_uint_eq(labels_missing(mine, ref, NULL, NULL), 1);   /* only.mine */
	ck_assert_uint_eq(labels_missing(ref, ref, NULL, NULL), 0);
	ck_assert_uint_eq(labels_missing(NULL, mine, NULL, NULL), 0);
	ck_assert_uint_eq(labels_missing(ref, NULL, NULL, NULL), 0);
	labels_close(mine);
	labels_close(ref);
	gone();
}
END_TEST

/* The form errors' keys are made from their short names (FE_CODES in lib/write.h, "fe."
 * and the name), which the scan above cannot see: each has both halves in the table. */
START_TEST(form_error_keys)
{
	char key[64];
	int c;

	ck_assert_int_eq(labels_init(SHIPPED), 0);
	for (c = 0; c < FE__MAX; c++) {
		snprintf(key, sizeof(key), "fe.%s", fe_name((enum fe_code)c));
		ck_assert_msg(label_find(key, 0) != NULL && label_find(key, 1) != NULL,
		    "label %s is not in " SHIPPED "/layout.xsl", key);
	}
}
END_TEST

/* A key's text where the C used to hold it: the table gives both halves exactly, spaces at
 * either end included (the SVG is compared byte for byte by the integration tests). */
START_TEST(texts_exact)
{
	static const char *const shared[] = { "side.europe", "side.china", "alert.today", "gd.current" };
	size_t i;

	ck_assert_int_eq(labels_init(SHIPPED), 0);
	/* The keys the charts share with the views. */
	for (i = 0; i < sizeof(shared) / sizeof(shared[0]); i++)
		ck_assert_msg(label_find(shared[i], 0) != NULL && label_find(shared[i], 1) != NULL,
		    "label %s is not in " SHIPPED "/layout.xsl", shared[i]);
	ck_assert_str_eq(label_text("chart.ag.valid-until", 0), ", valid until ");
	ck_assert_str_eq(label_text("chart.ag.valid-until", 1), "，有效期至 ");
	ck_assert_str_eq(label_text("chart.ag.within-90", 0), " (within 90 days)");
	ck_assert_str_eq(label_text("chart.cycle.intro", 0),
	    "The eight steps of the city-to-city cooperation narrative in a ring: ");
	ck_assert_str_eq(label_text("chart.cycle.steps", 1), "步骤 ");
	ck_assert_str_eq(label_text("chart.kpi.joint-projects", 1), "联合项目数量与价值");
	ck_assert_str_eq(label_text("chart.ov.unit", 1), "个伙伴关系");
	/* Stored with a plan by lib/plan_write.c: the objective of a review's new targets. */
	ck_assert_str_eq(label_text("pl.review-objective", 0), "New targets of the review of {1}");
	ck_assert_str_eq(label_text("pl.review-objective", 1), "{1}评审设定的新指标");
}
END_TEST

Suite *
labels_suite(void)
{
	Suite *s = suite_create("labels");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, missing_key);
	tcase_add_test(tc, replacements);
	tcase_add_test(tc, threads);
	tcase_add_test(tc, shipped_keys);
	tcase_add_test(tc, form_error_keys);
	tcase_add_test(tc, missing_keys);
	tcase_add_test(tc, texts_exact);
	suite_add_tcase(s, tc);
	return s;
}

/* test_cache.c: the shared page cache: versions, replacement, LRU eviction, size limits,
 * and concurrent use. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "cache.h"
#include "suites.h"

static void
put(struct cache *c, const char *key, unsigned long long v, const char *body, const char *hdr)
{
	struct buf b = BUF_INIT, h = BUF_INIT;

	buf_puts(&b, body);
	buf_puts(&h, hdr);
	cache_put(c, key, v, &b, &h);
	buf_free(&b);
	buf_free(&h);
}

/* The body stored under key for v, or "" on a miss (static buffer). */
static const char *
get(struct cache *c, const char *key, unsigned long long v)
{
	static char out[256];
	struct buf b = BUF_INIT;

	out[0] = '\0';
	if (cache_get(c, key, v, &b, NULL))
		snprintf(out, sizeof(out), "%s", b.data ? b.data : "(empty)");
	buf_free(&b);
	return out;
}

START_TEST(test_hit_and_headers)
{
	struct cache *c = cache_new(1 << 20);
	struct buf b = BUF_INIT, h = BUF_INIT;

	put(c, "k", 7, "<x/>", "Link: <n>\r\n");
	ck_assert_int_eq(cache_get(c, "k", 7, &b, &h), 1);
	ck_assert_str_eq(b.data, "<x/>");
	ck_assert_str_eq(h.data, "Link: <n>\r\n");
	ck_assert_str_eq(get(c, "other", 7), "");
	buf_free(&b);
	buf_free(&h);
	cache_free(c);
}
END_TEST

START_TEST(test_version_misses_and_drops)
{
	struct cache *c = cache_new(1 << 20);
	struct cache_stats st;

	put(c, "k", 1, "old", "");
	ck_assert_str_eq(get(c, "k", 2), "");
	cache_stats(c, &st);
	ck_assert_uint_eq(st.entries, 0);   /* an old version is dropped, not kept */
	ck_assert_str_eq(get(c, "k", 1), "");
	put(c, "k", 2, "new", "");
	put(c, "k", 2, "newer", "");
	ck_assert_str_eq(get(c, "k", 2), "newer");
	cache_stats(c, &st);
	ck_assert_uint_eq(st.entries, 1);
	cache_free(c);
}
END_TEST

START_TEST(test_lru_eviction)
{
	char body[1000], key[16];
	struct cache *c;
	struct cache_stats st;
	int i;

	memset(body, 'a', sizeof(body) - 1);
	body[sizeof(body) - 1] = '\0';
	c = cache_new(16 * 1200);
	for (i = 0; i < 12; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		put(c, key, 1, body, "");
	}
	ck_assert_str_ne(get(c, "k0", 1), "");   /* k0 is now the most recent */
	for (i = 12; i < 40; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		put(c, key, 1, body, "");
	}
	cache_stats(c, &st);
	ck_assert_uint_le(st.bytes, 16 * 1200);
	ck_assert_uint_gt(st.evictions, 0);
	ck_assert_str_eq(get(c, "k1", 1), "");    /* least recently used: gone */
	ck_assert_str_ne(get(c, "k39", 1), "");
	cache_free(c);
}
END_TEST

START_TEST(test_too_big_or_disabled)
{
	char body[2000];
	struct cache *c = cache_new(8000), *off = cache_new(0);

	memset(body, 'b', sizeof(body) - 1);
	body[sizeof(body) - 1] = '\0';
	put(c, "big", 1, body, "");          /* over an eighth of the cache */
	ck_assert_str_eq(get(c, "big", 1), "");
	put(off, "k", 1, "x", "");
	ck_assert_str_eq(get(off, "k", 1), "");
	cache_free(c);
	cache_free(off);
}
END_TEST

static void *
hammer(void *arg)
{
	struct cache *c = arg;
	char key[16];
	int i;

	for (i = 0; i < 2000; i++) {
		struct buf b = BUF_INIT;
		snprintf(key, sizeof(key), "k%d", i % 50);
		if (!cache_get(c, key, (unsigned long long)(i / 500), &b, NULL))
			put(c, key, (unsigned long long)(i / 500), key, "");
		else
			ck_assert_str_eq(b.data, key);
		buf_free(&b);
	}
	return NULL;
}

START_TEST(test_threads)
{
	struct cache *c = cache_new(64 * 1024);
	pthread_t t[4];
	int i;

	for (i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, hammer, c);
	for (i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	cache_free(c);
}
END_TEST

Suite *
cache_suite(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("cache");

	tcase_add_test(tc, test_hit_and_headers);
	tcase_add_test(tc, test_version_misses_and_drops);
	tcase_add_test(tc, test_lru_eviction);
	tcase_add_test(tc, test_too_big_or_disabled);
	tcase_add_test(tc, test_threads);
	suite_add_tcase(s, tc);
	return s;
}

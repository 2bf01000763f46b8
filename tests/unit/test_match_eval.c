/* test_match_eval.c: the evaluation's building blocks on known inputs (ranks, metrics, the
 * generator, bootstrap intervals, the folds), the whole cross-validated evaluation on a
 * small set, and the engine's "cities like yours" network path with its reasons. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "match.h"
#include "match_eval.h"
#include "suites.h"

#define TOL 1e-9

START_TEST(test_rank_among)
{
	static const double key[4] = { 3, 1, 3, 2 };

	/* Above it, or equal at a lower position. */
	ck_assert_uint_eq(match_rank_among(key, 4, 0), 1);
	ck_assert_uint_eq(match_rank_among(key, 4, 2), 2);
	ck_assert_uint_eq(match_rank_among(key, 4, 3), 3);
	ck_assert_uint_eq(match_rank_among(key, 4, 1), 4);
	ck_assert_uint_eq(match_rank_among(key, 1, 0), 1);
}
END_TEST

START_TEST(test_metrics)
{
	static const size_t ranks[5] = { 1, 5, 6, 10, 11 };
	static const size_t sample[3] = { 0, 0, 4 };
	double m[3];

	match_metrics(ranks, NULL, 5, m);
	ck_assert_double_eq_tol(m[0], 0.4, TOL);
	ck_assert_double_eq_tol(m[1], 0.8, TOL);
	ck_assert_double_eq_tol(m[2], (1 + 0.2 + 1.0 / 6 + 0.1 + 1.0 / 11) / 5, TOL);
	/* A resample: pair 0 twice, pair 4 once. */
	match_metrics(ranks, sample, 3, m);
	ck_assert_double_eq_tol(m[0], 2.0 / 3, TOL);
	ck_assert_double_eq_tol(m[1], 2.0 / 3, TOL);
	ck_assert_double_eq_tol(m[2], (2 + 1.0 / 11) / 3, TOL);
	match_metrics(ranks, NULL, 0, m);
	ck_assert(m[0] == 0 && m[1] == 0 && m[2] == 0);
}
END_TEST

START_TEST(test_rng)
{
	uint64_t st = 0;

	/* splitmix64's published first outputs from state 0. */
	ck_assert(match_rng_next(&st) == UINT64_C(0xe220a8397b1dcdaf));
	ck_assert(match_rng_next(&st) == UINT64_C(0x6e789e6aa1b965f4));
}
END_TEST

START_TEST(test_bootstrap)
{
	static const size_t one[1] = { 3 };
	static const size_t a[8] = { 1, 1, 2, 20, 4, 30, 1, 8 };
	static const size_t b[8] = { 2, 3, 2, 40, 9, 30, 5, 8 };
	struct match_ci ci, again;

	/* One pair: every resample is that pair, the interval is the point. */
	ck_assert_int_eq(match_bootstrap(one, NULL, 1, 2, 200, 7, &ci), C2C_OK);
	ck_assert_double_eq_tol(ci.value, 1.0 / 3, TOL);
	ck_assert_double_eq_tol(ci.lo, 1.0 / 3, TOL);
	ck_assert_double_eq_tol(ci.hi, 1.0 / 3, TOL);

	/* The figure itself, an interval around it, the same with the same seed. */
	ck_assert_int_eq(match_bootstrap(a, NULL, 8, 0, 1000, 42, &ci), C2C_OK);
	ck_assert_double_eq_tol(ci.value, 5.0 / 8, TOL);
	ck_assert(ci.lo <= ci.value && ci.value <= ci.hi && ci.lo < ci.hi);
	ck_assert(ci.lo >= 0.0 && ci.hi <= 1.0);
	ck_assert_int_eq(match_bootstrap(a, NULL, 8, 0, 1000, 42, &again), C2C_OK);
	ck_assert(ci.lo == again.lo && ci.hi == again.hi);

	/* A ratio of a ranking to itself is 1 in every resample. */
	ck_assert_int_eq(match_bootstrap(a, a, 8, 2, 500, 1, &ci), C2C_OK);
	ck_assert_double_eq_tol(ci.value, 1.0, TOL);
	ck_assert_double_eq_tol(ci.lo, 1.0, TOL);
	ck_assert_double_eq_tol(ci.hi, 1.0, TOL);
	/* a is better than b at every pair: MRR ratio above 1 in every resample. */
	ck_assert_int_eq(match_bootstrap(a, b, 8, 2, 500, 1, &ci), C2C_OK);
	ck_assert(ci.value > 1.0 && ci.lo >= 1.0);
	/* recall@5 of b over a: resamples where a's is 0 are left out; never a NaN. */
	ck_assert_int_eq(match_bootstrap(b, a, 8, 0, 500, 1, &ci), C2C_OK);
	ck_assert(isfinite(ci.lo) && isfinite(ci.hi) && ci.hi <= 1.0);
}
END_TEST

START_TEST(test_folds)
{
	unsigned fold[68], again[68], count[5] = { 0 }, k;
	size_t i;

	match_folds(68, 5, 20261207u, fold);
	match_folds(68, 5, 20261207u, again);
	for (i = 0; i < 68; i++) {
		ck_assert_uint_lt(fold[i], 5);
		ck_assert_uint_eq(fold[i], again[i]);   /* deterministic */
		count[fold[i]]++;
	}
	/* Each pair is in exactly one fold (so never in a fold's training and test sets both),
	 * and the folds differ in size by at most one. */
	for (k = 0; k < 5; k++)
		ck_assert(count[k] == 13 || count[k] == 14);
	ck_assert_uint_eq(count[0] + count[1] + count[2] + count[3] + count[4], 68);
	/* Shuffled: not simply position mod 5. */
	for (i = 0; i < 68 && fold[i] == i % 5; i++)
		;
	ck_assert_uint_lt(i, 68);
}
END_TEST

/* ---- On sets ------------------------------------------------------------------------- */

static uint32_t
add(struct match_set *s, enum match_side side, float log_pop)
{
	struct match_profile p;
	uint32_t i;

	match_profile_init(&p, side, MATCH_ADMIN_CITY);
	p.log_pop = log_pop;
	ck_assert_int_eq(match_add_profile(s, &p, &i), C2C_OK);
	return i;
}

static const char *const city_en[] = { "Bonn", "Cologne", "Duesseldorf", "Beijing", "Chengdu" };
static const char *const city_zh[] = { "波恩", "科隆", "杜塞尔多夫", "北京", "成都" };

static const char *
stub_city(uint32_t idx, int zh, void *arg)
{
	(void)arg;
	return idx < 5 ? (zh ? city_zh : city_en)[idx] : NULL;
}

START_TEST(test_peer_network)
{
	struct match_set *s = match_set_new();
	struct match_names names = { stub_city, NULL, NULL };
	struct match_scratch *x;
	struct match_result r[4];
	struct buf out = BUF_INIT;
	uint32_t bonn, cologne, dus, beijing, chengdu;
	size_t n, i;

	ck_assert_ptr_nonnull(s);
	bonn = add(s, MATCH_EUROPE, NAN);
	cologne = add(s, MATCH_EUROPE, NAN);
	dus = add(s, MATCH_EUROPE, NAN);
	beijing = add(s, MATCH_CHINA, NAN);
	chengdu = add(s, MATCH_CHINA, NAN);
	/* Cologne shares Beijing with Bonn and works with Chengdu: one peer path. */
	ck_assert_int_eq(match_add_edge(s, bonn, beijing, MATCH_E_PARTNERSHIP, 0, 1990), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, cologne, beijing, MATCH_E_PARTNERSHIP, 0, 1987), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, cologne, chengdu, MATCH_E_PARTNERSHIP, 0, 2005), C2C_OK);
	ck_assert_int_eq(match_set_finish(s), C2C_OK);
	ck_assert_ptr_nonnull(x = match_scratch_new(s));
	n = match_rank(s, bonn, NULL, NULL, r, 4, x);
	ck_assert_uint_eq(n, 1);   /* Beijing is a partner */
	ck_assert_uint_eq(r[0].idx, chengdu);
	ck_assert_double_eq_tol(r[0].value[MC_NETWORK], 0.5, TOL);
	ck_assert_uint_eq(r[0].net_via, cologne);
	ck_assert_uint_eq(r[0].net_shared, beijing);
	ck_assert_int_eq(match_explain(s, bonn, &r[0], "en", &names, &out), C2C_OK);
	ck_assert_ptr_nonnull(strstr(out.data, "Cities like Bonn chose Chengdu: Cologne, which also "
	    "works with Beijing, has worked with Chengdu since 2005.\n"));
	out.len = 0;
	ck_assert_int_eq(match_explain(s, bonn, &r[0], "zh", &names, &out), C2C_OK);
	ck_assert_ptr_nonnull(strstr(out.data, "与波恩相似的城市选择了成都：同样与北京合作的科隆"
	    "自2005年起与成都合作。\n"));
	for (i = 0; i < MC__MAX; i++)
		ck_assert(isfinite(r[0].value[i]));
	match_scratch_free(x);
	match_set_free(s);

	/* A second peer (Duesseldorf, also with Beijing and Chengdu): the full value, the
	 * first peer still named. */
	s = match_set_new();
	bonn = add(s, MATCH_EUROPE, NAN);
	cologne = add(s, MATCH_EUROPE, NAN);
	dus = add(s, MATCH_EUROPE, NAN);
	beijing = add(s, MATCH_CHINA, NAN);
	chengdu = add(s, MATCH_CHINA, NAN);
	ck_assert_int_eq(match_add_edge(s, bonn, beijing, MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, cologne, beijing, MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, cologne, chengdu, MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, dus, beijing, MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, dus, chengdu, MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_set_finish(s), C2C_OK);
	ck_assert_ptr_nonnull(x = match_scratch_new(s));
	n = match_rank(s, bonn, NULL, NULL, r, 4, x);
	ck_assert_uint_eq(n, 1);
	ck_assert_double_eq_tol(r[0].value[MC_NETWORK], 1.0, TOL);
	ck_assert_uint_eq(r[0].net_via, cologne);
	out.len = 0;
	ck_assert_int_eq(match_explain(s, bonn, &r[0], "en", &names, &out), C2C_OK);
	ck_assert_ptr_nonnull(strstr(out.data, "Cologne, which also works with Beijing, works with "
	    "Chengdu.\n"));
	/* Hiding Bonn-Beijing (leave-one-out) removes the path: Bonn has no partner left. */
	ck_assert_int_eq(match_hide_pair(s, bonn, beijing), C2C_OK);
	n = match_rank(s, bonn, NULL, NULL, r, 4, x);
	ck_assert_uint_eq(n, 2);
	for (i = 0; i < n; i++)
		ck_assert_double_eq_tol(r[i].value[MC_NETWORK], 0.0, TOL);
	ck_assert_int_eq(match_unhide_pair(s, bonn, beijing), C2C_OK);
	match_scratch_free(x);
	match_set_free(s);
	buf_free(&out);
}
END_TEST

/* A small world: 12 European and 6 Chinese cities, partnerships chosen so that population
 * and the network both carry some signal. */
static struct match_set *
small_world(void)
{
	static const int ties[][2] = {
		{ 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 1 }, { 4, 1 }, { 5, 2 }, { 6, 0 }, { 6, 2 },
		{ 7, 3 }, { 8, 0 }, { 9, 4 }, { 10, 1 }, { 11, 5 }, { 11, 0 }, { 1, 1 }, { 2, 1 },
	};
	struct match_set *s = match_set_new();
	uint32_t eu[12], cn[6];
	size_t i;

	ck_assert_ptr_nonnull(s);
	for (i = 0; i < 12; i++)
		eu[i] = add(s, MATCH_EUROPE, 5.0f + (float)i / 10);
	for (i = 0; i < 6; i++)
		cn[i] = add(s, MATCH_CHINA, i == 5 ? NAN : 7.0f - (float)i / 5);
	for (i = 0; i < sizeof(ties) / sizeof(ties[0]); i++)
		ck_assert_int_eq(match_add_edge(s, eu[ties[i][0]], cn[ties[i][1]],
		    MATCH_E_PARTNERSHIP, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, eu[0], eu[3], MATCH_E_TWINNING, 0, 0), C2C_OK);
	ck_assert_int_eq(match_add_edge(s, eu[4], eu[10], MATCH_E_TWINNING, 0, 0), C2C_OK);
	ck_assert_int_eq(match_set_finish(s), C2C_OK);
	return s;
}

START_TEST(test_evaluation_run)
{
	struct match_set *s = small_world();
	struct match_evaluation e, f;
	struct match_profile before[18];
	size_t q;
	int r, k;

	for (q = 0; q < 18; q++)
		before[q] = *match_profile_at(s, (uint32_t)q);
	ck_assert_int_eq(match_evaluation_run(s, NULL, &e), C2C_OK);
	ck_assert_uint_eq(e.pairs, 16);
	ck_assert_uint_eq(e.candidates, 6);
	ck_assert_uint_eq(e.folds, MATCH_EVAL_FOLDS);
	ck_assert_uint_eq(e.resamples, MATCH_EVAL_RESAMPLES);
	/* The set as it was. */
	for (q = 0; q < 18; q++)
		ck_assert(memcmp(&before[q], match_profile_at(s, (uint32_t)q), sizeof(before[q])) == 0);
	for (r = 0; r < MR__MAX; r++) {
		double m[3];
		for (q = 0; q < e.pairs; q++)
			ck_assert(e.rank[r][q] >= 1 && e.rank[r][q] <= 6);
		match_metrics(e.rank[r], NULL, e.pairs, m);
		for (k = 0; k < 3; k++) {
			ck_assert_double_eq_tol(e.m[r][k].value, m[k], TOL);
			ck_assert(e.m[r][k].lo <= e.m[r][k].value + TOL &&
			    e.m[r][k].value <= e.m[r][k].hi + TOL);
		}
		ck_assert_str_ne(match_ranker_name((enum match_ranker)r), "?");
	}
	/* Six candidates: everything is within the top 10. */
	ck_assert_double_eq_tol(e.m[MR_POPULATION][1].value, 1.0, TOL);
	/* Population: the last pair is the eleventh city's tie to the sixth Chinese city, whose
	 * population is unknown: last of the five candidates (its other partner is not one). */
	ck_assert_uint_eq(e.rank[MR_POPULATION][15], 5);
	/* ... and the first, city 0 with Chinese city 0 (the largest): first. */
	ck_assert_uint_eq(e.rank[MR_POPULATION][0], 1);
	/* Deterministic. */
	ck_assert_int_eq(match_evaluation_run(s, NULL, &f), C2C_OK);
	for (r = 0; r < MR__MAX; r++)
		ck_assert(memcmp(e.rank[r], f.rank[r], e.pairs * sizeof(size_t)) == 0);
	ck_assert(memcmp(e.m, f.m, sizeof(e.m)) == 0);
	ck_assert(memcmp(e.fold_w, f.fold_w, sizeof(e.fold_w)) == 0);
	match_evaluation_free(&e);
	match_evaluation_free(&f);
	match_set_free(s);
}
END_TEST

START_TEST(test_evaluation_refuses)
{
	struct match_set *s = match_set_new();
	struct match_evaluation e;

	add(s, MATCH_EUROPE, 5.0f);
	/* Not finished, then no pairs. */
	ck_assert_int_eq(match_evaluation_run(s, NULL, &e), C2C_EINVAL);
	ck_assert_int_eq(match_set_finish(s), C2C_OK);
	ck_assert_int_eq(match_evaluation_run(s, NULL, &e), C2C_EINVAL);
	match_evaluation_free(&e);   /* harmless on a failed run */
	match_set_free(s);
}
END_TEST

Suite *
match_eval_suite(void)
{
	Suite *s = suite_create("match_eval");
	TCase *t = tcase_create("eval");

	tcase_add_test(t, test_rank_among);
	tcase_add_test(t, test_metrics);
	tcase_add_test(t, test_rng);
	tcase_add_test(t, test_bootstrap);
	tcase_add_test(t, test_folds);
	tcase_add_test(t, test_peer_network);
	tcase_add_test(t, test_evaluation_run);
	tcase_add_test(t, test_evaluation_refuses);
	suite_add_tcase(s, t);
	return s;
}

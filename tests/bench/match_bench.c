/* match_bench.c: time match_rank against 100,000 synthetic Chinese candidates (fixed seed). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "match.h"

#define N_EUROPE    2000
#define N_CHINA     100000
#define N_EREGIONS  20       /* the first European profiles are regions */
#define N_PROVINCES 34       /* the first Chinese profiles are provinces */
#define N_AREAS     16       /* as in the report's seed */
#define N_RANKINGS  200
#define TOP_K       20

static uint64_t rng = 0x2f6b1c3a9d8e7f01ull;

/* Knuth's MMIX LCG; the high half is the usable part. */
static uint32_t
next(void)
{
	rng = rng * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(rng >> 32);
}

static uint32_t
below(uint32_t n)
{
	return (uint32_t)(((uint64_t)next() * n) >> 32);
}

static double
uniform(double lo, double hi)
{
	return lo + (hi - lo) * (next() / 4294967296.0);
}

static uint64_t
some_areas(unsigned max)
{
	uint64_t m = 0;
	unsigned i, n = 1 + below(max);

	for (i = 0; i < n; i++)
		m |= UINT64_C(1) << below(N_AREAS);
	return m;
}

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void
check(enum c2c_err e, const char *what)
{
	if (e != C2C_OK) {
		fprintf(stderr, "match_bench: %s: %s\n", what, c2c_strerror(e));
		exit(1);
	}
}

static void
add_profile(struct match_set *s, enum match_side side, int region)
{
	struct match_profile p;

	match_profile_init(&p, side, region ? MATCH_ADMIN_REGION : (enum match_admin)below(3));
	if (below(4) == 0) {   /* a quarter state what they offer and seek */
		p.offers = some_areas(4);
		p.seeks = some_areas(3);
	}
	if (below(10) != 0)
		p.log_pop = (float)(side == MATCH_CHINA ? uniform(4.5, 7.4) : uniform(4.0, 6.6));
	p.coastal = (int8_t)((int)below(3) - 1);
	p.flags = (uint8_t)below(16);
	p.helix = (uint8_t)below(16);
	check(match_add_profile(s, &p, NULL), "add profile");
}

static void
add_edge(struct match_set *s, uint32_t a, uint32_t b, enum match_edge_kind k, uint64_t areas)
{
	if (a != b)
		check(match_add_edge(s, a, b, k, areas, (uint16_t)(1980 + below(40))), "add edge");
}

int
main(void)
{
	struct match_set *s;
	struct match_scratch *x;
	struct match_result out[TOP_K];
	double t0, build, times[N_RANKINGS], sink = 0;
	uint32_t i, n;
	const uint32_t china0 = N_EUROPE;

	t0 = now_ms();
	if ((s = match_set_new()) == NULL)
		check(C2C_ENOMEM, "set");
	for (i = 0; i < N_EUROPE; i++)
		add_profile(s, MATCH_EUROPE, i < N_EREGIONS);
	for (i = 0; i < N_CHINA; i++)
		add_profile(s, MATCH_CHINA, i < N_PROVINCES);
	for (i = N_EREGIONS; i < N_EUROPE; i++) {
		int j;
		/* About three partnerships each, a twinning, a region and an organisation link. */
		for (j = 0; j < 3; j++)
			add_edge(s, i, china0 + N_PROVINCES + below(N_CHINA - N_PROVINCES),
			    MATCH_E_PARTNERSHIP, some_areas(3));
		add_edge(s, i, N_EREGIONS + below(N_EUROPE - N_EREGIONS), MATCH_E_TWINNING, 0);
		add_edge(s, i, below(N_EREGIONS), MATCH_E_MEMBER_OF, 0);
		add_edge(s, i, china0 + below(N_CHINA), MATCH_E_CONTACT, 0);
	}
	for (i = 0; i < N_EREGIONS; i++) {   /* province-level agreements */
		add_edge(s, i, china0 + below(N_PROVINCES), MATCH_E_PARTNERSHIP, some_areas(3));
		add_edge(s, i, china0 + below(N_PROVINCES), MATCH_E_PARTNERSHIP, some_areas(3));
	}
	for (i = china0 + N_PROVINCES; i < china0 + N_CHINA; i++) {
		add_edge(s, i, china0 + below(N_PROVINCES), MATCH_E_MEMBER_OF, 0);
		if (below(5) == 0)
			add_edge(s, i, china0 + N_PROVINCES + below(N_CHINA - N_PROVINCES),
			    MATCH_E_TWINNING, 0);
	}
	check(match_set_finish(s), "finish");
	build = now_ms() - t0;
	if ((x = match_scratch_new(s)) == NULL)
		check(C2C_ENOMEM, "scratch");

	n = match_set_size(s);
	match_rank(s, N_EREGIONS, NULL, NULL, out, TOP_K, x);   /* warm the caches */
	for (i = 0; i < N_RANKINGS; i++) {
		uint32_t city = N_EREGIONS + i * ((N_EUROPE - N_EREGIONS) / N_RANKINGS);
		size_t got;
		t0 = now_ms();
		got = match_rank(s, city, NULL, NULL, out, TOP_K, x);
		times[i] = now_ms() - t0;
		if (got != TOP_K) {
			fprintf(stderr, "match_bench: ranking %u gave %zu results\n", (unsigned)city, got);
			return 1;
		}
		sink += out[0].score;
	}
	qsort(times, N_RANKINGS, sizeof(times[0]), cmp_double);

	{
		size_t edges = 0, k;
		for (i = 0; i < n; i++) {
			match_edges_of(s, i, &k);
			edges += k;
		}
		printf("match: build %u profiles, %zu stored edges: %.1f ms\n", (unsigned)n, edges, build);
	}
	printf("match: rank %u candidates: median %.2f ms, p99 %.2f ms\n", (unsigned)N_CHINA,
	    (times[N_RANKINGS / 2 - 1] + times[N_RANKINGS / 2]) / 2,
	    times[(N_RANKINGS * 99 + 99) / 100 - 1]);
	printf("match: memory per 1000 profiles: %zu bytes\n",
	    (size_t)((double)match_set_bytes(s) / n * 1000 + 0.5));
	if (isnan(sink))   /* keeps the compiler from dropping the rankings */
		puts("match: NaN score");
	match_scratch_free(x);
	match_set_free(s);
	return 0;
}

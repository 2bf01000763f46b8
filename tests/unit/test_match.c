/* test_match.c: the partner-matching engine on small hand-built sets with hand-computed values. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "match_eval.h"
#include "suites.h"

#define EU MATCH_EUROPE
#define CN MATCH_CHINA
#define TOL 1e-6

/* Areas of the tests; names in the stub below. */
#define HEALTH (UINT64_C(1) << 0)
#define TOURISM (UINT64_C(1) << 1)
#define EDU (UINT64_C(1) << 2)
#define ENERGY (UINT64_C(1) << 3)
#define CULTURE (UINT64_C(1) << 4)

static struct match_set *S;
static struct match_scratch *X;
static struct match_result R[64];
static struct buf out = BUF_INIT;

static void
setup(void)
{
	S = match_set_new();
	ck_assert_ptr_nonnull(S);
	X = NULL;
	memset(R, 0, sizeof(R));
}

static void
teardown(void)
{
	match_scratch_free(X);
	match_set_free(S);
	buf_free(&out);
	S = NULL;
	X = NULL;
}

static struct match_profile
P(enum match_side side)
{
	struct match_profile p;

	match_profile_init(&p, side, MATCH_ADMIN_CITY);
	return p;
}

static uint32_t
add(const struct match_profile *p)
{
	uint32_t i = MATCH_NONE;

	ck_assert_int_eq(match_add_profile(S, p, &i), C2C_OK);
	return i;
}

/* A profile with nothing known. */
static uint32_t
add0(enum match_side side)
{
	struct match_profile p = P(side);

	return add(&p);
}

static void
edge(uint32_t a, uint32_t b, enum match_edge_kind k, uint64_t areas, uint16_t year)
{
	ck_assert_int_eq(match_add_edge(S, a, b, k, areas, year), C2C_OK);
}

static void
finish(void)
{
	ck_assert_int_eq(match_set_finish(S), C2C_OK);
	X = match_scratch_new(S);
	ck_assert_ptr_nonnull(X);
}

/* The weights these tests were written against (the engine's first defaults): the
 * component tests must not change when the shipped defaults are tuned. */
static const struct match_weights W0 = { {
	[MC_COMPLEMENT] = 3.0f, [MC_COMMON] = 2.0f, [MC_POTENTIAL] = 1.0f, [MC_WILLINGNESS] = 1.0f,
	[MC_CONTACTS] = 2.0f, [MC_STRUCTURE] = 1.0f, [MC_NETWORK] = 2.0f, [MC_SATURATION] = 2.0f,
} };

/* Ranks for city with W0 (or w) and no filter; returns the count. */
static size_t
rank(uint32_t city, const struct match_weights *w)
{
	memset(R, 0, sizeof(R));
	return match_rank(S, city, w ? w : &W0, NULL, R, 64, X);
}

static const struct match_result *
find(size_t n, uint32_t idx)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (R[i].idx == idx)
			return &R[i];
	return NULL;
}

static const struct match_result *
must_find(size_t n, uint32_t idx)
{
	const struct match_result *r = find(n, idx);

	ck_assert_msg(r != NULL, "candidate %u not ranked", (unsigned)idx);
	return r;
}

/* Every value in [0,1], every number finite, score = sum of contributions. */
static void
check_sane(size_t n)
{
	struct match_weights d = W0;
	size_t i;
	int c;

	for (i = 0; i < n; i++) {
		double sum = 0;
		ck_assert(isfinite(R[i].score));
		for (c = 0; c < MC__MAX; c++) {
			ck_assert(isfinite(R[i].value[c]));
			ck_assert(R[i].value[c] >= 0.0 && R[i].value[c] <= 1.0);
			ck_assert(isfinite(R[i].contrib[c]));
			ck_assert_double_eq_tol(R[i].contrib[c],
			    (c == MC_SATURATION ? -d.w[c] : d.w[c]) * R[i].value[c], 1e-12);
			sum += R[i].contrib[c];
		}
		ck_assert_double_eq_tol(R[i].score, sum, 1e-9);
		/* Best first, equal scores by index. */
		if (i > 0)
			ck_assert(R[i - 1].score > R[i].score ||
			    (R[i - 1].score == R[i].score && R[i - 1].idx < R[i].idx));
	}
}

/* ---- Names for explanations ---------------------------------------------------------- */

static const char *const city_en[] = {
	"Muenster", "Enschede", "Dalian", "Shenyang", "Qingdao", "Leeds", "Bonn",
	"North Rhine-Westphalia", "Sichuan", "Chengdu", "Wuhan", "Hubei", "Cologne", "Beijing", "Yichang",
};
static const char *const city_zh[] = {
	"明斯特", "恩斯赫德", "大连", "沈阳", NULL, "利兹", "波恩",
	"北莱茵-威斯特法伦", "四川", "成都", "武汉", "湖北", "科隆", "北京", "宜昌",
};
static const char *const area_en[] = { "Healthcare", "Tourism", "Education", "Energy", "Culture" };
static const char *const area_zh[] = { "医疗卫生", "旅游", "教育", "能源", "文化" };

/* The stub maps set index -> name index through an array the test fills. */
static int name_of[32];

static const char *
stub_city(uint32_t idx, int zh, void *arg)
{
	(void)arg;
	if (idx >= 32 || name_of[idx] < 0)
		return NULL;
	return zh ? city_zh[name_of[idx]] : city_en[name_of[idx]];
}

static const char *
stub_area(int bit, int zh, void *arg)
{
	(void)arg;
	if (bit < 0 || bit >= 5)
		return NULL;
	return zh ? area_zh[bit] : area_en[bit];
}

static const struct match_names names = { stub_city, stub_area, NULL };

static void
name(uint32_t idx, int n)
{
	name_of[idx] = n;
}

static void
names_reset(void)
{
	size_t i;

	for (i = 0; i < sizeof(name_of) / sizeof(name_of[0]); i++)
		name_of[i] = -1;
}

static const char *
explain(uint32_t city, const struct match_result *r, const char *lang)
{
	buf_reset(&out);
	ck_assert_int_eq(match_explain(S, city, r, lang, &names, &out), C2C_OK);
	ck_assert_ptr_nonnull(out.data);
	ck_assert_ptr_null(strstr(out.data, "(null)"));
	ck_assert(out.len > 0 && out.data[out.len - 1] == '\n');
	return out.data;
}

/* ---- Components ---------------------------------------------------------------------- */

START_TEST(test_complement_and_common)
{
	struct match_profile p;
	uint32_t e0, c1, c2, c3, e4;
	const struct match_result *r;
	size_t n;

	p = P(EU); p.offers = HEALTH | TOURISM; p.seeks = EDU; e0 = add(&p);
	p = P(CN); p.offers = EDU; p.seeks = HEALTH; c1 = add(&p);
	p = P(CN); p.offers = ENERGY; p.seeks = HEALTH | CULTURE; c2 = add(&p);
	c3 = add0(CN);   /* no stated areas: its partnership's areas stand in */
	e4 = add0(EU);
	edge(e4, c3, MATCH_E_PARTNERSHIP, EDU, 2010);
	finish();

	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 3);
	check_sane(n);
	/* c1: gets {EDU}, gives {HEALTH}: 2 / (1 + 1); Jaccard {H,T,E} vs {E,H}: 2/3. */
	r = must_find(n, c1);
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 1.0, TOL);
	ck_assert_double_eq_tol(r->value[MC_COMMON], 2.0 / 3, TOL);
	ck_assert_uint_eq(r->gets, EDU);
	ck_assert_uint_eq(r->gives, HEALTH);
	ck_assert_uint_eq(r->shared, HEALTH | EDU);
	ck_assert_uint_eq(r->fallback, 0);
	ck_assert_double_eq_tol(r->contrib[MC_COMPLEMENT], 3.0, TOL);
	/* c2: gives {HEALTH} only: 1 / (1 + 2); Jaccard 1/5. */
	r = must_find(n, c2);
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 1.0 / 3, TOL);
	ck_assert_double_eq_tol(r->value[MC_COMMON], 0.2, TOL);
	ck_assert_uint_eq(r->gets, 0);
	/* c3 (active {EDU}): gets {EDU}: 1 / (1 + 1); Jaccard 1/3. */
	r = must_find(n, c3);
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 0.5, TOL);
	ck_assert_double_eq_tol(r->value[MC_COMMON], 1.0 / 3, TOL);
	ck_assert_uint_eq(r->fallback, MATCH_FB_CANDIDATE);
	ck_assert_uint_eq(R[0].idx, c1);

	/* e4 has no stated areas either: its active {EDU} against c1's stated ones. */
	n = rank(e4, NULL);
	ck_assert_uint_eq(n, 2);   /* c3 is its partner */
	r = must_find(n, c1);
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 0.5, TOL);
	ck_assert_uint_eq(r->fallback, MATCH_FB_CITY);
	ck_assert_double_eq_tol(must_find(n, c2)->value[MC_COMPLEMENT], 0.0, TOL);
}
END_TEST

START_TEST(test_complement_both_revealed)
{
	uint32_t e0 = add0(EU), c1 = add0(CN), c2 = add0(CN), e3 = add0(EU);
	const struct match_result *r;
	size_t n;

	edge(e0, c1, MATCH_E_PARTNERSHIP, HEALTH | TOURISM, 0);
	edge(e3, c2, MATCH_E_PARTNERSHIP, TOURISM | EDU, 0);
	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 1);
	r = must_find(n, c2);
	/* Dice of the active sets: 2 * 1 / (2 + 2). */
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 0.5, TOL);
	ck_assert_double_eq_tol(r->value[MC_COMMON], 1.0 / 3, TOL);
	ck_assert_uint_eq(r->fallback, MATCH_FB_CITY | MATCH_FB_CANDIDATE);
	ck_assert_uint_eq(r->gets, TOURISM);
	ck_assert_uint_eq(r->gives, TOURISM);
	/* Said once: COMMON names the same areas. */
	names_reset();
	name(e0, 5);
	ck_assert_str_eq(explain(e0, r, "en"), "Shares Tourism with Leeds.\nBoth are cities.\n");
	{
		struct match_weights w = W0;
		w.w[MC_COMMON] = 0.0f;
		n = rank(e0, &w);
		ck_assert_str_eq(explain(e0, &R[0], "en"),
		    "Has partnership experience in Tourism, as does Leeds.\nBoth are cities.\n");
		ck_assert_str_eq(explain(e0, &R[0], "zh"), "在已有合作中涉及旅游，利兹也是如此。\n两者都是城市。\n");
	}
}
END_TEST

START_TEST(test_potential)
{
	struct match_profile p;
	uint32_t e0, e1, e2, c3, c4, c5, c6;
	size_t n;

	e0 = add0(EU);
	e1 = add0(EU);
	e2 = add0(EU);
	p = P(CN); p.helix = MATCH_H_GOVERNMENT | MATCH_H_ACADEMIA | MATCH_H_INDUSTRY;
	p.flags = MATCH_F_INTL_STRATEGY; p.log_pop = 5.5f; c3 = add(&p);
	c4 = add0(CN);
	p = P(CN); p.helix = 15; p.flags = MATCH_F_INTL_STRATEGY; p.log_pop = 8.0f; c5 = add(&p);
	p = P(CN); p.log_pop = 3.0f; c6 = add(&p);
	edge(e1, c3, MATCH_E_PARTNERSHIP, 0, 0);
	edge(e2, c3, MATCH_E_PARTNERSHIP, 0, 0);
	edge(e1, c5, MATCH_E_PARTNERSHIP, 0, 0);
	edge(e2, c5, MATCH_E_PARTNERSHIP, 0, 0);
	edge(e1, c5, MATCH_E_PARTNERSHIP, 0, 0);   /* the same tie again: merged */
	finish();
	ck_assert_uint_eq(match_profile_at(S, c5)->partners, 2);
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 4);
	check_sane(n);
	/* helix 3/4, strategy 1, mass (5.5 - 4) / 3, experience 2/10; mean of four. */
	ck_assert_double_eq_tol(must_find(n, c3)->value[MC_POTENTIAL],
	    (0.75 + 1 + 0.5 + 2.0 / 10) / 4, TOL);
	ck_assert_double_eq_tol(must_find(n, c4)->value[MC_POTENTIAL], 0.0, TOL);
	ck_assert_double_eq_tol(must_find(n, c5)->value[MC_POTENTIAL], (1 + 1 + 1 + 2.0 / 10) / 4, TOL);
	ck_assert_double_eq_tol(must_find(n, c6)->value[MC_POTENTIAL], 0.0, TOL);
}
END_TEST

START_TEST(test_willingness)
{
	struct match_profile p;
	uint32_t e0, c[4];
	static const unsigned flags[4] = {
		0, MATCH_F_SEEKS_PARTNER, MATCH_F_PEER_TO_PEER | MATCH_F_JOINT_PROJECT,
		MATCH_F_SEEKS_PARTNER | MATCH_F_PEER_TO_PEER | MATCH_F_JOINT_PROJECT | MATCH_F_INTL_STRATEGY,
	};
	static const double want[4] = { 0, 0.5, 0.5, 1.0 };
	size_t n;
	int i;

	e0 = add0(EU);
	for (i = 0; i < 4; i++) {
		p = P(CN);
		p.flags = (uint8_t)flags[i];
		c[i] = add(&p);
	}
	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 4);
	check_sane(n);
	for (i = 0; i < 4; i++)
		ck_assert_double_eq_tol(must_find(n, c[i])->value[MC_WILLINGNESS], want[i], TOL);
}
END_TEST

START_TEST(test_structure)
{
	struct match_profile p;
	uint32_t e0, c1, c2, c3, c4;
	size_t n;

	p = P(EU); p.log_pop = 6.0f; p.coastal = 1; e0 = add(&p);
	p = P(CN); p.log_pop = 6.5f; p.coastal = 1; c1 = add(&p);
	match_profile_init(&p, CN, MATCH_ADMIN_REGION); p.coastal = 0; c2 = add(&p);
	p = P(CN); p.log_pop = 9.0f; c3 = add(&p);
	match_profile_init(&p, CN, MATCH_ADMIN_METROPOLITAN); p.log_pop = 5.0f; p.coastal = 1;
	c4 = add(&p);
	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 4);
	check_sane(n);
	/* Thirds: size 1 - |diff| / 2, same admin level, same known coast. */
	ck_assert_double_eq_tol(must_find(n, c1)->value[MC_STRUCTURE], (0.75 + 1 + 1) / 3, TOL);
	ck_assert_double_eq_tol(must_find(n, c2)->value[MC_STRUCTURE], 0.0, TOL);
	ck_assert_double_eq_tol(must_find(n, c3)->value[MC_STRUCTURE], 1.0 / 3, TOL);
	ck_assert_double_eq_tol(must_find(n, c4)->value[MC_STRUCTURE], (0.5 + 0 + 1) / 3, TOL);
}
END_TEST

START_TEST(test_structure_unknown_coast)
{
	struct match_profile p;
	uint32_t e0, c1;
	size_t n;

	p = P(EU); p.coastal = -1; e0 = add(&p);
	p = P(CN); p.coastal = -1; c1 = add(&p);
	finish();
	n = rank(e0, NULL);
	/* Two unknown coasts are not the same coast: admin level only. */
	ck_assert_double_eq_tol(must_find(n, c1)->value[MC_STRUCTURE], 1.0 / 3, TOL);
}
END_TEST

START_TEST(test_saturation)
{
	static const unsigned partners[5] = { 6, 7, 9, 12, 13 };
	static const double want[5] = { 0, 8.0 / 108, 0.5, 1, 1 };
	uint32_t e[14], c[5];
	const struct match_result *r;
	size_t n;
	unsigned i, j;

	for (i = 0; i < 14; i++)
		e[i] = add0(EU);
	for (i = 0; i < 5; i++) {
		c[i] = add0(CN);
		for (j = 1; j <= partners[i]; j++)
			edge(e[j], c[i], MATCH_E_PARTNERSHIP, 0, 0);
	}
	finish();
	n = rank(e[0], NULL);
	ck_assert_uint_eq(n, 5);
	check_sane(n);
	for (i = 0; i < 5; i++) {
		r = must_find(n, c[i]);
		ck_assert_uint_eq(match_profile_at(S, c[i])->partners, partners[i]);
		/* smoothstep((p - 6) / 6); the default weight 2, subtracted. */
		ck_assert_double_eq_tol(r->value[MC_SATURATION], want[i], TOL);
		ck_assert_double_eq_tol(r->contrib[MC_SATURATION], -2.0 * want[i], TOL);
		/* Experience grows up to ten partnerships (popularity keeps counting), then stops. */
		ck_assert_double_eq_tol(r->value[MC_POTENTIAL],
		    (partners[i] < 10 ? partners[i] : 10) / 10.0 / 4, TOL);
	}
	/* Fewer partnerships rank higher, all else equal. */
	ck_assert_uint_eq(R[0].idx, c[0]);
	ck_assert_uint_eq(R[4].idx, c[4]);
	ck_assert(R[3].score == R[4].score);   /* 12 and 13 both saturate: index order */
}
END_TEST

/* ---- Graph components ---------------------------------------------------------------- */

START_TEST(test_network_muenster_enschede_dalian)
{
	uint32_t muenster = add0(EU), enschede = add0(EU), dalian = add0(CN), shenyang = add0(CN),
	    qingdao = add0(CN);
	const struct match_result *r;
	const char *t;
	size_t n;

	names_reset();
	name(muenster, 0); name(enschede, 1); name(dalian, 2); name(shenyang, 3); name(qingdao, 4);
	edge(muenster, enschede, MATCH_E_TWINNING, 0, 1965);
	edge(enschede, dalian, MATCH_E_PARTNERSHIP, HEALTH, 2009);
	edge(muenster, qingdao, MATCH_E_PARTNERSHIP, 0, 2012);
	edge(qingdao, shenyang, MATCH_E_TWINNING, 0, 0);
	finish();

	n = rank(muenster, NULL);
	ck_assert_uint_eq(n, 2);   /* Qingdao is a partner */
	check_sane(n);
	r = must_find(n, dalian);
	ck_assert_double_eq_tol(r->value[MC_NETWORK], 1.0, TOL);
	ck_assert_uint_eq(r->net_via, enschede);
	t = explain(muenster, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Enschede, a twin city of Muenster, has worked with Dalian since 2009.\n"));
	t = explain(muenster, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "恩斯赫德是明斯特的友好城市，自2009年起与大连合作。\n"));

	/* A partner's twin: Qingdao (no Chinese name: the English one stands in). */
	r = must_find(n, shenyang);
	ck_assert_double_eq_tol(r->value[MC_NETWORK], 1.0, TOL);
	ck_assert_uint_eq(r->net_via, qingdao);
	t = explain(muenster, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Qingdao, a partner of Muenster, is twinned with Shenyang.\n"));
	t = explain(muenster, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "Qingdao是明斯特的合作伙伴，与沈阳是友好城市。\n"));

	/* Hiding Enschede-Dalian removes the path. */
	ck_assert_int_eq(match_hide_pair(S, dalian, enschede), C2C_OK);
	n = rank(muenster, NULL);
	r = must_find(n, dalian);
	ck_assert_double_eq_tol(r->value[MC_NETWORK], 0.0, TOL);
	ck_assert_uint_eq(r->net_via, MATCH_NONE);
	ck_assert_int_eq(match_unhide_pair(S, enschede, dalian), C2C_OK);
}
END_TEST

/* Bonn member_of NRW, NRW-Sichuan partnership, Chengdu member_of Sichuan. */
/* Bonn's diaspora criterion: a community from the candidate's city lives in the city. */
START_TEST(test_contacts_diaspora)
{
	uint32_t bonn, chengdu, wuhan, cologne;
	const struct match_result *r;
	const char *txt;
	size_t n;

	bonn = add0(EU);
	chengdu = add0(CN);
	wuhan = add0(CN);
	cologne = add0(EU);
	names_reset();
	name(bonn, 6); name(chengdu, 9); name(wuhan, 10); name(cologne, 12);
	edge(bonn, chengdu, MATCH_E_DIASPORA, 0, 0);
	edge(bonn, cologne, MATCH_E_DIASPORA, 0, 0);   /* same side: no contact abroad */
	edge(bonn, wuhan, MATCH_E_CONTACT, 0, 0);
	edge(bonn, wuhan, MATCH_E_DIASPORA, 0, 0);     /* organisations say more */
	finish();

	n = rank(bonn, NULL);
	ck_assert_uint_eq(n, 2);
	check_sane(n);
	r = must_find(n, chengdu);
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 1.0, TOL);
	ck_assert_uint_eq(r->contact_diaspora, 1);
	ck_assert_uint_eq(r->contact_via[0], MATCH_NONE);
	txt = explain(bonn, r, "en");
	ck_assert_msg(strstr(txt, "diaspora community links") != NULL, "en: %s", txt);
	txt = explain(bonn, r, "zh");
	ck_assert_msg(strstr(txt, "侨民社群") != NULL, "zh: %s", txt);
	r = must_find(n, wuhan);
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 1.0, TOL);
	ck_assert_uint_eq(r->contact_diaspora, 0);
	/* A diaspora link is not a partnership: the city keeps no existing partner. */
	ck_assert_uint_eq(match_existing(S, bonn, NULL, 0), 0);
}
END_TEST

START_TEST(test_contacts_bonn_nrw_sichuan_chengdu)
{
	struct match_profile p;
	uint32_t bonn, nrw, sichuan, chengdu, wuhan, hubei, cologne, beijing, yichang;
	const struct match_result *r;
	uint32_t ex[4];
	const char *t;
	size_t n;

	bonn = add0(EU);
	match_profile_init(&p, EU, MATCH_ADMIN_REGION); nrw = add(&p);
	match_profile_init(&p, CN, MATCH_ADMIN_REGION); sichuan = add(&p);
	chengdu = add0(CN);
	wuhan = add0(CN);
	match_profile_init(&p, CN, MATCH_ADMIN_REGION); hubei = add(&p);
	cologne = add0(EU);
	beijing = add0(CN);
	yichang = add0(CN);
	names_reset();
	name(bonn, 6); name(nrw, 7); name(sichuan, 8); name(chengdu, 9); name(wuhan, 10);
	name(hubei, 11); name(cologne, 12); name(beijing, 13); name(yichang, 14);
	edge(bonn, nrw, MATCH_E_MEMBER_OF, 0, 0);
	edge(chengdu, sichuan, MATCH_E_MEMBER_OF, 0, 0);
	edge(nrw, sichuan, MATCH_E_PARTNERSHIP, ENERGY, 1988);
	edge(bonn, wuhan, MATCH_E_CONTACT, 0, 0);
	edge(bonn, hubei, MATCH_E_PARTNERSHIP, 0, 2000);
	edge(yichang, hubei, MATCH_E_MEMBER_OF, 0, 0);
	edge(cologne, nrw, MATCH_E_MEMBER_OF, 0, 0);
	edge(cologne, beijing, MATCH_E_PARTNERSHIP, 0, 1987);
	finish();
	ck_assert_uint_eq(match_profile_at(S, bonn)->region, nrw);
	ck_assert_uint_eq(match_profile_at(S, chengdu)->region, sichuan);
	ck_assert_uint_eq(match_profile_at(S, wuhan)->region, MATCH_NONE);

	n = rank(bonn, NULL);
	ck_assert_uint_eq(n, 5);   /* all Chinese but Hubei, a partner */
	check_sane(n);
	ck_assert_ptr_null(find(n, hubei));
	ck_assert_uint_eq(match_existing(S, bonn, ex, 4), 1);
	ck_assert_uint_eq(ex[0], hubei);

	r = must_find(n, chengdu);
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 0.5, TOL);
	ck_assert_uint_eq(r->contact_via[0], nrw);
	ck_assert_uint_eq(r->contact_via[1], sichuan);
	t = explain(bonn, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "North Rhine-Westphalia and Sichuan, the regions of Bonn and "
	    "Chengdu, work together.\n"));
	t = explain(bonn, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "波恩所在的北莱茵-威斯特法伦与成都所在的四川有合作关系。\n"));

	r = must_find(n, sichuan);
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 0.5, TOL);
	ck_assert_uint_eq(r->contact_via[0], nrw);
	ck_assert_uint_eq(r->contact_via[1], MATCH_NONE);
	t = explain(bonn, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "North Rhine-Westphalia, the region of Bonn, works with Sichuan.\n"));

	r = must_find(n, wuhan);   /* an organisation link */
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 1.0, TOL);
	ck_assert_uint_eq(r->contact_via[0], MATCH_NONE);
	ck_assert_uint_eq(r->contact_via[1], MATCH_NONE);
	t = explain(bonn, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Organisations in Bonn and Wuhan are already in contact.\n"));
	t = explain(bonn, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "波恩与武汉的机构之间已有联系。\n"));

	r = must_find(n, yichang);   /* a member of Bonn's partner province */
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 0.5, TOL);
	ck_assert_uint_eq(r->contact_via[0], MATCH_NONE);
	ck_assert_uint_eq(r->contact_via[1], hubei);
	t = explain(bonn, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Bonn works with Hubei, the region of Yichang.\n"));

	r = must_find(n, beijing);   /* the partner of another member of NRW */
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 0.0, TOL);
	ck_assert_double_eq_tol(r->value[MC_NETWORK], 0.5, TOL);
	ck_assert_uint_eq(r->net_via, cologne);
	t = explain(bonn, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Cologne, in the same region as Bonn, has worked with Beijing since 1987.\n"));
	t = explain(bonn, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "科隆与波恩同属一个地区，自1987年起与北京合作。\n"));

	/* The same path seen from Chengdu. */
	n = rank(chengdu, NULL);
	r = must_find(n, bonn);
	ck_assert_double_eq_tol(r->value[MC_CONTACTS], 0.5, TOL);
	ck_assert_uint_eq(r->contact_via[0], sichuan);
	ck_assert_uint_eq(r->contact_via[1], nrw);
}
END_TEST

/* ---- Ranking mechanics --------------------------------------------------------------- */

START_TEST(test_ties_by_index)
{
	uint32_t c[6], e;
	size_t n;
	int i;

	c[0] = add0(CN);
	c[1] = add0(CN);
	e = add0(EU);
	for (i = 2; i < 6; i++)
		c[i] = add0(CN);
	finish();
	n = rank(e, NULL);
	ck_assert_uint_eq(n, 6);
	for (i = 0; i < 6; i++) {
		ck_assert_uint_eq(R[i].idx, c[i]);
		ck_assert(R[i].score == R[0].score);
	}
	/* k smaller than the field: the lowest indices. */
	memset(R, 0, sizeof(R));
	ck_assert_uint_eq(match_rank(S, e, &W0, NULL, R, 2, X), 2);
	ck_assert_uint_eq(R[0].idx, c[0]);
	ck_assert_uint_eq(R[1].idx, c[1]);
	/* Repeated rankings give the same answer (the scratch is reused). */
	ck_assert_uint_eq(match_rank(S, e, &W0, NULL, R, 2, X), 2);
	ck_assert_uint_eq(R[1].idx, c[1]);
}
END_TEST

START_TEST(test_empty_profiles)
{
	uint32_t e0 = add0(EU), c1 = add0(CN), c2 = add0(CN), e3 = add0(EU);
	const struct match_result *r;
	const char *t;
	size_t n;
	int c;

	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 2);
	check_sane(n);
	r = must_find(n, c1);
	for (c = 0; c < MC__MAX; c++)
		if (c != MC_STRUCTURE)
			ck_assert(r->value[c] == 0.0);
	/* Same admin level is all they share. */
	ck_assert_double_eq_tol(r->value[MC_STRUCTURE], 1.0 / 3, TOL);
	ck_assert_uint_eq(r->shared | r->gives | r->gets, 0);
	ck_assert_uint_eq(r->net_via, MATCH_NONE);
	ck_assert_uint_eq(r->contact_via[0], MATCH_NONE);
	ck_assert_uint_eq(R[0].idx, c1);
	ck_assert_uint_eq(R[1].idx, c2);
	/* Chinese cities rank the European ones. */
	n = rank(c2, NULL);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(R[0].idx, e0);
	ck_assert_uint_eq(R[1].idx, e3);
	ck_assert_uint_eq(match_existing(S, e0, NULL, 0), 0);
	names_reset();
	t = explain(e0, &R[0], "en");
	ck_assert_str_eq(t, "Both are cities.\n");
}
END_TEST

START_TEST(test_empty_set)
{
	struct match_evaluation ev;

	finish();
	ck_assert_uint_eq(match_set_size(S), 0);
	ck_assert_uint_eq(rank(0, NULL), 0);
	ck_assert_uint_eq(match_existing(S, 0, NULL, 0), 0);
	/* No pairs: nothing to evaluate. */
	ck_assert_int_eq(match_evaluation_run(S, &W0, &ev), C2C_EINVAL);
	ck_assert_uint_eq(ev.pairs, 0);
	ck_assert_int_eq(match_hide_pair(S, 0, 1), C2C_EINVAL);
}
END_TEST

START_TEST(test_one_side_only)
{
	uint32_t e0 = add0(EU);

	add0(EU);
	finish();
	ck_assert_uint_eq(rank(e0, NULL), 0);
}
END_TEST

START_TEST(test_unknown_areas)
{
	struct match_profile p;
	uint32_t e0, c1, c2;
	struct match_filter f = { 0, -INFINITY, NULL, NULL };
	const struct match_result *r;
	const char *t;
	size_t n;

	p = P(EU); p.seeks = UINT64_C(1) << 63; e0 = add(&p);
	p = P(CN); p.offers = UINT64_C(1) << 63; c1 = add(&p);
	p = P(CN); p.offers = HEALTH; c2 = add(&p);
	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 2);
	check_sane(n);
	r = must_find(n, c1);
	ck_assert_double_eq_tol(r->value[MC_COMPLEMENT], 1.0, TOL);
	ck_assert_uint_eq(r->gets, UINT64_C(1) << 63);
	/* The name callback knows no area 63: a placeholder, never "(null)". */
	names_reset();
	t = explain(e0, r, "en");
	ck_assert_ptr_nonnull(strstr(t, "Offers area 63, which city 0 seeks.\n"));
	t = explain(e0, r, "zh");
	ck_assert_ptr_nonnull(strstr(t, "领域63"));

	/* An area nobody has: nothing. */
	f.areas = UINT64_C(1) << 40;
	ck_assert_uint_eq(match_rank(S, e0, &W0, &f, R, 64, X), 0);
	f.areas = UINT64_C(1) << 63;
	ck_assert_uint_eq(match_rank(S, e0, &W0, &f, R, 64, X), 1);
	ck_assert_uint_eq(R[0].idx, c1);
	f.areas = HEALTH | (UINT64_C(1) << 40);
	ck_assert_uint_eq(match_rank(S, e0, &W0, &f, R, 64, X), 1);
	ck_assert_uint_eq(R[0].idx, c2);
}
END_TEST

static int
odd_only(uint32_t idx, void *arg)
{
	(*(int *)arg)++;
	return idx % 2 == 1;
}

START_TEST(test_filters)
{
	struct match_profile p;
	struct match_filter f = { 0, -INFINITY, odd_only, NULL };
	uint32_t e0, i;
	int calls = 0;
	size_t n;

	p = P(EU); p.offers = HEALTH; e0 = add(&p);
	for (i = 1; i <= 8; i++) {
		p = P(CN);
		p.offers = i <= 4 ? HEALTH : 0;
		add(&p);
	}
	finish();
	f.arg = &calls;
	n = match_rank(S, e0, &W0, &f, R, 64, X);
	ck_assert_uint_eq(n, 4);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(R[i].idx % 2, 1);
	ck_assert_int_gt(calls, 0);
	/* min_score: the four sharing HEALTH score 2 (COMMON) + 1/3 (STRUCTURE). */
	f.accept = NULL;
	f.min_score = 1.0;
	n = match_rank(S, e0, &W0, &f, R, 64, X);
	ck_assert_uint_eq(n, 4);
	for (i = 0; i < n; i++) {
		ck_assert_uint_le(R[i].idx, 4);
		ck_assert_double_eq_tol(R[i].score, 2.0 + 1.0 / 3, TOL);
	}
	f.min_score = 100.0;
	ck_assert_uint_eq(match_rank(S, e0, &W0, &f, R, 64, X), 0);
	/* k = 0, bad city: nothing. */
	ck_assert_uint_eq(match_rank(S, e0, &W0, NULL, R, 0, X), 0);
	ck_assert_uint_eq(match_rank(S, 99, &W0, NULL, R, 64, X), 0);
}
END_TEST

START_TEST(test_zero_weights)
{
	struct match_weights w;
	struct match_profile p;
	uint32_t e0;
	size_t n, i;
	int c;

	p = P(EU); p.offers = HEALTH; e0 = add(&p);
	for (i = 0; i < 5; i++) {
		p = P(CN);
		p.offers = HEALTH;
		p.flags = 0x0f;
		add(&p);
	}
	finish();
	for (c = 0; c < MC__MAX; c++)
		w.w[c] = 0.0f;
	memset(R, 0, sizeof(R));
	n = match_rank(S, e0, &w, NULL, R, 64, X);
	ck_assert_uint_eq(n, 5);
	for (i = 0; i < n; i++) {
		ck_assert(R[i].score == 0.0);
		ck_assert_uint_eq(R[i].idx, i + 1);
	}
	/* Out-of-range weights in a hand-filled struct count as 0, never as NaN. */
	w.w[MC_COMMON] = NAN;
	w.w[MC_WILLINGNESS] = 1.0f;
	n = match_rank(S, e0, &w, NULL, R, 64, X);
	ck_assert_double_eq_tol(R[0].score, 1.0, TOL);
	ck_assert(R[0].contrib[MC_COMMON] == 0.0);
}
END_TEST

START_TEST(test_existing_excluded)
{
	uint32_t e0 = add0(EU), c1 = add0(CN), c2 = add0(CN), c3 = add0(CN), e4 = add0(EU);
	uint32_t ex[4] = { 0 };
	size_t n;

	edge(c3, e0, MATCH_E_PARTNERSHIP, HEALTH, 2001);
	edge(e0, c1, MATCH_E_PARTNERSHIP, TOURISM, 1999);
	edge(e4, c2, MATCH_E_PARTNERSHIP, 0, 0);
	edge(e0, c2, MATCH_E_CONTACT, 0, 0);   /* a contact is not a partnership */
	finish();
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(R[0].idx, c2);
	/* Sorted by index; the count even when max is smaller. */
	ck_assert_uint_eq(match_existing(S, e0, ex, 4), 2);
	ck_assert_uint_eq(ex[0], c1);
	ck_assert_uint_eq(ex[1], c3);
	ck_assert_uint_eq(match_existing(S, e0, ex, 1), 2);
	ck_assert_uint_eq(match_existing(S, c1, ex, 4), 1);
	ck_assert_uint_eq(ex[0], e0);
	ck_assert_uint_eq(match_profile_at(S, e0)->active, HEALTH | TOURISM);
	ck_assert_uint_eq(match_profile_at(S, e0)->partners, 2);
}
END_TEST

/* ---- Building and leave-one-out ------------------------------------------------------ */

START_TEST(test_builder_errors)
{
	struct match_profile p;
	uint32_t e0 = add0(EU), e1 = add0(EU), c2 = add0(CN);
	const struct match_edge *ed;
	size_t n;

	p = P(EU); p.side = 2;
	ck_assert_int_eq(match_add_profile(S, &p, NULL), C2C_EINVAL);
	p = P(EU); p.admin = MATCH_ADMIN__MAX;
	ck_assert_int_eq(match_add_profile(S, &p, NULL), C2C_EINVAL);
	p = P(EU); p.coastal = 2;
	ck_assert_int_eq(match_add_profile(S, &p, NULL), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, 3, MATCH_E_TWINNING, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, e0, MATCH_E_CONTACT, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, e1, MATCH_E_PARTNERSHIP, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, c2, MATCH_E_TWINNING, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, c2, MATCH_E_MEMBER_OF, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, c2, (enum match_edge_kind)9, 0, 0), C2C_EINVAL);
	ck_assert_int_eq(match_rank(S, e0, &W0, NULL, R, 4, X), 0);   /* not finished */
	ck_assert_ptr_null(match_scratch_new(S));
	/* Repeated ties merge: areas united, earliest known year. */
	edge(e0, c2, MATCH_E_PARTNERSHIP, HEALTH, 0);
	edge(c2, e0, MATCH_E_PARTNERSHIP, EDU, 2005);
	edge(e0, c2, MATCH_E_PARTNERSHIP, 0, 1999);
	edge(e0, c2, MATCH_E_CONTACT, HEALTH, 0);   /* areas kept for partnerships only */
	edge(e0, e1, MATCH_E_MEMBER_OF, 0, 0);
	finish();
	ck_assert_int_eq(match_set_finish(S), C2C_EINVAL);
	ck_assert_int_eq(match_add_profile(S, &p, NULL), C2C_EINVAL);
	ck_assert_int_eq(match_add_edge(S, e0, e1, MATCH_E_TWINNING, 0, 0), C2C_EINVAL);
	ed = match_edges_of(S, e0, &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(ed[0].to, e1);
	ck_assert_uint_eq(ed[0].kind, MATCH_E_MEMBER_OF);
	ck_assert_uint_eq(ed[0].flags, MATCH_EF_UP);
	ck_assert_uint_eq(ed[1].to, c2);
	ck_assert_uint_eq(ed[1].kind, MATCH_E_PARTNERSHIP);
	ck_assert_uint_eq(ed[1].areas, HEALTH | EDU);
	ck_assert_uint_eq(ed[1].year, 1999);
	ck_assert_uint_eq(ed[2].kind, MATCH_E_CONTACT);
	ck_assert_uint_eq(ed[2].areas, 0);
	ed = match_edges_of(S, e1, &n);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(ed[0].flags, 0);   /* the region's side of member_of */
	ck_assert_uint_eq(match_profile_at(S, c2)->partners, 1);
	ck_assert_uint_eq(match_profile_at(S, e0)->region, e1);
	ck_assert_ptr_null(match_edges_of(S, 99, &n));
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(match_profile_at(S, 99));
	ck_assert_uint_gt(match_set_bytes(S), 3 * sizeof(struct match_profile));
}
END_TEST

START_TEST(test_derived_fields_ignored)
{
	struct match_profile p = P(CN);
	uint32_t i;

	p.active = ~UINT64_C(0);
	p.partners = 99;
	p.region = 7;
	p.log_pop = INFINITY;
	i = add(&p);
	finish();
	ck_assert_uint_eq(match_profile_at(S, i)->active, 0);
	ck_assert_uint_eq(match_profile_at(S, i)->partners, 0);
	ck_assert_uint_eq(match_profile_at(S, i)->region, MATCH_NONE);
	ck_assert(isnan(match_profile_at(S, i)->log_pop));
}
END_TEST

/* A copy of every profile and edge of S. */
struct snapshot {
	struct match_profile p[16];
	struct match_edge e[64];
	size_t off[17];
	uint32_t n;
};

static void
snap(struct snapshot *z)
{
	uint32_t i;

	memset(z, 0, sizeof(*z));
	z->n = match_set_size(S);
	ck_assert_uint_le(z->n, 16);
	for (i = 0; i < z->n; i++) {
		size_t k;
		const struct match_edge *ed = match_edges_of(S, i, &k);
		z->p[i] = *match_profile_at(S, i);
		z->off[i + 1] = z->off[i] + k;
		ck_assert_uint_le(z->off[i + 1], 64);
		if (k > 0)
			memcpy(&z->e[z->off[i]], ed, k * sizeof(*ed));
	}
}

static void
same(const struct snapshot *z)
{
	struct snapshot now;
	uint32_t i;

	snap(&now);
	ck_assert_uint_eq(now.n, z->n);
	for (i = 0; i < z->n; i++) {
		const struct match_profile *a = &now.p[i], *b = &z->p[i];
		ck_assert_uint_eq(a->offers, b->offers);
		ck_assert_uint_eq(a->seeks, b->seeks);
		ck_assert_uint_eq(a->active, b->active);
		ck_assert(a->log_pop == b->log_pop || (isnan(a->log_pop) && isnan(b->log_pop)));
		ck_assert_uint_eq(a->region, b->region);
		ck_assert_uint_eq(a->partners, b->partners);
		ck_assert_uint_eq(a->side, b->side);
		ck_assert_uint_eq(a->admin, b->admin);
		ck_assert_int_eq(a->coastal, b->coastal);
		ck_assert_uint_eq(a->flags, b->flags);
		ck_assert_uint_eq(a->helix, b->helix);
		ck_assert_int_eq(memcmp(a, b, sizeof(*a)), 0);
		ck_assert_uint_eq(now.off[i + 1], z->off[i + 1]);
	}
	for (i = 0; i < z->off[z->n]; i++) {
		ck_assert_uint_eq(now.e[i].to, z->e[i].to);
		ck_assert_uint_eq(now.e[i].kind, z->e[i].kind);
		ck_assert_uint_eq(now.e[i].flags, z->e[i].flags);
		ck_assert_uint_eq(now.e[i].areas, z->e[i].areas);
		ck_assert_uint_eq(now.e[i].year, z->e[i].year);
	}
}

START_TEST(test_hide_unhide)
{
	struct match_profile p;
	struct match_result before[8];
	struct snapshot z;
	uint32_t e0, e1, c2, c3, ex[4];
	const struct match_edge *ed;
	size_t n, nb, k, i;

	p = P(EU); p.log_pop = 5.0f; p.offers = EDU; e0 = add(&p);
	e1 = add0(EU);
	p = P(CN); p.helix = 3; c2 = add(&p);
	c3 = add0(CN);
	edge(e0, c2, MATCH_E_PARTNERSHIP, HEALTH | TOURISM, 1990);
	edge(e0, c3, MATCH_E_PARTNERSHIP, TOURISM, 2001);
	edge(e1, c2, MATCH_E_PARTNERSHIP, EDU, 0);
	edge(e0, e1, MATCH_E_TWINNING, 0, 1970);
	finish();
	snap(&z);
	nb = rank(e1, NULL);
	memcpy(before, R, sizeof(before));

	ck_assert_int_eq(match_hide_pair(S, c2, e0), C2C_OK);
	/* TOURISM stays: e0-c3 gives it too. */
	ck_assert_uint_eq(match_profile_at(S, e0)->active, TOURISM);
	ck_assert_uint_eq(match_profile_at(S, e0)->partners, 1);
	ck_assert_uint_eq(match_profile_at(S, c2)->active, EDU);
	ck_assert_uint_eq(match_profile_at(S, c2)->partners, 1);
	ed = match_edges_of(S, e0, &k);
	for (i = 0; i < k; i++)
		ck_assert_uint_eq(!!(ed[i].flags & MATCH_EF_HIDDEN), ed[i].to == c2);
	ck_assert_uint_eq(match_existing(S, e0, ex, 4), 1);
	ck_assert_uint_eq(ex[0], c3);
	n = rank(e0, NULL);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(R[0].idx, c2);
	/* No longer a partner, no longer part of e1's network through e0. */
	ck_assert_int_eq(match_hide_pair(S, e0, c2), C2C_EINVAL);
	ck_assert_int_eq(match_hide_pair(S, e0, e1), C2C_ENOTFOUND);
	ck_assert_int_eq(match_hide_pair(S, e0, 77), C2C_EINVAL);
	ck_assert_int_eq(match_unhide_pair(S, e0, c3), C2C_EINVAL);

	ck_assert_int_eq(match_unhide_pair(S, e0, c2), C2C_OK);
	same(&z);
	/* Rankings too come back bit for bit. */
	ck_assert_uint_eq(rank(e1, NULL), nb);
	for (i = 0; i < nb; i++) {
		int c;
		ck_assert_uint_eq(R[i].idx, before[i].idx);
		ck_assert(R[i].score == before[i].score);
		for (c = 0; c < MC__MAX; c++)
			ck_assert(R[i].value[c] == before[i].value[c]);
	}
	/* Two hidden at once, restored in either order. */
	ck_assert_int_eq(match_hide_pair(S, e0, c2), C2C_OK);
	ck_assert_int_eq(match_hide_pair(S, e0, c3), C2C_OK);
	ck_assert_uint_eq(match_profile_at(S, e0)->active, 0);
	ck_assert_uint_eq(match_profile_at(S, e0)->partners, 0);
	ck_assert_int_eq(match_unhide_pair(S, e0, c2), C2C_OK);
	ck_assert_int_eq(match_unhide_pair(S, c3, e0), C2C_OK);
	same(&z);
}
END_TEST

/* Three pairs, COMMON alone; ranks 1, 8, 1; population ranks 8, 8, 7 (see the comments). */
START_TEST(test_evaluate)
{
	struct match_weights w;
	struct match_profile p;
	struct match_evaluation ev;
	struct snapshot z;
	uint32_t e0, e1, c0, c1, c2;
	int c, i;

	p = P(EU); p.offers = HEALTH; e0 = add(&p);
	p = P(EU); p.offers = TOURISM; e1 = add(&p);
	p = P(CN); p.offers = HEALTH; c0 = add(&p);
	p = P(CN); p.offers = TOURISM; p.log_pop = 6.0f; c1 = add(&p);
	p = P(CN); p.offers = EDU; p.log_pop = 5.0f; c2 = add(&p);
	for (i = 0; i < 6; i++) {
		p = P(CN);
		p.offers = HEALTH;
		p.log_pop = 7.0f;
		add(&p);
	}
	edge(e0, c0, MATCH_E_PARTNERSHIP, HEALTH, 0);
	edge(e1, c1, MATCH_E_PARTNERSHIP, TOURISM, 0);
	edge(e0, c2, MATCH_E_PARTNERSHIP, EDU, 0);
	finish();
	snap(&z);
	for (c = 0; c < MC__MAX; c++)
		w.w[c] = 0.0f;
	w.w[MC_COMMON] = 1.0f;
	ck_assert_int_eq(match_evaluation_run(S, &w, &ev), C2C_OK);
	same(&z);
	ck_assert_uint_eq(ev.pairs, 3);
	/* The given weights, pairs in index order (e0-c0, e0-c2, e1-c1):
	 * e0-c0 hidden: e0 {H,E} vs c0 {H}: 1/2, tied with the fillers, c0 first: rank 1.
	 * e0-c2 hidden: e0 {H}: fillers 1, c1 0 (lower index), c2 0: rank 8.
	 * e1-c1 hidden: e1 {T} vs c1 {T}: 1, the rest 0: rank 1. */
	ck_assert_uint_eq(ev.rank[MR_GIVEN][0], 1);
	ck_assert_uint_eq(ev.rank[MR_GIVEN][1], 8);
	ck_assert_uint_eq(ev.rank[MR_GIVEN][2], 1);
	ck_assert_double_eq_tol(ev.m[MR_GIVEN][0].value, 2.0 / 3, TOL);
	ck_assert_double_eq_tol(ev.m[MR_GIVEN][1].value, 1.0, TOL);
	ck_assert_double_eq_tol(ev.m[MR_GIVEN][2].value, (1 + 1.0 / 8 + 1) / 3, TOL);
	/* Population: c0 unknown after 7 known (8); c2 after 6 fillers and c1 (8); c1 (7). */
	ck_assert_uint_eq(ev.rank[MR_POPULATION][0], 8);
	ck_assert_uint_eq(ev.rank[MR_POPULATION][1], 8);
	ck_assert_uint_eq(ev.rank[MR_POPULATION][2], 7);
	ck_assert_double_eq_tol(ev.m[MR_POPULATION][0].value, 0.0, TOL);
	ck_assert_double_eq_tol(ev.m[MR_POPULATION][1].value, 1.0, TOL);
	ck_assert_double_eq_tol(ev.m[MR_POPULATION][2].value, (1.0 / 8 + 1.0 / 8 + 1.0 / 7) / 3, TOL);
	match_evaluation_free(&ev);

	/* The defaults run too and leave the set as it was (determinism: test_match_eval.c). */
	ck_assert_int_eq(match_evaluation_run(S, &W0, &ev), C2C_OK);
	ck_assert_uint_eq(ev.pairs, 3);
	ck_assert(ev.m[MR_GIVEN][2].value > 0 && ev.m[MR_GIVEN][2].value <= 1);
	match_evaluation_free(&ev);
	same(&z);
	/* A pair hidden beforehand is left out. */
	ck_assert_int_eq(match_hide_pair(S, e1, c1), C2C_OK);
	ck_assert_int_eq(match_evaluation_run(S, &w, &ev), C2C_OK);
	ck_assert_uint_eq(ev.pairs, 2);
	match_evaluation_free(&ev);
	ck_assert_int_eq(match_unhide_pair(S, e1, c1), C2C_OK);
}
END_TEST

/* ---- Weights ------------------------------------------------------------------------- */

static const struct {
	const char *name, *value;
	int         comp;   /* -1: refused */
	float       want;
} weight_cases[] = {
	{ "complement", "2", MC_COMPLEMENT, 2.0f },
	{ "w_common", "0.5", MC_COMMON, 0.5f },
	{ "network", ".5", MC_NETWORK, 0.5f },
	{ "saturation", "10", MC_SATURATION, 10.0f },
	{ "structure", "10.000", MC_STRUCTURE, 10.0f },
	{ "potential", "0", MC_POTENTIAL, 0.0f },
	{ "willingness", "3.", MC_WILLINGNESS, 3.0f },
	{ "w_contacts", "0.25", MC_CONTACTS, 0.25f },
	{ "nope", "1", -1, 0 },
	{ "w_", "1", -1, 0 },
	{ "", "1", -1, 0 },
	{ "Complement", "1", -1, 0 },
	{ "w_w_common", "1", -1, 0 },
	{ "complement", "-1", -1, 0 },
	{ "complement", "-0", -1, 0 },
	{ "complement", "+1", -1, 0 },
	{ "complement", "10.5", -1, 0 },
	{ "complement", "10.0000001", -1, 0 },
	{ "complement", "11", -1, 0 },
	{ "complement", "1e9", -1, 0 },
	{ "complement", "1e0", -1, 0 },
	{ "complement", "nan", -1, 0 },
	{ "complement", "NaN", -1, 0 },
	{ "complement", "inf", -1, 0 },
	{ "complement", "", -1, 0 },
	{ "complement", ".", -1, 0 },
	{ "complement", " 1", -1, 0 },
	{ "complement", "1 ", -1, 0 },
	{ "complement", "0x1", -1, 0 },
	{ "complement", "1.2.3", -1, 0 },
	{ "complement", "1,5", -1, 0 },
	{ "complement", "00000000000000001", -1, 0 },
};

START_TEST(test_weights_parse)
{
	struct match_weights w, before;
	int c;

	for (c = 0; c < MC__MAX; c++)
		w.w[c] = 7.0f;
	before = w;
	if (weight_cases[_i].comp < 0) {
		ck_assert_int_eq(match_weights_parse(weight_cases[_i].name, weight_cases[_i].value, &w),
		    C2C_EINVAL);
		ck_assert_int_eq(memcmp(&w, &before, sizeof(w)), 0);
		return;
	}
	ck_assert_int_eq(match_weights_parse(weight_cases[_i].name, weight_cases[_i].value, &w), C2C_OK);
	for (c = 0; c < MC__MAX; c++)
		ck_assert(w.w[c] == (c == weight_cases[_i].comp ? weight_cases[_i].want : 7.0f));
}
END_TEST

START_TEST(test_weights_names_and_defaults)
{
	struct match_weights d = match_weights_default(), w = d;
	int c, e;

	ck_assert_int_eq(match_weights_parse(NULL, "1", &w), C2C_EINVAL);
	ck_assert_int_eq(match_weights_parse("common", NULL, &w), C2C_EINVAL);
	ck_assert_int_eq(match_weights_parse("common", "1", NULL), C2C_EINVAL);
	ck_assert_str_eq(match_component_name(MC__MAX), "?");
	ck_assert_str_eq(match_component_name(MC_COMPLEMENT), "complement");
	ck_assert_str_eq(match_component_name(MC_SATURATION), "saturation");
	for (c = 0; c < MC__MAX; c++) {
		const char *n = match_component_name((enum match_component)c);
		ck_assert(d.w[c] >= 0.0f && d.w[c] <= 10.0f);
		ck_assert_str_ne(n, "?");
		for (e = 0; e < c; e++)
			ck_assert_str_ne(n, match_component_name((enum match_component)e));
		/* Every name parses, with and without w_. */
		ck_assert_int_eq(match_weights_parse(n, "1", &w), C2C_OK);
		ck_assert(w.w[c] == 1.0f);
	}
	ck_assert(d.w[MC_COMPLEMENT] == 3.0f && d.w[MC_COMMON] == 2.0f && d.w[MC_POTENTIAL] == 5.0f &&
	    d.w[MC_WILLINGNESS] == 1.0f && d.w[MC_CONTACTS] == 2.0f && d.w[MC_STRUCTURE] == 0.5f &&
	    d.w[MC_NETWORK] == 5.0f && d.w[MC_SATURATION] == 1.0f);
}
END_TEST

/* ---- Explanations -------------------------------------------------------------------- */

/* Leeds offers Education and seeks Healthcare; the candidate the reverse. */
static uint32_t
leeds_set(uint32_t *cand)
{
	struct match_profile p;
	uint32_t leeds;

	p = P(EU); p.offers = EDU; p.seeks = HEALTH; p.log_pop = 5.9f; p.coastal = 0; leeds = add(&p);
	p = P(CN); p.offers = HEALTH; p.seeks = EDU; p.log_pop = 5.95f; p.coastal = 0;
	p.flags = MATCH_F_SEEKS_PARTNER; *cand = add(&p);
	finish();
	names_reset();
	name(leeds, 5);
	name(*cand, 3);
	return leeds;
}

START_TEST(test_explain_en)
{
	uint32_t cand, leeds = leeds_set(&cand);

	ck_assert_uint_eq(rank(leeds, NULL), 1);
	/* Strongest first: COMPLEMENT 3, COMMON 2, STRUCTURE 0.99, WILLINGNESS 0.5;
	 * POTENTIAL (0.16) has nothing to name: no strategy, helix, million or partners. */
	ck_assert_str_eq(explain(leeds, &R[0], "en"),
	    "Offers Healthcare, which Leeds seeks; it also seeks Education, which Leeds offers.\n"
	    "Shares Healthcare and Education with Leeds.\n"
	    "Both are inland cities of similar size.\n"
	    "Is looking for a partner.\n");
	/* Anything but Chinese is English. */
	ck_assert_ptr_nonnull(strstr(explain(leeds, &R[0], NULL), "Shares"));
	ck_assert_ptr_nonnull(strstr(explain(leeds, &R[0], "de"), "Shares"));
	ck_assert_ptr_nonnull(strstr(explain(leeds, &R[0], "zhx"), "Shares"));
}
END_TEST

START_TEST(test_explain_zh)
{
	uint32_t cand, leeds = leeds_set(&cand);

	ck_assert_uint_eq(rank(leeds, NULL), 1);
	ck_assert_str_eq(explain(leeds, &R[0], "zh"),
	    "可提供医疗卫生，利兹正寻求这些领域的合作；寻求教育，利兹正可提供。\n"
	    "与利兹共同关注医疗卫生和教育。\n"
	    "两者都是内陆城市，人口规模相近。\n"
	    "正在寻找合作伙伴。\n");
	ck_assert_str_eq(explain(leeds, &R[0], "zh-CN"), out.data);
}
END_TEST

START_TEST(test_explain_threshold_and_weights)
{
	struct match_weights w = W0;
	uint32_t cand, leeds = leeds_set(&cand);
	const char *t;

	/* A component weighted 0 is no reason. */
	w.w[MC_COMMON] = 0.0f;
	w.w[MC_WILLINGNESS] = 0.0f;
	ck_assert_uint_eq(rank(leeds, &w), 1);
	t = explain(leeds, &R[0], "en");
	ck_assert_ptr_null(strstr(t, "Shares"));
	ck_assert_ptr_null(strstr(t, "looking"));
	ck_assert_ptr_nonnull(strstr(t, "Offers Healthcare"));
	/* Below MATCH_EXPLAIN_MIN: silent. */
	R[0].value[MC_STRUCTURE] = 0.09;
	t = explain(leeds, &R[0], "en");
	ck_assert_ptr_null(strstr(t, "Both"));
	/* A bad index. */
	R[0].idx = 99;
	ck_assert_int_eq(match_explain(S, leeds, &R[0], "en", &names, &out), C2C_EINVAL);
	ck_assert_int_eq(match_explain(S, 99, &R[0], "en", &names, &out), C2C_EINVAL);
}
END_TEST

START_TEST(test_explain_no_names)
{
	uint32_t cand, leeds = leeds_set(&cand);
	struct match_names none = { NULL, NULL, NULL };

	ck_assert_uint_eq(rank(leeds, NULL), 1);
	buf_reset(&out);
	ck_assert_int_eq(match_explain(S, leeds, &R[0], "en", NULL, &out), C2C_OK);
	ck_assert_ptr_nonnull(strstr(out.data, "Offers area 0, which city 0 seeks"));
	buf_reset(&out);
	ck_assert_int_eq(match_explain(S, leeds, &R[0], "zh", &none, &out), C2C_OK);
	ck_assert_ptr_nonnull(strstr(out.data, "城市0"));
	ck_assert_ptr_null(strstr(out.data, "(null)"));
}
END_TEST

START_TEST(test_explain_potential_saturation)
{
	struct match_profile p;
	uint32_t e[10], c;
	const char *t;
	int i;

	for (i = 0; i < 10; i++)
		e[i] = add0(EU);
	p = P(CN);
	p.helix = MATCH_H_GOVERNMENT | MATCH_H_ACADEMIA | MATCH_H_INDUSTRY;
	p.flags = MATCH_F_INTL_STRATEGY | MATCH_F_PEER_TO_PEER | MATCH_F_JOINT_PROJECT;
	p.log_pop = 6.5f;
	c = add(&p);
	for (i = 1; i < 10; i++)
		edge(e[i], c, MATCH_E_PARTNERSHIP, 0, 0);
	finish();
	names_reset();
	ck_assert_uint_eq(rank(e[0], NULL), 1);
	t = explain(e[0], &R[0], "en");
	ck_assert_ptr_nonnull(strstr(t, "Has an international strategy, a local ecosystem of government, "
	    "academia and industry, over a million inhabitants and experience from 9 Europe-China "
	    "partnerships.\n"));
	ck_assert_ptr_nonnull(strstr(t, "Is open to peer-to-peer exchanges and wants a joint project.\n"));
	/* The penalty comes last. */
	ck_assert_ptr_nonnull(strstr(t, "Already has 9 Europe-China partnerships, which may leave "
	    "little room for a new one.\n"));
	ck_assert_str_eq(strrchr(t, '\n') - strlen("for a new one."), "for a new one.\n");
	t = explain(e[0], &R[0], "zh");
	ck_assert_ptr_nonnull(strstr(t, "具备合作基础：有国际合作战略，政府、学术界和产业界参与其中，"
	    "人口超过百万，已有9个中欧伙伴关系。\n"));
	ck_assert_ptr_nonnull(strstr(t, "愿意开展对等交流，希望开展联合项目。\n"));
	ck_assert_ptr_nonnull(strstr(t, "已有9个中欧伙伴关系，可能难以再投入新的合作。\n"));
}
END_TEST

/* COMPLEMENT's wording follows whose areas are stated and whose are revealed. */
START_TEST(test_explain_fallback_wording)
{
	struct match_profile p;
	uint32_t leeds, c1, e2, c3;
	size_t n;

	p = P(EU); p.offers = HEALTH; p.seeks = EDU; leeds = add(&p);
	c1 = add0(CN);   /* revealed: EDU and HEALTH from its partnership with e2 */
	e2 = add0(EU);
	p = P(CN); p.offers = TOURISM; p.seeks = EDU; c3 = add(&p);
	edge(e2, c1, MATCH_E_PARTNERSHIP, EDU | HEALTH, 0);
	edge(e2, c3, MATCH_E_PARTNERSHIP, 0, 0);
	finish();
	names_reset();
	name(leeds, 5);
	n = rank(leeds, NULL);
	ck_assert_ptr_nonnull(strstr(explain(leeds, must_find(n, c1), "en"),
	    "Has partnership experience in Education, which Leeds seeks; it also works on "
	    "Healthcare, which Leeds offers.\n"));
	ck_assert_ptr_nonnull(strstr(explain(leeds, must_find(n, c1), "zh"),
	    "在已有合作中涉及教育，利兹正寻求这些领域的合作；在已有合作中涉及医疗卫生，利兹正可提供。\n"));
	/* e2 states nothing: its partnerships (EDU, HEALTH) stand in. */
	name(e2, 0);
	n = rank(e2, NULL);
	ck_assert_uint_eq(n, 0);   /* both Chinese cities are its partners */
	ck_assert_int_eq(match_hide_pair(S, e2, c3), C2C_OK);
	n = rank(e2, NULL);
	ck_assert_ptr_nonnull(strstr(explain(e2, must_find(n, c3), "en"),
	    "Seeks Education, in which Muenster has partnership experience.\n"));
	ck_assert_ptr_nonnull(strstr(explain(e2, must_find(n, c3), "zh"),
	    "寻求教育，明斯特在已有合作中涉及这些领域。\n"));
	ck_assert_int_eq(match_unhide_pair(S, e2, c3), C2C_OK);
}
END_TEST

START_TEST(test_explain_many_areas)
{
	struct match_profile p;
	uint32_t e0;

	p = P(EU); p.offers = 0x3f; e0 = add(&p);
	p = P(CN); p.offers = 0x3f; add(&p);
	finish();
	names_reset();
	ck_assert_uint_eq(rank(e0, NULL), 1);
	/* Six shared areas: four named (bit 5 has no name: a placeholder never shows here). */
	ck_assert_ptr_nonnull(strstr(explain(e0, &R[0], "en"),
	    "Shares Healthcare, Tourism, Education, Energy and 2 more with city 0.\n"));
	ck_assert_ptr_nonnull(strstr(explain(e0, &R[0], "zh"),
	    "与城市0共同关注医疗卫生、旅游、教育、能源等2个领域。\n"));
}
END_TEST

Suite *
match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc = tcase_create("components");
	TCase *tg = tcase_create("graph");
	TCase *tr = tcase_create("ranking");
	TCase *tw = tcase_create("weights");
	TCase *te = tcase_create("explain");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_complement_and_common);
	tcase_add_test(tc, test_complement_both_revealed);
	tcase_add_test(tc, test_potential);
	tcase_add_test(tc, test_willingness);
	tcase_add_test(tc, test_structure);
	tcase_add_test(tc, test_structure_unknown_coast);
	tcase_add_test(tc, test_saturation);
	suite_add_tcase(s, tc);

	tcase_add_checked_fixture(tg, setup, teardown);
	tcase_add_test(tg, test_network_muenster_enschede_dalian);
	tcase_add_test(tg, test_contacts_bonn_nrw_sichuan_chengdu);
	tcase_add_test(tg, test_contacts_diaspora);
	suite_add_tcase(s, tg);

	tcase_add_checked_fixture(tr, setup, teardown);
	tcase_add_test(tr, test_ties_by_index);
	tcase_add_test(tr, test_empty_profiles);
	tcase_add_test(tr, test_empty_set);
	tcase_add_test(tr, test_one_side_only);
	tcase_add_test(tr, test_unknown_areas);
	tcase_add_test(tr, test_filters);
	tcase_add_test(tr, test_zero_weights);
	tcase_add_test(tr, test_existing_excluded);
	tcase_add_test(tr, test_builder_errors);
	tcase_add_test(tr, test_derived_fields_ignored);
	tcase_add_test(tr, test_hide_unhide);
	tcase_add_test(tr, test_evaluate);
	suite_add_tcase(s, tr);

	tcase_add_loop_test(tw, test_weights_parse, 0,
	    (int)(sizeof(weight_cases) / sizeof(weight_cases[0])));
	tcase_add_test(tw, test_weights_names_and_defaults);
	suite_add_tcase(s, tw);

	tcase_add_checked_fixture(te, setup, teardown);
	tcase_add_test(te, test_explain_en);
	tcase_add_test(te, test_explain_zh);
	tcase_add_test(te, test_explain_threshold_and_weights);
	tcase_add_test(te, test_explain_no_names);
	tcase_add_test(te, test_explain_potential_saturation);
	tcase_add_test(te, test_explain_fallback_wording);
	tcase_add_test(te, test_explain_many_areas);
	suite_add_tcase(s, te);
	return s;
}

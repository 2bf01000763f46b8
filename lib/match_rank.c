/* match_rank.c: the matching engine's scores, the city's neighbourhood, the ranking of
 * candidates and its evaluation on known partnerships (match.h; docs/matching.md). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "match_impl.h"

/* What the city's neighbourhood says about one candidate: filled once per ranking. */
struct near {
	float    contact, net;     /* the CONTACTS and NETWORK values */
	uint32_t cvia[2], nvia;
	uint32_t nshared;          /* NETWORK by a peer: the partner it shares with the city */
	uint16_t peers;            /* peer paths to it (collaborative filtering) */
	uint8_t  existing;         /* a current partner: never ranked */
	uint8_t  diaspora;         /* the contact is a community, not organisations */
};

struct slot {
	double   score;
	uint32_t idx;
};

struct match_scratch {
	uint32_t      n;
	uint32_t      stamp;       /* tags of another stamp are stale: no clearing per call */
	uint64_t     *tag;         /* per city: stamp << 32 | index into near[] */
	struct near  *near;
	uint32_t      nnear;
	struct slot  *heap;        /* n: the k best so far, worst at the root */
};

/* ---- Scoring ------------------------------------------------------------------------- */

/* What one ranking knows about the city, computed once. */
struct ctx {
	const struct match_set      *s;
	const struct hot            *c;
	uint32_t                     city;
	uint8_t                      fb;
	double                       w[MC__MAX];
	double                       inv[2 * MATCH_AREAS + 1];   /* 1/k; inv[0] = 0 */
};

static void
ctx_init(struct ctx *x, const struct match_set *s, uint32_t city, const struct match_weights *w)
{
	struct match_weights def = match_weights_default();
	int i;

	if (w == NULL)
		w = &def;
	x->s = s;
	x->c = &s->hot[city];
	x->city = city;
	x->fb = (uint8_t)(x->c->stated ? 0 : MATCH_FB_CITY);
	/* Multiplying by a reciprocal instead of dividing: a third of the time of a ranking. */
	x->inv[0] = 0.0;
	for (i = 1; i <= 2 * MATCH_AREAS; i++)
		x->inv[i] = 1.0 / i;
	for (i = 0; i < MC__MAX; i++) {
		double v = w->w[i];
		/* A struct filled by hand may hold anything: never let NaN into a score. */
		x->w[i] = v >= 0.0 && v <= 10.0 ? v : 0.0;
	}
}

/* The score of candidate d; when r is not NULL, its components and evidence go there.
 * One function, inlined into the ranking loop and used for the results, so that a result's
 * score is exactly the one it was ranked by (C11 mode: no FMA contraction either way). */
static inline __attribute__((always_inline)) double
components(const struct ctx *x, const struct hot *d, const struct near *nr,
    struct match_result *r)
{
	const struct hot *c = x->c;
	uint64_t gets = c->seek & d->off, gives = c->off & d->seek;
	double v[MC__MAX], sc, t;
	int i;

	/* COMPLEMENT: the share of both sides' (stated or revealed) needs the other meets. */
	v[MC_COMPLEMENT] = (double)(popcount64(gets) + popcount64(gives)) *
	    x->inv[c->nseek + d->nseek];
	/* COMMON: Jaccard of everything each is known to work on. */
	v[MC_COMMON] = (double)popcount64(c->all & d->all) * x->inv[popcount64(c->all | d->all)];
	v[MC_POTENTIAL] = d->pot;
	v[MC_WILLINGNESS] = d->will;
	v[MC_CONTACTS] = nr ? nr->contact : 0.0;
	/* STRUCTURE: size closeness, same admin level, same (known) coast; thirds. */
	t = 0.0;
	if (!isnan(c->log_pop) && !isnan(d->log_pop)) {
		double diff = (double)c->log_pop - d->log_pop;
		t = 1.0 - clamp01((diff < 0 ? -diff : diff) * (1.0 / SIZE_SPAN));
	}
	v[MC_STRUCTURE] = (t + (c->admin == d->admin ? 1.0 : 0.0) +
	    (c->coastal >= 0 && c->coastal == d->coastal ? 1.0 : 0.0)) * (1.0 / 3.0);
	v[MC_NETWORK] = nr ? nr->net : 0.0;
	v[MC_SATURATION] = d->sat;

	/* Written out, not a loop: v[] then lives in registers in the ranking loop. */
	_Static_assert(MC__MAX == 8 && MC_SATURATION == 7, "the sum below names every component");
	sc = x->w[0] * v[0] + x->w[1] * v[1] + x->w[2] * v[2] + x->w[3] * v[3] +
	    x->w[4] * v[4] + x->w[5] * v[5] + x->w[6] * v[6] - x->w[7] * v[7];

	if (r != NULL) {
		r->score = sc;
		for (i = 0; i < MC__MAX; i++) {
			r->value[i] = v[i];
			r->contrib[i] = (i == MC_SATURATION ? -x->w[i] : x->w[i]) * v[i];
		}
		r->shared = c->all & d->all;
		r->gives = gives;
		r->gets = gets;
		r->fallback = (uint8_t)(x->fb | (d->stated ? 0 : MATCH_FB_CANDIDATE));
		r->net_via = nr && nr->net > 0 ? nr->nvia : MATCH_NONE;
		r->net_shared = nr && nr->net > 0 ? nr->nshared : MATCH_NONE;
		r->contact_diaspora = nr && nr->contact > 0 ? nr->diaspora : 0;
		r->contact_via[0] = nr && nr->contact > 0 ? nr->cvia[0] : MATCH_NONE;
		r->contact_via[1] = nr && nr->contact > 0 ? nr->cvia[1] : MATCH_NONE;
	}
	return sc;
}

/* ---- Neighbourhood marks ------------------------------------------------------------- */

static struct near *
touch(struct match_scratch *x, uint32_t i)
{
	uint64_t t = x->tag[i];
	struct near *nr;

	if ((uint32_t)(t >> 32) == x->stamp)
		return &x->near[(uint32_t)t];
	nr = &x->near[x->nnear];
	nr->contact = nr->net = 0.0f;
	nr->cvia[0] = nr->cvia[1] = nr->nvia = nr->nshared = MATCH_NONE;
	nr->peers = 0;
	nr->existing = 0;
	nr->diaspora = 0;
	x->tag[i] = (uint64_t)x->stamp << 32 | x->nnear++;
	return nr;
}

static inline const struct near *
lookup(const struct match_scratch *x, uint32_t i)
{
	uint64_t t = x->tag[i];

	return (uint32_t)(t >> 32) == x->stamp ? &x->near[(uint32_t)t] : NULL;
}

/* The first path found (rows in index order) names the intermediary; a stronger one wins. */
static void
set_contact(struct match_scratch *x, uint32_t i, float v, uint32_t r0, uint32_t r1)
{
	struct near *nr = touch(x, i);

	if (v > nr->contact) {
		nr->contact = v;
		nr->cvia[0] = r0;
		nr->cvia[1] = r1;
		nr->diaspora = 0;
	}
}

static void
set_net(struct match_scratch *x, uint32_t i, float v, uint32_t via)
{
	struct near *nr = touch(x, i);

	if (v > nr->net) {
		nr->net = v;
		nr->nvia = via;
		nr->nshared = MATCH_NONE;
	}
}

/* Collaborative filtering, "cities like yours partnered with...": the cities that share the
 * partner t with the city (its peers) and their other partners.  Each path adds NET_PEER
 * (two paths make 1); the first path names the peer and the shared partner.  *budget bounds
 * the edges visited, so a hub partner cannot make a ranking expensive. */
static void
reach_peers(const struct match_set *s, struct match_scratch *x, uint32_t t, uint32_t city,
    int *budget)
{
	ROW(s, t, e) {
		if (--*budget < 0)
			return;
		if (e->kind != MATCH_E_PARTNERSHIP || e->to == city)
			continue;
		ROW(s, e->to, f) {
			struct near *nr;
			float v;
			if (--*budget < 0)
				return;
			if (f->kind != MATCH_E_PARTNERSHIP || f->to == t)
				continue;
			nr = touch(x, f->to);
			if (nr->peers < UINT16_MAX)
				nr->peers++;
			v = nr->peers * NET_PEER > 1.0f ? 1.0f : nr->peers * NET_PEER;
			if (v > nr->net) {
				if (nr->nshared == MATCH_NONE || nr->net < NET_PEER) {
					nr->nvia = e->to;
					nr->nshared = t;
				}
				nr->net = v;
			}
		}
	}
}

/* Members of y (a region of the other side) are in contact through y. */
static void
reach_members(const struct match_set *s, struct match_scratch *x, uint32_t y, uint32_t r0)
{
	ROW(s, y, g)
		if (g->kind == MATCH_E_MEMBER_OF && !(g->flags & MATCH_EF_UP))
			set_contact(x, g->to, CONTACT_REGION, r0, y);
}

/* Partners and twins of t on the other side are near the city through t. */
static void
reach_ties(const struct match_set *s, struct match_scratch *x, uint32_t t, unsigned side,
    float v, uint32_t city)
{
	ROW(s, t, f)
		if ((f->kind == MATCH_E_PARTNERSHIP || f->kind == MATCH_E_TWINNING) &&
		    f->to != city && s->prof[f->to].side != side)
			set_net(x, f->to, v, t);
}

/* Marks every candidate the city's ties reach within its 2-hop neighbourhood (plus the
 * members of regions at the end of a path): current partners, CONTACTS, NETWORK. */
static void
mark_neighbourhood(const struct match_set *s, struct match_scratch *x, uint32_t city)
{
	unsigned side = s->prof[city].side;
	int budget = PEER_BUDGET;

	if (++x->stamp == 0) {
		memset(x->tag, 0, (size_t)x->n * sizeof(*x->tag));
		x->stamp = 1;
	}
	x->nnear = 0;
	ROW(s, city, e) {
		uint32_t t = e->to;
		switch (e->kind) {
		case MATCH_E_PARTNERSHIP:
			touch(x, t)->existing = 1;
			reach_members(s, x, t, MATCH_NONE);
			reach_ties(s, x, t, side, NET_TIE, city);
			reach_peers(s, x, t, city, &budget);
			break;
		case MATCH_E_CONTACT:
			if (s->prof[t].side == side)
				break;
			set_contact(x, t, CONTACT_DIRECT, MATCH_NONE, MATCH_NONE);
			reach_members(s, x, t, MATCH_NONE);
			break;
		case MATCH_E_DIASPORA:
			/* A community from one city living in the other: a direct contact, named as
			 * such unless organisations are already linked. */
			if (s->prof[t].side != side && touch(x, t)->contact < CONTACT_DIRECT) {
				set_contact(x, t, CONTACT_DIRECT, MATCH_NONE, MATCH_NONE);
				touch(x, t)->diaspora = 1;
			}
			break;
		case MATCH_E_TWINNING:
			reach_ties(s, x, t, side, NET_TIE, city);
			break;
		case MATCH_E_MEMBER_OF:
			if (!(e->flags & MATCH_EF_UP))
				break;
			/* t is the city's region: its ties abroad, and its other members' partners. */
			ROW(s, t, f) {
				if ((f->kind == MATCH_E_PARTNERSHIP || f->kind == MATCH_E_CONTACT) &&
				    s->prof[f->to].side != side) {
					set_contact(x, f->to, CONTACT_REGION, t, MATCH_NONE);
					reach_members(s, x, f->to, t);
				} else if (f->kind == MATCH_E_MEMBER_OF && !(f->flags & MATCH_EF_UP) &&
				    f->to != city) {
					ROW(s, f->to, g)
						if (g->kind == MATCH_E_PARTNERSHIP)
							set_net(x, g->to, NET_REGION, f->to);
				}
			}
			break;
		}
	}
}

/* ---- Ranking ------------------------------------------------------------------------- */

struct match_scratch *
match_scratch_new(const struct match_set *s)
{
	struct match_scratch *x;
	size_t n = s->n ? s->n : 1;

	if (!s->finished || (x = calloc(1, sizeof(*x))) == NULL)
		return NULL;
	x->n = s->n;
	x->stamp = 0;
	if ((x->tag = calloc(n, sizeof(*x->tag))) == NULL ||
	    (x->near = malloc(n * sizeof(*x->near))) == NULL ||
	    (x->heap = malloc(n * sizeof(*x->heap))) == NULL) {
		match_scratch_free(x);
		return NULL;
	}
	return x;
}

void
match_scratch_free(struct match_scratch *x)
{
	if (x == NULL)
		return;
	free(x->tag);
	free(x->near);
	free(x->heap);
	free(x);
}

/* 1 when a ranks below b: lower score, or the same score and a higher index. */
static inline int
worse(const struct slot *a, const struct slot *b)
{
	return a->score < b->score || (a->score == b->score && a->idx > b->idx);
}

static void
sift_down(struct slot *h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		struct slot tmp;
		if (l < n && worse(&h[l], &h[m]))
			m = l;
		if (l + 1 < n && worse(&h[l + 1], &h[m]))
			m = l + 1;
		if (m == i)
			return;
		tmp = h[i];
		h[i] = h[m];
		h[m] = tmp;
		i = m;
	}
}

static void
sift_up(struct slot *h, size_t i)
{
	while (i > 0) {
		size_t p = (i - 1) / 2;
		struct slot tmp;
		if (!worse(&h[i], &h[p]))
			return;
		tmp = h[i];
		h[i] = h[p];
		h[p] = tmp;
		i = p;
	}
}

size_t
match_rank(const struct match_set *s, uint32_t city, const struct match_weights *w,
    const struct match_filter *f, struct match_result *out, size_t k,
    struct match_scratch *scratch)
{
	static const struct match_filter none = { 0, -INFINITY, NULL, NULL };
	struct slot *heap;
	struct ctx x;
	size_t size = 0, j;
	uint32_t i;
	unsigned side;

	if (!s->finished || city >= s->n || scratch == NULL || scratch->n != s->n ||
	    out == NULL || k == 0)
		return 0;
	if (f == NULL)
		f = &none;
	if (k > s->n)
		k = s->n;
	heap = scratch->heap;
	ctx_init(&x, s, city, w);
	mark_neighbourhood(s, scratch, city);
	side = s->prof[city].side;

	for (i = 0; i < s->n; i++) {
		const struct hot *d = &s->hot[i];
		const struct near *nr;
		struct slot c;

		if (d->side == side)
			continue;
		if ((nr = lookup(scratch, i)) != NULL && nr->existing)
			continue;
		if (f->areas != 0 && (d->all & f->areas) == 0)
			continue;
		c.score = components(&x, d, nr, NULL);
		c.idx = i;
		if (c.score < f->min_score || (size == k && !worse(&heap[0], &c)))
			continue;
		/* Last: the predicate may cost more than the test of the heap. */
		if (f->accept != NULL && !f->accept(i, f->arg))
			continue;
		if (size < k) {
			heap[size] = c;
			sift_up(heap, size++);
		} else {
			heap[0] = c;
			sift_down(heap, size, 0);
		}
	}

	/* Pop the worst to the end: out[0] is the best. */
	for (j = size; j > 0; j--) {
		struct slot top = heap[0];
		heap[0] = heap[j - 1];
		sift_down(heap, j - 1, 0);
		out[j - 1].idx = top.idx;
		components(&x, &s->hot[top.idx], lookup(scratch, top.idx), &out[j - 1]);
	}
	return size;
}

size_t
match_existing(const struct match_set *s, uint32_t city, uint32_t *out, size_t max)
{
	size_t n = 0;

	if (!s->finished || city >= s->n)
		return 0;
	ROW(s, city, e)
		if (e->kind == MATCH_E_PARTNERSHIP) {
			if (n < max)
				out[n] = e->to;
			n++;
		}
	return n;
}

/* ---- For the evaluation (match_eval.c) ---------------------------------------------- */

size_t
match_candidates(const struct match_set *s, uint32_t city, struct match_scratch *x,
    uint32_t *idx, double *val, size_t max)
{
	struct match_result r;
	struct ctx c;
	size_t n = 0;
	uint32_t i;
	unsigned side;

	if (!s->finished || city >= s->n || x == NULL || x->n != s->n)
		return 0;
	ctx_init(&c, s, city, NULL);
	mark_neighbourhood(s, x, city);
	side = s->prof[city].side;
	for (i = 0; i < s->n; i++) {
		const struct near *nr;
		if (s->hot[i].side == side || ((nr = lookup(x, i)) != NULL && nr->existing))
			continue;
		if (n < max) {
			components(&c, &s->hot[i], nr, &r);
			idx[n] = i;
			memcpy(val + n * MC__MAX, r.value, sizeof(r.value));
		}
		n++;
	}
	return n;
}

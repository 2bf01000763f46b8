/* match_eval.c: cross-validated evaluation of the matching with bootstrap intervals and
 * simple baselines (match_eval.h; docs/matching.md, "Evaluation"). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "match_eval.h"
#include "match_impl.h"
#include "names.h"

NAMES_TABLE(ranker_names, MATCH_RANKERS);

const char *
match_ranker_name(enum match_ranker r)
{
	return NAME_OF(ranker_names, r, "?");
}

/* ---- Building blocks ------------------------------------------------------------------ */

size_t
match_rank_among(const double *key, size_t n, size_t target)
{
	size_t i, better = 0;

	for (i = 0; i < n; i++)
		if (i != target && (key[i] > key[target] || (key[i] == key[target] && i < target)))
			better++;
	return better + 1;
}

void
match_metrics(const size_t *ranks, const size_t *sample, size_t n, double out[3])
{
	size_t i, r5 = 0, r10 = 0;
	double rr = 0.0;

	for (i = 0; i < n; i++) {
		size_t r = ranks[sample ? sample[i] : i];
		r5 += r <= 5;
		r10 += r <= 10;
		rr += 1.0 / (double)r;
	}
	out[0] = n ? (double)r5 / (double)n : 0.0;
	out[1] = n ? (double)r10 / (double)n : 0.0;
	out[2] = n ? rr / (double)n : 0.0;
}

uint64_t
match_rng_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Uniform in [0, n) (n > 0); the modulo bias is below 2^-40 for the sizes used here. */
static size_t
below(uint64_t *state, size_t n)
{
	return (size_t)(match_rng_next(state) % (uint64_t)n);
}

void
match_folds(size_t n, unsigned k, uint64_t seed, unsigned *fold)
{
	size_t *perm, i;
	uint64_t st = seed;

	if (n == 0 || k == 0)
		return;
	if ((perm = malloc(n * sizeof(*perm))) == NULL) {
		/* No memory for the shuffle: position mod k still splits the pairs. */
		for (i = 0; i < n; i++)
			fold[i] = (unsigned)(i % k);
		return;
	}
	for (i = 0; i < n; i++)
		perm[i] = i;
	for (i = n - 1; i > 0; i--) {   /* Fisher-Yates */
		size_t j = below(&st, i + 1), t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < n; i++)
		fold[perm[i]] = (unsigned)(i % k);
	free(perm);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

enum c2c_err
match_bootstrap(const size_t *a, const size_t *b, size_t n, int metric, unsigned resamples,
    uint64_t seed, struct match_ci *out)
{
	size_t *sample, i, got = 0;
	double *v, ma[3], mb[3];
	uint64_t st = seed;
	unsigned r;

	memset(out, 0, sizeof(*out));
	if (n == 0 || resamples == 0 || metric < 0 || metric > 2)
		return C2C_OK;
	match_metrics(a, NULL, n, ma);
	if (b != NULL) {
		match_metrics(b, NULL, n, mb);
		out->value = mb[metric] > 0 ? ma[metric] / mb[metric] : 0.0;
	} else {
		out->value = ma[metric];
	}
	if ((sample = malloc(n * sizeof(*sample))) == NULL ||
	    (v = malloc(resamples * sizeof(*v))) == NULL) {
		free(sample);
		return C2C_ENOMEM;
	}
	for (r = 0; r < resamples; r++) {
		for (i = 0; i < n; i++)
			sample[i] = below(&st, n);
		match_metrics(a, sample, n, ma);
		if (b == NULL) {
			v[got++] = ma[metric];
			continue;
		}
		match_metrics(b, sample, n, mb);
		if (mb[metric] > 0)
			v[got++] = ma[metric] / mb[metric];
	}
	if (got > 0) {
		size_t lo = (size_t)floor(0.025 * (double)got), hi = (size_t)ceil(0.975 * (double)got);
		qsort(v, got, sizeof(*v), cmp_double);
		out->lo = v[lo];
		out->hi = v[hi > 0 ? hi - 1 : 0];
	}
	free(sample);
	free(v);
	return C2C_OK;
}

/* ---- What leave-one-out sees of each pair -------------------------------------------- */

struct pairs {
	size_t   n;
	size_t  *off;      /* n + 1: pair p's candidates are off[p] .. off[p+1) */
	size_t  *target;   /* the partner's position among them */
	double  *val;      /* MC__MAX per candidate */
	double  *key[MR__MAX];   /* the baselines' keys per candidate (MR_POPULATION ...) */
};

static void
pairs_free(struct pairs *p)
{
	int r;

	free(p->off);
	free(p->target);
	free(p->val);
	for (r = 0; r < MR__MAX; r++)
		free(p->key[r]);
}

/* Population as a key: unknown below every known one. */
static double
pop_key(const struct match_profile *d)
{
	return isnan(d->log_pop) ? 0.0 : 1.0 + d->log_pop / 10.0;   /* known: [1, 2) */
}

/* The hidden partnerships a-b, for every unhidden one with a in Europe, in index order. */
static size_t
count_pairs(const struct match_set *s)
{
	size_t n = 0;
	uint32_t a;

	for (a = 0; a < s->n; a++)
		if (s->prof[a].side == MATCH_EUROPE)
			ROW(s, a, e)
				n += e->kind == MATCH_E_PARTNERSHIP;
	return n;
}

static enum c2c_err
collect(struct match_set *s, struct pairs *p, size_t *ncand)
{
	struct match_scratch *x = NULL;
	uint32_t *idx = NULL, *cnt = NULL, a;
	size_t cap = 0, m, i, np = count_pairs(s), q = 0;
	int r;

	memset(p, 0, sizeof(*p));
	*ncand = 0;
	for (a = 0; a < s->n; a++)
		*ncand += s->prof[a].side == MATCH_CHINA;
	if (np == 0)
		return C2C_EINVAL;
	cap = np * (*ncand ? *ncand : 1);
	/* Budget: the values of every candidate of every pair are kept (MC__MAX doubles and
	 * four keys each); past this many the evaluation would need gigabytes. */
	if (cap > MATCH_EVAL_MAX_CELLS)
		return C2C_ENOMEM;
	p->n = np;
	if ((p->off = calloc(np + 1, sizeof(*p->off))) == NULL ||
	    (p->target = calloc(np, sizeof(*p->target))) == NULL ||
	    (p->val = malloc(cap * MC__MAX * sizeof(*p->val))) == NULL ||
	    (idx = malloc((*ncand ? *ncand : 1) * sizeof(*idx))) == NULL ||
	    (cnt = calloc(s->n, sizeof(*cnt))) == NULL ||
	    (x = match_scratch_new(s)) == NULL)
		goto nomem;
	for (r = MR_POPULATION; r < MR__MAX; r++)
		if ((p->key[r] = malloc(cap * sizeof(*p->key[r]))) == NULL)
			goto nomem;

	for (a = 0; a < s->n; a++) {
		uint32_t j;
		if (s->prof[a].side != MATCH_EUROPE)
			continue;
		for (j = s->off[a]; j < s->off[a + 1]; j++) {
			uint32_t b = s->edge[j].to;
			size_t o = p->off[q];
			if (s->edge[j].kind != MATCH_E_PARTNERSHIP || (s->edge[j].flags & MATCH_EF_HIDDEN))
				continue;
			(void)match_hide_pair(s, a, b);   /* cannot fail: there and unhidden */
			m = match_candidates(s, a, x, idx, p->val + o * MC__MAX, *ncand);
			/* NETWORK baseline: how many of a's twins work with each candidate. */
			ROW(s, a, t)
				if (t->kind == MATCH_E_TWINNING)
					ROW(s, t->to, f)
						if (f->kind == MATCH_E_PARTNERSHIP)
							cnt[f->to]++;
			for (i = 0; i < m; i++) {
				const struct match_profile *d = &s->prof[idx[i]];
				double pk = pop_key(d);
				if (idx[i] == b)
					p->target[q] = i;
				p->key[MR_POPULATION][o + i] = pk;
				p->key[MR_AREAS][o + i] = 4.0 * popcount64(s->hot[a].all & s->hot[idx[i]].all) + pk;
				p->key[MR_POPULARITY][o + i] = d->partners;
				p->key[MR_NETWORK][o + i] = 65536.0 * cnt[idx[i]] + d->partners;
			}
			ROW(s, a, t)
				if (t->kind == MATCH_E_TWINNING)
					ROW(s, t->to, f)
						cnt[f->to] = 0;
			(void)match_unhide_pair(s, a, b);
			p->off[++q] = o + m;
		}
	}
	p->n = q;
	match_scratch_free(x);
	free(idx);
	free(cnt);
	return C2C_OK;
nomem:
	match_scratch_free(x);
	free(idx);
	free(cnt);
	pairs_free(p);
	return C2C_ENOMEM;
}

/* ---- Weights: scoring and fitting ---------------------------------------------------- */

/* b's rank for pair q with weights w: the engine's sum, written in its order. */
static size_t
rank_with(const struct pairs *p, size_t q, const double *w)
{
	size_t i, m = p->off[q + 1] - p->off[q], t = p->target[q], better = 0;
	const double *v = p->val + p->off[q] * MC__MAX;
	double sb = 0.0;

	_Static_assert(MC__MAX == 8 && MC_SATURATION == 7, "the sums below name every component");
#define SCORE(u) (w[0] * (u)[0] + w[1] * (u)[1] + w[2] * (u)[2] + w[3] * (u)[3] + \
	w[4] * (u)[4] + w[5] * (u)[5] + w[6] * (u)[6] - w[7] * (u)[7])
	sb = SCORE(v + t * MC__MAX);
	for (i = 0; i < m; i++) {
		double sc = SCORE(v + i * MC__MAX);
		if (i != t && (sc > sb || (sc == sb && i < t)))
			better++;
	}
#undef SCORE
	return better + 1;
}

static void
to_double(const struct match_weights *mw, double *w)
{
	int c;

	for (c = 0; c < MC__MAX; c++)
		w[c] = mw->w[c] >= 0.0f && mw->w[c] <= 10.0f ? (double)mw->w[c] : 0.0;
}

/* recall@10 + MRR over the pairs whose fold is not `skip` (skip = folds: all pairs). */
static double
objective(const struct pairs *p, const unsigned *fold, unsigned skip, const double *w)
{
	double sum = 0.0;
	size_t q, n = 0;

	for (q = 0; q < p->n; q++) {
		size_t r;
		if (fold[q] == skip)
			continue;
		r = rank_with(p, q, w);
		sum += (r <= 10 ? 1.0 : 0.0) + 1.0 / (double)r;
		n++;
	}
	return n ? sum / (double)n : 0.0;
}

static const double grid[] = { 0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0 };
#define GRID_N  (sizeof(grid) / sizeof(grid[0]))
#define ROUNDS  4

/* Coordinate ascent from start: each weight in turn takes the grid value that best raises
 * the objective on the training pairs (a strict gain only, so the result is deterministic),
 * until a round changes nothing. */
static void
fit(const struct pairs *p, const unsigned *fold, unsigned skip, const double *start,
    struct match_weights *out)
{
	double w[MC__MAX], best;
	int round, c, changed = 1;
	size_t g;

	memcpy(w, start, sizeof(w));
	best = objective(p, fold, skip, w);
	for (round = 0; round < ROUNDS && changed; round++) {
		changed = 0;
		for (c = 0; c < MC__MAX; c++) {
			double keep = w[c], val = keep;
			for (g = 0; g < GRID_N; g++) {
				double o;
				if (grid[g] == keep)
					continue;
				w[c] = grid[g];
				if ((o = objective(p, fold, skip, w)) > best + 1e-12) {
					best = o;
					val = grid[g];
				}
			}
			w[c] = val;
			changed |= val != keep;
		}
	}
	for (c = 0; c < MC__MAX; c++)
		out->w[c] = (float)w[c];
}

/* ---- The evaluation ----------------------------------------------------------------- */

void
match_evaluation_free(struct match_evaluation *e)
{
	int r;

	for (r = 0; r < MR__MAX; r++) {
		free(e->rank[r]);
		e->rank[r] = NULL;
	}
}

enum c2c_err
match_evaluation_run(struct match_set *s, const struct match_weights *given,
    struct match_evaluation *out)
{
	struct match_weights def = match_weights_default();
	struct pairs p;
	unsigned *fold = NULL, f;
	double w0[MC__MAX], w[MC__MAX];
	enum c2c_err rc;
	size_t q;
	int r, k;

	memset(out, 0, sizeof(*out));
	if (!s->finished)
		return C2C_EINVAL;
	if ((rc = collect(s, &p, &out->candidates)) != C2C_OK)
		return rc;
	out->pairs = p.n;
	out->folds = MATCH_EVAL_FOLDS;
	out->resamples = MATCH_EVAL_RESAMPLES;
	out->seed = MATCH_EVAL_SEED;
	rc = C2C_ENOMEM;
	if ((fold = malloc(p.n * sizeof(*fold))) == NULL)
		goto done;
	for (r = 0; r < MR__MAX; r++)
		if ((out->rank[r] = malloc(p.n * sizeof(*out->rank[r]))) == NULL)
			goto done;
	to_double(given ? given : &def, w0);

	/* Baselines and the given weights: nothing to fit. */
	for (q = 0; q < p.n; q++) {
		size_t o = p.off[q], m = p.off[q + 1] - o;
		out->rank[MR_GIVEN][q] = rank_with(&p, q, w0);
		for (r = MR_POPULATION; r < MR__MAX; r++)
			out->rank[r][q] = match_rank_among(p.key[r] + o, m, p.target[q]);
	}
	/* Cross-validation: fold f's ranks come from weights fitted without fold f. */
	match_folds(p.n, MATCH_EVAL_FOLDS, MATCH_EVAL_SEED, fold);
	for (f = 0; f < MATCH_EVAL_FOLDS; f++) {
		fit(&p, fold, f, w0, &out->fold_w[f]);
		to_double(&out->fold_w[f], w);
		for (q = 0; q < p.n; q++)
			if (fold[q] == f)
				out->rank[MR_CV][q] = rank_with(&p, q, w);
	}
	fit(&p, fold, MATCH_EVAL_FOLDS, w0, &out->all_w);

	for (r = 0; r < MR__MAX; r++)
		for (k = 0; k < 3; k++) {
			/* Each figure and ratio on the same seed: paired resamples. */
			if ((rc = match_bootstrap(out->rank[r], NULL, p.n, k, MATCH_EVAL_RESAMPLES,
			    MATCH_EVAL_SEED, &out->m[r][k])) != C2C_OK ||
			    (rc = match_bootstrap(out->rank[MR_CV], out->rank[r], p.n, k,
			    MATCH_EVAL_RESAMPLES, MATCH_EVAL_SEED, &out->ratio[r][k])) != C2C_OK)
				goto done;
		}
	rc = C2C_OK;
done:
	free(fold);
	pairs_free(&p);
	if (rc != C2C_OK)
		match_evaluation_free(out);
	return rc;
}

/* match_eval.h: an honest evaluation of the matching on known Europe-China ties: the
 * engine's ranking with weights chosen by k-fold cross-validation, four simple baselines,
 * and 95% bootstrap intervals (docs/matching.md, "Evaluation").  Pure computation: the
 * caller builds the set (from the database, or from a CSV of twinnings). */
#ifndef C2C_MATCH_EVAL_H
#define C2C_MATCH_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "match.h"
#include "names.h"

/* The rankings compared. */
#define MATCH_RANKERS(X) \
	X(MR_CV, "c2c matching")                  /* weights fitted on the other folds (the held-out figure) */ \
	X(MR_GIVEN, "c2c, given weights")         /* the caller's weights, unfitted (the configuration's) */ \
	X(MR_POPULATION, "population baseline")   /* population alone, unknown last */ \
	X(MR_AREAS, "shared-areas baseline")      /* shared areas (offers|seeks|active), then population */ \
	X(MR_POPULARITY, "popularity baseline")   /* the candidate's number of Europe-China partners, then population */ \
	X(MR_NETWORK, "network baseline")         /* the city's twins that work with the candidate, then popularity */
enum match_ranker { MATCH_RANKERS(ENUM_VALUE) MR__MAX };
const char *match_ranker_name(enum match_ranker r);   /* "population baseline", ... */

/* ---- Building blocks (tests/unit/test_match_eval.c checks them on known inputs) ------ */

/* 1-based rank of key[target] among key[0..n): the number of keys above it, or equal at a
 * lower position, plus one. */
size_t match_rank_among(const double *key, size_t n, size_t target);

/* recall@5, recall@10 and MRR of ranks; over ranks[sample[i]] for i < n when sample is
 * not NULL (a bootstrap resample), else over ranks[0..n). */
void match_metrics(const size_t *ranks, const size_t *sample, size_t n, double out[3]);

/* splitmix64: the evaluation's only source of randomness (a fixed seed: fixed output). */
uint64_t match_rng_next(uint64_t *state);

/* Assigns each of n pairs a fold in [0, k): a seeded shuffle, then position mod k, so
 * that folds differ in size by at most one and each pair is in exactly one. */
void match_folds(size_t n, unsigned k, uint64_t seed, unsigned *fold);

/* A figure with its 95% interval. */
struct match_ci {
	double value, lo, hi;
};

/* Percentile bootstrap: resamples times, draw n pairs with replacement (seeded), take the
 * metric (0 recall@5, 1 recall@10, 2 MRR) of ranks a, or, when b is not NULL, the ratio
 * of a's to b's (resamples where b's is 0 are left out).  The interval is the 2.5th and
 * 97.5th percentiles of the sorted values.  C2C_ENOMEM. */
enum c2c_err match_bootstrap(const size_t *a, const size_t *b, size_t n, int metric,
    unsigned resamples, uint64_t seed, struct match_ci *out);

/* ---- The evaluation ----------------------------------------------------------------- */

#define MATCH_EVAL_FOLDS     5
#define MATCH_EVAL_RESAMPLES 1000
#define MATCH_EVAL_SEED      20261207u
#define MATCH_EVAL_MAX_CELLS (UINT64_C(1) << 24)   /* pairs x candidates kept: ~1.5 GB */

struct match_evaluation {
	size_t              pairs;        /* Europe-China ties evaluated */
	size_t              candidates;   /* cities of the Chinese side */
	unsigned            folds, resamples;
	uint64_t            seed;
	struct match_ci     m[MR__MAX][3];       /* recall@5, recall@10, MRR */
	struct match_ci     ratio[MR__MAX][3];   /* MR_CV's figure over this ranking's */
	struct match_weights fold_w[MATCH_EVAL_FOLDS];   /* fitted on all folds but fold i */
	struct match_weights all_w;      /* fitted on every pair: in-sample, a suggestion only */
	size_t             *rank[MR__MAX];   /* per pair, owned: match_evaluation_free */
};

/* Leave-one-out over every Europe-China partnership of s (a Europe, b China): hides it,
 * notes the component values of every Chinese candidate of a, restores it; then ranks b
 * by each ranking.  MR_CV's weights are fitted by coordinate ascent over a grid of weights
 * (objective: recall@10 + MRR) on the training folds only and applied to the held-out
 * fold.  given NULL: the defaults.  Leaves s as it found it.  C2C_EINVAL when s is not
 * finished or has no pairs, C2C_ENOMEM (also past MATCH_EVAL_MAX_CELLS pairs times
 * candidates).  out is the caller's: match_evaluation_free. */
enum c2c_err match_evaluation_run(struct match_set *s, const struct match_weights *given,
    struct match_evaluation *out);
void match_evaluation_free(struct match_evaluation *e);

#endif

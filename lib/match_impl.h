/* match_impl.h: inside the matching engine only (match.c builds the set, match_rank.c
 * scores and ranks, match_explain.c writes the reasons): the set's layout and the
 * constants of its components.  Not part of libc2c's interface: use match.h. */
#ifndef C2C_MATCH_IMPL_H
#define C2C_MATCH_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "match.h"

/* A tie as added, before match_set_finish turns the list into CSR rows. */
struct pending {
	uint64_t areas;
	uint32_t a, b;
	uint16_t year;
	uint8_t  kind;
};

/* What the ranking loop reads of a city, derived from its profile by match_set_finish and
 * hide/unhide: one 48-byte record instead of a walk over the profile and its branches. */
struct hot {
	uint64_t all;          /* offers | seeks | active */
	uint64_t off, seek;    /* stated offers and seeks, or else both its active areas */
	float    log_pop;
	float    pot, will, sat;   /* POTENTIAL, WILLINGNESS, SATURATION: its own values */
	uint8_t  side, admin;
	int8_t   coastal;
	uint8_t  nseek;        /* popcount(seek) */
	uint8_t  stated;       /* it has offers or seeks (else MATCH_FB_* applies) */
	uint8_t  pad_[3];
};
_Static_assert(sizeof(struct hot) == 48, "struct hot is a 48-byte record");
_Static_assert(sizeof(struct match_profile) == 40, "match.h promises 40-byte profiles");
_Static_assert(sizeof(struct match_edge) == 16, "match.h promises 16-byte edges");

struct match_set {
	struct match_profile *prof;
	struct hot           *hot;         /* n, from finish on */
	uint32_t              n, cap;
	struct pending       *pend;        /* freed by finish */
	size_t                npend, cappend;
	uint32_t             *off;         /* n + 1: row i is edge[off[i] .. off[i+1]) */
	struct match_edge    *edge;
	size_t                nedge;
	int                   finished;
};

/* For the evaluation (match_eval.c): city's candidates as match_rank sees them (the other
 * side, current partners left out), in index order: up to max indices to idx[] and their
 * component values to val[] (MC__MAX each, unweighted).  Returns how many there are. */
struct match_scratch;
size_t match_candidates(const struct match_set *s, uint32_t city, struct match_scratch *x,
    uint32_t *idx, double *val, size_t max);

/* Component constants (docs/matching.md explains each). */
#define MASS_LO       4.0     /* log10 population giving no critical mass: 10,000 */
#define MASS_HI       7.0     /* ... and full critical mass: 10 million */
#define EXPERIENCE    10      /* partnerships that count as full experience (linear up to it) */
#define SIZE_SPAN     2.0     /* log10 difference at which sizes stop being similar (100x) */
#define SAT_LO        6       /* partnerships at which the saturation penalty starts */
#define SAT_HI        12      /* ... and reaches 1 */
#define CONTACT_DIRECT 1.0f   /* organisations of the two cities are linked */
#define CONTACT_REGION 0.5f   /* linked through the region of one or both */
#define NET_TIE       1.0f    /* a twin or partner of the city works with the candidate */
#define NET_REGION    0.5f    /* another member of the city's region works with it */
#define NET_PEER      0.5f    /* per peer path: a city sharing a partner with the city works
                               * with it ("cities like yours"); two or more paths give 1 */
#define PEER_BUDGET   4096    /* edges the peer walk may visit per ranking (bounded cost) */
#define SIMILAR_SIZE  0.75    /* size closeness called "similar" in reasons (about 3x) */

/* Inline so that the ranking loop pays no call; no -mpopcnt is assumed. */
static inline unsigned
popcount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

static inline double
clamp01(double v)
{
	return v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
}

/* for each edge e of city i that leave-one-out has not hidden (CSR row i). */
#define ROW(s, i, e) \
	for (const struct match_edge *e = (s)->edge + (s)->off[i], *e##_end = (s)->edge + (s)->off[(i) + 1]; \
	    e < e##_end; e++) \
		if (!(e->flags & MATCH_EF_HIDDEN))

#endif

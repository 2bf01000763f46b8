/* match.h: the partner-matching engine: ranks cities of the other side as partners for a city.
 *
 * Pure computation over a compact, in-memory copy of what the database knows (no names, no
 * SQL, no I/O): one struct match_profile per city and a graph of typed ties in CSR form.
 * The caller (the loader) builds a struct match_set once per data version:
 *
 *     s = match_set_new();
 *     match_add_profile(s, &p, &idx) ... for every city (indices are 0, 1, 2, ...)
 *     match_add_edge(s, a, b, kind, areas, year) ... for every tie
 *     match_set_finish(s);       (CSR, active areas, partnership counts, regions)
 *
 * then ranks with match_rank, one struct match_scratch per thread.  A finished set is
 * read-only for match_rank, match_existing and match_explain, which may run concurrently;
 * match_hide_pair, match_unhide_pair and match_evaluation_run (match_eval.h) change it and
 * must run alone.
 *
 * The score of a candidate is a weighted sum of components, each in [0,1], that stand for
 * the URBAN-EU-CHINA selection criteria (docs/matching.md has the model):
 * score = sum of w[c] * value[c] over the components, minus w[SATURATION] * value[SATURATION].
 */
#ifndef C2C_MATCH_H
#define C2C_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "err.h"
#include "names.h"

#define MATCH_NONE  UINT32_MAX   /* "no city" as an index */
#define MATCH_AREAS 64           /* cooperation areas: bit i of a mask is area i */

enum match_side { MATCH_EUROPE, MATCH_CHINA };

/* The order of cities.admin_level in sql/001_schema.sql. */
enum match_admin {
	MATCH_ADMIN_CITY, MATCH_ADMIN_METROPOLITAN, MATCH_ADMIN_COUNTY, MATCH_ADMIN_DISTRICT,
	MATCH_ADMIN_REGION, MATCH_ADMIN__MAX
};

/* match_profile.flags */
#define MATCH_F_SEEKS_PARTNER  0x01u   /* cities.seeks_partner */
#define MATCH_F_INTL_STRATEGY  0x02u   /* cities.has_intl_strategy */
#define MATCH_F_PEER_TO_PEER   0x04u   /* cities.wants_peer_to_peer */
#define MATCH_F_JOINT_PROJECT  0x08u   /* cities.wants_joint_project */

/* match_profile.helix: which helix stakeholders (organisations.helix) the city has. */
#define MATCH_H_GOVERNMENT     0x01u
#define MATCH_H_ACADEMIA       0x02u
#define MATCH_H_INDUSTRY       0x04u
#define MATCH_H_CIVIL_SOCIETY  0x08u

/* One city (or region, province, county: anything with a row in cities).  40 bytes. */
struct match_profile {
	uint64_t offers;    /* city_areas with role offers or both */
	uint64_t seeks;     /* city_areas with role seeks or both */
	uint64_t active;    /* derived: union of the areas of its partnership edges */
	float    log_pop;   /* log10(population); NAN when unknown */
	uint32_t region;    /* derived: the region it is member_of (lowest index), or MATCH_NONE */
	uint16_t partners;  /* derived: number of its Europe-China partnership edges */
	uint8_t  side;      /* enum match_side */
	uint8_t  admin;     /* enum match_admin */
	int8_t   coastal;   /* 1, 0, or -1 when unknown */
	uint8_t  flags;     /* MATCH_F_* */
	uint8_t  helix;     /* MATCH_H_* */
	uint8_t  pad_;      /* zero */
};

/* A profile with everything unknown: no areas, NAN population, coastal -1, no region. */
void match_profile_init(struct match_profile *p, enum match_side side, enum match_admin admin);

enum match_edge_kind {
	MATCH_E_PARTNERSHIP,  /* Europe-China partnership; carries its areas and since year */
	MATCH_E_TWINNING,     /* Europe-Europe or China-China twinning (city_ties) */
	MATCH_E_MEMBER_OF,    /* city -> region (city_ties); stored both ways, see MATCH_EF_UP */
	MATCH_E_CONTACT,      /* an organisation link between organisations of the two cities */
	MATCH_E_DIASPORA,     /* a community from one city lives in the other (Bonn's criteria) */
	MATCH_E__MAX
};

#define MATCH_EF_UP      0x01u   /* member_of seen from the member: `to` is its region */
#define MATCH_EF_HIDDEN  0x02u   /* hidden by match_hide_pair: every computation skips it */

/* One direction of a tie, as stored in the CSR rows (16 bytes). */
struct match_edge {
	uint64_t areas;   /* partnership: its areas (partnership_areas); else 0 */
	uint32_t to;
	uint16_t year;    /* since_year; 0 when unknown */
	uint8_t  kind;    /* enum match_edge_kind */
	uint8_t  flags;   /* MATCH_EF_* */
};

struct match_set;

/* An empty set, or NULL when out of memory.  The caller owns it: match_set_free. */
struct match_set *match_set_new(void);
void match_set_free(struct match_set *s);

/* Copies *p in as the next city; *idx (when not NULL) gets its index.  The derived fields
 * of *p are ignored.  C2C_EINVAL after match_set_finish or on a bad side/admin/coastal. */
enum c2c_err match_add_profile(struct match_set *s, const struct match_profile *p, uint32_t *idx);

/* Records a tie between two cities already added.  partnership: the two must be on different
 * sides; twinning and member_of: on the same side (member_of: a is the member, b the region);
 * contact: any two cities.  areas is kept for partnerships only.  Adding the same tie twice
 * merges them (areas united, the earliest known year).  C2C_EINVAL on a bad index, a loop,
 * a bad kind or side, or after match_set_finish; C2C_ENOMEM. */
enum c2c_err match_add_edge(struct match_set *s, uint32_t a, uint32_t b,
    enum match_edge_kind kind, uint64_t areas, uint16_t year);

/* Builds the CSR graph (each row sorted by neighbour) and the derived profile fields.
 * The set is read-only from then on (but for hide/unhide).  C2C_EINVAL when called twice;
 * C2C_ENOMEM (the set is then unfinished, and finishing may be tried again). */
enum c2c_err match_set_finish(struct match_set *s);

/* Read access to a finished set, for the loader, tests and benchmarks.  The pointers stay
 * valid until match_set_free. */
uint32_t match_set_size(const struct match_set *s);
const struct match_profile *match_profile_at(const struct match_set *s, uint32_t i);
const struct match_edge *match_edges_of(const struct match_set *s, uint32_t i, size_t *n);
/* Bytes held by the set's arrays (profiles, their ranking records, offsets, edges). */
size_t match_set_bytes(const struct match_set *s);

/* Leave-one-out: hides the partnership between a and b (either order) and everything
 * derived from it (their active areas and partnership counts), as if it had never been
 * recorded; unhide restores the set bit for bit.  C2C_ENOTFOUND when there is no such
 * partnership, C2C_EINVAL when it is already hidden (hide) or not hidden (unhide). */
enum c2c_err match_hide_pair(struct match_set *s, uint32_t a, uint32_t b);
enum c2c_err match_unhide_pair(struct match_set *s, uint32_t a, uint32_t b);

/* The components of a score; the names are the weight names (w_<name> on the web). */
#define MATCH_COMPONENTS(X) \
	X(MC_COMPLEMENT, "complement")   /* opportunity: it offers what the city seeks and seeks what it offers */ \
	X(MC_COMMON, "common")           /* commonality: Jaccard of their areas */ \
	X(MC_POTENTIAL, "potential")     /* potential, relevant ecosystem: helix, strategy, size, experience */ \
	X(MC_WILLINGNESS, "willingness") /* it seeks a partner, peer-to-peer exchange, a joint project */ \
	X(MC_CONTACTS, "contacts")       /* existing contacts: organisations, or through their regions */ \
	X(MC_STRUCTURE, "structure")     /* structural similarity: size, admin level, coast */ \
	X(MC_NETWORK, "network")         /* partners of partners (twins and partners of the city, its region) */ \
	X(MC_SATURATION, "saturation")   /* penalty: it already has many partnerships (subtracted) */
enum match_component { MATCH_COMPONENTS(ENUM_VALUE) MC__MAX };

/* "complement", "common", ...; "?" out of range. */
const char *match_component_name(enum match_component c);

struct match_weights {
	float w[MC__MAX];   /* each in [0, 10] */
};

/* The defaults of docs/matching.md. */
struct match_weights match_weights_default(void);

/* Sets one weight from text: name is a component name, optionally prefixed "w_"; value is a
 * plain decimal number in [0, 10] ("2", "0.5", ".5"; no sign, exponent, spaces, nan, inf).
 * C2C_EINVAL, w unchanged, on anything else. */
enum c2c_err match_weights_parse(const char *name, const char *value, struct match_weights *w);

/* Which candidates match_rank may return. */
struct match_filter {
	uint64_t areas;       /* the candidate has one of these in offers|seeks|active; 0: any */
	double   min_score;   /* results below are dropped */
	int    (*accept)(uint32_t idx, void *arg);   /* NULL, or nonzero to keep idx */
	void    *arg;
};

/* match_result.fallback: COMPLEMENT used active areas for a side without offers/seeks. */
#define MATCH_FB_CITY       0x01u
#define MATCH_FB_CANDIDATE  0x02u

struct match_result {
	uint32_t idx;                /* the candidate */
	double   score;              /* the sum of contrib[] */
	double   value[MC__MAX];     /* each in [0,1] */
	double   contrib[MC__MAX];   /* w * value; negative for MC_SATURATION */
	/* Evidence, for explanations. */
	uint64_t shared;             /* areas of both (offers|seeks|active each) */
	uint64_t gives;              /* the city offers, the candidate seeks (COMPLEMENT) */
	uint64_t gets;               /* the candidate offers, the city seeks (COMPLEMENT) */
	uint8_t  fallback;           /* MATCH_FB_*: whose offers/seeks were its active areas */
	uint32_t net_via;            /* NETWORK: the city's tie that works with the candidate, or
	                              * (net_shared set) the peer that does */
	uint32_t net_shared;         /* NETWORK by a peer: the partner the peer shares with the
	                              * city; MATCH_NONE for the other paths */
	uint8_t  contact_diaspora;   /* CONTACTS: 1 when the direct contact is a community */
	uint32_t contact_via[2];     /* CONTACTS: region of the city, region of the candidate;
	                              * MATCH_NONE for the city (candidate) itself */
};

/* Per-thread work space of match_rank: marks over all cities and the top-k heap, so that a
 * ranking allocates nothing.  For one set only (its size is checked).  NULL when out of
 * memory or when s is not finished.  The caller owns it: match_scratch_free. */
struct match_scratch;
struct match_scratch *match_scratch_new(const struct match_set *s);
void match_scratch_free(struct match_scratch *x);

/* Ranks every city of the other side but the city's current partners, and writes the best
 * k to out[0..k) (the caller's array), best first (equal scores: lower index first).
 * Allocates nothing: all work space is in scratch.  w NULL: the defaults; f NULL: no
 * filter; f->accept is called for some candidates only and must not depend on the order.
 * Returns how many were written (0 on a bad city, an unfinished set or a scratch of another
 * set).  O(n + k log k) plus the city's neighbourhood; about 2 ms of CPU for 100,000
 * candidates (tests/bench/match_bench.c). */
size_t match_rank(const struct match_set *s, uint32_t city, const struct match_weights *w,
    const struct match_filter *f, struct match_result *out, size_t k,
    struct match_scratch *scratch);

/* The city's current partners (Europe-China partnership edges), in index order: writes up
 * to max to out (the caller's array; NULL when max is 0) and returns how many there are. */
size_t match_existing(const struct match_set *s, uint32_t city, uint32_t *out, size_t max);

/* Names for explanations; zh selects the Chinese name.  Either callback may be NULL or
 * return NULL: the engine then writes a neutral placeholder, never "(null)". */
struct match_names {
	const char *(*city)(uint32_t idx, int zh, void *arg);
	const char *(*area)(int bit, int zh, void *arg);
	void *arg;
};

/* Appends to out the reasons for r (a result of match_rank for city), one sentence per
 * component whose value reaches MATCH_EXPLAIN_MIN and whose weight was not 0, strongest
 * contribution first and SATURATION last, each ending in "\n"; a component with nothing
 * nameable says nothing.
 * lang "zh" (or "zh-..."): Chinese; anything else: English.  C2C_EINVAL on a bad index,
 * C2C_ENOMEM (out then holds a prefix of the text). */
#define MATCH_EXPLAIN_MIN 0.1
enum c2c_err match_explain(const struct match_set *s, uint32_t city, const struct match_result *r,
    const char *lang, const struct match_names *names, struct buf *out);

#endif

/* match.c: the partner-matching engine: profiles, the tie graph, scores, ranking, reasons. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/* What the city's neighbourhood says about one candidate: filled once per ranking. */
struct near {
	float    contact, net;     /* the CONTACTS and NETWORK values */
	uint32_t cvia[2], nvia;
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

static const char *const component_names[] = {
	[MC_COMPLEMENT]  = "complement",
	[MC_COMMON]      = "common",
	[MC_POTENTIAL]   = "potential",
	[MC_WILLINGNESS] = "willingness",
	[MC_CONTACTS]    = "contacts",
	[MC_STRUCTURE]   = "structure",
	[MC_NETWORK]     = "network",
	[MC_SATURATION]  = "saturation",
};
_Static_assert(sizeof(component_names) / sizeof(component_names[0]) == MC__MAX,
    "component_names[] must cover enum match_component");

/* Component constants (docs/matching.md explains each). */
#define MASS_LO       4.0     /* log10 population giving no critical mass: 10,000 */
#define MASS_HI       7.0     /* ... and full critical mass: 10 million */
#define EXPERIENCE    3       /* partnerships that count as full experience */
#define SIZE_SPAN     2.0     /* log10 difference at which sizes stop being similar (100x) */
#define SAT_LO        6       /* partnerships at which the saturation penalty starts */
#define SAT_HI        12      /* ... and reaches 1 */
#define CONTACT_DIRECT 1.0f   /* organisations of the two cities are linked */
#define CONTACT_REGION 0.5f   /* linked through the region of one or both */
#define NET_TIE       1.0f    /* a twin or partner of the city works with the candidate */
#define NET_REGION    0.5f    /* another member of the city's region works with it */
#define SIMILAR_SIZE  0.75    /* size closeness called "similar" in reasons (about 3x) */

const char *
match_component_name(enum match_component c)
{
	return (unsigned)c < MC__MAX ? component_names[c] : "?";
}

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

/* ---- Building ------------------------------------------------------------------------ */

void
match_profile_init(struct match_profile *p, enum match_side side, enum match_admin admin)
{
	memset(p, 0, sizeof(*p));
	p->log_pop = NAN;
	p->region = MATCH_NONE;
	p->side = (uint8_t)side;
	p->admin = (uint8_t)admin;
	p->coastal = -1;
}

struct match_set *
match_set_new(void)
{
	return calloc(1, sizeof(struct match_set));
}

void
match_set_free(struct match_set *s)
{
	if (s == NULL)
		return;
	free(s->prof);
	free(s->hot);
	free(s->pend);
	free(s->off);
	free(s->edge);
	free(s);
}

enum c2c_err
match_add_profile(struct match_set *s, const struct match_profile *p, uint32_t *idx)
{
	struct match_profile *q;

	if (s->finished || p->side > MATCH_CHINA || p->admin >= MATCH_ADMIN__MAX ||
	    p->coastal < -1 || p->coastal > 1 || s->n == MATCH_NONE - 1)
		return C2C_EINVAL;
	if (s->n == s->cap) {
		uint32_t cap = s->cap ? (s->cap > UINT32_MAX / 2 ? MATCH_NONE - 1 : s->cap * 2) : 64;
		struct match_profile *np = realloc(s->prof, (size_t)cap * sizeof(*np));
		if (np == NULL)
			return C2C_ENOMEM;
		s->prof = np;
		s->cap = cap;
	}
	q = &s->prof[s->n];
	*q = *p;
	/* Derived fields are the engine's: the loader cannot make them disagree with the edges. */
	q->active = 0;
	q->region = MATCH_NONE;
	q->partners = 0;
	q->pad_ = 0;
	if (!isfinite(q->log_pop))
		q->log_pop = NAN;
	q->helix &= 0x0f;
	q->flags &= 0x0f;
	if (idx != NULL)
		*idx = s->n;
	s->n++;
	return C2C_OK;
}

enum c2c_err
match_add_edge(struct match_set *s, uint32_t a, uint32_t b, enum match_edge_kind kind,
    uint64_t areas, uint16_t year)
{
	struct pending *e;
	int same;

	if (s->finished || a >= s->n || b >= s->n || a == b || (unsigned)kind >= MATCH_E__MAX)
		return C2C_EINVAL;
	same = s->prof[a].side == s->prof[b].side;
	if ((kind == MATCH_E_PARTNERSHIP && same) ||
	    ((kind == MATCH_E_TWINNING || kind == MATCH_E_MEMBER_OF) && !same))
		return C2C_EINVAL;
	if (s->npend == s->cappend) {
		size_t cap = s->cappend ? s->cappend * 2 : 64;
		struct pending *np;
		/* Two stored directions per tie, counted in uint32_t offsets. */
		if (cap > UINT32_MAX / 2)
			cap = UINT32_MAX / 2;
		if (cap <= s->npend)
			return C2C_ENOMEM;
		if ((np = realloc(s->pend, cap * sizeof(*np))) == NULL)
			return C2C_ENOMEM;
		s->pend = np;
		s->cappend = cap;
	}
	e = &s->pend[s->npend++];
	e->a = a;
	e->b = b;
	e->kind = (uint8_t)kind;
	e->areas = kind == MATCH_E_PARTNERSHIP ? areas : 0;
	e->year = year;
	return C2C_OK;
}

static int
edge_cmp(const void *pa, const void *pb)
{
	const struct match_edge *a = pa, *b = pb;

	if (a->to != b->to)
		return a->to < b->to ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return (a->flags > b->flags) - (a->flags < b->flags);
}

static const float helix_share[16] = {
	0.0f, .25f, .25f, .5f, .25f, .5f, .5f, .75f, .25f, .5f, .5f, .75f, .5f, .75f, .75f, 1.0f
};

/* Recomputes what city i's partnership edges determine: its active areas, its partnership
 * count and its hot record. */
static void
derive(struct match_set *s, uint32_t i)
{
	const struct match_edge *e, *end = s->edge + s->off[i + 1];
	struct match_profile *p = &s->prof[i];
	struct hot *h = &s->hot[i];
	unsigned partners = 0;
	uint64_t active = 0;
	double t;

	for (e = s->edge + s->off[i]; e < end; e++)
		if (e->kind == MATCH_E_PARTNERSHIP && !(e->flags & MATCH_EF_HIDDEN)) {
			active |= e->areas;
			partners++;
		}
	p->active = active;
	p->partners = (uint16_t)(partners > UINT16_MAX ? UINT16_MAX : partners);

	memset(h, 0, sizeof(*h));
	h->all = p->offers | p->seeks | p->active;
	/* Without stated offers or seeks, the areas of its partnerships show what it works on. */
	h->stated = (p->offers | p->seeks) != 0;
	h->off = h->stated ? p->offers : p->active;
	h->seek = h->stated ? p->seeks : p->active;
	h->nseek = (uint8_t)popcount64(h->seek);
	h->log_pop = p->log_pop;
	h->side = p->side;
	h->admin = p->admin;
	h->coastal = p->coastal;

	/* POTENTIAL: helix completeness, strategy, critical mass, experience; equal parts. */
	t = isnan(p->log_pop) ? 0.0 : clamp01((p->log_pop - MASS_LO) / (MASS_HI - MASS_LO));
	h->pot = (float)((helix_share[p->helix & 15] + ((p->flags & MATCH_F_INTL_STRATEGY) ? 1.0 : 0.0) +
	    t + (double)(p->partners < EXPERIENCE ? p->partners : EXPERIENCE) / EXPERIENCE) / 4.0);
	/* WILLINGNESS: it seeks a partner (half), peer-to-peer, a joint project (a quarter each). */
	h->will = (float)(((p->flags & MATCH_F_SEEKS_PARTNER) ? 0.5 : 0.0) +
	    ((p->flags & MATCH_F_PEER_TO_PEER) ? 0.25 : 0.0) +
	    ((p->flags & MATCH_F_JOINT_PROJECT) ? 0.25 : 0.0));
	/* SATURATION: smoothstep from SAT_LO to SAT_HI partnerships. */
	t = clamp01((double)((int)p->partners - SAT_LO) / (SAT_HI - SAT_LO));
	h->sat = (float)(t * t * (3.0 - 2.0 * t));
}

enum c2c_err
match_set_finish(struct match_set *s)
{
	uint32_t *fill, i, w;
	size_t j;

	if (s->finished)
		return C2C_EINVAL;
	if ((s->off = calloc((size_t)s->n + 1, sizeof(*s->off))) == NULL ||
	    (s->hot = malloc(((size_t)s->n ? s->n : 1) * sizeof(*s->hot))) == NULL)
		goto nomem;
	s->nedge = s->npend * 2;
	/* Never NULL, even without edges: rows are pointer ranges into it. */
	if ((s->edge = malloc((s->nedge ? s->nedge : 1) * sizeof(*s->edge))) == NULL)
		goto nomem;
	if ((fill = calloc((size_t)s->n + 1, sizeof(*fill))) == NULL)
		goto nomem;
	for (j = 0; j < s->npend; j++) {
		s->off[s->pend[j].a + 1]++;
		s->off[s->pend[j].b + 1]++;
	}
	for (i = 0; i < s->n; i++)
		s->off[i + 1] += s->off[i];
	for (j = 0; j < s->npend; j++) {
		const struct pending *p = &s->pend[j];
		struct match_edge *ea = &s->edge[s->off[p->a] + fill[p->a]++];
		struct match_edge *eb = &s->edge[s->off[p->b] + fill[p->b]++];
		ea->areas = eb->areas = p->areas;
		ea->year = eb->year = p->year;
		ea->kind = eb->kind = p->kind;
		ea->to = p->b;
		eb->to = p->a;
		ea->flags = p->kind == MATCH_E_MEMBER_OF ? MATCH_EF_UP : 0;
		eb->flags = 0;
	}
	free(fill);

	/* Sort every row by neighbour and merge repeated ties, compacting in place: rows only
	 * shrink, so row i's new start never passes its old one. */
	w = 0;
	for (i = 0; i < s->n; i++) {
		uint32_t from = s->off[i], to = s->off[i + 1], r;
		if (to - from > 1)
			qsort(s->edge + from, to - from, sizeof(*s->edge), edge_cmp);
		s->off[i] = w;
		for (r = from; r < to; r++) {
			struct match_edge *e = &s->edge[r], *last = w > s->off[i] ? &s->edge[w - 1] : NULL;
			if (last != NULL && last->to == e->to && last->kind == e->kind &&
			    last->flags == e->flags) {
				last->areas |= e->areas;
				if (last->year == 0 || (e->year != 0 && e->year < last->year))
					last->year = e->year;
				continue;
			}
			s->edge[w++] = *e;
		}
	}
	s->off[s->n] = w;
	s->nedge = w;
	if (w > 0) {
		struct match_edge *ne = realloc(s->edge, (size_t)w * sizeof(*ne));
		if (ne != NULL)
			s->edge = ne;
	}
	free(s->pend);
	s->pend = NULL;
	s->npend = s->cappend = 0;

	for (i = 0; i < s->n; i++) {
		const struct match_edge *e, *end = s->edge + s->off[i + 1];
		derive(s, i);
		/* Rows are sorted by neighbour: the first region is the lowest index. */
		for (e = s->edge + s->off[i]; e < end; e++)
			if (e->kind == MATCH_E_MEMBER_OF && (e->flags & MATCH_EF_UP)) {
				s->prof[i].region = e->to;
				break;
			}
	}
	s->finished = 1;
	return C2C_OK;

nomem:
	free(s->off);
	free(s->hot);
	free(s->edge);
	s->off = NULL;
	s->hot = NULL;
	s->edge = NULL;
	s->nedge = 0;
	return C2C_ENOMEM;
}

uint32_t
match_set_size(const struct match_set *s)
{
	return s->n;
}

const struct match_profile *
match_profile_at(const struct match_set *s, uint32_t i)
{
	return i < s->n ? &s->prof[i] : NULL;
}

const struct match_edge *
match_edges_of(const struct match_set *s, uint32_t i, size_t *n)
{
	if (!s->finished || i >= s->n) {
		*n = 0;
		return NULL;
	}
	*n = s->off[i + 1] - s->off[i];
	return s->edge + s->off[i];
}

size_t
match_set_bytes(const struct match_set *s)
{
	return (size_t)s->n * (sizeof(*s->prof) + (s->finished ? sizeof(*s->hot) : 0)) +
	    (s->finished ? ((size_t)s->n + 1) * sizeof(*s->off) : 0) +
	    s->nedge * sizeof(*s->edge);
}

/* ---- Leave-one-out ------------------------------------------------------------------- */

static struct match_edge *
find_partnership(struct match_set *s, uint32_t a, uint32_t b)
{
	struct match_edge *e, *end = s->edge + s->off[a + 1];

	for (e = s->edge + s->off[a]; e < end; e++)
		if (e->to == b && e->kind == MATCH_E_PARTNERSHIP)
			return e;
	return NULL;
}

static enum c2c_err
set_hidden(struct match_set *s, uint32_t a, uint32_t b, int hide)
{
	struct match_edge *ab, *ba;

	if (!s->finished || a >= s->n || b >= s->n)
		return C2C_EINVAL;
	if ((ab = find_partnership(s, a, b)) == NULL || (ba = find_partnership(s, b, a)) == NULL)
		return C2C_ENOTFOUND;
	if (!!(ab->flags & MATCH_EF_HIDDEN) == hide)
		return C2C_EINVAL;
	ab->flags ^= MATCH_EF_HIDDEN;
	ba->flags ^= MATCH_EF_HIDDEN;
	/* Derived from the edges alone, so unhiding gives back exactly the old values. */
	derive(s, a);
	derive(s, b);
	return C2C_OK;
}

enum c2c_err
match_hide_pair(struct match_set *s, uint32_t a, uint32_t b)
{
	return set_hidden(s, a, b, 1);
}

enum c2c_err
match_unhide_pair(struct match_set *s, uint32_t a, uint32_t b)
{
	return set_hidden(s, a, b, 0);
}

/* ---- Weights ------------------------------------------------------------------------- */

struct match_weights
match_weights_default(void)
{
	/* docs/matching.md, "Default weights", gives the reasons. */
	struct match_weights w = { {
		[MC_COMPLEMENT]  = 3.0f,
		[MC_COMMON]      = 2.0f,
		[MC_POTENTIAL]   = 3.0f,
		[MC_WILLINGNESS] = 1.0f,
		[MC_CONTACTS]    = 2.0f,
		[MC_STRUCTURE]   = 0.0f,
		[MC_NETWORK]     = 2.0f,
		[MC_SATURATION]  = 1.0f,
	} };
	return w;
}

enum c2c_err
match_weights_parse(const char *name, const char *value, struct match_weights *w)
{
	double v = 0.0, scale = 1.0;
	int c, digits = 0, dot = 0;
	const char *p;

	if (name == NULL || value == NULL || w == NULL)
		return C2C_EINVAL;
	if (strncmp(name, "w_", 2) == 0)
		name += 2;
	for (c = 0; c < MC__MAX; c++)
		if (strcmp(name, component_names[c]) == 0)
			break;
	if (c == MC__MAX || strlen(value) > 16)
		return C2C_EINVAL;
	/* By hand rather than strtod: no locale decimal comma, no exponent, hex, inf or nan. */
	for (p = value; *p != '\0'; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
		} else if (*p >= '0' && *p <= '9') {
			digits++;
			if (dot)
				v += (*p - '0') * (scale /= 10.0);
			else
				v = v * 10.0 + (*p - '0');
		} else {
			return C2C_EINVAL;
		}
	}
	if (digits == 0 || v > 10.0)
		return C2C_EINVAL;
	w->w[c] = (float)v;
	return C2C_OK;
}

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
	nr->cvia[0] = nr->cvia[1] = nr->nvia = MATCH_NONE;
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

#define ROW(s, i, e) \
	for (const struct match_edge *e = (s)->edge + (s)->off[i], *e##_end = (s)->edge + (s)->off[(i) + 1]; \
	    e < e##_end; e++) \
		if (!(e->flags & MATCH_EF_HIDDEN))

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

/* ---- Evaluation ---------------------------------------------------------------------- */

/* b's 1-based rank for city a among its candidates: by score, and by population. */
static void
rank_of(const struct match_set *s, struct match_scratch *scratch, const struct ctx *x,
    uint32_t b, size_t *rank, size_t *base)
{
	const struct hot *pb = &s->hot[b];
	unsigned side = x->c->side;
	double sb;
	size_t better = 0, pbetter = 0;
	uint32_t i;

	sb = components(x, pb, lookup(scratch, b), NULL);
	for (i = 0; i < s->n; i++) {
		const struct hot *d = &s->hot[i];
		const struct near *nr;
		double sc;

		if (d->side == side || i == b)
			continue;
		if ((nr = lookup(scratch, i)) != NULL && nr->existing)
			continue;
		sc = components(x, d, nr, NULL);
		if (sc > sb || (sc == sb && i < b))
			better++;
		/* Population: unknown last, ties by index. */
		if (isnan(pb->log_pop) ? (!isnan(d->log_pop) || i < b) :
		    (!isnan(d->log_pop) && (d->log_pop > pb->log_pop ||
		    (d->log_pop == pb->log_pop && i < b))))
			pbetter++;
	}
	*rank = better + 1;
	*base = pbetter + 1;
}

enum c2c_err
match_evaluate(struct match_set *s, const struct match_weights *w, struct match_eval *out)
{
	struct match_scratch *scratch;
	size_t r5 = 0, r10 = 0, b5 = 0, b10 = 0;
	double rr = 0.0, brr = 0.0;
	uint32_t a;

	memset(out, 0, sizeof(*out));
	if (!s->finished)
		return C2C_EINVAL;
	if ((scratch = match_scratch_new(s)) == NULL)
		return C2C_ENOMEM;
	for (a = 0; a < s->n; a++) {
		uint32_t j;
		if (s->prof[a].side != MATCH_EUROPE)
			continue;
		for (j = s->off[a]; j < s->off[a + 1]; j++) {
			uint32_t b = s->edge[j].to;
			size_t rank, base;
			struct ctx x;
			if (s->edge[j].kind != MATCH_E_PARTNERSHIP || (s->edge[j].flags & MATCH_EF_HIDDEN))
				continue;
			/* Cannot fail: the edge is there and unhidden. */
			(void)match_hide_pair(s, a, b);
			ctx_init(&x, s, a, w);
			mark_neighbourhood(s, scratch, a);
			rank_of(s, scratch, &x, b, &rank, &base);
			(void)match_unhide_pair(s, a, b);
			out->pairs++;
			r5 += rank <= 5;
			r10 += rank <= 10;
			rr += 1.0 / (double)rank;
			b5 += base <= 5;
			b10 += base <= 10;
			brr += 1.0 / (double)base;
		}
	}
	match_scratch_free(scratch);
	if (out->pairs > 0) {
		double n = (double)out->pairs;
		out->recall5 = (double)r5 / n;
		out->recall10 = (double)r10 / n;
		out->mrr = rr / n;
		out->base_recall5 = (double)b5 / n;
		out->base_recall10 = (double)b10 / n;
		out->base_mrr = brr / n;
	}
	return C2C_OK;
}

/* ---- Explanations -------------------------------------------------------------------- */

struct say {
	const struct match_set   *s;
	const struct match_names *names;
	struct buf               *out;
	int                       zh;
	int                       failed;   /* out of memory: stop adding */
};

static void
put(struct say *y, const char *str)
{
	if (!y->failed && buf_puts(y->out, str) < 0)
		y->failed = 1;
}

static void
putf(struct say *y, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
putf(struct say *y, const char *fmt, ...)
{
	va_list ap;

	if (y->failed)
		return;
	va_start(ap, fmt);
	if (buf_vprintf(y->out, fmt, ap) < 0)
		y->failed = 1;
	va_end(ap);
}

static void
city_name(struct say *y, uint32_t idx)
{
	const char *n = NULL;

	if (y->names != NULL && y->names->city != NULL) {
		n = y->names->city(idx, y->zh, y->names->arg);
		if (n == NULL && y->zh)   /* no Chinese name: the English one reads better than none */
			n = y->names->city(idx, 0, y->names->arg);
	}
	if (n != NULL)
		put(y, n);
	else
		putf(y, y->zh ? "城市%u" : "city %u", (unsigned)idx);
}

static void
area_name(struct say *y, int bit)
{
	const char *n = NULL;

	if (y->names != NULL && y->names->area != NULL) {
		n = y->names->area(bit, y->zh, y->names->arg);
		if (n == NULL && y->zh)
			n = y->names->area(bit, 0, y->names->arg);
	}
	if (n != NULL)
		put(y, n);
	else
		putf(y, y->zh ? "领域%d" : "area %d", bit);
}

/* The separator before item i of n in a list: "A, B and C" or "A、B和C". */
static void
list_sep(struct say *y, size_t i, size_t n)
{
	if (i == 0)
		return;
	if (y->zh)
		put(y, i + 1 == n ? "和" : "、");
	else
		put(y, i + 1 == n ? " and " : ", ");
}

#define AREAS_NAMED 4   /* a longer list reads as a wall: name four, count the rest */

static void
area_list(struct say *y, uint64_t mask)
{
	unsigned n = popcount64(mask), shown = n > AREAS_NAMED + 1 ? AREAS_NAMED : n, i = 0;
	int bit;

	for (bit = 0; bit < MATCH_AREAS && i < shown; bit++)
		if (mask & (UINT64_C(1) << bit)) {
			if (shown < n)
				put(y, i == 0 ? "" : y->zh ? "、" : ", ");
			else
				list_sep(y, i, n);
			area_name(y, bit);
			i++;
		}
	if (shown < n)
		putf(y, y->zh ? "等%u个领域" : " and %u more", n - shown);
}

/* Joins static phrases as a list (English) or with Chinese commas. */
static void
phrase_list(struct say *y, const char *const *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (y->zh && i > 0)
			put(y, "，");
		else
			list_sep(y, i, n);
		put(y, p[i]);
	}
}

static const char *const helix_en[] = { "government", "academia", "industry", "civil society" };
static const char *const helix_zh[] = { "政府", "学术界", "产业界", "公民社会" };
static const char *const admin_en[MATCH_ADMIN__MAX] = {
	[MATCH_ADMIN_CITY] = "cities", [MATCH_ADMIN_METROPOLITAN] = "metropolitan areas",
	[MATCH_ADMIN_COUNTY] = "counties", [MATCH_ADMIN_DISTRICT] = "districts",
	[MATCH_ADMIN_REGION] = "regions",
};
static const char *const admin_zh[MATCH_ADMIN__MAX] = {
	[MATCH_ADMIN_CITY] = "城市", [MATCH_ADMIN_METROPOLITAN] = "都市区",
	[MATCH_ADMIN_COUNTY] = "县", [MATCH_ADMIN_DISTRICT] = "区",
	[MATCH_ADMIN_REGION] = "地区",
};

static void
say_common(struct say *y, uint32_t city, const struct match_result *r)
{
	if (r->shared == 0)
		return;
	if (y->zh) {
		put(y, "与");
		city_name(y, city);
		put(y, "共同关注");
		area_list(y, r->shared);
		put(y, "。");
	} else {
		put(y, "Shares ");
		area_list(y, r->shared);
		put(y, " with ");
		city_name(y, city);
		put(y, ".");
	}
}

/* Which wording a side's areas take: stated (offers/seeks) or revealed (partnerships). */
static void
say_complement(struct say *y, uint32_t city, const struct match_result *r)
{
	int cfb = !!(r->fallback & MATCH_FB_CITY), dfb = !!(r->fallback & MATCH_FB_CANDIDATE);
	/* With both sides revealed, gives and gets are the same areas: say it once. */
	uint64_t gives = cfb && dfb ? 0 : r->gives;

	if (r->gets != 0) {
		if (y->zh) {
			put(y, dfb ? "在已有合作中涉及" : "可提供");
			area_list(y, r->gets);
			put(y, "，");
			city_name(y, city);
			put(y, cfb ? (dfb ? "也是如此" : "在已有合作中也涉及这些领域") : "正寻求这些领域的合作");
		} else {
			put(y, dfb ? "Has partnership experience in " : "Offers ");
			area_list(y, r->gets);
			put(y, cfb && dfb ? ", as does " : ", which ");
			city_name(y, city);
			put(y, cfb ? (dfb ? "" : " works on in its partnerships") : " seeks");
		}
	}
	if (gives != 0) {
		if (r->gets != 0)
			put(y, y->zh ? "；" : "; it also ");
		if (y->zh) {
			put(y, dfb ? "在已有合作中涉及" : "寻求");
			area_list(y, gives);
			put(y, "，");
			city_name(y, city);
			put(y, cfb ? "在已有合作中涉及这些领域" : "正可提供");
		} else {
			put(y, r->gets != 0 ? (dfb ? "works on " : "seeks ") : (dfb ? "Works on " : "Seeks "));
			area_list(y, gives);
			put(y, cfb ? ", in which " : ", which ");
			city_name(y, city);
			put(y, cfb ? " has partnership experience" : " offers");
		}
	}
	if (r->gets != 0 || gives != 0)
		put(y, y->zh ? "。" : ".");
}

enum { PART_STRATEGY, PART_HELIX, PART_MASS, PART_EXPERIENCE };

static void
say_potential(struct say *y, const struct match_profile *d)
{
	int part[4];
	size_t n = 0, i;

	if (d->flags & MATCH_F_INTL_STRATEGY)
		part[n++] = PART_STRATEGY;
	if (d->helix != 0)
		part[n++] = PART_HELIX;
	if (!isnan(d->log_pop) && d->log_pop >= 6.0)
		part[n++] = PART_MASS;
	if (d->partners > 0)
		part[n++] = PART_EXPERIENCE;
	if (n == 0)
		return;
	put(y, y->zh ? "具备合作基础：" : "Has ");
	for (i = 0; i < n; i++) {
		if (y->zh && i > 0)
			put(y, "，");
		else
			list_sep(y, i, n);
		switch (part[i]) {
		case PART_STRATEGY:
			put(y, y->zh ? "有国际合作战略" : "an international strategy");
			break;
		case PART_HELIX: {
			unsigned nh = popcount64(d->helix), k = 0;
			int h;
			if (!y->zh)
				put(y, "a local ecosystem of ");
			for (h = 0; h < 4; h++)
				if (d->helix & (1u << h)) {
					if (y->zh)
						put(y, k == 0 ? "" : k + 1 == nh ? "和" : "、");
					else
						put(y, k == 0 ? "" : k + 1 == nh ? " and " : ", ");
					put(y, y->zh ? helix_zh[h] : helix_en[h]);
					k++;
				}
			if (y->zh)
				put(y, "参与其中");
			break;
		}
		case PART_MASS:
			put(y, y->zh ? "人口超过百万" : "over a million inhabitants");
			break;
		case PART_EXPERIENCE:
			if (y->zh)
				putf(y, "已有%u个中欧伙伴关系", (unsigned)d->partners);
			else
				putf(y, "experience from %u Europe-China partnership%s",
				    (unsigned)d->partners, d->partners == 1 ? "" : "s");
			break;
		}
	}
	put(y, y->zh ? "。" : ".");
}

static void
say_willingness(struct say *y, const struct match_profile *d)
{
	const char *p[3];
	size_t n = 0;

	if (d->flags & MATCH_F_SEEKS_PARTNER)
		p[n++] = y->zh ? "正在寻找合作伙伴" : "Is looking for a partner";
	if (d->flags & MATCH_F_PEER_TO_PEER) {
		p[n] = y->zh ? "愿意开展对等交流" : n ? "is open to peer-to-peer exchanges" :
		    "Is open to peer-to-peer exchanges";
		n++;
	}
	if (d->flags & MATCH_F_JOINT_PROJECT) {
		p[n] = y->zh ? "希望开展联合项目" : n ? "wants a joint project" : "Wants a joint project";
		n++;
	}
	if (n == 0)
		return;
	phrase_list(y, p, n);
	put(y, y->zh ? "。" : ".");
}

/* The tie between a and b that is not a member_of, for its kind and year. */
static const struct match_edge *
tie(const struct match_set *s, uint32_t a, uint32_t b)
{
	ROW(s, a, e)
		if (e->to == b && (e->kind == MATCH_E_PARTNERSHIP || e->kind == MATCH_E_TWINNING))
			return e;
	return NULL;
}

static void
say_network(struct say *y, uint32_t city, const struct match_result *r)
{
	const struct match_edge *first = tie(y->s, city, r->net_via), *second;
	uint32_t v = r->net_via;

	if (v == MATCH_NONE || (second = tie(y->s, v, r->idx)) == NULL)
		return;
	city_name(y, v);
	if (y->zh) {
		put(y, first == NULL ? "与" : "是");
		city_name(y, city);
		put(y, first == NULL ? "同属一个地区，" : first->kind == MATCH_E_TWINNING ?
		    "的友好城市，" : "的合作伙伴，");
		if (second->year != 0)
			putf(y, "自%u年起与", (unsigned)second->year);
		else
			put(y, "与");
		city_name(y, r->idx);
		put(y, second->kind == MATCH_E_TWINNING ? (second->year ? "结为友好城市。" : "是友好城市。") :
		    (second->year ? "合作。" : "有合作关系。"));
	} else {
		put(y, first == NULL ? ", in the same region as " : first->kind == MATCH_E_TWINNING ?
		    ", a twin city of " : ", a partner of ");
		city_name(y, city);
		if (second->kind == MATCH_E_TWINNING)
			put(y, second->year ? ", has been twinned with " : ", is twinned with ");
		else
			put(y, second->year ? ", has worked with " : ", works with ");
		city_name(y, r->idx);
		if (second->year != 0)
			putf(y, " since %u", (unsigned)second->year);
		put(y, ".");
	}
}

static void
say_contacts(struct say *y, uint32_t city, const struct match_result *r)
{
	uint32_t rc = r->contact_via[0], rd = r->contact_via[1];

	if (y->zh) {
		city_name(y, city);
		if (rc != MATCH_NONE) {
			put(y, "所在的");
			city_name(y, rc);
		}
		put(y, "与");
		city_name(y, r->idx);
		if (rd != MATCH_NONE) {
			put(y, "所在的");
			city_name(y, rd);
		}
		put(y, rc == MATCH_NONE && rd == MATCH_NONE ? (r->contact_diaspora ?
		    "之间有侨民社群的纽带。" : "的机构之间已有联系。") : "有合作关系。");
		return;
	}
	if (rc == MATCH_NONE && rd == MATCH_NONE && r->contact_diaspora) {
		put(y, "A diaspora community links ");
		city_name(y, city);
		put(y, " and ");
		city_name(y, r->idx);
		put(y, ".");
	} else if (rc == MATCH_NONE && rd == MATCH_NONE) {
		put(y, "Organisations in ");
		city_name(y, city);
		put(y, " and ");
		city_name(y, r->idx);
		put(y, " are already in contact.");
	} else if (rd == MATCH_NONE) {
		city_name(y, rc);
		put(y, ", the region of ");
		city_name(y, city);
		put(y, ", works with ");
		city_name(y, r->idx);
		put(y, ".");
	} else if (rc == MATCH_NONE) {
		city_name(y, city);
		put(y, " works with ");
		city_name(y, rd);
		put(y, ", the region of ");
		city_name(y, r->idx);
		put(y, ".");
	} else {
		city_name(y, rc);
		put(y, " and ");
		city_name(y, rd);
		put(y, ", the regions of ");
		city_name(y, city);
		put(y, " and ");
		city_name(y, r->idx);
		put(y, ", work together.");
	}
}

static void
say_structure(struct say *y, const struct match_profile *c, const struct match_profile *d)
{
	int coast = c->coastal >= 0 && c->coastal == d->coastal, admin = c->admin == d->admin;
	int size = 0;

	if (!isnan(c->log_pop) && !isnan(d->log_pop)) {
		double diff = c->log_pop - d->log_pop;
		size = 1.0 - clamp01((diff < 0 ? -diff : diff) / SIZE_SPAN) >= SIMILAR_SIZE;
	}
	if (!coast && !admin && !size)
		return;
	if (y->zh) {
		put(y, "两者");
		if (admin)
			putf(y, "都是%s%s", coast ? (c->coastal ? "沿海" : "内陆") : "", admin_zh[d->admin]);
		else if (coast)
			put(y, c->coastal ? "都位于沿海" : "都位于内陆");
		if (size)
			put(y, admin || coast ? "，人口规模相近" : "人口规模相近");
		put(y, "。");
		return;
	}
	put(y, "Both are");
	if (coast)
		put(y, c->coastal ? " coastal" : " inland");
	if (admin)
		putf(y, " %s", admin_en[d->admin]);
	if (size)
		put(y, !admin && coast ? " and of similar size" : " of similar size");
	put(y, ".");
}

static void
say_saturation(struct say *y, const struct match_profile *d)
{
	if (y->zh)
		putf(y, "已有%u个中欧伙伴关系，可能难以再投入新的合作。", (unsigned)d->partners);
	else
		putf(y, "Already has %u Europe-China partnerships, which may leave little room "
		    "for a new one.", (unsigned)d->partners);
}

enum c2c_err
match_explain(const struct match_set *s, uint32_t city, const struct match_result *r,
    const char *lang, const struct match_names *names, struct buf *out)
{
	struct say y = { s, names, out, lang != NULL && strncmp(lang, "zh", 2) == 0 &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'), 0 };
	const struct match_profile *c, *d;
	int order[MC__MAX], n = 0, i, j, common = 0;

	if (!s->finished || city >= s->n || r == NULL || r->idx >= s->n ||
	    (r->net_via != MATCH_NONE && r->net_via >= s->n) ||
	    (r->contact_via[0] != MATCH_NONE && r->contact_via[0] >= s->n) ||
	    (r->contact_via[1] != MATCH_NONE && r->contact_via[1] >= s->n))
		return C2C_EINVAL;
	c = &s->prof[city];
	d = &s->prof[r->idx];

	/* Strongest reason first; the penalty last; equal contributions in enum order. */
	for (i = 0; i < MC__MAX; i++) {
		if (!(r->value[i] >= MATCH_EXPLAIN_MIN) || r->contrib[i] == 0.0)
			continue;
		for (j = n; j > 0 && order[j - 1] != MC_SATURATION &&
		    (i == MC_SATURATION ? 0 : r->contrib[i] > r->contrib[order[j - 1]]); j--)
			order[j] = order[j - 1];
		order[j] = i;
		n++;
	}
	for (i = 0; i < n; i++)
		common |= order[i] == MC_COMMON;
	for (i = 0; i < n && !y.failed; i++) {
		size_t start = out->len;
		switch (order[i]) {
		case MC_COMPLEMENT:
			/* Both sides revealed: the same areas as COMMON's sentence, said once. */
			if ((r->fallback & (MATCH_FB_CITY | MATCH_FB_CANDIDATE)) !=
			    (MATCH_FB_CITY | MATCH_FB_CANDIDATE) || !common)
				say_complement(&y, city, r);
			break;
		case MC_COMMON:      say_common(&y, city, r); break;
		case MC_POTENTIAL:   say_potential(&y, d); break;
		case MC_WILLINGNESS: say_willingness(&y, d); break;
		case MC_CONTACTS:    say_contacts(&y, city, r); break;
		case MC_STRUCTURE:   say_structure(&y, c, d); break;
		case MC_NETWORK:     say_network(&y, city, r); break;
		case MC_SATURATION:  say_saturation(&y, d); break;
		}
		if (out->len > start)
			put(&y, "\n");
	}
	return y.failed ? C2C_ENOMEM : C2C_OK;
}

/* match.c: the partner-matching engine's set: profiles, the tie graph and what ranking
 * reads of them (match_impl.h), leave-one-out, weights.  Scoring and ranking:
 * match_rank.c; the reasons in words: match_explain.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "match_impl.h"
#include "names.h"

NAMES_TABLE(component_names, MATCH_COMPONENTS);

const char *
match_component_name(enum match_component c)
{
	return NAME_OF(component_names, c, "?");
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
		[MC_POTENTIAL]   = 5.0f,
		[MC_WILLINGNESS] = 1.0f,
		[MC_CONTACTS]    = 2.0f,
		[MC_STRUCTURE]   = 0.5f,
		[MC_NETWORK]     = 5.0f,
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
	if ((c = NAME_FIND(component_names, name)) < 0 || strlen(value) > 16)
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

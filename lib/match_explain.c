/* match_explain.c: the reasons for a match, in English or Chinese sentences (match.h), their
 * words from the label table (lib/labels.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "labels.h"
#include "match.h"
#include "match_impl.h"

/* ---- Explanations -------------------------------------------------------------------- */

/* Every word is the label table's ("why.*", lib/labels.h): a sentence is a label with its
 * values ({1}: a city, a list of areas...) by position, so that each language orders them
 * as its grammar wants; a list's separators are labels too (English "A, B and C";
 * Chinese joins with an ideographic comma and its word for "and", no spaces). */

#define TMP_N 6   /* the work buffers of one explanation: values being built */

struct say {
	const struct match_set   *s;
	const struct match_names *names;
	struct buf               *out;      /* where put writes: the answer, or a work buffer */
	int                       zh;
	int                       failed;   /* out of memory: stop adding */
	struct buf                tmp[TMP_N];
};

static void
put(struct say *y, const char *str)
{
	if (!y->failed && buf_puts(y->out, str) < 0)
		y->failed = 1;
}

/* The label key in y's language. */
static void
put_label(struct say *y, const char *key)
{
	put(y, label_text(key, y->zh));
}

/* The label key with its values (const char *) in place of {1}, {2}... */
#define put_fmt(y, key, ...) \
	do { \
		if (!(y)->failed && label_fmt((y)->out, (key), (y)->zh, __VA_ARGS__) < 0) \
			(y)->failed = 1; \
	} while (0)

/* Starts writing into work buffer i (emptied); end_tmp returns to the previous place and
 * gives what was written (never NULL). */
static struct buf *
begin_tmp(struct say *y, int i)
{
	struct buf *was = y->out;

	buf_reset(&y->tmp[i]);
	if (!y->failed && buf_puts(&y->tmp[i], "") < 0)   /* data never NULL */
		y->failed = 1;
	y->out = &y->tmp[i];
	return was;
}

static const char *
end_tmp(struct say *y, int i, struct buf *was)
{
	y->out = was;
	return y->tmp[i].data != NULL ? y->tmp[i].data : "";
}

static void
put_number(struct say *y, const char *key, unsigned n)
{
	char num[16];

	snprintf(num, sizeof(num), "%u", n);
	put_fmt(y, key, num);
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
		put_number(y, "why.city", (unsigned)idx);
}

/* The name of city idx in work buffer i. */
static const char *
city_s(struct say *y, int i, uint32_t idx)
{
	struct buf *was = begin_tmp(y, i);

	city_name(y, idx);
	return end_tmp(y, i, was);
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
		put_number(y, "why.area", (unsigned)bit);
}

/* The separator before item i of n in a list ("A, B and C" in English). */
static void
list_sep(struct say *y, size_t i, size_t n)
{
	if (i > 0)
		put_label(y, i + 1 == n ? "why.list.and" : "why.list.sep");
}

#define AREAS_NAMED 4   /* a longer list reads as a wall: name four, count the rest */

/* The areas of mask as a list, in work buffer i. */
static const char *
area_list(struct say *y, int i, uint64_t mask)
{
	unsigned n = popcount64(mask), shown = n > AREAS_NAMED + 1 ? AREAS_NAMED : n, k = 0;
	struct buf *was = begin_tmp(y, i);
	int bit;

	for (bit = 0; bit < MATCH_AREAS && k < shown; bit++)
		if (mask & (UINT64_C(1) << bit)) {
			if (shown < n) {
				if (k > 0)
					put_label(y, "why.list.sep");
			} else {
				list_sep(y, k, n);
			}
			area_name(y, bit);
			k++;
		}
	if (shown < n)
		put_number(y, "why.areas.more", n - shown);
	return end_tmp(y, i, was);
}

/* Joins phrases (label keys) as a list of clauses: "A, B and C" or "A，B，C". */
static void
phrase_list(struct say *y, const char *const *keys, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			put_label(y, i + 1 == n ? "why.phrase.and" : "why.phrase.sep");
		put_label(y, keys[i]);
	}
}

static const char *const helix_key[] = { "why.helix.government", "why.helix.academia",
	"why.helix.industry", "why.helix.civil-society" };
static const char *const admin_key[MATCH_ADMIN__MAX] = {
	[MATCH_ADMIN_CITY] = "why.admin.city", [MATCH_ADMIN_METROPOLITAN] = "why.admin.metropolitan",
	[MATCH_ADMIN_COUNTY] = "why.admin.county", [MATCH_ADMIN_DISTRICT] = "why.admin.district",
	[MATCH_ADMIN_REGION] = "why.admin.region",
};

static void
say_common(struct say *y, uint32_t city, const struct match_result *r)
{
	if (r->shared == 0)
		return;
	put_fmt(y, "why.common", area_list(y, 0, r->shared), city_s(y, 1, city));
}

/* Which wording a side's areas take: stated (offers/seeks) or revealed (partnerships). */
static void
say_complement(struct say *y, uint32_t city, const struct match_result *r)
{
	/* By the fallbacks (city revealed, candidate revealed): 0 neither ... 3 both. */
	static const char *const gets_key[] = { "why.gets.stated", "why.gets.candidate-revealed",
		"why.gets.city-revealed", "why.gets.both-revealed" };
	static const char *const gives_key[][2] = {
		{ "why.gives.stated", "why.gives.stated.also" },
		{ "why.gives.candidate-revealed", "why.gives.candidate-revealed.also" },
		{ "why.gives.city-revealed", "why.gives.city-revealed.also" },
	};
	int cfb = !!(r->fallback & MATCH_FB_CITY), dfb = !!(r->fallback & MATCH_FB_CANDIDATE);
	/* With both sides revealed, gives and gets are the same areas: say it once. */
	uint64_t gives = cfb && dfb ? 0 : r->gives;

	if (r->gets != 0)
		put_fmt(y, gets_key[cfb * 2 + dfb], area_list(y, 0, r->gets), city_s(y, 1, city));
	if (gives != 0)
		put_fmt(y, gives_key[cfb * 2 + dfb][r->gets != 0], area_list(y, 0, gives),
		    city_s(y, 1, city));
	if (r->gets != 0 || gives != 0)
		put_label(y, "why.end");
}

enum { PART_STRATEGY, PART_HELIX, PART_MASS, PART_EXPERIENCE };

static void
say_potential(struct say *y, const struct match_profile *d)
{
	int part[4];
	size_t n = 0, i;
	struct buf *was;
	const char *parts;

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
	was = begin_tmp(y, 0);
	for (i = 0; i < n; i++) {
		if (i > 0)
			put_label(y, i + 1 == n ? "why.phrase.and" : "why.phrase.sep");
		switch (part[i]) {
		case PART_STRATEGY:
			put_label(y, "why.potential.strategy");
			break;
		case PART_HELIX: {
			unsigned nh = popcount64(d->helix), k = 0;
			struct buf *in = begin_tmp(y, 1);
			int h;
			for (h = 0; h < 4; h++)
				if (d->helix & (1u << h)) {
					list_sep(y, k, nh);
					put_label(y, helix_key[h]);
					k++;
				}
			{
				const char *helix = end_tmp(y, 1, in);
				put_fmt(y, "why.potential.helix", helix);
			}
			break;
		}
		case PART_MASS:
			put_label(y, "why.potential.mass");
			break;
		case PART_EXPERIENCE:
			put_number(y, d->partners == 1 ? "why.potential.experience.one" :
			    "why.potential.experience", (unsigned)d->partners);
			break;
		}
	}
	parts = end_tmp(y, 0, was);
	put_fmt(y, "why.potential", parts);
}

static void
say_willingness(struct say *y, const struct match_profile *d)
{
	/* A clause after another starts in lower case (the .next keys). */
	const char *p[3];
	size_t n = 0;

	if (d->flags & MATCH_F_SEEKS_PARTNER)
		p[n++] = "why.will.partner";
	if (d->flags & MATCH_F_PEER_TO_PEER) {
		p[n] = n ? "why.will.peer.next" : "why.will.peer";
		n++;
	}
	if (d->flags & MATCH_F_JOINT_PROJECT) {
		p[n] = n ? "why.will.joint.next" : "why.will.joint";
		n++;
	}
	if (n == 0)
		return;
	phrase_list(y, p, n);
	put_label(y, "why.end");
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

/* NETWORK by collaborative filtering: a city that shares a partner with the city (a peer,
 * "a city like yours") works with the candidate. */
static void
say_peer(struct say *y, uint32_t city, const struct match_result *r,
    const struct match_edge *second)
{
	char year[16];

	snprintf(year, sizeof(year), "%u", (unsigned)second->year);
	put_fmt(y, second->year != 0 ? "why.peer.since" : "why.peer", city_s(y, 0, city),
	    city_s(y, 1, r->idx), city_s(y, 2, r->net_via), city_s(y, 3, r->net_shared), year);
}

static void
say_network(struct say *y, uint32_t city, const struct match_result *r)
{
	const struct match_edge *first = tie(y->s, city, r->net_via), *second;
	uint32_t v = r->net_via;
	char year[16];

	if (v == MATCH_NONE || (second = tie(y->s, v, r->idx)) == NULL)
		return;
	if (r->net_shared != MATCH_NONE) {
		say_peer(y, city, r, second);
		return;
	}
	/* "V, a partner of C," then "has worked with D since Y." */
	put_fmt(y, first == NULL ? "why.net.region" : first->kind == MATCH_E_TWINNING ?
	    "why.net.twin" : "why.net.partner", city_s(y, 0, v), city_s(y, 1, city));
	snprintf(year, sizeof(year), "%u", (unsigned)second->year);
	put_fmt(y, second->kind == MATCH_E_TWINNING ?
	    (second->year ? "why.net.twinned.since" : "why.net.twinned") :
	    (second->year ? "why.net.works.since" : "why.net.works"), city_s(y, 2, r->idx), year);
}

static void
say_contacts(struct say *y, uint32_t city, const struct match_result *r)
{
	uint32_t rc = r->contact_via[0], rd = r->contact_via[1];
	const char *key = rc == MATCH_NONE && rd == MATCH_NONE ?
	    (r->contact_diaspora ? "why.contacts.diaspora" : "why.contacts.orgs") :
	    rd == MATCH_NONE ? "why.contacts.city-region" :
	    rc == MATCH_NONE ? "why.contacts.candidate-region" : "why.contacts.regions";

	/* The city, the candidate, the city's region, the candidate's region. */
	put_fmt(y, key, city_s(y, 0, city), city_s(y, 1, r->idx),
	    rc != MATCH_NONE ? city_s(y, 2, rc) : "", rd != MATCH_NONE ? city_s(y, 3, rd) : "");
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
	put_label(y, "why.structure");
	if (admin)
		put_fmt(y, !coast ? "why.structure.admin" : c->coastal ? "why.structure.coastal-admin" :
		    "why.structure.inland-admin", label_text(admin_key[d->admin], y->zh));
	else if (coast)
		put_label(y, c->coastal ? "why.structure.coastal" : "why.structure.inland");
	if (size)
		put_label(y, admin ? "why.structure.size.after-admin" : coast ?
		    "why.structure.size.after-coast" : "why.structure.size");
	put_label(y, "why.end");
}

static void
say_saturation(struct say *y, const struct match_profile *d)
{
	put_number(y, "why.saturation", (unsigned)d->partners);
}

enum c2c_err
match_explain(const struct match_set *s, uint32_t city, const struct match_result *r,
    const char *lang, const struct match_names *names, struct buf *out)
{
	struct say y = { s, names, out, label_zh(lang), 0, { BUF_INIT } };
	const struct match_profile *c, *d;
	int order[MC__MAX], n = 0, i, j, common = 0;

	if (!s->finished || city >= s->n || r == NULL || r->idx >= s->n ||
	    (r->net_via != MATCH_NONE && r->net_via >= s->n) ||
	    (r->net_shared != MATCH_NONE && r->net_shared >= s->n) ||
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
	for (i = 0; i < TMP_N; i++)
		buf_free(&y.tmp[i]);
	return y.failed ? C2C_ENOMEM : C2C_OK;
}

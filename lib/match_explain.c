/* match_explain.c: the reasons for a match, in English or Chinese sentences (match.h). */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "match.h"
#include "match_impl.h"

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

/* NETWORK by collaborative filtering: a city that shares a partner with the city (a peer,
 * "a city like yours") works with the candidate. */
static void
say_peer(struct say *y, uint32_t city, const struct match_result *r,
    const struct match_edge *second)
{
	if (y->zh) {
		put(y, "与");
		city_name(y, city);
		put(y, "相似的城市选择了");
		city_name(y, r->idx);
		put(y, "：同样与");
		city_name(y, r->net_shared);
		put(y, "合作的");
		city_name(y, r->net_via);
		if (second->year != 0)
			putf(y, "自%u年起与", (unsigned)second->year);
		else
			put(y, "也与");
		city_name(y, r->idx);
		put(y, "合作。");
	} else {
		put(y, "Cities like ");
		city_name(y, city);
		put(y, " chose ");
		city_name(y, r->idx);
		put(y, ": ");
		city_name(y, r->net_via);
		put(y, ", which also works with ");
		city_name(y, r->net_shared);
		put(y, second->year ? ", has worked with " : ", works with ");
		city_name(y, r->idx);
		if (second->year != 0)
			putf(y, " since %u", (unsigned)second->year);
		put(y, ".");
	}
}

static void
say_network(struct say *y, uint32_t city, const struct match_result *r)
{
	const struct match_edge *first = tie(y->s, city, r->net_via), *second;
	uint32_t v = r->net_via;

	if (v == MATCH_NONE || (second = tie(y->s, v, r->idx)) == NULL)
		return;
	if (r->net_shared != MATCH_NONE) {
		say_peer(y, city, r, second);
		return;
	}
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
	return y.failed ? C2C_ENOMEM : C2C_OK;
}

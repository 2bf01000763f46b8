/* c2cctl_match.c: "c2cctl match --evaluate [--twinnings DIR]": the matching's evaluation on
 * the database's partnerships or on a directory of real twinnings (docs/matching.md).
 * The twinnings are read from the directory given, never from a fixed path. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c2cctl.h"
#include "log.h"
#include "match.h"
#include "match_data.h"
#include "match_eval.h"

#define TW_MAX_LINES  200000   /* budget: rows read from one CSV */
#define TW_MAX_FIELD  256      /* budget: bytes of one field */

static const char *const metric_names[3] = { "recall@5", "recall@10", "MRR" };

static void
print_evaluation(const struct match_evaluation *e, const char *ground)
{
	int r, k, c;
	unsigned f;

	printf("ground: %s: %zu Europe-China pairs, %zu Chinese candidates\n", ground, e->pairs,
	    e->candidates);
	printf("method: leave-one-out per pair; c2c's weights by %u-fold cross-validation "
	    "(held-out figures); 95%% intervals: percentile bootstrap over the pairs, %u "
	    "resamples, seed %llu\n", e->folds, e->resamples, (unsigned long long)e->seed);
	printf("%-28s", "");
	for (k = 0; k < 3; k++)
		printf(" %-22s", metric_names[k]);
	printf("\n");
	for (r = 0; r < MR__MAX; r++) {
		printf("%-28s", match_ranker_name((enum match_ranker)r));
		for (k = 0; k < 3; k++)
			printf(" %5.3f [%5.3f, %5.3f]  ", e->m[r][k].value, e->m[r][k].lo, e->m[r][k].hi);
		printf("\n");
	}
	for (r = MR_GIVEN; r < MR__MAX; r++) {
		char label[64];
		snprintf(label, sizeof(label), "ratio to %s", match_ranker_name((enum match_ranker)r));
		printf("%-28s", label);
		for (k = 0; k < 3; k++)
			printf(" %5.2fx [%4.2f, %4.2f]  ", e->ratio[r][k].value, e->ratio[r][k].lo,
			    e->ratio[r][k].hi);
		printf("\n");
	}
	for (f = 0; f <= e->folds; f++) {
		const struct match_weights *w = f < e->folds ? &e->fold_w[f] : &e->all_w;
		if (f < e->folds)
			printf("weights fitted without fold %u:", f + 1);
		else
			printf("weights fitted on all pairs (in-sample):");
		for (c = 0; c < MC__MAX; c++)
			printf(" %s=%g", match_component_name((enum match_component)c), (double)w->w[c]);
		printf("\n");
	}
}

/* ---- Twinnings CSVs ------------------------------------------------------------------- */

struct tw_city {
	char    *name;      /* as the CSV writes it */
	char    *country;   /* "" for Chinese cities */
	uint8_t  side;
	uint32_t idx;       /* in the set */
};

struct tw {
	struct tw_city *c;
	size_t          n, cap;
	struct { size_t a, b; uint8_t kind; } *e;
	size_t          ne, cape;
};

/* Splits one CSV line (RFC 4180 quotes, no embedded newlines) into at most max fields of
 * at most TW_MAX_FIELD bytes each.  Returns the number of fields, or -1 when one is too
 * long or a quote is unbalanced. */
static int
csv_split(const char *line, char f[][TW_MAX_FIELD], int max)
{
	int n = 0;
	const char *p = line;

	for (;;) {
		size_t len = 0;
		int quoted = *p == '"';
		if (n == max)
			return -1;
		if (quoted)
			p++;
		for (;;) {
			if (*p == '\0' || *p == '\n' || *p == '\r') {
				if (quoted)
					return -1;
				break;
			}
			if (quoted && *p == '"') {
				if (p[1] == '"') {
					p++;
				} else {
					p++;
					quoted = 0;
					continue;
				}
			} else if (!quoted && *p == ',') {
				break;
			}
			if (len + 1 >= TW_MAX_FIELD)
				return -1;
			f[n][len++] = *p++;
		}
		f[n++][len] = '\0';
		if (*p != ',')
			return n;
		p++;
	}
}

static int
tw_cmp(const void *pa, const void *pb)
{
	const struct tw_city *a = pa, *b = pb;
	int d;

	if (a->side != b->side)
		return a->side == MATCH_CHINA ? -1 : 1;   /* Chinese first: ties go by name */
	if ((d = strcmp(a->name, b->name)) != 0)
		return d;
	return strcmp(a->country, b->country);
}

/* Records a city (duplicates are merged after sorting); returns its provisional number. */
static long
tw_city(struct tw *t, const char *name, const char *country, uint8_t side)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 1024;
		struct tw_city *c = realloc(t->c, cap * sizeof(*c));
		if (c == NULL)
			return -1;
		t->c = c;
		t->cap = cap;
	}
	if ((t->c[t->n].name = strdup(name)) == NULL ||
	    (t->c[t->n].country = strdup(country)) == NULL) {
		free(t->c[t->n].name);
		return -1;
	}
	t->c[t->n].side = side;
	return (long)t->n++;
}

static int
tw_edge(struct tw *t, long a, long b, uint8_t kind)
{
	if (t->ne == t->cape) {
		size_t cap = t->cape ? 2 * t->cape : 4096;
		void *e = realloc(t->e, cap * sizeof(*t->e));
		if (e == NULL)
			return -1;
		t->e = e;
		t->cape = cap;
	}
	t->e[t->ne].a = (size_t)a;
	t->e[t->ne].b = (size_t)b;
	t->e[t->ne++].kind = kind;
	return 0;
}

/* Reads dir/file; each row gives two cities (columns ca, na and cb, nb: name and country
 * column, country -1 for Chinese cities) and a tie of kind. */
static int
tw_read(struct tw *t, const char *dir, const char *file, int na, int ca, int nb, int cb,
    uint8_t kind)
{
	static char f[8][TW_MAX_FIELD];
	char path[4096], *line = NULL;
	size_t cap = 0, rows = 0;
	FILE *fp;
	int rc = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((fp = fopen(path, "r")) == NULL) {
		log_cli_err("%s: %s\n", path, strerror(errno));
		return -1;
	}
	if (getline(&line, &cap, fp) < 0)   /* the header */
		rc = -1;
	while (rc == 0 && getline(&line, &cap, fp) >= 0) {
		long a, b;
		if (++rows > TW_MAX_LINES || csv_split(line, f, 8) < 8 - (kind == MATCH_E_PARTNERSHIP) ||
		    f[na][0] == '\0' || f[nb][0] == '\0') {
			log_cli_err("%s: row %zu is malformed or over budget\n", path, rows);
			rc = -1;
			break;
		}
		a = tw_city(t, f[na], ca < 0 ? "" : f[ca], ca < 0 ? MATCH_CHINA : MATCH_EUROPE);
		b = tw_city(t, f[nb], cb < 0 ? "" : f[cb], cb < 0 ? MATCH_CHINA : MATCH_EUROPE);
		if (a < 0 || b < 0 || tw_edge(t, a, b, kind) < 0) {
			log_cli_err("out of memory\n");
			rc = -1;
		}
	}
	free(line);
	fclose(fp);
	return rc;
}

/* A name reduced for comparison: the qualifier after " (" or "," cut, ASCII lower case. */
static void
name_key(const char *in, char *out, size_t size)
{
	size_t i = 0;

	for (; *in && i + 1 < size; in++) {
		if (*in == ',' || (*in == ' ' && in[1] == '('))
			break;
		out[i++] = (char)tolower((unsigned char)*in);
	}
	out[i] = '\0';
}

/* A city's reduced name, for telling which names are ambiguous. */
struct tw_key {
	char     k[TW_MAX_FIELD];
	uint8_t  side, ambiguous;
	size_t   i, city;   /* its index in the set; its first row in tw.c */
};

static int
key_cmp(const void *pa, const void *pb)
{
	const struct tw_key *a = pa, *b = pb;

	return a->side != b->side ? (a->side < b->side ? -1 : 1) : strcmp(a->k, b->k);
}

static int
key_idx_cmp(const void *pa, const void *pb)
{
	const struct tw_key *a = pa, *b = pb;

	return a->i < b->i ? -1 : a->i > b->i;
}

/* The database city with this name (English or local) on this side, when exactly one. */
static long
db_city(const struct match_data *d, const char *name, uint8_t side)
{
	char k[TW_MAX_FIELD], en[TW_MAX_FIELD], lo[TW_MAX_FIELD];
	long hit = -1;
	uint32_t i;

	name_key(name, k, sizeof(k));
	for (i = 0; i < d->ncities; i++) {
		if (match_profile_at(d->set, i)->side != side)
			continue;
		name_key(d->cities[i].name_en, en, sizeof(en));
		name_key(d->cities[i].name_local, lo, sizeof(lo));
		if (strcmp(k, en) == 0 || strcmp(k, lo) == 0) {
			if (hit >= 0)
				return -1;   /* ambiguous: take nothing */
			hit = (long)i;
		}
	}
	return hit;
}

static void
tw_free(struct tw *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->c[i].name);
		free(t->c[i].country);
	}
	free(t->c);
	free(t->e);
}

/* Builds the twinnings' set: its cities (Chinese ones first, by name), Europe-China
 * twinnings as partnerships (no areas), Europe-Europe ones as twinnings; a city whose
 * name names exactly one database city of its side (and no other CSV city of that side)
 * takes that city's profile: population, coast, level, flags, helix, offers and seeks. */
static struct match_set *
tw_build(const char *dir, const struct match_data *d, size_t *matched)
{
	struct tw t = { 0 };
	struct match_set *s = NULL;
	struct tw_key *keys = NULL;
	size_t *map = NULL, i, u = 0;

	*matched = 0;
	if (tw_read(&t, dir, "europe-china.csv", 0, 1, 4, -1, MATCH_E_PARTNERSHIP) < 0 ||
	    tw_read(&t, dir, "europe-europe.csv", 0, 1, 4, 5, MATCH_E_TWINNING) < 0)
		goto out;
	/* Sort a copy of the numbering, then merge duplicates: map[provisional] = unique. */
	if ((map = malloc((t.n ? t.n : 1) * sizeof(*map))) == NULL ||
	    (s = match_set_new()) == NULL)
		goto nomem;
	for (i = 0; i < t.n; i++)
		t.c[i].idx = (uint32_t)i;
	qsort(t.c, t.n, sizeof(*t.c), tw_cmp);
	if ((keys = calloc(t.n ? t.n : 1, sizeof(*keys))) == NULL)
		goto nomem;
	for (i = 0; i < t.n; i++) {
		if (i > 0 && tw_cmp(&t.c[i - 1], &t.c[i]) == 0) {
			map[t.c[i].idx] = u - 1;
			continue;
		}
		map[t.c[i].idx] = u;
		name_key(t.c[i].name, keys[u].k, sizeof(keys[u].k));
		keys[u].side = t.c[i].side;
		keys[u].i = u;
		keys[u].city = i;
		u++;
	}
	/* A reduced name that two CSV cities of one side share ("Suzhou, Jiangsu" and "Suzhou,
	 * Anhui") names neither. */
	qsort(keys, u, sizeof(*keys), key_cmp);
	for (i = 0; i < u; i++)
		keys[i].ambiguous = (i > 0 && key_cmp(&keys[i - 1], &keys[i]) == 0) ||
		    (i + 1 < u && key_cmp(&keys[i + 1], &keys[i]) == 0);
	qsort(keys, u, sizeof(*keys), key_idx_cmp);
	for (i = 0; i < u; i++) {
		const struct tw_city *c = &t.c[keys[i].city];
		struct match_profile p;
		long db = keys[i].ambiguous ? -1 : db_city(d, c->name, c->side);

		match_profile_init(&p, c->side, MATCH_ADMIN_CITY);
		if (db >= 0) {
			const struct match_profile *q = match_profile_at(d->set, (uint32_t)db);
			p.log_pop = q->log_pop;
			p.coastal = q->coastal;
			p.admin = q->admin;
			p.flags = q->flags;
			p.helix = q->helix;
			p.offers = q->offers;
			p.seeks = q->seeks;
			(*matched)++;
		}
		if (match_add_profile(s, &p, NULL) != C2C_OK)
			goto nomem;
	}
	for (i = 0; i < t.ne; i++) {
		uint32_t a = (uint32_t)map[t.e[i].a], b = (uint32_t)map[t.e[i].b];
		enum c2c_err rc;
		if (a == b)
			continue;   /* a city twinned with itself: a data error, not a tie */
		if ((rc = match_add_edge(s, a, b, t.e[i].kind, 0, 0)) == C2C_ENOMEM)
			goto nomem;
	}
	if (match_set_finish(s) != C2C_OK)
		goto nomem;
	goto out;
nomem:
	log_cli_err("out of memory\n");
	match_set_free(s);
	s = NULL;
out:
	free(keys);
	free(map);
	tw_free(&t);
	return s;
}

int
cmd_match_evaluate(struct match_data *d, const struct c2c_cfg *cfg, const char *twinnings)
{
	struct match_evaluation e;
	struct match_set *s = d->set, *own = NULL;
	enum c2c_err rc;
	char ground[256];
	size_t matched = 0;

	if (twinnings != NULL) {
		if ((own = tw_build(twinnings, d, &matched)) == NULL)
			return 1;
		s = own;
		snprintf(ground, sizeof(ground), "twinnings of %s (%u cities, %zu named as in the "
		    "database)", twinnings, match_set_size(own), matched);
	} else {
		snprintf(ground, sizeof(ground), "the database's partnerships (%u cities)",
		    d->ncities);
	}
	if ((rc = match_evaluation_run(s, &cfg->match_weights, &e)) != C2C_OK) {
		log_cli_err("evaluation: %s\n", rc == C2C_EINVAL ? "no Europe-China pairs to "
		    "evaluate" : c2c_strerror(rc));
		match_set_free(own);
		return 1;
	}
	print_evaluation(&e, ground);
	match_evaluation_free(&e);
	match_set_free(own);
	return 0;
}

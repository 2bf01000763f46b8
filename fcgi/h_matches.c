/* h_matches.c: "/cities/{slug}/matches", the ranked and explained partner suggestions of a
 * city.  The profiles are loaded once per data version and shared by the workers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "log.h"
#include "match_data.h"
#include "model.h"
#include "xml.h"

#define MATCHES_DEFAULT 20

/* The profiles of the current data version, read-locked; NULL on failure (*rc set).
 * The caller releases with match_release. */
static struct match_data *
match_acquire(struct c2c_req *req, enum c2c_err *rc)
{
	struct match_shared *m = req->w->matches;
	struct match_data *fresh = NULL;

	*rc = C2C_OK;
	pthread_rwlock_rdlock(&m->lock);
	if (m->data != NULL && m->data->version == req->version)
		return m->data;
	pthread_rwlock_unlock(&m->lock);

	/* Load outside the lock: other workers keep ranking on the old profiles meanwhile. */
	if ((*rc = match_data_load(req->w->db, req->version, &fresh)) != C2C_OK) {
		if (*rc == C2C_EINVAL) {   /* data the engine cannot hold: not the client's fault */
			log_err("matching: more than %d cooperation areas", MATCH_AREAS);
			*rc = C2C_ECONFIG;
		}
		return NULL;
	}
	pthread_rwlock_wrlock(&m->lock);
	if (m->data == NULL || m->data->version < fresh->version) {
		match_data_free(m->data);
		m->data = fresh;
		fresh = NULL;
	}
	pthread_rwlock_unlock(&m->lock);
	match_data_free(fresh);   /* another worker was quicker */
	pthread_rwlock_rdlock(&m->lock);
	return m->data;
}

static void
match_release(struct c2c_req *req)
{
	pthread_rwlock_unlock(&req->w->matches->lock);
}

struct country_filter {
	const struct match_data *d;
	const char              *country;
};

static int
same_country(uint32_t idx, void *arg)
{
	const struct country_filter *f = arg;

	return strcmp(f->d->cities[idx].country, f->country) == 0;
}

/* <slug-bearing element> with the city's names. */
static xmlNodePtr
add_city(xmlNodePtr parent, const char *elem, const struct match_data *d, uint32_t i)
{
	const struct match_city *c = &d->cities[i];
	xmlNodePtr n = xml_add(parent, elem), x;

	if (n == NULL || xml_set_attr(n, "slug", c->slug) < 0 || xml_set_attr(n, "country", c->country) < 0 ||
	    (x = xml_add_text(n, "name", c->name_en)) == NULL || xml_set_lang(x, "en") < 0 ||
	    xml_add_text(n, "local-name", c->name_local) == NULL ||
	    (c->name_zh && ((x = xml_add_text(n, "name", c->name_zh)) == NULL || xml_set_lang(x, "zh") < 0)))
		return NULL;
	return n;
}

/* Adds each line of text as <reason xml:lang="lang">. */
static int
add_reasons(xmlNodePtr m, const char *text, const char *lang)
{
	const char *p = text;

	while (p != NULL && *p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		xmlNodePtr r;
		if (len > 0 && ((r = xml_add_textn(m, "reason", p, len)) == NULL || xml_set_lang(r, lang) < 0))
			return -1;
		p = nl ? nl + 1 : NULL;
	}
	return 0;
}

static int
set_double(xmlNodePtr n, const char *name, double v)
{
	char s[32];

	snprintf(s, sizeof(s), "%.4f", v + 0.0);   /* + 0.0: no "-0.0000" */
	return xml_set_attr(n, name, s);
}

enum c2c_err
h_matches(struct c2c_req *req, xmlNodePtr root)
{
	const struct params *p = &req->params;
	struct match_weights w = req->w->cfg->match_weights;
	struct match_filter f = { 0, 0, NULL, NULL };
	struct country_filter cf;
	struct match_result *res = NULL;
	uint32_t existing[256];
	struct buf en = BUF_INIT, zh = BUF_INIT;
	struct match_data *d;
	size_t n, k, i;
	long city;
	int c;
	enum c2c_err rc;
	xmlNodePtr x;

	/* Weights from the request, over the configured ones (validated by the parser). */
	for (c = 0; c < MC__MAX; c++) {
		enum param_id id = (enum param_id)(P_W_COMPLEMENT + c);
		if (p->v[id].set && match_weights_parse(match_component_name((enum match_component)c),
		    p->v[id].str, &w) != C2C_OK) {
			req->bad_param = param_name(id);
			snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter '%s' is not a valid weight",
			    param_name(id));
			return C2C_EINVAL;
		}
	}
	if ((d = match_acquire(req, &rc)) == NULL)
		return rc;
	if ((city = match_data_city(d, req->route.arg)) < 0) {
		rc = C2C_ENOTFOUND;
		goto out;
	}
	if (p->v[P_AREA].set) {
		int bit = match_data_area(d, p->v[P_AREA].str);
		if (bit < 0) {
			req->bad_param = "area";
			snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter 'area': no area '%s'",
			    p->v[P_AREA].str);
			rc = C2C_EINVAL;
			goto out;
		}
		f.areas = (uint64_t)1 << bit;
	}
	if (p->v[P_COUNTRY].set) {
		cf.d = d;
		cf.country = p->v[P_COUNTRY].str;
		f.accept = same_country;
		f.arg = &cf;
	}
	f.min_score = p->v[P_MIN_SCORE].set ? p->v[P_MIN_SCORE].real : 0;
	k = p->v[P_LIMIT].set ? (size_t)p->v[P_LIMIT].num : MATCHES_DEFAULT;
	if ((res = calloc(k, sizeof(*res))) == NULL) {
		rc = C2C_ENOMEM;
		goto out;
	}
	/* The worker's scratch belongs to one set: make a new one when the set changed. */
	if (req->w->scratch_for != d->set) {
		match_scratch_free(req->w->scratch);
		req->w->scratch = match_scratch_new(d->set);
		req->w->scratch_for = req->w->scratch ? d->set : NULL;
		if (req->w->scratch == NULL) {
			rc = C2C_ENOMEM;
			goto out;
		}
	}
	n = match_rank(d->set, (uint32_t)city, &w, &f, res, k, req->w->scratch);

	rc = C2C_ENOMEM;
	if (add_city(root, "city", d, (uint32_t)city) == NULL || (x = xml_add(root, "weights")) == NULL)
		goto out;
	for (c = 0; c < MC__MAX; c++)
		if (set_double(x, match_component_name((enum match_component)c), w.w[c]) < 0)
			goto out;
	if ((x = xml_add(root, "existing")) == NULL)
		goto out;
	k = match_existing(d->set, (uint32_t)city, existing, sizeof(existing) / sizeof(existing[0]));
	for (i = 0; i < k; i++)
		if (add_city(x, "partner", d, existing[i]) == NULL)
			goto out;
	if (xml_set_attr_int(root, "count", (long long)n) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		struct match_names names = match_data_namer(d);
		xmlNodePtr m = add_city(root, "match", d, res[i].idx), comp;
		if (m == NULL || xml_set_attr_int(m, "rank", (long long)i + 1) < 0 ||
		    set_double(m, "score", res[i].score) < 0)
			goto out;
		for (c = 0; c < MC__MAX; c++)
			if ((comp = xml_add(m, "component")) == NULL ||
			    xml_set_attr(comp, "name", match_component_name((enum match_component)c)) < 0 ||
			    set_double(comp, "value", res[i].value[c]) < 0 ||
			    set_double(comp, "contribution", res[i].contrib[c]) < 0)
				goto out;
		buf_reset(&en);
		buf_reset(&zh);
		if (match_explain(d->set, (uint32_t)city, &res[i], "en", &names, &en) != C2C_OK ||
		    match_explain(d->set, (uint32_t)city, &res[i], "zh", &names, &zh) != C2C_OK ||
		    add_reasons(m, en.data, "en") < 0 || add_reasons(m, zh.data, "zh") < 0)
			goto out;
	}
	rc = C2C_OK;
out:
	match_release(req);
	free(res);
	buf_free(&en);
	buf_free(&zh);
	/* The filter form offers the areas. */
	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

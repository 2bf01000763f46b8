/* feed_practices.c: the practices library as an Atom feed (feed_practices.h), in the
 * form of lib/feed.c's entries: ids under the site's tag prefix, absolute links, an
 * xhtml summary with one paragraph per language, categories for step, area and factors. */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "feed_practices.h"
#include "labels.h"
#include "link.h"
#include "model.h"
#include "rowxml.h"
#include "xml.h"

#define ATOM_NS  "http://www.w3.org/2005/Atom"

static int
add_category(xmlNodePtr entry, const char *scheme, const char *term, const char *label)
{
	xmlNodePtr c = xml_add(entry, "category");

	return c == NULL || xml_set_attr(c, "term", term) < 0 || xml_set_attr(c, "scheme", scheme) < 0 ||
	    (label && xml_set_attr(c, "label", label) < 0) ? -1 : 0;
}

/* One category per slug of the space-separated list s. */
static int
add_categories(xmlNodePtr entry, const char *scheme, const char *s)
{
	char term[80];

	while (s != NULL && *(s += strspn(s, " ")) != '\0') {
		size_t n = strcspn(s, " ");
		snprintf(term, sizeof(term), "%.*s", (int)n, s);
		if (add_category(entry, scheme, term, NULL) < 0)
			return -1;
		s += n;
	}
	return 0;
}

/* The text of column name in row i, or NULL. */
static const char *
cell(const struct db_rows *r, size_t i, const char *name)
{
	int c = db_col(r, name);

	return c >= 0 ? db_cell(r, i, (size_t)c) : NULL;
}

static int
add_entry(xmlNodePtr feed, const struct feed_ctx *ctx, const struct db_rows *r, size_t i)
{
	int zh = strcmp(ctx->lang, "zh") == 0;
	const char *ten = cell(r, i, "title@en"), *tzh = cell(r, i, "title@zh");
	const char *id = cell(r, i, "@id"), *step = cell(r, i, "step/@slug"), *area = cell(r, i, "@area");
	struct buf b = BUF_INIT;
	xmlNodePtr e, au;
	int rc = -1;

	if ((e = xml_add(feed, "entry")) == NULL ||
	    buf_printf(&b, "%spractice:%s", ctx->id_prefix, id) < 0 || !xml_add_text(e, "id", b.data) ||
	    !xml_add_text(e, "title", zh && tzh ? tzh : ten) ||
	    !xml_add_text(e, "updated", cell(r, i, "_updated")) ||
	    !xml_add_text(e, "published", cell(r, i, "_published")))
		goto out;
	buf_reset(&b);
	if (buf_printf(&b, "%s%s/practices/%s", ctx->origin, ctx->base, id) < 0 ||
	    feed_add_link(e, "alternate", "text/html", b.data) < 0 ||
	    feed_add_summary(e, cell(r, i, "summary@en"), cell(r, i, "summary@zh")) < 0 ||
	    (step && add_category(e, "urn:c2c:step", step,
	    cell(r, i, zh ? "step/name@zh" : "step/name@en")) < 0) ||
	    (area && add_category(e, "urn:c2c:area", area, NULL) < 0) ||
	    add_categories(e, "urn:c2c:factor", cell(r, i, "factors")) < 0 ||
	    add_categories(e, "urn:c2c:city", cell(r, i, "cities")) < 0 ||
	    (au = xml_add(e, "author")) == NULL || !xml_add_text(au, "name", ctx->site))
		goto out;
	rc = 0;
out:
	buf_free(&b);
	return rc;
}

enum c2c_err
feed_practices_write(struct db *db, const struct feed_ctx *ctx, struct buf *out)
{
	static const char newest_sql[] =
	    "SELECT DATE_FORMAT(MAX(updated_at), '%Y-%m-%dT%H:%i:%sZ') FROM practices";
	struct db_rows r = { 0, 0, NULL, NULL }, nr = { 0, 0, NULL, NULL };
	struct buf u = BUF_INIT, idv = BUF_INIT;
	xmlDocPtr doc = NULL;
	xmlNodePtr feed, au, gen;
	const char *updated;
	struct params q;
	size_t i;
	enum c2c_err rc;

	if ((rc = model_practice_feed(db, ctx->params, ctx->page_size, &r)) != C2C_OK)
		return rc;
	/* The feed's time: its newest entry's, else the library's newest change (so that an
	 * empty filtered feed still has one, and it does not move with the clock). */
	if ((rc = db_query(db, newest_sql, NULL, 0, &nr)) != C2C_OK)
		goto out;
	rc = C2C_ENOMEM;
	updated = r.nrows > 0 ? cell(&r, 0, "_updated") : nr.nrows > 0 ? db_cell(&nr, 0, 0) : NULL;
	if (updated == NULL)
		updated = "2019-12-31T00:00:00Z";
	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (feed = xmlNewDocNode(doc, NULL, BAD_CAST "feed", NULL)) == NULL)
		goto out;
	xmlDocSetRootElement(doc, feed);
	xmlSetNs(feed, xmlNewNs(feed, BAD_CAST ATOM_NS, NULL));
	xml_set_lang(feed, ctx->lang);
	/* The id names the filters, never the mount point nor the language. */
	q = *ctx->params;
	q.v[P_LANG].set = 0;
	if (link_list(&u, "", "/feeds/practices", REPR_ATOM, &q, ctx->param_mask, NULL) < 0 ||
	    buf_printf(&idv, "%s%s", ctx->id_prefix, u.data + 1) < 0 ||
	    !xml_add_text(feed, "id", idv.data))
		goto out;
	buf_reset(&u);
	if (buf_printf(&u, "%s: %s", ctx->site, label_text("atom.title.practices",
	    strcmp(ctx->lang, "zh") == 0)) < 0 || !xml_add_text(feed, "title", u.data) ||
	    !xml_add_text(feed, "updated", updated) ||
	    (au = xml_add(feed, "author")) == NULL || !xml_add_text(au, "name", ctx->site) ||
	    (gen = xml_add_text(feed, "generator", "c2c")) == NULL ||
	    xml_set_attr(gen, "version", C2C_VERSION) < 0)
		goto out;
	buf_reset(&u);
	if (buf_puts(&u, ctx->origin) < 0 ||
	    link_list(&u, ctx->base, "/feeds/practices", REPR_ATOM, ctx->params, ctx->param_mask, NULL) < 0 ||
	    feed_add_link(feed, "self", "application/atom+xml", u.data) < 0)
		goto out;
	buf_reset(&u);
	if (buf_puts(&u, ctx->origin) < 0 ||
	    link_list(&u, ctx->base, "/practices", REPR_HTML, ctx->params, ctx->param_mask, NULL) < 0 ||
	    feed_add_link(feed, "alternate", "text/html", u.data) < 0)
		goto out;
	for (i = 0; i < r.nrows; i++)
		if (add_entry(feed, ctx, &r, i) < 0)
			goto out;
	rc = xml_serialize(doc, out);
out:
	xmlFreeDoc(doc);
	db_rows_free(&r);
	db_rows_free(&nr);
	buf_free(&u);
	buf_free(&idv);
	return rc;
}

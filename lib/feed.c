/* feed.c: Atom feeds from the publication journal (see feed.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "feed.h"
#include "labels.h"
#include "link.h"
#include "log.h"
#include "model.h"
#include "url.h"
#include "xml.h"

#define ATOM_NS  "http://www.w3.org/2005/Atom"
#define AT_NS    "http://purl.org/atompub/tombstones/1.0"
#define FH_NS    "http://purl.org/syndication/history/1.0"
#define XHTML_NS "http://www.w3.org/1999/xhtml"
#define ATOM_TIME "'%Y-%m-%dT%H:%i:%sZ'"

/* The journal of each feed, filtered by the filters of its pages.  item_kind (implied by
 * the feed) lets a selective filter (a city, a source) start from its events and reach
 * their rows by feed_log_item, rather than walk the journal until enough rows match. */
#define PJ_FROM \
	"FROM feed_log l LEFT JOIN agreements g ON l.item_kind = 'agreement' AND g.id = l.item_id " \
	"JOIN partnerships p ON p.id = IF(l.item_kind = 'partnership', l.item_id, g.partnership_id) " \
	"JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id " \
	"WHERE l.feed = 'partnerships' AND " PARTNERSHIP_WHERE
#define EJ_FROM \
	"FROM feed_log l JOIN events e ON e.id = l.item_id AND l.item_kind = 'event' " \
	"LEFT JOIN cities ci ON ci.id = e.city_id " \
	"WHERE l.feed = 'events' AND " EVENT_WHERE
#define ROW_COLUMNS \
	"SELECT l.seq, l.item_kind, l.item_id, DATE_FORMAT(l.at, " ATOM_TIME "), l.deleted, l.entry_xml, " \
	"l.feed_rank "
#define RANK_NONE 4000000000000000000LL   /* above every rank: "the newest rows" */

/* The label of a partnership's or agreement's kind (the label table, "atom.kind.<code>";
 * lib/labels.h): its own words in a feed, e.g. "Sister-city partnership". */
static const char *
label(const char *code, int zh)
{
	char key[80];
	const char *s = NULL;

	if (code != NULL && (size_t)snprintf(key, sizeof(key), "atom.kind.%s", code) < sizeof(key))
		s = label_find(key, zh);
	return s != NULL ? s : label_text("atom.kind.other", zh);
}

/* The filter parameters of the journal query of kind, in the order of PJ_FROM/EJ_FROM. */
#define PARAMS_MAX 24
static size_t
journal_params(enum feed_kind kind, const struct params *p, struct db_param *a)
{
	if (kind == FEED_PARTNERSHIPS) {
		struct db_param f[] = { PARTNERSHIP_FILTER_PARAMS(p) };
		memcpy(a, f, sizeof(f));
		return sizeof(f) / sizeof(f[0]);
	} else {
		/* No start floor: the journal's cost is its length whatever the filters. */
		struct db_param f[] = { EVENT_FILTER_PARAMS(p, p->v[P_FROM].str, NULL) };
		memcpy(a, f, sizeof(f));
		return sizeof(f) / sizeof(f[0]);
	}
}

/* 1 when a filter of the feed's pages is set (page and lang are not filters). */
static int
filtered(enum feed_kind kind, const struct params *p)
{
	static const enum param_id pf[] = { P_CITY, P_SIDE, P_COUNTRY, P_AREA, P_KIND, P_STATUS };
	static const enum param_id ef[] = { P_CITY, P_PARTNERSHIP, P_SIDE, P_COUNTRY, P_AREA,
		P_FROM, P_TO, P_SOURCE };
	const enum param_id *f = kind == FEED_PARTNERSHIPS ? pf : ef;
	size_t i, n = kind == FEED_PARTNERSHIPS ? sizeof(pf) / sizeof(pf[0]) : sizeof(ef) / sizeof(ef[0]);

	for (i = 0; i < n; i++)
		if (p->v[f[i]].set)
			return 1;
	return 0;
}

static const char *
feed_name(enum feed_kind kind)
{
	return kind == FEED_PARTNERSHIPS ? "partnerships" : "events";
}

enum c2c_err
feed_state(struct db *db, enum feed_kind kind, const struct params *p, struct feed_state *st)
{
	/* The newest row by the rank index; the newest time by feed_log_at (rows need not
	 * come in time order: an item's time is its own updated_at). */
	static const char sql[] =
	    "SELECT l.feed_rank, l.seq, "
	    "(SELECT COALESCE(UNIX_TIMESTAMP(MAX(m.at)), 0) FROM feed_log m WHERE m.feed = ?) "
	    "FROM feed_log l WHERE l.feed = ? ORDER BY l.feed_rank DESC LIMIT 1";
	struct db_param a[] = { DBP_S(feed_name(kind)), DBP_S(feed_name(kind)) };
	struct db_rows r;
	enum c2c_err rc;

	memset(st, 0, sizeof(*st));
	if (filtered(kind, p)) {
		st->filtered = 1;
		return C2C_OK;
	}
	if ((rc = db_query(db, sql, a, 2, &r)) != C2C_OK)
		return rc;
	if (r.nrows > 0) {
		st->count = db_cell_ll(&r, 0, 0, 0);
		st->max_seq = db_cell_ll(&r, 0, 1, 0);
		st->modified = db_cell_ll(&r, 0, 2, 0);
	}
	db_rows_free(&r);
	return C2C_OK;
}

/* ---- entries ------------------------------------------------------------------------ */

int
feed_add_summary(xmlNodePtr entry, const char *en, const char *zh)
{
	xmlNodePtr s = xmlNewChild(entry, entry->ns, BAD_CAST "summary", NULL), div, pn;
	xmlNsPtr xns;

	if (s == NULL || xmlSetProp(s, BAD_CAST "type", BAD_CAST "xhtml") == NULL ||
	    (div = xmlNewChild(s, NULL, BAD_CAST "div", NULL)) == NULL ||
	    (xns = xmlNewNs(div, BAD_CAST XHTML_NS, NULL)) == NULL)
		return -1;
	xmlSetNs(div, xns);
	if (en && *en && ((pn = xml_add_text(div, "p", en)) == NULL || xml_set_lang(pn, "en") < 0))
		return -1;
	if (zh && *zh && ((pn = xml_add_text(div, "p", zh)) == NULL || xml_set_lang(pn, "zh") < 0))
		return -1;
	return 0;
}

int
feed_add_link(xmlNodePtr entry, const char *rel, const char *type, const char *href)
{
	xmlNodePtr l = xml_add(entry, "link");

	return l == NULL || xml_set_attr(l, "rel", rel) < 0 || (type && xml_set_attr(l, "type", type) < 0) ||
	    xml_set_attr(l, "href", href) < 0 ? -1 : 0;
}

/* <category term="slug" label="English name"/> for each area row (slug, en, zh). */
static int
add_categories(xmlNodePtr entry, struct db *db, const char *sql, long long id)
{
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	size_t i;
	int rc = 0;

	if (db_query(db, sql, a, 1, &r) != C2C_OK)
		return -1;
	for (i = 0; rc == 0 && i < r.nrows; i++) {
		xmlNodePtr c = xml_add(entry, "category");
		if (c == NULL || xml_set_attr(c, "term", db_cell(&r, i, 0)) < 0 ||
		    xml_set_attr(c, "label", db_cell(&r, i, 1)) < 0)
			rc = -1;
	}
	db_rows_free(&r);
	return rc;
}

static const char *
nz(const char *s)
{
	return s ? s : "";
}

/* Fills entry with what the journal row (kind, id) publishes; 1 when the item is gone. */
static int
fill_entry(struct db *db, xmlNodePtr entry, const char *kind,
    long long id, struct buf *url)
{
	static const char sql_p[] =
	    "SELECT p.kind, p.since_year, p.notes, DATE_FORMAT(p.created_at, " ATOM_TIME "), "
	    "e.name_en, COALESCE(e.name_zh, e.name_local), ce.name_en, ce.name_zh, "
	    "c.name_en, COALESCE(c.name_zh, c.name_local), cc.name_en, cc.name_zh, p.id "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN countries ce ON ce.code = e.country_code JOIN cities c ON c.id = p.china_city_id "
	    "JOIN countries cc ON cc.code = c.country_code WHERE p.id = ?";
	static const char sql_g[] =
	    "SELECT g.kind, " "CASE g.signed_precision WHEN 'year' THEN DATE_FORMAT(g.signed_on, '%Y') "
	    "  WHEN 'month' THEN DATE_FORMAT(g.signed_on, '%Y-%m') ELSE DATE_FORMAT(g.signed_on, '%Y-%m-%d') END, "
	    "g.notes, DATE_FORMAT(g.created_at, " ATOM_TIME "), "
	    "e.name_en, COALESCE(e.name_zh, e.name_local), ce.name_en, ce.name_zh, "
	    "c.name_en, COALESCE(c.name_zh, c.name_local), cc.name_en, cc.name_zh, p.id, g.title "
	    "FROM agreements g JOIN partnerships p ON p.id = g.partnership_id "
	    "JOIN cities e ON e.id = p.europe_city_id JOIN countries ce ON ce.code = e.country_code "
	    "JOIN cities c ON c.id = p.china_city_id JOIN countries cc ON cc.code = c.country_code "
	    "WHERE g.id = ?";
	static const char sql_e[] =
	    "SELECT e.title, e.status, IF(e.all_day, DATE_FORMAT(e.starts_at, '%Y-%m-%d'), "
	    "  DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i UTC')), "
	    "IF(e.all_day, DATE_FORMAT(e.ends_at, '%Y-%m-%d'), DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i UTC')), "
	    "e.location, e.organiser, e.notes, DATE_FORMAT(e.first_seen_at, " ATOM_TIME "), e.url, "
	    "e.description, COALESCE(cs.name, " URL_PUBLIC_SQL("cs.url") "), " URL_PUBLIC_SQL("cs.url") " "
	    "FROM events e LEFT JOIN calendar_sources cs ON cs.id = e.source_id WHERE e.id = ?";
	static const char areas_p[] =
	    "SELECT a.slug, a.name_en, a.name_zh FROM partnership_areas pa JOIN areas a ON a.id = pa.area_id "
	    "WHERE pa.partnership_id = ? ORDER BY a.slug";
	static const char areas_e[] =
	    "SELECT a.slug, a.name_en, a.name_zh FROM event_areas ea JOIN areas a ON a.id = ea.area_id "
	    "WHERE ea.event_id = ? ORDER BY a.slug";
	int is_p = strcmp(kind, "partnership") == 0, is_g = strcmp(kind, "agreement") == 0;
	struct db_param a[] = { DBP_I(id) };
	struct buf en = BUF_INIT, zh = BUF_INIT, title = BUF_INIT;
	struct db_rows r;
	const char *published;
	long long link_id;
	int rc = -1;

	if (db_query(db, is_p ? sql_p : is_g ? sql_g : sql_e, a, 1, &r) != C2C_OK)
		return -1;
	if (r.nrows == 0) {
		db_rows_free(&r);
		return 1;
	}
#define C(i) db_cell(&r, 0, i)
	if (is_p || is_g) {
		/* Both: names of the pair in both scripts, countries in both languages. */
		buf_printf(&title, "%s %s – %s %s", C(4), nz(C(5)), C(8), nz(C(9)));
		if (is_p) {
			/* Each language its own names; the English alone carries the description. */
			label_fmt(&en, "atom.p.summary", 0, label(C(0), 0), C(4), C(6), C(8), C(10));
			if (C(1))
				label_fmt(&en, "atom.p.since", 0, C(1));
			buf_puts(&en, label_text("atom.p.end", 0));
			buf_printf(&en, "%s%s", C(2) ? " " : "", nz(C(2)));
			label_fmt(&zh, "atom.p.summary", 1, label(C(0), 1), nz(C(5)), C(7), nz(C(9)), C(11));
			if (C(1))
				label_fmt(&zh, "atom.p.since", 1, C(1));
			buf_puts(&zh, label_text("atom.p.end", 1));
		} else {
			buf_printf(&title, ": %s", C(13));
			label_fmt(&en, "atom.a.summary", 0, label(C(0), 0),
			    C(1) ? C(1) : label_text("atom.a.no-date", 0), nz(C(2)), C(4), C(8));
			label_fmt(&zh, "atom.a.summary", 1, label(C(0), 1),
			    C(1) ? C(1) : label_text("atom.a.no-date", 1), nz(C(2)), nz(C(5)), nz(C(9)));
		}
		published = C(3);
		link_id = strtoll(C(12), NULL, 10);
		buf_printf(url, "/partnerships/%lld", link_id);
	} else {
		int cancelled = C(1) && strcmp(C(1), "cancelled") == 0;
		/* The title and the when, where and who in English; the Chinese summary says
		 * only where the event came from and whether it is cancelled. */
		if (cancelled)
			label_fmt(&title, "atom.e.cancelled-title", 0, C(0));
		else
			buf_puts(&title, nz(C(0)));
		if (C(3) && strcmp(C(2), C(3)))
			label_fmt(&en, "atom.e.span", 0, C(2), C(3));
		else
			buf_puts(&en, C(2));
		if (C(4))
			label_fmt(&en, "atom.e.where", 0, C(4));
		buf_puts(&en, label_text("atom.p.end", 0));
		if (C(5))
			label_fmt(&en, "atom.e.by", 0, C(5));
		if (C(9))
			buf_printf(&en, " %s", C(9));
		else if (C(6))
			buf_printf(&en, " %s", C(6));
		if (C(10)) {   /* imported: say from which calendar */
			label_fmt(&en, "atom.e.calendar", 0, C(10));
			label_fmt(&zh, "atom.e.calendar", 1, C(10));
		}
		if (cancelled)
			buf_puts(&zh, label_text("atom.e.cancelled", 1));
		published = C(7);
		link_id = id;
		buf_printf(url, "/events/%lld", id);
	}
	if (title.data == NULL || en.data == NULL ||
	    !xml_add_text(entry, "title", title.data) || !xml_add_text(entry, "published", published) ||
	    feed_add_link(entry, "alternate", "text/html", url->data) < 0 ||
	    feed_add_summary(entry, en.data, zh.data) < 0 ||
	    (!is_p && !is_g && C(8) && feed_add_link(entry, "related", NULL, C(8)) < 0) ||
	    /* The calendar's site only: its path may be a secret (URL_PUBLIC_SQL). */
	    (!is_p && !is_g && C(11) && feed_add_link(entry, "via", NULL, C(11)) < 0) ||
	    add_categories(entry, db, is_p || is_g ? areas_p : areas_e, is_p || is_g ? link_id : id) < 0)
		goto out;
#undef C
	rc = 0;
out:
	db_rows_free(&r);
	buf_free(&en);
	buf_free(&zh);
	buf_free(&title);
	return rc;
}

/* Kept entries link to "/partnerships/12": the mount point and host are the request's,
 * added here, so a kept entry stays right when the site moves. */
static int
absolute_links(xmlNodePtr entry, const struct feed_ctx *ctx)
{
	xmlNodePtr c;

	for (c = entry->children; c != NULL; c = c->next) {
		xmlChar *href;
		struct buf u = BUF_INIT;
		int rc = 0;
		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "link") != 0 ||
		    (href = xmlGetProp(c, BAD_CAST "href")) == NULL)
			continue;
		if (href[0] == '/')
			rc = buf_printf(&u, "%s%s%s", ctx->origin, ctx->base, (const char *)href) < 0 ||
			    xml_set_attr(c, "href", u.data) < 0 ? -1 : 0;
		xmlFree(href);
		buf_free(&u);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* Renders the entry of a journal row as text (malloc'd in *xml), or NULL with rc 1 when
 * the item no longer exists. */
static enum c2c_err
render_entry(struct db *db, const struct feed_ctx *ctx, const char *kind, long long id,
    const char *at, char **xml)
{
	struct buf url = BUF_INIT, idv = BUF_INIT;
	xmlDocPtr doc;
	xmlNodePtr e, au;
	int f;
	enum c2c_err rc = C2C_ENOMEM;

	*xml = NULL;
	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL)
		return C2C_ENOMEM;
	if ((e = xmlNewDocNode(doc, NULL, BAD_CAST "entry", NULL)) == NULL)
		goto out;
	xmlDocSetRootElement(doc, e);
	xmlSetNs(e, xmlNewNs(e, BAD_CAST ATOM_NS, NULL));
	if (buf_printf(&idv, "%s%s:%lld", ctx->id_prefix, kind, id) < 0 ||
	    !xml_add_text(e, "id", idv.data) || !xml_add_text(e, "updated", at))
		goto out;
	if ((f = fill_entry(db, e, kind, id, &url)) != 0) {
		rc = f > 0 ? C2C_ENOTFOUND : C2C_EDB;
		goto out;
	}
	if ((au = xml_add(e, "author")) == NULL || !xml_add_text(au, "name", ctx->site))
		goto out;
	if ((*xml = xml_node_string(doc, e)) == NULL)
		goto out;
	rc = C2C_OK;
out:
	xmlFreeDoc(doc);
	buf_free(&url);
	buf_free(&idv);
	return rc;
}

/* The entry of a journal row: its kept rendering, or a new one that is then kept. */
static enum c2c_err
row_entry(struct db *db, const struct feed_ctx *ctx, const struct db_rows *r, size_t i,
    char **xml)
{
	static const char keep[] =
	    "UPDATE feed_log SET entry_xml = ? WHERE seq = ? AND entry_xml IS NULL";
	enum c2c_err rc;

	if (db_cell(r, i, 5) != NULL)
		return (*xml = strdup(db_cell(r, i, 5))) ? C2C_OK : C2C_ENOMEM;
	rc = render_entry(db, ctx, db_cell(r, i, 1), db_cell_ll(r, i, 2, 0),
	    db_cell(r, i, 3), xml);
	if (rc == C2C_OK) {
		struct db_param a[] = { DBP_S(*xml), DBP_I(db_cell_ll(r, i, 0, 0)) };
		/* Failing to keep it costs a re-render next time, not this answer. */
		if (db_exec(db, keep, sizeof(keep) - 1, a, 2, NULL) != C2C_OK)
			log_warn("feed_log %s: %s", db_cell(r, i, 0), db_error(db));
	}
	return rc;
}

/* ---- the feed document ------------------------------------------------------------- */

/* origin + the URL of this feed with page set to `page` (0: the subscription document). */
static int
feed_url(struct buf *out, const struct feed_ctx *ctx, enum repr repr, const char *path,
    unsigned mask, long long page)
{
	struct params q = *ctx->params;   /* shallow: only pointers are read */
	char num[24];

	q.v[P_PAGE].set = page > 0;
	snprintf(num, sizeof(num), "%lld", page);
	q.v[P_PAGE].str = page > 0 ? num : NULL;
	return buf_puts(out, ctx->origin) < 0 ||
	    link_list(out, ctx->base, path, repr, &q, mask, NULL) < 0 ? -1 : 0;
}

static int
add_feed_link(xmlNodePtr feed, const struct feed_ctx *ctx, const char *rel, long long page)
{
	struct buf u = BUF_INIT;
	const char *path = ctx->kind == FEED_PARTNERSHIPS ? "/feeds/partnerships" : "/feeds/events";
	int rc = feed_url(&u, ctx, REPR_ATOM, path, ctx->param_mask, page) < 0 ||
	    feed_add_link(feed, rel, "application/atom+xml", u.data) < 0 ? -1 : 0;

	buf_free(&u);
	return rc;
}

enum c2c_err
feed_write(struct db *db, const struct feed_ctx *ctx, const struct feed_state *st, struct buf *out)
{
	/* Unfiltered: a range of ranks.  Filtered: the newest matching rows below a rank,
	 * one more than a page to tell whether older ones exist (newest first), and the
	 * rank that starts the newer page (the (n+1)-th matching row from this page's). */
	static const char urows[] = ROW_COLUMNS
	    "FROM feed_log l WHERE l.feed = ? AND l.feed_rank BETWEEN ? AND ? ORDER BY l.feed_rank";
	static const char prows[] = ROW_COLUMNS PJ_FROM "AND l.feed_rank < ? ORDER BY l.feed_rank DESC LIMIT ?";
	static const char erows[] = ROW_COLUMNS EJ_FROM "AND l.feed_rank < ? ORDER BY l.feed_rank DESC LIMIT ?";
	static const char pnewer[] = "SELECT l.feed_rank " PJ_FROM
	    "AND l.feed_rank >= ? ORDER BY l.feed_rank LIMIT 1 OFFSET ?";
	static const char enewer[] = "SELECT l.feed_rank " EJ_FROM
	    "AND l.feed_rank >= ? ORDER BY l.feed_rank LIMIT 1 OFFSET ?";
	const struct params *p = ctx->params;
	long long n = ctx->page_size, archives = st->count > 0 ? (st->count - 1) / n : 0;
	long long page = p->v[P_PAGE].set ? p->v[P_PAGE].num : 0;
	long long older = 0, newer = 0;   /* the pages of prev-archive and next-archive, 0: none */
	int zh = strcmp(ctx->lang, "zh") == 0, is_p = ctx->kind == FEED_PARTNERSHIPS;
	struct db_param a[PARAMS_MAX + 3];
	struct buf idv = BUF_INIT, u = BUF_INIT, t = BUF_INIT;
	const char *newest = NULL;
	struct db_rows r = { 0, 0, NULL, NULL };
	xmlDocPtr doc = NULL;
	xmlNodePtr feed, au, gen;
	size_t np, i, shown;
	enum c2c_err rc = C2C_ENOMEM;

	if (!st->filtered) {
		/* Archive k: ranks (k-1)n+1..kn.  Subscription: everything after the last archive. */
		long long lo = page > 0 ? (page - 1) * n + 1 : archives * n + 1;
		if (page > archives)
			return C2C_ENOTFOUND;
		a[0] = DBP_S(feed_name(ctx->kind));
		a[1] = DBP_I(lo);
		a[2] = DBP_I(lo + n - 1);
		if ((rc = db_query(db, urows, a, 3, &r)) != C2C_OK)
			return rc;
		shown = r.nrows;
		older = page > 0 ? page - 1 : archives;
		newer = page > 0 && page < archives ? page + 1 : 0;
	} else {
		np = journal_params(ctx->kind, p, a);
		a[np++] = DBP_I(page > 0 ? page : RANK_NONE);
		a[np++] = DBP_I(n + 1);
		if ((rc = db_query(db, is_p ? prows : erows, a, np, &r)) != C2C_OK)
			return rc;
		if (page > 0 && r.nrows == 0) {
			db_rows_free(&r);
			return C2C_ENOTFOUND;
		}
		shown = r.nrows > (size_t)n ? (size_t)n : r.nrows;
		if (r.nrows > (size_t)n)
			older = db_cell_ll(&r, shown - 1, 6, 0);
		if (page > 0) {
			struct db_rows q;
			np = journal_params(ctx->kind, p, a);
			a[np++] = DBP_I(db_cell_ll(&r, shown - 1, 6, 0));
			a[np++] = DBP_I(n);
			if ((rc = db_query(db, is_p ? pnewer : enewer, a, np, &q)) != C2C_OK)
				goto out;
			newer = q.nrows > 0 ? db_cell_ll(&q, 0, 0, 0) : 0;
			db_rows_free(&q);
		}
	}
	rc = C2C_ENOMEM;
	/* Row i of the page in journal order: a filtered feed's rows come newest first. */
#define ROW(i) (st->filtered ? shown - 1 - (i) : (i))

	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (feed = xmlNewDocNode(doc, NULL, BAD_CAST "feed", NULL)) == NULL)
		goto out;
	xmlDocSetRootElement(doc, feed);
	xmlSetNs(feed, xmlNewNs(feed, BAD_CAST ATOM_NS, NULL));
	xmlNewNs(feed, BAD_CAST AT_NS, BAD_CAST "at");
	xmlNewNs(feed, BAD_CAST FH_NS, BAD_CAST "fh");
	xml_set_lang(feed, ctx->lang);

	/* The feed's id names its filters, never its mount point nor its page. */
	{
		struct params q = *p;
		q.v[P_PAGE].set = 0;
		q.v[P_LANG].set = 0;
		if (buf_puts(&idv, ctx->id_prefix) < 0 ||
		    link_list(&u, "", is_p ? "/feeds/partnerships" : "/feeds/events", REPR_ATOM, &q,
		    ctx->param_mask, NULL) < 0 || buf_puts(&idv, u.data + 1) < 0)
			goto out;
		buf_reset(&u);
	}
	for (i = 0; i < shown; i++)
		newest = db_cell(&r, ROW(i), 3);   /* the newest row's time */
	if (newest == NULL) {
		/* An empty page: the newest time of the feed, so that it stays the same. */
		time_t mt = (time_t)st->modified;
		struct tm tm;
		char ts[32];
		gmtime_r(&mt, &tm);
		strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
		buf_puts(&t, ts);
	}
	if (!xml_add_text(feed, "id", idv.data) ||
	    buf_printf(&u, "%s: %s", ctx->site, label_text(is_p ? "atom.title.partnerships" :
	    "atom.title.events", zh)) < 0 ||
	    !xml_add_text(feed, "title", u.data) ||
	    !xml_add_text(feed, "updated", newest ? newest : t.data) ||
	    (au = xml_add(feed, "author")) == NULL || !xml_add_text(au, "name", ctx->site) ||
	    (gen = xml_add_text(feed, "generator", "c2c")) == NULL ||
	    xml_set_attr(gen, "version", C2C_VERSION) < 0)
		goto out;
	buf_reset(&u);
	if (add_feed_link(feed, ctx, "self", page) < 0 ||
	    feed_url(&u, ctx, REPR_HTML, is_p ? "/partnerships" : "/events",
	    ctx->param_mask & ~PARAM_BIT(P_PAGE), 0) < 0 ||
	    feed_add_link(feed, "alternate", "text/html", u.data) < 0)
		goto out;
	/* RFC 5005: archives link to their neighbours and to the subscription document;
	 * next/previous page the same sequence for readers of paged feeds. */
	if (page > 0) {
		xmlNodePtr fh = xmlNewChild(feed, xmlSearchNsByHref(doc, feed, BAD_CAST FH_NS),
		    BAD_CAST "archive", NULL);
		/* The newest archive has no next archive: its successor is "current". */
		if (fh == NULL || add_feed_link(feed, ctx, "current", 0) < 0 ||
		    (newer > 0 && add_feed_link(feed, ctx, "next-archive", newer) < 0) ||
		    add_feed_link(feed, ctx, "previous", newer) < 0)
			goto out;
	}
	if (older > 0 && (add_feed_link(feed, ctx, "prev-archive", older) < 0 ||
	    add_feed_link(feed, ctx, "next", older) < 0))
		goto out;

	/* Tombstones first: RFC 4287 puts extension elements before the entries. */
	for (i = 0; i < shown; i++) {
		char ref[600];
		xmlNodePtr d;

		if (!db_cell_is(&r, ROW(i), 4, "1"))
			continue;
		snprintf(ref, sizeof(ref), "%s%s:%s", ctx->id_prefix, db_cell(&r, ROW(i), 1),
		    db_cell(&r, ROW(i), 2));
		d = xmlNewChild(feed, xmlSearchNsByHref(doc, feed, BAD_CAST AT_NS),
		    BAD_CAST "deleted-entry", NULL);
		if (d == NULL || xml_set_attr(d, "ref", ref) < 0 ||
		    xml_set_attr(d, "when", db_cell(&r, ROW(i), 3)) < 0)
			goto out;
	}
	for (i = 0; i < shown; i++) {
		char *xml = NULL;
		xmlDocPtr ed;
		xmlNodePtr copy;

		if (db_cell_is(&r, ROW(i), 4, "1"))
			continue;
		if ((rc = row_entry(db, ctx, &r, ROW(i), &xml)) == C2C_ENOTFOUND)
			continue;   /* hard-deleted behind our back: nothing to publish */
		if (rc != C2C_OK)
			goto out;
		rc = C2C_ENOMEM;
		ed = xmlReadMemory(xml, (int)strlen(xml), NULL, "UTF-8", XML_PARSE_NONET);
		free(xml);
		if (ed == NULL) {
			rc = C2C_EXML;
			goto out;
		}
		copy = xmlDocCopyNode(xmlDocGetRootElement(ed), doc, 1);
		xmlFreeDoc(ed);
		if (copy == NULL || absolute_links(copy, ctx) < 0 || xmlAddChild(feed, copy) == NULL) {
			xmlFreeNode(copy);
			goto out;
		}
	}
	rc = xml_serialize(doc, out);
#undef ROW
out:
	xmlFreeDoc(doc);
	db_rows_free(&r);
	buf_free(&idv);
	buf_free(&u);
	buf_free(&t);
	return rc;
}

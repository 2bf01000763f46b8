/* feed.h: the Atom feeds (RFC 4287) of new and changed partnerships, agreements and
 * events, archived per RFC 5005 with RFC 6721 tombstones.
 *
 * Entries come from feed_log, a journal the database writes by trigger.  Each journal row
 * is rendered once, when a feed first shows it, and kept (feed_log.entry_xml): archive
 * pages never change, and an unchanged feed is byte-identical.  Each row has its place in
 * its feed's journal, feed_rank (1, 2, ...: sql/011_bounded_pages.sql), and every read is
 * a range of ranks, so that no request reads the whole journal (issue 15).
 *
 * Unfiltered feeds: the subscription document holds the newest entries (1 to page_size);
 * archive page k (1..) the rows of ranks (k-1)*page_size+1 .. k*page_size, which never
 * change once full.  The state (ETag, Last-Modified) is the newest rank and time.
 *
 * Filtered feeds (any filter parameter): counting the rows that match would read every
 * row of the journal, so pages are keyed by rank instead of numbered from the oldest: the
 * subscription document holds the newest page_size matching rows, archive page R the
 * page_size newest matching rows of rank below R (links name R, the oldest rank of the
 * newer page), and their ETag and Last-Modified are the data version's.  Filters are
 * applied to the items as they are now, so an item that stops matching a filter (its
 * areas or cities change) leaves that filtered feed's pages; new rows never enter an
 * archive page. */
#ifndef C2C_FEED_H
#define C2C_FEED_H

#include <libxml/tree.h>

#include "buf.h"
#include "db.h"
#include "param.h"

enum feed_kind { FEED_PARTNERSHIPS, FEED_EVENTS };

/* What an unfiltered feed's journal looks like now: enough for an ETag and Last-Modified. */
struct feed_state {
	int       filtered;   /* 1: a filtered feed, whose state is the data version's (the
	                       * other fields 0) */
	long long count;      /* journal rows: the newest rank */
	long long max_seq;    /* seq of the newest row */
	long long modified;   /* newest row's time, seconds since the epoch */
};

/* The pieces of an Atom element that every feed (this one, feed_practices.c) writes
 * alike.  <link rel [type] href> under parent (type may be NULL); <summary type="xhtml">
 * with one paragraph per language that has text (en, zh may be NULL).  0 or -1. */
int feed_add_link(xmlNodePtr parent, const char *rel, const char *type, const char *href);
int feed_add_summary(xmlNodePtr entry, const char *en, const char *zh);

/* Fills st: two index look-ups for an unfiltered feed, none for a filtered one. */
enum c2c_err feed_state(struct db *db, enum feed_kind kind, const struct params *p,
    struct feed_state *st);

/* Where the feed's links point: absolute URLs are built as origin + base + path. */
struct feed_ctx {
	enum feed_kind         kind;
	const struct params   *params;
	unsigned               param_mask;   /* the filters of the route (for links) */
	const char            *origin;       /* "https://www.example.city" or "" */
	const char            *base;         /* "/c2c", "" or an absolute base_url */
	const char            *lang;         /* "en" or "zh" */
	const char            *site;         /* author and generator name */
	const char            *id_prefix;    /* "tag:www.example.city,2026:" */
	int                    page_size;
};

/* Appends the feed document (the subscription document, or archive page `page` when
 * p->v[P_PAGE] is set: a number for an unfiltered feed, a rank for a filtered one, see
 * above) to out.  C2C_ENOTFOUND for a page that does not exist. */
enum c2c_err feed_write(struct db *db, const struct feed_ctx *ctx, const struct feed_state *st,
    struct buf *out);

#endif

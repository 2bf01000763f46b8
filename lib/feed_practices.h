/* feed_practices.h: "/feeds/practices.atom", the practices library as an Atom feed
 * (RFC 4287): the newest practices first (by their last change), with the list's filters.
 *
 * Unlike the partnerships and events feeds (feed.h) it has no journal, archive pages nor
 * tombstones: the library is small and curated, a practice changes rarely, and one
 * document of the newest page_size practices is what a reader follows.  Its validator is
 * the data version (the page's ETag moves with any change). */
#ifndef C2C_FEED_PRACTICES_H
#define C2C_FEED_PRACTICES_H

#include "buf.h"
#include "db.h"
#include "param.h"

struct feed_practices_ctx {
	const struct params *params;
	unsigned    param_mask;   /* the filters of the route (for links and the feed's id) */
	const char *origin;       /* "https://www.example.city" or "" */
	const char *base;         /* mount point */
	const char *lang;         /* "en" or "zh": the feed's title, and which title first */
	const char *site;         /* author and generator name */
	const char *id_prefix;    /* "tag:www.example.city,2026:" */
	int         page_size;    /* entries */
};

/* Appends the feed document to out.  C2C_OK, a database error or C2C_ENOMEM. */
enum c2c_err feed_practices_write(struct db *db, const struct feed_practices_ctx *ctx,
    struct buf *out);

#endif

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
#include "feed.h"
#include "param.h"

/* Appends the feed document to out.  C2C_OK, a database error or C2C_ENOMEM.  ctx as for
 * the other feeds (feed.h; its kind is not read): lang says the feed's title and which
 * title comes first, param_mask the filters of its links and id, page_size its entries. */
enum c2c_err feed_practices_write(struct db *db, const struct feed_ctx *ctx, struct buf *out);

#endif

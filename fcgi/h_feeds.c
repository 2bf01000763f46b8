/* h_feeds.c: "/feeds/partnerships.atom", "/feeds/events.atom" and "/feeds/events.ics":
 * the filters of the pages, in the formats of feed readers and calendar apps. */
#include <stdlib.h>
#include <string.h>

#include "calendar_export.h"
#include "feed.h"
#include "handlers.h"
#include "model.h"

static enum feed_kind
kind_of(const struct c2c_req *req)
{
	return req->route.page == PAGE_FEED_PARTNERSHIPS ? FEED_PARTNERSHIPS : FEED_EVENTS;
}

enum c2c_err
validate_feed(struct c2c_req *req, struct validator *v)
{
	struct feed_state st;
	struct buf b = BUF_INIT, none = BUF_INIT;
	enum c2c_err rc;

	/* The calendar shows every field of every event: it follows the data version. */
	if (req->route.repr == REPR_ICS)
		return validate_version(req, v);
	/* An unfiltered feed changes only when its journal does: unrelated writes keep its
	 * ETag.  The journal changes only with the data version, so its state is kept per
	 * version. */
	if ((rc = validate_version(req, v)) != C2C_OK)
		return rc;
	if (cache_get(req->w->states, req->self.data, req->version, &b, NULL) && b.len == sizeof(st)) {
		memcpy(&st, b.data, sizeof(st));
	} else {
		if ((rc = feed_state(req->w->db, kind_of(req), &req->params, &st)) != C2C_OK) {
			buf_free(&b);
			return rc;
		}
		buf_reset(&b);
		if (buf_append(&b, &st, sizeof(st)) == 0)
			cache_put(req->w->states, req->self.data, req->version, &b, &none);
	}
	buf_free(&b);
	/* A filtered feed's state would take a scan of its journal: it keeps the data
	 * version's tag and time, set by validate_version. */
	if (st.filtered)
		return C2C_OK;
	v->tag = (unsigned long long)st.count * 1000003ULL ^ (unsigned long long)st.max_seq << 20;
	v->modified = st.modified;
	return C2C_OK;
}

void
h_feed_ctx(const struct c2c_req *req, enum feed_kind kind, struct feed_ctx *ctx)
{
	ctx->kind = kind;
	ctx->params = &req->params;
	ctx->param_mask = req->route.params;
	ctx->origin = req->origin;
	ctx->base = req->base;
	ctx->lang = req->lang;
	ctx->site = req->w->cfg->site_name;
	ctx->id_prefix = req->w->cfg->feed_id_prefix;
	ctx->page_size = req->w->cfg->feed_page_size;
}

enum c2c_err
h_feed(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	struct feed_ctx ctx;
	struct feed_state st;
	enum c2c_err rc;

	if (req->route.repr == REPR_ICS) {
		int more = 0;
		/* A cut calendar says so (docs/api.md): the events are those of the first
		 * CALENDAR_LIMIT by start; a narrower from/to or filter gives the rest. */
		if ((rc = calendar_export(req->w->db, &req->params, req->w->cfg->site_name, body,
		    &more)) != C2C_OK)
			return rc;
		if (more && buf_printf(headers, "C2C-Events-Limit: %d; more\r\n", CALENDAR_LIMIT) < 0)
			return C2C_ENOMEM;
		return C2C_OK;
	}
	h_feed_ctx(req, kind_of(req), &ctx);
	if ((rc = feed_state(req->w->db, ctx.kind, &req->params, &st)) != C2C_OK)
		return rc;
	return feed_write(req->w->db, &ctx, &st, body);
}

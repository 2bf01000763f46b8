/* h_practices.c: the practices library (issue 18, Replicate): "/practices",
 * "/practices/{id}" and "/feeds/practices.atom". */
#include <stdlib.h>

#include "feed_practices.h"
#include "handlers.h"
#include "model.h"

/* A filter naming a step, area, city, country or factor that does not exist is a 400
 * naming it (the list would otherwise look empty). */
static enum c2c_err
check_filters(struct c2c_req *req)
{
	enum c2c_err rc = model_practice_filters(req->w->db, &req->params, &req->bad_param,
	    req->bad_msg, sizeof(req->bad_msg));

	return rc;
}

enum c2c_err
h_practices(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc;

	if ((rc = check_filters(req)) != C2C_OK ||
	    (rc = model_practices(req->w->db, &req->params, req_limit(req), root, &req->next)) != C2C_OK)
		return rc;
	/* The filter form offers the steps, areas and factors. */
	return req->route.repr == REPR_HTML ? model_practice_choices(req->w->db, root) : C2C_OK;
}

enum c2c_err
h_practice(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_practice(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

enum c2c_err
h_feed_practices(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	struct feed_ctx ctx;
	enum c2c_err rc;

	(void)headers;
	if ((rc = check_filters(req)) != C2C_OK)
		return rc;
	h_feed_ctx(req, FEED_PARTNERSHIPS, &ctx);   /* the kind is not read */
	return feed_practices_write(req->w->db, &ctx, body);
}

/* h_sources.c: "/sources" and "/sources/{id}", the calendar sources the importer reads.
 * Their health depends on the clock as much as on the data (overdue, interrupted), and
 * import_runs has no version trigger, so these pages have no validator: never cached,
 * always built (see fcgi/handlers.c). */
#include <stdlib.h>

#include "handlers.h"
#include "model.h"

enum c2c_err
h_sources(struct c2c_req *req, xmlNodePtr root)
{
	return model_sources(req->w->db, &req->params, req_limit(req), root, &req->next);
}

enum c2c_err
h_source(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_source(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

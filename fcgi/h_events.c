/* h_events.c: "/events", upcoming unless from/to say otherwise. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_events(struct c2c_req *req, xmlNodePtr root)
{
	return model_events(req->w->db, &req->params, req_limit(req), root, &req->next);
}

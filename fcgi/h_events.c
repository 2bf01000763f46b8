/* h_events.c: "/events", upcoming unless from/to say otherwise. */
#include <stdlib.h>

#include "handlers.h"
#include "model.h"

enum c2c_err
h_events(struct c2c_req *req, xmlNodePtr root)
{
	return model_events(req->w->db, &req->params, req_limit(req), root, &req->next);
}

enum c2c_err
h_event(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_event(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

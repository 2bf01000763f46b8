/* h_agreements.c: "/agreements", the agreements of the partnerships. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_agreements(struct c2c_req *req, xmlNodePtr root)
{
	return req_filter_areas(req, model_agreements(req->w->db, &req->params, req_limit(req), root,
	    &req->next), root);
}

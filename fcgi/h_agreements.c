/* h_agreements.c: "/agreements", the agreements of the partnerships. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_agreements(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_agreements(req->w->db, &req->params, req_limit(req), root, &req->next);

	/* The filter form offers the areas. */
	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

/* h_partnerships.c: "/partnerships" and "/partnerships/{id}". */
#include <stdlib.h>

#include "handlers.h"
#include "model.h"

enum c2c_err
h_partnerships(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_partnerships(req->w->db, &req->params, req_limit(req), root, &req->next);

	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

enum c2c_err
h_partnership(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_partnership(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

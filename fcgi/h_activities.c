/* h_activities.c: "/activities", the Project Bank. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_activities(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_activities(req->w->db, &req->params, req_limit(req), root, &req->next);

	/* The filter form offers the areas. */
	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

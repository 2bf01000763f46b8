/* h_activities.c: "/activities", the Project Bank. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_activities(struct c2c_req *req, xmlNodePtr root)
{
	return req_filter_areas(req, model_activities(req->w->db, &req->params, req_limit(req), root,
	    &req->next), root);
}

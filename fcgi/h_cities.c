/* h_cities.c: "/cities" and "/cities/{slug}". */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_cities(struct c2c_req *req, xmlNodePtr root)
{
	return req_filter_areas(req, model_cities(req->w->db, &req->params, req_limit(req), root,
	    &req->next), root);
}

enum c2c_err
h_city(struct c2c_req *req, xmlNodePtr root)
{
	return model_city(req->w->db, req->route.arg, root);
}

/* h_cities.c: "/cities" and "/cities/{slug}". */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_cities(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_cities(req->w->db, &req->params, req_limit(req), root, &req->next);

	/* The filter form offers the areas. */
	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

enum c2c_err
h_city(struct c2c_req *req, xmlNodePtr root)
{
	return model_city(req->w->db, req->route.arg, root);
}

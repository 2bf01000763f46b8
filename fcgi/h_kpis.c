/* h_kpis.c: "/kpis" (definitions) and "/kpi-values". */
#include <stdlib.h>

#include "handlers.h"
#include "model.h"

enum c2c_err
h_kpis(struct c2c_req *req, xmlNodePtr root)
{
	return model_kpis(req->w->db, &req->params, req_limit(req), root, &req->next);
}

enum c2c_err
h_kpi_values(struct c2c_req *req, xmlNodePtr root)
{
	return model_kpi_values(req->w->db, &req->params, req_limit(req), root, &req->next);
}

enum c2c_err
h_kpi_value(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	return model_kpi_value(req->w->db, strtoll(req->route.arg, NULL, 10), root);
}

/* h_kpis.c: "/kpis" (definitions) and "/kpi-values". */
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

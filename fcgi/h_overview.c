/* h_overview.c: "/", the platform in numbers. */
#include "dashboard.h"
#include "handlers.h"
#include "model.h"

enum c2c_err
h_overview(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_overview(req->w->db, root);

	/* issue 6: the platform's dashboard: charts, their tables and the map. */
	return rc == C2C_OK ? dashboard_overview(req->w->db, req->lang, root) : rc;
}

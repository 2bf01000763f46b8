/* h_overview.c: "/", the platform in numbers. */
#include "handlers.h"
#include "model.h"

enum c2c_err
h_overview(struct c2c_req *req, xmlNodePtr root)
{
	return model_overview(req->w->db, root);
}

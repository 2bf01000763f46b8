/* h_overview.c: "/", the platform in numbers. */
#include <stdio.h>
#include <string.h>

#include "dashboard.h"
#include "handlers.h"
#include "model.h"

enum c2c_err
h_overview(struct c2c_req *req, xmlNodePtr root)
{
	const char *from = req->params.v[P_FROM].str, *to = req->params.v[P_TO].str;
	enum c2c_err rc;

	/* from after to is a mistake worth naming, not an empty dashboard. */
	if (from != NULL && to != NULL && strcmp(from, to) > 0) {
		req->bad_param = "to";
		snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter 'to' is before 'from'");
		return C2C_EINVAL;
	}
	/* The counts are the platform's as a whole; the range applies to the dashboard's
	 * figures (issue 6: charts, their tables and the map). */
	rc = model_overview(req->w->db, root);
	return rc == C2C_OK ? dashboard_overview(req->w->db, req->lang, from, to, root) : rc;
}

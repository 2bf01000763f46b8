/* h_overview.c: "/", the platform in numbers, and "/overview.csv", its tables. */
#include "dashboard.h"
#include "handlers.h"
#include "model.h"

enum c2c_err
h_overview(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc;

	if ((rc = req_check_range(req)) != C2C_OK)
		return rc;
	/* The counts are the platform's as a whole; the range applies to the dashboard's
	 * figures (issue 6: charts, their tables and the map). */
	rc = model_overview(req->w->db, root);
	return rc == C2C_OK ? dashboard_overview(req->w->db, req->lang, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, root) : rc;
}

enum c2c_err
h_overview_csv(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	const char *table = req->params.v[P_TABLE].str != NULL ? req->params.v[P_TABLE].str : "by-country";
	enum c2c_err rc;

	if ((rc = req_check_range(req)) != C2C_OK)
		return rc;
	rc = dashboard_overview_csv(req->w->db, table, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, body);
	if (rc == C2C_EINVAL)
		return req_bad_table(req, "by-country, by-area, per-year or map");
	/* The table passed the parameter's enumeration: safe in a header. */
	if (rc == C2C_OK && buf_printf(headers, "Content-Disposition: attachment; "
	    "filename=\"overview-%s.csv\"\r\n", table) < 0)
		rc = C2C_ENOMEM;
	return rc;
}

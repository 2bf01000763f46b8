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
	const char *table;
	enum c2c_err rc = req_csv_table(req, "by-country", &table);

	if (rc != C2C_OK)
		return rc;
	rc = dashboard_overview_csv(req->w->db, table, req->params.v[P_FROM].str, req->params.v[P_TO].str, body);
	return req_csv_answer(req, rc, "by-country, by-area, per-year or map", "overview", table, headers);
}

/* h_dashboards.c: "/cities/{slug}/dashboard" (HTML, XML, CSV): thin; the work is in
 * lib/dashboard_city.c. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dashboard.h"
#include "handlers.h"

enum c2c_err
h_city_dashboard(struct c2c_req *req, xmlNodePtr root)
{
	char today[11];
	enum c2c_err rc;

	if ((rc = req_check_dashboard_page(req)) != C2C_OK)
		return rc;
	req_today(today);
	return dashboard_city(req->w->db, req->route.arg, today, req->lang,
	    req->params.v[P_FROM].str, req->params.v[P_TO].str, root);
}

enum c2c_err
h_city_dashboard_csv(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	const char *table;
	enum c2c_err rc = req_csv_table(req, "kpis", &table);

	if (rc != C2C_OK)
		return rc;
	rc = dashboard_city_csv(req->w->db, req->route.arg, table, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, body);
	return req_csv_answer(req, rc, "kpis, partnerships, events or own", req->route.arg, table, headers);
}

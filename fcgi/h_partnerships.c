/* h_partnerships.c: "/partnerships", "/partnerships/{id}" with its dashboard, and the
 * editors' view of that dashboard, "/edit/partnerships/{id}/dashboard". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dashboard.h"
#include "handlers.h"
#include "model.h"
#include "review_alerts.h"
#include "writes.h"

enum c2c_err
h_partnerships(struct c2c_req *req, xmlNodePtr root)
{
	return req_filter_areas(req, model_partnerships(req->w->db, &req->params, req_limit(req),
	    root, &req->next), root);
}

enum c2c_err
h_partnership(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	long long id = strtoll(req->route.arg, NULL, 10);
	enum c2c_err rc;
	char today[11];

	if ((rc = req_check_dashboard_page(req)) != C2C_OK ||
	    (rc = model_partnership(req->w->db, id, root)) != C2C_OK)
		return rc;
	req_today(today);
	if ((rc = dashboard_partnership(req->w->db, id, today, req->lang, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, req->route.page == PAGE_EDIT_DASHBOARD, root)) != C2C_OK)
		return rc;
	/* Reviews (issue 18): review overdue, stuck in one step. */
	return review_alerts_add(req->w->db, id, today, req->w->cfg->review_stuck_months, root);
}

enum c2c_err
h_partnership_csv(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	long long id = strtoll(req->route.arg, NULL, 10);
	const char *table;
	enum c2c_err rc = req_csv_table(req, "kpis", &table);
	int internal = req->route.page == PAGE_EDIT_DASHBOARD, kpis = strcmp(table, "kpis") == 0;
	char today[11];

	if (rc != C2C_OK)
		return rc;
	if (!kpis && strcmp(table, "agreements") != 0 && strcmp(table, "activities") != 0)
		return req_bad_table(req, "kpis, agreements or activities");
	rc = model_partnership_exists(req->w->db, id);
	/* The table passed the parameter's enumeration: safe in a header. */
	if (rc == C2C_OK && buf_printf(headers, "Content-Disposition: attachment; "
	    "filename=\"partnership-%lld-%s%s.csv\"\r\n", id, table, internal ? "-internal" : "") < 0)
		rc = C2C_ENOMEM;
	if (rc != C2C_OK)
		return rc;
	req_today(today);
	return kpis ? dashboard_partnership_csv(req->w->db, id, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, internal, body) :
	    dashboard_partnership_table_csv(req->w->db, id, today, table, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, body);
}

void
h_edit_dashboard(struct c2c_req *req)
{
	struct auth_user u;
	int may = 0;
	enum c2c_err rc;

	if (write_identify(req, 1, &u) < 0)
		return;
	rc = auth_may_partnership(req->w->db, &u, strtoll(req->route.arg, NULL, 10), &may);
	if (rc == C2C_ENOTFOUND) {
		resp_error(req, 404, "no such partnership", NULL);
		return;
	}
	if (rc != C2C_OK) {
		resp_fail(req, rc, FAIL_WRITE, NULL);
		return;
	}
	if (!may) {
		resp_error(req, 403, "the internal values are for the partnership's editors; "
		    "the public dashboard is at /partnerships/{id}", NULL);
		return;
	}
	serve_private(req, h_partnership, h_partnership_csv);
}

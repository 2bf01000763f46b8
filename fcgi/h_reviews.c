/* h_reviews.c: a partnership's reviews (issue 18, Measure and Act):
 * "/partnerships/{id}/reviews" with what the next review starts from (the dashboard of the
 * last twelve months), and "/reviews/{id}" with the dashboard of the review's period. */
#include <stdio.h>
#include <stdlib.h>

#include "dashboard.h"
#include "handlers.h"
#include "model.h"
#include "review_alerts.h"

enum c2c_err
h_reviews(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	long long id = strtoll(req->route.arg, NULL, 10);
	char today[11], from[40];
	int y, m, d;
	enum c2c_err rc;

	if ((rc = model_reviews(req->w->db, id, &req->params, req_limit(req), root, &req->next)) != C2C_OK)
		return rc;
	/* The next review looks back over the last twelve months (29 February: the 28th). */
	req_today(today);
	if (sscanf(today, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return C2C_EINVAL;
	snprintf(from, sizeof(from), "%04d-%02d-%02d", y - 1, m, m == 2 && d == 29 ? 28 : d);
	if ((rc = dashboard_partnership(req->w->db, id, today, req->lang, from, today, 0, root)) != C2C_OK)
		return rc;
	return review_alerts_add(req->w->db, id, today, req->w->cfg->review_stuck_months, root);
}

enum c2c_err
h_review(struct c2c_req *req, xmlNodePtr root)
{
	long long pid;
	char period[2][11], today[11];
	enum c2c_err rc;

	if ((rc = model_review(req->w->db, strtoll(req->route.arg, NULL, 10), &pid, period, root)) != C2C_OK)
		return rc;
	req_today(today);
	if ((rc = dashboard_partnership(req->w->db, pid, today, req->lang, period[0], period[1], 0, root)) != C2C_OK)
		return rc;
	return review_alerts_add(req->w->db, pid, today, req->w->cfg->review_stuck_months, root);
}

/* h_partnerships.c: "/partnerships" and "/partnerships/{id}". */
#include <stdlib.h>
#include <time.h>

#include "dashboard.h"
#include "handlers.h"
#include "model.h"

enum c2c_err
h_partnerships(struct c2c_req *req, xmlNodePtr root)
{
	enum c2c_err rc = model_partnerships(req->w->db, &req->params, req_limit(req), root, &req->next);

	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

enum c2c_err
h_partnership(struct c2c_req *req, xmlNodePtr root)
{
	/* The router let only 1-9 digits through. */
	long long id = strtoll(req->route.arg, NULL, 10);
	enum c2c_err rc = model_partnership(req->w->db, id, root);
	char today[11];
	time_t now = time(NULL);
	struct tm tm;

	if (rc != C2C_OK)
		return rc;
	/* The dashboard's rules depend on the date: pages' ETags include the day. */
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	return dashboard_partnership(req->w->db, id, today, req->lang, root);
}

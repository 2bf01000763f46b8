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
	return dashboard_partnership(req->w->db, id, today, req->lang, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, root);
}

enum c2c_err
h_partnership_csv(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	long long id = strtoll(req->route.arg, NULL, 10);
	struct db_rows r;
	struct db_param a[] = { DBP_I(id) };
	static const char exists[] = "SELECT 1 FROM partnerships WHERE id = ? AND deleted_at IS NULL";
	enum c2c_err rc;

	if ((rc = db_query(req->w->db, exists, a, 1, &r)) != C2C_OK)
		return rc;
	rc = r.nrows == 0 ? C2C_ENOTFOUND : C2C_OK;
	db_rows_free(&r);
	if (rc == C2C_OK && buf_printf(headers, "Content-Disposition: attachment; "
	    "filename=\"partnership-%lld-kpis.csv\"\r\n", id) < 0)
		rc = C2C_ENOMEM;
	return rc == C2C_OK ? dashboard_partnership_csv(req->w->db, id, req->params.v[P_FROM].str,
	    req->params.v[P_TO].str, body) : rc;
}

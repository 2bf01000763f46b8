/* h_audit.c: "/edit/audit", the audit log (who, when, what, before and after), newest
 * first and paged, as HTML or XML.  Behind the web server's sign-in like every /edit/
 * page, and for admins only: the log shows internal KPI values and who edits what.
 * Never cached (it depends on who asks). */
#include "audit.h"
#include "handlers.h"
#include "writes.h"

static enum c2c_err
fill_audit(struct c2c_req *req, xmlNodePtr root)
{
	return audit_list(req->w->db, req->params.v[P_AFTER].set ? req->params.v[P_AFTER].str : NULL,
	    req_limit(req), root, &req->next);
}

void
h_edit_audit(struct c2c_req *req)
{
	struct auth_user u;

	if (write_identify(req, 1, &u) < 0)
		return;
	if (u.role != ROLE_ADMIN) {
		resp_error(req, 403, "the audit log is for administrators", NULL);
		return;
	}
	serve_private(req, fill_audit, NULL);
}

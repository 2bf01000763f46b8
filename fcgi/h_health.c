/* h_health.c: "/healthz", whether the database answers; 503 when it does not, for load
 * balancers. */
#include "handlers.h"
#include "xml.h"

enum c2c_err
h_health(struct c2c_req *req, xmlNodePtr root)
{
	unsigned long long version = 0;
	enum c2c_err rc = db_data_version(req->w->db, &version, NULL);

	if (rc == C2C_ENOMEM)
		return rc;
	req->status = rc == C2C_OK ? 200 : 503;
	if (rc != C2C_OK)
		req->retry_after = 5;
	if (xml_set_attr(root, "status", rc == C2C_OK ? "ok" : "unavailable") < 0 ||
	    xml_set_attr(root, "database", rc == C2C_OK ? "up" : "down") < 0 ||
	    (rc == C2C_OK && xml_set_attr_int(root, "data-version", (long long)version) < 0) ||
	    xml_set_attr(root, "version", C2C_VERSION) < 0)
		return C2C_ENOMEM;
	return C2C_OK;
}

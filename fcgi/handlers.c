/* handlers.c: the page -> handler table, from C2C_PAGES (lib/pages.h). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "model.h"

/* From the one list of pages (lib/pages.h): a page is complete by construction. */
static const struct handler handlers[] = {
#define C2C_HANDLER_ROW(id, name, view, fill, body, validate, act, tag) \
	[PAGE_##id] = { fill, body, validate, act, tag },
	C2C_PAGES(C2C_HANDLER_ROW)
#undef C2C_HANDLER_ROW
};
_Static_assert(sizeof(handlers) / sizeof(handlers[0]) == PAGE__MAX, "handlers[] must cover enum page");

const struct handler *
handler_for(enum page p)
{
	return &handlers[p];
}

int
req_limit(const struct c2c_req *req)
{
	return req->params.v[P_LIMIT].set ? (int)req->params.v[P_LIMIT].num : req->w->cfg->page_limit;
}

enum c2c_err
req_filter_areas(struct c2c_req *req, enum c2c_err rc, xmlNodePtr root)
{
	return rc == C2C_OK && req->route.repr == REPR_HTML ? model_areas(req->w->db, root) : rc;
}

enum c2c_err
req_check_range(struct c2c_req *req)
{
	const char *from = req->params.v[P_FROM].str, *to = req->params.v[P_TO].str;

	/* from after to is a mistake worth naming, not an empty dashboard. */
	if (from != NULL && to != NULL && strcmp(from, to) > 0) {
		req->bad_param = "to";
		snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter 'to' is before 'from'");
		return C2C_EINVAL;
	}
	return C2C_OK;
}

enum c2c_err
req_bad_table(struct c2c_req *req, const char *which)
{
	req->bad_param = "table";
	snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter 'table': this page's tables are %s", which);
	return C2C_EINVAL;
}

enum c2c_err
req_csv_table(struct c2c_req *req, const char *dflt, const char **table)
{
	*table = req->params.v[P_TABLE].str != NULL ? req->params.v[P_TABLE].str : dflt;
	return req_check_range(req);
}

enum c2c_err
req_csv_answer(struct c2c_req *req, enum c2c_err rc, const char *which, const char *name,
    const char *table, struct buf *headers)
{
	if (rc == C2C_EINVAL)
		return req_bad_table(req, which);
	/* name and table passed the router's slug check or the parameter's enumeration:
	 * safe in a header. */
	if (rc == C2C_OK && buf_printf(headers, "Content-Disposition: attachment; filename=\"%s-%s.csv\"\r\n",
	    name, table) < 0)
		return C2C_ENOMEM;
	return rc;
}

enum c2c_err
req_check_dashboard_page(struct c2c_req *req)
{
	enum c2c_err rc;

	if ((rc = req_check_range(req)) != C2C_OK)
		return rc;
	if (req->params.v[P_TABLE].str != NULL) {
		req->bad_param = "table";
		snprintf(req->bad_msg, sizeof(req->bad_msg), "parameter 'table' applies to the .csv only");
		return C2C_EINVAL;
	}
	return C2C_OK;
}

void
req_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* handlers.c: the page -> handler table. */
#include "handlers.h"

static const handler_fn handlers[] = {
	[PAGE_OVERVIEW]     = h_overview,
	[PAGE_CITIES]       = h_cities,
	[PAGE_CITY]         = h_city,
	[PAGE_PARTNERSHIPS] = h_partnerships,
	[PAGE_PARTNERSHIP]  = h_partnership,
	[PAGE_EVENTS]       = h_events,
	[PAGE_HEALTH]       = h_health,
};
_Static_assert(sizeof(handlers) / sizeof(handlers[0]) == PAGE__MAX, "handlers[] must cover enum page");

handler_fn
handler_for(enum page p)
{
	return handlers[p];
}

int
req_limit(const struct c2c_req *req)
{
	return req->params.v[P_LIMIT].set ? (int)req->params.v[P_LIMIT].num : req->w->cfg->page_limit;
}

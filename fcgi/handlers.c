/* handlers.c: the page -> handler table. */
#include <stdio.h>
#include <string.h>

#include "handlers.h"

static const struct handler handlers[] = {
	[PAGE_OVERVIEW]          = { h_overview, h_overview_csv, validate_version },
	[PAGE_CITIES]            = { h_cities, NULL, validate_version },
	[PAGE_CITY]              = { h_city, NULL, validate_version, h_resource_write, h_resource_tag },
	[PAGE_PARTNERSHIPS]      = { h_partnerships, NULL, validate_version },
	[PAGE_PARTNERSHIP]       = { h_partnership, h_partnership_csv, validate_version, h_resource_write,
	                             h_resource_tag },
	[PAGE_MATCHES]           = { h_matches, NULL, validate_version },
	[PAGE_AGREEMENTS]        = { h_agreements, NULL, validate_version, h_resource_write },
	[PAGE_ACTIVITIES]        = { h_activities, NULL, validate_version, h_resource_write },
	[PAGE_EVENTS]            = { h_events, NULL, validate_version },
	[PAGE_EVENT]             = { h_event, NULL, validate_version },
	[PAGE_KPIS]              = { h_kpis, NULL, validate_version },
	[PAGE_KPI_VALUES]        = { h_kpi_values, NULL, validate_version, h_kpi_values_post },
	[PAGE_KPI_VALUE]         = { h_kpi_value, NULL, validate_version },
	[PAGE_EDIT_KPI_VALUES]   = { NULL, NULL, NULL, h_edit_kpi_values },
	[PAGE_FEED_PARTNERSHIPS] = { NULL, h_feed, validate_feed },
	[PAGE_FEED_EVENTS]       = { NULL, h_feed, validate_feed },
	[PAGE_SCHEMA]            = { NULL, h_schema, validate_schema },
	[PAGE_HEALTH]            = { h_health, NULL, NULL },
	/* No validator: health moves with the clock and with import_runs, which no version
	 * trigger watches; the pages are small and for operators. */
	[PAGE_SOURCES]           = { h_sources, NULL, NULL, h_resource_write },
	[PAGE_SOURCE]            = { h_source, NULL, NULL, h_resource_write, h_resource_tag },
	[PAGE_CITY_DASHBOARD]    = { h_city_dashboard, h_city_dashboard_csv, validate_version },
	[PAGE_AGREEMENT]         = { NULL, NULL, NULL, h_resource_write },
	[PAGE_ACTIVITY]          = { NULL, NULL, NULL, h_resource_write },
	[PAGE_KPI_TARGETS]       = { NULL, NULL, NULL, h_resource_write },
	[PAGE_KPI_TARGET]        = { NULL, NULL, NULL, h_resource_write },
	[PAGE_ORGANISATIONS]     = { NULL, NULL, NULL, h_resource_write },
	[PAGE_ORGANISATION]      = { NULL, NULL, NULL, h_resource_write },
	[PAGE_EDIT]              = { NULL, NULL, NULL, h_edit_form },
	[PAGE_EDIT_AUDIT]        = { NULL, NULL, NULL, h_edit_audit },
	[PAGE_EDIT_DASHBOARD]    = { NULL, NULL, NULL, h_edit_dashboard },
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

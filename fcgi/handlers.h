/* handlers.h: one handler per page; each lives in its own h_*.c file.  Each is declared
 * by its kind (server.h: page_fill, page_body, page_validate, page_act, page_tag), so
 * that its signature is the one dispatch calls. */
#ifndef C2C_HANDLERS_H
#define C2C_HANDLERS_H

#include "feed.h"
#include "server.h"

page_fill h_overview;
/* "/overview.csv?table=": the overview's tables. */
page_body h_overview_csv;
page_fill h_cities, h_city, h_matches, h_partnerships, h_partnership;
/* "/partnerships/{id}.csv?table=": the dashboard's KPI history (kpis), agreements or
 * activities as CSV. */
page_body h_partnership_csv;
/* "/edit/partnerships/{id}/dashboard[.xml|.csv]": the same with the internal KPI values,
 * for the partnership's editors and admins; never cached. */
page_act h_edit_dashboard;
page_fill h_agreements, h_activities, h_events, h_event, h_kpis, h_kpi_values, h_kpi_value;

/* Writes (fcgi/writes.c has what they share).  POST /kpi-values (XML or CSV);
 * the form /edit/kpi-values (GET and POST). */
page_act h_kpi_values_post, h_edit_kpi_values;
/* h_write.c: POST, PUT and DELETE of the resources of lib/edit.h (partnerships, cities,
 * agreements, activities, KPI targets, calendar sources), XML bodies. */
page_act h_resource_write;
/* Their tag for GET (the route's resource, the key its arg). */
page_tag h_resource_tag;
/* h_edit_forms.c: "/edit/<resource>[/{key}]", the editing forms of the same resources. */
page_act h_edit_form;
/* h_audit.c: "/edit/audit", the audit log for admins. */
page_act h_edit_audit;
page_fill h_health, h_sources, h_source;
/* h_dashboards.c: "/cities/{slug}/dashboard" and its ".csv" (issue 6). */
page_fill h_city_dashboard;
page_body h_city_dashboard_csv;
/* h_interests.c: "/edit/cities/{slug}/interests", expressions of interest (issue 19). */
page_act h_interests;

/* h_feeds.c: Atom feeds and the iCalendar export. */
page_body h_feed;
page_validate validate_feed;
/* A feed's context from the request (its filters, where its links point, the site's
 * names and page size); the practices feed (h_practices.c) uses it too. */
void h_feed_ctx(const struct c2c_req *req, enum feed_kind kind, struct feed_ctx *ctx);

/* h_schema.c: the RELAX NG schema of c2c's XML, at a stable URL. */
page_body h_schema;
page_validate validate_schema;

/* h_guide.c: the guide and the step tracker (issue 18): pages, the tracker's tag, its
 * write API and its editing page. */
page_fill h_guide, h_guide_step, h_tracker;
page_tag h_tracker_tag;
page_act h_tracker_write, h_edit_tracker;
/* Reviews and practices (issue 18).  h_reviews.c: "/partnerships/{id}/reviews" and
 * "/reviews/{id}", each with the dashboard of its period; h_practices.c: "/practices",
 * "/practices/{id}" and "/feeds/practices.atom". */
page_fill h_reviews, h_review, h_practices, h_practice;
page_body h_feed_practices;
/* h_plans.c: Cooperation Plans (issue 18): "/partnerships/{id}/plans", "/plans/{id}" (and
 * its print view), "/plans/{id}/compare?with=N"; the steps of a version, as API
 * ("POST /plans/{id}/steps") and as form ("/edit/plans/{id}/steps"). */
page_fill h_plans, h_plan, h_plan_compare;
page_act h_plan_step, h_edit_plan_steps;

/* The page size a list request asked for, or the configured default. */
int req_limit(const struct c2c_req *req);
/* A list's answer rc, with the areas its HTML filter form offers added under root. */
enum c2c_err req_filter_areas(struct c2c_req *req, enum c2c_err rc, xmlNodePtr root);
/* The dashboards' time range: C2C_EINVAL (a 400 naming 'to') when from is after to. */
enum c2c_err req_check_range(struct c2c_req *req);
/* C2C_EINVAL for a 400 naming 'table': "this page's tables are <which>". */
enum c2c_err req_bad_table(struct c2c_req *req, const char *which);
/* A ".csv?table=" request: the table it names (dflt when none) into *table, and its range
 * checked (req_check_range's answer). */
enum c2c_err req_csv_table(struct c2c_req *req, const char *dflt, const char **table);
/* Its answer after writing the table with rc: C2C_EINVAL a 400 naming 'table' (which: the
 * tables there are); success with Content-Disposition naming "<name>-<table>.csv". */
enum c2c_err req_csv_answer(struct c2c_req *req, enum c2c_err rc, const char *which, const char *name,
    const char *table, struct buf *headers);
/* A dashboard page (HTML, XML): its range checked, and no 'table', which only its .csv
 * takes (the page shows every table: a chosen one would be silently dropped). */
enum c2c_err req_check_dashboard_page(struct c2c_req *req);
/* Today, "YYYY-MM-DD" in UTC: the dashboards' rules depend on the date, so pages' ETags
 * include the day. */
void req_today(char out[11]);

/* h_selfassess.c: "/cities/{slug}/self-assessment[/versions/{n}]" and the editors' form
 * "/edit/cities/{slug}/self-assessment" (issue 19). */
page_fill h_self_assessment;
/* Its tag "self-assessment/<city id>/<latest version>" (If-Match of the write API). */
page_tag h_self_assessment_tag;
/* POST /cities/{slug}/self-assessment: a new version from XML, with a token; the form. */
page_act h_self_assessment_post, h_edit_self_assessment;

#endif

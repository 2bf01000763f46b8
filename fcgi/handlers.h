/* handlers.h: one handler per page; each lives in its own h_*.c file. */
#ifndef C2C_HANDLERS_H
#define C2C_HANDLERS_H

#include "feed.h"
#include "server.h"

enum c2c_err h_overview(struct c2c_req *req, xmlNodePtr root);
/* "/overview.csv?table=": the overview's tables. */
enum c2c_err h_overview_csv(struct c2c_req *req, struct buf *body, struct buf *headers);
enum c2c_err h_cities(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_city(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_matches(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_partnerships(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_partnership(struct c2c_req *req, xmlNodePtr root);
/* "/partnerships/{id}.csv?table=": the dashboard's KPI history (kpis), agreements or
 * activities as CSV. */
enum c2c_err h_partnership_csv(struct c2c_req *req, struct buf *body, struct buf *headers);
/* "/edit/partnerships/{id}/dashboard[.xml|.csv]": the same with the internal KPI values,
 * for the partnership's editors and admins; never cached. */
void h_edit_dashboard(struct c2c_req *req);
enum c2c_err h_agreements(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_activities(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_events(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_event(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_kpis(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_kpi_values(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_kpi_value(struct c2c_req *req, xmlNodePtr root);

/* Writes (fcgi/writes.c has what they share).  POST /kpi-values (XML or CSV);
 * the form /edit/kpi-values (GET and POST). */
void h_kpi_values_post(struct c2c_req *req);
void h_edit_kpi_values(struct c2c_req *req);
/* h_write.c: POST, PUT and DELETE of the resources of lib/edit.h (partnerships, cities,
 * agreements, activities, KPI targets, calendar sources), XML bodies. */
void h_resource_write(struct c2c_req *req);
/* Their tag for GET (the route's resource, the key its arg). */
enum c2c_err h_resource_tag(struct c2c_req *req, char *out);
/* h_edit_forms.c: "/edit/<resource>[/{key}]", the editing forms of the same resources. */
void h_edit_form(struct c2c_req *req);
/* h_audit.c: "/edit/audit", the audit log for admins. */
void h_edit_audit(struct c2c_req *req);
enum c2c_err h_health(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_sources(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_source(struct c2c_req *req, xmlNodePtr root);
/* h_dashboards.c: "/cities/{slug}/dashboard" and its ".csv" (issue 6). */
enum c2c_err h_city_dashboard(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_city_dashboard_csv(struct c2c_req *req, struct buf *body, struct buf *headers);
/* h_interests.c: "/edit/cities/{slug}/interests", expressions of interest (issue 19). */
void h_interests(struct c2c_req *req);

/* h_feeds.c: Atom feeds and the iCalendar export. */
enum c2c_err h_feed(struct c2c_req *req, struct buf *body, struct buf *headers);
enum c2c_err validate_feed(struct c2c_req *req, struct validator *v);
/* A feed's context from the request (its filters, where its links point, the site's
 * names and page size); the practices feed (h_practices.c) uses it too. */
void h_feed_ctx(const struct c2c_req *req, enum feed_kind kind, struct feed_ctx *ctx);

/* h_schema.c: the RELAX NG schema of c2c's XML, at a stable URL. */
enum c2c_err h_schema(struct c2c_req *req, struct buf *body, struct buf *headers);
enum c2c_err validate_schema(struct c2c_req *req, struct validator *v);

/* h_guide.c: the guide and the step tracker (issue 18). */
enum c2c_err h_guide(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_guide_step(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_tracker(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_tracker_tag(struct c2c_req *req, char *out);
void h_tracker_write(struct c2c_req *req);
void h_edit_tracker(struct c2c_req *req);
/* Reviews and practices (issue 18).  h_reviews.c: "/partnerships/{id}/reviews" and
 * "/reviews/{id}", each with the dashboard of its period; h_practices.c: "/practices",
 * "/practices/{id}" and "/feeds/practices.atom". */
enum c2c_err h_reviews(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_review(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_practices(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_practice(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_feed_practices(struct c2c_req *req, struct buf *body, struct buf *headers);
/* h_plans.c: Cooperation Plans (issue 18): "/partnerships/{id}/plans", "/plans/{id}" (and
 * its print view), "/plans/{id}/compare?with=N"; the steps of a version, as API
 * ("POST /plans/{id}/steps") and as form ("/edit/plans/{id}/steps"). */
enum c2c_err h_plans(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_plan(struct c2c_req *req, xmlNodePtr root);
enum c2c_err h_plan_compare(struct c2c_req *req, xmlNodePtr root);
void h_plan_step(struct c2c_req *req);
void h_edit_plan_steps(struct c2c_req *req);

/* The page size a list request asked for, or the configured default. */
int req_limit(const struct c2c_req *req);
/* A list's answer rc, with the areas its HTML filter form offers added under root. */
enum c2c_err req_filter_areas(struct c2c_req *req, enum c2c_err rc, xmlNodePtr root);
/* The dashboards' time range: C2C_EINVAL (a 400 naming 'to') when from is after to. */
enum c2c_err req_check_range(struct c2c_req *req);
/* C2C_EINVAL for a 400 naming 'table': "this page's tables are <which>". */
enum c2c_err req_bad_table(struct c2c_req *req, const char *which);
/* A dashboard page (HTML, XML): its range checked, and no 'table', which only its .csv
 * takes (the page shows every table: a chosen one would be silently dropped). */
enum c2c_err req_check_dashboard_page(struct c2c_req *req);
/* Today, "YYYY-MM-DD" in UTC: the dashboards' rules depend on the date, so pages' ETags
 * include the day. */
void req_today(char out[11]);

/* h_selfassess.c: "/cities/{slug}/self-assessment[/versions/{n}]" and the editors' form
 * "/edit/cities/{slug}/self-assessment" (issue 19). */
enum c2c_err h_self_assessment(struct c2c_req *req, xmlNodePtr root);
/* Its tag "self-assessment/<city id>/<latest version>" (If-Match of the write API). */
enum c2c_err h_self_assessment_tag(struct c2c_req *req, char *out);
/* POST /cities/{slug}/self-assessment: a new version from XML, with a token. */
void h_self_assessment_post(struct c2c_req *req);
void h_edit_self_assessment(struct c2c_req *req);

#endif

/* pages.h: every page of c2c.fcgi, once.  Two lists, read by routing (lib/route.c), dispatch
 * (fcgi/handlers.c), the views (fcgi/main.c) and editing (fcgi/h_write.c, h_edit_forms.c):
 *
 *   C2C_PAGES(P): one row per page kind.
 *     P(ID, "name", view, fill, body, validate, act, tag)
 *       ID        PAGE_ID in enum page
 *       name      the root element of its document, and its stylesheet conf/xslt/name.xsl
 *       view      1 when it answers HTML, through that stylesheet (fcgi/main.c loads it;
 *                 two pages may share one); 0 for pages without HTML
 *       fill      fcgi: fills the XML document (HTML and XML answers), or NULL
 *       body      fcgi: writes any other representation (CSV, Atom, iCalendar, files)
 *       validate  fcgi: the validator of conditional requests; NULL: never cached
 *       act       fcgi: POST, PUT, DELETE; GET too when fill and body are NULL
 *       tag       fcgi: a writable item's own tag (If-Match), or NULL
 *   C2C_ROUTES(R): one row per URL pattern, first match wins.
 *     R("pattern", ID, methods, representations, parameters, "resource")
 *       pattern   literal segments, "{slug}" or "{id}" (1 to 9 digits, no leading 0)
 *       reprs     REPR_* bits, the first one the default
 *       params    PARAM_BIT mask of the query parameters it takes (lib/param.h)
 *       resource  the lib/edit.h resource its writes and forms edit, or NULL
 *
 * lib/ expands the columns it knows and drops the handlers' names; fcgi/ the others.
 * A new page is a row in each list (docs/architecture.md, "Adding a page"). */
#ifndef C2C_PAGES_H
#define C2C_PAGES_H

#define PAGE_REPRS ((1u << REPR_HTML) | (1u << REPR_XML))
#define HTML_ONLY (1u << REPR_HTML)
#define READ (M_GET | M_HEAD)
#define LIST (PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | PARAM_BIT(P_UPDATED_SINCE) | PARAM_BIT(P_LANG))
/* The filters shared by every output of events and of partnerships. */
#define EVENT_FILTERS (PARAM_BIT(P_CITY) | PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_SIDE) | \
	PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_FROM) | PARAM_BIT(P_TO) | \
	PARAM_BIT(P_SOURCE))
#define WEIGHTS (PARAM_BIT(P_W_COMPLEMENT) | PARAM_BIT(P_W_COMMON) | PARAM_BIT(P_W_POTENTIAL) | \
	PARAM_BIT(P_W_WILLINGNESS) | PARAM_BIT(P_W_CONTACTS) | PARAM_BIT(P_W_STRUCTURE) | \
	PARAM_BIT(P_W_NETWORK) | PARAM_BIT(P_W_SATURATION))
#define PARTNERSHIP_FILTERS (PARAM_BIT(P_CITY) | PARAM_BIT(P_SIDE) | PARAM_BIT(P_COUNTRY) | \
	PARAM_BIT(P_AREA) | PARAM_BIT(P_KIND) | PARAM_BIT(P_STATUS))
#define RANGE (PARAM_BIT(P_FROM) | PARAM_BIT(P_TO))
#define LANG PARAM_BIT(P_LANG)
/* Reviews and practices (issue 18): the practices' filters. */
#define PRACTICE_FILTERS (PARAM_BIT(P_STEP) | PARAM_BIT(P_AREA) | PARAM_BIT(P_COUNTRY) | \
	PARAM_BIT(P_CITY) | PARAM_BIT(P_FACTOR))

#define C2C_PAGES(P) \
	P(OVERVIEW,          "overview",          1, h_overview, h_overview_csv, validate_version, NULL, NULL) \
	P(CITIES,            "cities",            1, h_cities, NULL, validate_version, NULL, NULL) \
	P(CITY,              "city",              1, h_city, NULL, validate_version, h_resource_write, h_resource_tag) \
	P(PARTNERSHIPS,      "partnerships",      1, h_partnerships, NULL, validate_version, NULL, NULL) \
	P(PARTNERSHIP,       "partnership",       1, h_partnership, h_partnership_csv, validate_version, \
	                                             h_resource_write, h_resource_tag) \
	P(MATCHES,           "matches",           1, h_matches, NULL, validate_version, NULL, NULL) \
	P(AGREEMENTS,        "agreements",        1, h_agreements, NULL, validate_version, h_resource_write, NULL) \
	P(ACTIVITIES,        "activities",        1, h_activities, NULL, validate_version, h_resource_write, NULL) \
	P(EVENTS,            "events",            1, h_events, NULL, validate_version, NULL, NULL) \
	P(EVENT,             "event",             1, h_event, NULL, validate_version, NULL, NULL) \
	P(KPIS,              "kpis",              1, h_kpis, NULL, validate_version, NULL, NULL) \
	P(KPI_VALUES,        "kpi-values",        1, h_kpi_values, NULL, validate_version, h_kpi_values_post, NULL) \
	P(KPI_VALUE,         "kpi-value",         1, h_kpi_value, NULL, validate_version, NULL, NULL) \
	P(EDIT_KPI_VALUES,   "edit-kpi-values",   1, NULL, NULL, NULL, h_edit_kpi_values, NULL) \
	P(FEED_PARTNERSHIPS, "feed-partnerships", 0, NULL, h_feed, validate_feed, NULL, NULL) \
	P(FEED_EVENTS,       "feed-events",       0, NULL, h_feed, validate_feed, NULL, NULL) \
	P(SCHEMA,            "schema",            0, NULL, h_schema, validate_schema, NULL, NULL) \
	P(HEALTH,            "health",            1, h_health, NULL, NULL, NULL, NULL) \
	/* Sources: no validator: health moves with the clock and with import_runs, which no \
	 * version trigger watches; the pages are small and for operators. */ \
	P(SOURCES,           "sources",           1, h_sources, NULL, NULL, h_resource_write, NULL) \
	P(SOURCE,            "source",            1, h_source, NULL, NULL, h_resource_write, h_resource_tag) \
	P(CITY_DASHBOARD,    "city-dashboard",    1, h_city_dashboard, h_city_dashboard_csv, validate_version, \
	                                             NULL, NULL) \
	/* Writes of one item (lib/edit.h). */ \
	P(AGREEMENT,         "agreement",         0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(ACTIVITY,          "activity",          0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(KPI_TARGETS,       "kpi-targets",       0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(KPI_TARGET,        "kpi-target",        0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(ORGANISATIONS,     "organisations",     0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(ORGANISATION,      "organisation",      0, NULL, NULL, NULL, h_resource_write, NULL) \
	/* The editing forms of lib/edit.h's resources, the audit log, and a partnership's \
	 * dashboard with its internal values for its editors (the same document). */ \
	P(EDIT,              "edit",              1, NULL, NULL, NULL, h_edit_form, NULL) \
	P(EDIT_AUDIT,        "audit",             1, NULL, NULL, NULL, h_edit_audit, NULL) \
	P(EDIT_DASHBOARD,    "partnership",       1, NULL, NULL, NULL, h_edit_dashboard, NULL) \
	/* Expressions of interest (issue 19): a city's, for its editors and admins only. */ \
	P(INTERESTS,         "interests",         1, NULL, NULL, NULL, h_interests, NULL) \
	/* The guide and the step tracker (issue 18): the tracker's pages share one view; \
	 * its writes are tagged by the owner (partnership, city). */ \
	P(GUIDE,             "guide",             1, h_guide, NULL, validate_version, NULL, NULL) \
	P(GUIDE_STEP,        "guide-step",        1, h_guide_step, NULL, validate_version, NULL, NULL) \
	P(TRACKER,           "tracker",           1, h_tracker, NULL, validate_version, h_tracker_write, \
	                                             h_tracker_tag) \
	P(CITY_TRACKER,      "tracker",           1, h_tracker, NULL, validate_version, h_tracker_write, \
	                                             h_tracker_tag) \
	P(EDIT_TRACKER,      "tracker",           1, NULL, NULL, NULL, h_edit_tracker, NULL) \
	P(EDIT_CITY_TRACKER, "tracker",           1, NULL, NULL, NULL, h_edit_tracker, NULL) \
	/* Self-assessment (issue 19): the public page and versions, and the editors' form \
	 * (one view, conf/xslt/self-assessment.xsl). */ \
	P(SELF_ASSESSMENT,   "self-assessment",   1, h_self_assessment, NULL, validate_version, \
	                                             h_self_assessment_post, h_self_assessment_tag) \
	P(EDIT_SELF_ASSESSMENT, "self-assessment", 1, NULL, NULL, NULL, h_edit_self_assessment, NULL) \
	/* Reviews and practices (issue 18): a partnership's reviews with the dashboard of \
	 * their period, the writes of a review's decisions and targets, the practices \
	 * library and its feed. */ \
	P(REVIEWS,           "reviews",           1, h_reviews, NULL, validate_version, h_resource_write, NULL) \
	P(REVIEW,            "review",            1, h_review, NULL, validate_version, h_resource_write, \
	                                             h_resource_tag) \
	P(REVIEW_DECISIONS,  "review-decisions",  0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(REVIEW_DECISION,   "review-decision",   0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(REVIEW_TARGETS,    "review-targets",    0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(REVIEW_TARGET,     "review-target",     0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(PRACTICES,         "practices",         1, h_practices, NULL, validate_version, NULL, NULL) \
	P(PRACTICE,          "practice",          1, h_practice, NULL, validate_version, NULL, NULL) \
	P(FEED_PRACTICES,    "feed-practices",    0, NULL, h_feed_practices, validate_version, NULL, NULL) \
	/* Cooperation plans (issue 18): a partnership's versions, one version (and its print \
	 * view), two compared; the writes of a version's parts (lib/edit_plans.c) and its \
	 * steps (propose, withdraw, approve, next), as API and as form. */ \
	P(PLANS,             "plans",             1, h_plans, NULL, validate_version, NULL, NULL) \
	P(PLAN,              "plan",              1, h_plan, NULL, validate_version, h_resource_write, h_resource_tag) \
	P(PLAN_PRINT,        "plan-print",        1, h_plan, NULL, validate_version, NULL, NULL) \
	P(PLAN_COMPARE,      "plan-compare",      1, h_plan_compare, NULL, validate_version, NULL, NULL) \
	P(PLAN_PART,         "plan-part",         0, NULL, NULL, NULL, h_resource_write, NULL) \
	P(PLAN_STEP,         "plan-step",         0, NULL, NULL, NULL, h_plan_step, NULL) \
	P(EDIT_PLAN_STEPS,   "plan-steps",        1, NULL, NULL, NULL, h_edit_plan_steps, NULL)

#define C2C_ROUTES(R) \
	R("/",                       OVERVIEW,       READ, PAGE_REPRS, LANG | RANGE, NULL) \
	/* The overview's tables as CSV ("/" can take no suffix). */ \
	R("/overview",               OVERVIEW,       READ, 1u << REPR_CSV, RANGE | PARAM_BIT(P_TABLE), NULL) \
	R("/cities",                 CITIES,         READ, PAGE_REPRS, LIST | PARAM_BIT(P_SIDE) | \
	                             PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_AREA) | PARAM_BIT(P_Q), NULL) \
	R("/cities/{slug}",          CITY,           READ | M_PUT, PAGE_REPRS, LANG, "cities") \
	R("/cities/{slug}/matches",  MATCHES,        READ, PAGE_REPRS, LANG | PARAM_BIT(P_LIMIT) | \
	                             PARAM_BIT(P_AREA) | PARAM_BIT(P_COUNTRY) | PARAM_BIT(P_MIN_SCORE) | WEIGHTS, NULL) \
	R("/cities/{slug}/dashboard", CITY_DASHBOARD, READ, PAGE_REPRS | 1u << REPR_CSV, \
	                             LANG | RANGE | PARAM_BIT(P_TABLE), NULL) \
	R("/partnerships",           PARTNERSHIPS,   READ, PAGE_REPRS, LIST | PARTNERSHIP_FILTERS, NULL) \
	R("/partnerships/{id}",      PARTNERSHIP,    READ | M_PUT | M_DELETE, PAGE_REPRS | 1u << REPR_CSV, \
	                             LANG | RANGE | PARAM_BIT(P_TABLE), "partnerships") \
	R("/agreements",             AGREEMENTS,     READ | M_POST, PAGE_REPRS, LIST | PARTNERSHIP_FILTERS | \
	                             PARAM_BIT(P_PARTNERSHIP) | RANGE, "agreements") \
	R("/activities",             ACTIVITIES,     READ | M_POST, PAGE_REPRS, LIST | PARAM_BIT(P_CITY) | \
	                             PARAM_BIT(P_PARTNERSHIP) | PARAM_BIT(P_AREA), "activities") \
	/* Writes of one item (lib/edit.h); its tag comes with the 201 or 204 of a write and \
	 * with its editing form. */ \
	R("/agreements/{id}",        AGREEMENT,      M_PUT | M_DELETE, PAGE_REPRS, 0, "agreements") \
	R("/activities/{id}",        ACTIVITY,       M_PUT | M_DELETE, PAGE_REPRS, 0, "activities") \
	R("/kpi-targets",            KPI_TARGETS,    M_POST, PAGE_REPRS, 0, "kpi-targets") \
	R("/kpi-targets/{id}",       KPI_TARGET,     M_PUT, PAGE_REPRS, 0, "kpi-targets") \
	R("/organisations",          ORGANISATIONS,  M_POST, PAGE_REPRS, 0, "organisations") \
	R("/organisations/{id}",     ORGANISATION,   M_PUT | M_DELETE, PAGE_REPRS, 0, "organisations") \
	R("/events",                 EVENTS,         READ, PAGE_REPRS, LIST | EVENT_FILTERS, NULL) \
	R("/events/{id}",            EVENT,          READ, PAGE_REPRS, LANG, NULL) \
	R("/kpis",                   KPIS,           READ, PAGE_REPRS, LIST, NULL) \
	R("/kpi-values",             KPI_VALUES,     READ | M_POST, PAGE_REPRS, LIST | PARAM_BIT(P_KPI) | \
	                             PARAM_BIT(P_CITY) | PARAM_BIT(P_PARTNERSHIP) | RANGE, NULL) \
	R("/kpi-values/{id}",        KPI_VALUE,      READ, PAGE_REPRS, LANG, NULL) \
	/* Editing pages: HTML only, behind the web server's authentication (REMOTE_USER). */ \
	R("/edit/kpi-values",        EDIT_KPI_VALUES, READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, NULL) \
	R("/edit/cities/{slug}",     EDIT,           READ | M_POST, HTML_ONLY, LANG, "cities") \
	R("/edit/partnerships/{id}", EDIT,           READ | M_POST, HTML_ONLY, LANG, "partnerships") \
	R("/edit/agreements",        EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "agreements") \
	R("/edit/agreements/{id}",   EDIT,           READ | M_POST, HTML_ONLY, LANG, "agreements") \
	R("/edit/activities",        EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "activities") \
	R("/edit/activities/{id}",   EDIT,           READ | M_POST, HTML_ONLY, LANG, "activities") \
	R("/edit/kpi-targets",       EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "kpi-targets") \
	R("/edit/kpi-targets/{id}",  EDIT,           READ | M_POST, HTML_ONLY, LANG, "kpi-targets") \
	R("/edit/organisations",     EDIT,           READ | M_POST, HTML_ONLY, LANG, "organisations") \
	R("/edit/organisations/{id}", EDIT,          READ | M_POST, HTML_ONLY, LANG, "organisations") \
	R("/edit/sources",           EDIT,           READ | M_POST, HTML_ONLY, LANG, "sources") \
	R("/edit/sources/{id}",      EDIT,           READ | M_POST, HTML_ONLY, LANG, "sources") \
	/* The partnership's editors: its dashboard with the internal KPI values. */ \
	R("/edit/partnerships/{id}/dashboard", EDIT_DASHBOARD, READ, PAGE_REPRS | 1u << REPR_CSV, \
	                             LANG | RANGE | PARAM_BIT(P_TABLE), NULL) \
	/* Admins only: who changed what (HTML and XML, newest first, paged by id). */ \
	R("/edit/audit",             EDIT_AUDIT,     READ, PAGE_REPRS, PARAM_BIT(P_LIMIT) | PARAM_BIT(P_AFTER) | LANG, NULL) \
	R("/feeds/partnerships",     FEED_PARTNERSHIPS, READ, 1u << REPR_ATOM, \
	                             PARTNERSHIP_FILTERS | PARAM_BIT(P_PAGE) | LANG, NULL) \
	R("/feeds/events",           FEED_EVENTS,    READ, 1u << REPR_ATOM | 1u << REPR_ICS, \
	                             EVENT_FILTERS | PARAM_BIT(P_PAGE) | LANG, NULL) \
	R("/schema/c2c",             SCHEMA,         READ, 1u << REPR_RNG, 0, NULL) \
	R("/healthz",                HEALTH,         READ, PAGE_REPRS, LANG, NULL) \
	/* Calendar sources: paged, but no updated_since: their health moves with the clock, \
	 * not with updated_at, so a mirror could not follow it. */ \
	R("/sources",                SOURCES,        READ | M_POST, PAGE_REPRS, PARAM_BIT(P_LIMIT) | \
	                             PARAM_BIT(P_AFTER) | LANG, "sources") \
	R("/sources/{id}",           SOURCE,         READ | M_PUT | M_DELETE, PAGE_REPRS, LANG, "sources") \
	/* Expressions of interest (issue 19): behind the editing sign-in; POST is the page's \
	 * forms (send, accept, decline, focal point); city= names the candidate to propose. */ \
	R("/edit/cities/{slug}/interests", INTERESTS, READ | M_POST, PAGE_REPRS, LANG | PARAM_BIT(P_CITY), NULL) \
	/* The guide and the step tracker (issue 18). */ \
	R("/guide",                  GUIDE,          READ, PAGE_REPRS, LANG, NULL) \
	R("/guide/steps/{id}",       GUIDE_STEP,     READ, PAGE_REPRS, LANG, NULL) \
	R("/partnerships/{id}/tracker", TRACKER,     READ | M_POST, PAGE_REPRS, LANG, NULL) \
	R("/cities/{slug}/tracker",  CITY_TRACKER,   READ | M_POST, PAGE_REPRS, LANG, NULL) \
	R("/edit/partnerships/{id}/tracker", EDIT_TRACKER, READ | M_POST, HTML_ONLY, LANG, NULL) \
	R("/edit/cities/{slug}/tracker", EDIT_CITY_TRACKER, READ | M_POST, HTML_ONLY, LANG, NULL) \
	/* Self-assessment (issue 19).  The versions' route keeps the version in arg; the \
	 * handler reads the slug from the path. */ \
	R("/cities/{slug}/self-assessment", SELF_ASSESSMENT, READ | M_POST, PAGE_REPRS, LANG, NULL) \
	R("/cities/{slug}/self-assessment/versions/{id}", SELF_ASSESSMENT, READ, PAGE_REPRS, LANG, NULL) \
	R("/edit/cities/{slug}/self-assessment", EDIT_SELF_ASSESSMENT, READ | M_POST, HTML_ONLY, LANG, NULL) \
	/* Reviews and practices (issue 18).  A review is read and written at /reviews/{id} \
	 * (the router has one variable segment a path); its partnership's list links it. */ \
	R("/partnerships/{id}/reviews", REVIEWS,     READ, PAGE_REPRS, LIST, NULL) \
	R("/reviews",                REVIEWS,        M_POST, PAGE_REPRS, 0, "reviews") \
	R("/reviews/{id}",           REVIEW,         READ | M_PUT | M_DELETE, PAGE_REPRS, LANG, "reviews") \
	R("/review-decisions",       REVIEW_DECISIONS, M_POST, PAGE_REPRS, 0, "review-decisions") \
	R("/review-decisions/{id}",  REVIEW_DECISION, M_PUT | M_DELETE, PAGE_REPRS, 0, "review-decisions") \
	R("/review-targets",         REVIEW_TARGETS, M_POST, PAGE_REPRS, 0, "review-targets") \
	R("/review-targets/{id}",    REVIEW_TARGET,  M_PUT | M_DELETE, PAGE_REPRS, 0, "review-targets") \
	R("/edit/reviews",           EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "reviews") \
	R("/edit/reviews/{id}",      EDIT,           READ | M_POST, HTML_ONLY, LANG, "reviews") \
	R("/edit/review-decisions",  EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "review-decisions") \
	R("/edit/review-decisions/{id}", EDIT,       READ | M_POST, HTML_ONLY, LANG, "review-decisions") \
	R("/edit/review-targets",    EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "review-targets") \
	R("/edit/review-targets/{id}", EDIT,         READ | M_POST, HTML_ONLY, LANG, "review-targets") \
	R("/practices",              PRACTICES,      READ, PAGE_REPRS, LIST | PRACTICE_FILTERS, NULL) \
	R("/practices/{id}",         PRACTICE,       READ, PAGE_REPRS, LANG, NULL) \
	R("/feeds/practices",        FEED_PRACTICES, READ, 1u << REPR_ATOM, PRACTICE_FILTERS | LANG, NULL) \
	/* Cooperation plans (issue 18). */ \
	R("/partnerships/{id}/plans", PLANS,         READ, PAGE_REPRS, LANG, NULL) \
	R("/plans",                  PLAN_PART,      M_POST, PAGE_REPRS, 0, "plans") \
	R("/plans/{id}",             PLAN,           READ | M_PUT | M_DELETE, PAGE_REPRS, LANG, "plans") \
	R("/plans/{id}/print",       PLAN_PRINT,     READ, HTML_ONLY, LANG, NULL) \
	R("/plans/{id}/compare",     PLAN_COMPARE,   READ, PAGE_REPRS, LANG | PARAM_BIT(P_WITH), NULL) \
	R("/plans/{id}/steps",       PLAN_STEP,      M_POST, PAGE_REPRS, 0, NULL) \
	R("/plan-priorities",        PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-priorities") \
	R("/plan-priorities/{id}",   PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-priorities") \
	R("/plan-objectives",        PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-objectives") \
	R("/plan-objectives/{id}",   PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-objectives") \
	R("/plan-activities",        PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-activities") \
	R("/plan-activities/{id}",   PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-activities") \
	R("/plan-milestones",        PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-milestones") \
	R("/plan-milestones/{id}",   PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-milestones") \
	R("/plan-targets",           PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-targets") \
	R("/plan-targets/{id}",      PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-targets") \
	R("/plan-risks",             PLAN_PART,      M_POST, PAGE_REPRS, 0, "plan-risks") \
	R("/plan-risks/{id}",        PLAN_PART,      M_PUT | M_DELETE, PAGE_REPRS, 0, "plan-risks") \
	R("/edit/plans",             EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARTNERSHIP) | LANG, "plans") \
	R("/edit/plans/{id}",        EDIT,           READ | M_POST, HTML_ONLY, LANG, "plans") \
	R("/edit/plans/{id}/steps",  EDIT_PLAN_STEPS, READ | M_POST, HTML_ONLY, LANG, NULL) \
	R("/edit/plan-priorities",   EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-priorities") \
	R("/edit/plan-priorities/{id}", EDIT,        READ | M_POST, HTML_ONLY, LANG, "plan-priorities") \
	R("/edit/plan-objectives",   EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-objectives") \
	R("/edit/plan-objectives/{id}", EDIT,        READ | M_POST, HTML_ONLY, LANG, "plan-objectives") \
	R("/edit/plan-activities",   EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-activities") \
	R("/edit/plan-activities/{id}", EDIT,        READ | M_POST, HTML_ONLY, LANG, "plan-activities") \
	R("/edit/plan-milestones",   EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-milestones") \
	R("/edit/plan-milestones/{id}", EDIT,        READ | M_POST, HTML_ONLY, LANG, "plan-milestones") \
	R("/edit/plan-targets",      EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-targets") \
	R("/edit/plan-targets/{id}", EDIT,           READ | M_POST, HTML_ONLY, LANG, "plan-targets") \
	R("/edit/plan-risks",        EDIT,           READ | M_POST, HTML_ONLY, PARAM_BIT(P_PARENT) | LANG, "plan-risks") \
	R("/edit/plan-risks/{id}",   EDIT,           READ | M_POST, HTML_ONLY, LANG, "plan-risks")

#endif

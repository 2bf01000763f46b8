/* edit_resources.c: the editable resources (edit.h): their fields, their vocabularies and
 * the SQL that reads and writes each; edit_resource() finds one by its path. */
#include <string.h>

#include "edit.h"

/* The audit log's XML of an item (xml_sql): an item of a partnership starts with both
 * ids, and says when it was deleted, if it was. */
#define OF_PARTNERSHIP "SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, "
#define DELETED(t) "DATE_FORMAT(" t ".deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted"

/* ------------------------------------------------------------------- partnerships */

static const char *const partnership_status[] = { "active", "dormant", "ended", NULL };
static const char *const partnership_kinds[] = { "programme_pairing", "sister_city",
	"friendship_city", "mou", "cooperation_agreement", "in_discussion", "ad_hoc", NULL };

static const struct edit_field partnership_fields[] = {
	EDIT_FIELD(EF_CHOICE, "status", "status", EDIT_REQUIRED, "ed.status", .choices = partnership_status, .vocab = "pstatus"),
	EDIT_FIELD(EF_CHOICE, "kind", "kind", 0, "ed.kind", .choices = partnership_kinds, .vocab = "pkind"),
	EDIT_FIELD(EF_INT, "since", "since_year", 0, "ed.since-year", .min = 1900, .max = 2999),
	EDIT_FIELD(EF_INT, "narrative-step", "narrative_step", 0, "ed.narrative-step", .min = 1, .max = 8, .code = FE_STEP),
	EDIT_FIELD(EF_REF, "loop", "loop_id", 0, "ed.loop", .max = 64, .ref_sql = "SELECT id FROM loops WHERE slug = ?"),
	EDIT_NOTES,
};

#define PARTNERSHIP_XML_SQL \
	"SELECT p.id AS `@id`, e.slug AS `europe/@slug`, c.slug AS `china/@slug`, p.kind, " \
	"p.since_year AS since, p.status, p.narrative_step AS `narrative-step`, l.slug AS `loop`, " \
	"p.notes, " DELETED("p") " " \
	"FROM partnerships p JOIN cities e ON e.id = p.europe_city_id " \
	"JOIN cities c ON c.id = p.china_city_id LEFT JOIN loops l ON l.id = p.loop_id WHERE p.id = ?"

/* ------------------------------------------------------------------------- cities */

static const char *const learning[] = { "learner", "mentor", "both", NULL };
static const char *const investment[] = { "investor", "recipient", "both", NULL };

static const struct edit_field city_fields[] = {
	EDIT_FIELD(EF_LINE, "name-en", "name_en", EDIT_REQUIRED, "ed.name.en", .max = 200),
	EDIT_FIELD(EF_LINE, "name-local", "name_local", EDIT_REQUIRED, "ed.name-local", .max = 200),
	EDIT_FIELD(EF_LINE, "name-zh", "name_zh", 0, "ed.name.zh", .max = 200),
	EDIT_FIELD(EF_LINE, "province", "province", 0, "ed.province", .max = 200),
	EDIT_FIELD(EF_INT, "population", "population", 0, "ed.population", .max = 2000000000),
	EDIT_FIELD(EF_FLAG, "coastal", "coastal", 0, "ed.coastal"),
	EDIT_FIELD(EF_FLAG, "intl-strategy", "has_intl_strategy", 0, "ed.intl-strategy"),
	EDIT_FIELD(EF_INT, "intl-strategy-since", "intl_strategy_since", 0, "ed.intl-strategy-since", .min = 1900, .max = 2999),
	EDIT_FIELD(EF_LINE, "contact-point", "contact_point", 0, "ed.contact-point", .max = 300),
	EDIT_FIELD(EF_FLAG, "wants-peer-to-peer", "wants_peer_to_peer", 0, "ed.wants-peer-to-peer"),
	EDIT_FIELD(EF_FLAG, "wants-joint-project", "wants_joint_project", 0, "ed.wants-joint-project"),
	EDIT_FIELD(EF_FLAG, "seeks-partner", "seeks_partner", 0, "ed.seeks-partner", .def = "0"),
	EDIT_FIELD(EF_CHOICE, "self-view-learning", "self_view_learning", 0, "ed.self-view-learning", .choices = learning, .vocab = "learning"),
	EDIT_FIELD(EF_CHOICE, "self-view-investment", "self_view_investment", 0, "ed.self-view-investment", .choices = investment, .vocab = "investment"),
	EDIT_NOTES,
	EDIT_FIELD(EF_AREAS, "offers", NULL, 0, "ed.offers", .max = 64, .ref_sql = EDIT_AREA_SQL),
	EDIT_FIELD(EF_AREAS, "seeks", NULL, 0, "ed.seeks", .max = 64, .ref_sql = EDIT_AREA_SQL),
};

#define CITY_AREAS(role) \
	"(SELECT GROUP_CONCAT(a.slug ORDER BY a.slug SEPARATOR ' ') FROM city_areas ca " \
	"JOIN areas a ON a.id = ca.area_id WHERE ca.city_id = t.id AND ca.role IN ('" role "', 'both'))"
#define CITY_COLS \
	"t.name_en AS `name-en`, t.name_local AS `name-local`, t.name_zh AS `name-zh`, t.province, " \
	"t.population, t.coastal, t.has_intl_strategy AS `intl-strategy`, " \
	"t.intl_strategy_since AS `intl-strategy-since`, t.contact_point AS `contact-point`, " \
	"t.wants_peer_to_peer AS `wants-peer-to-peer`, t.wants_joint_project AS `wants-joint-project`, " \
	"t.seeks_partner AS `seeks-partner`, t.self_view_learning AS `self-view-learning`, " \
	"t.self_view_investment AS `self-view-investment`, t.notes, " \
	CITY_AREAS("offers") " AS offers, " CITY_AREAS("seeks") " AS seeks"

/* --------------------------------------------------------------------- agreements */

static const char *const agreement_kinds[] = { "mou", "sister_city_agreement",
	"friendship_city_agreement", "action_plan", "cooperation_plan", "letter_of_intent",
	"charter", "addendum", "cooperation_agreement", "contract", "title_award", NULL };
static const char *const precisions[] = { "year", "month", "day", NULL };

static const struct edit_field agreement_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	EDIT_FIELD(EF_CHOICE, "kind", "kind", EDIT_REQUIRED, "ed.kind", .choices = agreement_kinds, .vocab = "akind"),
	EDIT_FIELD(EF_LINE, "title", "title", EDIT_REQUIRED, "ed.title", .max = 300),
	EDIT_FIELD(EF_DATE, "signed", "signed_on", 0, "ed.signed-on"),
	EDIT_FIELD(EF_CHOICE, "signed-precision", "signed_precision", EDIT_WITH_PREV, "ed.signed-precision", .choices = precisions, .def = "day"),
	EDIT_FIELD(EF_DATE, "valid-until", "valid_until", 0, "ed.valid-until"),
	EDIT_FIELD(EF_INT, "renewal-months", "renewal_months", 0, "ed.renewed-every-months", .min = 1, .max = 1200),
	EDIT_FIELD(EF_URL, "document-url", "document_url", 0, "ed.document-link", .max = 2000),
	EDIT_NOTES,
};

#define AGREEMENT_XML_SQL \
	OF_PARTNERSHIP "t.kind, t.title, " \
	"DATE_FORMAT(t.signed_on, '%Y-%m-%d') AS `signed`, t.signed_precision AS `signed-precision`, " \
	"DATE_FORMAT(t.valid_until, '%Y-%m-%d') AS `valid-until`, t.renewal_months AS `renewal-months`, " \
	"t.document_url AS `document-url`, t.notes, " \
	DELETED("t") " FROM agreements t WHERE t.id = ?"

/* --------------------------------------------------------------------- activities */

static const char *const activity_status[] = { "idea", "planned", "running", "done", "cancelled", NULL };

static const struct edit_field activity_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	EDIT_FIELD(EF_LINE, "title", "title", EDIT_REQUIRED, "ed.title", .max = 300),
	EDIT_AREA,
	EDIT_FIELD(EF_CHOICE, "status", "status", 0, "ed.status", .choices = activity_status, .vocab = "astatus", .def = "idea"),
	EDIT_FIELD(EF_LINE, "funding", "funding", 0, "ed.funding", .max = 300),
	EDIT_FIELD(EF_DECIMAL, "budget-eur", "budget_eur", 0, "ed.budget-eur", .min = 12, .max = 2),
	EDIT_SPAN,
	EDIT_FIELD(EF_TEXT, "expected-results", "expected_results", 0, "ed.expected-results", .max = 4000),
	EDIT_FIELD(EF_TEXT, "risks", "risks", 0, "ed.risks", .max = 4000),
};

#define ACTIVITY_XML_SQL \
	OF_PARTNERSHIP "t.title, a.slug AS area, " \
	"t.status, t.funding, t.budget_eur AS `budget-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, " \
	"DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, t.expected_results AS `expected-results`, t.risks, " \
	DELETED("t") " " \
	"FROM activities t LEFT JOIN areas a ON a.id = t.area_id WHERE t.id = ?"

/* -------------------------------------------------------------------- KPI targets */

/* A target of an indicator for a period (also a review's new one). */
#define TARGET \
	EDIT_KPI(EDIT_REQUIRED), EDIT_PERIOD(EDIT_REQUIRED), \
	EDIT_FIELD(EF_DECIMAL, "target", "target", EDIT_REQUIRED, "ed.target", .min = 14, .max = 4)

static const struct edit_field target_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	TARGET,
};

#define TARGET_XML_SQL \
	OF_PARTNERSHIP "k.slug AS kpi, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, " \
	"t.target FROM kpi_targets t JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?"

/* ---------------------------------------------------------------- calendar sources */

static const struct edit_field source_fields[] = {
	EDIT_CITY(EDIT_PARENT | EDIT_NULL_OK, "ed.owner-city-slug"),
	EDIT_FIELD(EF_URL, "url", "url", EDIT_REQUIRED, "ed.calendar-url", .max = 2000),
	EDIT_FIELD(EF_LINE, "name", "name", 0, "ed.name", .max = 200),
	EDIT_FIELD(EF_INT, "refresh-minutes", "refresh_minutes", 0, "ed.fetch-every-minutes", .min = 5, .max = 10080, .def = "360"),
	EDIT_FIELD(EF_FLAG, "enabled", "enabled", 0, "ed.enabled", .def = "1"),
	EDIT_FIELD(EF_ZONE, "tzid", "tzid", 0, "ed.tzid", .max = 64),
};

#define SOURCE_XML_SQL \
	"SELECT t.id AS `@id`, c.slug AS `city/@slug`, t.url, t.name, t.refresh_minutes AS `refresh-minutes`, " \
	"t.enabled, t.tzid FROM calendar_sources t LEFT JOIN cities c ON c.id = t.owner_city_id WHERE t.id = ?"

/* ------------------------------------------------------------------ organisations */

static const char *const helices[] = { "government", "academia", "industry", "civil_society", NULL };

static const struct edit_field organisation_fields[] = {
	EDIT_CITY(EDIT_PARENT, "ed.city-slug"),
	EDIT_FIELD(EF_LINE, "name", "name", EDIT_REQUIRED, "ed.name", .max = 300),
	EDIT_FIELD(EF_LINE, "name-local", "name_local", 0, "ed.name-local", .max = 300),
	EDIT_FIELD(EF_CHOICE, "helix", "helix", EDIT_REQUIRED, "ed.helix", .choices = helices, .vocab = "sa.choice"),
	EDIT_FIELD(EF_URL, "url", "url", 0, "ed.web-site", .max = 2000),
};

#define ORGANISATION_XML_SQL \
	"SELECT t.id AS `@id`, c.slug AS `city/@slug`, t.name, t.name_local AS `name-local`, t.helix, t.url, " \
	DELETED("t") " " \
	"FROM organisations t JOIN cities c ON c.id = t.city_id WHERE t.id = ?"

/* ------------------------------------------------- reviews (issue 18: Measure, Act) */

static const char *const review_kinds[] = { "annual", "on_demand", NULL };
static const char *const decisions[] = { "continue", "adjust", "stop", NULL };

static const struct edit_field review_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	EDIT_FIELD(EF_CHOICE, "kind", "kind", 0, "ed.kind", .choices = review_kinds, .vocab = "rkind", .def = "annual"),
	EDIT_FIELD(EF_DATE, "held", "held_on", EDIT_REQUIRED, "ed.held-on"),
	EDIT_FIELD(EF_DATE, "period-start", "period_start", EDIT_REQUIRED, "ed.looks-back-from"),
	EDIT_FIELD(EF_DATE, "period-end", "period_end", EDIT_REQUIRED | EDIT_AFTER, "ed.to"),
	EDIT_FIELD(EF_TEXT, "findings", "findings", 0, "ed.findings.en", .max = 8000),
	EDIT_FIELD(EF_TEXT, "findings-zh", "findings_zh", 0, "ed.findings.zh", .max = 8000),
};

#define REVIEW_XML_SQL \
	OF_PARTNERSHIP "t.kind, " \
	"DATE_FORMAT(t.held_on, '%Y-%m-%d') AS held, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `period-start`, " \
	"DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `period-end`, t.findings, t.findings_zh AS `findings-zh`, " \
	DELETED("t") " FROM reviews t WHERE t.id = ?"

/* A review's decision on one activity, and a new target: both name a review and an
 * activity or KPI of the same partnership (EDIT_SAME_SCOPE). */
#define SAME_REVIEW \
	EDIT_FIELD(EF_REF, "review", "review_id", EDIT_REQUIRED | EDIT_SAME_SCOPE, "ed.review-number", .max = 9, \
	    .ref_sql = "SELECT id FROM reviews WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL")

static const struct edit_field decision_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	EDIT_FIELD(EF_REF, "review", "review_id", EDIT_REQUIRED | EDIT_SAME_SCOPE, "ed.review-number", .max = 9, .ref_sql = "SELECT id FROM reviews WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL"),
	EDIT_FIELD(EF_REF, "activity", "activity_id", EDIT_REQUIRED | EDIT_SAME_SCOPE, "ed.activity-number", .max = 9, .ref_sql = "SELECT id FROM activities WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL"),
	EDIT_FIELD(EF_CHOICE, "decision", "decision", EDIT_REQUIRED, "ed.decision", .choices = decisions, .vocab = "decision"),
	EDIT_FIELD(EF_TEXT, "note", "note", 0, "ed.why.en", .max = 4000),
	EDIT_FIELD(EF_TEXT, "note-zh", "note_zh", 0, "ed.why.zh", .max = 4000),
};

#define DECISION_XML_SQL \
	OF_PARTNERSHIP "t.review_id AS review, " \
	"t.activity_id AS activity, t.decision, t.note, t.note_zh AS `note-zh`, " \
	DELETED("t") " FROM review_decisions t WHERE t.id = ?"

static const struct edit_field review_target_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	SAME_REVIEW,
	TARGET,
};

#define REVIEW_TARGET_XML_SQL \
	OF_PARTNERSHIP "t.review_id AS review, k.slug AS kpi, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, " \
	"t.target, " DELETED("t") " " \
	"FROM review_targets t JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?"

#define NF(a) (sizeof(a) / sizeof(a[0]))

/* The lock and tag queries of an item of table (edit.h), scope its scope id's column. */
#define LIVE " AND t.deleted_at IS NULL"
#define LOCK_SQL(table, scope, where) \
	"SELECT t.id, " scope ", " STAMP("t") " FROM " table " t WHERE t.id = ?" where " FOR UPDATE"
#define TAG_SQL(table, where) "SELECT t.id, " STAMP("t") " FROM " table " t WHERE t.id = ?" where
#define SOFT_DELETE(table) "UPDATE " table " SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?"
/* An item of a partnership or city (its column pcol), created by POST, deleted softly. */
#define CHILD(entity, path, table, scope, pcol, load, xml, fields) \
	{ entity, path, entity "-edit", table, scope, pcol, 1, LOCK_SQL(table, "t." pcol, LIVE), \
	  TAG_SQL(table, LIVE), load, xml, SOFT_DELETE(table), fields, NF(fields) }

static const struct edit_resource resources[] = {
	{ "partnership", "partnerships", "partnership-edit", "partnerships", SCOPE_PARTNERSHIP, NULL, 0,
	  LOCK_SQL("partnerships", "t.id", LIVE), TAG_SQL("partnerships", LIVE),
	  "SELECT t.status, t.kind, t.since_year AS since, t.narrative_step AS `narrative-step`, "
	  "(SELECT slug FROM loops l WHERE l.id = t.loop_id) AS `loop`, t.notes "
	  "FROM partnerships t WHERE t.id = ? AND t.deleted_at IS NULL",
	  PARTNERSHIP_XML_SQL, SOFT_DELETE("partnerships"), partnership_fields, NF(partnership_fields) },
	{ "city", "cities", "city-edit", "cities", SCOPE_CITY, NULL, 0,
	  "SELECT t.id, t.id, " STAMP("t") " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL",
	  "SELECT " CITY_COLS " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL",
	  "SELECT t.id AS `@id`, t.slug AS `@slug`, " CITY_COLS " FROM cities t WHERE t.id = ?",
	  NULL, city_fields, NF(city_fields) },
	CHILD("agreement", "agreements", "agreements", SCOPE_PARTNERSHIP, "partnership_id",
	  "SELECT t.partnership_id AS partnership, t.kind, t.title, DATE_FORMAT(t.signed_on, '%Y-%m-%d') AS `signed`, "
	  "t.signed_precision AS `signed-precision`, DATE_FORMAT(t.valid_until, '%Y-%m-%d') AS `valid-until`, "
	  "t.renewal_months AS `renewal-months`, t.document_url AS `document-url`, t.notes "
	  "FROM agreements t WHERE t.id = ? AND t.deleted_at IS NULL",
	  AGREEMENT_XML_SQL, agreement_fields),
	CHILD("activity", "activities", "activities", SCOPE_PARTNERSHIP, "partnership_id",
	  "SELECT t.partnership_id AS partnership, t.title, (SELECT slug FROM areas a WHERE a.id = t.area_id) AS area, "
	  "t.status, t.funding, t.budget_eur AS `budget-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, t.expected_results AS `expected-results`, t.risks "
	  "FROM activities t WHERE t.id = ? AND t.deleted_at IS NULL",
	  ACTIVITY_XML_SQL, activity_fields),
	{ "kpi-target", "kpi-targets", "kpi-target-edit", "kpi_targets", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  LOCK_SQL("kpi_targets", "t.partnership_id", ""), TAG_SQL("kpi_targets", ""),
	  "SELECT t.partnership_id AS partnership, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.target FROM kpi_targets t WHERE t.id = ?",
	  TARGET_XML_SQL, NULL, target_fields, NF(target_fields) },
	/* No deleted_at: events of a source stay; DELETE disables it, which the importer and
	 * /sources show. */
	{ "source", "sources", "source-edit", "calendar_sources", SCOPE_CITY, "owner_city_id", 1,
	  LOCK_SQL("calendar_sources", "t.owner_city_id", ""), TAG_SQL("calendar_sources", ""),
	  "SELECT (SELECT slug FROM cities c WHERE c.id = t.owner_city_id) AS city, t.url, t.name, "
	  "t.refresh_minutes AS `refresh-minutes`, t.enabled, t.tzid FROM calendar_sources t WHERE t.id = ?",
	  SOURCE_XML_SQL,
	  "UPDATE calendar_sources SET enabled = 0 WHERE id = ?",
	  source_fields, NF(source_fields) },
	/* A city's helix stakeholders: matching counts them (readiness, existing contacts). */
	CHILD("organisation", "organisations", "organisations", SCOPE_CITY, "city_id",
	  "SELECT (SELECT slug FROM cities c WHERE c.id = t.city_id) AS city, t.name, t.name_local AS `name-local`, "
	  "t.helix, t.url FROM organisations t WHERE t.id = ? AND t.deleted_at IS NULL",
	  ORGANISATION_XML_SQL, organisation_fields),
	/* Reviews (issue 18): a review, its decisions and its new targets, each of one
	 * partnership, edited by the editors of either of its cities. */
	CHILD("review", "reviews", "reviews", SCOPE_PARTNERSHIP, "partnership_id",
	  "SELECT t.partnership_id AS partnership, t.kind, DATE_FORMAT(t.held_on, '%Y-%m-%d') AS held, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `period-start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `period-end`, "
	  "t.findings, t.findings_zh AS `findings-zh` FROM reviews t WHERE t.id = ? AND t.deleted_at IS NULL",
	  REVIEW_XML_SQL, review_fields),
	CHILD("review-decision", "review-decisions", "review_decisions", SCOPE_PARTNERSHIP, "partnership_id",
	  "SELECT t.partnership_id AS partnership, t.review_id AS review, t.activity_id AS activity, t.decision, "
	  "t.note, t.note_zh AS `note-zh` FROM review_decisions t WHERE t.id = ? AND t.deleted_at IS NULL",
	  DECISION_XML_SQL, decision_fields),
	CHILD("review-target", "review-targets", "review_targets", SCOPE_PARTNERSHIP, "partnership_id",
	  "SELECT t.partnership_id AS partnership, t.review_id AS review, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.target FROM review_targets t WHERE t.id = ? AND t.deleted_at IS NULL",
	  REVIEW_TARGET_XML_SQL, review_target_fields),
};

/* The resource of table t (n rows) served under /<path>, or NULL. */
static const struct edit_resource *
by_path(const struct edit_resource *t, size_t n, const char *path)
{
	size_t i;

	for (i = 0; path != NULL && i < n; i++)
		if (strcmp(t[i].path, path) == 0)
			return &t[i];
	return NULL;
}

const struct edit_resource *
edit_resource(const char *path)
{
	const struct edit_resource *r = by_path(resources, NF(resources), path);
	size_t n;

	if (r != NULL)
		return r;
	/* Cooperation plans (issue 18): their resources live in lib/edit_plans.c. */
	r = edit_plan_resources(&n);
	return by_path(r, n, path);
}

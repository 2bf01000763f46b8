/* edit_plans.c: the editable parts of a Cooperation Plan (issue 18; edit.h): a version's
 * header (period, titles, governance), its priorities, objectives, activities,
 * milestones, KPI targets and risks.  Each is written by the generic code of
 * lib/edit_store.c; what is particular to plans is in the SQL here:
 *  - the scope is the partnership of the plan, reached through the parent rows, which
 *    the lock queries lock too (so a state change cannot pass a write of its content);
 *  - "editable": only a draft version changes (the fourth column of the lock queries);
 *  - verify_sql: budgets of each kind per plan, references to the Project Bank and to
 *    KPI targets of the same partnership only, and every text in English, Chinese or
 *    both.
 * The states (propose, approve, next version) are lib/plan_write.c's. */
#include <string.h>

#include "edit.h"

/* How many items of each kind one plan may hold: a page shows a whole plan, so its cost
 * is bounded by these (docs/api.md, "Cooperation plans"). */
#define PLAN_MAX_VERSIONS   "99"
#define PLAN_MAX_PRIORITIES "12"
#define PLAN_MAX_OBJECTIVES "60"
#define PLAN_MAX_ACTIVITIES "120"
#define PLAN_MAX_MILESTONES "400"
#define PLAN_MAX_TARGETS    "120"
#define PLAN_MAX_RISKS      "30"

#define DRAFT(p) p ".state = 'draft'"
/* A problem row of verify_sql when this kind has more than max rows in the item's plan. */
#define FULL(table, max) \
	"SELECT 'plan', 'plan-full' FROM " table " t WHERE t.id = ? AND " \
	"(SELECT COUNT(*) FROM " table " x WHERE x.plan_id = t.plan_id) > " max
/* ... when neither text of a pair is given. */
#define NO_TEXT(table, field, col) \
	"SELECT '" field "-en', 'no-text' FROM " table " t WHERE t.id = ? AND " \
	"t." col "_en IS NULL AND t." col "_zh IS NULL"

/* ---------------------------------------------------------------- plan versions */

static const struct edit_field plan_fields[] = {
	EDIT_PARENT_ID("partnership", "ed.partnership-number"),
	EDIT_PERIOD(0),
	EDIT_BI(EF_LINE, title, 300, "ed.title"),
	EDIT_FIELD(EF_LINE, "focal-europe", "focal_europe", 0, "ed.focal-europe", .max = 300),
	EDIT_FIELD(EF_LINE, "focal-china", "focal_china", 0, "ed.focal-china", .max = 300),
	EDIT_BI(EF_LINE, meetings, 300, "ed.meeting-rhythm"),
	EDIT_BI(EF_TEXT, governance, 4000, "ed.governance"),
};

#define PLAN_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.version AS `@version`, " \
	"t.state AS `@state`, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, " \
	"DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, t.title_en AS `title-en`, t.title_zh AS `title-zh`, " \
	"t.focal_europe AS `focal-europe`, t.focal_china AS `focal-china`, t.meetings_en AS `meetings-en`, " \
	"t.meetings_zh AS `meetings-zh`, t.governance_en AS `governance-en`, t.governance_zh AS `governance-zh` " \
	"FROM plans t WHERE t.id = ?"

/* ------------------------------------------------------------------- priorities */

static const struct edit_field priority_fields[] = {
	EDIT_PARENT_ID("plan", "ed.plan-number"),
	EDIT_AREA,
	EDIT_BI(EF_LINE, title, 300, "ed.priority"),
};

/* --------------------------------------------------------------------- objectives */

static const struct edit_field objective_fields[] = {
	EDIT_PARENT_ID("priority", "ed.priority-number"),
	EDIT_BI(EF_TEXT, text, 1000, "ed.objective"),
	EDIT_BI(EF_TEXT, expected, 4000, "ed.expected-results"),
};

/* --------------------------------------------------------------------- activities */

static const struct edit_field pactivity_fields[] = {
	EDIT_PARENT_ID("objective", "ed.objective-number"),
	EDIT_FIELD(EF_INT, "activity", "activity_id", 0, "ed.project-bank-activity", .min = 1, .max = 999999999, .code = FE_ID),
	EDIT_BI(EF_LINE, title, 300, "ed.activity"),
	EDIT_FIELD(EF_LINE, "funding-source", "funding_source", 0, "ed.funding-source", .max = 300),
	EDIT_FIELD(EF_DECIMAL, "amount-eur", "amount_eur", 0, "ed.amount-eur", .min = 12, .max = 2),
	EDIT_SPAN,
	EDIT_BI(EF_TEXT, expected, 4000, "ed.expected-result"),
	EDIT_FIELD(EF_LINE, "team-europe", "team_europe", 0, "ed.team-europe", .max = 300),
	EDIT_FIELD(EF_LINE, "team-china", "team_china", 0, "ed.team-china", .max = 300),
};

/* --------------------------------------------------------------------- milestones */

static const struct edit_field milestone_fields[] = {
	EDIT_PARENT_ID("plan-activity", "ed.plan-activity-number"),
	EDIT_FIELD(EF_DATE, "due", "due_on", EDIT_REQUIRED, "ed.due-on"),
	EDIT_BI(EF_LINE, deliverable, 300, "ed.deliverable"),
};

/* ----------------------------------------------------------------------- targets */

static const struct edit_field ptarget_fields[] = {
	EDIT_PARENT_ID("objective", "ed.objective-number"),
	EDIT_KPI(0),
	EDIT_FIELD(EF_INT, "kpi-target", "kpi_target_id", 0, "ed.kpi-target-number", .min = 1, .max = 999999999, .code = FE_ID),
	EDIT_FIELD(EF_DECIMAL, "target", "target", 0, "ed.target", .min = 14, .max = 4),
	EDIT_PERIOD(0),
	EDIT_BI(EF_LINE, note, 300, "ed.note"),
};

/* ------------------------------------------------------------------------- risks */

static const char *const likelihoods[] = { "low", "medium", "high", NULL };

static const struct edit_field risk_fields[] = {
	EDIT_PARENT_ID("plan", "ed.plan-number"),
	EDIT_FIELD(EF_CHOICE, "likelihood", "likelihood", 0, "ed.likelihood", .choices = likelihoods, .vocab = "pl.likelihood"),
	EDIT_BI(EF_TEXT, risk, 1000, "ed.risk"),
	EDIT_BI(EF_TEXT, mitigation, 2000, "ed.mitigation"),
};

#define NF(a) (sizeof(a) / sizeof(a[0]))

/* Lock and tag queries of a part, which has a plan_id column (also the lock of a new
 * item's parent). */
#define CHILD_LOCK(table) \
	"SELECT t.id, p.partnership_id, " STAMP("t") ", " DRAFT("p") " FROM " table " t " \
	"JOIN plans p ON p.id = t.plan_id WHERE t.id = ? FOR UPDATE"
#define CHILD_TAG(table) "SELECT t.id, " STAMP("t") " FROM " table " t WHERE t.id = ?"
/* A part of a plan: its parent's column pcol; deleted for good (a draft's only). */
#define PART(entity, path, table, pcol, load, xml, fields) \
	{ entity, path, entity "-edit", table, SCOPE_PARTNERSHIP, pcol, 1, CHILD_LOCK(table), \
	  CHILD_TAG(table), load, xml, "DELETE FROM " table " WHERE id = ?", fields, NF(fields) }
/* The lock of a new item's parent when that is the plan itself. */
#define PLAN_LOCK "SELECT p.id, p.partnership_id, " STAMP("p") ", " DRAFT("p") " FROM plans p WHERE p.id = ? FOR UPDATE"

static const struct edit_resource plan_resources[] = {
	{ "plan", "plans", "plan-edit", "plans", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") ", " DRAFT("t") " FROM plans t WHERE t.id = ? FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM plans t WHERE t.id = ?",
	  "SELECT t.partnership_id AS partnership, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, t.title_en AS `title-en`, t.title_zh AS `title-zh`, "
	  "t.focal_europe AS `focal-europe`, t.focal_china AS `focal-china`, t.meetings_en AS `meetings-en`, "
	  "t.meetings_zh AS `meetings-zh`, t.governance_en AS `governance-en`, t.governance_zh AS `governance-zh` "
	  "FROM plans t WHERE t.id = ?",
	  PLAN_XML_SQL,
	  /* A draft only (the lock query's editable): its parts go with it. */
	  "DELETE FROM plans WHERE id = ?",
	  plan_fields, NF(plan_fields) },
	PART("plan-priority", "plan-priorities", "plan_priorities", "plan_id",
	  "SELECT t.plan_id AS plan, (SELECT slug FROM areas a WHERE a.id = t.area_id) AS area, "
	  "t.title_en AS `title-en`, t.title_zh AS `title-zh` FROM plan_priorities t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_id AS `plan/@id`, a.slug AS area, t.title_en AS `title-en`, "
	  "t.title_zh AS `title-zh` FROM plan_priorities t LEFT JOIN areas a ON a.id = t.area_id WHERE t.id = ?",
	  priority_fields),
	PART("plan-objective", "plan-objectives", "plan_objectives", "priority_id",
	  "SELECT t.priority_id AS priority, t.text_en AS `text-en`, t.text_zh AS `text-zh`, "
	  "t.expected_en AS `expected-en`, t.expected_zh AS `expected-zh` FROM plan_objectives t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.priority_id AS `priority/@id`, t.text_en AS `text-en`, t.text_zh AS `text-zh`, "
	  "t.expected_en AS `expected-en`, t.expected_zh AS `expected-zh` FROM plan_objectives t WHERE t.id = ?",
	  objective_fields),
	PART("plan-activity", "plan-activities", "plan_activities", "objective_id",
	  "SELECT t.objective_id AS objective, t.activity_id AS activity, t.title_en AS `title-en`, "
	  "t.title_zh AS `title-zh`, t.funding_source AS `funding-source`, t.amount_eur AS `amount-eur`, "
	  "DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, "
	  "t.expected_en AS `expected-en`, t.expected_zh AS `expected-zh`, t.team_europe AS `team-europe`, "
	  "t.team_china AS `team-china` FROM plan_activities t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.objective_id AS `objective/@id`, t.activity_id AS `activity`, "
	  "t.title_en AS `title-en`, t.title_zh AS `title-zh`, t.funding_source AS `funding-source`, "
	  "t.amount_eur AS `amount-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, t.expected_en AS `expected-en`, "
	  "t.expected_zh AS `expected-zh`, t.team_europe AS `team-europe`, t.team_china AS `team-china` "
	  "FROM plan_activities t WHERE t.id = ?",
	  pactivity_fields),
	PART("plan-milestone", "plan-milestones", "plan_milestones", "plan_activity_id",
	  "SELECT t.plan_activity_id AS `plan-activity`, DATE_FORMAT(t.due_on, '%Y-%m-%d') AS due, "
	  "t.deliverable_en AS `deliverable-en`, t.deliverable_zh AS `deliverable-zh` FROM plan_milestones t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_activity_id AS `plan-activity/@id`, DATE_FORMAT(t.due_on, '%Y-%m-%d') AS due, "
	  "t.deliverable_en AS `deliverable-en`, t.deliverable_zh AS `deliverable-zh` FROM plan_milestones t WHERE t.id = ?",
	  milestone_fields),
	PART("plan-target", "plan-targets", "plan_targets", "objective_id",
	  "SELECT t.objective_id AS objective, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "t.kpi_target_id AS `kpi-target`, t.target, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, t.note_en AS `note-en`, t.note_zh AS `note-zh` "
	  "FROM plan_targets t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.objective_id AS `objective/@id`, k.slug AS kpi, t.kpi_target_id AS `kpi-target`, "
	  "t.target, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.note_en AS `note-en`, t.note_zh AS `note-zh` FROM plan_targets t LEFT JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?",
	  ptarget_fields),
	PART("plan-risk", "plan-risks", "plan_risks", "plan_id",
	  "SELECT t.plan_id AS plan, t.likelihood, t.risk_en AS `risk-en`, t.risk_zh AS `risk-zh`, "
	  "t.mitigation_en AS `mitigation-en`, t.mitigation_zh AS `mitigation-zh` FROM plan_risks t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_id AS `plan/@id`, t.likelihood, t.risk_en AS `risk-en`, t.risk_zh AS `risk-zh`, "
	  "t.mitigation_en AS `mitigation-en`, t.mitigation_zh AS `mitigation-zh` FROM plan_risks t WHERE t.id = ?",
	  risk_fields),
};

/* The extra rules of each, in the same order. */
static const struct edit_extra plan_extras[] = {
	{ NULL, NULL,
	  /* One open version (draft or proposed) per partnership: the next one starts from
	   * the approved one (lib/plan_write.c). */
	  "SELECT 'partnership', 'plan-open' FROM plans t WHERE t.id = ? AND EXISTS (SELECT 1 FROM plans o "
	  "WHERE o.partnership_id = t.partnership_id AND o.id <> t.id AND o.state <> 'approved') "
	  "UNION ALL SELECT 'partnership', 'plan-full' FROM plans t WHERE t.id = ? AND "
	  "(SELECT COUNT(*) FROM plans o WHERE o.partnership_id = t.partnership_id) > " PLAN_MAX_VERSIONS },
	{ PLAN_LOCK, "plan",
	  FULL("plan_priorities", PLAN_MAX_PRIORITIES) " UNION ALL "
	  "SELECT 'title-en', 'no-text' FROM plan_priorities t WHERE t.id = ? AND t.title_en IS NULL "
	  "AND t.title_zh IS NULL AND t.area_id IS NULL" },
	{ CHILD_LOCK("plan_priorities"), "plan-priority",
	  FULL("plan_objectives", PLAN_MAX_OBJECTIVES) " UNION ALL " NO_TEXT("plan_objectives", "text", "text") },
	{ CHILD_LOCK("plan_objectives"), "plan-objective",
	  FULL("plan_activities", PLAN_MAX_ACTIVITIES) " UNION ALL " NO_TEXT("plan_activities", "title", "title")
	  /* The Project Bank row must be one of this partnership's, and not deleted. */
	  " UNION ALL SELECT 'activity', 'other-partnership' FROM plan_activities t JOIN plans p ON p.id = t.plan_id "
	  "LEFT JOIN activities a ON a.id = t.activity_id AND a.deleted_at IS NULL "
	  "AND a.partnership_id = p.partnership_id WHERE t.id = ? AND t.activity_id IS NOT NULL AND a.id IS NULL" },
	{ CHILD_LOCK("plan_activities"), "plan-activity",
	  FULL("plan_milestones", PLAN_MAX_MILESTONES) " UNION ALL " NO_TEXT("plan_milestones", "deliverable", "deliverable") },
	{ CHILD_LOCK("plan_objectives"), "plan-objective",
	  FULL("plan_targets", PLAN_MAX_TARGETS)
	  " UNION ALL SELECT 'kpi', 'required' FROM plan_targets t WHERE t.id = ? AND t.kpi_id IS NULL "
	  "AND t.kpi_target_id IS NULL"
	  " UNION ALL SELECT 'kpi-target', 'other-partnership' FROM plan_targets t JOIN plans p ON p.id = t.plan_id "
	  "LEFT JOIN kpi_targets k ON k.id = t.kpi_target_id AND k.partnership_id = p.partnership_id "
	  "WHERE t.id = ? AND t.kpi_target_id IS NOT NULL AND k.id IS NULL" },
	{ PLAN_LOCK, "plan",
	  FULL("plan_risks", PLAN_MAX_RISKS) " UNION ALL " NO_TEXT("plan_risks", "risk", "risk") },
};

_Static_assert(NF(plan_extras) == NF(plan_resources), "plan_extras[] must follow plan_resources[]");

const struct edit_resource *
edit_plan_resources(size_t *n)
{
	*n = NF(plan_resources);
	return plan_resources;
}

const struct edit_extra *
edit_extra_of(const struct edit_resource *r)
{
	size_t i;

	for (i = 0; i < NF(plan_resources); i++)
		if (r == &plan_resources[i])
			return &plan_extras[i];
	return NULL;
}

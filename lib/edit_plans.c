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
	{ "partnership", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Partnership (number)", "合作关系（编号）", FE_ID },
	{ "start", "period_start", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Period from", "期间起始", 0 },
	{ "end", "period_end", EF_DATE, EDIT_AFTER, 0, 0, NULL, NULL, NULL, "to", "至", 0 },
	{ "title-en", "title_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Title (English)", "标题（英文）", 0 },
	{ "title-zh", "title_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Title (Chinese)", "标题（中文）", 0 },
	{ "focal-europe", "focal_europe", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Focal point of the European city", "欧洲城市联络人", 0 },
	{ "focal-china", "focal_china", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Focal point of the Chinese city", "中国城市联络人", 0 },
	{ "meetings-en", "meetings_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Meeting rhythm (English)", "会议频率（英文）", 0 },
	{ "meetings-zh", "meetings_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Meeting rhythm (Chinese)", "会议频率（中文）", 0 },
	{ "governance-en", "governance_en", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Governance (English)", "治理安排（英文）", 0 },
	{ "governance-zh", "governance_zh", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Governance (Chinese)", "治理安排（中文）", 0 },
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
	{ "plan", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Plan (number)", "计划（编号）", FE_ID },
	{ "area", "area_id", EF_REF, 0, 0, 64, NULL, "SELECT id FROM areas WHERE slug = ?", NULL,
	  "Area (slug)", "合作领域（标识）", 0 },
	{ "title-en", "title_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Priority (English)", "优先领域（英文）", 0 },
	{ "title-zh", "title_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Priority (Chinese)", "优先领域（中文）", 0 },
};

/* --------------------------------------------------------------------- objectives */

static const struct edit_field objective_fields[] = {
	{ "priority", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Priority (number)", "优先领域（编号）", FE_ID },
	{ "text-en", "text_en", EF_TEXT, 0, 0, 1000, NULL, NULL, NULL, "Objective (English)", "目标（英文）", 0 },
	{ "text-zh", "text_zh", EF_TEXT, 0, 0, 1000, NULL, NULL, NULL, "Objective (Chinese)", "目标（中文）", 0 },
	{ "expected-en", "expected_en", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Expected results (English)", "预期成果（英文）", 0 },
	{ "expected-zh", "expected_zh", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Expected results (Chinese)", "预期成果（中文）", 0 },
};

/* --------------------------------------------------------------------- activities */

static const struct edit_field pactivity_fields[] = {
	{ "objective", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Objective (number)", "目标（编号）", FE_ID },
	{ "activity", "activity_id", EF_INT, 0, 1, 999999999, NULL, NULL, NULL,
	  "Project Bank activity (number, of this partnership)", "项目库活动（编号，本合作关系）", FE_ID },
	{ "title-en", "title_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Activity (English)", "活动（英文）", 0 },
	{ "title-zh", "title_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Activity (Chinese)", "活动（中文）", 0 },
	{ "funding-source", "funding_source", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Funding source", "资金来源", 0 },
	{ "amount-eur", "amount_eur", EF_DECIMAL, 0, 12, 2, NULL, NULL, NULL, "Amount (EUR)", "金额（欧元）", 0 },
	{ "start", "starts_on", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Starts on", "开始日期", 0 },
	{ "end", "ends_on", EF_DATE, EDIT_AFTER, 0, 0, NULL, NULL, NULL, "Ends on", "结束日期", 0 },
	{ "expected-en", "expected_en", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Expected result (English)", "预期成果（英文）", 0 },
	{ "expected-zh", "expected_zh", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Expected result (Chinese)", "预期成果（中文）", 0 },
	{ "team-europe", "team_europe", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Responsible team, European city", "欧洲城市负责团队", 0 },
	{ "team-china", "team_china", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Responsible team, Chinese city", "中国城市负责团队", 0 },
};

/* --------------------------------------------------------------------- milestones */

static const struct edit_field milestone_fields[] = {
	{ "plan-activity", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Plan activity (number)", "计划活动（编号）", FE_ID },
	{ "due", "due_on", EF_DATE, EDIT_REQUIRED, 0, 0, NULL, NULL, NULL, "Due on", "截止日期", 0 },
	{ "deliverable-en", "deliverable_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Deliverable (English)", "交付成果（英文）", 0 },
	{ "deliverable-zh", "deliverable_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL,
	  "Deliverable (Chinese)", "交付成果（中文）", 0 },
};

/* ----------------------------------------------------------------------- targets */

static const struct edit_field ptarget_fields[] = {
	{ "objective", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Objective (number)", "目标（编号）", FE_ID },
	{ "kpi", "kpi_id", EF_REF, 0, 0, 64, NULL,
	  "SELECT id FROM kpis WHERE slug = ? AND deleted_at IS NULL", NULL, "KPI (slug)", "KPI（标识）", FE_NO_KPI },
	{ "kpi-target", "kpi_target_id", EF_INT, 0, 1, 999999999, NULL, NULL, NULL,
	  "KPI target of this partnership (number)", "本合作关系的KPI目标（编号）", FE_ID },
	{ "target", "target", EF_DECIMAL, 0, 14, 4, NULL, NULL, NULL, "Target", "目标值", 0 },
	{ "start", "period_start", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Period from", "期间起始", 0 },
	{ "end", "period_end", EF_DATE, EDIT_AFTER, 0, 0, NULL, NULL, NULL, "to", "至", 0 },
	{ "note-en", "note_en", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Note (English)", "说明（英文）", 0 },
	{ "note-zh", "note_zh", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Note (Chinese)", "说明（中文）", 0 },
};

/* ------------------------------------------------------------------------- risks */

static const char *const likelihoods[] = { "low", "medium", "high", NULL };

static const struct edit_field risk_fields[] = {
	{ "plan", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL,
	  "Plan (number)", "计划（编号）", FE_ID },
	{ "likelihood", "likelihood", EF_CHOICE, 0, 0, 0, likelihoods, NULL, NULL,
	  "Likelihood (low, medium, high)", "可能性（低、中、高）", 0 },
	{ "risk-en", "risk_en", EF_TEXT, 0, 0, 1000, NULL, NULL, NULL, "Risk (English)", "风险（英文）", 0 },
	{ "risk-zh", "risk_zh", EF_TEXT, 0, 0, 1000, NULL, NULL, NULL, "Risk (Chinese)", "风险（中文）", 0 },
	{ "mitigation-en", "mitigation_en", EF_TEXT, 0, 0, 2000, NULL, NULL, NULL,
	  "Mitigation (English)", "应对措施（英文）", 0 },
	{ "mitigation-zh", "mitigation_zh", EF_TEXT, 0, 0, 2000, NULL, NULL, NULL,
	  "Mitigation (Chinese)", "应对措施（中文）", 0 },
};

#define NF(a) (sizeof(a) / sizeof(a[0]))

/* Lock, tag and parent queries of a child table with a plan_id column. */
#define CHILD_LOCK(table) \
	"SELECT t.id, p.partnership_id, " STAMP("t") ", " DRAFT("p") " FROM " table " t " \
	"JOIN plans p ON p.id = t.plan_id WHERE t.id = ? FOR UPDATE"
#define CHILD_TAG(table) "SELECT t.id, " STAMP("t") " FROM " table " t WHERE t.id = ?"
#define PARENT_LOCK(table) \
	"SELECT t.id, p.partnership_id, " STAMP("t") ", " DRAFT("p") " FROM " table " t " \
	"JOIN plans p ON p.id = t.plan_id WHERE t.id = ? FOR UPDATE"

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
	{ "plan-priority", "plan-priorities", "plan-priority-edit", "plan_priorities", SCOPE_PARTNERSHIP, "plan_id", 1,
	  CHILD_LOCK("plan_priorities"), CHILD_TAG("plan_priorities"),
	  "SELECT t.plan_id AS plan, (SELECT slug FROM areas a WHERE a.id = t.area_id) AS area, "
	  "t.title_en AS `title-en`, t.title_zh AS `title-zh` FROM plan_priorities t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_id AS `plan/@id`, a.slug AS area, t.title_en AS `title-en`, "
	  "t.title_zh AS `title-zh` FROM plan_priorities t LEFT JOIN areas a ON a.id = t.area_id WHERE t.id = ?",
	  "DELETE FROM plan_priorities WHERE id = ?",
	  priority_fields, NF(priority_fields) },
	{ "plan-objective", "plan-objectives", "plan-objective-edit", "plan_objectives", SCOPE_PARTNERSHIP,
	  "priority_id", 1,
	  CHILD_LOCK("plan_objectives"), CHILD_TAG("plan_objectives"),
	  "SELECT t.priority_id AS priority, t.text_en AS `text-en`, t.text_zh AS `text-zh`, "
	  "t.expected_en AS `expected-en`, t.expected_zh AS `expected-zh` FROM plan_objectives t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.priority_id AS `priority/@id`, t.text_en AS `text-en`, t.text_zh AS `text-zh`, "
	  "t.expected_en AS `expected-en`, t.expected_zh AS `expected-zh` FROM plan_objectives t WHERE t.id = ?",
	  "DELETE FROM plan_objectives WHERE id = ?",
	  objective_fields, NF(objective_fields) },
	{ "plan-activity", "plan-activities", "plan-activity-edit", "plan_activities", SCOPE_PARTNERSHIP,
	  "objective_id", 1,
	  CHILD_LOCK("plan_activities"), CHILD_TAG("plan_activities"),
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
	  "DELETE FROM plan_activities WHERE id = ?",
	  pactivity_fields, NF(pactivity_fields) },
	{ "plan-milestone", "plan-milestones", "plan-milestone-edit", "plan_milestones", SCOPE_PARTNERSHIP,
	  "plan_activity_id", 1,
	  CHILD_LOCK("plan_milestones"), CHILD_TAG("plan_milestones"),
	  "SELECT t.plan_activity_id AS `plan-activity`, DATE_FORMAT(t.due_on, '%Y-%m-%d') AS due, "
	  "t.deliverable_en AS `deliverable-en`, t.deliverable_zh AS `deliverable-zh` FROM plan_milestones t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_activity_id AS `plan-activity/@id`, DATE_FORMAT(t.due_on, '%Y-%m-%d') AS due, "
	  "t.deliverable_en AS `deliverable-en`, t.deliverable_zh AS `deliverable-zh` FROM plan_milestones t WHERE t.id = ?",
	  "DELETE FROM plan_milestones WHERE id = ?",
	  milestone_fields, NF(milestone_fields) },
	{ "plan-target", "plan-targets", "plan-target-edit", "plan_targets", SCOPE_PARTNERSHIP, "objective_id", 1,
	  CHILD_LOCK("plan_targets"), CHILD_TAG("plan_targets"),
	  "SELECT t.objective_id AS objective, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "t.kpi_target_id AS `kpi-target`, t.target, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, t.note_en AS `note-en`, t.note_zh AS `note-zh` "
	  "FROM plan_targets t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.objective_id AS `objective/@id`, k.slug AS kpi, t.kpi_target_id AS `kpi-target`, "
	  "t.target, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.note_en AS `note-en`, t.note_zh AS `note-zh` FROM plan_targets t LEFT JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?",
	  "DELETE FROM plan_targets WHERE id = ?",
	  ptarget_fields, NF(ptarget_fields) },
	{ "plan-risk", "plan-risks", "plan-risk-edit", "plan_risks", SCOPE_PARTNERSHIP, "plan_id", 1,
	  CHILD_LOCK("plan_risks"), CHILD_TAG("plan_risks"),
	  "SELECT t.plan_id AS plan, t.likelihood, t.risk_en AS `risk-en`, t.risk_zh AS `risk-zh`, "
	  "t.mitigation_en AS `mitigation-en`, t.mitigation_zh AS `mitigation-zh` FROM plan_risks t WHERE t.id = ?",
	  "SELECT t.id AS `@id`, t.plan_id AS `plan/@id`, t.likelihood, t.risk_en AS `risk-en`, t.risk_zh AS `risk-zh`, "
	  "t.mitigation_en AS `mitigation-en`, t.mitigation_zh AS `mitigation-zh` FROM plan_risks t WHERE t.id = ?",
	  "DELETE FROM plan_risks WHERE id = ?",
	  risk_fields, NF(risk_fields) },
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
	{ "SELECT p.id, p.partnership_id, " STAMP("p") ", " DRAFT("p") " FROM plans p WHERE p.id = ? FOR UPDATE",
	  "plan",
	  FULL("plan_priorities", PLAN_MAX_PRIORITIES) " UNION ALL "
	  "SELECT 'title-en', 'no-text' FROM plan_priorities t WHERE t.id = ? AND t.title_en IS NULL "
	  "AND t.title_zh IS NULL AND t.area_id IS NULL" },
	{ PARENT_LOCK("plan_priorities"), "plan-priority",
	  FULL("plan_objectives", PLAN_MAX_OBJECTIVES) " UNION ALL " NO_TEXT("plan_objectives", "text", "text") },
	{ PARENT_LOCK("plan_objectives"), "plan-objective",
	  FULL("plan_activities", PLAN_MAX_ACTIVITIES) " UNION ALL " NO_TEXT("plan_activities", "title", "title")
	  /* The Project Bank row must be one of this partnership's, and not deleted. */
	  " UNION ALL SELECT 'activity', 'other-partnership' FROM plan_activities t JOIN plans p ON p.id = t.plan_id "
	  "LEFT JOIN activities a ON a.id = t.activity_id AND a.deleted_at IS NULL "
	  "AND a.partnership_id = p.partnership_id WHERE t.id = ? AND t.activity_id IS NOT NULL AND a.id IS NULL" },
	{ PARENT_LOCK("plan_activities"), "plan-activity",
	  FULL("plan_milestones", PLAN_MAX_MILESTONES) " UNION ALL " NO_TEXT("plan_milestones", "deliverable", "deliverable") },
	{ PARENT_LOCK("plan_objectives"), "plan-objective",
	  FULL("plan_targets", PLAN_MAX_TARGETS)
	  " UNION ALL SELECT 'kpi', 'required' FROM plan_targets t WHERE t.id = ? AND t.kpi_id IS NULL "
	  "AND t.kpi_target_id IS NULL"
	  " UNION ALL SELECT 'kpi-target', 'other-partnership' FROM plan_targets t JOIN plans p ON p.id = t.plan_id "
	  "LEFT JOIN kpi_targets k ON k.id = t.kpi_target_id AND k.partnership_id = p.partnership_id "
	  "WHERE t.id = ? AND t.kpi_target_id IS NOT NULL AND k.id IS NULL" },
	{ "SELECT p.id, p.partnership_id, " STAMP("p") ", " DRAFT("p") " FROM plans p WHERE p.id = ? FOR UPDATE",
	  "plan",
	  FULL("plan_risks", PLAN_MAX_RISKS) " UNION ALL " NO_TEXT("plan_risks", "risk", "risk") },
};

_Static_assert(NF(plan_extras) == NF(plan_resources), "plan_extras[] must follow plan_resources[]");

const struct edit_resource *
edit_plan_resource(const char *path)
{
	size_t i;

	for (i = 0; path != NULL && i < NF(plan_resources); i++)
		if (strcmp(plan_resources[i].path, path) == 0)
			return &plan_resources[i];
	return NULL;
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

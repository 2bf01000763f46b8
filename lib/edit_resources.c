/* edit_resources.c: the editable resources (edit.h): their fields, their vocabularies and
 * the SQL that reads and writes each; edit_resource() finds one by its path. */
#include <string.h>


#include "edit.h"

/* ------------------------------------------------------------------- partnerships */

static const char *const partnership_status[] = { "active", "dormant", "ended", NULL };
static const char *const partnership_kinds[] = { "programme_pairing", "sister_city",
	"friendship_city", "mou", "cooperation_agreement", "in_discussion", "ad_hoc", NULL };

static const struct edit_field partnership_fields[] = {
	{ "status", "status", EF_CHOICE, EDIT_REQUIRED, 0, 0, partnership_status, NULL, NULL,
	  "Status", "状态", 0 },
	{ "kind", "kind", EF_CHOICE, 0, 0, 0, partnership_kinds, NULL, NULL, "Kind", "类型", 0 },
	{ "since", "since_year", EF_INT, 0, 1900, 2999, NULL, NULL, NULL, "Since (year)", "起始年份", 0 },
	{ "narrative-step", "narrative_step", EF_INT, 0, 1, 8, NULL, NULL, NULL,
	  "Narrative step (1-8)", "叙事步骤（1-8）", FE_STEP },
	{ "loop", "loop_id", EF_REF, 0, 0, 64, NULL, "SELECT id FROM loops WHERE slug = ?", NULL,
	  "Loop", "循环", 0 },
	{ "notes", "notes", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Notes", "备注", 0 },
};

#define PARTNERSHIP_XML_SQL \
	"SELECT p.id AS `@id`, e.slug AS `europe/@slug`, c.slug AS `china/@slug`, p.kind, " \
	"p.since_year AS since, p.status, p.narrative_step AS `narrative-step`, l.slug AS `loop`, " \
	"p.notes, DATE_FORMAT(p.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted " \
	"FROM partnerships p JOIN cities e ON e.id = p.europe_city_id " \
	"JOIN cities c ON c.id = p.china_city_id LEFT JOIN loops l ON l.id = p.loop_id WHERE p.id = ?"

/* ------------------------------------------------------------------------- cities */

static const char *const learning[] = { "learner", "mentor", "both", NULL };
static const char *const investment[] = { "investor", "recipient", "both", NULL };

static const struct edit_field city_fields[] = {
	{ "name-en", "name_en", EF_LINE, EDIT_REQUIRED, 0, 200, NULL, NULL, NULL, "Name (English)", "英文名称", 0 },
	{ "name-local", "name_local", EF_LINE, EDIT_REQUIRED, 0, 200, NULL, NULL, NULL, "Name (local)", "本地名称", 0 },
	{ "name-zh", "name_zh", EF_LINE, 0, 0, 200, NULL, NULL, NULL, "Name (Chinese)", "中文名称", 0 },
	{ "province", "province", EF_LINE, 0, 0, 200, NULL, NULL, NULL, "Province or region", "省份或地区", 0 },
	{ "population", "population", EF_INT, 0, 0, 2000000000, NULL, NULL, NULL, "Population", "人口", 0 },
	{ "coastal", "coastal", EF_FLAG, 0, 0, 0, NULL, NULL, NULL, "Coastal (0 or 1)", "沿海（0或1）", 0 },
	{ "intl-strategy", "has_intl_strategy", EF_FLAG, 0, 0, 0, NULL, NULL, NULL,
	  "International strategy (0 or 1)", "国际化战略（0或1）", 0 },
	{ "intl-strategy-since", "intl_strategy_since", EF_INT, 0, 1900, 2999, NULL, NULL, NULL,
	  "International strategy since (year)", "国际化战略起始年份", 0 },
	{ "contact-point", "contact_point", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Contact point", "联络点", 0 },
	{ "wants-peer-to-peer", "wants_peer_to_peer", EF_FLAG, 0, 0, 0, NULL, NULL, NULL,
	  "Wants peer-to-peer learning (0 or 1)", "希望开展同伴学习（0或1）", 0 },
	{ "wants-joint-project", "wants_joint_project", EF_FLAG, 0, 0, 0, NULL, NULL, NULL,
	  "Wants to host a joint project (0 or 1)", "希望主办联合项目（0或1）", 0 },
	{ "seeks-partner", "seeks_partner", EF_FLAG, 0, 0, 0, NULL, NULL, "0",
	  "Seeks a partner (0 or 1)", "寻求合作伙伴（0或1）", 0 },
	{ "self-view-learning", "self_view_learning", EF_CHOICE, 0, 0, 0, learning, NULL, NULL,
	  "Sees itself as (learning)", "自我定位（学习）", 0 },
	{ "self-view-investment", "self_view_investment", EF_CHOICE, 0, 0, 0, investment, NULL, NULL,
	  "Sees itself as (investment)", "自我定位（投资）", 0 },
	{ "notes", "notes", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Notes", "备注", 0 },
	{ "offers", NULL, EF_AREAS, 0, 0, 64, NULL, "SELECT id FROM areas WHERE slug = ?", NULL,
	  "Areas offered (slugs)", "提供的合作领域（标识）", 0 },
	{ "seeks", NULL, EF_AREAS, 0, 0, 64, NULL, "SELECT id FROM areas WHERE slug = ?", NULL,
	  "Areas sought (slugs)", "寻求的合作领域（标识）", 0 },
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

#define PARENT_PARTNERSHIP \
	{ "partnership", NULL, EF_INT, EDIT_PARENT, 1, 999999999, NULL, NULL, NULL, \
	  "Partnership (number)", "合作关系（编号）", FE_ID }

static const struct edit_field agreement_fields[] = {
	PARENT_PARTNERSHIP,
	{ "kind", "kind", EF_CHOICE, EDIT_REQUIRED, 0, 0, agreement_kinds, NULL, NULL, "Kind", "类型", 0 },
	{ "title", "title", EF_LINE, EDIT_REQUIRED, 0, 300, NULL, NULL, NULL, "Title", "标题", 0 },
	{ "signed", "signed_on", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Signed on", "签署日期", 0 },
	{ "signed-precision", "signed_precision", EF_CHOICE, EDIT_WITH_PREV, 0, 0, precisions, NULL,
	  "day", "Signing date known to the (year, month, day)", "签署日期精确到（年、月、日）", 0 },
	{ "valid-until", "valid_until", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Valid until", "有效期至", 0 },
	{ "renewal-months", "renewal_months", EF_INT, 0, 1, 1200, NULL, NULL, NULL,
	  "Renewed every (months)", "续签周期（月）", 0 },
	{ "document-url", "document_url", EF_URL, 0, 0, 2000, NULL, NULL, NULL, "Document (link)", "文件链接", 0 },
	{ "notes", "notes", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Notes", "备注", 0 },
};

#define AGREEMENT_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.kind, t.title, " \
	"DATE_FORMAT(t.signed_on, '%Y-%m-%d') AS `signed`, t.signed_precision AS `signed-precision`, " \
	"DATE_FORMAT(t.valid_until, '%Y-%m-%d') AS `valid-until`, t.renewal_months AS `renewal-months`, " \
	"t.document_url AS `document-url`, t.notes, " \
	"DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted FROM agreements t WHERE t.id = ?"

/* --------------------------------------------------------------------- activities */

static const char *const activity_status[] = { "idea", "planned", "running", "done", "cancelled", NULL };

static const struct edit_field activity_fields[] = {
	PARENT_PARTNERSHIP,
	{ "title", "title", EF_LINE, EDIT_REQUIRED, 0, 300, NULL, NULL, NULL, "Title", "标题", 0 },
	{ "area", "area_id", EF_REF, 0, 0, 64, NULL, "SELECT id FROM areas WHERE slug = ?", NULL,
	  "Area (slug)", "合作领域（标识）", 0 },
	{ "status", "status", EF_CHOICE, 0, 0, 0, activity_status, NULL, "idea", "Status", "状态", 0 },
	{ "funding", "funding", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Funding", "资金来源", 0 },
	{ "budget-eur", "budget_eur", EF_DECIMAL, 0, 12, 2, NULL, NULL, NULL, "Budget (EUR)", "预算（欧元）", 0 },
	{ "start", "starts_on", EF_DATE, 0, 0, 0, NULL, NULL, NULL, "Starts on", "开始日期", 0 },
	{ "end", "ends_on", EF_DATE, EDIT_AFTER, 0, 0, NULL, NULL, NULL, "Ends on", "结束日期", 0 },
	{ "expected-results", "expected_results", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL,
	  "Expected results", "预期成果", 0 },
	{ "risks", "risks", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Risks", "风险", 0 },
};

#define ACTIVITY_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.title, a.slug AS area, " \
	"t.status, t.funding, t.budget_eur AS `budget-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, " \
	"DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, t.expected_results AS `expected-results`, t.risks, " \
	"DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted " \
	"FROM activities t LEFT JOIN areas a ON a.id = t.area_id WHERE t.id = ?"

/* -------------------------------------------------------------------- KPI targets */

static const struct edit_field target_fields[] = {
	PARENT_PARTNERSHIP,
	{ "kpi", "kpi_id", EF_REF, EDIT_REQUIRED, 0, 64, NULL,
	  "SELECT id FROM kpis WHERE slug = ? AND deleted_at IS NULL", NULL, "KPI (slug)", "KPI（标识）", FE_NO_KPI },
	{ "start", "period_start", EF_DATE, EDIT_REQUIRED, 0, 0, NULL, NULL, NULL, "Period from", "期间起始", 0 },
	{ "end", "period_end", EF_DATE, EDIT_REQUIRED | EDIT_AFTER, 0, 0, NULL, NULL, NULL, "to", "至", 0 },
	{ "target", "target", EF_DECIMAL, EDIT_REQUIRED, 14, 4, NULL, NULL, NULL, "Target", "目标值", 0 },
};

#define TARGET_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, k.slug AS kpi, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, " \
	"t.target FROM kpi_targets t JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?"

/* ---------------------------------------------------------------- calendar sources */

static const struct edit_field source_fields[] = {
	{ "city", NULL, EF_REF, EDIT_PARENT | EDIT_NULL_OK, 0, 64, NULL,
	  "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL", NULL,
	  "Owner city (slug)", "所属城市（标识）", FE_NO_CITY },
	{ "url", "url", EF_URL, EDIT_REQUIRED, 0, 2000, NULL, NULL, NULL, "Calendar address (iCalendar)", "日历地址（iCalendar）", 0 },
	{ "name", "name", EF_LINE, 0, 0, 200, NULL, NULL, NULL, "Name", "名称", 0 },
	{ "refresh-minutes", "refresh_minutes", EF_INT, 0, 5, 10080, NULL, NULL, "360",
	  "Fetch every (minutes)", "抓取间隔（分钟）", 0 },
	{ "enabled", "enabled", EF_FLAG, 0, 0, 0, NULL, NULL, "1", "Enabled (0 or 1)", "启用（0或1）", 0 },
	{ "tzid", "tzid", EF_ZONE, 0, 0, 64, NULL, NULL, NULL, "Time zone of times without one", "默认时区", 0 },
};

#define SOURCE_XML_SQL \
	"SELECT t.id AS `@id`, c.slug AS `city/@slug`, t.url, t.name, t.refresh_minutes AS `refresh-minutes`, " \
	"t.enabled, t.tzid FROM calendar_sources t LEFT JOIN cities c ON c.id = t.owner_city_id WHERE t.id = ?"

/* ------------------------------------------------------------------ organisations */

static const char *const helices[] = { "government", "academia", "industry", "civil_society", NULL };

static const struct edit_field organisation_fields[] = {
	{ "city", NULL, EF_REF, EDIT_PARENT, 0, 64, NULL,
	  "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL", NULL,
	  "City (slug)", "所属城市（标识）", FE_NO_CITY },
	{ "name", "name", EF_LINE, EDIT_REQUIRED, 0, 300, NULL, NULL, NULL, "Name", "名称", 0 },
	{ "name-local", "name_local", EF_LINE, 0, 0, 300, NULL, NULL, NULL, "Name (local)", "本地名称", 0 },
	{ "helix", "helix", EF_CHOICE, EDIT_REQUIRED, 0, 0, helices, NULL, NULL,
	  "Helix (government, academia, industry, civil society)", "四螺旋类别（政府、学术、产业、公民社会）", 0 },
	{ "url", "url", EF_URL, 0, 0, 2000, NULL, NULL, NULL, "Web site", "网站", 0 },
};

#define ORGANISATION_XML_SQL \
	"SELECT t.id AS `@id`, c.slug AS `city/@slug`, t.name, t.name_local AS `name-local`, t.helix, t.url, " \
	"DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted " \
	"FROM organisations t JOIN cities c ON c.id = t.city_id WHERE t.id = ?"

/* ------------------------------------------------- reviews (issue 18: Measure, Act) */

static const char *const review_kinds[] = { "annual", "on_demand", NULL };
static const char *const decisions[] = { "continue", "adjust", "stop", NULL };

static const struct edit_field review_fields[] = {
	PARENT_PARTNERSHIP,
	{ "kind", "kind", EF_CHOICE, 0, 0, 0, review_kinds, NULL, "annual",
	  "Kind (annual, on_demand)", "类型（年度、按需）", 0 },
	{ "held", "held_on", EF_DATE, EDIT_REQUIRED, 0, 0, NULL, NULL, NULL, "Held on", "评估日期", 0 },
	{ "period-start", "period_start", EF_DATE, EDIT_REQUIRED, 0, 0, NULL, NULL, NULL,
	  "Looks back from", "回顾期间起始", 0 },
	{ "period-end", "period_end", EF_DATE, EDIT_REQUIRED | EDIT_AFTER, 0, 0, NULL, NULL, NULL,
	  "to", "至", 0 },
	{ "findings", "findings", EF_TEXT, 0, 0, 8000, NULL, NULL, NULL, "Findings (English)", "评估结论（英文）", 0 },
	{ "findings-zh", "findings_zh", EF_TEXT, 0, 0, 8000, NULL, NULL, NULL, "Findings (Chinese)", "评估结论（中文）", 0 },
};

#define REVIEW_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.kind, " \
	"DATE_FORMAT(t.held_on, '%Y-%m-%d') AS held, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `period-start`, " \
	"DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `period-end`, t.findings, t.findings_zh AS `findings-zh`, " \
	"DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted FROM reviews t WHERE t.id = ?"

/* A review's decision on one activity, and a new target: both name a review and an
 * activity or KPI of the same partnership (EDIT_SAME_SCOPE). */
#define SAME_REVIEW \
	{ "review", "review_id", EF_REF, EDIT_REQUIRED | EDIT_SAME_SCOPE, 0, 9, NULL, \
	  "SELECT id FROM reviews WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL", NULL, \
	  "Review (number)", "评估（编号）", 0 }

static const struct edit_field decision_fields[] = {
	PARENT_PARTNERSHIP,
	SAME_REVIEW,
	{ "activity", "activity_id", EF_REF, EDIT_REQUIRED | EDIT_SAME_SCOPE, 0, 9, NULL,
	  "SELECT id FROM activities WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL", NULL,
	  "Activity (number)", "活动（编号）", 0 },
	{ "decision", "decision", EF_CHOICE, EDIT_REQUIRED, 0, 0, decisions, NULL, NULL,
	  "Decision (continue, adjust, stop)", "决定（继续、调整、停止）", 0 },
	{ "note", "note", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Why (English)", "理由（英文）", 0 },
	{ "note-zh", "note_zh", EF_TEXT, 0, 0, 4000, NULL, NULL, NULL, "Why (Chinese)", "理由（中文）", 0 },
};

#define DECISION_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.review_id AS review, " \
	"t.activity_id AS activity, t.decision, t.note, t.note_zh AS `note-zh`, " \
	"DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted FROM review_decisions t WHERE t.id = ?"

static const struct edit_field review_target_fields[] = {
	PARENT_PARTNERSHIP,
	SAME_REVIEW,
	{ "kpi", "kpi_id", EF_REF, EDIT_REQUIRED, 0, 64, NULL,
	  "SELECT id FROM kpis WHERE slug = ? AND deleted_at IS NULL", NULL, "KPI (slug)", "KPI（标识）", FE_NO_KPI },
	{ "start", "period_start", EF_DATE, EDIT_REQUIRED, 0, 0, NULL, NULL, NULL, "Period from", "期间起始", 0 },
	{ "end", "period_end", EF_DATE, EDIT_REQUIRED | EDIT_AFTER, 0, 0, NULL, NULL, NULL, "to", "至", 0 },
	{ "target", "target", EF_DECIMAL, EDIT_REQUIRED, 14, 4, NULL, NULL, NULL, "Target", "目标值", 0 },
};

#define REVIEW_TARGET_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.review_id AS review, k.slug AS kpi, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, " \
	"t.target, DATE_FORMAT(t.deleted_at, '%Y-%m-%dT%H:%i:%sZ') AS deleted " \
	"FROM review_targets t JOIN kpis k ON k.id = t.kpi_id WHERE t.id = ?"

#define NF(a) (sizeof(a) / sizeof(a[0]))

static const struct edit_resource resources[] = {
	{ "partnership", "partnerships", "partnership-edit", "partnerships", SCOPE_PARTNERSHIP, NULL, 0,
	  "SELECT t.id, t.id, " STAMP("t") " FROM partnerships t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM partnerships t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.status, t.kind, t.since_year AS since, t.narrative_step AS `narrative-step`, "
	  "(SELECT slug FROM loops l WHERE l.id = t.loop_id) AS `loop`, t.notes "
	  "FROM partnerships t WHERE t.id = ? AND t.deleted_at IS NULL",
	  PARTNERSHIP_XML_SQL,
	  "UPDATE partnerships SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  partnership_fields, NF(partnership_fields) },
	{ "city", "cities", "city-edit", "cities", SCOPE_CITY, NULL, 0,
	  "SELECT t.id, t.id, " STAMP("t") " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL",
	  "SELECT " CITY_COLS " FROM cities t WHERE t.slug = ? AND t.deleted_at IS NULL",
	  "SELECT t.id AS `@id`, t.slug AS `@slug`, " CITY_COLS " FROM cities t WHERE t.id = ?",
	  NULL, city_fields, NF(city_fields) },
	{ "agreement", "agreements", "agreement-edit", "agreements", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM agreements t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM agreements t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.partnership_id AS partnership, t.kind, t.title, DATE_FORMAT(t.signed_on, '%Y-%m-%d') AS `signed`, "
	  "t.signed_precision AS `signed-precision`, DATE_FORMAT(t.valid_until, '%Y-%m-%d') AS `valid-until`, "
	  "t.renewal_months AS `renewal-months`, t.document_url AS `document-url`, t.notes "
	  "FROM agreements t WHERE t.id = ? AND t.deleted_at IS NULL",
	  AGREEMENT_XML_SQL,
	  "UPDATE agreements SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  agreement_fields, NF(agreement_fields) },
	{ "activity", "activities", "activity-edit", "activities", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM activities t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM activities t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.partnership_id AS partnership, t.title, (SELECT slug FROM areas a WHERE a.id = t.area_id) AS area, "
	  "t.status, t.funding, t.budget_eur AS `budget-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `start`, "
	  "DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `end`, t.expected_results AS `expected-results`, t.risks "
	  "FROM activities t WHERE t.id = ? AND t.deleted_at IS NULL",
	  ACTIVITY_XML_SQL,
	  "UPDATE activities SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  activity_fields, NF(activity_fields) },
	{ "kpi-target", "kpi-targets", "kpi-target-edit", "kpi_targets", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM kpi_targets t WHERE t.id = ? FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM kpi_targets t WHERE t.id = ?",
	  "SELECT t.partnership_id AS partnership, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.target FROM kpi_targets t WHERE t.id = ?",
	  TARGET_XML_SQL, NULL, target_fields, NF(target_fields) },
	/* No deleted_at: events of a source stay; DELETE disables it, which the importer and
	 * /sources show. */
	{ "source", "sources", "source-edit", "calendar_sources", SCOPE_CITY, "owner_city_id", 1,
	  "SELECT t.id, t.owner_city_id, " STAMP("t") " FROM calendar_sources t WHERE t.id = ? FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM calendar_sources t WHERE t.id = ?",
	  "SELECT (SELECT slug FROM cities c WHERE c.id = t.owner_city_id) AS city, t.url, t.name, "
	  "t.refresh_minutes AS `refresh-minutes`, t.enabled, t.tzid FROM calendar_sources t WHERE t.id = ?",
	  SOURCE_XML_SQL,
	  "UPDATE calendar_sources SET enabled = 0 WHERE id = ?",
	  source_fields, NF(source_fields) },
	/* A city's helix stakeholders: matching counts them (readiness, existing contacts). */
	{ "organisation", "organisations", "organisation-edit", "organisations", SCOPE_CITY, "city_id", 1,
	  "SELECT t.id, t.city_id, " STAMP("t") " FROM organisations t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM organisations t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT (SELECT slug FROM cities c WHERE c.id = t.city_id) AS city, t.name, t.name_local AS `name-local`, "
	  "t.helix, t.url FROM organisations t WHERE t.id = ? AND t.deleted_at IS NULL",
	  ORGANISATION_XML_SQL,
	  "UPDATE organisations SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  organisation_fields, NF(organisation_fields) },
	/* Reviews (issue 18): a review, its decisions and its new targets, each of one
	 * partnership, edited by the editors of either of its cities. */
	{ "review", "reviews", "review-edit", "reviews", SCOPE_PARTNERSHIP, "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM reviews t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM reviews t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.partnership_id AS partnership, t.kind, DATE_FORMAT(t.held_on, '%Y-%m-%d') AS held, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `period-start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `period-end`, "
	  "t.findings, t.findings_zh AS `findings-zh` FROM reviews t WHERE t.id = ? AND t.deleted_at IS NULL",
	  REVIEW_XML_SQL,
	  "UPDATE reviews SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  review_fields, NF(review_fields) },
	{ "review-decision", "review-decisions", "review-decision-edit", "review_decisions", SCOPE_PARTNERSHIP,
	  "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM review_decisions t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM review_decisions t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.partnership_id AS partnership, t.review_id AS review, t.activity_id AS activity, t.decision, "
	  "t.note, t.note_zh AS `note-zh` FROM review_decisions t WHERE t.id = ? AND t.deleted_at IS NULL",
	  DECISION_XML_SQL,
	  "UPDATE review_decisions SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  decision_fields, NF(decision_fields) },
	{ "review-target", "review-targets", "review-target-edit", "review_targets", SCOPE_PARTNERSHIP,
	  "partnership_id", 1,
	  "SELECT t.id, t.partnership_id, " STAMP("t") " FROM review_targets t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE",
	  "SELECT t.id, " STAMP("t") " FROM review_targets t WHERE t.id = ? AND t.deleted_at IS NULL",
	  "SELECT t.partnership_id AS partnership, t.review_id AS review, (SELECT slug FROM kpis k WHERE k.id = t.kpi_id) AS kpi, "
	  "DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end`, "
	  "t.target FROM review_targets t WHERE t.id = ? AND t.deleted_at IS NULL",
	  REVIEW_TARGET_XML_SQL,
	  "UPDATE review_targets SET deleted_at = UTC_TIMESTAMP(6) WHERE id = ?",
	  review_target_fields, NF(review_target_fields) },
};

const struct edit_resource *
edit_resource(const char *path)
{
	size_t i;

	for (i = 0; path != NULL && i < NF(resources); i++)
		if (strcmp(resources[i].path, path) == 0)
			return &resources[i];
	/* Cooperation plans (issue 18): their resources live in lib/edit_plans.c. */
	return edit_plan_resource(path);
}

/* edit.c: the editable resources, their fields, and how they are checked and written
 * (edit.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>

#include "audit.h"
#include "buf.h"
#include "edit.h"
#include "kpi_input.h"
#include "param.h"
#include "rowxml.h"
#include "url.h"
#include "utf8.h"
#include "xml.h"

/* The row's own version: its updated_at to the microsecond, kept by the touch triggers
 * of sql/002 (and 008 for kpi_targets).  Text, so that no time zone comes in between. */
#define STAMP(t) "DATE_FORMAT(" t ".updated_at, '%Y%m%d%H%i%s%f')"

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
};

const struct edit_resource *
edit_resource(const char *path)
{
	size_t i;

	for (i = 0; path != NULL && i < NF(resources); i++)
		if (strcmp(resources[i].path, path) == 0)
			return &resources[i];
	return NULL;
}

void
edit_values_free(struct edit_values *v)
{
	size_t i;

	for (i = 0; i < EDIT_FIELDS_MAX; i++)
		free(v->v[i]);
	memset(v, 0, sizeof(*v));
}

int
edit_field_index(const struct edit_resource *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if (strcmp(r->f[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* Sets field i from val[0..len); empty means absent.  -1 when out of memory. */
static int
set_value(const struct edit_resource *r, struct edit_values *v, int i, const char *val,
    size_t len, int line, struct field_errors *errs)
{
	if (v->v[i] != NULL || v->line[i] < 0)
		return fe_add(errs, line, r->f[i].name, FE_REPEATED, NULL);
	if (len == 0) {
		v->line[i] = -1;   /* seen, empty: a second one is still a repetition */
		return 0;
	}
	/* A NUL inside would cut the text short unseen: refuse it as not text. */
	if (memchr(val, '\0', len) != NULL)
		return fe_add(errs, line, r->f[i].name, FE_UTF8, NULL);
	if ((v->v[i] = malloc(len + 1)) == NULL)
		return -1;
	memcpy(v->v[i], val, len);
	v->v[i][len] = '\0';
	v->line[i] = line;
	return 0;
}

enum c2c_err
edit_from_xml(const struct edit_resource *r, xmlDocPtr doc, struct edit_values *v,
    struct field_errors *errs)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), c;

	if (root == NULL || !xmlStrEqual(root->name, BAD_CAST r->root))
		return fe_add(errs, 1, "body", FE_SCHEMA, "the root element does not fit this resource") < 0 ?
		    C2C_ENOMEM : C2C_OK;
	for (c = root->children; c != NULL; c = c->next) {
		xmlChar *t;
		int i, rc;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if ((i = edit_field_index(r, (const char *)c->name)) < 0) {
			if (fe_add(errs, (int)xmlGetLineNo(c), (const char *)c->name, FE_UNKNOWN_FIELD, NULL) < 0)
				return C2C_ENOMEM;
			continue;
		}
		if ((t = xmlNodeGetContent(c)) == NULL)
			return C2C_ENOMEM;
		rc = set_value(r, v, i, (const char *)t, strlen((const char *)t), (int)xmlGetLineNo(c), errs);
		xmlFree(t);
		if (rc < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

enum c2c_err
edit_from_form(const struct edit_resource *r, const char *s, size_t len, struct edit_values *v,
    struct field_errors *errs, char *csrf, size_t csrf_max, char *if_match, size_t im_max, int *del)
{
	size_t pos = 0;

	csrf[0] = '\0';
	if_match[0] = '\0';
	*del = 0;
	while (pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nl = 0, vl = 0;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val;
		int i, rc = 0;

		if (end == pos) {
			pos = end + 1;
			continue;
		}
		name = param_decode(s + pos, eq ? (size_t)(eq - s) - pos : end - pos, 1, &nl);
		val = eq ? param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vl) : strdup("");
		pos = end + 1;
		if (name == NULL || val == NULL)
			rc = -1;
		else if (strcmp(name, "csrf") == 0)
			snprintf(csrf, csrf_max, "%s", vl < csrf_max ? val : "");
		else if (strcmp(name, "if-match") == 0)
			snprintf(if_match, im_max, "%s", vl < im_max ? val : "");
		else if (strcmp(name, "delete") == 0)
			*del = vl > 0;
		else if (strcmp(name, "lang") == 0)
			;
		else if ((i = edit_field_index(r, name)) >= 0)
			rc = set_value(r, v, i, val, vl, 0, errs);
		else if (fe_add(errs, 0, utf8_valid_text(name, nl) ? name : "?", FE_UNKNOWN_FIELD, NULL) < 0)
			rc = -1;
		free(name);
		free(val);
		if (rc < 0)
			return C2C_ENOMEM;
	}
	return C2C_OK;
}

static int
in_list(const char *const *l, const char *s)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

/* 1 when s is a whole number from min to max. */
static int
int_ok(const char *s, long long min, long long max)
{
	const char *p = s + (*s == '-');
	long long n;

	if (*p == '\0' || strlen(p) > 12 || strspn(p, "0123456789") != strlen(p))
		return 0;
	n = strtoll(s, NULL, 10);
	return n >= min && n <= max;
}

/* 1 when s is a plain decimal of up to ip digits before the point and fp after. */
static int
decimal_ok(const char *s, long long ip, long long fp)
{
	size_t a, b = 0;

	s += *s == '-';
	a = strspn(s, "0123456789");
	if (a == 0 || a > (size_t)ip)
		return 0;
	if (s[a] == '.') {
		b = strspn(s + a + 1, "0123456789");
		if (b == 0 || b > (size_t)fp)
			return 0;
		return s[a + 1 + b] == '\0';
	}
	return s[a] == '\0';
}

/* Checks one slug list; -1 when out of memory. */
static int
areas_ok(const struct edit_field *f, const char *s, int line, struct field_errors *errs)
{
	char slug[80];
	size_t n, count = 0;

	while (*(s += strspn(s, " ,\t\r\n")) != '\0') {
		n = strcspn(s, " ,\t\r\n");
		if (n >= sizeof(slug) || ++count > (size_t)f->max)
			return fe_add(errs, line, f->name, n >= sizeof(slug) ? FE_SLUG : FE_TOO_MANY, NULL);
		memcpy(slug, s, n);
		slug[n] = '\0';
		if (!param_is_slug(slug))
			return fe_add(errs, line, f->name, FE_SLUG, utf8_valid_text(slug, n) ? slug : NULL);
		s += n;
	}
	return 0;
}

enum c2c_err
edit_check(const struct edit_resource *r, int create, struct edit_values *v,
    struct field_errors *errs)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < r->nf && rc == 0; i++) {
		const struct edit_field *f = &r->f[i];
		const char *s = v->v[i];
		int line = v->line[i] > 0 ? v->line[i] : 0, code = -1;
		enum url_verdict uv;
		size_t len;

		if (s == NULL) {
			if ((f->flags & EDIT_REQUIRED) || ((f->flags & EDIT_PARENT) && create &&
			    f->type == EF_INT))
				rc = fe_add(errs, 0, f->name, FE_REQUIRED, NULL);
			else if (f->def != NULL && (!(f->flags & EDIT_WITH_PREV) || v->v[i - 1] != NULL) &&
			    (v->v[i] = strdup(f->def)) == NULL)
				return C2C_ENOMEM;
			continue;
		}
		len = strlen(s);
		/* Every field is text first: strict UTF-8 without control characters. */
		if (!utf8_valid_text(s, len))
			code = FE_UTF8;
		else switch (f->type) {
		case EF_LINE:
			if (strpbrk(s, "\r\n\t") != NULL || utf8_has_bidi_control(s, len))
				code = FE_LINE;
			/* FALLTHROUGH */
		case EF_TEXT:
			if (code < 0 && len > (size_t)f->max)
				code = FE_TOO_LONG;
			break;
		case EF_DATE:
			if (!kpi_input_date_valid(s))
				code = FE_DATE;
			else if ((f->flags & EDIT_AFTER) && i > 0 && v->v[i - 1] != NULL &&
			    kpi_input_date_valid(v->v[i - 1]) && strcmp(s, v->v[i - 1]) < 0)
				code = FE_PERIOD;
			break;
		case EF_INT:
			if (!int_ok(s, f->min, f->max))
				code = FE_INTEGER;
			break;
		case EF_DECIMAL:
			if (!decimal_ok(s, f->min, f->max))
				code = f->max == 2 ? FE_AMOUNT : FE_NUMBER;
			break;
		case EF_CHOICE:
			if (!in_list(f->choices, s))
				code = FE_CHOICE;
			break;
		case EF_FLAG:
			if (strcmp(s, "0") != 0 && strcmp(s, "1") != 0)
				code = FE_FLAG;
			break;
		case EF_URL:
			if (len > (size_t)f->max)
				code = FE_TOO_LONG;
			else if ((uv = url_check(s, (size_t)f->max)) != URL_OK)
				code = uv == URL_CREDENTIALS ? FE_URL_CREDENTIALS : FE_URL;
			break;
		case EF_REF:
			if (len > (size_t)f->max || !param_is_slug(s))
				code = FE_SLUG;
			break;
		case EF_AREAS:
			rc = areas_ok(f, s, line, errs);
			break;
		case EF_ZONE:
			/* The importer hands it to libical: only what zone names are made of. */
			if (len > (size_t)f->max || strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789_+-/") != len)
				code = FE_CHOICE;
			break;
		}
		if (code >= 0) {
			/* The field's own word for a bad value, unless the text itself is bad. */
			if (f->code != 0 && code != FE_UTF8 && code != FE_TOO_LONG && code != FE_PERIOD)
				code = f->code == FE_NO_KPI || f->code == FE_NO_CITY ? FE_SLUG : f->code;
			rc = fe_add(errs, line, f->name, (enum fe_code)code, NULL);
		}
		if ((f->flags & EDIT_WITH_PREV) && v->v[i - 1] == NULL && rc == 0)
			rc = fe_add(errs, line, r->f[i - 1].name, FE_REQUIRED, NULL);
	}
	return rc < 0 ? C2C_ENOMEM : C2C_OK;
}

/* ------------------------------------------------------------------ the database */

enum c2c_err
edit_load(struct db *db, const struct edit_resource *r, const char *key, struct edit_values *v)
{
	struct db_param p[] = { DBP_S(key) };
	struct db_rows rows;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, r->load_sql, p, 1, &rows)) != C2C_OK)
		return rc;
	if (rows.nrows == 0)
		rc = C2C_ENOTFOUND;
	for (i = 0; rc == C2C_OK && i < r->nf; i++) {
		int c = db_col(&rows, r->f[i].name);
		const char *s = c >= 0 ? db_cell(&rows, 0, (size_t)c) : NULL;
		if (s != NULL && (v->v[i] = strdup(s)) == NULL)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&rows);
	return rc;
}

/* "entity/id/stamp" from a row of (id, ..., stamp) with the stamp in column col. */
static void
make_tag(const struct edit_resource *r, const struct db_rows *rows, size_t col, char *out)
{
	snprintf(out, WRITE_TAG_MAX, "%s/%s/%s", r->entity, db_cell(rows, 0, 0),
	    db_cell(rows, 0, col) ? db_cell(rows, 0, col) : "0");
}

enum c2c_err
edit_tag(struct db *db, const struct edit_resource *r, const char *key, char *out)
{
	struct db_param p[] = { DBP_S(key) };
	struct db_rows rows;
	enum c2c_err rc;

	out[0] = '\0';
	if ((rc = db_query(db, r->tag_sql, p, 1, &rows)) != C2C_OK)
		return rc;
	if (rows.nrows == 0)
		rc = C2C_ENOTFOUND;
	else
		make_tag(r, &rows, 1, out);
	db_rows_free(&rows);
	return rc;
}

static enum c2c_err
finish(struct db *db, enum c2c_err rc, enum write_status st)
{
	if (rc == C2C_OK && st == W_DONE)
		return db_commit(db);
	db_rollback(db);
	return rc;
}

/* Locks the item (key) or, for a new one, its parent partnership; checks the scope and
 * the precondition.  *id the item's id (0 when new), *scope the partnership's or city's
 * id (0: none).  *st W_DONE when the write may go on. */
static enum c2c_err
begin_write(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const struct edit_values *v, const char *if_match, long long *id,
    long long *scope, struct field_errors *errs, enum write_status *st)
{
	static const char plock[] = "SELECT id, id, " STAMP("t") " FROM partnerships t "
	    "WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE";
	char tag[WRITE_TAG_MAX] = "";
	struct db_rows rows;
	int pi = -1, ok = 1, may = 0;
	long long given = 0;
	size_t i;
	enum c2c_err rc;

	*id = 0;
	*scope = 0;
	for (i = 0; i < r->nf; i++)
		if (r->f[i].flags & EDIT_PARENT)
			pi = (int)i;
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	/* The parent as given: a partnership's number, or a city's slug. */
	if (pi >= 0 && v != NULL && v->v[pi] != NULL) {
		if (r->f[pi].type == EF_INT)
			given = strtoll(v->v[pi], NULL, 10);
		else if ((rc = db_lookup_id(db, r->f[pi].ref_sql, v->v[pi], &given)) != C2C_OK)
			return rc;
		else if (given == 0) {
			fe_add(errs, v->line[pi], r->f[pi].name, FE_NO_CITY, NULL);
			*st = W_INVALID;
			return C2C_OK;
		}
	}
	if (key != NULL) {
		struct db_param p[] = { DBP_S(key) };
		if ((rc = db_query(db, r->lock_sql, p, 1, &rows)) != C2C_OK)
			return rc;
		if (rows.nrows == 1) {
			*id = db_cell_ll(&rows, 0, 0, 0);
			*scope = db_cell(&rows, 0, 1) ? db_cell_ll(&rows, 0, 1, 0) : 0;
			make_tag(r, &rows, 2, tag);
		}
		db_rows_free(&rows);
		if (*id == 0) {
			*st = W_NOTFOUND;
			return C2C_OK;
		}
		/* Items do not move between partnerships or cities: that would be a delete in
		 * one place and a create in another, each with its own scope. */
		if (given != 0 && given != *scope) {
			fe_add(errs, v->line[pi], r->f[pi].name, FE_FIXED, NULL);
			*st = W_INVALID;
			return C2C_OK;
		}
	} else if (r->scope == SCOPE_PARTNERSHIP) {
		struct db_param p[] = { DBP_I(given) };
		if ((rc = db_query(db, plock, p, 1, &rows)) != C2C_OK)
			return rc;
		if (rows.nrows == 1)
			snprintf(tag, sizeof(tag), "partnership/%s/%s", db_cell(&rows, 0, 0), db_cell(&rows, 0, 2));
		db_rows_free(&rows);
		if (tag[0] == '\0') {
			fe_add(errs, v->line[pi], r->f[pi].name, FE_NO_PARTNERSHIP, NULL);
			*st = W_INVALID;
			return C2C_OK;
		}
		*scope = given;
	} else {
		/* A new item of a city: an editor's own city when none is named. */
		*scope = given != 0 ? given : u->role == ROLE_EDITOR ? u->city_id : 0;
		if (*scope == 0 && !(r->f[pi].flags & EDIT_NULL_OK)) {
			fe_add(errs, 0, r->f[pi].name, FE_REQUIRED, NULL);
			*st = W_INVALID;
			return C2C_OK;
		}
	}
	if (r->scope == SCOPE_PARTNERSHIP) {
		if ((rc = auth_may_partnership(db, u, *scope, &may)) == C2C_ENOTFOUND) {
			*st = W_NOTFOUND;
			return C2C_OK;
		}
		if (rc != C2C_OK)
			return rc;
	} else {
		may = auth_may_city(u, *scope);
	}
	if (!may) {
		fe_add(errs, pi >= 0 && v != NULL ? v->line[pi] : 0, pi >= 0 ? r->f[pi].name : r->entity,
		    FE_SCOPE, NULL);
		*st = W_FORBIDDEN;
		return C2C_OK;
	}
	/* An item's own tag; for a new item, its partnership's (the page it was added on);
	 * a tag without resource part compares the data version. */
	if ((rc = write_precondition_res(db, if_match, tag[0] ? tag : NULL, &ok)) != C2C_OK)
		return rc;
	*st = ok ? W_DONE : W_CONFLICT;
	return C2C_OK;
}

/* Resolves the slugs of v (EF_REF into refs[i]) and checks they exist. */
static enum c2c_err
resolve_refs(struct db *db, const struct edit_resource *r, const struct edit_values *v,
    long long *refs, struct field_errors *errs)
{
	size_t i;
	enum c2c_err rc;

	for (i = 0; i < r->nf; i++) {
		const struct edit_field *f = &r->f[i];
		if (f->type == EF_REF && !(f->flags & EDIT_PARENT) && v->v[i] != NULL) {
			if ((rc = db_lookup_id(db, f->ref_sql, v->v[i], &refs[i])) != C2C_OK)
				return rc;
			if (refs[i] == 0)
				fe_add(errs, v->line[i], f->name, f->code ? (enum fe_code)f->code : FE_CHOICE, v->v[i]);
		} else if (f->type == EF_AREAS && v->v[i] != NULL) {
			const char *s = v->v[i];
			char slug[80];
			long long aid;
			while (*(s += strspn(s, " ,\t\r\n")) != '\0') {
				size_t n = strcspn(s, " ,\t\r\n");
				snprintf(slug, sizeof(slug), "%.*s", (int)n, s);
				s += n;
				if ((rc = db_lookup_id(db, f->ref_sql, slug, &aid)) != C2C_OK)
					return rc;
				if (aid == 0)
					fe_add(errs, v->line[i], f->name, FE_CHOICE, slug);
			}
		}
	}
	return C2C_OK;
}

/* 1 when slug is in the list s. */
static int
list_has(const char *s, const char *slug)
{
	size_t sl = strlen(slug);

	while (s != NULL && *(s += strspn(s, " ,\t\r\n")) != '\0') {
		size_t n = strcspn(s, " ,\t\r\n");
		if (n == sl && strncmp(s, slug, n) == 0)
			return 1;
		s += n;
	}
	return 0;
}

/* A city's areas as offers and seeks say: rows not named go, the others are set (a
 * kept row keeps its weight, which matching uses). */
static enum c2c_err
write_city_areas(struct db *db, long long city, const char *offers, const char *seeks)
{
	static const char all[] = "SELECT id, slug FROM areas";
	static const char del[] = "DELETE FROM city_areas WHERE city_id = ? AND area_id = ?";
	static const char put[] = "INSERT INTO city_areas (city_id, area_id, role) VALUES (?, ?, ?) "
	    "ON DUPLICATE KEY UPDATE role = VALUES(role)";
	struct db_rows rows;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, all, NULL, 0, &rows)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < rows.nrows; i++) {
		const char *slug = db_cell(&rows, i, 1);
		int o = list_has(offers, slug), s = list_has(seeks, slug);
		long long aid = db_cell_ll(&rows, i, 0, 0);
		if (!o && !s) {
			struct db_param p[] = { DBP_I(city), DBP_I(aid) };
			rc = db_exec(db, del, sizeof(del) - 1, p, 2, NULL);
		} else {
			struct db_param p[] = { DBP_I(city), DBP_I(aid), DBP_S(o && s ? "both" : o ? "offers" : "seeks") };
			rc = db_exec(db, put, sizeof(put) - 1, p, 3, NULL);
		}
	}
	db_rows_free(&rows);
	return rc;
}

/* After a change of an agreement, activity or target: its partnership's updated_at moves
 * too, so /partnerships?updated_since= and mirrors see that the partnership's page
 * changed (the touch trigger sets the time). */
static enum c2c_err
touch_parent(struct db *db, const struct edit_resource *r, long long scope)
{
	static const char sql[] = "UPDATE partnerships SET updated_at = UTC_TIMESTAMP(6) WHERE id = ?";
	struct db_param p[] = { DBP_I(scope) };

	if (r->scope != SCOPE_PARTNERSHIP || r->parent_col == NULL)
		return C2C_OK;
	return db_exec(db, sql, sizeof(sql) - 1, p, 1, NULL);
}

/* The item's new tag, read in the transaction. */
static enum c2c_err
new_tag(struct db *db, const struct edit_resource *r, long long id, char *tag)
{
	char key[24];

	/* Cities are looked up by slug: their tag by id goes through the lock query's
	 * shape, so read it by id directly. */
	if (strcmp(r->entity, "city") == 0) {
		static const char sql[] = "SELECT t.id, " STAMP("t") " FROM cities t WHERE t.id = ?";
		struct db_param p[] = { DBP_I(id) };
		struct db_rows rows;
		enum c2c_err rc;
		if ((rc = db_query(db, sql, p, 1, &rows)) != C2C_OK)
			return rc;
		if (rows.nrows == 1)
			make_tag(r, &rows, 1, tag);
		db_rows_free(&rows);
		return C2C_OK;
	}
	snprintf(key, sizeof(key), "%lld", id);
	return edit_tag(db, r, key, tag);
}

/* Whether city `city` may have one more calendar source; the city's row is locked, so
 * that two editors adding at once cannot both pass. */
static enum c2c_err
city_has_room(struct db *db, long long city, long max, int *room)
{
	static const char sql[] =
	    "SELECT (SELECT id FROM cities WHERE id = ? FOR UPDATE), "
	    "(SELECT COUNT(*) FROM calendar_sources WHERE owner_city_id = ?)";
	struct db_param p[] = { DBP_I(city), DBP_I(city) };
	struct db_rows rows;
	enum c2c_err rc;

	*room = 1;
	if (max <= 0 || city == 0)
		return C2C_OK;
	if ((rc = db_query(db, sql, p, 2, &rows)) != C2C_OK)
		return rc;
	*room = rows.nrows == 0 || db_cell_ll(&rows, 0, 1, 0) < max;
	db_rows_free(&rows);
	return C2C_OK;
}

enum c2c_err
edit_save(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const struct edit_values *v, const char *if_match, long long *id,
    char *tag, struct field_errors *errs, enum write_status *st, long max_sources)
{
	struct db_param p[EDIT_FIELDS_MAX + 2];
	long long refs[EDIT_FIELDS_MAX] = { 0 }, scope = 0;
	struct buf sql = BUF_INIT, vals = BUF_INIT;
	char *before = NULL, *after = NULL;
	size_t i, np = 0;
	int areas = 0;
	enum c2c_err rc;

	*id = 0;
	tag[0] = '\0';
	*st = W_FORBIDDEN;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)
		return C2C_OK;
	if (fe_any(errs) || (key == NULL && !r->can_create)) {
		*st = W_INVALID;
		return C2C_OK;
	}
	if ((rc = begin_write(db, u, r, key, v, if_match, id, &scope, errs, st)) != C2C_OK ||
	    *st != W_DONE)
		goto done;
	if ((rc = resolve_refs(db, r, v, refs, errs)) != C2C_OK)
		goto done;
	if (key == NULL && strcmp(r->table, "calendar_sources") == 0) {
		int room;
		if ((rc = city_has_room(db, scope, max_sources, &room)) != C2C_OK)
			goto done;
		if (!room)
			fe_add(errs, 0, "city", FE_CITY_FULL, NULL);
	}
	if (fe_any(errs)) {
		*st = W_INVALID;
		goto done;
	}
	if (key != NULL && (rc = audit_row_xml(db, r->xml_sql, *id, r->entity, &before)) != C2C_OK)
		goto done;
	/* The statement names only columns of r's table (constants above); every value is
	 * bound. */
	rc = C2C_ENOMEM;
	if (key != NULL) {
		if (buf_printf(&sql, "UPDATE %s SET ", r->table) < 0)
			goto done;
	} else if (buf_printf(&sql, "INSERT INTO %s (", r->table) < 0 ||
	    (r->parent_col != NULL && (buf_printf(&sql, "%s", r->parent_col) < 0 ||
	    buf_puts(&vals, "?") < 0)))
		goto done;
	if (key == NULL && r->parent_col != NULL)
		p[np++] = scope != 0 ? DBP_I(scope) : DBP_S(NULL);
	for (i = 0; i < r->nf; i++) {
		const struct edit_field *f = &r->f[i];
		if (f->type == EF_AREAS)
			areas = 1;
		if (f->column == NULL)
			continue;
		if (key != NULL) {
			if (buf_printf(&sql, "%s%s = ?", np ? ", " : "", f->column) < 0)
				goto done;
		} else if (buf_printf(&sql, "%s%s", np ? ", " : "", f->column) < 0 ||
		    buf_puts(&vals, np ? ", ?" : "?") < 0)
			goto done;
		p[np++] = f->type == EF_REF ? (refs[i] ? DBP_I(refs[i]) : DBP_S(NULL)) : DBP_S(v->v[i]);
	}
	if (key != NULL) {
		if (buf_puts(&sql, " WHERE id = ?") < 0)
			goto done;
		p[np++] = DBP_I(*id);
	} else if (buf_printf(&sql, ") VALUES (%s)", vals.data) < 0)
		goto done;
	if ((rc = db_exec(db, sql.data, sql.len, p, np, NULL)) != C2C_OK) {
		/* A unique key (one target per KPI and period start) said no. */
		if (rc == C2C_EDB && db_errno(db) == ER_DUP_ENTRY) {
			rc = C2C_OK;
			fe_add(errs, 0, "start", FE_EXISTS, NULL);
			*st = W_CONFLICT;
		}
		goto done;
	}
	if (key == NULL)
		*id = (long long)db_last_insert_id(db);
	if (areas) {
		int o = edit_field_index(r, "offers"), s = edit_field_index(r, "seeks");
		if ((rc = write_city_areas(db, *id, v->v[o], v->v[s])) != C2C_OK)
			goto done;
	}
	if ((rc = touch_parent(db, r, scope)) != C2C_OK ||
	    (rc = audit_row_xml(db, r->xml_sql, *id, r->entity, &after)) != C2C_OK ||
	    (rc = audit_write(db, u->actor, key != NULL ? "update" : "create", r->entity, *id,
	    before, after)) != C2C_OK)
		goto done;
	rc = new_tag(db, r, *id, tag);
done:
	free(before);
	free(after);
	buf_free(&sql);
	buf_free(&vals);
	return finish(db, rc, *st);
}

enum c2c_err
edit_delete(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const char *if_match, long long *id, enum write_status *st)
{
	struct field_errors errs = { NULL, 0, 0, 0 };
	char *before = NULL, *after = NULL;
	long long scope = 0;
	enum c2c_err rc;

	*id = 0;
	*st = W_FORBIDDEN;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)
		return C2C_OK;
	if (r->delete_sql == NULL) {
		*st = W_INVALID;
		return C2C_OK;
	}
	if ((rc = begin_write(db, u, r, key, NULL, if_match, id, &scope, &errs, st)) == C2C_OK &&
	    *st == W_DONE) {
		struct db_param p[] = { DBP_I(*id) };
		if ((rc = audit_row_xml(db, r->xml_sql, *id, r->entity, &before)) == C2C_OK &&
		    (rc = db_exec(db, r->delete_sql, strlen(r->delete_sql), p, 1, NULL)) == C2C_OK &&
		    (rc = touch_parent(db, r, scope)) == C2C_OK &&
		    (rc = audit_row_xml(db, r->xml_sql, *id, r->entity, &after)) == C2C_OK)
			rc = audit_write(db, u->actor, "delete", r->entity, *id, before, after);
	}
	free(before);
	free(after);
	fe_free(&errs);
	return finish(db, rc, *st);
}

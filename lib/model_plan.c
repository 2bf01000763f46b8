/* model_plan.c: the pages of Cooperation Plans (plan.h): a partnership's versions, one
 * version with everything in it, and two versions compared item by item.  A version's
 * content is bounded by the budgets of lib/edit_plans.c, so each query reads at most a
 * few hundred rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "plan.h"
#include "rowxml.h"
#include "xml.h"

#define PLAN_PAIR \
	"SELECT p.id AS `@id`, p.kind AS `@kind`, p.status AS `@status`, " \
	"e.slug AS `europe/@slug`, e.country_code AS `europe/@country`, e.name_en AS `europe/name@en`, " \
	"e.name_zh AS `europe/name@zh`, c.slug AS `china/@slug`, c.country_code AS `china/@country`, " \
	"c.name_en AS `china/name@en`, c.name_zh AS `china/name@zh` " \
	"FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id "

/* The columns of a version in lists and on its page. */
#define PLAN_HEAD \
	"t.id AS `@id`, t.version AS `@version`, t.state AS `@state`, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `@start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `@end`, " \
	"(SELECT b.version FROM plans b WHERE b.id = t.based_on) AS `@based-on`, " \
	"DATE_FORMAT(t.proposed_at, '%Y-%m-%dT%H:%i:%sZ') AS `@proposed`, " \
	"DATE_FORMAT(t.approved_at, '%Y-%m-%dT%H:%i:%sZ') AS `@approved`, " \
	"DATE_FORMAT(t.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `@updated`, " \
	"t.title_en AS `title@en`, t.title_zh AS `title@zh`"

enum c2c_err
model_plans(struct db *db, long long id, xmlNodePtr root)
{
	static const char pair[] = PLAN_PAIR "WHERE p.id = ? AND p.deleted_at IS NULL";
	static const char versions[] =
	    "SELECT " PLAN_HEAD ", (SELECT COUNT(*) FROM plan_approvals a WHERE a.plan_id = t.id) AS `@approvals` "
	    "FROM plans t WHERE t.partnership_id = ? ORDER BY t.version DESC LIMIT 100";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_query(db, pair, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		rc = C2C_ENOTFOUND;
	else if (xml_add_row(root, "partnership", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	db_rows_free(&r);
	if (rc != C2C_OK)
		return rc;
	return model_rows(db, versions, a, 1, root, "versions", "plan");
}

enum c2c_err
model_plan(struct db *db, long long id, xmlNodePtr root)
{
	static const char head[] =
	    "SELECT " PLAN_HEAD ", t.partnership_id AS `_p`, t.focal_europe AS `focal-europe`, "
	    "t.focal_china AS `focal-china`, t.meetings_en AS `meetings@en`, t.meetings_zh AS `meetings@zh`, "
	    "t.governance_en AS `governance@en`, t.governance_zh AS `governance@zh`, "
	    /* The review this version started from (lib/plan_write.c, apply_review). */
	    "t.review_id AS `review/@id`, DATE_FORMAT(v.held_on, '%Y-%m-%d') AS `review/@held`, "
	    "v.kind AS `review/@kind` FROM plans t LEFT JOIN reviews v ON v.id = t.review_id WHERE t.id = ?";
	static const char pair[] = PLAN_PAIR "JOIN plans t ON t.partnership_id = p.id WHERE t.id = ?";
	static const char versions[] =
	    "SELECT o.id AS `@id`, o.version AS `@version`, o.state AS `@state` FROM plans o "
	    "JOIN plans t ON t.partnership_id = o.partnership_id WHERE t.id = ? ORDER BY o.version LIMIT 100";
	static const char approvals[] =
	    "SELECT c.slug AS `@city`, IF(c.id = p.europe_city_id, 'europe', 'china') AS `@side`, "
	    "a.actor AS `@by`, DATE_FORMAT(a.approved_at, '%Y-%m-%d') AS `@on`, "
	    "c.name_en AS `name@en`, c.name_zh AS `name@zh`, a.decision_ref AS decision "
	    "FROM plan_approvals a JOIN cities c ON c.id = a.city_id JOIN plans t ON t.id = a.plan_id "
	    "JOIN partnerships p ON p.id = t.partnership_id WHERE a.plan_id = ? ORDER BY c.id = p.china_city_id, a.id";
	static const char priorities[] =
	    "SELECT x.id AS `@id`, a.slug AS `@area`, a.name_en AS `area@en`, a.name_zh AS `area@zh`, "
	    "x.title_en AS `title@en`, x.title_zh AS `title@zh` "
	    "FROM plan_priorities x LEFT JOIN areas a ON a.id = x.area_id WHERE x.plan_id = ? ORDER BY x.id";
	static const char objectives[] =
	    "SELECT x.id AS `@id`, x.priority_id AS `@priority`, x.text_en AS `text@en`, x.text_zh AS `text@zh`, "
	    "x.expected_en AS `expected@en`, x.expected_zh AS `expected@zh` "
	    "FROM plan_objectives x WHERE x.plan_id = ? ORDER BY x.id";
	static const char activities[] =
	    "SELECT x.id AS `@id`, x.objective_id AS `@objective`, x.activity_id AS `@project`, "
	    "DATE_FORMAT(x.starts_on, '%Y-%m-%d') AS `@start`, DATE_FORMAT(x.ends_on, '%Y-%m-%d') AS `@end`, "
	    "x.amount_eur AS `@amount-eur`, x.title_en AS `title@en`, x.title_zh AS `title@zh`, "
	    "x.funding_source AS `funding-source`, x.expected_en AS `expected@en`, x.expected_zh AS `expected@zh`, "
	    "x.team_europe AS `team-europe`, x.team_china AS `team-china`, x.decision AS `decision/@kind`, "
	    "x.decision_note_en AS `decision/note@en`, x.decision_note_zh AS `decision/note@zh` "
	    "FROM plan_activities x WHERE x.plan_id = ? ORDER BY x.starts_on IS NULL, x.starts_on, x.id";
	static const char milestones[] =
	    "SELECT x.id AS `@id`, x.plan_activity_id AS `@activity`, DATE_FORMAT(x.due_on, '%Y-%m-%d') AS `@due`, "
	    "x.deliverable_en AS `deliverable@en`, x.deliverable_zh AS `deliverable@zh` "
	    "FROM plan_milestones x WHERE x.plan_id = ? ORDER BY x.due_on, x.id";
	static const char targets[] =
	    "SELECT x.id AS `@id`, x.objective_id AS `@objective`, COALESCE(k.slug, tk.slug) AS `@kpi`, "
	    "x.kpi_target_id AS `@kpi-target`, x.review_target_id AS `@review-target`, "
	    /* 12.0000 as 12, 2.5000 as 2.5: DECIMAL(18,4) always has its point. */
	    "TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM COALESCE(x.target, kt.target))) AS `@value`, "
	    "DATE_FORMAT(COALESCE(x.period_start, kt.period_start), '%Y-%m-%d') AS `@start`, "
	    "DATE_FORMAT(COALESCE(x.period_end, kt.period_end), '%Y-%m-%d') AS `@end`, "
	    "COALESCE(k.unit, tk.unit) AS `@unit`, COALESCE(k.name_en, tk.name_en) AS `kpi@en`, "
	    "COALESCE(k.name_zh, tk.name_zh) AS `kpi@zh`, x.note_en AS `note@en`, x.note_zh AS `note@zh` "
	    "FROM plan_targets x LEFT JOIN kpis k ON k.id = x.kpi_id "
	    "LEFT JOIN kpi_targets kt ON kt.id = x.kpi_target_id LEFT JOIN kpis tk ON tk.id = kt.kpi_id "
	    "WHERE x.plan_id = ? ORDER BY x.id";
	static const char risks[] =
	    "SELECT x.id AS `@id`, x.likelihood AS `@likelihood`, x.risk_en AS `risk@en`, x.risk_zh AS `risk@zh`, "
	    "x.mitigation_en AS `mitigation@en`, x.mitigation_zh AS `mitigation@zh` "
	    "FROM plan_risks x WHERE x.plan_id = ? ORDER BY x.id";
	struct db_param a[] = { DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = model_one(db, head, a, 1, root)) != C2C_OK)
		return rc;
	if ((rc = db_query(db, pair, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		rc = C2C_ENOTFOUND;
	else if (xml_add_row(root, "partnership", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	db_rows_free(&r);
	if (rc != C2C_OK ||
	    (rc = model_rows(db, versions, a, 1, root, "versions", "version")) != C2C_OK ||
	    (rc = model_rows(db, approvals, a, 1, root, "approvals", "approval")) != C2C_OK ||
	    (rc = model_rows(db, priorities, a, 1, root, "priorities", "priority")) != C2C_OK ||
	    (rc = model_rows(db, objectives, a, 1, root, "objectives", "objective")) != C2C_OK ||
	    (rc = model_rows(db, activities, a, 1, root, "activities", "activity")) != C2C_OK ||
	    (rc = model_rows(db, milestones, a, 1, root, "milestones", "milestone")) != C2C_OK ||
	    (rc = model_rows(db, targets, a, 1, root, "targets", "target")) != C2C_OK)
		return rc;
	return model_rows(db, risks, a, 1, root, "risks", "risk");
}

/* Generated from the field lists of each kind (one query per kind: the items of both
 * versions paired by lineage, then those only the later one has). */
static const char *const compare_sql[] = {
	/* priority */
	    "SELECT 'priority' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' "
	    "WHEN f.area_id <=> t.area_id AND f.title_en <=> t.title_en AND f.title_zh <=> t.title_zh THEN "
	    "'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.area_id <=> t.area_id, NULL, 'area'), IF(f.title_en <=> t.title_en, "
	    "NULL, 'title-en'), IF(f.title_zh <=> t.title_zh, NULL, 'title-zh')), '') END AS `@changed`, f.id AS "
	    "`from/@id`, (SELECT slug FROM areas WHERE id = f.area_id) AS `from/area`, f.title_en AS "
	    "`from/title@en`, f.title_zh AS `from/title@zh`, t.id AS `to/@id`, (SELECT slug FROM areas WHERE id "
	    "= t.area_id) AS `to/area`, t.title_en AS `to/title@en`, t.title_zh AS `to/title@zh`, COALESCE(f.k, "
	    "t.k) AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_priorities x WHERE "
	    "x.plan_id = ?) f LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_priorities x WHERE "
	    "x.plan_id = ?) t ON t.k = f.k UNION ALL SELECT 'priority' AS `@kind`, CASE WHEN f.id IS NULL THEN "
	    "'added' WHEN t.id IS NULL THEN 'removed' WHEN f.area_id <=> t.area_id AND f.title_en <=> t.title_en "
	    "AND f.title_zh <=> t.title_zh THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL "
	    "OR t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.area_id <=> t.area_id, NULL, 'area'), "
	    "IF(f.title_en <=> t.title_en, NULL, 'title-en'), IF(f.title_zh <=> t.title_zh, NULL, 'title-zh')), "
	    "'') END AS `@changed`, f.id AS `from/@id`, (SELECT slug FROM areas WHERE id = f.area_id) AS "
	    "`from/area`, f.title_en AS `from/title@en`, f.title_zh AS `from/title@zh`, t.id AS `to/@id`, "
	    "(SELECT slug FROM areas WHERE id = t.area_id) AS `to/area`, t.title_en AS `to/title@en`, t.title_zh "
	    "AS `to/title@zh`, t.k AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_priorities "
	    "x WHERE x.plan_id = ?) t LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_priorities "
	    "x WHERE x.plan_id = ?) f ON f.k = t.k WHERE f.id IS NULL ORDER BY `_k`",
	/* objective */
	    "SELECT 'objective' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' "
	    "WHEN f.text_en <=> t.text_en AND f.text_zh <=> t.text_zh AND f.expected_en <=> t.expected_en AND "
	    "f.expected_zh <=> t.expected_zh THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL "
	    "OR t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.text_en <=> t.text_en, NULL, 'text-en'), "
	    "IF(f.text_zh <=> t.text_zh, NULL, 'text-zh'), IF(f.expected_en <=> t.expected_en, NULL, "
	    "'expected-en'), IF(f.expected_zh <=> t.expected_zh, NULL, 'expected-zh')), '') END AS `@changed`, "
	    "f.id AS `from/@id`, f.text_en AS `from/text@en`, f.text_zh AS `from/text@zh`, f.expected_en AS "
	    "`from/expected@en`, f.expected_zh AS `from/expected@zh`, t.id AS `to/@id`, t.text_en AS "
	    "`to/text@en`, t.text_zh AS `to/text@zh`, t.expected_en AS `to/expected@en`, t.expected_zh AS "
	    "`to/expected@zh`, COALESCE(f.k, t.k) AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM "
	    "plan_objectives x WHERE x.plan_id = ?) f LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM "
	    "plan_objectives x WHERE x.plan_id = ?) t ON t.k = f.k UNION ALL SELECT 'objective' AS `@kind`, CASE "
	    "WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN f.text_en <=> t.text_en AND "
	    "f.text_zh <=> t.text_zh AND f.expected_en <=> t.expected_en AND f.expected_zh <=> t.expected_zh "
	    "THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.text_en <=> t.text_en, NULL, 'text-en'), IF(f.text_zh <=> t.text_zh, "
	    "NULL, 'text-zh'), IF(f.expected_en <=> t.expected_en, NULL, 'expected-en'), IF(f.expected_zh <=> "
	    "t.expected_zh, NULL, 'expected-zh')), '') END AS `@changed`, f.id AS `from/@id`, f.text_en AS "
	    "`from/text@en`, f.text_zh AS `from/text@zh`, f.expected_en AS `from/expected@en`, f.expected_zh AS "
	    "`from/expected@zh`, t.id AS `to/@id`, t.text_en AS `to/text@en`, t.text_zh AS `to/text@zh`, "
	    "t.expected_en AS `to/expected@en`, t.expected_zh AS `to/expected@zh`, t.k AS `_k` FROM (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_objectives x WHERE x.plan_id = ?) t LEFT JOIN (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_objectives x WHERE x.plan_id = ?) f ON f.k = t.k WHERE "
	    "f.id IS NULL ORDER BY `_k`",
	/* activity */
	    "SELECT 'activity' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' "
	    "WHEN f.title_en <=> t.title_en AND f.title_zh <=> t.title_zh AND f.activity_id <=> t.activity_id "
	    "AND f.funding_source <=> t.funding_source AND f.amount_eur <=> t.amount_eur AND f.starts_on <=> "
	    "t.starts_on AND f.ends_on <=> t.ends_on AND f.expected_en <=> t.expected_en AND f.expected_zh <=> "
	    "t.expected_zh AND f.team_europe <=> t.team_europe AND f.team_china <=> t.team_china THEN 'same' "
	    "ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.title_en <=> t.title_en, NULL, 'title-en'), IF(f.title_zh <=> "
	    "t.title_zh, NULL, 'title-zh'), IF(f.activity_id <=> t.activity_id, NULL, 'project'), "
	    "IF(f.funding_source <=> t.funding_source, NULL, 'funding-source'), IF(f.amount_eur <=> "
	    "t.amount_eur, NULL, 'amount-eur'), IF(f.starts_on <=> t.starts_on, NULL, 'start'), IF(f.ends_on <=> "
	    "t.ends_on, NULL, 'end'), IF(f.expected_en <=> t.expected_en, NULL, 'expected-en'), IF(f.expected_zh "
	    "<=> t.expected_zh, NULL, 'expected-zh'), IF(f.team_europe <=> t.team_europe, NULL, 'team-europe'), "
	    "IF(f.team_china <=> t.team_china, NULL, 'team-china')), '') END AS `@changed`, f.id AS `from/@id`, "
	    "f.title_en AS `from/title@en`, f.title_zh AS `from/title@zh`, f.activity_id AS `from/project`, "
	    "f.funding_source AS `from/funding-source`, f.amount_eur AS `from/amount-eur`, "
	    "DATE_FORMAT(f.starts_on, '%Y-%m-%d') AS `from/start`, DATE_FORMAT(f.ends_on, '%Y-%m-%d') AS "
	    "`from/end`, f.expected_en AS `from/expected@en`, f.expected_zh AS `from/expected@zh`, f.team_europe "
	    "AS `from/team-europe`, f.team_china AS `from/team-china`, t.id AS `to/@id`, t.title_en AS "
	    "`to/title@en`, t.title_zh AS `to/title@zh`, t.activity_id AS `to/project`, t.funding_source AS "
	    "`to/funding-source`, t.amount_eur AS `to/amount-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS "
	    "`to/start`, DATE_FORMAT(t.ends_on, '%Y-%m-%d') AS `to/end`, t.expected_en AS `to/expected@en`, "
	    "t.expected_zh AS `to/expected@zh`, t.team_europe AS `to/team-europe`, t.team_china AS "
	    "`to/team-china`, COALESCE(f.k, t.k) AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM "
	    "plan_activities x WHERE x.plan_id = ?) f LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM "
	    "plan_activities x WHERE x.plan_id = ?) t ON t.k = f.k UNION ALL SELECT 'activity' AS `@kind`, CASE "
	    "WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN f.title_en <=> t.title_en AND "
	    "f.title_zh <=> t.title_zh AND f.activity_id <=> t.activity_id AND f.funding_source <=> "
	    "t.funding_source AND f.amount_eur <=> t.amount_eur AND f.starts_on <=> t.starts_on AND f.ends_on "
	    "<=> t.ends_on AND f.expected_en <=> t.expected_en AND f.expected_zh <=> t.expected_zh AND "
	    "f.team_europe <=> t.team_europe AND f.team_china <=> t.team_china THEN 'same' ELSE 'changed' END AS "
	    "`@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', "
	    "IF(f.title_en <=> t.title_en, NULL, 'title-en'), IF(f.title_zh <=> t.title_zh, NULL, 'title-zh'), "
	    "IF(f.activity_id <=> t.activity_id, NULL, 'project'), IF(f.funding_source <=> t.funding_source, "
	    "NULL, 'funding-source'), IF(f.amount_eur <=> t.amount_eur, NULL, 'amount-eur'), IF(f.starts_on <=> "
	    "t.starts_on, NULL, 'start'), IF(f.ends_on <=> t.ends_on, NULL, 'end'), IF(f.expected_en <=> "
	    "t.expected_en, NULL, 'expected-en'), IF(f.expected_zh <=> t.expected_zh, NULL, 'expected-zh'), "
	    "IF(f.team_europe <=> t.team_europe, NULL, 'team-europe'), IF(f.team_china <=> t.team_china, NULL, "
	    "'team-china')), '') END AS `@changed`, f.id AS `from/@id`, f.title_en AS `from/title@en`, "
	    "f.title_zh AS `from/title@zh`, f.activity_id AS `from/project`, f.funding_source AS "
	    "`from/funding-source`, f.amount_eur AS `from/amount-eur`, DATE_FORMAT(f.starts_on, '%Y-%m-%d') AS "
	    "`from/start`, DATE_FORMAT(f.ends_on, '%Y-%m-%d') AS `from/end`, f.expected_en AS "
	    "`from/expected@en`, f.expected_zh AS `from/expected@zh`, f.team_europe AS `from/team-europe`, "
	    "f.team_china AS `from/team-china`, t.id AS `to/@id`, t.title_en AS `to/title@en`, t.title_zh AS "
	    "`to/title@zh`, t.activity_id AS `to/project`, t.funding_source AS `to/funding-source`, t.amount_eur "
	    "AS `to/amount-eur`, DATE_FORMAT(t.starts_on, '%Y-%m-%d') AS `to/start`, DATE_FORMAT(t.ends_on, "
	    "'%Y-%m-%d') AS `to/end`, t.expected_en AS `to/expected@en`, t.expected_zh AS `to/expected@zh`, "
	    "t.team_europe AS `to/team-europe`, t.team_china AS `to/team-china`, t.k AS `_k` FROM (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_activities x WHERE x.plan_id = ?) t LEFT JOIN (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_activities x WHERE x.plan_id = ?) f ON f.k = t.k WHERE "
	    "f.id IS NULL ORDER BY `_k`",
	/* milestone */
	    "SELECT 'milestone' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' "
	    "WHEN f.due_on <=> t.due_on AND f.deliverable_en <=> t.deliverable_en AND f.deliverable_zh <=> "
	    "t.deliverable_zh THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS "
	    "NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.due_on <=> t.due_on, NULL, 'due'), "
	    "IF(f.deliverable_en <=> t.deliverable_en, NULL, 'deliverable-en'), IF(f.deliverable_zh <=> "
	    "t.deliverable_zh, NULL, 'deliverable-zh')), '') END AS `@changed`, f.id AS `from/@id`, "
	    "DATE_FORMAT(f.due_on, '%Y-%m-%d') AS `from/due`, f.deliverable_en AS `from/deliverable@en`, "
	    "f.deliverable_zh AS `from/deliverable@zh`, t.id AS `to/@id`, DATE_FORMAT(t.due_on, '%Y-%m-%d') AS "
	    "`to/due`, t.deliverable_en AS `to/deliverable@en`, t.deliverable_zh AS `to/deliverable@zh`, "
	    "COALESCE(f.k, t.k) AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_milestones x "
	    "WHERE x.plan_id = ?) f LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_milestones x "
	    "WHERE x.plan_id = ?) t ON t.k = f.k UNION ALL SELECT 'milestone' AS `@kind`, CASE WHEN f.id IS NULL "
	    "THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN f.due_on <=> t.due_on AND f.deliverable_en <=> "
	    "t.deliverable_en AND f.deliverable_zh <=> t.deliverable_zh THEN 'same' ELSE 'changed' END AS "
	    "`@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.due_on "
	    "<=> t.due_on, NULL, 'due'), IF(f.deliverable_en <=> t.deliverable_en, NULL, 'deliverable-en'), "
	    "IF(f.deliverable_zh <=> t.deliverable_zh, NULL, 'deliverable-zh')), '') END AS `@changed`, f.id AS "
	    "`from/@id`, DATE_FORMAT(f.due_on, '%Y-%m-%d') AS `from/due`, f.deliverable_en AS "
	    "`from/deliverable@en`, f.deliverable_zh AS `from/deliverable@zh`, t.id AS `to/@id`, "
	    "DATE_FORMAT(t.due_on, '%Y-%m-%d') AS `to/due`, t.deliverable_en AS `to/deliverable@en`, "
	    "t.deliverable_zh AS `to/deliverable@zh`, t.k AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS "
	    "k FROM plan_milestones x WHERE x.plan_id = ?) t LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS "
	    "k FROM plan_milestones x WHERE x.plan_id = ?) f ON f.k = t.k WHERE f.id IS NULL ORDER BY `_k`",
	/* target */
	    "SELECT 'target' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' "
	    "WHEN f.kpi_id <=> t.kpi_id AND f.kpi_target_id <=> t.kpi_target_id AND f.target <=> t.target AND "
	    "f.period_start <=> t.period_start AND f.period_end <=> t.period_end AND f.note_en <=> t.note_en AND "
	    "f.note_zh <=> t.note_zh THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id "
	    "IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.kpi_id <=> t.kpi_id, NULL, 'kpi'), "
	    "IF(f.kpi_target_id <=> t.kpi_target_id, NULL, 'kpi-target'), IF(f.target <=> t.target, NULL, "
	    "'value'), IF(f.period_start <=> t.period_start, NULL, 'start'), IF(f.period_end <=> t.period_end, "
	    "NULL, 'end'), IF(f.note_en <=> t.note_en, NULL, 'note-en'), IF(f.note_zh <=> t.note_zh, NULL, "
	    "'note-zh')), '') END AS `@changed`, f.id AS `from/@id`, (SELECT slug FROM kpis WHERE id = f.kpi_id) "
	    "AS `from/kpi`, f.kpi_target_id AS `from/kpi-target`, f.target AS `from/value`, "
	    "DATE_FORMAT(f.period_start, '%Y-%m-%d') AS `from/start`, DATE_FORMAT(f.period_end, '%Y-%m-%d') AS "
	    "`from/end`, f.note_en AS `from/note@en`, f.note_zh AS `from/note@zh`, t.id AS `to/@id`, (SELECT "
	    "slug FROM kpis WHERE id = t.kpi_id) AS `to/kpi`, t.kpi_target_id AS `to/kpi-target`, t.target AS "
	    "`to/value`, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `to/start`, DATE_FORMAT(t.period_end, "
	    "'%Y-%m-%d') AS `to/end`, t.note_en AS `to/note@en`, t.note_zh AS `to/note@zh`, COALESCE(f.k, t.k) "
	    "AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_targets x WHERE x.plan_id = ?) f "
	    "LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_targets x WHERE x.plan_id = ?) t ON "
	    "t.k = f.k UNION ALL SELECT 'target' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS "
	    "NULL THEN 'removed' WHEN f.kpi_id <=> t.kpi_id AND f.kpi_target_id <=> t.kpi_target_id AND f.target "
	    "<=> t.target AND f.period_start <=> t.period_start AND f.period_end <=> t.period_end AND f.note_en "
	    "<=> t.note_en AND f.note_zh <=> t.note_zh THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN "
	    "f.id IS NULL OR t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', IF(f.kpi_id <=> t.kpi_id, NULL, "
	    "'kpi'), IF(f.kpi_target_id <=> t.kpi_target_id, NULL, 'kpi-target'), IF(f.target <=> t.target, "
	    "NULL, 'value'), IF(f.period_start <=> t.period_start, NULL, 'start'), IF(f.period_end <=> "
	    "t.period_end, NULL, 'end'), IF(f.note_en <=> t.note_en, NULL, 'note-en'), IF(f.note_zh <=> "
	    "t.note_zh, NULL, 'note-zh')), '') END AS `@changed`, f.id AS `from/@id`, (SELECT slug FROM kpis "
	    "WHERE id = f.kpi_id) AS `from/kpi`, f.kpi_target_id AS `from/kpi-target`, f.target AS `from/value`, "
	    "DATE_FORMAT(f.period_start, '%Y-%m-%d') AS `from/start`, DATE_FORMAT(f.period_end, '%Y-%m-%d') AS "
	    "`from/end`, f.note_en AS `from/note@en`, f.note_zh AS `from/note@zh`, t.id AS `to/@id`, (SELECT "
	    "slug FROM kpis WHERE id = t.kpi_id) AS `to/kpi`, t.kpi_target_id AS `to/kpi-target`, t.target AS "
	    "`to/value`, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `to/start`, DATE_FORMAT(t.period_end, "
	    "'%Y-%m-%d') AS `to/end`, t.note_en AS `to/note@en`, t.note_zh AS `to/note@zh`, t.k AS `_k` FROM "
	    "(SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_targets x WHERE x.plan_id = ?) t LEFT JOIN "
	    "(SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM plan_targets x WHERE x.plan_id = ?) f ON f.k = t.k "
	    "WHERE f.id IS NULL ORDER BY `_k`",
	/* risk */
	    "SELECT 'risk' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN "
	    "f.likelihood <=> t.likelihood AND f.risk_en <=> t.risk_en AND f.risk_zh <=> t.risk_zh AND "
	    "f.mitigation_en <=> t.mitigation_en AND f.mitigation_zh <=> t.mitigation_zh THEN 'same' ELSE "
	    "'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.likelihood <=> t.likelihood, NULL, 'likelihood'), IF(f.risk_en <=> "
	    "t.risk_en, NULL, 'risk-en'), IF(f.risk_zh <=> t.risk_zh, NULL, 'risk-zh'), IF(f.mitigation_en <=> "
	    "t.mitigation_en, NULL, 'mitigation-en'), IF(f.mitigation_zh <=> t.mitigation_zh, NULL, "
	    "'mitigation-zh')), '') END AS `@changed`, f.id AS `from/@id`, f.likelihood AS `from/likelihood`, "
	    "f.risk_en AS `from/risk@en`, f.risk_zh AS `from/risk@zh`, f.mitigation_en AS `from/mitigation@en`, "
	    "f.mitigation_zh AS `from/mitigation@zh`, t.id AS `to/@id`, t.likelihood AS `to/likelihood`, "
	    "t.risk_en AS `to/risk@en`, t.risk_zh AS `to/risk@zh`, t.mitigation_en AS `to/mitigation@en`, "
	    "t.mitigation_zh AS `to/mitigation@zh`, COALESCE(f.k, t.k) AS `_k` FROM (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_risks x WHERE x.plan_id = ?) f LEFT JOIN (SELECT x.*, "
	    "COALESCE(x.lineage, x.id) AS k FROM plan_risks x WHERE x.plan_id = ?) t ON t.k = f.k UNION ALL "
	    "SELECT 'risk' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN "
	    "f.likelihood <=> t.likelihood AND f.risk_en <=> t.risk_en AND f.risk_zh <=> t.risk_zh AND "
	    "f.mitigation_en <=> t.mitigation_en AND f.mitigation_zh <=> t.mitigation_zh THEN 'same' ELSE "
	    "'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.likelihood <=> t.likelihood, NULL, 'likelihood'), IF(f.risk_en <=> "
	    "t.risk_en, NULL, 'risk-en'), IF(f.risk_zh <=> t.risk_zh, NULL, 'risk-zh'), IF(f.mitigation_en <=> "
	    "t.mitigation_en, NULL, 'mitigation-en'), IF(f.mitigation_zh <=> t.mitigation_zh, NULL, "
	    "'mitigation-zh')), '') END AS `@changed`, f.id AS `from/@id`, f.likelihood AS `from/likelihood`, "
	    "f.risk_en AS `from/risk@en`, f.risk_zh AS `from/risk@zh`, f.mitigation_en AS `from/mitigation@en`, "
	    "f.mitigation_zh AS `from/mitigation@zh`, t.id AS `to/@id`, t.likelihood AS `to/likelihood`, "
	    "t.risk_en AS `to/risk@en`, t.risk_zh AS `to/risk@zh`, t.mitigation_en AS `to/mitigation@en`, "
	    "t.mitigation_zh AS `to/mitigation@zh`, t.k AS `_k` FROM (SELECT x.*, COALESCE(x.lineage, x.id) AS k "
	    "FROM plan_risks x WHERE x.plan_id = ?) t LEFT JOIN (SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM "
	    "plan_risks x WHERE x.plan_id = ?) f ON f.k = t.k WHERE f.id IS NULL ORDER BY `_k`",
};
static const char compare_header_sql[] =
	    "SELECT 'plan' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' WHEN "
	    "f.period_start <=> t.period_start AND f.period_end <=> t.period_end AND f.title_en <=> t.title_en "
	    "AND f.title_zh <=> t.title_zh AND f.focal_europe <=> t.focal_europe AND f.focal_china <=> "
	    "t.focal_china AND f.meetings_en <=> t.meetings_en AND f.meetings_zh <=> t.meetings_zh AND "
	    "f.governance_en <=> t.governance_en AND f.governance_zh <=> t.governance_zh THEN 'same' ELSE "
	    "'changed' END AS `@status`, CASE WHEN f.id IS NULL OR t.id IS NULL THEN NULL ELSE "
	    "NULLIF(CONCAT_WS(' ', IF(f.period_start <=> t.period_start, NULL, 'start'), IF(f.period_end <=> "
	    "t.period_end, NULL, 'end'), IF(f.title_en <=> t.title_en, NULL, 'title-en'), IF(f.title_zh <=> "
	    "t.title_zh, NULL, 'title-zh'), IF(f.focal_europe <=> t.focal_europe, NULL, 'focal-europe'), "
	    "IF(f.focal_china <=> t.focal_china, NULL, 'focal-china'), IF(f.meetings_en <=> t.meetings_en, NULL, "
	    "'meetings-en'), IF(f.meetings_zh <=> t.meetings_zh, NULL, 'meetings-zh'), IF(f.governance_en <=> "
	    "t.governance_en, NULL, 'governance-en'), IF(f.governance_zh <=> t.governance_zh, NULL, "
	    "'governance-zh')), '') END AS `@changed`, f.id AS `from/@id`, DATE_FORMAT(f.period_start, "
	    "'%Y-%m-%d') AS `from/start`, DATE_FORMAT(f.period_end, '%Y-%m-%d') AS `from/end`, f.title_en AS "
	    "`from/title@en`, f.title_zh AS `from/title@zh`, f.focal_europe AS `from/focal-europe`, "
	    "f.focal_china AS `from/focal-china`, f.meetings_en AS `from/meetings@en`, f.meetings_zh AS "
	    "`from/meetings@zh`, f.governance_en AS `from/governance@en`, f.governance_zh AS "
	    "`from/governance@zh`, t.id AS `to/@id`, DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `to/start`, "
	    "DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `to/end`, t.title_en AS `to/title@en`, t.title_zh AS "
	    "`to/title@zh`, t.focal_europe AS `to/focal-europe`, t.focal_china AS `to/focal-china`, "
	    "t.meetings_en AS `to/meetings@en`, t.meetings_zh AS `to/meetings@zh`, t.governance_en AS "
	    "`to/governance@en`, t.governance_zh AS `to/governance@zh` FROM plans f JOIN plans t ON t.id = ? "
	    "WHERE f.id = ?";

enum c2c_err
model_plan_compare(struct db *db, long long id, long long with, xmlNodePtr root)
{
	/* Each with the review it started from, if any (plans.review_id). */
	static const char other[] =
	    "SELECT o.id AS `@id`, o.version AS `@version`, o.state AS `@state`, o.review_id AS `@review`, "
	    "DATE_FORMAT(v.held_on, '%Y-%m-%d') AS `@review-held` FROM plans o "
	    "JOIN plans t ON t.partnership_id = o.partnership_id LEFT JOIN reviews v ON v.id = o.review_id "
	    "WHERE t.id = ? AND o.version = ?";
	static const char self[] =
	    "SELECT t.id AS `@id`, t.version AS `@version`, t.state AS `@state`, t.review_id AS `@review`, "
	    "DATE_FORMAT(v.held_on, '%Y-%m-%d') AS `@review-held` FROM plans t "
	    "LEFT JOIN reviews v ON v.id = t.review_id WHERE t.id = ?";
	static const char pair[] = PLAN_PAIR "JOIN plans t ON t.partnership_id = p.id WHERE t.id = ?";
	struct db_param a[] = { DBP_I(id), DBP_I(with) };
	struct db_rows r;
	xmlNodePtr changes;
	long long from = 0;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, other, a, 2, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		rc = C2C_ENOTFOUND;
	else if (xml_add_row(root, "from", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	else
		from = db_cell_ll(&r, 0, 0, 0);
	db_rows_free(&r);
	if (rc != C2C_OK)
		return rc;
	if ((rc = db_query(db, self, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		rc = C2C_ENOTFOUND;
	else if (xml_add_row(root, "to", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	db_rows_free(&r);
	if (rc != C2C_OK)
		return rc;
	if ((rc = db_query(db, pair, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1 && xml_add_row(root, "partnership", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	db_rows_free(&r);
	if (rc != C2C_OK || (changes = xml_add(root, "changes")) == NULL)
		return rc != C2C_OK ? rc : C2C_ENOMEM;
	{
		struct db_param h[] = { DBP_I(id), DBP_I(from) };
		if ((rc = model_rows(db, compare_header_sql, h, 2, changes, NULL, "change")) != C2C_OK)
			return rc;
	}
	for (i = 0; i < sizeof(compare_sql) / sizeof(compare_sql[0]); i++) {
		struct db_param k[] = { DBP_I(from), DBP_I(id), DBP_I(id), DBP_I(from) };
		if ((rc = model_rows(db, compare_sql[i], k, 4, changes, NULL, "change")) != C2C_OK)
			return rc;
	}
	return C2C_OK;
}

/* model_plan.c: the pages of Cooperation Plans (plan.h): a partnership's versions, one
 * version with everything in it, and two versions compared item by item.  A version's
 * content is bounded by the budgets of lib/edit_plans.c, so each query reads at most a
 * few hundred rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "plan.h"
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

/* The one row sql finds (its parameters p, np), as a child <elem> of root (model_one);
 * C2C_ENOTFOUND when there is none.  *n, unless NULL, receives the child. */
static enum c2c_err
one_child(struct db *db, const char *sql, const struct db_param *p, size_t np, xmlNodePtr root,
    const char *elem, xmlNodePtr *n)
{
	xmlNodePtr c = xml_add(root, elem);
	enum c2c_err rc = c != NULL ? model_one(db, sql, p, np, c) : C2C_ENOMEM;

	if (n != NULL)
		*n = c;
	return rc;
}

/* The partnership of version t.id (one row: plans.partnership_id is a foreign key). */
static const char version_pair[] = PLAN_PAIR "JOIN plans t ON t.partnership_id = p.id WHERE t.id = ?";

enum c2c_err
model_plans(struct db *db, long long id, xmlNodePtr root)
{
	static const char pair[] = PLAN_PAIR "WHERE p.id = ? AND p.deleted_at IS NULL";
	static const char versions[] =
	    "SELECT " PLAN_HEAD ", (SELECT COUNT(*) FROM plan_approvals a WHERE a.plan_id = t.id) AS `@approvals` "
	    "FROM plans t WHERE t.partnership_id = ? ORDER BY t.version DESC LIMIT 100";
	struct db_param a[] = { DBP_I(id) };
	enum c2c_err rc;

	if ((rc = one_child(db, pair, a, 1, root, "partnership", NULL)) != C2C_OK)
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
	/* After the head and its partnership, one list each, in the order of the page. */
	static const struct model_part parts[] = { { versions, "versions", "version" },
		{ approvals, "approvals", "approval" }, { priorities, "priorities", "priority" },
		{ objectives, "objectives", "objective" }, { activities, "activities", "activity" },
		{ milestones, "milestones", "milestone" }, { targets, "targets", "target" },
		{ risks, "risks", "risk" } };
	struct db_param a[] = { DBP_I(id) };
	enum c2c_err rc;
	size_t i;

	if ((rc = model_one(db, head, a, 1, root)) != C2C_OK ||
	    (rc = one_child(db, version_pair, a, 1, root, "partnership", NULL)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < sizeof(parts) / sizeof(parts[0]); i++)
		rc = model_rows(db, parts[i].sql, a, 1, root, parts[i].wrapper, parts[i].elem);
	return rc;
}

/* Comparing two versions (model_plan_compare): one description per kind, its fields, from
 * which the preprocessor writes the kind's query.  A field is X(column, name in @changed,
 * element of its value, how its value reads: V as is, D a date, AREA and KPI a slug); s
 * separates two fields. */
#define V(s, c)    s "." c
#define D(s, c)    "DATE_FORMAT(" s "." c ", '%Y-%m-%d')"
#define AREA(s, c) "(SELECT slug FROM areas WHERE id = " s "." c ")"
#define KPI(s, c)  "(SELECT slug FROM kpis WHERE id = " s "." c ")"
/* A text in English and in Chinese: columns x_en, x_zh; names x-en, x-zh; x@en, x@zh. */
#define BI(X, s, x) X(x##_en, #x "-en", #x "@en", V) s X(x##_zh, #x "-zh", #x "@zh", V)

#define PLAN_F(X, s) X(period_start, "start", "start", D) s X(period_end, "end", "end", D) s \
	BI(X, s, title) s X(focal_europe, "focal-europe", "focal-europe", V) s \
	X(focal_china, "focal-china", "focal-china", V) s BI(X, s, meetings) s BI(X, s, governance)
#define PRIORITY_F(X, s) X(area_id, "area", "area", AREA) s BI(X, s, title)
#define OBJECTIVE_F(X, s) BI(X, s, text) s BI(X, s, expected)
#define ACTIVITY_F(X, s) BI(X, s, title) s X(activity_id, "project", "project", V) s \
	X(funding_source, "funding-source", "funding-source", V) s \
	X(amount_eur, "amount-eur", "amount-eur", V) s X(starts_on, "start", "start", D) s \
	X(ends_on, "end", "end", D) s BI(X, s, expected) s X(team_europe, "team-europe", "team-europe", V) s \
	X(team_china, "team-china", "team-china", V)
#define MILESTONE_F(X, s) X(due_on, "due", "due", D) s BI(X, s, deliverable)
#define TARGET_F(X, s) X(kpi_id, "kpi", "kpi", KPI) s X(kpi_target_id, "kpi-target", "kpi-target", V) s \
	X(target, "value", "value", V) s X(period_start, "start", "start", D) s \
	X(period_end, "end", "end", D) s BI(X, s, note)
#define RISK_F(X, s) X(likelihood, "likelihood", "likelihood", V) s BI(X, s, risk) s BI(X, s, mitigation)

#define SAME(c, n, e, how)    "f." #c " <=> t." #c
#define CHANGED(c, n, e, how) "IF(f." #c " <=> t." #c ", NULL, '" n "')"
#define FROM(c, n, e, how)    how("f", #c) " AS `from/" e "`"
#define TO(c, n, e, how)      how("t", #c) " AS `to/" e "`"
/* The kind, its status (added, removed, same or changed), the names of the fields that
 * changed, and both sides' values; f the earlier, t the later (either may be NULL). */
#define CHANGE_COLS(kind, F) \
	"SELECT '" kind "' AS `@kind`, CASE WHEN f.id IS NULL THEN 'added' WHEN t.id IS NULL THEN 'removed' " \
	"WHEN " F(SAME, " AND ") " THEN 'same' ELSE 'changed' END AS `@status`, CASE WHEN f.id IS NULL OR " \
	"t.id IS NULL THEN NULL ELSE NULLIF(CONCAT_WS(' ', " F(CHANGED, ", ") "), '') END AS `@changed`, " \
	"f.id AS `from/@id`, " F(FROM, ", ") ", t.id AS `to/@id`, " F(TO, ", ")
/* A version's items of the table, each with its lineage key k (the item it was copied
 * from in the earlier version, or itself). */
#define ITEMS(table) "(SELECT x.*, COALESCE(x.lineage, x.id) AS k FROM " table " x WHERE x.plan_id = ?)"
/* The items of both versions paired by lineage, then those only the later one has. */
#define COMPARE(kind, table, F) \
	CHANGE_COLS(kind, F) ", COALESCE(f.k, t.k) AS `_k` FROM " ITEMS(table) " f LEFT JOIN " ITEMS(table) \
	" t ON t.k = f.k UNION ALL " CHANGE_COLS(kind, F) ", t.k AS `_k` FROM " ITEMS(table) " t LEFT JOIN " \
	ITEMS(table) " f ON f.k = t.k WHERE f.id IS NULL ORDER BY `_k`"

static const char *const compare_sql[] = {
	COMPARE("priority", "plan_priorities", PRIORITY_F),
	COMPARE("objective", "plan_objectives", OBJECTIVE_F),
	COMPARE("activity", "plan_activities", ACTIVITY_F),
	COMPARE("milestone", "plan_milestones", MILESTONE_F),
	COMPARE("target", "plan_targets", TARGET_F),
	COMPARE("risk", "plan_risks", RISK_F),
};
/* The names of the areas and KPIs the changes name by slug, as <areas> and <kpi-names>. */
static const struct model_part compare_names[] = {
	{ "SELECT a.slug AS `@slug`, a.name_en AS `name@en`, a.name_zh AS `name@zh` FROM areas a "
	  "WHERE a.id IN (SELECT area_id FROM plan_priorities WHERE plan_id IN (?, ?)) ORDER BY a.slug",
	  "areas", "area" },
	{ "SELECT k.slug AS `@slug`, k.name_en AS `name@en`, k.name_zh AS `name@zh` FROM kpis k "
	  "WHERE k.id IN (SELECT kpi_id FROM plan_targets WHERE plan_id IN (?, ?)) ORDER BY k.slug",
	  "kpi-names", "kpi" },
};
/* The versions' own fields: one row. */
static const char compare_header_sql[] =
	CHANGE_COLS("plan", PLAN_F) " FROM plans f JOIN plans t ON t.id = ? WHERE f.id = ?";

/* A version o with the review it started from, if any (plans.review_id), joined as v. */
#define VERSION(o) \
	"SELECT " o ".id AS `@id`, " o ".version AS `@version`, " o ".state AS `@state`, " \
	o ".review_id AS `@review`, DATE_FORMAT(v.held_on, '%Y-%m-%d') AS `@review-held` FROM plans " o " "

enum c2c_err
model_plan_compare(struct db *db, long long id, long long with, xmlNodePtr root)
{
	static const char other[] = VERSION("o") "JOIN plans t ON t.partnership_id = o.partnership_id "
	    "LEFT JOIN reviews v ON v.id = o.review_id WHERE t.id = ? AND o.version = ?";
	static const char self[] = VERSION("t") "LEFT JOIN reviews v ON v.id = t.review_id WHERE t.id = ?";
	struct db_param a[] = { DBP_I(id), DBP_I(with) };
	xmlNodePtr changes, n = NULL;
	xmlChar *other_id;
	long long from = 0;
	enum c2c_err rc;
	size_t i;

	if ((rc = one_child(db, other, a, 2, root, "from", &n)) != C2C_OK ||
	    (rc = one_child(db, self, a, 1, root, "to", NULL)) != C2C_OK ||
	    (rc = one_child(db, version_pair, a, 1, root, "partnership", NULL)) != C2C_OK)
		return rc;
	if ((other_id = xmlGetProp(n, BAD_CAST "id")) == NULL)
		return C2C_ENOMEM;
	from = strtoll((const char *)other_id, NULL, 10);
	xmlFree(other_id);
	if ((changes = xml_add(root, "changes")) == NULL)
		return C2C_ENOMEM;
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
	/* The changes name areas and KPIs by slug: their names, for those the two versions
	 * use (as many as their priorities and targets, which the plan's budget bounds). */
	for (i = 0; i < sizeof(compare_names) / sizeof(compare_names[0]); i++) {
		struct db_param v[] = { DBP_I(from), DBP_I(id) };
		if ((rc = model_rows(db, compare_names[i].sql, v, 2, root, compare_names[i].wrapper,
		    compare_names[i].elem)) != C2C_OK)
			return rc;
	}
	return C2C_OK;
}

/* plan_write.c: the steps of a Cooperation Plan version (plan.h): propose, withdraw,
 * approve (once per city of the pair, by that city's editor, with the reference of the
 * political decision) and start the next version as a copy of an approved one, changed
 * by the partnership's latest review held since that approval (its decisions and new
 * targets: the report's Act step feeding the next Plan).  Each
 * step is one transaction: the plan's row locked (with its partnership), the scope, the
 * state, If-Match against the plan's own tag, the change, the partnership touched and
 * the audit rows; all of it or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>

#include "audit.h"
#include "buf.h"
#include "labels.h"
#include "plan.h"

static const char *const plan_actions[] = { "propose", "withdraw", "approve", "next", NULL };

/* Shown by plan-steps.xsl (its buttons are the actions), under these labels. */
static const struct edit_field step_fields[] = {
	EDIT_FIELD(EF_CHOICE, "action", NULL, EDIT_REQUIRED, "pl.steps", .choices = plan_actions, .vocab = "pl.do"),
	EDIT_FIELD(EF_LINE, "decision", NULL, 0, "pl.decision-ref", .max = 300),
	/* next: the review to start from (by its id); left out, the latest one held since
	 * the approval of the version followed, if any. */
	EDIT_FIELD(EF_INT, "review", NULL, 0, "pl.review-number", .min = 1, .max = 999999999),
};

/* Not in edit_resource()'s lookup: only its parsing and checks are used, never
 * edit_save. */
static const struct edit_resource step_resource = {
	"plan-step", "plans", "plan-step", "plans", SCOPE_PARTNERSHIP, NULL, 0,
	NULL, NULL, NULL, NULL, NULL, step_fields, sizeof(step_fields) / sizeof(step_fields[0]),
};

const struct edit_resource *
plan_step_resource(void)
{
	return &step_resource;
}

#define PLAN_AUDIT_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, t.version AS `@version`, " \
	"t.state AS `@state`, t.based_on AS `based-on`, t.review_id AS `review`, " \
	"DATE_FORMAT(t.period_start, '%Y-%m-%d') AS `start`, DATE_FORMAT(t.period_end, '%Y-%m-%d') AS `end` " \
	"FROM plans t WHERE t.id = ?"
#define APPROVAL_AUDIT_SQL \
	"SELECT a.id AS `@id`, a.plan_id AS `plan/@id`, c.slug AS `city/@slug`, a.actor, " \
	"DATE_FORMAT(a.approved_at, '%Y-%m-%dT%H:%i:%sZ') AS `at`, a.decision_ref AS decision " \
	"FROM plan_approvals a JOIN cities c ON c.id = a.city_id WHERE a.id = ?"

static enum c2c_err
exec1(struct db *db, const char *sql, long long a)
{
	struct db_param p[] = { DBP_I(a) };

	return db_exec(db, sql, strlen(sql), p, 1, NULL);
}

static enum c2c_err
exec2(struct db *db, const char *sql, long long a, long long b)
{
	struct db_param p[] = { DBP_I(a), DBP_I(b) };

	return db_exec(db, sql, strlen(sql), p, 2, NULL);
}

/* A copy of plan `from` as draft version `version` of the same partnership; *id the new
 * plan.  Each copied item keeps its lineage (the first row of its line), so that a
 * comparison pairs it with its predecessors; children find their new parents by it. */
static enum c2c_err
copy_plan(struct db *db, long long from, long long version, long long *id)
{
	static const char plan[] =
	    "INSERT INTO plans (partnership_id, version, based_on, period_start, period_end, title_en, "
	    "title_zh, focal_europe, focal_china, meetings_en, meetings_zh, governance_en, governance_zh) "
	    "SELECT partnership_id, ?, id, period_start, period_end, title_en, title_zh, focal_europe, "
	    "focal_china, meetings_en, meetings_zh, governance_en, governance_zh FROM plans WHERE id = ?";
	static const char *const parts[] = {
		"INSERT INTO plan_priorities (plan_id, lineage, area_id, title_en, title_zh) "
		"SELECT ?, COALESCE(lineage, id), area_id, title_en, title_zh FROM plan_priorities "
		"WHERE plan_id = ? ORDER BY id",
		"INSERT INTO plan_objectives (priority_id, lineage, text_en, text_zh, expected_en, expected_zh) "
		"SELECT n.id, COALESCE(o.lineage, o.id), o.text_en, o.text_zh, o.expected_en, o.expected_zh "
		"FROM plan_objectives o JOIN plan_priorities x ON x.id = o.priority_id "
		"JOIN plan_priorities n ON n.plan_id = ? AND n.lineage = COALESCE(x.lineage, x.id) "
		"WHERE o.plan_id = ? ORDER BY o.id",
		"INSERT INTO plan_activities (objective_id, lineage, activity_id, title_en, title_zh, "
		"funding_source, amount_eur, starts_on, ends_on, expected_en, expected_zh, team_europe, team_china) "
		"SELECT n.id, COALESCE(o.lineage, o.id), o.activity_id, o.title_en, o.title_zh, o.funding_source, "
		"o.amount_eur, o.starts_on, o.ends_on, o.expected_en, o.expected_zh, o.team_europe, o.team_china "
		"FROM plan_activities o JOIN plan_objectives x ON x.id = o.objective_id "
		"JOIN plan_objectives n ON n.plan_id = ? AND n.lineage = COALESCE(x.lineage, x.id) "
		"WHERE o.plan_id = ? ORDER BY o.id",
		"INSERT INTO plan_milestones (plan_activity_id, lineage, due_on, deliverable_en, deliverable_zh) "
		"SELECT n.id, COALESCE(o.lineage, o.id), o.due_on, o.deliverable_en, o.deliverable_zh "
		"FROM plan_milestones o JOIN plan_activities x ON x.id = o.plan_activity_id "
		"JOIN plan_activities n ON n.plan_id = ? AND n.lineage = COALESCE(x.lineage, x.id) "
		"WHERE o.plan_id = ? ORDER BY o.id",
		"INSERT INTO plan_targets (objective_id, lineage, kpi_id, kpi_target_id, target, period_start, "
		"period_end, note_en, note_zh) "
		"SELECT n.id, COALESCE(o.lineage, o.id), o.kpi_id, o.kpi_target_id, o.target, o.period_start, "
		"o.period_end, o.note_en, o.note_zh FROM plan_targets o JOIN plan_objectives x ON x.id = o.objective_id "
		"JOIN plan_objectives n ON n.plan_id = ? AND n.lineage = COALESCE(x.lineage, x.id) "
		"WHERE o.plan_id = ? ORDER BY o.id",
		"INSERT INTO plan_risks (plan_id, lineage, likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh) "
		"SELECT ?, COALESCE(lineage, id), likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh "
		"FROM plan_risks WHERE plan_id = ? ORDER BY id",
	};
	enum c2c_err rc;
	size_t i;

	if ((rc = exec2(db, plan, version, from)) != C2C_OK)
		return rc;
	*id = (long long)db_last_insert_id(db);
	for (i = 0; rc == C2C_OK && i < sizeof(parts) / sizeof(parts[0]); i++)
		rc = exec2(db, parts[i], *id, from);
	return rc;
}

/* The title of the objective that holds a review's new targets ("New targets of the
 * review of DATE", the label pl.review-objective), in English (zh 0) or Chinese, into
 * out (len bytes, cut if longer).  C2C_OK or C2C_ENOMEM. */
static enum c2c_err
review_objective(char *out, size_t len, int zh, const char *date)
{
	struct buf b = BUF_INIT;
	int rc = label_fmt(&b, "pl.review-objective", zh, date);

	if (rc == 0)
		snprintf(out, len, "%s", b.data != NULL ? b.data : "");
	buf_free(&b);
	return rc == 0 ? C2C_OK : C2C_ENOMEM;
}

/* The review `review` (of the same partnership, checked) applied to the new draft `id`:
 * activities of the Project Bank it decided to stop are left out (with their milestones:
 * the draft is what the partners will propose, and the comparison with the version before
 * shows them as removed); the others it decided on carry the decision and its note; its
 * new targets replace the draft's targets of the same KPIs (under the objective that held
 * one, else the first objective; a plan without any gets one for them), marked as the
 * review's, as many as the plan's budget of targets leaves room for.  The draft records
 * the review. */
static enum c2c_err
apply_review(struct db *db, long long id, long long review)
{
	static const char mark[] = "UPDATE plans SET review_id = ? WHERE id = ?";
	static const char stop[] =
	    "DELETE FROM plan_activities WHERE plan_id = ? AND activity_id IN (SELECT d.activity_id "
	    "FROM review_decisions d WHERE d.review_id = ? AND d.deleted_at IS NULL AND d.decision = 'stop')";
	static const char carry[] =
	    "UPDATE plan_activities a JOIN review_decisions d ON d.review_id = ? AND d.deleted_at IS NULL "
	    "AND d.activity_id = a.activity_id AND d.decision <> 'stop' "
	    "SET a.decision = d.decision, a.decision_note_en = d.note, a.decision_note_zh = d.note_zh "
	    "WHERE a.plan_id = ?";
	static const char need[] =
	    "SELECT EXISTS (SELECT 1 FROM review_targets r WHERE r.review_id = ? AND r.deleted_at IS NULL), "
	    "EXISTS (SELECT 1 FROM plan_objectives o WHERE o.plan_id = ?), "
	    "(SELECT DATE_FORMAT(v.held_on, '%Y-%m-%d') FROM reviews v WHERE v.id = ?), "
	    /* Room left under the plan's budget of targets (PLAN_MAX_TARGETS of
	     * lib/edit_plans.c) once those the review replaces are gone: its targets beyond
	     * that are not carried. */
	    "120 - (SELECT COUNT(*) FROM plan_targets t WHERE t.plan_id = ? AND (t.kpi_id IS NULL OR "
	    "t.kpi_id NOT IN (SELECT r.kpi_id FROM review_targets r WHERE r.review_id = ? AND r.deleted_at IS NULL)))";
	static const char prio[] = "INSERT INTO plan_priorities (plan_id, title_en, title_zh) VALUES (?, ?, ?)";
	static const char obj[] = "INSERT INTO plan_objectives (priority_id, text_en, text_zh) VALUES (?, ?, ?)";
	static const char targets[] =
	    "INSERT INTO plan_targets (objective_id, kpi_id, review_target_id, target, period_start, period_end) "
	    "SELECT COALESCE((SELECT MIN(t.objective_id) FROM plan_targets t WHERE t.plan_id = ? "
	    "AND t.kpi_id = r.kpi_id), (SELECT MIN(o.id) FROM plan_objectives o WHERE o.plan_id = ?)), "
	    "r.kpi_id, r.id, r.target, r.period_start, r.period_end FROM review_targets r "
	    "WHERE r.review_id = ? AND r.deleted_at IS NULL ORDER BY r.id LIMIT ?";
	static const char replaced[] =
	    /* Of the KPIs a review target was carried for (a derived table: MariaDB reads
	     * no table a DELETE writes). */
	    "DELETE FROM plan_targets WHERE plan_id = ? AND review_target_id IS NULL AND kpi_id IN "
	    "(SELECT x.kpi_id FROM (SELECT n.kpi_id FROM plan_targets n WHERE n.plan_id = ? "
	    "AND n.review_target_id IS NOT NULL) x)";
	struct db_rows rows;
	char en[120], zh[120];
	long long room;
	int have_targets, have_objective;
	enum c2c_err rc;

	if ((rc = exec2(db, mark, review, id)) != C2C_OK || (rc = exec2(db, stop, id, review)) != C2C_OK ||
	    (rc = exec2(db, carry, review, id)) != C2C_OK)
		return rc;
	{
		struct db_param q[] = { DBP_I(review), DBP_I(id), DBP_I(review), DBP_I(id), DBP_I(review) };
		if ((rc = db_query(db, need, q, 5, &rows)) != C2C_OK)
			return rc;
	}
	have_targets = db_cell_is(&rows, 0, 0, "1");
	have_objective = db_cell_is(&rows, 0, 1, "1");
	room = db_cell_ll(&rows, 0, 3, 0);
	rc = review_objective(en, sizeof(en), 0, db_cell(&rows, 0, 2));
	if (rc == C2C_OK)
		rc = review_objective(zh, sizeof(zh), 1, db_cell(&rows, 0, 2));
	db_rows_free(&rows);
	if (rc != C2C_OK)
		return rc;
	if (!have_targets || room <= 0)
		return C2C_OK;
	if (!have_objective) {
		struct db_param a[] = { DBP_I(id), DBP_S(en), DBP_S(zh) };
		long long pid;

		if ((rc = db_exec(db, prio, sizeof(prio) - 1, a, 3, NULL)) != C2C_OK)
			return rc;
		pid = (long long)db_last_insert_id(db);
		{
			struct db_param b[] = { DBP_I(pid), DBP_S(en), DBP_S(zh) };
			if ((rc = db_exec(db, obj, sizeof(obj) - 1, b, 3, NULL)) != C2C_OK)
				return rc;
		}
	}
	{
		struct db_param c[] = { DBP_I(id), DBP_I(id), DBP_I(review), DBP_I(room) };
		if ((rc = db_exec(db, targets, sizeof(targets) - 1, c, 4, NULL)) != C2C_OK)
			return rc;
	}
	return exec2(db, replaced, id, id);
}

/* The review a new version after `plan` starts from, in *review (0: none): `named` (0:
 * not named) when it is a live review of the plan's partnership, else *ok = 0; not
 * named, the partnership's latest live review held on or after the day `plan` was
 * approved. */
static enum c2c_err
find_review(struct db *db, long long plan, long long named, long long *review, int *ok)
{
	static const char byid[] =
	    "SELECT r.id FROM reviews r JOIN plans t ON t.id = ? AND t.partnership_id = r.partnership_id "
	    "WHERE r.id = ? AND r.deleted_at IS NULL";
	static const char latest[] =
	    "SELECT r.id FROM plans t JOIN reviews r ON r.partnership_id = t.partnership_id "
	    "AND r.deleted_at IS NULL AND r.held_on >= DATE(t.approved_at) "
	    "WHERE t.id = ? ORDER BY r.held_on DESC, r.id DESC LIMIT 1";
	struct db_param p[] = { DBP_I(plan), DBP_I(named) };
	struct db_rows rows;
	enum c2c_err rc;

	*review = 0;
	*ok = 1;
	if (named > 0)
		rc = db_query(db, byid, p, 2, &rows);
	else
		rc = db_query(db, latest, p, 1, &rows);
	if (rc != C2C_OK)
		return rc;
	if (rows.nrows == 1)
		*review = db_cell_ll(&rows, 0, 0, 0);
	else if (named > 0)
		*ok = 0;
	db_rows_free(&rows);
	return C2C_OK;
}

/* The approval of u's city: refused unless u is an editor of one of the pair's two
 * cities (a further member's editor, or an admin, approves for no city). */
static enum c2c_err
approve(struct db *db, const struct auth_user *u, long long plan, long long europe, long long china,
    const char *decision, struct field_errors *errs, enum write_status *st)
{
	static const char ins[] = "INSERT INTO plan_approvals (plan_id, city_id, actor, decision_ref) "
	    "VALUES (?, ?, ?, ?)";
	static const char both[] = "SELECT COUNT(DISTINCT a.city_id) FROM plan_approvals a "
	    "JOIN plans t ON t.id = a.plan_id JOIN partnerships p ON p.id = t.partnership_id "
	    "WHERE a.plan_id = ? AND a.city_id IN (p.europe_city_id, p.china_city_id)";
	static const char done[] = "UPDATE plans SET state = 'approved', approved_at = UTC_TIMESTAMP(6) "
	    "WHERE id = ?";
	struct db_param p[] = { DBP_I(plan), DBP_I(u->city_id), DBP_S(u->actor), DBP_S(decision) };
	struct db_rows rows;
	char *after = NULL;
	long long aid;
	enum c2c_err rc;

	if (u->role != ROLE_EDITOR || (u->city_id != europe && u->city_id != china)) {
		fe_add(errs, 0, "action", FE_SCOPE, NULL);
		*st = W_FORBIDDEN;
		return C2C_OK;
	}
	if (decision == NULL) {
		fe_add(errs, 0, "decision", FE_REQUIRED, NULL);
		*st = W_INVALID;
		return C2C_OK;
	}
	if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 4, NULL)) != C2C_OK) {
		if (rc == C2C_EDB && db_errno(db) == ER_DUP_ENTRY) {
			fe_add(errs, 0, "action", FE_PLAN_APPROVED, NULL);
			*st = W_CONFLICT;
			return C2C_OK;
		}
		return rc;
	}
	aid = (long long)db_last_insert_id(db);
	if ((rc = audit_row_xml(db, APPROVAL_AUDIT_SQL, aid, "plan-approval", &after)) != C2C_OK ||
	    (rc = audit_write(db, u->actor, "create", "plan-approval", aid, NULL, after)) != C2C_OK) {
		free(after);
		return rc;
	}
	free(after);
	{
		struct db_param q[] = { DBP_I(plan) };
		if ((rc = db_query(db, both, q, 1, &rows)) != C2C_OK)
			return rc;
	}
	if (db_cell_ll(&rows, 0, 0, 0) >= 2)
		rc = exec1(db, done, plan);
	db_rows_free(&rows);
	return rc;
}

enum c2c_err
plan_step(struct db *db, const struct auth_user *u, long long plan, const char *action,
    const char *decision, const char *review_s, const char *if_match, long long *id, char *tag,
    struct field_errors *errs, enum write_status *st)
{
	static const char lock[] =
	    "SELECT t.id, t.partnership_id, " STAMP("t") ", t.state, p.europe_city_id, p.china_city_id, "
	    "t.period_start IS NOT NULL AND t.period_end IS NOT NULL, "
	    "(SELECT COUNT(*) FROM plans o WHERE o.partnership_id = t.partnership_id AND o.state <> 'approved'), "
	    "(SELECT MAX(o.version) FROM plans o WHERE o.partnership_id = t.partnership_id), "
	    "EXISTS (SELECT 1 FROM plan_approvals a WHERE a.plan_id = t.id AND a.city_id = ?) "
	    "FROM plans t JOIN partnerships p ON p.id = t.partnership_id AND p.deleted_at IS NULL "
	    "WHERE t.id = ? FOR UPDATE";
	static const char propose[] = "UPDATE plans SET state = 'proposed', proposed_at = UTC_TIMESTAMP(6) "
	    "WHERE id = ?";
	static const char unapprove[] = "DELETE FROM plan_approvals WHERE plan_id = ?";
	static const char withdraw[] = "UPDATE plans SET state = 'draft', proposed_at = NULL WHERE id = ?";
	static const char touch[] = "UPDATE partnerships SET updated_at = UTC_TIMESTAMP(6) WHERE id = ?";
	static const char tagq[] = "SELECT t.id, " STAMP("t") " FROM plans t WHERE t.id = ?";
	struct db_param p[] = { DBP_I(u->city_id), DBP_I(plan) };
	struct db_rows rows;
	char cur[WRITE_TAG_MAX] = "", state[16] = "", *before = NULL, *after = NULL;
	long long partnership = 0, europe = 0, china = 0, open = 0, last = 0, review = 0;
	int may = 0, ok = 1, dated = 0, mine = 0;
	enum c2c_err rc;

	*id = plan;
	tag[0] = '\0';
	*st = W_FORBIDDEN;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)
		return C2C_OK;
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = db_query(db, lock, p, 2, &rows)) != C2C_OK)
		goto done;
	if (rows.nrows == 1) {
		snprintf(cur, sizeof(cur), "plan/%s/%s", db_cell(&rows, 0, 0), db_cell(&rows, 0, 2));
		partnership = db_cell_ll(&rows, 0, 1, 0);
		snprintf(state, sizeof(state), "%s", db_cell(&rows, 0, 3));
		europe = db_cell_ll(&rows, 0, 4, 0);
		china = db_cell_ll(&rows, 0, 5, 0);
		dated = db_cell_is(&rows, 0, 6, "1");
		open = db_cell_ll(&rows, 0, 7, 0);
		last = db_cell_ll(&rows, 0, 8, 0);
		mine = db_cell_is(&rows, 0, 9, "1");
	}
	db_rows_free(&rows);
	if (partnership == 0) {
		*st = W_NOTFOUND;
		goto done;
	}
	if ((rc = auth_may_partnership(db, u, partnership, &may)) != C2C_OK)
		goto done;
	if (!may) {
		fe_add(errs, 0, "action", FE_SCOPE, NULL);
		*st = W_FORBIDDEN;
		goto done;
	}
	if ((rc = write_precondition_res(db, if_match, cur, &ok)) != C2C_OK)
		goto done;
	if (!ok) {
		*st = W_CONFLICT;
		goto done;
	}
	/* Which step follows from which state. */
	*st = W_CONFLICT;
	if (strcmp(action, "approve") == 0 && mine && u->role == ROLE_EDITOR) {
		fe_add(errs, 0, "action", FE_PLAN_APPROVED, NULL);
		goto done;
	}
	if ((strcmp(action, "propose") == 0 && strcmp(state, "draft") != 0) ||
	    ((strcmp(action, "withdraw") == 0 || strcmp(action, "approve") == 0) &&
	    strcmp(state, "proposed") != 0) ||
	    (strcmp(action, "next") == 0 && strcmp(state, "approved") != 0)) {
		fe_add(errs, 0, "action", FE_PLAN_STATE, NULL);
		goto done;
	}
	if (strcmp(action, "next") == 0 && open > 0) {
		fe_add(errs, 0, "action", FE_PLAN_OPEN, NULL);
		goto done;
	}
	if (strcmp(action, "next") == 0) {
		if ((rc = find_review(db, plan, review_s ? strtoll(review_s, NULL, 10) : 0, &review,
		    &ok)) != C2C_OK)
			goto done;
		if (!ok) {
			fe_add(errs, 0, "review", FE_PLAN_OTHER, NULL);
			*st = W_INVALID;
			goto done;
		}
	}
	if (strcmp(action, "propose") == 0 && !dated) {
		fe_add(errs, 0, "start", FE_REQUIRED, NULL);
		*st = W_INVALID;
		goto done;
	}
	*st = W_DONE;
	if ((rc = audit_row_xml(db, PLAN_AUDIT_SQL, plan, "plan", &before)) != C2C_OK)
		goto done;
	if (strcmp(action, "propose") == 0)
		rc = exec1(db, propose, plan);
	else if (strcmp(action, "withdraw") == 0) {
		if ((rc = exec1(db, unapprove, plan)) == C2C_OK)
			rc = exec1(db, withdraw, plan);
	} else if (strcmp(action, "approve") == 0)
		rc = approve(db, u, plan, europe, china, decision, errs, st);
	else {
		free(before);
		before = NULL;
		if ((rc = copy_plan(db, plan, last + 1, id)) == C2C_OK && review > 0)
			rc = apply_review(db, *id, review);
	}
	if (rc != C2C_OK || *st != W_DONE)
		goto done;
	if ((rc = exec1(db, touch, partnership)) != C2C_OK ||
	    (rc = audit_row_xml(db, PLAN_AUDIT_SQL, *id, "plan", &after)) != C2C_OK ||
	    (rc = audit_write(db, u->actor, before != NULL ? "update" : "create", "plan", *id,
	    before, after)) != C2C_OK)
		goto done;
	{
		struct db_param q[] = { DBP_I(*id) };
		if ((rc = db_query(db, tagq, q, 1, &rows)) != C2C_OK)
			goto done;
		if (rows.nrows == 1)
			snprintf(tag, WRITE_TAG_MAX, "plan/%s/%s", db_cell(&rows, 0, 0), db_cell(&rows, 0, 1));
		db_rows_free(&rows);
	}
done:
	free(before);
	free(after);
	return write_finish(db, rc, *st);
}

/* tracker.c: the step tracker's writes (guide.h): setting an element's state, note and
 * evidence, and moving a partnership's current step.  Each is one transaction: the owner
 * (partnership or city) locked, the editor's scope, If-Match against the owner's own tag
 * (the tag its pages send), the rules that need the database, the change, the owner's
 * updated_at moved, and an audit row with before and after. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "guide.h"

static const char *const states[] = { "not_started", "in_progress", "done", "not_applicable", NULL };

/* No form shows these: no label keys (edit.h). */
static const struct edit_field set_fields[] = {
	{ "element", NULL, EF_LINE, EDIT_REQUIRED, 0, 64, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "step", NULL, EF_INT, 0, 1, 8, NULL, NULL, NULL, NULL, NULL, FE_STEP },
	{ "state", NULL, EF_CHOICE, EDIT_REQUIRED, 0, 0, states, NULL, NULL, NULL, NULL, 0 },
	{ "note", NULL, EF_TEXT, 0, 0, TRACKER_NOTE_MAX, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "evidence-url", NULL, EF_URL, 0, 0, 2000, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "evidence-date", NULL, EF_DATE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "evidence-agreement", NULL, EF_INT, 0, 1, 999999999, NULL, NULL, NULL,
	  NULL, NULL, FE_ID },
	{ "evidence-activity", NULL, EF_INT, 0, 1, 999999999, NULL, NULL, NULL,
	  NULL, NULL, FE_ID },
};

static const struct edit_field move_fields[] = {
	{ "to-step", NULL, EF_INT, EDIT_REQUIRED, 1, 8, NULL, NULL, NULL, NULL, NULL, FE_STEP },
	{ "loop", NULL, EF_LINE, 0, 0, 64, NULL, NULL, NULL, NULL, NULL, 0 },
	{ "note", NULL, EF_TEXT, 0, 0, TRACKER_NOTE_MAX, NULL, NULL, NULL, NULL, NULL, 0 },
};

#define NF(a) (sizeof(a) / sizeof(a[0]))
enum { S_ELEMENT, S_STEP, S_STATE, S_NOTE, S_URL, S_DATE, S_AGREEMENT, S_ACTIVITY };
enum { M_TO, M_LOOP, M_NOTE };

/* Only the parsers and checks of lib/edit.c read these: no table, no SQL. */
const struct edit_resource tracker_set_resource = {
	"tracker-entry", "tracker", "tracker-set", NULL, SCOPE_PARTNERSHIP, NULL, 0,
	NULL, NULL, NULL, NULL, NULL, set_fields, NF(set_fields)
};
const struct edit_resource tracker_move_resource = {
	"step-move", "tracker", "step-move", NULL, SCOPE_PARTNERSHIP, NULL, 0,
	NULL, NULL, NULL, NULL, NULL, move_fields, NF(move_fields)
};

#define ENTRY_XML_SQL \
	"SELECT t.id AS `@id`, t.partnership_id AS `partnership/@id`, c.slug AS `city/@slug`, " \
	"g.slug AS element, t.state, t.note, t.evidence_url AS `evidence-url`, " \
	"DATE_FORMAT(t.evidence_date, '%Y-%m-%d') AS `evidence-date`, " \
	"t.agreement_id AS `evidence-agreement`, t.activity_id AS `evidence-activity` " \
	"FROM tracker_entries t JOIN guide_elements g ON g.id = t.element_id " \
	"LEFT JOIN cities c ON c.id = t.city_id WHERE t.id = ?"
#define STEP_XML_SQL \
	"SELECT p.id AS `@id`, p.narrative_step AS `narrative-step`, l.slug AS `loop` " \
	"FROM partnerships p LEFT JOIN loops l ON l.id = p.loop_id WHERE p.id = ?"

/* Locks the owner (partnership pid, else city slug), checks the scope and If-Match.
 * *owner: its id; step, loop: a partnership's current ones.  *st W_DONE to go on. */
static enum c2c_err
begin(struct db *db, const struct auth_user *u, long long pid, const char *city,
    const char *if_match, long long *owner, long long *step, long long *loop,
    struct field_errors *errs, enum write_status *st)
{
	static const char plock[] = "SELECT t.id, " STAMP("t") ", t.narrative_step, t.loop_id "
	    "FROM partnerships t WHERE t.id = ? AND t.deleted_at IS NULL FOR UPDATE";
	static const char clock[] = "SELECT t.id, " STAMP("t") " FROM cities t "
	    "WHERE t.slug = ? AND t.deleted_at IS NULL FOR UPDATE";
	char tag[WRITE_TAG_MAX] = "";
	struct db_param pp[] = { DBP_I(pid) }, pc[] = { DBP_S(city) };
	struct db_rows r;
	int may = 0, ok = 0;
	enum c2c_err rc;

	*owner = 0;
	if ((rc = db_begin(db)) != C2C_OK ||
	    (rc = db_query(db, pid ? plock : clock, pid ? pp : pc, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1) {
		*owner = db_cell_ll(&r, 0, 0, 0);
		snprintf(tag, sizeof(tag), "%s/%s/%s", pid ? "partnership" : "city", db_cell(&r, 0, 0),
		    db_cell(&r, 0, 1) ? db_cell(&r, 0, 1) : "0");
		if (pid) {
			*step = db_cell_ll(&r, 0, 2, 0);
			*loop = db_cell_ll(&r, 0, 3, 0);
		}
	}
	db_rows_free(&r);
	if (*owner == 0) {
		*st = W_NOTFOUND;
		return C2C_OK;
	}
	if (pid) {
		if ((rc = auth_may_partnership(db, u, pid, &may)) == C2C_ENOTFOUND) {
			*st = W_NOTFOUND;
			return C2C_OK;
		}
		if (rc != C2C_OK)
			return rc;
	} else
		may = auth_may_city(u, *owner);
	if (!may) {
		fe_add(errs, 0, pid ? "partnership" : "city", FE_SCOPE, NULL);
		*st = W_FORBIDDEN;
		return C2C_OK;
	}
	if ((rc = write_precondition_res(db, if_match, tag, &ok)) != C2C_OK)
		return rc;
	*st = ok ? W_DONE : W_CONFLICT;
	return C2C_OK;
}

/* The owner's updated_at moves (updated_since, its tag); its new tag into tag. */
static enum c2c_err
touch(struct db *db, long long pid, long long owner, char *tag)
{
	static const char tp[] = "UPDATE partnerships SET updated_at = UTC_TIMESTAMP(6) WHERE id = ?";
	static const char tc[] = "UPDATE cities SET updated_at = UTC_TIMESTAMP(6) WHERE id = ?";
	static const char rp[] = "SELECT t.id, " STAMP("t") " FROM partnerships t WHERE t.id = ?";
	static const char rcity[] = "SELECT t.id, " STAMP("t") " FROM cities t WHERE t.id = ?";
	struct db_param p[] = { DBP_I(owner) };
	struct db_rows r;
	enum c2c_err rc;

	if ((rc = db_exec(db, pid ? tp : tc, pid ? sizeof(tp) - 1 : sizeof(tc) - 1, p, 1, NULL)) != C2C_OK ||
	    (rc = db_query(db, pid ? rp : rcity, p, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1)
		snprintf(tag, WRITE_TAG_MAX, "%s/%s/%s", pid ? "partnership" : "city", db_cell(&r, 0, 0),
		    db_cell(&r, 0, 1) ? db_cell(&r, 0, 1) : "0");
	db_rows_free(&r);
	return C2C_OK;
}

/* An evidence item the request names (id, may be NULL; `sql` finds it among the
 * agreements or activities) must be partnership pid's own; a city alone (pid 0) has
 * none.  Else a problem FE_NOT_OURS for field in errs. */
static enum c2c_err
check_evidence(struct db *db, const char *sql, const char *id, long long pid, int line,
    const char *field, struct field_errors *errs)
{
	struct db_param p[] = { DBP_S(id), DBP_I(pid) };
	long long found = 0;
	enum c2c_err rc;

	if (id == NULL)
		return C2C_OK;
	if (pid != 0 && (rc = db_query_id(db, sql, p, 2, &found)) != C2C_OK)
		return rc;
	if (found == 0)
		fe_add(errs, line, field, FE_NOT_OURS, id);
	return C2C_OK;
}

enum c2c_err
tracker_set(struct db *db, const struct auth_user *u, long long pid, const char *city,
    const struct edit_values *v, const char *if_match, char *tag, struct field_errors *errs,
    enum write_status *st)
{
	static const char elem[] = "SELECT id, step FROM guide_elements WHERE slug = ?";
	static const char agr[] = "SELECT id FROM agreements WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL";
	static const char act[] = "SELECT id FROM activities WHERE id = ? AND partnership_id = ? AND deleted_at IS NULL";
	static const char find[] = "SELECT id FROM tracker_entries WHERE partnership_id <=> ? AND city_id <=> ? "
	    "AND element_id = ? FOR UPDATE";
	static const char put[] = "INSERT INTO tracker_entries (partnership_id, city_id, element_id, state, note, "
	    "evidence_url, evidence_date, agreement_id, activity_id, set_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
	    "ON DUPLICATE KEY UPDATE state = VALUES(state), note = VALUES(note), "
	    "evidence_url = VALUES(evidence_url), evidence_date = VALUES(evidence_date), "
	    "agreement_id = VALUES(agreement_id), activity_id = VALUES(activity_id), set_by = VALUES(set_by)";
	long long owner = 0, step = 0, loop = 0, eid = 0, estep = 0, entry = 0;
	char *before = NULL;
	struct db_rows r;
	enum c2c_err rc;

	if (!write_may_start(u, errs, tag, st))
		return C2C_OK;
	if ((rc = begin(db, u, pid, city, if_match, &owner, &step, &loop, errs, st)) != C2C_OK || *st != W_DONE)
		return write_finish(db, rc, *st);
	{
		struct db_param p[] = { DBP_S(v->v[S_ELEMENT]) };
		if ((rc = db_query(db, elem, p, 1, &r)) != C2C_OK)
			return write_finish(db, rc, *st);
		if (r.nrows == 1) {
			eid = db_cell_ll(&r, 0, 0, 0);
			estep = db_cell_ll(&r, 0, 1, 0);
		}
		db_rows_free(&r);
	}
	/* The element must exist, be of the step the request names, and, for a city alone,
	 * be of a step that precedes any partner. */
	if (eid == 0)
		fe_add(errs, v->line[S_ELEMENT], "element", FE_NO_ELEMENT, v->v[S_ELEMENT]);
	else if ((v->v[S_STEP] != NULL && strtoll(v->v[S_STEP], NULL, 10) != estep) ||
	    (pid == 0 && estep > GUIDE_CITY_STEPS))
		fe_add(errs, v->line[S_ELEMENT], "element", FE_OTHER_STEP, v->v[S_ELEMENT]);
	if ((rc = check_evidence(db, agr, v->v[S_AGREEMENT], pid, v->line[S_AGREEMENT],
	    "evidence-agreement", errs)) != C2C_OK ||
	    (rc = check_evidence(db, act, v->v[S_ACTIVITY], pid, v->line[S_ACTIVITY],
	    "evidence-activity", errs)) != C2C_OK)
		return write_finish(db, rc, *st);
	if (fe_any(errs)) {
		*st = W_INVALID;
		return write_finish(db, C2C_OK, *st);
	}
	{
		struct db_param p[] = { pid ? DBP_I(owner) : DBP_S(NULL), pid ? DBP_S(NULL) : DBP_I(owner), DBP_I(eid) };
		if ((rc = db_query_id(db, find, p, 3, &entry)) != C2C_OK)
			return write_finish(db, rc, *st);
	}
	if (entry != 0 && (rc = audit_row_xml(db, ENTRY_XML_SQL, entry, "tracker-entry", &before)) != C2C_OK)
		goto done;
	{
		struct db_param p[] = {
			pid ? DBP_I(owner) : DBP_S(NULL), pid ? DBP_S(NULL) : DBP_I(owner), DBP_I(eid),
			DBP_S(v->v[S_STATE]), DBP_S(v->v[S_NOTE]), DBP_S(v->v[S_URL]), DBP_S(v->v[S_DATE]),
			DBP_S(v->v[S_AGREEMENT]), DBP_S(v->v[S_ACTIVITY]), DBP_S(u->actor),
		};
		if ((rc = db_exec(db, put, sizeof(put) - 1, p, 10, NULL)) != C2C_OK)
			goto done;
	}
	if (entry == 0)
		entry = (long long)db_last_insert_id(db);
	if ((rc = audit_after(db, u->actor, before != NULL ? "update" : "create", ENTRY_XML_SQL, entry,
	    "tracker-entry", before)) == C2C_OK)
		rc = touch(db, pid, owner, tag);
done:
	free(before);
	return write_finish(db, rc, *st);
}

enum c2c_err
tracker_move(struct db *db, const struct auth_user *u, long long pid, const struct edit_values *v,
    const char *if_match, char *tag, struct field_errors *errs, enum write_status *st)
{
	static const char lsql[] = "SELECT id FROM loops WHERE slug = ?";
	static const char hist[] = "INSERT INTO step_history (partnership_id, from_step, to_step, from_loop, "
	    "to_loop, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)";
	static const char upd[] = "UPDATE partnerships SET narrative_step = ?, loop_id = ? WHERE id = ?";
	long long owner = 0, step = 0, loop = 0, to_loop, to_step;
	char *before = NULL;
	enum c2c_err rc;

	if (!write_may_start(u, errs, tag, st))
		return C2C_OK;
	if ((rc = begin(db, u, pid, NULL, if_match, &owner, &step, &loop, errs, st)) != C2C_OK || *st != W_DONE)
		return write_finish(db, rc, *st);
	to_loop = loop;
	if (v->v[M_LOOP] != NULL) {
		if ((rc = db_lookup_id(db, lsql, v->v[M_LOOP], &to_loop)) != C2C_OK)
			return write_finish(db, rc, *st);
		if (to_loop == 0) {
			fe_add(errs, v->line[M_LOOP], "loop", FE_CHOICE, v->v[M_LOOP]);
			*st = W_INVALID;
			return write_finish(db, C2C_OK, *st);
		}
	}
	to_step = strtoll(v->v[M_TO], NULL, 10);
	if ((rc = audit_row_xml(db, STEP_XML_SQL, pid, "partnership", &before)) != C2C_OK)
		goto done;
	{
		struct db_param h[] = { DBP_I(pid), step ? DBP_I(step) : DBP_S(NULL), DBP_I(to_step),
			loop ? DBP_I(loop) : DBP_S(NULL), to_loop ? DBP_I(to_loop) : DBP_S(NULL),
			DBP_S(u->actor), DBP_S(v->v[M_NOTE]) };
		struct db_param p[] = { DBP_I(to_step), to_loop ? DBP_I(to_loop) : DBP_S(NULL), DBP_I(pid) };
		if ((rc = db_exec(db, hist, sizeof(hist) - 1, h, 7, NULL)) != C2C_OK)
			goto done;
		if ((rc = db_exec(db, upd, sizeof(upd) - 1, p, 3, NULL)) != C2C_OK)
			goto done;
	}
	if ((rc = audit_after(db, u->actor, "update", STEP_XML_SQL, pid, "partnership", before)) == C2C_OK)
		rc = touch(db, pid, owner, tag);
done:
	free(before);
	return write_finish(db, rc, *st);
}

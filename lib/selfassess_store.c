/* selfassess_store.c: the self-assessment and the database (selfassess.h): the
 * questionnaire, a city's versions, and a new version with the profile it writes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "edit.h"
#include "one_row.h"
#include "rowxml.h"
#include "selfassess.h"
#include "xml.h"

/* The profile columns an answer may write, each with its constant statement: the column
 * name in sa_questions.profile is data, so it picks a statement here and never becomes
 * SQL text.  The areas (city_areas.offers, city_areas.seeks) go through edit_city_areas. */
static const struct {
	const char *profile, *sql;
} columns[] = {
	{ "has_intl_strategy", "UPDATE cities SET has_intl_strategy = ? WHERE id = ?" },
	{ "intl_strategy_since", "UPDATE cities SET intl_strategy_since = ? WHERE id = ?" },
	{ "wants_peer_to_peer", "UPDATE cities SET wants_peer_to_peer = ? WHERE id = ?" },
	{ "wants_joint_project", "UPDATE cities SET wants_joint_project = ? WHERE id = ?" },
	{ "seeks_partner", "UPDATE cities SET seeks_partner = ? WHERE id = ?" },
	{ "self_view_learning", "UPDATE cities SET self_view_learning = ? WHERE id = ?" },
	{ "self_view_investment", "UPDATE cities SET self_view_investment = ? WHERE id = ?" },
};

/* strdup of a cell, "" for NULL; -1 when out of memory. */
static int
dup_cell(const struct db_rows *r, size_t row, size_t col, char **out)
{
	const char *s = db_cell(r, row, col);

	return (*out = strdup(s ? s : "")) == NULL ? -1 : 0;
}

enum c2c_err
sa_load_form(struct db *db, struct sa_form *f)
{
	static const char qsql[] =
	    "SELECT q.id, q.slug, q.step, q.kind, q.min_value, q.max_value, q.choices, q.ready_at, "
	    "q.profile, q.private, q.text_en, q.text_zh, q.advice_en, q.advice_zh, q.report_line, "
	    "q.advice_line, c.slug, c.group_name, c.text, c.group_zh, c.text_zh "
	    "FROM sa_questions q JOIN criteria c ON c.id = q.criterion_id ORDER BY q.position LIMIT 64";
	static const char asql[] = "SELECT slug, name_en, name_zh FROM areas ORDER BY slug LIMIT 64";
	struct db_rows r;
	enum c2c_err rc;
	size_t i;
	int bad = 0;

	if ((rc = db_query(db, qsql, NULL, 0, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows && i < SA_QUESTIONS_MAX && !bad; i++) {
		struct sa_question *q = &f->q[i];
		int k = sa_kind_parse(db_cell(&r, i, 3));
		q->id = db_cell_ll(&r, i, 0, 0);
		snprintf(q->slug, sizeof(q->slug), "%s", db_cell(&r, i, 1));
		snprintf(q->step, sizeof(q->step), "%s", db_cell(&r, i, 2));
		q->kind = k < 0 ? SA_TEXT : (enum sa_kind)k;
		q->min = db_cell_ll(&r, i, 4, 0);
		q->max = db_cell_ll(&r, i, 5, 0);
		snprintf(q->choices, sizeof(q->choices), "%s", db_cell(&r, i, 6) ? db_cell(&r, i, 6) : "");
		q->ready_at = db_cell(&r, i, 7) ? (int)db_cell_ll(&r, i, 7, -1) : -1;
		snprintf(q->profile, sizeof(q->profile), "%s", db_cell(&r, i, 8) ? db_cell(&r, i, 8) : "");
		q->private_ = (int)db_cell_ll(&r, i, 9, 0);
		q->line = (int)db_cell_ll(&r, i, 14, 0);
		q->advice_line = (int)db_cell_ll(&r, i, 15, 0);
		f->nq = i + 1;
		bad = dup_cell(&r, i, 10, &q->text_en) < 0 || dup_cell(&r, i, 11, &q->text_zh) < 0 ||
		    (db_cell(&r, i, 12) && dup_cell(&r, i, 12, &q->advice_en) < 0) ||
		    (db_cell(&r, i, 13) && dup_cell(&r, i, 13, &q->advice_zh) < 0) ||
		    dup_cell(&r, i, 16, &q->crit_slug) < 0 || dup_cell(&r, i, 17, &q->crit_group) < 0 ||
		    dup_cell(&r, i, 18, &q->crit_text) < 0 ||
		    (db_cell(&r, i, 19) && dup_cell(&r, i, 19, &q->crit_group_zh) < 0) ||
		    (db_cell(&r, i, 20) && dup_cell(&r, i, 20, &q->crit_text_zh) < 0);
	}
	db_rows_free(&r);
	if (bad)
		return C2C_ENOMEM;
	if ((rc = db_query(db, asql, NULL, 0, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows && i < SA_AREAS_MAX && !bad; i++) {
		snprintf(f->areas[i].slug, sizeof(f->areas[i].slug), "%s", db_cell(&r, i, 0));
		f->na = i + 1;
		bad = dup_cell(&r, i, 1, &f->areas[i].en) < 0 || dup_cell(&r, i, 2, &f->areas[i].zh) < 0;
	}
	db_rows_free(&r);
	return bad ? C2C_ENOMEM : C2C_OK;
}

enum c2c_err
sa_city(struct db *db, const char *slug, xmlNodePtr root, long long *id)
{
	static const char sql[] = "SELECT id AS _id, slug AS `@slug`, side AS `@side`, "
	    "name_en AS `name@en`, name_zh AS `name@zh` FROM cities WHERE slug = ? AND deleted_at IS NULL";
	struct db_param p[] = { DBP_S(slug) };

	return one_row_under(db, sql, p, 1, root, "city", NULL, id);
}

enum c2c_err
sa_load_version(struct db *db, const struct sa_form *f, long long city, int *n,
    struct sa_answers *a, xmlNodePtr root, int with_private)
{
	static const char vsql[] =
	    "SELECT s.id, s.version, DATE_FORMAT(s.submitted_at, '%Y-%m-%dT%H:%i:%sZ'), s.submitted_by "
	    "FROM self_assessments s WHERE s.city_id = ? AND (s.version = ? OR (? = 0 AND s.version = "
	    "(SELECT MAX(version) FROM self_assessments WHERE city_id = ?)))";
	static const char asql[] = "SELECT question_id, value FROM self_assessment_answers "
	    "WHERE assessment_id = ?";
	struct db_param p[] = { DBP_I(city), DBP_I(*n), DBP_I(*n), DBP_I(city) };
	struct db_rows r;
	long long sid;
	xmlNodePtr s;
	enum c2c_err rc;
	size_t i, j;

	if ((rc = db_query(db, vsql, p, 4, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0) {
		db_rows_free(&r);
		return *n == 0 ? C2C_OK : C2C_ENOTFOUND;
	}
	sid = db_cell_ll(&r, 0, 0, 0);
	*n = (int)db_cell_ll(&r, 0, 1, 0);
	rc = (s = xml_add(root, "submitted")) == NULL || xml_set_attr(s, "at", db_cell(&r, 0, 2)) < 0 ||
	    (with_private && xml_set_attr(s, "by", db_cell(&r, 0, 3)) < 0) ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	if (rc != C2C_OK)
		return rc;
	{
		struct db_param q[] = { DBP_I(sid) };
		if ((rc = db_query(db, asql, q, 1, &r)) != C2C_OK)
			return rc;
	}
	for (i = 0; i < r.nrows && rc == C2C_OK; i++)
		for (j = 0; j < f->nq; j++)
			if (f->q[j].id == db_cell_ll(&r, i, 0, 0) && a->v[j] == NULL &&
			    (a->v[j] = strdup(db_cell(&r, i, 1) ? db_cell(&r, i, 1) : "")) == NULL)
				rc = C2C_ENOMEM;
	db_rows_free(&r);
	return rc;
}

enum c2c_err
sa_versions_xml(struct db *db, long long city, xmlNodePtr root)
{
	static const char sql[] = "SELECT version AS `@n`, "
	    "DATE_FORMAT(submitted_at, '%Y-%m-%dT%H:%i:%sZ') AS `@at` FROM self_assessments "
	    "WHERE city_id = ? ORDER BY version DESC LIMIT 50";
	static const char cnt[] = "SELECT COUNT(*) FROM self_assessments WHERE city_id = ?";
	struct db_param p[] = { DBP_I(city) };
	struct db_rows r;
	xmlNodePtr vs;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, cnt, p, 1, &r)) != C2C_OK)
		return rc;
	vs = xml_add(root, "versions");
	rc = vs == NULL || xml_set_attr(vs, "count", db_cell(&r, 0, 0)) < 0 ? C2C_ENOMEM : C2C_OK;
	db_rows_free(&r);
	if (rc != C2C_OK || (rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	for (i = 0; i < r.nrows && rc == C2C_OK; i++)
		if (xml_add_row(vs, "version", &r, i) == NULL)
			rc = C2C_ENOMEM;
	db_rows_free(&r);
	return rc;
}

/* The latest version of the city, 0 when none; in a transaction after the city's lock. */
static enum c2c_err
latest(struct db *db, long long city, long long *v)
{
	static const char sql[] = "SELECT COALESCE(MAX(version), 0) FROM self_assessments WHERE city_id = ?";
	struct db_param p[] = { DBP_I(city) };

	return db_query_id(db, sql, p, 1, v);
}

enum c2c_err
sa_tag(struct db *db, long long city, char *out)
{
	long long v = 0;
	enum c2c_err rc = latest(db, city, &v);

	snprintf(out, WRITE_TAG_MAX, "self-assessment/%lld/%lld", city, v);
	return rc;
}

/* The audit log's picture of a version: <self-assessment version city> with one
 * <answer question> per answer, serialised into *out (malloc'd).  Built here rather than
 * by a query: answers may be longer than GROUP_CONCAT keeps. */
static enum c2c_err
version_xml(const char *city, long long v, const struct sa_form *f, const struct sa_answers *a,
    char **out)
{
	xmlNodePtr root, x;
	xmlDocPtr doc = xml_doc_new("self-assessment", &root);
	enum c2c_err rc = C2C_ENOMEM;
	size_t i;

	*out = NULL;
	if (doc == NULL || xml_set_attr_int(root, "version", v) < 0 || xml_set_attr(root, "city", city) < 0)
		goto done;
	for (i = 0; i < f->nq; i++)
		if (a->v[i] != NULL && ((x = xml_add_text(root, "answer", a->v[i])) == NULL ||
		    xml_set_attr(x, "question", f->q[i].slug) < 0))
			goto done;
	if ((*out = xml_node_string(doc, root)) == NULL)
		goto done;
	rc = C2C_OK;
done:
	xmlFreeDoc(doc);
	return rc;
}

/* Writes the profile columns and areas of the answered questions that have one. */
static enum c2c_err
write_profile(struct db *db, long long city, const struct sa_form *f, const struct sa_answers *a)
{
	static const char cur[] = "SELECT "
	    "(SELECT GROUP_CONCAT(a.slug SEPARATOR ' ') FROM city_areas ca JOIN areas a ON a.id = ca.area_id "
	    "WHERE ca.city_id = ? AND ca.role IN ('offers', 'both')), "
	    "(SELECT GROUP_CONCAT(a.slug SEPARATOR ' ') FROM city_areas ca JOIN areas a ON a.id = ca.area_id "
	    "WHERE ca.city_id = ? AND ca.role IN ('seeks', 'both'))";
	const char *offers = NULL, *seeks = NULL;
	enum c2c_err rc = C2C_OK;
	size_t i, c;

	for (i = 0; i < f->nq && rc == C2C_OK; i++) {
		if (a->v[i] == NULL || f->q[i].profile[0] == '\0')
			continue;
		if (strcmp(f->q[i].profile, "city_areas.offers") == 0)
			offers = a->v[i];
		else if (strcmp(f->q[i].profile, "city_areas.seeks") == 0)
			seeks = a->v[i];
		for (c = 0; c < sizeof(columns) / sizeof(columns[0]); c++)
			if (strcmp(f->q[i].profile, columns[c].profile) == 0) {
				struct db_param p[] = { DBP_S(a->v[i]), DBP_I(city) };
				rc = db_exec(db, columns[c].sql, strlen(columns[c].sql), p, 2, NULL);
			}
	}
	if (rc != C2C_OK || (offers == NULL && seeks == NULL))
		return rc;
	/* One list answered: the other stays as it is. */
	{
		struct db_param p[] = { DBP_I(city), DBP_I(city) };
		struct db_rows r;
		if ((rc = db_query(db, cur, p, 2, &r)) != C2C_OK)
			return rc;
		rc = edit_city_areas(db, city, offers ? offers : db_cell(&r, 0, 0),
		    seeks ? seeks : db_cell(&r, 0, 1));
		db_rows_free(&r);
	}
	return rc;
}

enum c2c_err
sa_save(struct db *db, const struct auth_user *u, const char *city_slug,
    const struct sa_form *f, const struct sa_answers *a, const char *if_match, int *n,
    char *tag, struct field_errors *errs, enum write_status *st)
{
	static const char lock[] = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL FOR UPDATE";
	static const char ins[] = "INSERT INTO self_assessments (city_id, version, submitted_by) VALUES (?, ?, ?)";
	static const char ans[] = "INSERT INTO self_assessment_answers (assessment_id, question_id, value) "
	    "VALUES (?, ?, ?)";
	const struct edit_resource *cr = edit_resource("cities");
	char *before = NULL, *after = NULL, *sa_after = NULL, cur[WRITE_TAG_MAX];
	long long city = 0, v = 0, sid;
	size_t i;
	int ok = 0;
	enum c2c_err rc;

	*n = 0;
	if (!write_may_start(u, errs, tag, st))
		return C2C_OK;
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = db_lookup_id(db, lock, city_slug, &city)) != C2C_OK)
		goto done;
	if (city == 0) {
		*st = W_NOTFOUND;
		goto done;
	}
	if (!auth_may_city(u, city)) {
		fe_add(errs, 0, "city", FE_SCOPE, NULL);
		goto done;
	}
	if ((rc = latest(db, city, &v)) != C2C_OK)
		goto done;
	snprintf(cur, sizeof(cur), "self-assessment/%lld/%lld", city, v);
	if ((rc = write_precondition_res(db, if_match, cur, &ok)) != C2C_OK)
		goto done;
	if (!ok) {
		*st = W_CONFLICT;
		goto done;
	}
	*st = W_DONE;
	if ((rc = audit_row_xml(db, cr->xml_sql, city, cr->entity, &before)) != C2C_OK)
		goto done;
	{
		struct db_param p[] = { DBP_I(city), DBP_I(v + 1), DBP_S(u->actor) };
		if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 3, NULL)) != C2C_OK)
			goto done;
	}
	sid = (long long)db_last_insert_id(db);
	for (i = 0; i < f->nq && rc == C2C_OK; i++)
		if (a->v[i] != NULL) {
			struct db_param p[] = { DBP_I(sid), DBP_I(f->q[i].id), DBP_S(a->v[i]) };
			rc = db_exec(db, ans, sizeof(ans) - 1, p, 3, NULL);
		}
	if (rc != C2C_OK || (rc = write_profile(db, city, f, a)) != C2C_OK ||
	    (rc = version_xml(city_slug, v + 1, f, a, &sa_after)) != C2C_OK ||
	    (rc = audit_write(db, u->actor, "create", "self-assessment", sid, NULL, sa_after)) != C2C_OK ||
	    (rc = audit_row_xml(db, cr->xml_sql, city, cr->entity, &after)) != C2C_OK)
		goto done;
	/* The city's own row in the log only when its profile moved. */
	if ((before == NULL) != (after == NULL) || (before && strcmp(before, after) != 0))
		if ((rc = audit_write(db, u->actor, "update", cr->entity, city, before, after)) != C2C_OK)
			goto done;
	*n = (int)(v + 1);
	snprintf(tag, WRITE_TAG_MAX, "self-assessment/%lld/%lld", city, v + 1);
done:
	free(before);
	free(after);
	free(sa_after);
	return write_finish(db, rc, *st);
}

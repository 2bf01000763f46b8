/* edit_store.c: an edit and the database (edit.h): loading an item, its tag, and saving
 * or deleting it in one transaction with its scope check, If-Match and audit rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>

#include "audit.h"
#include "edit.h"
#include "rowxml.h"

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

/* The tag of the row sql (one parameter, p) finds into out; C2C_ENOTFOUND when none. */
static enum c2c_err
tag_of(struct db *db, const struct edit_resource *r, const char *sql, struct db_param p, char *out)
{
	struct db_rows rows;
	enum c2c_err rc;

	out[0] = '\0';
	if ((rc = db_query(db, sql, &p, 1, &rows)) != C2C_OK)
		return rc;
	if (rows.nrows == 0)
		rc = C2C_ENOTFOUND;
	else
		make_tag(r, &rows, 1, out);
	db_rows_free(&rows);
	return rc;
}

enum c2c_err
edit_tag(struct db *db, const struct edit_resource *r, const char *key, char *out)
{
	return tag_of(db, r, r->tag_sql, DBP_S(key), out);
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
	const struct edit_extra *x = edit_extra_of(r);
	char tag[WRITE_TAG_MAX] = "";
	struct db_rows rows;
	int pi = -1, ok = 1, may = 0, editable = 1;
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
			editable = rows.ncols < 4 || !db_cell_is(&rows, 0, 3, "0");
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
	} else if (x != NULL && x->parent_sql != NULL) {
		/* A part of a plan: its parent item locked, the partnership through it. */
		struct db_param p[] = { DBP_I(given) };
		if ((rc = db_query(db, x->parent_sql, p, 1, &rows)) != C2C_OK)
			return rc;
		if (rows.nrows == 1) {
			snprintf(tag, sizeof(tag), "%s/%s/%s", x->parent_entity, db_cell(&rows, 0, 0),
			    db_cell(&rows, 0, 2) ? db_cell(&rows, 0, 2) : "0");
			*scope = db_cell_ll(&rows, 0, 1, 0);
			editable = rows.ncols < 4 || !db_cell_is(&rows, 0, 3, "0");
		}
		db_rows_free(&rows);
		if (tag[0] == '\0') {
			fe_add(errs, v->line[pi], r->f[pi].name, FE_NO_PARENT, NULL);
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
	/* A plan version that is not a draft does not change (after the scope check, so a
	 * stranger learns nothing from the answer). */
	if (!editable) {
		fe_add(errs, 0, "plan", FE_PLAN_LOCKED, NULL);
		*st = W_CONFLICT;
		return C2C_OK;
	}
	/* An item's own tag; for a new item, its partnership's (the page it was added on);
	 * a tag without resource part compares the data version. */
	if ((rc = write_precondition_res(db, if_match, tag[0] ? tag : NULL, &ok)) != C2C_OK)
		return rc;
	*st = ok ? W_DONE : W_CONFLICT;
	return C2C_OK;
}

/* The id of the item ref_sql finds for key within scope (EDIT_SAME_SCOPE), 0 if none. */
static enum c2c_err
lookup_in_scope(struct db *db, const char *sql, const char *key, long long scope, long long *id)
{
	struct db_param p[] = { DBP_S(key), DBP_I(scope) };
	struct db_rows rows;
	enum c2c_err rc;

	*id = 0;
	if ((rc = db_query(db, sql, p, 2, &rows)) != C2C_OK)
		return rc;
	if (rows.nrows > 0)
		*id = db_cell_ll(&rows, 0, 0, 0);
	db_rows_free(&rows);
	return C2C_OK;
}

/* Resolves the slugs of v (EF_REF into refs[i]) and checks they exist (in the item's own
 * scope for EDIT_SAME_SCOPE). */
static enum c2c_err
resolve_refs(struct db *db, const struct edit_resource *r, const struct edit_values *v,
    long long scope, long long *refs, struct field_errors *errs)
{
	size_t i;
	enum c2c_err rc;

	for (i = 0; i < r->nf; i++) {
		const struct edit_field *f = &r->f[i];
		if (f->type == EF_REF && (f->flags & EDIT_SAME_SCOPE) && v->v[i] != NULL) {
			if ((rc = lookup_in_scope(db, f->ref_sql, v->v[i], scope, &refs[i])) != C2C_OK)
				return rc;
			if (refs[i] == 0)
				fe_add(errs, v->line[i], f->name, FE_NOT_IN_SCOPE, v->v[i]);
		} else if (f->type == EF_REF && !(f->flags & EDIT_PARENT) && v->v[i] != NULL) {
			if ((rc = db_lookup_id(db, f->ref_sql, v->v[i], &refs[i])) != C2C_OK)
				return rc;
			if (refs[i] == 0)
				fe_add(errs, v->line[i], f->name, f->code ? (enum fe_code)f->code : FE_CHOICE, v->v[i]);
		} else if (f->type == EF_AREAS && v->v[i] != NULL) {
			const char *w;
			char slug[80];
			size_t n = 0;
			long long aid;
			for (w = edit_list_next(v->v[i], &n); w != NULL; w = edit_list_next(w + n, &n)) {
				snprintf(slug, sizeof(slug), "%.*s", (int)n, w);
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
	size_t sl = strlen(slug), n = 0;
	const char *w;

	for (w = edit_list_next(s, &n); w != NULL; w = edit_list_next(w + n, &n))
		if (n == sl && strncmp(w, slug, n) == 0)
			return 1;
	return 0;
}

enum c2c_err
edit_city_areas(struct db *db, long long city, const char *offers, const char *seeks)
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

/* The index of r's parent field, or -1. */
static int
parent_index(const struct edit_resource *r)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if (r->f[i].flags & EDIT_PARENT)
			return (int)i;
	return -1;
}

/* The rules a plan's item checks once written (edit.h, verify_sql): each row a problem
 * (field, name of its code).  The caller rolls back when there is any. */
static enum c2c_err
verify(struct db *db, const struct edit_resource *r, long long id, struct field_errors *errs)
{
	struct db_param p[8];
	struct db_rows rows;
	size_t i, np = 0;
	const struct edit_extra *x = edit_extra_of(r);
	const char *q;
	enum c2c_err rc;

	if (x == NULL || x->verify_sql == NULL)
		return C2C_OK;
	for (q = x->verify_sql; (q = strchr(q, '?')) != NULL && np < 8; q++)
		p[np++] = DBP_I(id);
	if ((rc = db_query(db, x->verify_sql, p, np, &rows)) != C2C_OK)
		return rc;
	for (i = 0; i < rows.nrows; i++) {
		enum fe_code c = fe_code_of(db_cell(&rows, i, 1));
		fe_add(errs, 0, db_cell(&rows, i, 0) ? db_cell(&rows, i, 0) : r->entity,
		    c == FE__MAX ? FE_CHOICE : c, NULL);
	}
	db_rows_free(&rows);
	return C2C_OK;
}

/* The item's new tag, read in the transaction (where the row is). */
static enum c2c_err
new_tag(struct db *db, const struct edit_resource *r, long long id, char *tag)
{
	/* Cities are looked up by slug: their tag by id goes through the lock query's
	 * shape, so read it by id directly. */
	static const char city[] = "SELECT t.id, " STAMP("t") " FROM cities t WHERE t.id = ?";
	enum c2c_err rc;

	if (strcmp(r->entity, "city") != 0)
		return tag_of(db, r, r->tag_sql, DBP_I(id), tag);
	rc = tag_of(db, r, city, DBP_I(id), tag);
	return rc == C2C_ENOTFOUND ? C2C_OK : rc;
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
	return edit_save_then(db, u, r, key, v, if_match, id, tag, errs, st, max_sources,
	    NULL, NULL);
}

enum c2c_err
edit_save_then(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const struct edit_values *v, const char *if_match, long long *id,
    char *tag, struct field_errors *errs, enum write_status *st, long max_sources,
    edit_then_fn then, void *arg)
{
	struct db_param p[EDIT_FIELDS_MAX + 2];
	long long refs[EDIT_FIELDS_MAX] = { 0 }, scope = 0, parent = 0;
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
	if ((rc = resolve_refs(db, r, v, scope, refs, errs)) != C2C_OK)
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
	/* The parent column holds the scope, but for a plan's part its parent item (the
	 * scope is the partnership above it). */
	if (key == NULL && edit_extra_of(r) != NULL && edit_extra_of(r)->parent_sql != NULL) {
		int pi = parent_index(r);
		parent = pi >= 0 && v->v[pi] != NULL ? strtoll(v->v[pi], NULL, 10) : 0;
		p[np++] = DBP_I(parent);
	} else if (key == NULL && r->parent_col != NULL)
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
			/* Reviews (issue 18): one decision per activity and review. */
			if (strcmp(r->table, "review_decisions") == 0)
				fe_add(errs, 0, "activity", FE_DECIDED, NULL);
			else
				fe_add(errs, 0, "start", FE_EXISTS, NULL);
			*st = W_CONFLICT;
		}
		goto done;
	}
	if (key == NULL)
		*id = (long long)db_last_insert_id(db);
	if (areas) {
		int o = edit_field_index(r, "offers"), s = edit_field_index(r, "seeks");
		if ((rc = edit_city_areas(db, *id, v->v[o], v->v[s])) != C2C_OK)
			goto done;
	}
	if ((rc = verify(db, r, *id, errs)) != C2C_OK)
		goto done;
	if (fe_any(errs)) {
		*st = W_INVALID;
		goto done;
	}
	if ((then != NULL && (rc = then(db, *id, arg)) != C2C_OK) ||
	    (rc = touch_parent(db, r, scope)) != C2C_OK ||
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
	return write_finish(db, rc, *st);
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
	return write_finish(db, rc, *st);
}

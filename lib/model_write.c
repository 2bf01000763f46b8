/* model_write.c: KPI values written, scoped and audited (model_write.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>

#include "audit.h"
#include "model_write.h"
#include "utf8.h"
#include "xml.h"

/* The row as the audit log keeps it: every column, internal ones included. */
#define KPI_VALUE_XML_SQL \
	"SELECT v.id AS `@id`, k.slug AS `@kpi`, v.partnership_id AS `partnership/@id`, " \
	"ci.slug AS `city/@slug`, DATE_FORMAT(v.period_start, '%Y-%m-%d') AS `period/@start`, " \
	"DATE_FORMAT(v.period_end, '%Y-%m-%d') AS `period/@end`, v.value, v.score, v.comment, " \
	"v.source, v.confidence, v.internal, v.supersedes_id AS supersedes, v.entered_by AS `entered-by` " \
	"FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id LEFT JOIN cities ci ON ci.id = v.city_id " \
	"WHERE v.id = ?"

/* Checks one entry against the database: the KPI, the owner and the scope, and what it
 * corrects.  Problems go to errs; *forbidden and *conflict are raised, never lowered. */
static enum c2c_err
kpi_entry_resolve(struct db *db, const struct auth_user *u, const struct kpi_entry *e,
    long long *kpi_id, long long *city_id, int *forbidden, int *conflict,
    struct field_errors *errs)
{
	static const char kpi_sql[] = "SELECT id FROM kpis WHERE slug = ? AND deleted_at IS NULL";
	static const char city_sql[] = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL";
	/* Locks the corrected row, so two corrections of it run one after the other. */
	static const char sup_sql[] =
	    "SELECT v.kpi_id, COALESCE(v.partnership_id, 0), COALESCE(v.city_id, 0), "
	    "(SELECT COUNT(*) FROM kpi_values s WHERE s.supersedes_id = v.id) "
	    "FROM kpi_values v WHERE v.id = ? FOR UPDATE";
	enum c2c_err rc;

	*city_id = 0;
	if ((rc = db_lookup_id(db, kpi_sql, e->kpi, kpi_id)) != C2C_OK)
		return rc;
	if (*kpi_id == 0)
		fe_add(errs, e->line, "kpi", FE_NO_KPI, NULL);
	if (e->partnership != 0) {
		int may = 0;
		rc = auth_may_partnership(db, u, e->partnership, &may);
		if (rc == C2C_ENOTFOUND)
			fe_add(errs, e->line, "partnership", FE_NO_PARTNERSHIP, NULL);
		else if (rc != C2C_OK)
			return rc;
		else if (!may) {
			*forbidden = 1;
			fe_add(errs, e->line, "partnership", FE_SCOPE, NULL);
		}
	} else {
		if ((rc = db_lookup_id(db, city_sql, e->city, city_id)) != C2C_OK)
			return rc;
		if (*city_id == 0)
			fe_add(errs, e->line, "city", FE_NO_CITY, NULL);
		else if (!auth_may_city(u, *city_id)) {
			*forbidden = 1;
			fe_add(errs, e->line, "city", FE_SCOPE, NULL);
		}
	}
	if (e->supersedes != 0) {
		struct db_param p[] = { DBP_I(e->supersedes) };
		struct db_rows r;
		if ((rc = db_query(db, sup_sql, p, 1, &r)) != C2C_OK)
			return rc;
		if (r.nrows != 1)
			fe_add(errs, e->line, "supersedes", FE_NO_VALUE, NULL);
		else if (db_cell_ll(&r, 0, 0, 0) != *kpi_id ||
		    db_cell_ll(&r, 0, 1, 0) != e->partnership ||
		    db_cell_ll(&r, 0, 2, 0) != *city_id)
			fe_add(errs, e->line, "supersedes", FE_OTHER_SERIES, NULL);
		else if (!db_cell_is(&r, 0, 3, "0")) {
			*conflict = 1;
			fe_add(errs, e->line, "supersedes", FE_SUPERSEDED, NULL);
		}
		db_rows_free(&r);
	}
	return C2C_OK;
}

enum c2c_err
kpi_values_write(struct db *db, const struct auth_user *u, const struct kpi_batch *b,
    const char *if_match, long long *ids, struct field_errors *errs, enum write_status *st)
{
	static const char ins[] =
	    "INSERT INTO kpi_values (kpi_id, partnership_id, city_id, period_start, period_end, "
	    "value, score, comment, source, confidence, internal, entered_by, supersedes_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	long long *kpi_ids = NULL, *city_ids = NULL;
	int ok, forbidden = 0, conflict = 0;
	enum c2c_err rc;
	size_t i;

	*st = W_INVALID;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR) {
		*st = W_FORBIDDEN;
		return C2C_OK;
	}
	if (b->n == 0 || fe_any(errs))
		return C2C_OK;
	if ((kpi_ids = calloc(b->n, sizeof(*kpi_ids))) == NULL ||
	    (city_ids = calloc(b->n, sizeof(*city_ids))) == NULL) {
		free(kpi_ids);
		return C2C_ENOMEM;
	}
	if ((rc = db_begin(db)) != C2C_OK)
		goto out;
	if ((rc = write_precondition(db, if_match, &ok)) != C2C_OK)
		goto done;
	if (!ok) {
		*st = W_CONFLICT;
		goto done;
	}
	/* Every entry is checked before any is written, so that every problem is reported. */
	for (i = 0; i < b->n; i++)
		if ((rc = kpi_entry_resolve(db, u, &b->v[i], &kpi_ids[i], &city_ids[i], &forbidden,
		    &conflict, errs)) != C2C_OK)
			goto done;
	if (forbidden || conflict || fe_any(errs)) {
		*st = forbidden ? W_FORBIDDEN : conflict ? W_CONFLICT : W_INVALID;
		goto done;
	}
	for (i = 0; i < b->n && rc == C2C_OK; i++) {
		const struct kpi_entry *e = &b->v[i];
		struct db_param p[] = {
			DBP_I(kpi_ids[i]), e->partnership ? DBP_I(e->partnership) : DBP_S(NULL),
			city_ids[i] ? DBP_I(city_ids[i]) : DBP_S(NULL), DBP_S(e->start), DBP_S(e->end),
			DBP_S(e->value[0] ? e->value : NULL), e->score ? DBP_I(e->score) : DBP_S(NULL),
			DBP_S(e->comment), DBP_S(e->source), DBP_S(e->confidence), DBP_I(e->internal),
			DBP_S(u->actor), e->supersedes ? DBP_I(e->supersedes) : DBP_S(NULL),
		};
		char *before = NULL, *after = NULL;

		if (e->supersedes != 0 &&
		    (rc = audit_row_xml(db, KPI_VALUE_XML_SQL, e->supersedes, "kpi-value", &before)) != C2C_OK)
			break;
		if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, sizeof(p) / sizeof(p[0]), NULL)) != C2C_OK) {
			free(before);
			/* Two corrections of one value raced past the lock: the unique key stops the
			 * second. */
			if (rc == C2C_EDB && db_errno(db) == ER_DUP_ENTRY) {
				rc = C2C_OK;
				conflict = 1;
				fe_add(errs, e->line, "supersedes", FE_SUPERSEDED, NULL);
			}
			break;
		}
		ids[i] = (long long)db_last_insert_id(db);
		if ((rc = audit_row_xml(db, KPI_VALUE_XML_SQL, ids[i], "kpi-value", &after)) == C2C_OK)
			rc = audit_write(db, u->actor, "create", "kpi-value", ids[i], before, after);
		free(before);
		free(after);
	}
	if (conflict)
		*st = W_CONFLICT;
	else if (rc == C2C_OK)
		*st = W_DONE;
done:
	rc = write_finish(db, rc, *st);
out:
	free(kpi_ids);
	free(city_ids);
	return rc;
}

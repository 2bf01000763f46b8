/* review_alerts.c: the review-overdue and step-stuck alerts (review_alerts.h). */
#include <string.h>

#include "review_alerts.h"
#include "xml.h"

int
review_overdue(int active, struct kpi_date created, struct kpi_date last,
    struct kpi_date today, int months)
{
	struct kpi_date cutoff;

	if (!active || months < 1 || !kpi_date_valid(today) || !kpi_date_valid(created) ||
	    kpi_date_add_months(today, -months, &cutoff) != C2C_OK)
		return 0;
	/* Younger than a year: not due yet. */
	if (created.day >= cutoff.day)
		return 0;
	return !kpi_date_valid(last) || last.day < cutoff.day;
}

int
review_step_stuck(int step, struct kpi_date step_since, struct kpi_date today, int months)
{
	struct kpi_date cutoff;

	if (step < 1 || months < 1 || !kpi_date_valid(today) || !kpi_date_valid(step_since) ||
	    kpi_date_add_months(today, -months, &cutoff) != C2C_OK)
		return 0;
	return step_since.day < cutoff.day;
}

struct kpi_date
review_step_since(int step, int moved_to, struct kpi_date moved_at, struct kpi_date updated)
{
	if (step >= 1 && moved_to == step && kpi_date_valid(moved_at))
		return moved_at;
	return updated;
}

/* The first child element of parent named name, or NULL. */
static xmlNodePtr
child(xmlNodePtr parent, const char *name)
{
	xmlNodePtr c;

	for (c = parent ? parent->children : NULL; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* A "YYYY-MM-DD" cell as a date, NONE when NULL or not a date. */
static struct kpi_date
cell_date(const struct db_rows *r, size_t col)
{
	struct kpi_date d = KPI_DATE_NONE;
	const char *why;
	const char *s = db_cell(r, 0, col);

	if (s == NULL || kpi_date_parse(s, &d, &why) != C2C_OK)
		return KPI_DATE_NONE;
	return d;
}

enum c2c_err
review_alerts_add(struct db *db, long long id, const char *today_s, int stuck_months,
    xmlNodePtr root)
{
	static const char sql[] =
	    "SELECT p.status = 'active', DATE_FORMAT(p.created_at, '%Y-%m-%d'), "
	    "(SELECT DATE_FORMAT(MAX(r.held_on), '%Y-%m-%d') FROM reviews r "
	    "  WHERE r.partnership_id = p.id AND r.deleted_at IS NULL), "
	    /* The latest move of step_history (one row by the index (partnership_id,
	     * id)): its step and day; review_step_since chooses. */
	    "p.narrative_step, DATE_FORMAT(p.updated_at, '%Y-%m-%d'), "
	    "(SELECT CONCAT(h.to_step, ' ', DATE_FORMAT(h.at, '%Y-%m-%d')) FROM step_history h "
	    "  WHERE h.partnership_id = p.id ORDER BY h.id DESC LIMIT 1) "	    "FROM partnerships p WHERE p.id = ? AND p.deleted_at IS NULL";
	struct db_param a[] = { DBP_I(id) };
	xmlNodePtr alerts = child(child(root, "dashboard"), "alerts"), n;
	struct kpi_date today, last, since;
	char since_s[KPI_DATE_LEN];
	struct db_rows r;
	const char *why;
	enum c2c_err rc;

	if (alerts == NULL)
		return C2C_OK;
	if (kpi_date_parse(today_s, &today, &why) != C2C_OK)
		return C2C_EINVAL;
	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0) {
		db_rows_free(&r);
		return C2C_OK;
	}
	rc = C2C_ENOMEM;
	last = cell_date(&r, 2);
	{
		/* "STEP YYYY-MM-DD" of the latest move, or NULL. */
		const char *m = db_cell(&r, 0, 5);
		struct kpi_date at = KPI_DATE_NONE;
		int to = 0;

		if (m != NULL && strlen(m) > 2 && m[1] == ' ' && m[0] >= '1' && m[0] <= '8') {
			to = m[0] - '0';
			if (kpi_date_parse(m + 2, &at, &why) != C2C_OK)
				at = KPI_DATE_NONE;
		}
		since = review_step_since((int)db_cell_ll(&r, 0, 3, 0), to, at, cell_date(&r, 4));
	}
	if (review_overdue(db_cell_ll(&r, 0, 0, 0) == 1, cell_date(&r, 1), last, today, REVIEW_DUE_MONTHS) &&
	    ((n = xml_add(alerts, "alert")) == NULL || xml_set_attr(n, "kind", "review-overdue") < 0 ||
	    (db_cell(&r, 0, 2) && xml_set_attr(n, "last", db_cell(&r, 0, 2)) < 0)))
		goto out;
	if (review_step_stuck((int)db_cell_ll(&r, 0, 3, 0), since, today, stuck_months) &&
	    kpi_date_format(since, since_s) == C2C_OK &&
	    ((n = xml_add(alerts, "alert")) == NULL || xml_set_attr(n, "kind", "step-stuck") < 0 ||
	    xml_set_attr(n, "step", db_cell(&r, 0, 3)) < 0 || xml_set_attr(n, "since", since_s) < 0))
		goto out;
	rc = C2C_OK;
out:
	db_rows_free(&r);
	return rc;
}

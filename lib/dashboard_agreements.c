/* dashboard_agreements.c: the agreements of a partnership's dashboard: each judged by
 * kpi_alert_expiring (expiring, or up for renewal, within 90 days: an alert), and all of
 * them on a timeline from signature to expiry (chart_timeline). */
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dashboard_impl.h"
#include "labels.h"
#include "xml.h"

/* The agreements on a timeline: <timeline> with one <agreement> per agreement (dates,
 * renewal state) and a <chart> drawing the dated ones from signature to expiry, renewals
 * due marked.  r: id, title, signed, valid_until, renewal_months, kind (dash_agreements);
 * ex[i] is row i's kpi_alert_expiring, or state OPEN when it could not be judged.  The
 * tooltips and spans are scratch, freed before it returns. */
static enum c2c_err
agreement_timeline(xmlNodePtr dash, const struct db_rows *r, const struct kpi_expiry *ex,
    struct kpi_date today, const char *lang)
{
	int zh = strcmp(lang, "zh") == 0;
	struct chart_span *sp = calloc(r->nrows + 1, sizeof(*sp));
	struct buf *tips = calloc(r->nrows + 1, sizeof(*tips));
	struct chart_spec spec;
	xmlNodePtr tl, x;
	size_t i, ns = 0;
	enum c2c_err rc = C2C_ENOMEM;

	if (sp == NULL || tips == NULL || (tl = xml_add(dash, "timeline")) == NULL)
		goto out;
	for (i = 0; i < r->nrows; i++) {
		struct kpi_date sg = dashboard_date(db_cell(r, i, 2)), vu = dashboard_date(db_cell(r, i, 3));
		const char *title = db_cell(r, i, 1);
		char due[KPI_DATE_LEN] = "";

		if ((x = xml_add(tl, "agreement")) == NULL || xml_set_attr(x, "id", db_cell(r, i, 0)) < 0 ||
		    xml_set_attr(x, "kind", db_cell(r, i, 5)) < 0 ||
		    (kpi_date_valid(sg) && xml_set_attr(x, "signed", db_cell(r, i, 2)) < 0) ||
		    (kpi_date_valid(vu) && xml_set_attr(x, "valid-until", db_cell(r, i, 3)) < 0) ||
		    ((int)db_cell_ll(r, i, 4, 0) > 0 && xml_set_attr(x, "renewal-months", db_cell(r, i, 4)) < 0) ||
		    xml_set_attr(x, "state", kpi_expiry_state_name(ex[i].state)) < 0)
			goto out;
		if (kpi_date_valid(ex[i].due) && (kpi_date_format(ex[i].due, due) != C2C_OK ||
		    xml_set_attr(x, ex[i].renewal ? "next-renewal" : "due", due) < 0 ||
		    xml_set_attr_int(x, "days", ex[i].days_left) < 0))
			goto out;
		if (xml_add_text(x, "title", title) == NULL)
			goto out;
		/* Undated agreements are listed, not drawn: they have no place on the axis. */
		if (!kpi_date_valid(sg) || (kpi_date_valid(vu) && vu.day < sg.day))
			continue;
		if (buf_printf(&tips[ns], "%s: %s %s%s%s%s%s%s", title, label_text("chart.ag.signed", zh),
		    db_cell(r, i, 2), kpi_date_valid(vu) ? label_text("chart.ag.valid-until", zh) : "",
		    kpi_date_valid(vu) ? db_cell(r, i, 3) : "",
		    ex[i].renewal ? label_text("chart.ag.next-renewal", zh) : "", ex[i].renewal ? due : "",
		    ex[i].alert ? label_text("chart.ag.within-90", zh) : "") < 0)
			goto out;
		sp[ns].label = title;
		sp[ns].tip = tips[ns].data;
		sp[ns].start = sg.day;
		sp[ns].end = kpi_date_valid(vu) ? vu.day : CHART_NO_DAY;
		sp[ns].mark = ex[i].renewal && kpi_date_valid(ex[i].due) ? ex[i].due.day : CHART_NO_DAY;
		sp[ns].mark_soon = ex[i].alert;
		ns++;
	}
	memset(&spec, 0, sizeof(spec));
	spec.id_prefix = "agreements-timeline";
	/* This title is what the browser test looks for (tests/browser/run.sh). */
	spec.title = label_text("chart.ag.title", zh);
	spec.lang = lang;
	spec.no_data = label_text("chart.ag.no-data", zh);
	if ((x = xml_add(tl, "chart")) == NULL)
		goto out;
	rc = chart_timeline(x, &spec, sp, ns, today.day);
out:
	for (i = 0; tips != NULL && i < r->nrows; i++)
		buf_free(&tips[i]);
	free(tips);
	free(sp);
	return rc;
}

enum c2c_err
dash_agreements(struct db *db, long long id, struct kpi_date today, const char *lang,
    xmlNodePtr dash, xmlNodePtr alerts, struct kpi_date **signed_on, size_t *nsigned)
{
	static const char sql[] =
	    "SELECT g.id, g.title, DATE_FORMAT(g.signed_on, " DASH_DAY "), DATE_FORMAT(g.valid_until, " DASH_DAY "), "
	    "COALESCE(g.renewal_months, 0), g.kind FROM agreements g "
	    "WHERE g.partnership_id = ? AND g.deleted_at IS NULL ORDER BY g.signed_on, g.id";
	struct db_param a[] = { DBP_I(id) };
	struct kpi_expiry *exs = NULL;
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*signed_on = NULL;
	*nsigned = 0;
	if ((rc = db_query(db, sql, a, 1, &r)) != C2C_OK)
		return rc;
	if ((*signed_on = calloc(r.nrows + 1, sizeof(**signed_on))) == NULL ||
	    (exs = calloc(r.nrows + 1, sizeof(*exs))) == NULL)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		struct kpi_agreement ag = { dashboard_date(db_cell(&r, i, 2)), dashboard_date(db_cell(&r, i, 3)),
			(int)db_cell_ll(&r, i, 4, 0) };
		struct kpi_expiry *ex = &exs[i];
		char due[KPI_DATE_LEN];
		xmlNodePtr n;

		(*signed_on)[(*nsigned)++] = ag.signed_on;
		if (kpi_alert_expiring(&ag, today, KPI_EXPIRY_DAYS, ex) != C2C_OK) {
			memset(ex, 0, sizeof(*ex));   /* state OPEN: nothing to say */
			ex->due = KPI_DATE_NONE;
			continue;
		}
		if (!ex->alert)
			continue;
		if (kpi_date_format(ex->due, due) != C2C_OK || (n = xml_add(alerts, "alert")) == NULL ||
		    xml_set_attr(n, "kind", ex->renewal ? "agreement-renewal" : "agreement-expiring") < 0 ||
		    xml_set_attr(n, "agreement", db_cell(&r, i, 0)) < 0 || xml_set_attr(n, "due", due) < 0 ||
		    xml_set_attr_int(n, "days", ex->days_left) < 0 ||
		    xml_add_text(n, "title", db_cell(&r, i, 1)) == NULL)
			rc = C2C_ENOMEM;
	}
	if (rc == C2C_OK)
		rc = agreement_timeline(dash, &r, exs, today, lang);
	free(exs);
	db_rows_free(&r);
	return rc;
}

/* kpi_computed.c: the indicators counted from the data rather than entered (kpi.h,
 * "Computed indicators"): which KPI each stands for and from what, and the counting of
 * dates per period.  Pure: the dates are read by the dashboards (lib/dashboard.c,
 * lib/dashboard_city_kpi.c). */
#include <stdlib.h>
#include <string.h>

#include "kpi.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))


static const struct kpi_computed_def computed[] = {
	[KPI_SRC_ACTIVITIES] = { "joint-projects", "activities", "chart.kpi.joint-projects", "projects" },
	[KPI_SRC_EVENTS] = { "partner-participation-in-events", "events",
		"chart.kpi.partner-participation-in-events", "events" },
	[KPI_SRC_AGREEMENTS] = { "agreements-signed", "agreements", "chart.kpi.agreements-signed",
		"agreements" },
};
_Static_assert(NELEM(computed) == KPI_SRC__MAX, "computed[] must cover enum kpi_source");

const struct kpi_computed_def *
kpi_computed_def(enum kpi_source s)
{
	return &computed[(unsigned)s < KPI_SRC__MAX ? s : 0];
}

enum kpi_source
kpi_computed_find(const char *slug)
{
	unsigned i;

	for (i = 0; slug != NULL && i < KPI_SRC__MAX; i++)
		if (strcmp(computed[i].slug, slug) == 0)
			return (enum kpi_source)i;
	return KPI_SRC__MAX;
}

enum c2c_err
kpi_count_periods(const struct kpi_date *dates, size_t n, enum kpi_period_kind kind,
    struct kpi_value **out, size_t *nout)
{
	struct kpi_period first, last, p;
	struct kpi_date lo = KPI_DATE_NONE, hi = KPI_DATE_NONE;
	struct kpi_value *v;
	size_t i, np, k;
	int any = 0;

	if (out == NULL || nout == NULL)
		return C2C_EINVAL;
	*out = NULL;
	*nout = 0;
	if ((n > 0 && dates == NULL) || (kind != KPI_PERIOD_MONTH && kind != KPI_PERIOD_QUARTER &&
	    kind != KPI_PERIOD_HALF && kind != KPI_PERIOD_YEAR))
		return C2C_EINVAL;
	for (i = 0; i < n; i++) {
		if (dates[i].day == KPI_DAY_NONE)
			continue;
		if (!kpi_date_valid(dates[i]))
			return C2C_EINVAL;
		if (!any || dates[i].day < lo.day)
			lo = dates[i];
		if (!any || dates[i].day > hi.day)
			hi = dates[i];
		any = 1;
	}
	if (!any)
		return C2C_OK;
	if (kpi_period_of(hi, kind, &last) != C2C_OK)
		return C2C_EINVAL;
	/* Walk back from the latest period: at most KPI_COUNT_MAX_PERIODS of them. */
	for (np = 1, first = last; np < KPI_COUNT_MAX_PERIODS && first.start.day > lo.day; np++)
		if (kpi_period_previous(&first, &p) != C2C_OK)
			break;
		else
			first = p;
	if ((v = calloc(np, sizeof(*v))) == NULL)
		return C2C_ENOMEM;
	for (k = 0, p = first; k < np; k++) {
		struct kpi_date next;
		v[k].id = k + 1;
		v[k].period = p;
		if (k + 1 < np && (kpi_date_add_days(p.end, 1, &next) != C2C_OK ||
		    kpi_period_of(next, kind, &p) != C2C_OK)) {
			free(v);
			return C2C_EINVAL;
		}
	}
	/* Periods of one kind are contiguous and equal in kind: find each date's by search. */
	for (i = 0; i < n; i++) {
		size_t a = 0, b = np;
		if (dates[i].day == KPI_DAY_NONE || dates[i].day < first.start.day)
			continue;
		while (b - a > 1) {
			size_t m = a + (b - a) / 2;
			if (v[m].period.start.day <= dates[i].day)
				a = m;
			else
				b = m;
		}
		v[a].value += 1;
	}
	*out = v;
	*nout = np;
	return C2C_OK;
}

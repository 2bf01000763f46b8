/* kpi.c: the pure KPI rules of the dashboards over values (kpi.h has the rules in words):
 * the vocabularies, change, target status, effective series (corrections applied), the
 * alerts (expiry, renewal, KPI below target, dormancy) and sums across partnerships.  The
 * calendar they count in is lib/kpi_calendar.c's; the computed indicators are
 * lib/kpi_computed.c's. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kpi.h"

/* --- KPI definitions -------------------------------------------------------------------- */

static const char *const kinds[] = { "quantitative", "qualitative" };
static const char *const directions[] = { "higher_is_better", "lower_is_better" };
static const char *const trends[] = { "unchanged", "improved", "worsened" };
static const char *const target_states[] = { "none", "met", "below", "above" };
static const char *const expiry_states[] = { "open", "unknown", "later", "soon", "past" };
static const char *const act_statuses[] = { "idea", "planned", "running", "done", "cancelled" };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* The index of s in names, or -1 (NULL s too). */
static int
lookup(const char *const *names, size_t n, const char *s)
{
	size_t i;

	if (s != NULL)
		for (i = 0; i < n; i++)
			if (strcmp(names[i], s) == 0)
				return (int)i;
	return -1;
}

/* Every vocabulary has a parser (SQL ENUM text to enum; C2C_EINVAL on anything else) and
 * a namer (enum to text, "?" out of range), one body each: FN_parse over table names. */
#define VOCAB_PARSE(fn, type, names) \
enum c2c_err \
fn(const char *s, type *out) \
{ \
	int i = lookup(names, NELEM(names), s); \
	if (out == NULL || i < 0) \
		return C2C_EINVAL; \
	*out = (type)i; \
	return C2C_OK; \
}
#define VOCAB_NAME(fn, type, names) \
const char * \
fn(type v) \
{ \
	return (unsigned)v < NELEM(names) ? names[v] : "?"; \
}

VOCAB_PARSE(kpi_kind_parse, enum kpi_kind, kinds)
VOCAB_PARSE(kpi_direction_parse, enum kpi_direction, directions)
VOCAB_PARSE(kpi_activity_status_parse, enum kpi_activity_status, act_statuses)
VOCAB_NAME(kpi_kind_name, enum kpi_kind, kinds)
VOCAB_NAME(kpi_direction_name, enum kpi_direction, directions)
VOCAB_NAME(kpi_trend_name, enum kpi_trend, trends)
VOCAB_NAME(kpi_target_state_name, enum kpi_target_state, target_states)
VOCAB_NAME(kpi_expiry_state_name, enum kpi_expiry_state, expiry_states)

/* A value the comparisons accept: finite, and a score range for qualitative KPIs. */
static int
value_ok(enum kpi_kind kind, double v)
{
	if (!isfinite(v))
		return 0;
	return kind == KPI_QUANTITATIVE || (v >= KPI_SCORE_MIN && v <= KPI_SCORE_MAX);
}

static int
rule_ok(enum kpi_kind kind, enum kpi_direction dir)
{
	return (unsigned)kind < NELEM(kinds) && (unsigned)dir < NELEM(directions);
}

/* What kpi_change and kpi_target_status compare: a known rule, two values it accepts, and
 * their difference a - b (*diff) finite.  1 when so, else 0. */
static int
pair_ok(enum kpi_kind kind, enum kpi_direction dir, double a, double b, double *diff)
{
	if (!rule_ok(kind, dir) || !value_ok(kind, a) || !value_ok(kind, b))
		return 0;
	*diff = a - b;
	return isfinite(*diff);
}

/* --- Change ----------------------------------------------------------------------------- */

enum c2c_err
kpi_change(enum kpi_kind kind, enum kpi_direction dir, double latest, double previous,
    struct kpi_change *out)
{
	struct kpi_change c = { 0, 0, 0, KPI_UNCHANGED };

	if (out == NULL)
		return C2C_EINVAL;
	*out = c;
	if (!pair_ok(kind, dir, latest, previous, &c.delta))
		return C2C_EINVAL;
	/* previous == 0 also catches -0.0: there is no relative change from nothing. */
	if (previous != 0) {
		c.relative = c.delta / fabs(previous);
		if (!isfinite(c.relative))
			return C2C_EINVAL;
		c.has_relative = 1;
	}
	/* Compare the values, not delta's sign: equal inputs are unchanged, exactly. */
	if (latest != previous)
		c.trend = (latest > previous) == (dir == KPI_HIGHER_IS_BETTER) ?
		    KPI_IMPROVED : KPI_WORSENED;
	*out = c;
	return C2C_OK;
}

/* --- Targets ---------------------------------------------------------------------------- */

enum c2c_err
kpi_target_status(enum kpi_kind kind, enum kpi_direction dir, double value, double target,
    struct kpi_target_status *out)
{
	struct kpi_target_status t = { KPI_TARGET_NONE, 0, 0 };
	int met;

	if (out == NULL)
		return C2C_EINVAL;
	*out = t;
	if (!pair_ok(kind, dir, value, target, &t.margin))
		return C2C_EINVAL;
	met = dir == KPI_HIGHER_IS_BETTER ? value >= target : value <= target;
	if (met)
		t.state = KPI_TARGET_MET;
	else {
		t.state = dir == KPI_HIGHER_IS_BETTER ? KPI_TARGET_BELOW : KPI_TARGET_ABOVE;
		t.gap = fabs(t.margin);
	}
	*out = t;
	return C2C_OK;
}

/* --- Series ----------------------------------------------------------------------------- */

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* By period start, end, then owner and id: each (period, owner) group ends with its
 * last-entered value. */
static int
cmp_value(const void *a, const void *b)
{
	const struct kpi_value *x = a, *y = b;

	if (x->period.start.day != y->period.start.day)
		return x->period.start.day < y->period.start.day ? -1 : 1;
	if (x->period.end.day != y->period.end.day)
		return x->period.end.day < y->period.end.day ? -1 : 1;
	if (x->owner != y->owner)
		return x->owner < y->owner ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/* Rules 1 and 2 of kpi_series_effective per (period, owner), and the sort.  Validates all
 * of in before writing to out, so that in == out is left untouched on C2C_EINVAL. */
static enum c2c_err
effective(const struct kpi_value *in, size_t n, struct kpi_value *out, size_t *nout)
{
	uint64_t *ids, *sup;
	size_t i, j, k, nsup = 0;

	*nout = 0;
	if (n == 0)
		return C2C_OK;
	if (in == NULL || out == NULL)
		return C2C_EINVAL;
	for (i = 0; i < n; i++)
		if (in[i].id == 0 || in[i].supersedes_id >= in[i].id ||
		    !kpi_period_valid(&in[i].period) || !isfinite(in[i].value))
			return C2C_EINVAL;
	if (n > SIZE_MAX / (2 * sizeof(uint64_t)) ||
	    (ids = malloc(2 * n * sizeof(uint64_t))) == NULL)
		return C2C_ENOMEM;
	sup = ids + n;
	for (i = 0; i < n; i++) {
		ids[i] = in[i].id;
		if (in[i].supersedes_id != 0)
			sup[nsup++] = in[i].supersedes_id;
	}
	qsort(ids, n, sizeof(*ids), cmp_u64);
	for (i = 1; i < n; i++)
		if (ids[i] == ids[i - 1]) {
			free(ids);
			return C2C_EINVAL;
		}
	qsort(sup, nsup, sizeof(*sup), cmp_u64);
	/* Rule 1: the ids some row supersedes go, whatever supersedes them (chains too). */
	for (i = j = 0; i < n; i++)
		if (bsearch(&in[i].id, sup, nsup, sizeof(*sup), cmp_u64) == NULL)
			out[j++] = in[i];   /* j <= i: safe when out == in */
	free(ids);
	qsort(out, j, sizeof(*out), cmp_value);
	/* Rule 2: the last of each (period, owner) group, the highest id. */
	for (i = k = 0; i < j; i++)
		if (i + 1 == j || !kpi_period_eq(&out[i].period, &out[i + 1].period) ||
		    out[i].owner != out[i + 1].owner)
			out[k++] = out[i];
	*nout = k;
	return C2C_OK;
}

enum c2c_err
kpi_series_effective(const struct kpi_value *in, size_t n, struct kpi_value *out, size_t *nout)
{
	size_t i;

	if (nout == NULL)
		return C2C_EINVAL;
	*nout = 0;
	for (i = 1; in != NULL && i < n; i++)
		if (in[i].owner != in[0].owner)
			return C2C_EINVAL;
	return effective(in, n, out, nout);
}

enum c2c_err
kpi_series_latest(const struct kpi_value *series, size_t n, struct kpi_latest *out)
{
	struct kpi_period want;
	size_t i;

	if (out == NULL)
		return C2C_EINVAL;
	out->latest = out->previous = KPI_NONE;
	out->adjacent = 0;
	if (n == 0)
		return C2C_OK;
	if (series == NULL)
		return C2C_EINVAL;
	for (i = 0; i < n; i++)
		if (!kpi_period_valid(&series[i].period) ||
		    (i > 0 && cmp_value(&series[i - 1], &series[i]) >= 0) ||
		    (i > 0 && kpi_period_eq(&series[i - 1].period, &series[i].period)))
			return C2C_EINVAL;
	out->latest = n - 1;
	for (i = n - 1; i-- > 0;) {
		if (series[i].period.end.day >= series[n - 1].period.start.day)
			continue;
		if (kpi_period_same_shape(&series[i].period, &series[n - 1].period)) {
			out->previous = i;
			break;
		}
	}
	if (out->previous != KPI_NONE &&
	    kpi_period_previous(&series[n - 1].period, &want) == C2C_OK)
		out->adjacent = kpi_period_eq(&want, &series[out->previous].period);
	return C2C_OK;
}

/* --- Alerts ----------------------------------------------------------------------------- */

enum c2c_err
kpi_alert_expiring(const struct kpi_agreement *a, struct kpi_date today, int window_days,
    struct kpi_expiry *out)
{
	struct kpi_expiry e = { KPI_EXPIRY_OPEN, 0, 0, 0, KPI_DATE_NONE, 0 };
	struct kpi_date due;
	long k, months;
	int ty, tm, td, sy, sm, sd;

	if (out == NULL)
		return C2C_EINVAL;
	*out = e;
	if (a == NULL || !kpi_date_valid(today) || window_days < 0 || a->renewal_months < 0 ||
	    (a->signed_on.day != KPI_DAY_NONE && !kpi_date_valid(a->signed_on)) ||
	    (a->valid_until.day != KPI_DAY_NONE && !kpi_date_valid(a->valid_until)))
		return C2C_EINVAL;
	if (a->valid_until.day != KPI_DAY_NONE)
		due = a->valid_until;
	else if (a->renewal_months == 0)
		return C2C_OK;   /* open-ended */
	else if (a->signed_on.day == KPI_DAY_NONE) {
		out->state = KPI_EXPIRY_UNKNOWN;
		return C2C_OK;
	} else {
		e.renewal = 1;
		/* Start a cycle or so before today (its month is earlier than today's, so its date
		 * is too), then step: each date is counted from signed_on, never from the one
		 * before, as month-end clamping would drift. */
		kpi_date_to_ymd(today, &ty, &tm, &td);   /* both valid: checked above */
		kpi_date_to_ymd(a->signed_on, &sy, &sm, &sd);
		months = ((long)ty * 12 + tm) - ((long)sy * 12 + sm);
		k = months / a->renewal_months - 1;
		if (k < 1)
			k = 1;
		for (;; k++) {
			if (kpi_date_add_months(a->signed_on, k * a->renewal_months, &due) != C2C_OK) {
				/* After 9999-12-31: far beyond any window. */
				e.state = KPI_EXPIRY_LATER;
				e.cycle = k;
				e.days_left = 0;
				*out = e;
				return C2C_OK;
			}
			if (due.day >= today.day)
				break;
		}
		e.cycle = k;
	}
	e.due = due;
	e.days_left = (long)due.day - today.day;
	if (e.days_left < 0)
		e.state = KPI_EXPIRY_PAST;
	else if (e.days_left <= window_days)
		e.state = KPI_EXPIRY_SOON;
	else
		e.state = KPI_EXPIRY_LATER;
	e.alert = e.state == KPI_EXPIRY_SOON;
	*out = e;
	return C2C_OK;
}

enum c2c_err
kpi_alert_target(enum kpi_kind kind, enum kpi_direction dir, const struct kpi_value *latest,
    const struct kpi_target *targets, size_t ntargets, struct kpi_target_alert *out)
{
	size_t i, found = KPI_NONE;
	enum c2c_err rc;

	if (out == NULL)
		return C2C_EINVAL;
	memset(out, 0, sizeof(*out));
	out->target = KPI_NONE;
	if (latest == NULL || !kpi_period_valid(&latest->period) || !rule_ok(kind, dir) ||
	    !value_ok(kind, latest->value) || (targets == NULL && ntargets > 0))
		return C2C_EINVAL;
	for (i = 0; i < ntargets; i++) {
		if (!kpi_period_valid(&targets[i].period) || !value_ok(kind, targets[i].target))
			return C2C_EINVAL;
		if (kpi_period_eq(&targets[i].period, &latest->period)) {
			if (found != KPI_NONE)
				return C2C_EINVAL;
			found = i;
		}
	}
	if (found == KPI_NONE)
		return C2C_OK;
	if ((rc = kpi_target_status(kind, dir, latest->value, targets[found].target,
	    &out->status)) != C2C_OK)
		return rc;
	out->target = found;
	out->alert = out->status.state == KPI_TARGET_BELOW || out->status.state == KPI_TARGET_ABOVE;
	return C2C_OK;
}

/* A set date, or NONE; either is fine as an input of kpi_alert_dormant. */
static int
date_or_none(struct kpi_date d)
{
	return d.day == KPI_DAY_NONE || kpi_date_valid(d);
}

/* Keeps the latest sign of life, none after today. */
static void
seen(struct kpi_date *last, struct kpi_date d, struct kpi_date today)
{
	if (d.day == KPI_DAY_NONE)
		return;
	if (d.day > today.day)
		d = today;
	if (last->day == KPI_DAY_NONE || d.day > last->day)
		*last = d;
}

enum c2c_err
kpi_alert_dormant(const struct kpi_activity *acts, size_t nacts,
    const struct kpi_value *values, size_t nvalues, struct kpi_date today, int months,
    struct kpi_dormancy *out)
{
	struct kpi_date last = KPI_DATE_NONE;
	size_t i;

	if (out == NULL)
		return C2C_EINVAL;
	out->dormant = 0;
	out->last_seen = out->cutoff = KPI_DATE_NONE;
	out->days_quiet = -1;
	if (!kpi_date_valid(today) || months < 0 || (acts == NULL && nacts > 0) ||
	    (values == NULL && nvalues > 0) ||
	    kpi_date_add_months(today, -(long)months, &out->cutoff) != C2C_OK)
		return C2C_EINVAL;
	for (i = 0; i < nacts; i++) {
		const struct kpi_activity *a = &acts[i];

		if (!date_or_none(a->starts_on) || !date_or_none(a->ends_on) ||
		    !date_or_none(a->updated_on) || (unsigned)a->status > KPI_ACT_CANCELLED) {
			out->cutoff = KPI_DATE_NONE;
			return C2C_EINVAL;
		}
		seen(&last, a->updated_on, today);
		if (a->status == KPI_ACT_CANCELLED)
			continue;
		/* NONE has the smallest day number, so it is never "not after today" here. */
		if (a->starts_on.day != KPI_DAY_NONE && a->starts_on.day <= today.day)
			seen(&last, a->starts_on, today);
		if (a->ends_on.day != KPI_DAY_NONE && a->ends_on.day <= today.day)
			seen(&last, a->ends_on, today);
		if (a->status == KPI_ACT_RUNNING ||
		    (a->starts_on.day != KPI_DAY_NONE && a->ends_on.day != KPI_DAY_NONE &&
		    a->starts_on.day <= today.day && today.day <= a->ends_on.day))
			seen(&last, today, today);
	}
	for (i = 0; i < nvalues; i++) {
		if (!kpi_period_valid(&values[i].period)) {
			out->cutoff = KPI_DATE_NONE;
			return C2C_EINVAL;
		}
		if (values[i].period.start.day <= today.day)
			seen(&last, values[i].period.end, today);
	}
	out->last_seen = last;
	if (last.day == KPI_DAY_NONE)
		out->dormant = 1;
	else {
		out->days_quiet = (long)today.day - last.day;
		out->dormant = last.day < out->cutoff.day;
	}
	return C2C_OK;
}

/* --- Sums across partnerships ----------------------------------------------------------- */

enum c2c_err
kpi_sum(enum kpi_kind kind, const struct kpi_value *in, size_t n, struct kpi_total *out,
    size_t *nout)
{
	struct kpi_value *tmp;
	size_t i, m, k;
	enum c2c_err rc;

	if (nout == NULL)
		return C2C_EINVAL;
	*nout = 0;
	if ((unsigned)kind >= NELEM(kinds) || (n > 0 && (in == NULL || out == NULL)))
		return C2C_EINVAL;
	if (n == 0)
		return C2C_OK;
	/* Scores are whole numbers 1..5 (kpi_values_score); averages come out of here. */
	for (i = 0; i < n; i++)
		if (kind == KPI_QUALITATIVE && (!value_ok(kind, in[i].value) ||
		    in[i].value != floor(in[i].value)))
			return C2C_EINVAL;
	if (n > SIZE_MAX / sizeof(*tmp) || (tmp = malloc(n * sizeof(*tmp))) == NULL)
		return C2C_ENOMEM;
	if ((rc = effective(in, n, tmp, &m)) != C2C_OK) {
		free(tmp);
		return rc;
	}
	/* tmp is sorted by period, so each period's values are consecutive. */
	for (i = k = 0; i < m; i++) {
		if (k == 0 || !kpi_period_eq(&out[k - 1].period, &tmp[i].period)) {
			out[k].period = tmp[i].period;
			out[k].value = 0;
			out[k].count = 0;
			k++;
		}
		out[k - 1].value += tmp[i].value;
		out[k - 1].count++;
	}
	free(tmp);
	for (i = 0; i < k; i++) {
		if (!isfinite(out[i].value))
			return C2C_EINVAL;
		if (kind == KPI_QUALITATIVE)
			out[i].value /= (double)out[i].count;
	}
	*nout = k;
	return C2C_OK;
}


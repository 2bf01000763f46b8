/* kpi.c: the pure KPI rules of the dashboards (kpi.h has the rules in words). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "kpi.h"

/* days_from_civil(1, 1, 1) and days_from_civil(9999, 12, 31): the range of struct kpi_date. */
#define DAY_MIN (-719162L)
#define DAY_MAX 2932896L
#define MONTH_MIN (1L * 12)              /* 0001-01 as y * 12 + m - 1 */
#define MONTH_MAX (9999L * 12 + 11)      /* 9999-12 */

/* --- Dates ------------------------------------------------------------------------------ */

/* Dates and days (lib/civil.c), in the types of struct kpi_date. */
static long
days_from_civil(long y, long m, long d)
{
	return (long)civil_days(y, (int)m, (int)d);
}

/* z must be in [DAY_MIN, DAY_MAX], so the year fits an int. */
static void
civil_from_days(long z, int *y, int *m, int *d)
{
	int64_t yy;

	civil_date(z, &yy, m, d);
	*y = (int)yy;
}

static struct kpi_date
mkdate(long day)
{
	struct kpi_date d = { (int32_t)day };

	return d;
}

int
kpi_date_valid(struct kpi_date d)
{
	return d.day >= DAY_MIN && d.day <= DAY_MAX;
}

int
kpi_days_in_month(int year, int month)
{
	return year < 1 || year > 9999 ? 0 : date_days_in_month(year, month);
}

enum c2c_err
kpi_date_from_ymd(int y, int m, int d, struct kpi_date *out)
{
	int dim = kpi_days_in_month(y, m);

	if (out == NULL)
		return C2C_EINVAL;
	if (dim == 0 || d < 1 || d > dim) {
		*out = KPI_DATE_NONE;
		return C2C_EINVAL;
	}
	*out = mkdate(days_from_civil(y, m, d));
	return C2C_OK;
}

enum c2c_err
kpi_date_to_ymd(struct kpi_date d, int *y, int *m, int *dd)
{
	if (y == NULL || m == NULL || dd == NULL)
		return C2C_EINVAL;
	if (!kpi_date_valid(d)) {
		*y = *m = *dd = 0;
		return C2C_EINVAL;
	}
	civil_from_days(d.day, y, m, dd);
	return C2C_OK;
}

enum c2c_err
kpi_date_parse(const char *s, struct kpi_date *out, const char **why)
{
	const char *w = NULL;
	int v[3] = { 0, 0, 0 }, i, f = 0;

	if (out == NULL)
		return C2C_EINVAL;
	*out = KPI_DATE_NONE;
	if (s == NULL)
		w = "no date given";
	else if (*s == '\0')
		w = "empty date";
	else {
		/* Stops at the first wrong character, so a short string is never read past its NUL. */
		for (i = 0; i < 10 && w == NULL; i++) {
			if (i == 4 || i == 7) {
				if (s[i] != '-')
					w = "not a date of the form YYYY-MM-DD";
				else
					f++;
			} else if (s[i] >= '0' && s[i] <= '9')
				v[f] = v[f] * 10 + (s[i] - '0');
			else
				w = "not a date of the form YYYY-MM-DD";
		}
		if (w == NULL && s[10] != '\0')
			w = "not a date of the form YYYY-MM-DD (trailing characters)";
		else if (w == NULL && v[0] == 0)
			w = "year 0000 does not exist";
		else if (w == NULL && (v[1] < 1 || v[1] > 12))
			w = "month out of range (01-12)";
		else if (w == NULL && (v[2] < 1 || v[2] > kpi_days_in_month(v[0], v[1])))
			w = "no such day in that month";
	}
	if (w != NULL) {
		if (why != NULL)
			*why = w;
		return C2C_EINVAL;
	}
	if (why != NULL)
		*why = NULL;
	return kpi_date_from_ymd(v[0], v[1], v[2], out);
}

enum c2c_err
kpi_date_format(struct kpi_date d, char out[KPI_DATE_LEN])
{
	int y, m, dd;

	if (out == NULL)
		return C2C_EINVAL;
	out[0] = '\0';
	if (kpi_date_to_ymd(d, &y, &m, &dd) != C2C_OK)
		return C2C_EINVAL;
	/* The moduli change nothing (1..9999, 1..12, 1..31) but bound the widths for the
	 * compiler's -Wformat-truncation. */
	snprintf(out, KPI_DATE_LEN, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
	    (unsigned)dd % 100u);
	return C2C_OK;
}

enum c2c_err
kpi_date_add_days(struct kpi_date d, long n, struct kpi_date *out)
{
	if (out == NULL)
		return C2C_EINVAL;
	*out = KPI_DATE_NONE;
	/* The bound first: d.day + n must not overflow before the range check. */
	if (!kpi_date_valid(d) || n < -(DAY_MAX - DAY_MIN) || n > DAY_MAX - DAY_MIN ||
	    d.day + n < DAY_MIN || d.day + n > DAY_MAX)
		return C2C_EINVAL;
	*out = mkdate(d.day + n);
	return C2C_OK;
}

enum c2c_err
kpi_date_add_months(struct kpi_date d, long n, struct kpi_date *out)
{
	int y, m, dd, dim;
	long mi;

	if (out == NULL)
		return C2C_EINVAL;
	*out = KPI_DATE_NONE;
	if (!kpi_date_valid(d) || n < -(MONTH_MAX - MONTH_MIN) || n > MONTH_MAX - MONTH_MIN)
		return C2C_EINVAL;
	civil_from_days(d.day, &y, &m, &dd);
	mi = (long)y * 12 + (m - 1) + n;
	if (mi < MONTH_MIN || mi > MONTH_MAX)
		return C2C_EINVAL;
	y = (int)(mi / 12);
	m = (int)(mi % 12) + 1;
	dim = kpi_days_in_month(y, m);
	return kpi_date_from_ymd(y, m, dd > dim ? dim : dd, out);
}

enum c2c_err
kpi_date_days_between(struct kpi_date from, struct kpi_date to, long *days)
{
	if (days == NULL)
		return C2C_EINVAL;
	*days = 0;
	if (!kpi_date_valid(from) || !kpi_date_valid(to))
		return C2C_EINVAL;
	*days = (long)to.day - from.day;
	return C2C_OK;
}

/* --- Periods ---------------------------------------------------------------------------- */

static const char *const period_kinds[] = {
	"invalid", "custom", "month", "quarter", "half", "year"
};

const char *
kpi_period_kind_name(enum kpi_period_kind k)
{
	return (unsigned)k < sizeof(period_kinds) / sizeof(period_kinds[0]) ? period_kinds[k] : "?";
}

int
kpi_period_valid(const struct kpi_period *p)
{
	return p != NULL && kpi_date_valid(p->start) && kpi_date_valid(p->end) &&
	    p->start.day <= p->end.day;
}

int
kpi_period_eq(const struct kpi_period *a, const struct kpi_period *b)
{
	return a != NULL && b != NULL && a->start.day == b->start.day && a->end.day == b->end.day;
}

/* A period of a valid kind, as y/m/d of both bounds. */
struct bounds {
	int sy, sm, sd, ey, em, ed;
};

static void
bounds_of(const struct kpi_period *p, struct bounds *b)
{
	civil_from_days(p->start.day, &b->sy, &b->sm, &b->sd);
	civil_from_days(p->end.day, &b->ey, &b->em, &b->ed);
}

/* Whole months from the 1st of a month to the last day of a month: their number, else 0. */
static long
whole_months(const struct bounds *b)
{
	if (b->sd != 1 || b->ed != kpi_days_in_month(b->ey, b->em))
		return 0;
	return ((long)b->ey * 12 + b->em) - ((long)b->sy * 12 + b->sm) + 1;
}

enum kpi_period_kind
kpi_period_kind(const struct kpi_period *p)
{
	struct bounds b;
	long months;

	if (!kpi_period_valid(p))
		return KPI_PERIOD_INVALID;
	bounds_of(p, &b);
	months = whole_months(&b);
	if (months == 1)
		return KPI_PERIOD_MONTH;
	if (months == 3 && b.sm % 3 == 1)
		return KPI_PERIOD_QUARTER;
	if (months == 6 && b.sm % 6 == 1)
		return KPI_PERIOD_HALF;
	if (months == 12 && b.sm == 1)
		return KPI_PERIOD_YEAR;
	return KPI_PERIOD_CUSTOM;
}

/* The shape of a period: what kpi_period_previous keeps and kpi_series_latest compares.
 * Whole-month periods are measured in months, others in days. */
struct shape {
	enum kpi_period_kind kind;
	long                 months;   /* whole months, or 0 */
	long                 days;     /* length in days when months is 0 */
};

static void
shape_of(const struct kpi_period *p, struct shape *s)
{
	struct bounds b;

	s->kind = kpi_period_kind(p);
	s->months = s->days = 0;
	if (s->kind == KPI_PERIOD_INVALID)
		return;
	bounds_of(p, &b);
	if ((s->months = whole_months(&b)) == 0)
		s->days = (long)p->end.day - p->start.day + 1;
}

static int
shape_eq(const struct shape *a, const struct shape *b)
{
	return a->kind == b->kind && a->months == b->months && a->days == b->days;
}

enum c2c_err
kpi_period_previous(const struct kpi_period *p, struct kpi_period *prev)
{
	struct shape s;
	struct kpi_period r;

	if (prev == NULL)
		return C2C_EINVAL;
	prev->start = prev->end = KPI_DATE_NONE;
	if (p == NULL)
		return C2C_EINVAL;
	shape_of(p, &s);
	if (s.kind == KPI_PERIOD_INVALID)
		return C2C_EINVAL;
	/* Starts are 1sts for whole months, so no clamping happens there. */
	if (kpi_date_add_days(p->start, -1, &r.end) != C2C_OK ||
	    (s.months > 0 ? kpi_date_add_months(p->start, -s.months, &r.start) :
	    kpi_date_add_days(p->start, -s.days, &r.start)) != C2C_OK)
		return C2C_EINVAL;
	*prev = r;
	return C2C_OK;
}

enum c2c_err
kpi_period_of(struct kpi_date d, enum kpi_period_kind kind, struct kpi_period *out)
{
	int y, m, dd, len, first;

	if (out == NULL)
		return C2C_EINVAL;
	out->start = out->end = KPI_DATE_NONE;
	if (kpi_date_to_ymd(d, &y, &m, &dd) != C2C_OK)
		return C2C_EINVAL;
	switch (kind) {
	case KPI_PERIOD_MONTH:   len = 1; break;
	case KPI_PERIOD_QUARTER: len = 3; break;
	case KPI_PERIOD_HALF:    len = 6; break;
	case KPI_PERIOD_YEAR:    len = 12; break;
	default:                 return C2C_EINVAL;
	}
	first = (m - 1) / len * len + 1;
	if (kpi_date_from_ymd(y, first, 1, &out->start) != C2C_OK ||
	    kpi_date_from_ymd(y, first + len - 1, kpi_days_in_month(y, first + len - 1),
	    &out->end) != C2C_OK)
		return C2C_EINVAL;
	return C2C_OK;
}

enum c2c_err
kpi_period_label(const struct kpi_period *p, char out[KPI_PERIOD_LABEL])
{
	char a[KPI_DATE_LEN], b[KPI_DATE_LEN];
	int sy, sm, sd;
	unsigned y, m;

	if (out == NULL)
		return C2C_EINVAL;
	out[0] = '\0';
	if (!kpi_period_valid(p))
		return C2C_EINVAL;
	kpi_date_format(p->start, a);
	kpi_date_format(p->end, b);
	civil_from_days(p->start.day, &sy, &sm, &sd);
	/* The moduli change nothing (1..9999, 1..12) but bound the widths for the compiler. */
	y = (unsigned)sy % 10000u;
	m = (unsigned)sm % 100u;
	switch (kpi_period_kind(p)) {
	case KPI_PERIOD_MONTH:
		snprintf(out, KPI_PERIOD_LABEL, "%04u-%02u", y, m);
		break;
	case KPI_PERIOD_QUARTER:
		snprintf(out, KPI_PERIOD_LABEL, "%04u-Q%u", y, (m + 2) / 3);
		break;
	case KPI_PERIOD_HALF:
		snprintf(out, KPI_PERIOD_LABEL, "%04u-H%u", y, (m + 5) / 6);
		break;
	case KPI_PERIOD_YEAR:
		snprintf(out, KPI_PERIOD_LABEL, "%04u", y);
		break;
	default:
		snprintf(out, KPI_PERIOD_LABEL, "%s\xe2\x80\x93%s", a, b);
		break;
	}
	return C2C_OK;
}

/* --- KPI definitions -------------------------------------------------------------------- */

static const char *const kinds[] = { "quantitative", "qualitative" };
static const char *const directions[] = { "higher_is_better", "lower_is_better" };
static const char *const trends[] = { "unchanged", "improved", "worsened" };
static const char *const target_states[] = { "none", "met", "below", "above" };
static const char *const expiry_states[] = { "open", "unknown", "later", "soon", "past" };
static const char *const act_statuses[] = { "idea", "planned", "running", "done", "cancelled" };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

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

enum c2c_err
kpi_kind_parse(const char *s, enum kpi_kind *out)
{
	int i = lookup(kinds, NELEM(kinds), s);

	if (out == NULL || i < 0)
		return C2C_EINVAL;
	*out = (enum kpi_kind)i;
	return C2C_OK;
}

enum c2c_err
kpi_direction_parse(const char *s, enum kpi_direction *out)
{
	int i = lookup(directions, NELEM(directions), s);

	if (out == NULL || i < 0)
		return C2C_EINVAL;
	*out = (enum kpi_direction)i;
	return C2C_OK;
}

enum c2c_err
kpi_activity_status_parse(const char *s, enum kpi_activity_status *out)
{
	int i = lookup(act_statuses, NELEM(act_statuses), s);

	if (out == NULL || i < 0)
		return C2C_EINVAL;
	*out = (enum kpi_activity_status)i;
	return C2C_OK;
}

const char *
kpi_kind_name(enum kpi_kind k)
{
	return (unsigned)k < NELEM(kinds) ? kinds[k] : "?";
}

const char *
kpi_direction_name(enum kpi_direction d)
{
	return (unsigned)d < NELEM(directions) ? directions[d] : "?";
}

const char *
kpi_trend_name(enum kpi_trend t)
{
	return (unsigned)t < NELEM(trends) ? trends[t] : "?";
}

const char *
kpi_target_state_name(enum kpi_target_state s)
{
	return (unsigned)s < NELEM(target_states) ? target_states[s] : "?";
}

const char *
kpi_expiry_state_name(enum kpi_expiry_state s)
{
	return (unsigned)s < NELEM(expiry_states) ? expiry_states[s] : "?";
}

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

/* --- Change ----------------------------------------------------------------------------- */

enum c2c_err
kpi_change(enum kpi_kind kind, enum kpi_direction dir, double latest, double previous,
    struct kpi_change *out)
{
	struct kpi_change c = { 0, 0, 0, KPI_UNCHANGED };

	if (out == NULL)
		return C2C_EINVAL;
	*out = c;
	if (!rule_ok(kind, dir) || !value_ok(kind, latest) || !value_ok(kind, previous))
		return C2C_EINVAL;
	c.delta = latest - previous;
	if (!isfinite(c.delta))
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
	if (!rule_ok(kind, dir) || !value_ok(kind, value) || !value_ok(kind, target))
		return C2C_EINVAL;
	t.margin = value - target;
	if (!isfinite(t.margin))
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
	struct shape sl, s;
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
	shape_of(&series[n - 1].period, &sl);
	for (i = n - 1; i-- > 0;) {
		if (series[i].period.end.day >= series[n - 1].period.start.day)
			continue;
		shape_of(&series[i].period, &s);
		if (shape_eq(&s, &sl)) {
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
		civil_from_days(today.day, &ty, &tm, &td);
		civil_from_days(a->signed_on.day, &sy, &sm, &sd);
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

/* --- Computed indicators ------------------------------------------------------------------ */

static const struct kpi_computed_def computed[] = {
	[KPI_SRC_ACTIVITIES] = { "joint-projects", "activities", "Joint projects", "联合项目数量与价值",
		"projects" },
	[KPI_SRC_EVENTS] = { "partner-participation-in-events", "events",
		"Partner city participation in key local events", "伙伴城市参与本市重要活动情况", "events" },
	[KPI_SRC_AGREEMENTS] = { "agreements-signed", "agreements", "Agreements signed", "签署的协议数量",
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

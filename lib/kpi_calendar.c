/* kpi_calendar.c: the calendar of the KPI rules (kpi.h, "Dates" and "Periods"): days as
 * struct kpi_date, strict parsing and formatting, adding days and months with month-end
 * clamping, the kinds of periods, the period before one, the period of a date, labels.
 * Pure: no clock, no allocation; the day arithmetic itself is lib/date.h's.  Every
 * function writes only its out parameters, which the caller owns. */
#include <stdio.h>
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

int
kpi_period_same_shape(const struct kpi_period *a, const struct kpi_period *b)
{
	struct shape sa, sb;

	if (!kpi_period_valid(a) || !kpi_period_valid(b))
		return 0;
	shape_of(a, &sa);
	shape_of(b, &sb);
	return shape_eq(&sa, &sb);
}

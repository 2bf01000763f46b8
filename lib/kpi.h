/* kpi.h: the pure rules of the KPI dashboards: dates, periods, change, targets, series,
 * alerts and sums across partnerships.
 *
 * No database, no I/O, no clock: "today" is always a parameter, so that a dashboard built
 * for a date is the same whenever it is built, and every rule can be tested at its
 * boundaries.  Nothing here allocates but kpi_series_effective and kpi_sum (scratch space,
 * freed before they return).  Every function that can fail returns C2C_EINVAL on bad input
 * (NULL pointers included) and leaves no NaN, infinity or invalid date in its result.
 *
 * Where each part lives: the dates and periods in lib/kpi_calendar.c, the computed
 * indicators in lib/kpi_computed.c, the rest in lib/kpi.c.
 *
 * The loader maps SQL to these structs: DATE to struct kpi_date (kpi_date_parse), NULL
 * dates to KPI_DATE_NONE, NULL ids and renewal_months to 0, ENUMs through the *_parse
 * functions, DECIMAL value or TINYINT score to double.
 */
#ifndef C2C_KPI_H
#define C2C_KPI_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

#define KPI_NONE ((size_t)-1)   /* "no element" as an array index */

/* --- Dates ------------------------------------------------------------------------------ */

/* A calendar day of the proleptic Gregorian calendar, 0001-01-01 to 9999-12-31, as the
 * number of days since 1970-01-01 (negative before): compact, compared with < and ==,
 * subtracted for days between.  KPI_DAY_NONE stands for a NULL date; kpi_date_valid is 0
 * for it and for any day out of range, and every function refuses such a date. */
struct kpi_date {
	int32_t day;
};

#define KPI_DAY_NONE  INT32_MIN
#define KPI_DATE_NONE ((struct kpi_date){ KPI_DAY_NONE })
#define KPI_DATE_LEN  11            /* "YYYY-MM-DD" and its NUL */

int kpi_date_valid(struct kpi_date d);
/* 28..31, or 0 for a year outside 1..9999 or a month outside 1..12. */
int kpi_days_in_month(int year, int month);

/* Strictly "YYYY-MM-DD": exactly ten ASCII characters, a real day (no 2023-02-29, no
 * 2024-04-31), year 0001..9999; no spaces, signs, time or shorter fields.  On C2C_EINVAL,
 * *out is KPI_DATE_NONE and *why (when why is not NULL) a static English sentence saying
 * what is wrong; NULL s is refused the same way. */
enum c2c_err kpi_date_parse(const char *s, struct kpi_date *out, const char **why);
/* Writes "YYYY-MM-DD"; C2C_EINVAL and "" for an invalid date. */
enum c2c_err kpi_date_format(struct kpi_date d, char out[KPI_DATE_LEN]);
enum c2c_err kpi_date_from_ymd(int y, int m, int d, struct kpi_date *out);
/* C2C_EINVAL, and zeros, for an invalid date. */
enum c2c_err kpi_date_to_ymd(struct kpi_date d, int *y, int *m, int *dd);

/* d + n days.  C2C_EINVAL (*out KPI_DATE_NONE) when d is invalid or the result out of range. */
enum c2c_err kpi_date_add_days(struct kpi_date d, long n, struct kpi_date *out);
/* d + n calendar months, the day clamped to the end of the month reached: 2024-01-31 + 1
 * is 2024-02-29, 2023-01-31 + 1 is 2023-02-28, 2024-02-29 - 12 is 2023-02-28.  Clamping
 * makes steps not add up (Jan 31 + 1 + 1 is Mar 28, Jan 31 + 2 is Mar 31), so a cycle is
 * always computed from its origin (start + k * n), never step by step.  Errors as above. */
enum c2c_err kpi_date_add_months(struct kpi_date d, long n, struct kpi_date *out);
/* *days = to - from (negative when to is earlier); C2C_EINVAL when either is invalid. */
enum c2c_err kpi_date_days_between(struct kpi_date from, struct kpi_date to, long *days);

/* --- Periods ---------------------------------------------------------------------------- */

/* A period of kpi_targets or kpi_values: start and end both included (a quarter ends on
 * the last day of its third month), start <= end. */
struct kpi_period {
	struct kpi_date start, end;
};

#define KPI_PERIOD_LABEL 24   /* "YYYY-MM-DD–YYYY-MM-DD" (an en dash is 3 bytes) and NUL */

enum kpi_period_kind {
	KPI_PERIOD_INVALID,   /* an invalid date, or end before start */
	KPI_PERIOD_CUSTOM,    /* anything else */
	KPI_PERIOD_MONTH,     /* the 1st of a month to its last day */
	KPI_PERIOD_QUARTER,   /* the 1st of Jan, Apr, Jul or Oct to the last day of the 3rd month */
	KPI_PERIOD_HALF,      /* Jan 1 to Jun 30, or Jul 1 to Dec 31 */
	KPI_PERIOD_YEAR       /* Jan 1 to Dec 31 */
};

/* "invalid", "custom", "month", "quarter", "half", "year"; "?" out of range. */
const char *kpi_period_kind_name(enum kpi_period_kind k);
/* Detected from the bounds alone, as above. */
enum kpi_period_kind kpi_period_kind(const struct kpi_period *p);
int kpi_period_valid(const struct kpi_period *p);
/* Same start and same end (0 when either is NULL). */
int kpi_period_eq(const struct kpi_period *a, const struct kpi_period *b);

/* The period of the same kind and length right before p (ending the day before p starts):
 * month, quarter, half, year: the one before (2024-Q1 -> 2023-Q4, 2024-H1 -> 2023-H2);
 * custom from the 1st of a month to the last day of a month (an academic year Sep-Aug,
 * two years): the same number of whole months before; any other custom period: the same
 * number of days before (which may happen to be a month: 2024-03-01..29 -> 2024-02-01..29).
 * C2C_EINVAL on an invalid period or before 0001-01-01. */
enum c2c_err kpi_period_previous(const struct kpi_period *p, struct kpi_period *prev);
/* Whether a and b have the same shape: the same kind and, for custom periods, the same
 * number of whole months (from a 1st to a month's last day), or else of days, as
 * kpi_period_previous counts them.  0 when either is invalid. */
int kpi_period_same_shape(const struct kpi_period *a, const struct kpi_period *b);
/* The month, quarter, half or year containing d.  C2C_EINVAL for other kinds. */
enum c2c_err kpi_period_of(struct kpi_date d, enum kpi_period_kind kind, struct kpi_period *out);
/* "2024-07", "2024-Q3", "2024-H1", "2024", or for a custom period "2024-02-10–2024-05-01"
 * (start, U+2013 EN DASH, end).  C2C_EINVAL and "" for an invalid period. */
enum c2c_err kpi_period_label(const struct kpi_period *p, char out[KPI_PERIOD_LABEL]);

/* --- KPI definitions -------------------------------------------------------------------- */

enum kpi_kind { KPI_QUANTITATIVE, KPI_QUALITATIVE };                 /* kpis.kind */
enum kpi_direction { KPI_HIGHER_IS_BETTER, KPI_LOWER_IS_BETTER };    /* kpis.direction */

#define KPI_SCORE_MIN 1   /* kpi_values.score of a qualitative KPI */
#define KPI_SCORE_MAX 5

/* The SQL ENUM texts; C2C_EINVAL on anything else (NULL too).  Names: "?" out of range. */
enum c2c_err kpi_kind_parse(const char *s, enum kpi_kind *out);
enum c2c_err kpi_direction_parse(const char *s, enum kpi_direction *out);
const char *kpi_kind_name(enum kpi_kind k);
const char *kpi_direction_name(enum kpi_direction d);

/* --- Change ----------------------------------------------------------------------------- */

enum kpi_trend {
	KPI_UNCHANGED,   /* latest == previous */
	KPI_IMPROVED,    /* up when higher is better, down when lower is better */
	KPI_WORSENED
};

struct kpi_change {
	double         delta;          /* latest - previous */
	double         relative;       /* delta / |previous|: 0.25 is +25 %; 0 when !has_relative */
	int            has_relative;   /* 0 when previous is 0: no relative change exists */
	enum kpi_trend trend;
};

/* "unchanged", "improved", "worsened"; "?" out of range. */
const char *kpi_trend_name(enum kpi_trend t);

/* The change from previous to latest, judged by dir.  The relative change divides by
 * |previous| so that its sign is the sign of delta also below zero (-10 -> -5 is +50 %).
 * Quantitative values are any finite numbers; qualitative ones (scores, or averages of
 * scores) must lie in [1, 5].  C2C_EINVAL on a non-finite, out-of-range or overflowing
 * value, or a bad kind or direction. */
enum c2c_err kpi_change(enum kpi_kind kind, enum kpi_direction dir, double latest,
    double previous, struct kpi_change *out);

/* --- Targets ---------------------------------------------------------------------------- */

enum kpi_target_state {
	KPI_TARGET_NONE,    /* no target for the period (kpi_alert_target only) */
	KPI_TARGET_MET,     /* value >= target (higher is better), value <= target (lower) */
	KPI_TARGET_BELOW,   /* missed, higher is better: value < target */
	KPI_TARGET_ABOVE    /* missed, lower is better: value > target */
};

struct kpi_target_status {
	enum kpi_target_state state;
	double                margin;   /* value - target (signed; 0 when NONE) */
	double                gap;      /* how much is missing to the target, > 0 when missed;
	                                 * 0 when met or NONE */
};

/* "none", "met", "below", "above"; "?" out of range. */
const char *kpi_target_state_name(enum kpi_target_state s);

/* value against target, as above; met includes equality.  Scores are compared the same
 * way: for a qualitative KPI value and target must lie in [1, 5].  C2C_EINVAL as
 * kpi_change. */
enum c2c_err kpi_target_status(enum kpi_kind kind, enum kpi_direction dir, double value,
    double target, struct kpi_target_status *out);

/* --- Series ----------------------------------------------------------------------------- */

/* One kpi_values row, reduced to what the rules need (40 bytes). */
struct kpi_value {
	uint64_t          id;              /* kpi_values.id, > 0 */
	uint64_t          supersedes_id;   /* the row it corrects; 0 when NULL */
	uint32_t          owner;           /* its partnership (or city): kpi_sum groups by it */
	struct kpi_period period;
	double            value;           /* value (quantitative) or score (qualitative) */
};

/* Values are never overwritten: a correction is a new row superseding the old one, and
 * both stay.  From the values of one KPI and one owner (any order, superseded rows
 * included), writes the effective series to out[0..*nout):
 *   1. every value whose id another value's supersedes_id names is dropped, so that in a
 *      chain A <- B <- C only C is left (a correction may move a value to another period);
 *   2. of the values left for the same period (same start and end), the highest id, the
 *      last entered, wins;
 *   3. sorted by period start, then end.
 * Periods of different kinds stay apart (a month and the quarter it starts are two
 * periods).  out has room for n values and may be in itself.  Allocates O(n) scratch.
 * C2C_EINVAL (*nout 0, in untouched) when an id is 0 or repeated, a value supersedes its
 * own or a later id (a correction is always entered after what it corrects: this also
 * rules out cycles), a period is invalid, a value not finite, or owners differ;
 * C2C_ENOMEM. */
enum c2c_err kpi_series_effective(const struct kpi_value *in, size_t n, struct kpi_value *out,
    size_t *nout);

struct kpi_latest {
	size_t latest;     /* index of the last value; KPI_NONE when the series is empty */
	size_t previous;   /* index of the last earlier value of the same shape, or KPI_NONE */
	int    adjacent;   /* previous is kpi_period_previous of latest: no gap in between */
};

/* The latest value of an effective series and the one to compare it with: the last value
 * before it whose period has the same kind (for custom periods: the same number of whole
 * months, or else of days, as kpi_period_previous counts) and ends before the latest
 * starts.  A quarterly value is never compared with a monthly one; a gap (Q2 missing, Q3
 * against Q1) shows as adjacent 0.  C2C_EINVAL when series is not sorted as
 * kpi_series_effective leaves it. */
enum c2c_err kpi_series_latest(const struct kpi_value *series, size_t n, struct kpi_latest *out);

/* --- Alerts ----------------------------------------------------------------------------- */

#define KPI_EXPIRY_DAYS   90   /* the default window of kpi_alert_expiring */
#define KPI_DORMANT_MONTHS 12  /* the default quiet time of kpi_alert_dormant */

/* The dates of an agreements row. */
struct kpi_agreement {
	struct kpi_date signed_on;        /* KPI_DATE_NONE when NULL */
	struct kpi_date valid_until;      /* KPI_DATE_NONE when NULL */
	int             renewal_months;   /* 0 when NULL: no renewal cycle */
};

enum kpi_expiry_state {
	KPI_EXPIRY_OPEN,      /* no valid_until and no renewal cycle: nothing to expire */
	KPI_EXPIRY_UNKNOWN,   /* a renewal cycle but no signed_on to count it from */
	KPI_EXPIRY_LATER,     /* due more than window days from today */
	KPI_EXPIRY_SOON,      /* due today or within window days: the alert */
	KPI_EXPIRY_PAST       /* valid_until before today: already expired, no alert */
};

struct kpi_expiry {
	enum kpi_expiry_state state;
	int                   alert;       /* state == KPI_EXPIRY_SOON */
	int                   renewal;     /* due is a renewal date, not valid_until */
	long                  cycle;       /* renewal: the k of signed_on + k * renewal_months */
	struct kpi_date       due;         /* valid_until or the next renewal; NONE when OPEN,
	                                    * UNKNOWN, or a renewal after 9999-12-31 */
	long                  days_left;   /* due - today (negative when PAST); 0 without due */
};

/* "open", "unknown", "later", "soon", "past"; "?" out of range. */
const char *kpi_expiry_state_name(enum kpi_expiry_state s);

/* Agreement expiring, with window N days (KPI_EXPIRY_DAYS unless the dashboard says
 * otherwise; 0 alerts on the due day only):
 *   - valid_until set: due = valid_until (the last valid day).  due < today: PAST (no
 *     alert: it is over, not expiring); today <= due <= today + N: SOON, the alert (so
 *     exactly N days ahead alerts, N + 1 does not); later: LATER.  valid_until rules even
 *     when renewal_months is set.
 *   - else renewal_months > 0 and signed_on set: due = the first renewal date on or after
 *     today, signed_on + k * renewal_months months (k >= 1, month-end clamped, counted
 *     from signed_on: an MoU signed 2017-05-01 renewed every 36 months renews on
 *     2020-05-01, 2023-05-01, 2026-05-01); SOON when due <= today + N, else LATER.  A
 *     renewal falling today is due today (days_left 0), like a valid_until of today.
 *     signed_on is the first day of its period when signed_precision is month or year, so
 *     the renewal date is then as imprecise.
 *   - else renewal_months > 0: UNKNOWN; else OPEN (neither alerts).
 * C2C_EINVAL when a set date or today is invalid, renewal_months or window_days < 0. */
enum c2c_err kpi_alert_expiring(const struct kpi_agreement *a, struct kpi_date today,
    int window_days, struct kpi_expiry *out);

/* A kpi_targets row. */
struct kpi_target {
	struct kpi_period period;
	double            target;
};

struct kpi_target_alert {
	int                      alert;
	size_t                   target;   /* index in targets, or KPI_NONE */
	struct kpi_target_status status;
};

/* KPI below target: the latest effective value against the target of exactly its period
 * (kpi_targets of the same partnership and KPI, same start and end; a yearly target is
 * not applied to a quarterly value).  alert when the state is BELOW (higher is better) or
 * ABOVE (lower is better); state NONE, no alert, when no target has that period.  target
 * is its index in targets, or KPI_NONE.  C2C_EINVAL as kpi_target_status, on an invalid
 * period or a non-finite target, or when two targets have the value's period. */
enum c2c_err kpi_alert_target(enum kpi_kind kind, enum kpi_direction dir,
    const struct kpi_value *latest, const struct kpi_target *targets, size_t ntargets,
    struct kpi_target_alert *out);

/* activities.status */
enum kpi_activity_status {
	KPI_ACT_IDEA, KPI_ACT_PLANNED, KPI_ACT_RUNNING, KPI_ACT_DONE, KPI_ACT_CANCELLED
};

enum c2c_err kpi_activity_status_parse(const char *s, enum kpi_activity_status *out);

/* The dates of an activities row (not deleted). */
struct kpi_activity {
	struct kpi_date          starts_on;    /* KPI_DATE_NONE when NULL */
	struct kpi_date          ends_on;      /* KPI_DATE_NONE when NULL */
	struct kpi_date          updated_on;   /* the UTC date of updated_at; NONE if unknown */
	enum kpi_activity_status status;
};

struct kpi_dormancy {
	int             dormant;
	struct kpi_date last_seen;    /* the latest sign of life (never after today); NONE when
	                               * there is none at all */
	struct kpi_date cutoff;       /* today - months: signs on or after it keep it alive */
	long            days_quiet;   /* today - last_seen; -1 when last_seen is NONE */
};

/* Dormant partnership, with quiet time M months (KPI_DORMANT_MONTHS):
 * cutoff = today - M months (month-end clamped: 2025-02-28 - 12 is 2024-02-28).  The signs
 * of life, each a date, are:
 *   - of every activity: its updated_on (today when later: clocks differ); unless it is
 *     cancelled (it did not happen), its starts_on and its ends_on when not after today
 *     (a plan is no sign of life), and today itself when it is under way (status running,
 *     or starts_on <= today <= ends_on);
 *   - of every KPI value whose period has begun (start <= today): its period end, or today
 *     when the period is still running.  Pass the partnership's effective values of every
 *     KPI (a superseded value's period may have been a typo).
 * last_seen is the latest sign; the partnership is
 * dormant when there is no sign at all or last_seen < cutoff: a sign exactly M months
 * old keeps it alive, one a day older does not.  C2C_EINVAL on an invalid today, an
 * invalid (not NONE) activity date, an invalid value period, months < 0, or NULL arrays
 * with a nonzero count. */
enum c2c_err kpi_alert_dormant(const struct kpi_activity *acts, size_t nacts,
    const struct kpi_value *values, size_t nvalues, struct kpi_date today, int months,
    struct kpi_dormancy *out);

/* --- Sums across partnerships ----------------------------------------------------------- */

struct kpi_total {
	struct kpi_period period;
	double            value;   /* quantitative: the sum; qualitative: the mean score */
	size_t            count;   /* the values that went in, one per owner */
};

/* A city's KPI over its partnerships: from the values of one KPI of several owners (its
 * partnerships; any order, superseded rows included), first each owner's effective values
 * (kpi_series_effective's rules 1 and 2 per owner), then one total per period (same start
 * and end) over the owners that have a value for it: the sum for a quantitative KPI, the
 * mean score for a qualitative one (each score an integer 1..5).  Periods are never merged
 * (quarters are not added up into years).  Writes out[0..*nout) sorted by period; out has
 * room for n totals.  Allocates O(n) scratch.  C2C_EINVAL as kpi_series_effective (but
 * owners may differ), on a bad kind, a bad score or an overflowing sum; C2C_ENOMEM. */
enum c2c_err kpi_sum(enum kpi_kind kind, const struct kpi_value *in, size_t n,
    struct kpi_total *out, size_t *nout);

/* --- Computed indicators ---------------------------------------------------------------- */

/* Some indicators are counted from the data itself rather than entered.  Which KPI each
 * one stands for, and from what, is fixed here (docs/api.md, "Computed KPIs"):
 *   joint-projects                   activities of the partnership (not an idea, not
 *                                    cancelled), by the day they start;
 *   partner-participation-in-events  events in either city of the partnership (not
 *                                    cancelled), by the day they start (UTC);
 *   agreements-signed                agreements of the partnership, by the day signed.
 * The first two are the report's Table 5 rows of the same slug; agreements-signed has no
 * row in Table 5 (nor in kpis): its names and unit are these. */
enum kpi_source { KPI_SRC_ACTIVITIES, KPI_SRC_EVENTS, KPI_SRC_AGREEMENTS, KPI_SRC__MAX };

struct kpi_computed_def {
	const char *slug;      /* the kpis.slug it stands for */
	const char *source;    /* "activities", "events", "agreements": the provenance */
	const char *name_key;  /* the label of its names, used when kpis has no row of that slug */
	const char *unit;
};

/* Indexed by enum kpi_source; static, never NULL. */
const struct kpi_computed_def *kpi_computed_def(enum kpi_source s);
/* The source whose slug is slug, or KPI_SRC__MAX. */
enum kpi_source kpi_computed_find(const char *slug);

#define KPI_COUNT_MAX_PERIODS 1000   /* as many categories as a chart takes */

/* Counts dates per period of kind (month, quarter, half or year) into *out (malloc'd,
 * caller frees; NULL when *nout is 0): one value per period from the period of the
 * earliest date to that of the latest, periods without a date included as 0 (a quarter
 * without a joint project is a 0, not a gap), oldest first.  KPI_DATE_NONE dates are
 * skipped (an undated item is in no period).  ids are 1, 2, ... and owner 0, so the result
 * is an effective series for kpi_series_latest and kpi_alert_target.  When the dates span
 * more than KPI_COUNT_MAX_PERIODS periods the latest ones are kept.  C2C_EINVAL on a bad
 * kind, an invalid (not NONE) date, NULL dates with n > 0 or NULL outputs; C2C_ENOMEM. */
enum c2c_err kpi_count_periods(const struct kpi_date *dates, size_t n, enum kpi_period_kind kind,
    struct kpi_value **out, size_t *nout);

#endif

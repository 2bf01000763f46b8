/* review_alerts.h: the alerts of issue 18 beside a partnership's dashboard alerts
 * (dashboard.h): "review-overdue" (no review in the last 12 months for an active
 * partnership older than that) and "step-stuck" (in the same narrative step for longer
 * than review_stuck_months).
 *
 * When the step last changed: the time of the partnership's latest move in step_history
 * (the step tracker, lib/tracker.c) when that move led to the step it is in now; else
 * (no move recorded, as for partnerships older than the tracker, or the step changed by
 * an edit of the partnership, which records no move) partnerships.updated_at, the last
 * change of the partnership or of anything that touches it.  That fallback is never
 * earlier than the true time (the step was set at or before the last change), so it
 * may miss an alert but never raises a false one; created_at would raise them for every
 * old partnership whose step was set later by an edit.
 *
 * The rules are pure (no clock: today is given, kpi.h's dates); review_alerts_add reads
 * the partnership and appends the alerts to the <alerts> of the <dashboard> under root. */
#ifndef C2C_REVIEW_ALERTS_H
#define C2C_REVIEW_ALERTS_H

#include <libxml/tree.h>

#include "db.h"
#include "kpi.h"

#define REVIEW_DUE_MONTHS 12   /* a review a year */

/* Overdue: active, created before today - months, and no review held after that cutoff
 * (last NONE: never reviewed).  A review exactly `months` old still counts.  0 or 1;
 * 0 for an invalid today or created. */
int review_overdue(int active, struct kpi_date created, struct kpi_date last,
    struct kpi_date today, int months);
/* Stuck: a step is set and step_since is before today - months (a change exactly
 * `months` ago is not yet stuck).  0 or 1; 0 for an invalid date or months < 1. */
int review_step_stuck(int step, struct kpi_date step_since, struct kpi_date today, int months);
/* Since when a partnership is in `step`: moved_at when the latest recorded move
 * (moved_to; 0: none) led to that step and moved_at is a date, else updated (its last
 * change).  Pure. */
struct kpi_date review_step_since(int step, int moved_to, struct kpi_date moved_at,
    struct kpi_date updated);

/* Appends <alert kind="review-overdue" [last="YYYY-MM-DD"]/> and <alert kind="step-stuck"
 * step="n" since="YYYY-MM-DD"/> when they apply to partnership id, under the
 * <dashboard><alerts> of root (nothing when root has none).  today "YYYY-MM-DD".
 * C2C_OK, a database error, C2C_EINVAL (today) or C2C_ENOMEM. */
enum c2c_err review_alerts_add(struct db *db, long long id, const char *today, int stuck_months,
    xmlNodePtr root);

#endif

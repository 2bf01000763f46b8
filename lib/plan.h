/* plan.h: Cooperation Plans (issue 18).  A partnership's plan is versioned (1, 2, ...);
 * a version is a draft (its content is edited through the resources of
 * lib/edit_plans.c), then proposed, then approved once each city of the pair has
 * approved it through its own editor, with the reference of its political decision.  An
 * approved version never changes again: the next one starts as its copy.
 *   lib/plan_write.c   the steps (propose, withdraw, approve, next)
 *   lib/model_plan.c   the pages: a partnership's versions, one version, two compared
 * No FastCGI here. */
#ifndef C2C_PLAN_H
#define C2C_PLAN_H

#include <libxml/tree.h>

#include "auth.h"
#include "db.h"
#include "edit.h"
#include "write.h"

/* The body of a step, as a resource without table: fields "action" (propose, withdraw,
 * approve, next), "decision" (one line, up to 300 bytes; required to approve) and
 * "review" (next: the id of the review to start from; optional), root
 * element <plan-step>.  For edit_from_xml, edit_from_form and edit_check only.  Static. */
const struct edit_resource *plan_step_resource(void);

/* Takes the step `action` on plan version `plan` (its id) in one transaction: the row
 * locked, u's scope (editors of the partnership; to approve, an editor of one of its two
 * cities, for that city), the If-Match precondition against the plan's tag
 * ("plan/ID/STAMP"; NULL: none), the state, the change, the partnership touched, audit
 * rows.  decision: required by "approve", else ignored (borrowed).  review_s: for "next",
 * the review to start from (its id as text, checked by edit_check; NULL: the partnership's
 * latest review held on or after the day `plan` was approved, if any): its stopped
 * activities are left out, the others carry its decision and note, its new targets
 * replace those of the same KPIs, and plans.review_id records it (borrowed).  On W_DONE *id is the
 * plan (for "next", the new draft) and tag its new tag (WRITE_TAG_MAX bytes).  Refusals
 * in *st with the problem in errs: 403 FE_SCOPE, 409 FE_PLAN_STATE, FE_PLAN_APPROVED,
 * FE_PLAN_OPEN or a stale tag, 422 FE_REQUIRED (no decision; a proposal without its
 * period), 422 FE_PLAN_OTHER on "review" (not a review of the partnership), 404.  C2C_EDB*, C2C_ENOMEM: nothing was written. */
enum c2c_err plan_step(struct db *db, const struct auth_user *u, long long plan, const char *action,
    const char *decision, const char *review_s, const char *if_match, long long *id, char *tag,
    struct field_errors *errs, enum write_status *st);

/* The versions of partnership `id` under root (<plan> each, newest first, at most 99 by
 * the writes' budget), with the pair of cities.  C2C_ENOTFOUND: no such partnership. */
enum c2c_err model_plans(struct db *db, long long id, xmlNodePtr root);
/* Version `id` (a plan's id) with everything in it, flat: priorities, objectives,
 * activities, milestones, targets and risks each name their parent by id; approvals;
 * the pair of cities; the other versions' numbers.  C2C_ENOTFOUND when there is none. */
enum c2c_err model_plan(struct db *db, long long id, xmlNodePtr root);
/* Version `id` against version number `with` of the same partnership: one <change kind
 * status changed> per item of either (status added, removed, changed or same; changed
 * lists the fields that differ), each with <from> and <to>.  Items are paired by
 * lineage (plans copy it forward).  C2C_ENOTFOUND: no such plan or version. */
enum c2c_err model_plan_compare(struct db *db, long long id, long long with, xmlNodePtr root);

#endif

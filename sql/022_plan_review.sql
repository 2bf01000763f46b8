-- 022_plan_review.sql: the links between the annual review and the Cooperation Plan
-- (issue 18: "the partners record findings and a decision per activity ... and new
-- targets, which start the next plan version").
--  * plans.review_id: the review whose decisions and new targets started this version
--    (the partnership's latest review held on or after the day the version it follows
--    was approved, or the one the `next` step names); NULL: a plain copy, or version 1.
--  * plan_activities.decision, decision_note_en/_zh: an activity the review decided to
--    adjust carries that decision and its note into the new draft, where the page shows
--    them; `continue` is recorded too, `stop` never (a stopped activity is left out).
--  * plan_targets.review_target_id: a target that came from the review's new targets.
--  * practices.plan_id: the plan version a practice comes out of (optional).
-- Only columns of tables that already bump the data version (t21): no new triggers.
ALTER TABLE plans ADD COLUMN review_id INT UNSIGNED NULL AFTER based_on;
ALTER TABLE plans ADD CONSTRAINT plans_review FOREIGN KEY (review_id) REFERENCES reviews (id);
ALTER TABLE plan_activities ADD COLUMN decision ENUM('continue','adjust') NULL AFTER activity_id;
ALTER TABLE plan_activities ADD COLUMN decision_note_en TEXT NULL AFTER decision;
ALTER TABLE plan_activities ADD COLUMN decision_note_zh TEXT NULL AFTER decision_note_en;
ALTER TABLE plan_targets ADD COLUMN review_target_id INT UNSIGNED NULL AFTER kpi_target_id;
ALTER TABLE plan_targets ADD CONSTRAINT plan_targets_review FOREIGN KEY (review_target_id) REFERENCES review_targets (id);
ALTER TABLE practices ADD COLUMN plan_id INT UNSIGNED NULL AFTER review_id;
ALTER TABLE practices ADD CONSTRAINT practices_plan FOREIGN KEY (plan_id) REFERENCES plans (id);

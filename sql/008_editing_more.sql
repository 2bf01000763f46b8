-- 008_editing_more.sql: what the rest of the editing needs (issue 7, second part).
--  * KPI targets become editable: like every other editable row they get updated_at, kept
--    by the database (touch trigger), so a target has its own entity tag for If-Match
--    (lib/edit.c) and a mirror can follow it;
--  * organisations (the helix stakeholders of a city) become editable by the city's
--    editors: updated_at for their tag, deleted_at because matching has used them (a
--    deleted one no longer counts; its links stay for the record);
--  * the audit log is read per actor too (/edit/audit).
ALTER TABLE kpi_targets ADD COLUMN created_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6);
ALTER TABLE kpi_targets ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6);
CREATE TRIGGER kpi_targets_touch BEFORE UPDATE ON kpi_targets FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
ALTER TABLE organisations ADD COLUMN created_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6);
ALTER TABLE organisations ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6);
ALTER TABLE organisations ADD COLUMN deleted_at DATETIME(6) NULL;
CREATE TRIGGER organisations_touch BEFORE UPDATE ON organisations FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

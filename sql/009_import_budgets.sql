-- 009_import_budgets.sql: what the import's budgets and fairness need (issue 15).
--  * errors have a public form: the category a reader of /sources may see ("could not
--    connect", "HTTP 404", "over budget"), beside the detail for editors, which may name
--    the internal addresses a source's host resolved to;
--  * strikes count the runs in a row that were interrupted (the importer killed, its host
--    gone) or over a budget; past import_quarantine_after the importer quarantines the
--    source: disabled until quarantined_until, with the reason shown on /sources;
--  * an editor who enables a quarantined source (the web form, the API, c2cctl source
--    enable) lifts the quarantine and its strikes: the trigger below tells the editor's
--    update from the importer's, which always writes quarantined_until itself.
ALTER TABLE calendar_sources ADD COLUMN last_error_public VARCHAR(100) NULL COMMENT 'category of last_error for readers';
ALTER TABLE calendar_sources ADD COLUMN strikes INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'interrupted or over-budget runs in a row';
ALTER TABLE calendar_sources ADD COLUMN quarantined_until DATETIME(6) NULL COMMENT 'disabled by the importer until then';
ALTER TABLE calendar_sources ADD COLUMN quarantine_reason VARCHAR(300) NULL;
ALTER TABLE import_runs ADD COLUMN error_public VARCHAR(100) NULL COMMENT 'category of error for readers';
CREATE TRIGGER calendar_sources_unquarantine BEFORE UPDATE ON calendar_sources FOR EACH ROW SET NEW.strikes = IF(NEW.enabled = 1 AND OLD.enabled = 0 AND NEW.quarantined_until <=> OLD.quarantined_until, 0, NEW.strikes), NEW.quarantine_reason = IF(NEW.enabled = 1 AND OLD.enabled = 0 AND NEW.quarantined_until <=> OLD.quarantined_until, NULL, NEW.quarantine_reason), NEW.quarantined_until = IF(NEW.enabled = 1 AND OLD.enabled = 0 AND NEW.quarantined_until <=> OLD.quarantined_until, NULL, NEW.quarantined_until);

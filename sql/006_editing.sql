-- 006_editing.sql: what editing, the write API and access control need (issue 7).
--  * an editor always has a city: its scope (users, api_tokens);
--  * a value is corrected at most once: the next correction supersedes the correction, so
--    two editors correcting the same value at once cannot both win (the second gets 409);
--  * the audit log is read by time as well as by entity.
-- audit_log, users and api_tokens have no version triggers on purpose: they are not
-- shown on the public pages, so writing them must not invalidate every cached page.

ALTER TABLE users ADD CONSTRAINT users_editor_city CHECK (role <> 'editor' OR city_id IS NOT NULL);
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_editor_city CHECK (role <> 'editor' OR city_id IS NOT NULL);
ALTER TABLE kpi_values ADD UNIQUE KEY kpi_values_supersedes_once (supersedes_id);
CREATE INDEX audit_log_at ON audit_log (at, id);

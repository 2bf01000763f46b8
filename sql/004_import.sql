-- 004_import.sql: what the calendar import (c2cctl import) needs.
--  * a source has a name, the zone of its floating times, the refresh hint its feed gives,
--    the time a server's Retry-After asks us to wait until, and a flag for feeds that make
--    up new UIDs on every fetch (their events are then matched by content);
--  * a run records its outcome, the host that ran it and what it skipped;
--  * events are keyed by source, UID and recurrence id (two calendars may use the same UID;
--    UIDs compare byte for byte, as RFC 5545 means them), and keep the feed's CATEGORIES.
-- Statements are single statements: the migration runner splits files at ';'.

ALTER TABLE calendar_sources ADD COLUMN name VARCHAR(200) NULL AFTER id;
ALTER TABLE calendar_sources ADD COLUMN tzid VARCHAR(64) NULL COMMENT 'zone of times without one; NULL: the owning city''s, else UTC';
ALTER TABLE calendar_sources ADD COLUMN feed_refresh_minutes INT UNSIGNED NULL COMMENT 'REFRESH-INTERVAL or X-PUBLISHED-TTL of the last fetch';
ALTER TABLE calendar_sources ADD COLUMN retry_after DATETIME(6) NULL COMMENT 'not before this time: a server''s Retry-After';
ALTER TABLE calendar_sources ADD COLUMN uids_unstable TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1: UIDs change on every fetch; events matched by content';
ALTER TABLE calendar_sources ADD COLUMN failures INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'failed runs in a row';
CREATE INDEX calendar_sources_due ON calendar_sources (enabled, next_fetch_at);

ALTER TABLE import_runs ADD COLUMN status ENUM('running','ok','unchanged','failed') NOT NULL DEFAULT 'running' AFTER finished_at;
ALTER TABLE import_runs ADD COLUMN host VARCHAR(255) NULL;
ALTER TABLE import_runs ADD COLUMN events_in_feed INT UNSIGNED NULL COMMENT 'events (instances) the feed held';
ALTER TABLE import_runs ADD COLUMN skipped INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'events left out, see warnings';
ALTER TABLE import_runs ADD COLUMN warnings TEXT NULL;

ALTER TABLE events ADD COLUMN categories VARCHAR(1000) NULL COMMENT 'CATEGORIES of an imported event, comma-separated';
ALTER TABLE events MODIFY uid VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE events ADD COLUMN source_key INT UNSIGNED AS (COALESCE(source_id, 0)) PERSISTENT;
ALTER TABLE events DROP INDEX events_uid, ADD UNIQUE KEY events_source_uid (source_key, uid, recurrence_id);

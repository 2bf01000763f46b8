-- 002_publishing.sql: what incremental sync and the feeds need.
--  * updated_at kept by the database itself on every update (touch triggers), so that no
--    writer can forget it and updated_since= sees every change;
--  * data_version bumped by every write to a table the pages show (version triggers), so
--    ETags and cached pages follow the data whoever writes it (c2c, c2cctl, an admin);
--  * feed_log: an append-only journal of what the Atom feeds publish, one row per new or
--    changed partnership, agreement or event, written by triggers; each row keeps the
--    entry as first rendered (entry_xml), so archived feed pages never change;
--  * recurrence rules of events, kept for the iCalendar export.
-- Triggers are single statements: the migration runner splits files at ';'.

ALTER TABLE kpis ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6);
ALTER TABLE kpis ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE events ADD COLUMN rrule VARCHAR(500) NULL COMMENT 'RRULE value, for recurring masters';
ALTER TABLE events ADD COLUMN rdates TEXT NULL COMMENT 'comma-separated UTC YYYYMMDDTHHMMSSZ';
ALTER TABLE events ADD COLUMN exdates TEXT NULL COMMENT 'comma-separated UTC YYYYMMDDTHHMMSSZ';
ALTER TABLE data_version ADD COLUMN changed_by VARCHAR(64) NULL;

-- Sync and feed queries walk these in (updated_at, id) order.
CREATE INDEX cities_updated ON cities (updated_at, id);
CREATE INDEX partnerships_updated ON partnerships (updated_at, id);
CREATE INDEX agreements_updated ON agreements (updated_at, id);
CREATE INDEX activities_updated ON activities (updated_at, id);
CREATE INDEX events_updated ON events (updated_at, id);
CREATE INDEX kpis_updated ON kpis (updated_at, id);
CREATE INDEX kpi_values_entered ON kpi_values (entered_at, id);

CREATE TABLE feed_log (
  seq        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feed       ENUM('partnerships','events') NOT NULL,
  item_kind  ENUM('partnership','agreement','event') NOT NULL,
  item_id    BIGINT UNSIGNED NOT NULL,
  at         DATETIME(6) NOT NULL COMMENT 'the item''s updated_at: the entry''s atom:updated',
  deleted    TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1: published as a tombstone',
  entry_xml  MEDIUMTEXT NULL COMMENT 'the entry as first rendered; never changed after',
  KEY feed_log_feed (feed, seq),
  KEY feed_log_item (item_kind, item_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Touch: updated_at is the time of the last update, set by the database.
CREATE TRIGGER cities_touch BEFORE UPDATE ON cities FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER partnerships_touch BEFORE UPDATE ON partnerships FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER agreements_touch BEFORE UPDATE ON agreements FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER activities_touch BEFORE UPDATE ON activities FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER kpis_touch BEFORE UPDATE ON kpis FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER calendar_sources_touch BEFORE UPDATE ON calendar_sources FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

-- Version: every write to a table the pages show makes a new data version.
CREATE TRIGGER countries_v_ins AFTER INSERT ON countries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER countries_v_upd AFTER UPDATE ON countries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER countries_v_del AFTER DELETE ON countries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER cities_v_ins AFTER INSERT ON cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER cities_v_upd AFTER UPDATE ON cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER cities_v_del AFTER DELETE ON cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_ties_v_ins AFTER INSERT ON city_ties FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_ties_v_upd AFTER UPDATE ON city_ties FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_ties_v_del AFTER DELETE ON city_ties FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER areas_v_ins AFTER INSERT ON areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER areas_v_upd AFTER UPDATE ON areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER areas_v_del AFTER DELETE ON areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_areas_v_ins AFTER INSERT ON city_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_areas_v_upd AFTER UPDATE ON city_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_areas_v_del AFTER DELETE ON city_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisations_v_ins AFTER INSERT ON organisations FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisations_v_upd AFTER UPDATE ON organisations FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisations_v_del AFTER DELETE ON organisations FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisation_links_v_ins AFTER INSERT ON organisation_links FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisation_links_v_upd AFTER UPDATE ON organisation_links FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER organisation_links_v_del AFTER DELETE ON organisation_links FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_steps_v_ins AFTER INSERT ON narrative_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_steps_v_upd AFTER UPDATE ON narrative_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_steps_v_del AFTER DELETE ON narrative_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_examples_v_ins AFTER INSERT ON narrative_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_examples_v_upd AFTER UPDATE ON narrative_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER narrative_examples_v_del AFTER DELETE ON narrative_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loops_v_ins AFTER INSERT ON loops FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loops_v_upd AFTER UPDATE ON loops FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loops_v_del AFTER DELETE ON loops FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_steps_v_ins AFTER INSERT ON loop_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_steps_v_upd AFTER UPDATE ON loop_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_steps_v_del AFTER DELETE ON loop_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_examples_v_ins AFTER INSERT ON loop_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_examples_v_upd AFTER UPDATE ON loop_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER loop_examples_v_del AFTER DELETE ON loop_examples FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER criteria_v_ins AFTER INSERT ON criteria FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER criteria_v_upd AFTER UPDATE ON criteria FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER criteria_v_del AFTER DELETE ON criteria FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnerships_v_ins AFTER INSERT ON partnerships FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnerships_v_upd AFTER UPDATE ON partnerships FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnerships_v_del AFTER DELETE ON partnerships FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_members_v_ins AFTER INSERT ON partnership_members FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_members_v_upd AFTER UPDATE ON partnership_members FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_members_v_del AFTER DELETE ON partnership_members FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_areas_v_ins AFTER INSERT ON partnership_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_areas_v_upd AFTER UPDATE ON partnership_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER partnership_areas_v_del AFTER DELETE ON partnership_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER agreements_v_ins AFTER INSERT ON agreements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER agreements_v_upd AFTER UPDATE ON agreements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER agreements_v_del AFTER DELETE ON agreements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER activities_v_ins AFTER INSERT ON activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER activities_v_upd AFTER UPDATE ON activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER activities_v_del AFTER DELETE ON activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpis_v_ins AFTER INSERT ON kpis FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpis_v_upd AFTER UPDATE ON kpis FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpis_v_del AFTER DELETE ON kpis FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_targets_v_ins AFTER INSERT ON kpi_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_targets_v_upd AFTER UPDATE ON kpi_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_targets_v_del AFTER DELETE ON kpi_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_values_v_ins AFTER INSERT ON kpi_values FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_values_v_upd AFTER UPDATE ON kpi_values FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER kpi_values_v_del AFTER DELETE ON kpi_values FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_sources_v_ins AFTER INSERT ON calendar_sources FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_sources_v_upd AFTER UPDATE ON calendar_sources FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_sources_v_del AFTER DELETE ON calendar_sources FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_source_areas_v_ins AFTER INSERT ON calendar_source_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_source_areas_v_upd AFTER UPDATE ON calendar_source_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER calendar_source_areas_v_del AFTER DELETE ON calendar_source_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER events_v_ins AFTER INSERT ON events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER events_v_upd AFTER UPDATE ON events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER events_v_del AFTER DELETE ON events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER event_areas_v_ins AFTER INSERT ON event_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER event_areas_v_upd AFTER UPDATE ON event_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER event_areas_v_del AFTER DELETE ON event_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

-- Feed journal: new and changed items; a soft delete becomes a tombstone.
CREATE TRIGGER partnerships_feed_ins AFTER INSERT ON partnerships FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('partnerships', 'partnership', NEW.id, COALESCE(NEW.deleted_at, NEW.updated_at), NEW.deleted_at IS NOT NULL);
CREATE TRIGGER partnerships_feed_upd AFTER UPDATE ON partnerships FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('partnerships', 'partnership', NEW.id, COALESCE(NEW.deleted_at, NEW.updated_at), NEW.deleted_at IS NOT NULL);
CREATE TRIGGER agreements_feed_ins AFTER INSERT ON agreements FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('partnerships', 'agreement', NEW.id, COALESCE(NEW.deleted_at, NEW.updated_at), NEW.deleted_at IS NOT NULL);
CREATE TRIGGER agreements_feed_upd AFTER UPDATE ON agreements FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('partnerships', 'agreement', NEW.id, COALESCE(NEW.deleted_at, NEW.updated_at), NEW.deleted_at IS NOT NULL);
CREATE TRIGGER events_feed_ins AFTER INSERT ON events FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('events', 'event', NEW.id, COALESCE(NEW.removed_at, NEW.updated_at), NEW.removed_at IS NOT NULL);
CREATE TRIGGER events_feed_upd AFTER UPDATE ON events FOR EACH ROW INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) VALUES ('events', 'event', NEW.id, COALESCE(NEW.removed_at, NEW.updated_at), NEW.removed_at IS NOT NULL);

-- The report's partnerships and events, already seeded, enter the journal in id order.
INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) SELECT 'partnerships', 'partnership', id, updated_at, deleted_at IS NOT NULL FROM partnerships ORDER BY id;
INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) SELECT 'partnerships', 'agreement', id, updated_at, deleted_at IS NOT NULL FROM agreements ORDER BY id;
INSERT INTO feed_log (feed, item_kind, item_id, at, deleted) SELECT 'events', 'event', id, updated_at, removed_at IS NOT NULL FROM events ORDER BY id;

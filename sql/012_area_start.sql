-- 012_area_start.sql: an area's events in start order without reading every event of the
-- area (issue 15: /events.xml?area= read all of the area's events, a twelfth of 2 million,
-- and sorted them; tests/bench/large.sh measures it).
--  * event_areas.starts_at: the event's start, copied from events and kept by triggers
--    (set at insert; an update of the event's start updates its area rows; nothing
--    changes an area row's event_id).
--  * event_areas_start (area_id, starts_at, event_id): the area's events in the events
--    list's order (start, id), from the list's floor; lib/model_event.c starts an area
--    page from it and stops after the page.
-- The backfill runs without the version trigger of event_areas (one data_version update
-- per row would be millions of writes to one row); one update of data_version follows.
-- Statements are single statements: the migration runner splits files at ';'.

ALTER TABLE event_areas ADD COLUMN IF NOT EXISTS starts_at DATETIME NULL COMMENT 'events.starts_at of the event (triggers); the area''s events in start order';

CREATE TRIGGER IF NOT EXISTS event_areas_start_ins BEFORE INSERT ON event_areas FOR EACH ROW SET NEW.starts_at = (SELECT e.starts_at FROM events e WHERE e.id = NEW.event_id);
CREATE TRIGGER IF NOT EXISTS events_area_start AFTER UPDATE ON events FOR EACH ROW UPDATE event_areas SET starts_at = NEW.starts_at WHERE event_id = NEW.id AND NEW.starts_at <> OLD.starts_at;

DROP TRIGGER IF EXISTS event_areas_v_upd;
UPDATE event_areas ea JOIN events e ON e.id = ea.event_id SET ea.starts_at = e.starts_at WHERE ea.starts_at IS NULL OR ea.starts_at <> e.starts_at;
CREATE TRIGGER IF NOT EXISTS event_areas_v_upd AFTER UPDATE ON event_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

CREATE INDEX IF NOT EXISTS event_areas_start ON event_areas (area_id, starts_at, event_id);

-- 010_large_data.sql: what keeps the public pages' cost independent of the number of
-- events (issue 15: after a flood of 2 million events, pages took 5-28 s; tests/bench/
-- large.sh measures them).  Numbered 010, not 009, because another branch adds a 009.
--  * event_day_counts: the number of current (not removed) events per day on which each
--    ends (its start when it has no end), kept by triggers; the overview's "events" and
--    "upcoming events" are sums over at most a row per calendar day instead of counts
--    over every event.  A day whose count falls to 0 keeps its row (harmless).
--  * events.span_seconds (virtual) and its index: the longest event is then one index
--    look-up, and "ends on or after `from`" becomes "starts on or after `from` minus the
--    longest span" as well, a range of the start index (lib/model_event.c, event_floor).
--  * events_country_start: the events of a country in start order (country filter).
--  * events_source_current: a source's current events counted in the index alone (the
--    sources pages count them per source), without reading each event's row.
-- Statements are single statements: the migration runner splits files at ';'.

CREATE TABLE event_day_counts (
  day    DATE NOT NULL PRIMARY KEY COMMENT 'DATE(COALESCE(ends_at, starts_at))',
  events INT NOT NULL COMMENT 'events with removed_at NULL that end on this day'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO event_day_counts (day, events)
  SELECT DATE(COALESCE(ends_at, starts_at)), COUNT(*) FROM events WHERE removed_at IS NULL
  GROUP BY DATE(COALESCE(ends_at, starts_at));

-- An update moves the event from its old day to its new one, or in or out of the count
-- (removed_at); one trigger takes it out, the next puts it back, and neither runs when the
-- day and the removal stay the same (an import's ordinary update).
CREATE TRIGGER events_days_ins AFTER INSERT ON events FOR EACH ROW INSERT INTO event_day_counts (day, events) SELECT DATE(COALESCE(NEW.ends_at, NEW.starts_at)), 1 FROM DUAL WHERE NEW.removed_at IS NULL ON DUPLICATE KEY UPDATE events = events + 1;
CREATE TRIGGER events_days_upd_out AFTER UPDATE ON events FOR EACH ROW INSERT INTO event_day_counts (day, events) SELECT DATE(COALESCE(OLD.ends_at, OLD.starts_at)), -1 FROM DUAL WHERE OLD.removed_at IS NULL AND NOT (NEW.removed_at IS NULL AND DATE(COALESCE(NEW.ends_at, NEW.starts_at)) = DATE(COALESCE(OLD.ends_at, OLD.starts_at))) ON DUPLICATE KEY UPDATE events = events - 1;
CREATE TRIGGER events_days_upd_in AFTER UPDATE ON events FOR EACH ROW FOLLOWS events_days_upd_out INSERT INTO event_day_counts (day, events) SELECT DATE(COALESCE(NEW.ends_at, NEW.starts_at)), 1 FROM DUAL WHERE NEW.removed_at IS NULL AND NOT (OLD.removed_at IS NULL AND DATE(COALESCE(NEW.ends_at, NEW.starts_at)) = DATE(COALESCE(OLD.ends_at, OLD.starts_at))) ON DUPLICATE KEY UPDATE events = events + 1;
CREATE TRIGGER events_days_del AFTER DELETE ON events FOR EACH ROW INSERT INTO event_day_counts (day, events) SELECT DATE(COALESCE(OLD.ends_at, OLD.starts_at)), -1 FROM DUAL WHERE OLD.removed_at IS NULL ON DUPLICATE KEY UPDATE events = events - 1;

ALTER TABLE events ADD COLUMN span_seconds BIGINT AS (TIMESTAMPDIFF(SECOND, starts_at, COALESCE(ends_at, starts_at))) VIRTUAL COMMENT 'how long the event lasts';
CREATE INDEX events_span ON events (span_seconds);
CREATE INDEX events_country_start ON events (country_code, starts_at);
CREATE INDEX events_source_current ON events (source_id, removed_at);

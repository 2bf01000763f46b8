-- 021_city_events_status.sql: the city and partnership dashboards' event counts read in an
-- index alone (issue 15).  Their "not cancelled" test read each event's row for its
-- status: at 2 million events, 3,500 random page reads (1.4 s) for the first dashboard of
-- a city whose events were not in memory; with status in events_city_cover, 14 (40 ms).
--  * events_city_cover (city_id, removed_at, starts_at, ends_at, status): 013's index with
--    status at its end, replaced in one statement.
-- Statements are single statements: the migration runner splits files at ';'.

ALTER TABLE events DROP INDEX IF EXISTS events_city_cover, ADD INDEX events_city_cover (city_id, removed_at, starts_at, ends_at, status);

-- 013_city_events_cover.sql: a city's current events counted in an index alone (issue 15:
-- the city dashboard counts each partnership's events per side, and every counted event
-- was a look-up of its row for removed_at and ends_at: a thousand random reads per city
-- at 2 million events, 200-300 ms when they were not in memory).
--  * events_city_cover (city_id, removed_at, starts_at, ends_at): the count's every column,
--    the current events of a city (removed_at IS NULL) in start order.
-- Statements are single statements: the migration runner splits files at ';'.

CREATE INDEX IF NOT EXISTS events_city_cover ON events (city_id, removed_at, starts_at, ends_at);

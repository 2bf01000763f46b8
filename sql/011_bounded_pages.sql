-- 011_bounded_pages.sql: the Atom feeds without a scan of their whole journal (issue 15;
-- tests/bench/large.sh measures them; 010 did the same for the other pages).
--  * feed_log.feed_rank: the row's place in its feed's journal, 1, 2, 3, ... without gaps,
--    given at insert.  An unfiltered feed's archive page k is then a range of the
--    feed_log_rank index ((k-1)n+1 .. kn), its length and newest row one look-up each;
--    OFFSET over the journal and COUNT/SUM of every row cost the journal's length.  A
--    filtered feed pages by rank too (lib/feed.c).
--  * feed_counters: each feed's last rank.  feed_log's BEFORE INSERT triggers add 1 and
--    take the result; the counter row stays locked until the writer commits, so ranks
--    are given in commit order and never twice.  Writers already wait for each other on
--    data_version's row (its triggers), so this adds no new waiting.  Only the triggers
--    read it; no page does (t21_data_version.sh lists it among the private tables).
--  * feed_log_at: a feed's newest time (Last-Modified) in one look-up.
-- Statements are single statements: the migration runner splits files at ';'.

CREATE TABLE IF NOT EXISTS feed_counters (
  feed      ENUM('partnerships','events') NOT NULL PRIMARY KEY,
  last_rank BIGINT UNSIGNED NOT NULL COMMENT 'feed_rank of the feed''s newest journal row'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE feed_log ADD COLUMN IF NOT EXISTS feed_rank BIGINT UNSIGNED NULL COMMENT 'place in its feed''s journal: 1, 2, ... (feed_counters)';

-- The counters and triggers first, so that rows written while the rows already there
-- get their ranks follow them; then those rows, in journal (seq) order per feed.
INSERT INTO feed_counters (feed, last_rank) SELECT 'partnerships', COUNT(*) FROM feed_log WHERE feed = 'partnerships' ON DUPLICATE KEY UPDATE last_rank = VALUES(last_rank);
INSERT INTO feed_counters (feed, last_rank) SELECT 'events', COUNT(*) FROM feed_log WHERE feed = 'events' ON DUPLICATE KEY UPDATE last_rank = VALUES(last_rank);

CREATE TRIGGER IF NOT EXISTS feed_log_rank_next BEFORE INSERT ON feed_log FOR EACH ROW UPDATE feed_counters SET last_rank = last_rank + 1 WHERE feed = NEW.feed;
CREATE TRIGGER IF NOT EXISTS feed_log_rank_set BEFORE INSERT ON feed_log FOR EACH ROW FOLLOWS feed_log_rank_next SET NEW.feed_rank = (SELECT last_rank FROM feed_counters WHERE feed = NEW.feed);

-- One pass per feed in the (feed, seq) index, no sort and no join: 25 s for 2 million
-- rows on a loaded two-core machine, close to c2cctl's default db_read_timeout (30 s);
-- a journal of millions of rows wants a higher db_read_timeout for `c2cctl migrate`.
-- Interrupted, the migration can run again: every step is idempotent.
SET @feed_rank := 0;
UPDATE feed_log SET feed_rank = (@feed_rank := @feed_rank + 1) WHERE feed = 'partnerships' AND feed_rank IS NULL ORDER BY seq;
SET @feed_rank := 0;
UPDATE feed_log SET feed_rank = (@feed_rank := @feed_rank + 1) WHERE feed = 'events' AND feed_rank IS NULL ORDER BY seq;

CREATE UNIQUE INDEX IF NOT EXISTS feed_log_rank ON feed_log (feed, feed_rank);
CREATE INDEX IF NOT EXISTS feed_log_at ON feed_log (feed, at);

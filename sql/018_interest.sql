-- 018_interest.sql: expressions of interest between cities, their focal points, and the
-- e-mail notifications they cause (issue 19).
--  * interests: one city's editor proposes areas and a message to a city of the other
--    side; the match's score and reasons at that moment are kept (the decision record of
--    why this partner was considered).  pending -> accepted | declined | expired.
--    pending_pair lets at most one pending expression per ordered pair exist, so a
--    replayed form cannot send the same expression twice.
--  * interest_areas: the areas proposed.
--  * partnerships.interest_id: the expression whose acceptance created the partnership.
--  * focal_points: a city's private contact (name, role, e-mail, phone), shown to the
--    other side of an accepted expression only.
--  * users: an e-mail address, a language and how notifications come (at once, a daily
--    digest, or not at all).
--  * notify_outbox: an e-mail to send, queued in the transaction of the write that causes
--    it; c2cctl notify sends what is due, retries with back-off, keeps every row.
-- None of these is on a cached page but interests changes partnerships' pages; all get
-- the data-version triggers anyway (t21), which costs a version bump per write.
ALTER TABLE users ADD COLUMN email VARCHAR(254) NULL COMMENT 'where notifications go';
ALTER TABLE users ADD COLUMN lang ENUM('en','zh') NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN notify ENUM('now','daily','off') NOT NULL DEFAULT 'now';

CREATE TABLE interests (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  from_city_id  INT UNSIGNED NOT NULL,
  to_city_id    INT UNSIGNED NOT NULL,
  message       TEXT NOT NULL,
  score         DECIMAL(9,4) NULL COMMENT 'the match score when it was sent',
  reasons_en    TEXT NULL COMMENT 'the match reasons when it was sent, one a line',
  reasons_zh    TEXT NULL,
  status        ENUM('pending','accepted','declined','expired') NOT NULL DEFAULT 'pending',
  answer        TEXT NULL COMMENT 'why it was declined (or a word with the acceptance)',
  sent_by       VARCHAR(190) NOT NULL,
  answered_by   VARCHAR(190) NULL,
  created_at    DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at    DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  expires_at    DATETIME(6) NOT NULL,
  reminded_at   DATETIME(6) NULL,
  answered_at   DATETIME(6) NULL,
  partnership_id INT UNSIGNED NULL,
  pending_pair  VARCHAR(24) AS (IF(status = 'pending', CONCAT(from_city_id, '-', to_city_id), NULL)) PERSISTENT,
  UNIQUE KEY interests_pending_pair (pending_pair),
  KEY interests_from (from_city_id, created_at),
  KEY interests_to (to_city_id, created_at),
  KEY interests_due (status, expires_at),
  CONSTRAINT interests_from FOREIGN KEY (from_city_id) REFERENCES cities (id),
  CONSTRAINT interests_to FOREIGN KEY (to_city_id) REFERENCES cities (id),
  CONSTRAINT interests_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT interests_not_self CHECK (from_city_id <> to_city_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TRIGGER interests_touch BEFORE UPDATE ON interests FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

CREATE TABLE interest_areas (
  interest_id INT UNSIGNED NOT NULL,
  area_id     SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (interest_id, area_id),
  CONSTRAINT interest_areas_i FOREIGN KEY (interest_id) REFERENCES interests (id),
  CONSTRAINT interest_areas_a FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE partnerships ADD COLUMN interest_id INT UNSIGNED NULL COMMENT 'the expression of interest it came from';
ALTER TABLE partnerships ADD CONSTRAINT partnerships_interest FOREIGN KEY (interest_id) REFERENCES interests (id);

CREATE TABLE focal_points (
  city_id    INT UNSIGNED NOT NULL PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  role       VARCHAR(200) NULL,
  email      VARCHAR(254) NULL,
  phone      VARCHAR(40) NULL,
  updated_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  CONSTRAINT focal_points_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TRIGGER focal_points_touch BEFORE UPDATE ON focal_points FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

CREATE TABLE notify_outbox (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id      INT UNSIGNED NOT NULL,
  kind         ENUM('sent','accepted','declined','reminder','expired') NOT NULL,
  interest_id  INT UNSIGNED NOT NULL,
  created_at   DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  due_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6) COMMENT 'next attempt; a digest: the next day',
  attempts     INT UNSIGNED NOT NULL DEFAULT 0,
  last_error   VARCHAR(500) NULL,
  sent_at      DATETIME(6) NULL,
  KEY notify_outbox_due (sent_at, due_at),
  KEY notify_outbox_user (user_id, sent_at),
  CONSTRAINT notify_outbox_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT notify_outbox_interest FOREIGN KEY (interest_id) REFERENCES interests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TRIGGER interests_v_ins AFTER INSERT ON interests FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER interests_v_upd AFTER UPDATE ON interests FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER interests_v_del AFTER DELETE ON interests FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER interest_areas_v_ins AFTER INSERT ON interest_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER interest_areas_v_upd AFTER UPDATE ON interest_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER interest_areas_v_del AFTER DELETE ON interest_areas FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER focal_points_v_ins AFTER INSERT ON focal_points FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER focal_points_v_upd AFTER UPDATE ON focal_points FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER focal_points_v_del AFTER DELETE ON focal_points FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER notify_outbox_v_ins AFTER INSERT ON notify_outbox FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER notify_outbox_v_upd AFTER UPDATE ON notify_outbox FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER notify_outbox_v_del AFTER DELETE ON notify_outbox FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

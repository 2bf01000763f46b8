-- 016_reviews_practices.sql: the annual review of a partnership and the practices library
-- (issue 18: the report's steps Measure, Act and Replicate).
--  * reviews: once a year per partnership (or on demand) the partners look back over a
--    period, with the dashboard of that period before them (lib/dashboard.c), and record
--    their findings; review_decisions says per activity whether it continues, is adjusted
--    or stops; review_targets holds the new targets the review sets.  The next Cooperation
--    Plan version takes them from here (a plan reference comes with the plans tables).
--    Every row carries its partnership (partnership_id): the editors' scope, and the
--    check that a decision's activity and review are of that same partnership
--    (lib/edit_store.c, EDIT_SAME_SCOPE).
--  * practices: what worked, where, at which step and in which area, with the report's
--    success factors it shows (criteria) and links to its partnership, review and events;
--    the real ones come from the report (sql/seed/040_practices.sql, with page and line).
--  * updated_at kept by touch triggers (the rows' own tags for If-Match), deleted_at for
--    soft deletes (tombstones), and the data-version triggers of every table (t21).
-- Statements are single statements: the migration runner splits files at ';'.

CREATE TABLE reviews (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL,
  kind           ENUM('annual','on_demand') NOT NULL DEFAULT 'annual',
  held_on        DATE NOT NULL COMMENT 'when the partners met (or signed off the review)',
  period_start   DATE NOT NULL COMMENT 'the period the review looks back over',
  period_end     DATE NOT NULL,
  findings       TEXT NULL COMMENT 'what the partners found (English)',
  findings_zh    TEXT NULL COMMENT 'the same in Chinese',
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at     DATETIME(6) NULL,
  KEY reviews_partnership (partnership_id, held_on),
  KEY reviews_held (held_on),
  CONSTRAINT reviews_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT reviews_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_decisions (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL COMMENT 'the review''s and the activity''s partnership',
  review_id      INT UNSIGNED NOT NULL,
  activity_id    INT UNSIGNED NOT NULL,
  decision       ENUM('continue','adjust','stop') NOT NULL,
  note           TEXT NULL,
  note_zh        TEXT NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at     DATETIME(6) NULL,
  -- One live decision per activity and review: 1 while not deleted, NULL after (NULLs
  -- never collide in a unique key), so a deleted decision can be made again.
  live           TINYINT AS (IF(deleted_at IS NULL, 1, NULL)) VIRTUAL,
  UNIQUE KEY review_decisions_once (review_id, activity_id, live),
  KEY review_decisions_partnership (partnership_id),
  CONSTRAINT review_decisions_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT review_decisions_review FOREIGN KEY (review_id) REFERENCES reviews (id),
  CONSTRAINT review_decisions_activity FOREIGN KEY (activity_id) REFERENCES activities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_targets (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL,
  review_id      INT UNSIGNED NOT NULL,
  kpi_id         SMALLINT UNSIGNED NOT NULL,
  period_start   DATE NOT NULL,
  period_end     DATE NOT NULL,
  target         DECIMAL(18,4) NOT NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at     DATETIME(6) NULL,
  KEY review_targets_review (review_id),
  KEY review_targets_partnership (partnership_id),
  CONSTRAINT review_targets_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT review_targets_review FOREIGN KEY (review_id) REFERENCES reviews (id),
  CONSTRAINT review_targets_kpi FOREIGN KEY (kpi_id) REFERENCES kpis (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practices (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug           VARCHAR(64) CHARACTER SET ascii NOT NULL,
  title_en       VARCHAR(300) NOT NULL,
  title_zh       VARCHAR(300) NULL,
  summary_en     TEXT NOT NULL COMMENT 'what worked',
  summary_zh     TEXT NULL,
  step           TINYINT UNSIGNED NULL COMMENT 'the narrative step it shows',
  area_id        SMALLINT UNSIGNED NULL,
  partnership_id INT UNSIGNED NULL,
  review_id      INT UNSIGNED NULL,
  source_page    SMALLINT UNSIGNED NULL COMMENT 'page of the report, where the text gives it',
  source_line    INT UNSIGNED NULL COMMENT 'line of the report''s text (seed/cooperation-plans-and-guidelines.txt)',
  source         VARCHAR(300) NULL COMMENT 'where it comes from: the report, or a review',
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at     DATETIME(6) NULL,
  UNIQUE KEY practices_slug (slug),
  KEY practices_updated (updated_at, id),
  KEY practices_step (step, id),
  CONSTRAINT practices_step FOREIGN KEY (step) REFERENCES narrative_steps (step),
  CONSTRAINT practices_area FOREIGN KEY (area_id) REFERENCES areas (id),
  CONSTRAINT practices_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT practices_review FOREIGN KEY (review_id) REFERENCES reviews (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_cities (
  practice_id INT UNSIGNED NOT NULL,
  city_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (practice_id, city_id),
  KEY practice_cities_city (city_id, practice_id),
  CONSTRAINT practice_cities_practice FOREIGN KEY (practice_id) REFERENCES practices (id),
  CONSTRAINT practice_cities_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_factors (
  practice_id  INT UNSIGNED NOT NULL,
  criterion_id SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (practice_id, criterion_id),
  KEY practice_factors_criterion (criterion_id, practice_id),
  CONSTRAINT practice_factors_practice FOREIGN KEY (practice_id) REFERENCES practices (id),
  CONSTRAINT practice_factors_criterion FOREIGN KEY (criterion_id) REFERENCES criteria (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_events (
  practice_id INT UNSIGNED NOT NULL,
  event_id    BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (practice_id, event_id),
  CONSTRAINT practice_events_practice FOREIGN KEY (practice_id) REFERENCES practices (id),
  CONSTRAINT practice_events_event FOREIGN KEY (event_id) REFERENCES events (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER reviews_touch BEFORE UPDATE ON reviews FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER review_decisions_touch BEFORE UPDATE ON review_decisions FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER review_targets_touch BEFORE UPDATE ON review_targets FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER practices_touch BEFORE UPDATE ON practices FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

CREATE TRIGGER reviews_v_ins AFTER INSERT ON reviews FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER reviews_v_upd AFTER UPDATE ON reviews FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER reviews_v_del AFTER DELETE ON reviews FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_decisions_v_ins AFTER INSERT ON review_decisions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_decisions_v_upd AFTER UPDATE ON review_decisions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_decisions_v_del AFTER DELETE ON review_decisions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_targets_v_ins AFTER INSERT ON review_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_targets_v_upd AFTER UPDATE ON review_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER review_targets_v_del AFTER DELETE ON review_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practices_v_ins AFTER INSERT ON practices FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practices_v_upd AFTER UPDATE ON practices FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practices_v_del AFTER DELETE ON practices FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_cities_v_ins AFTER INSERT ON practice_cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_cities_v_upd AFTER UPDATE ON practice_cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_cities_v_del AFTER DELETE ON practice_cities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_factors_v_ins AFTER INSERT ON practice_factors FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_factors_v_upd AFTER UPDATE ON practice_factors FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_factors_v_del AFTER DELETE ON practice_factors FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_events_v_ins AFTER INSERT ON practice_events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_events_v_upd AFTER UPDATE ON practice_events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER practice_events_v_del AFTER DELETE ON practice_events FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

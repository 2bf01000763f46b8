-- 014_guidelines.sql: the report's guidelines as data, and the step tracker (issue 18).
--  * guide_steps: per narrative step (001's narrative_steps, which keeps the names and the
--    short summaries), the report's "CONTEXT", "WHAT IT IS" and "WHAT TO EXPECT" in a
--    sentence each, English and Chinese, with the line of the report's text each comes
--    from (sql/seed/030_guidelines.sql);
--  * guide_elements: the numbered elements "that are important to address at this step"
--    (3 or 4 a step); guide_outcomes: the bullets of "WHAT TO EXPECT";
--  * tracker_entries: one row per element per owner, the owner a partnership or, for the
--    steps that precede any partner (Aim, Commit), a city alone: its state, a short note
--    and its evidence (a link, a date, or an agreement or activity of that partnership),
--    who set it and when;
--  * step_history: every move of a partnership's current step (partnerships.narrative_step
--    and loop_id, 001), who moved it, when and why.
-- Every table bumps the data version (t21); the tracker's rows also have updated_at for
-- their own bookkeeping.  Statements are single statements: the runner splits at ';'.

CREATE TABLE guide_steps (
  step          TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  context_en    TEXT NOT NULL,
  context_zh    TEXT NOT NULL,
  context_line  INT UNSIGNED NOT NULL,
  what_en       TEXT NOT NULL,
  what_zh       TEXT NOT NULL,
  what_line     INT UNSIGNED NOT NULL,
  expect_en     TEXT NOT NULL,
  expect_zh     TEXT NOT NULL,
  expect_line   INT UNSIGNED NOT NULL,
  CONSTRAINT guide_steps_step FOREIGN KEY (step) REFERENCES narrative_steps (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guide_elements (
  id          SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  step        TINYINT UNSIGNED NOT NULL,
  ord         TINYINT UNSIGNED NOT NULL,
  slug        VARCHAR(64) CHARACTER SET ascii NOT NULL,
  text_en     VARCHAR(300) NOT NULL,
  text_zh     VARCHAR(300) NOT NULL,
  source_line INT UNSIGNED NOT NULL,
  UNIQUE KEY guide_elements_slug (slug),
  UNIQUE KEY guide_elements_step (step, ord),
  CONSTRAINT guide_elements_step FOREIGN KEY (step) REFERENCES narrative_steps (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guide_outcomes (
  step        TINYINT UNSIGNED NOT NULL,
  ord         TINYINT UNSIGNED NOT NULL,
  text_en     VARCHAR(400) NOT NULL,
  text_zh     VARCHAR(400) NOT NULL,
  source_line INT UNSIGNED NOT NULL,
  PRIMARY KEY (step, ord),
  CONSTRAINT guide_outcomes_step FOREIGN KEY (step) REFERENCES narrative_steps (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Exactly one owner: a partnership, or a city (Aim and Commit only; lib/tracker.c).  The
-- unique keys allow one row per element and owner (NULLs do not collide).
CREATE TABLE tracker_entries (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NULL,
  city_id        INT UNSIGNED NULL,
  element_id     SMALLINT UNSIGNED NOT NULL,
  state          ENUM('not_started','in_progress','done','not_applicable') NOT NULL,
  note           VARCHAR(500) NULL,
  evidence_url   VARCHAR(2000) NULL,
  evidence_date  DATE NULL,
  agreement_id   INT UNSIGNED NULL,
  activity_id    INT UNSIGNED NULL,
  set_by         VARCHAR(190) NOT NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  UNIQUE KEY tracker_entries_partnership (partnership_id, element_id),
  UNIQUE KEY tracker_entries_city (city_id, element_id),
  CONSTRAINT tracker_entries_owner CHECK ((partnership_id IS NULL) <> (city_id IS NULL)),
  CONSTRAINT tracker_entries_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT tracker_entries_c FOREIGN KEY (city_id) REFERENCES cities (id),
  CONSTRAINT tracker_entries_e FOREIGN KEY (element_id) REFERENCES guide_elements (id),
  CONSTRAINT tracker_entries_g FOREIGN KEY (agreement_id) REFERENCES agreements (id),
  CONSTRAINT tracker_entries_a FOREIGN KEY (activity_id) REFERENCES activities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TRIGGER tracker_entries_touch BEFORE UPDATE ON tracker_entries FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);

CREATE TABLE step_history (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL,
  from_step      TINYINT UNSIGNED NULL,
  to_step        TINYINT UNSIGNED NOT NULL,
  from_loop      TINYINT UNSIGNED NULL,
  to_loop        TINYINT UNSIGNED NULL,
  actor          VARCHAR(190) NOT NULL,
  at             DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  note           VARCHAR(500) NULL,
  KEY step_history_partnership (partnership_id, id),
  CONSTRAINT step_history_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT step_history_to FOREIGN KEY (to_step) REFERENCES narrative_steps (step),
  CONSTRAINT step_history_from FOREIGN KEY (from_step) REFERENCES narrative_steps (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER guide_steps_v_ins AFTER INSERT ON guide_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_steps_v_upd AFTER UPDATE ON guide_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_steps_v_del AFTER DELETE ON guide_steps FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_elements_v_ins AFTER INSERT ON guide_elements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_elements_v_upd AFTER UPDATE ON guide_elements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_elements_v_del AFTER DELETE ON guide_elements FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_outcomes_v_ins AFTER INSERT ON guide_outcomes FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_outcomes_v_upd AFTER UPDATE ON guide_outcomes FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER guide_outcomes_v_del AFTER DELETE ON guide_outcomes FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER tracker_entries_v_ins AFTER INSERT ON tracker_entries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER tracker_entries_v_upd AFTER UPDATE ON tracker_entries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER tracker_entries_v_del AFTER DELETE ON tracker_entries FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER step_history_v_ins AFTER INSERT ON step_history FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER step_history_v_upd AFTER UPDATE ON step_history FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER step_history_v_del AFTER DELETE ON step_history FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

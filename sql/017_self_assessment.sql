-- 017_self_assessment.sql: the self-assessment of a city (issue 19).
--  * sa_questions: the questionnaire, from the report (sql/seed/050_questionnaire.sql):
--    each question tied to the criterion it comes from (criteria), to a narrative step
--    (aim, commit, partner, plan), with its answer kind and bounds, the profile column it
--    writes (profile: documentation; lib/selfassess_store.c knows the mapping) and the
--    report's advice for a city that does not meet it.  report_line / advice_line: the
--    line of the report's text (the text has no page breaks) where report_quote and the
--    advice's first words stand; tests/integration/t64 checks them against the report.
--  * self_assessments: one row per submission, numbered per city (version 1, 2, ...);
--    never updated nor deleted (the history is kept).  self_assessment_answers: its
--    answers, one row per answered question, the value as normalised text.
-- Every table has its version triggers: the pages /cities/{slug}/self-assessment show them.
-- Statements are single statements: the migration runner splits files at ';'.

-- The criteria in Chinese too (filled by the seed), for the questions that cite them.
ALTER TABLE criteria ADD COLUMN IF NOT EXISTS group_zh VARCHAR(64) NULL, ADD COLUMN IF NOT EXISTS text_zh TEXT NULL;

CREATE TABLE sa_questions (
  id            SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(64) CHARACTER SET ascii NOT NULL,
  position      SMALLINT UNSIGNED NOT NULL,
  step          ENUM('aim','commit','partner','plan') NOT NULL,
  criterion_id  SMALLINT UNSIGNED NOT NULL,
  kind          ENUM('yesno','scale','choice','multi','year','offers','seeks','text') NOT NULL,
  min_value     INT NULL COMMENT 'scale, year: the lowest value',
  max_value     INT NULL COMMENT 'scale, year: the highest; text: bytes; offers, seeks, multi: picks',
  choices       VARCHAR(500) CHARACTER SET ascii NULL COMMENT 'choice, multi: the words, space-separated',
  ready_at      INT NULL COMMENT 'met when the answer reaches this (yes = 1, a score, a count of picks, 1 for any text or choice); NULL: not counted',
  profile       VARCHAR(64) CHARACTER SET ascii NULL COMMENT 'the cities column or city_areas role it writes',
  private       TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1: shown to the city''s editors only',
  text_en       VARCHAR(500) NOT NULL,
  text_zh       VARCHAR(500) NOT NULL,
  report_line   SMALLINT UNSIGNED NOT NULL,
  report_quote  VARCHAR(200) NOT NULL,
  advice_en     VARCHAR(1000) NULL,
  advice_zh     VARCHAR(1000) NULL,
  advice_line   SMALLINT UNSIGNED NULL,
  UNIQUE KEY sa_questions_slug (slug),
  UNIQUE KEY sa_questions_position (position),
  CONSTRAINT sa_questions_criterion FOREIGN KEY (criterion_id) REFERENCES criteria (id),
  CONSTRAINT sa_questions_slug_form CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE self_assessments (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  city_id       INT UNSIGNED NOT NULL,
  version       INT UNSIGNED NOT NULL,
  submitted_by  VARCHAR(190) NOT NULL,
  submitted_at  DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  UNIQUE KEY self_assessments_city_version (city_id, version),
  CONSTRAINT self_assessments_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE self_assessment_answers (
  assessment_id INT UNSIGNED NOT NULL,
  question_id   SMALLINT UNSIGNED NOT NULL,
  value         TEXT NOT NULL,
  PRIMARY KEY (assessment_id, question_id),
  CONSTRAINT sa_answers_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessments (id),
  CONSTRAINT sa_answers_question FOREIGN KEY (question_id) REFERENCES sa_questions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER sa_questions_v_ins AFTER INSERT ON sa_questions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER sa_questions_v_upd AFTER UPDATE ON sa_questions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER sa_questions_v_del AFTER DELETE ON sa_questions FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER self_assessments_v_ins AFTER INSERT ON self_assessments FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER self_assessments_v_upd AFTER UPDATE ON self_assessments FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER self_assessments_v_del AFTER DELETE ON self_assessments FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER sa_answers_v_ins AFTER INSERT ON self_assessment_answers FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER sa_answers_v_upd AFTER UPDATE ON self_assessment_answers FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER sa_answers_v_del AFTER DELETE ON self_assessment_answers FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

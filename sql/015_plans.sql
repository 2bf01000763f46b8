-- 015_plans.sql: the Cooperation Plan of a partnership (issue 18), versioned.
-- The report's Plan step: a plan "stronger than a MoU" that "puts a date next to each of
-- the deliverables", approved by the political leaders of both cities, then evaluated
-- and adjusted in the Continual Improvement loop.
--  * plans: one row per version of a partnership's plan (1, 2, ...), its period,
--    governance (focal points, meeting rhythm) and state: draft -> proposed -> approved.
--    Only a draft is edited (lib/edit_store.c reads `editable` from the lock queries);
--    an approved version is never changed again, the next one starts as its copy.
--  * plan_priorities (a cooperation area with a title), plan_objectives (with expected
--    results), plan_activities (what carries an objective: may name a row of the
--    Project Bank, `activities`, of the same partnership; funding, dates, teams),
--    plan_milestones (dated deliverables of an activity), plan_targets (KPI targets of
--    an objective: a KPI and a value, or a `kpi_targets` row of the same partnership),
--    plan_risks (with mitigation), plan_approvals (one per city of the pair).
--  * activity_id and kpi_target_id have no foreign key: the write checks that they name
--    a row of the plan's own partnership (lib/edit_plans.c) and answers 422 otherwise;
--    a foreign key would turn a wrong number into a database error first.
--  * Every child row carries its plan (set by a trigger from its parent), so a page and
--    a comparison read each kind in one query, and `lineage`: the row it was copied from
--    when a version started from the one before (NULL: itself), so a comparison pairs
--    the same item across versions.
--  * A change of any child moves its plan's updated_at (its tag covers its content),
--    and every table bumps the data version (t21).
-- Texts come in English and Chinese columns; either or both may be given.
CREATE TABLE plans (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL,
  version        SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  state          ENUM('draft','proposed','approved') NOT NULL DEFAULT 'draft',
  based_on       INT UNSIGNED NULL,
  period_start   DATE NULL,
  period_end     DATE NULL,
  title_en       VARCHAR(300) NULL,
  title_zh       VARCHAR(300) NULL,
  focal_europe   VARCHAR(300) NULL,
  focal_china    VARCHAR(300) NULL,
  meetings_en    VARCHAR(300) NULL,
  meetings_zh    VARCHAR(300) NULL,
  governance_en  TEXT NULL,
  governance_zh  TEXT NULL,
  proposed_at    DATETIME(6) NULL,
  approved_at    DATETIME(6) NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  UNIQUE KEY plans_version (partnership_id, version),
  CONSTRAINT plans_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT plans_based_on FOREIGN KEY (based_on) REFERENCES plans (id),
  CONSTRAINT plans_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_priorities (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id     INT UNSIGNED NOT NULL,
  lineage     INT UNSIGNED NULL,
  area_id     SMALLINT UNSIGNED NULL,
  title_en    VARCHAR(300) NULL,
  title_zh    VARCHAR(300) NULL,
  created_at  DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at  DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_priorities_plan (plan_id),
  CONSTRAINT plan_priorities_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
  CONSTRAINT plan_priorities_area FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_objectives (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  priority_id  INT UNSIGNED NOT NULL,
  plan_id      INT UNSIGNED NOT NULL DEFAULT 0,
  lineage      INT UNSIGNED NULL,
  text_en      VARCHAR(1000) NULL,
  text_zh      VARCHAR(1000) NULL,
  expected_en  TEXT NULL,
  expected_zh  TEXT NULL,
  created_at   DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at   DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_objectives_plan (plan_id),
  CONSTRAINT plan_objectives_priority FOREIGN KEY (priority_id) REFERENCES plan_priorities (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_activities (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  objective_id   INT UNSIGNED NOT NULL,
  plan_id        INT UNSIGNED NOT NULL DEFAULT 0,
  lineage        INT UNSIGNED NULL,
  activity_id    INT UNSIGNED NULL,
  title_en       VARCHAR(300) NULL,
  title_zh       VARCHAR(300) NULL,
  funding_source VARCHAR(300) NULL,
  amount_eur     DECIMAL(14,2) NULL,
  starts_on      DATE NULL,
  ends_on        DATE NULL,
  expected_en    TEXT NULL,
  expected_zh    TEXT NULL,
  team_europe    VARCHAR(300) NULL,
  team_china     VARCHAR(300) NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_activities_plan (plan_id),
  CONSTRAINT plan_activities_objective FOREIGN KEY (objective_id) REFERENCES plan_objectives (id) ON DELETE CASCADE,
  CONSTRAINT plan_activities_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_milestones (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_activity_id INT UNSIGNED NOT NULL,
  plan_id          INT UNSIGNED NOT NULL DEFAULT 0,
  lineage          INT UNSIGNED NULL,
  due_on           DATE NOT NULL,
  deliverable_en   VARCHAR(300) NULL,
  deliverable_zh   VARCHAR(300) NULL,
  created_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_milestones_plan (plan_id),
  CONSTRAINT plan_milestones_activity FOREIGN KEY (plan_activity_id) REFERENCES plan_activities (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_targets (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  objective_id   INT UNSIGNED NOT NULL,
  plan_id        INT UNSIGNED NOT NULL DEFAULT 0,
  lineage        INT UNSIGNED NULL,
  kpi_id         SMALLINT UNSIGNED NULL,
  kpi_target_id  INT UNSIGNED NULL,
  target         DECIMAL(18,4) NULL,
  period_start   DATE NULL,
  period_end     DATE NULL,
  note_en        VARCHAR(300) NULL,
  note_zh        VARCHAR(300) NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_targets_plan (plan_id),
  CONSTRAINT plan_targets_objective FOREIGN KEY (objective_id) REFERENCES plan_objectives (id) ON DELETE CASCADE,
  CONSTRAINT plan_targets_kpi FOREIGN KEY (kpi_id) REFERENCES kpis (id),
  CONSTRAINT plan_targets_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_risks (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id        INT UNSIGNED NOT NULL,
  lineage        INT UNSIGNED NULL,
  likelihood     ENUM('low','medium','high') NULL,
  risk_en        VARCHAR(1000) NULL,
  risk_zh        VARCHAR(1000) NULL,
  mitigation_en  VARCHAR(2000) NULL,
  mitigation_zh  VARCHAR(2000) NULL,
  created_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  KEY plan_risks_plan (plan_id),
  CONSTRAINT plan_risks_plan FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One approval per city of the pair: who (the actor of the audit log), when, and the
-- reference of the political decision (a council minute).
CREATE TABLE plan_approvals (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id       INT UNSIGNED NOT NULL,
  city_id       INT UNSIGNED NOT NULL,
  actor         VARCHAR(80) NOT NULL,
  approved_at   DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  decision_ref  VARCHAR(300) NOT NULL,
  created_at    DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at    DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  UNIQUE KEY plan_approvals_once (plan_id, city_id),
  CONSTRAINT plan_approvals_plan FOREIGN KEY (plan_id) REFERENCES plans (id),
  CONSTRAINT plan_approvals_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A new version takes the next number of its partnership (the write locks the
-- partnership's row first, and the unique key stands behind it).
CREATE TRIGGER plans_number BEFORE INSERT ON plans FOR EACH ROW SET NEW.version = IF(NEW.version > 0, NEW.version, COALESCE((SELECT MAX(p.version) FROM plans p WHERE p.partnership_id = NEW.partnership_id), 0) + 1);
-- Each child knows its plan.
CREATE TRIGGER plan_objectives_plan BEFORE INSERT ON plan_objectives FOR EACH ROW SET NEW.plan_id = (SELECT plan_id FROM plan_priorities WHERE id = NEW.priority_id);
CREATE TRIGGER plan_activities_plan BEFORE INSERT ON plan_activities FOR EACH ROW SET NEW.plan_id = (SELECT plan_id FROM plan_objectives WHERE id = NEW.objective_id);
CREATE TRIGGER plan_milestones_plan BEFORE INSERT ON plan_milestones FOR EACH ROW SET NEW.plan_id = (SELECT plan_id FROM plan_activities WHERE id = NEW.plan_activity_id);
CREATE TRIGGER plan_targets_plan BEFORE INSERT ON plan_targets FOR EACH ROW SET NEW.plan_id = (SELECT plan_id FROM plan_objectives WHERE id = NEW.objective_id);
CREATE TRIGGER plans_touch BEFORE UPDATE ON plans FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plans_v_ins AFTER INSERT ON plans FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plans_v_upd AFTER UPDATE ON plans FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plans_v_del AFTER DELETE ON plans FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_priorities_touch BEFORE UPDATE ON plan_priorities FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_priorities_v_ins AFTER INSERT ON plan_priorities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_priorities_v_upd AFTER UPDATE ON plan_priorities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_priorities_v_del AFTER DELETE ON plan_priorities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_objectives_touch BEFORE UPDATE ON plan_objectives FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_objectives_v_ins AFTER INSERT ON plan_objectives FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_objectives_v_upd AFTER UPDATE ON plan_objectives FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_objectives_v_del AFTER DELETE ON plan_objectives FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_activities_touch BEFORE UPDATE ON plan_activities FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_activities_v_ins AFTER INSERT ON plan_activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_activities_v_upd AFTER UPDATE ON plan_activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_activities_v_del AFTER DELETE ON plan_activities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_milestones_touch BEFORE UPDATE ON plan_milestones FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_milestones_v_ins AFTER INSERT ON plan_milestones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_milestones_v_upd AFTER UPDATE ON plan_milestones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_milestones_v_del AFTER DELETE ON plan_milestones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_targets_touch BEFORE UPDATE ON plan_targets FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_targets_v_ins AFTER INSERT ON plan_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_targets_v_upd AFTER UPDATE ON plan_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_targets_v_del AFTER DELETE ON plan_targets FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_risks_touch BEFORE UPDATE ON plan_risks FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_risks_v_ins AFTER INSERT ON plan_risks FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_risks_v_upd AFTER UPDATE ON plan_risks FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_risks_v_del AFTER DELETE ON plan_risks FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_approvals_touch BEFORE UPDATE ON plan_approvals FOR EACH ROW SET NEW.updated_at = UTC_TIMESTAMP(6);
CREATE TRIGGER plan_approvals_v_ins AFTER INSERT ON plan_approvals FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_approvals_v_upd AFTER UPDATE ON plan_approvals FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER plan_approvals_v_del AFTER DELETE ON plan_approvals FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
-- A change of a plan's content moves the plan's updated_at: its tag covers it.
CREATE TRIGGER plan_priorities_p_ins AFTER INSERT ON plan_priorities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_priorities_p_upd AFTER UPDATE ON plan_priorities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_priorities_p_del AFTER DELETE ON plan_priorities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;
CREATE TRIGGER plan_objectives_p_ins AFTER INSERT ON plan_objectives FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_objectives_p_upd AFTER UPDATE ON plan_objectives FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_objectives_p_del AFTER DELETE ON plan_objectives FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;
CREATE TRIGGER plan_activities_p_ins AFTER INSERT ON plan_activities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_activities_p_upd AFTER UPDATE ON plan_activities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_activities_p_del AFTER DELETE ON plan_activities FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;
CREATE TRIGGER plan_milestones_p_ins AFTER INSERT ON plan_milestones FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_milestones_p_upd AFTER UPDATE ON plan_milestones FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_milestones_p_del AFTER DELETE ON plan_milestones FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;
CREATE TRIGGER plan_targets_p_ins AFTER INSERT ON plan_targets FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_targets_p_upd AFTER UPDATE ON plan_targets FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_targets_p_del AFTER DELETE ON plan_targets FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;
CREATE TRIGGER plan_risks_p_ins AFTER INSERT ON plan_risks FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_risks_p_upd AFTER UPDATE ON plan_risks FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = NEW.plan_id;
CREATE TRIGGER plan_risks_p_del AFTER DELETE ON plan_risks FOR EACH ROW UPDATE plans SET updated_at = UTC_TIMESTAMP(6) WHERE id = OLD.plan_id;

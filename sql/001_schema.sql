-- 001_schema.sql: the c2c data model (see docs/architecture.md).
-- All text is utf8mb4; all times are UTC (DATETIME), an event's own zone is kept beside it.
-- Rows that a feed or a partner portal may have seen are soft-deleted (deleted_at).

CREATE TABLE data_version (
  id         TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  version    BIGINT UNSIGNED NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  CONSTRAINT data_version_single_row CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, UTC_TIMESTAMP(6));

CREATE TABLE countries (
  code    CHAR(2) NOT NULL PRIMARY KEY,
  side    ENUM('europe','china','other') NOT NULL COMMENT 'other: event venues elsewhere',
  name_en VARCHAR(100) NOT NULL,
  name_zh VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cities (
  id                   INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug                 VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name_en              VARCHAR(200) NOT NULL,
  name_local           VARCHAR(200) NOT NULL,
  name_zh              VARCHAR(200) NULL COMMENT 'Chinese name, also for European cities',
  country_code         CHAR(2) NOT NULL,
  side                 ENUM('europe','china') NOT NULL,
  admin_level          ENUM('city','metropolitan','county','district','region') NOT NULL,
  province             VARCHAR(200) NULL,
  population           INT UNSIGNED NULL,
  lat                  DECIMAL(7,4) NULL,
  lon                  DECIMAL(7,4) NULL,
  coastal              TINYINT(1) NULL,
  has_intl_strategy    TINYINT(1) NULL,
  intl_strategy_since  SMALLINT UNSIGNED NULL,
  contact_point        VARCHAR(300) NULL,
  wants_peer_to_peer   TINYINT(1) NULL,
  wants_joint_project  TINYINT(1) NULL,
  seeks_partner        TINYINT(1) NOT NULL DEFAULT 0,
  self_view_learning   ENUM('learner','mentor','both') NULL,
  self_view_investment ENUM('investor','recipient','both') NULL,
  notes                TEXT NULL,
  facts_source         VARCHAR(32) NOT NULL DEFAULT 'report',
  created_at           DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at           DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at           DATETIME(6) NULL,
  UNIQUE KEY cities_slug (slug),
  KEY cities_side_country (side, country_code, slug),
  CONSTRAINT cities_country FOREIGN KEY (country_code) REFERENCES countries (code),
  CONSTRAINT cities_slug_form CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT cities_lat CHECK (lat BETWEEN -90 AND 90),
  CONSTRAINT cities_lon CHECK (lon BETWEEN -180 AND 180)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ties that are not Europe-China partnerships but matter for matching.
CREATE TABLE city_ties (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  city_a_id  INT UNSIGNED NOT NULL,
  city_b_id  INT UNSIGNED NOT NULL,
  kind       ENUM('twinning','member_of') NOT NULL,
  since_year SMALLINT UNSIGNED NULL,
  source     ENUM('text','general','city') NOT NULL,
  notes      TEXT NULL,
  UNIQUE KEY city_ties_pair (city_a_id, city_b_id, kind),
  CONSTRAINT city_ties_a FOREIGN KEY (city_a_id) REFERENCES cities (id),
  CONSTRAINT city_ties_b FOREIGN KEY (city_b_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE areas (
  id          SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  description TEXT NULL,
  UNIQUE KEY areas_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE city_areas (
  city_id INT UNSIGNED NOT NULL,
  area_id SMALLINT UNSIGNED NOT NULL,
  role    ENUM('offers','seeks','both') NOT NULL,
  weight  TINYINT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (city_id, area_id),
  KEY city_areas_area (area_id),
  CONSTRAINT city_areas_city FOREIGN KEY (city_id) REFERENCES cities (id),
  CONSTRAINT city_areas_area FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Helix stakeholders and their links across cities.
CREATE TABLE organisations (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  city_id    INT UNSIGNED NOT NULL,
  name       VARCHAR(300) NOT NULL,
  name_local VARCHAR(300) NULL,
  helix      ENUM('government','academia','industry','civil_society') NOT NULL,
  url        VARCHAR(2000) NULL,
  KEY organisations_city (city_id),
  CONSTRAINT organisations_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation_links (
  org_a_id   INT UNSIGNED NOT NULL,
  org_b_id   INT UNSIGNED NOT NULL,
  kind       VARCHAR(64) NOT NULL,
  since_year SMALLINT UNSIGNED NULL,
  notes      TEXT NULL,
  PRIMARY KEY (org_a_id, org_b_id),
  CONSTRAINT organisation_links_a FOREIGN KEY (org_a_id) REFERENCES organisations (id),
  CONSTRAINT organisation_links_b FOREIGN KEY (org_b_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The report's vocabulary: narrative steps, loops, selection criteria.
CREATE TABLE narrative_steps (
  step           TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  slug           VARCHAR(32) CHARACTER SET ascii NOT NULL,
  name_en        VARCHAR(64) NOT NULL,
  name_zh        VARCHAR(64) NOT NULL,
  key_question   TEXT NOT NULL,
  elements       TEXT NOT NULL,
  what_to_expect TEXT NOT NULL,
  UNIQUE KEY narrative_steps_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE narrative_examples (
  step    TINYINT UNSIGNED NOT NULL,
  city_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (step, city_id),
  CONSTRAINT narrative_examples_step FOREIGN KEY (step) REFERENCES narrative_steps (step),
  CONSTRAINT narrative_examples_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loops (
  id          TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  slug        VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  description TEXT NOT NULL,
  steps_basis ENUM('explicit','inferred','not_stated') NOT NULL,
  notes       TEXT NULL,
  UNIQUE KEY loops_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loop_steps (
  loop_id TINYINT UNSIGNED NOT NULL,
  step    TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (loop_id, step),
  CONSTRAINT loop_steps_loop FOREIGN KEY (loop_id) REFERENCES loops (id),
  CONSTRAINT loop_steps_step FOREIGN KEY (step) REFERENCES narrative_steps (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loop_examples (
  loop_id TINYINT UNSIGNED NOT NULL,
  city_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (loop_id, city_id),
  CONSTRAINT loop_examples_loop FOREIGN KEY (loop_id) REFERENCES loops (id),
  CONSTRAINT loop_examples_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criteria (
  id         SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug       VARCHAR(64) CHARACTER SET ascii NOT NULL,
  group_name VARCHAR(64) NOT NULL,
  text       TEXT NOT NULL,
  source     ENUM('figure9','bonn','success_factors') NOT NULL,
  UNIQUE KEY criteria_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partnerships (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  europe_city_id  INT UNSIGNED NOT NULL,
  china_city_id   INT UNSIGNED NOT NULL,
  kind            ENUM('programme_pairing','sister_city','friendship_city','mou',
                       'cooperation_agreement','in_discussion','ad_hoc') NULL
                  COMMENT 'NULL: the report names the pair but not its form',
  since_year      SMALLINT UNSIGNED NULL,
  status          ENUM('active','dormant','ended') NOT NULL DEFAULT 'active',
  narrative_step  TINYINT UNSIGNED NULL,
  loop_id         TINYINT UNSIGNED NULL,
  sources         SET('table1_iuc','table2_2019','text','city') NOT NULL DEFAULT '',
  notes           TEXT NULL,
  created_at      DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at      DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at      DATETIME(6) NULL,
  UNIQUE KEY partnerships_pair (europe_city_id, china_city_id),
  KEY partnerships_china (china_city_id),
  KEY partnerships_kind (kind),
  CONSTRAINT partnerships_europe FOREIGN KEY (europe_city_id) REFERENCES cities (id),
  CONSTRAINT partnerships_china FOREIGN KEY (china_city_id) REFERENCES cities (id),
  CONSTRAINT partnerships_step FOREIGN KEY (narrative_step) REFERENCES narrative_steps (step),
  CONSTRAINT partnerships_loop FOREIGN KEY (loop_id) REFERENCES loops (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Further members of a tripartite group (Muenster-Enschede-Dalian).
CREATE TABLE partnership_members (
  partnership_id INT UNSIGNED NOT NULL,
  city_id        INT UNSIGNED NOT NULL,
  PRIMARY KEY (partnership_id, city_id),
  CONSTRAINT partnership_members_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT partnership_members_c FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partnership_areas (
  partnership_id INT UNSIGNED NOT NULL,
  area_id        SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (partnership_id, area_id),
  KEY partnership_areas_area (area_id),
  CONSTRAINT partnership_areas_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT partnership_areas_a FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreements (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id   INT UNSIGNED NOT NULL,
  kind             ENUM('mou','sister_city_agreement','friendship_city_agreement','action_plan',
                        'cooperation_plan','letter_of_intent','charter','addendum',
                        'cooperation_agreement','contract','title_award') NOT NULL,
  signed_on        DATE NULL COMMENT 'first day of the period when less precise',
  signed_precision ENUM('year','month','day') NULL,
  title            VARCHAR(300) NOT NULL,
  valid_until      DATE NULL,
  renewal_months   SMALLINT UNSIGNED NULL,
  document_url     VARCHAR(2000) NULL,
  notes            TEXT NULL,
  created_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at       DATETIME(6) NULL,
  KEY agreements_partnership (partnership_id, signed_on),
  CONSTRAINT agreements_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT agreements_precision CHECK ((signed_on IS NULL) = (signed_precision IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Project Bank.
CREATE TABLE activities (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id   INT UNSIGNED NOT NULL,
  area_id          SMALLINT UNSIGNED NULL,
  title            VARCHAR(300) NOT NULL,
  lead_org_id      INT UNSIGNED NULL,
  funding          VARCHAR(300) NULL,
  budget_eur       DECIMAL(14,2) NULL,
  starts_on        DATE NULL,
  ends_on          DATE NULL,
  expected_results TEXT NULL,
  status           ENUM('idea','planned','running','done','cancelled') NOT NULL DEFAULT 'idea',
  risks            TEXT NULL,
  created_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  deleted_at       DATETIME(6) NULL,
  KEY activities_partnership (partnership_id),
  CONSTRAINT activities_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT activities_area FOREIGN KEY (area_id) REFERENCES areas (id),
  CONSTRAINT activities_lead FOREIGN KEY (lead_org_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kpis (
  id            SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name_en       VARCHAR(200) NOT NULL,
  name_zh       VARCHAR(200) NOT NULL,
  kind          ENUM('quantitative','qualitative') NOT NULL,
  unit          VARCHAR(64) NOT NULL,
  direction     ENUM('higher_is_better','lower_is_better') NOT NULL,
  description   TEXT NULL,
  ord           SMALLINT UNSIGNED NOT NULL,
  owner_city_id INT UNSIGNED NULL COMMENT 'NULL: from the report (Table 5)',
  UNIQUE KEY kpis_slug (slug),
  CONSTRAINT kpis_owner FOREIGN KEY (owner_city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kpi_targets (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  partnership_id INT UNSIGNED NOT NULL,
  kpi_id         SMALLINT UNSIGNED NOT NULL,
  period_start   DATE NOT NULL,
  period_end     DATE NOT NULL,
  target         DECIMAL(18,4) NOT NULL,
  UNIQUE KEY kpi_targets_key (partnership_id, kpi_id, period_start),
  CONSTRAINT kpi_targets_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT kpi_targets_k FOREIGN KEY (kpi_id) REFERENCES kpis (id),
  CONSTRAINT kpi_targets_period CHECK (period_end >= period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Values are never overwritten: a correction is a new row that supersedes the old one.
CREATE TABLE kpi_values (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpi_id         SMALLINT UNSIGNED NOT NULL,
  partnership_id INT UNSIGNED NULL,
  city_id        INT UNSIGNED NULL,
  period_start   DATE NOT NULL,
  period_end     DATE NOT NULL,
  value          DECIMAL(18,4) NULL,
  score          TINYINT UNSIGNED NULL,
  comment        TEXT NULL,
  source         VARCHAR(300) NULL,
  confidence     ENUM('low','medium','high') NOT NULL DEFAULT 'medium',
  internal       TINYINT(1) NOT NULL DEFAULT 0,
  entered_by     VARCHAR(190) NOT NULL,
  entered_at     DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  supersedes_id  BIGINT UNSIGNED NULL,
  KEY kpi_values_p (partnership_id, kpi_id, period_start),
  KEY kpi_values_c (city_id, kpi_id, period_start),
  CONSTRAINT kpi_values_k FOREIGN KEY (kpi_id) REFERENCES kpis (id),
  CONSTRAINT kpi_values_p FOREIGN KEY (partnership_id) REFERENCES partnerships (id),
  CONSTRAINT kpi_values_c FOREIGN KEY (city_id) REFERENCES cities (id),
  CONSTRAINT kpi_values_s FOREIGN KEY (supersedes_id) REFERENCES kpi_values (id),
  CONSTRAINT kpi_values_owner CHECK ((partnership_id IS NULL) <> (city_id IS NULL)),
  CONSTRAINT kpi_values_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
  CONSTRAINT kpi_values_some CHECK (value IS NOT NULL OR score IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_sources (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  url              VARCHAR(2000) NOT NULL,
  owner_city_id    INT UNSIGNED NULL,
  refresh_minutes  INT UNSIGNED NOT NULL DEFAULT 360,
  enabled          TINYINT(1) NOT NULL DEFAULT 1,
  etag             VARCHAR(500) NULL,
  last_modified    VARCHAR(100) NULL,
  last_fetch_at    DATETIME(6) NULL,
  next_fetch_at    DATETIME(6) NULL,
  last_status      VARCHAR(32) NULL,
  last_error       TEXT NULL,
  created_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at       DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  CONSTRAINT calendar_sources_owner FOREIGN KEY (owner_city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_source_areas (
  source_id INT UNSIGNED NOT NULL,
  area_id   SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (source_id, area_id),
  CONSTRAINT calendar_source_areas_s FOREIGN KEY (source_id) REFERENCES calendar_sources (id),
  CONSTRAINT calendar_source_areas_a FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_runs (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source_id   INT UNSIGNED NOT NULL,
  started_at  DATETIME(6) NOT NULL,
  finished_at DATETIME(6) NULL,
  http_status SMALLINT UNSIGNED NULL,
  bytes       BIGINT UNSIGNED NULL,
  added       INT UNSIGNED NOT NULL DEFAULT 0,
  updated     INT UNSIGNED NOT NULL DEFAULT 0,
  removed     INT UNSIGNED NOT NULL DEFAULT 0,
  unchanged   INT UNSIGNED NOT NULL DEFAULT 0,
  error       TEXT NULL,
  KEY import_runs_source (source_id, started_at),
  CONSTRAINT import_runs_source FOREIGN KEY (source_id) REFERENCES calendar_sources (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE events (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uid           VARCHAR(255) NOT NULL,
  recurrence_id VARCHAR(32) CHARACTER SET ascii NOT NULL DEFAULT ''
                COMMENT 'UTC start of the instance, empty for the master',
  title         VARCHAR(500) NOT NULL,
  description   TEXT NULL,
  starts_at     DATETIME NOT NULL COMMENT 'UTC; for all-day events the local date at 00:00',
  ends_at       DATETIME NULL,
  tzid          VARCHAR(64) NULL,
  all_day       TINYINT(1) NOT NULL DEFAULT 0,
  location      VARCHAR(500) NULL,
  city_id       INT UNSIGNED NULL,
  country_code  CHAR(2) NULL,
  url           VARCHAR(2000) NULL,
  organiser     VARCHAR(300) NULL,
  kind          ENUM('workshop','conference','forum','meeting','ceremony','seminar','summit','other')
                NOT NULL DEFAULT 'other',
  status        ENUM('confirmed','tentative','cancelled') NOT NULL DEFAULT 'confirmed',
  sequence      INT UNSIGNED NOT NULL DEFAULT 0,
  source_id     INT UNSIGNED NULL COMMENT 'NULL: entered or seeded, not imported',
  notes         TEXT NULL,
  first_seen_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  updated_at    DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  removed_at    DATETIME(6) NULL,
  UNIQUE KEY events_uid (uid, recurrence_id),
  KEY events_start (starts_at),
  KEY events_city (city_id, starts_at),
  KEY events_source (source_id),
  CONSTRAINT events_city FOREIGN KEY (city_id) REFERENCES cities (id),
  CONSTRAINT events_country FOREIGN KEY (country_code) REFERENCES countries (code),
  CONSTRAINT events_source FOREIGN KEY (source_id) REFERENCES calendar_sources (id),
  CONSTRAINT events_span CHECK (ends_at IS NULL OR ends_at >= starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event_areas (
  event_id BIGINT UNSIGNED NOT NULL,
  area_id  SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (event_id, area_id),
  CONSTRAINT event_areas_e FOREIGN KEY (event_id) REFERENCES events (id),
  CONSTRAINT event_areas_a FOREIGN KEY (area_id) REFERENCES areas (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE users (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(190) NOT NULL COMMENT 'as the web server authenticated it (REMOTE_USER)',
  role       ENUM('admin','editor','reader') NOT NULL DEFAULT 'reader',
  city_id    INT UNSIGNED NULL COMMENT 'scope of an editor',
  created_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  UNIQUE KEY users_name (name),
  CONSTRAINT users_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(190) NOT NULL,
  token_sha256 BINARY(32) NOT NULL,
  role         ENUM('admin','editor','reader') NOT NULL,
  city_id      INT UNSIGNED NULL,
  created_at   DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  revoked_at   DATETIME(6) NULL,
  UNIQUE KEY api_tokens_hash (token_sha256),
  CONSTRAINT api_tokens_city FOREIGN KEY (city_id) REFERENCES cities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6),
  actor       VARCHAR(190) NOT NULL,
  action      ENUM('create','update','delete') NOT NULL,
  entity      VARCHAR(64) NOT NULL,
  entity_id   BIGINT UNSIGNED NOT NULL,
  before_xml  MEDIUMTEXT NULL,
  after_xml   MEDIUMTEXT NULL,
  KEY audit_log_entity (entity, entity_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

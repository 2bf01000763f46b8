-- 003_communities.sql: diaspora communities, one of Bonn's partner-selection criteria
-- ("a community from the partner city lives in Bonn and can help build the partnership").
-- The report names the criterion but no community: cities enter their own.

CREATE TABLE city_communities (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  city_id        INT UNSIGNED NOT NULL COMMENT 'where the community lives',
  origin_city_id INT UNSIGNED NOT NULL COMMENT 'the city it comes from',
  size           INT UNSIGNED NULL COMMENT 'people, when known',
  source         VARCHAR(300) NULL,
  notes          TEXT NULL,
  UNIQUE KEY city_communities_pair (city_id, origin_city_id),
  CONSTRAINT city_communities_city FOREIGN KEY (city_id) REFERENCES cities (id),
  CONSTRAINT city_communities_origin FOREIGN KEY (origin_city_id) REFERENCES cities (id),
  CONSTRAINT city_communities_two CHECK (city_id <> origin_city_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER city_communities_v_ins AFTER INSERT ON city_communities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_communities_v_upd AFTER UPDATE ON city_communities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER city_communities_v_del AFTER DELETE ON city_communities FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

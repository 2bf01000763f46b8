-- 005_city_time_zones.sql: the IANA time zone of each city, so that the city dashboard can
-- show a joint event in both partners' local times (China keeps no daylight saving time,
-- Europe does).
--
-- A city's zone is its own time_zone when set (Las Palmas is Atlantic/Canary, not Spain's
-- Europe/Madrid), else its country's from country_time_zones.  That table is reference
-- data of this migration, not of the seed: it carries no foreign key to countries, so it
-- is filled here whether or not the seed ran, and a country added later gets its zone by
-- one INSERT.  Zones are names of the tz database (/usr/share/zoneinfo), read by lib/tz.c.

CREATE TABLE country_time_zones (
  code      CHAR(2) NOT NULL PRIMARY KEY,
  time_zone VARCHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'the zone of most of the country'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE cities ADD COLUMN time_zone VARCHAR(64) CHARACTER SET ascii NULL
  COMMENT 'IANA zone; NULL: the country''s (country_time_zones)' AFTER lon;

INSERT INTO country_time_zones (code, time_zone) VALUES
  ('AL', 'Europe/Tirane'), ('AT', 'Europe/Vienna'), ('BA', 'Europe/Sarajevo'),
  ('BE', 'Europe/Brussels'), ('BG', 'Europe/Sofia'), ('BY', 'Europe/Minsk'),
  ('CH', 'Europe/Zurich'), ('CN', 'Asia/Shanghai'), ('CY', 'Asia/Nicosia'),
  ('CZ', 'Europe/Prague'), ('DE', 'Europe/Berlin'), ('DK', 'Europe/Copenhagen'),
  ('EE', 'Europe/Tallinn'), ('ES', 'Europe/Madrid'), ('FI', 'Europe/Helsinki'),
  ('FR', 'Europe/Paris'), ('GB', 'Europe/London'), ('GR', 'Europe/Athens'),
  ('HK', 'Asia/Hong_Kong'), ('HR', 'Europe/Zagreb'), ('HU', 'Europe/Budapest'),
  ('IE', 'Europe/Dublin'), ('IS', 'Atlantic/Reykjavik'), ('IT', 'Europe/Rome'),
  ('LI', 'Europe/Vaduz'), ('LT', 'Europe/Vilnius'), ('LU', 'Europe/Luxembourg'),
  ('LV', 'Europe/Riga'), ('MC', 'Europe/Monaco'), ('MD', 'Europe/Chisinau'),
  ('ME', 'Europe/Podgorica'), ('MK', 'Europe/Skopje'), ('MO', 'Asia/Macau'),
  ('MT', 'Europe/Malta'), ('MY', 'Asia/Kuala_Lumpur'), ('NL', 'Europe/Amsterdam'),
  ('NO', 'Europe/Oslo'), ('PL', 'Europe/Warsaw'), ('PT', 'Europe/Lisbon'),
  ('RO', 'Europe/Bucharest'), ('RS', 'Europe/Belgrade'), ('SE', 'Europe/Stockholm'),
  ('SI', 'Europe/Ljubljana'), ('SK', 'Europe/Bratislava'), ('TR', 'Europe/Istanbul'),
  ('TW', 'Asia/Taipei'), ('UA', 'Europe/Kyiv');

CREATE TRIGGER country_time_zones_v_ins AFTER INSERT ON country_time_zones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER country_time_zones_v_upd AFTER UPDATE ON country_time_zones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;
CREATE TRIGGER country_time_zones_v_del AFTER DELETE ON country_time_zones FOR EACH ROW UPDATE data_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1;

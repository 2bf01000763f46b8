-- 150_interest.sql: ILLUSTRATIVE focal points and one pending expression of interest,
-- invented for the demo (issue 19; the report names no contact persons).  The names,
-- addresses (example.org, RFC 2606) and numbers are fictitious.
INSERT INTO focal_points (city_id, name, role, email, phone) VALUES
  ((SELECT id FROM cities WHERE slug = 'terrassa'), 'Marta Puig (demo)', 'International relations officer', 'international@terrassa.example.org', '+34 900 000 001'),
  ((SELECT id FROM cities WHERE slug = 'leeds'), 'James Holt (demo)', 'China desk, Leeds City Council', 'china-desk@leeds.example.org', '+44 100 000 0002'),
  ((SELECT id FROM cities WHERE slug = 'gothenburg'), 'Sara Lind (demo)', 'Head of international affairs', 'international@gothenburg.example.org', NULL),
  ((SELECT id FROM cities WHERE slug = 'wuhan'), '王丽（示例）', '外事办公室', 'fao@wuhan.example.org', '+86 27 0000 0003'),
  ((SELECT id FROM cities WHERE slug = 'shanghai'), '陈伟（示例）', '国际交流处', 'exchange@shanghai.example.org', NULL);

-- Leeds proposes healthcare and education to Wuhan; Wuhan has not answered yet.
INSERT INTO interests (from_city_id, to_city_id, message, score, reasons_en, reasons_zh, sent_by, expires_at)
SELECT f.id, t.id,
  'Leeds would like to explore a partnership with Wuhan on healthcare and on university cooperation, building on the links of our Chinese community. (Demo data.)',
  NULL,
  'A diaspora community links Leeds and Wuhan.\nBoth cities work on healthcare.',
  '侨民社群将利兹与武汉联系在一起。\n两市都在医疗卫生领域开展工作。',
  'demo', UTC_TIMESTAMP(6) + INTERVAL 45 DAY
FROM cities f, cities t WHERE f.slug = 'leeds' AND t.slug = 'wuhan';
INSERT INTO interest_areas (interest_id, area_id)
SELECT i.id, a.id FROM interests i JOIN cities f ON f.id = i.from_city_id JOIN cities t ON t.id = i.to_city_id
JOIN areas a ON a.slug IN ('healthcare', 'education-academic') WHERE f.slug = 'leeds' AND t.slug = 'wuhan';

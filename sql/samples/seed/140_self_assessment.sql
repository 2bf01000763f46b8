-- 140_self_assessment.sql: ILLUSTRATIVE self-assessment of Terrassa (issue 19), for the
-- demo (never loaded by `c2cctl seed` alone).  The report says Terrassa wants to find a
-- matching Chinese city, works with the 23 municipalities of the Valles Occidental county
-- and their stakeholders on re-industrialisation (knowledge society, digitalisation,
-- industry 4.0), welcomes innovation and new investment, and looks for a partner that
-- matches its priority industries (report, lines 2315-2360); the answers below follow
-- that, the rest (years, scores, team) is invented.  Version 1, as if Terrassa's editor
-- had submitted the form; the profile columns and areas are set as that submission
-- writes them (lib/selfassess_store.c), so that the matching reads the same profile.
-- A Terrassa that has a self-assessment of its own already keeps it, and its profile: every
-- statement below acts only when this file's version 1 is the one stored.
INSERT INTO self_assessments (city_id, version, submitted_by, submitted_at)
  SELECT c.id, 1, 'demo (illustrative)', '2026-11-20 09:30:00' FROM cities c
  WHERE c.slug = 'terrassa' AND NOT EXISTS (SELECT 1 FROM self_assessments s WHERE s.city_id = c.id);

INSERT INTO self_assessment_answers (assessment_id, question_id, value)
SELECT s.id, q.id, v.value
FROM self_assessments s
JOIN cities c ON c.id = s.city_id AND c.slug = 'terrassa' AND s.version = 1
  AND s.submitted_by = 'demo (illustrative)'
JOIN (
  SELECT 'intl-strategy' AS slug, '1' AS value
  UNION ALL SELECT 'intl-strategy-since', '2016'
  UNION ALL SELECT 'aim-challenges', 'Re-industrialisation of the Valles Occidental county with its 23 municipalities: knowledge society, digitalisation, industry 4.0. We want to attract innovation and new investment, and to work with a Chinese city whose industries match ours.'
  UNION ALL SELECT 'aim-stakeholders', 'government academia industry'
  UNION ALL SELECT 'aim-critical-mass', '4'
  UNION ALL SELECT 'political-commitment', '4'
  UNION ALL SELECT 'priorities-sought', 'business-investments industrial-cooperation research-innovation'
  UNION ALL SELECT 'areas-offered', 'education-academic manufacturing'
  UNION ALL SELECT 'resources', '1'
  UNION ALL SELECT 'team', '0'
  UNION ALL SELECT 'stakeholder-roles', '0'
  UNION ALL SELECT 'represents-city', '1'
  UNION ALL SELECT 'seeks-partner', '1'
  UNION ALL SELECT 'peer-to-peer', '1'
  UNION ALL SELECT 'host-project', '1'
  UNION ALL SELECT 'join-platform', '1'
  UNION ALL SELECT 'self-view-learning', 'both'
  UNION ALL SELECT 'self-view-investment', 'recipient'
  UNION ALL SELECT 'existing-contacts', '0'
  UNION ALL SELECT 'mou-ready', '1'
  UNION ALL SELECT 'first-project', 'A first exchange between the industry 4.0 centres of the county and of the partner city.'
  UNION ALL SELECT 'champions', '3'
  UNION ALL SELECT 'regular-communication', '1'
  UNION ALL SELECT 'visible-support', '2'
) v
JOIN sa_questions q ON q.slug = v.slug;

UPDATE cities SET has_intl_strategy = 1, intl_strategy_since = 2016, wants_peer_to_peer = 1,
  wants_joint_project = 1, seeks_partner = 1, self_view_learning = 'both', self_view_investment = 'recipient'
  WHERE slug = 'terrassa' AND EXISTS (SELECT 1 FROM self_assessments s WHERE s.city_id = cities.id
    AND s.version = 1 AND s.submitted_by = 'demo (illustrative)');

DELETE FROM city_areas WHERE city_id = (SELECT s.city_id FROM self_assessments s JOIN cities c
  ON c.id = s.city_id WHERE c.slug = 'terrassa' AND s.version = 1 AND s.submitted_by = 'demo (illustrative)');
INSERT INTO city_areas (city_id, area_id, role)
SELECT c.id, a.id, CASE WHEN a.slug IN ('education-academic', 'manufacturing') THEN 'offers' ELSE 'seeks' END
FROM cities c JOIN areas a ON a.slug IN ('business-investments', 'industrial-cooperation', 'research-innovation',
  'education-academic', 'manufacturing')
WHERE c.slug = 'terrassa' AND EXISTS (SELECT 1 FROM self_assessments s WHERE s.city_id = c.id
  AND s.version = 1 AND s.submitted_by = 'demo (illustrative)');

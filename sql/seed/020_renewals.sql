-- 020_renewals.sql: renewal cycles the report states (see agreements.csv notes).
-- Gothenburg-Shanghai: "MoU ... renewed every 3 years" (2013 and 2017 versions).
UPDATE agreements g JOIN partnerships p ON p.id = g.partnership_id
  JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id
  SET g.renewal_months = 36
  WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND g.kind = 'mou' AND g.signed_on IS NOT NULL;

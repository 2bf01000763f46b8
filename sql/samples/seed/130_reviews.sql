-- 130_reviews.sql: an ILLUSTRATIVE annual review for the demo (issue 18), invented: the
-- report describes Gothenburg-Shanghai's evaluation cycle (MoU, Action Plans, evaluation
-- every three years) but gives no review's content.  Gothenburg-Shanghai gets two
-- activities, a review of the period of 100_kpi_sample.sql's last year with findings, a
-- decision on each activity and two new targets, and a practice drawn from the review;
-- the report's own practices of Gothenburg and Shanghai (sql/seed/040_practices.sql)
-- show beside it.
SET @gs = (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id
  JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai'
  AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1);

-- The activities are ideas the review decided on, with dates and updated_at of 2019 or
-- before, so that they neither wake the partnership from dormancy nor count as joint
-- projects (ideas do not): t80 checks both on this partnership.
INSERT INTO activities (partnership_id, title, area_id, status, starts_on, ends_on, expected_results, created_at, updated_at)
  SELECT @gs, 'University exchange programme (illustrative)', (SELECT id FROM areas WHERE slug = 'education-academic'),
    'idea', '2015-09-01', '2019-10-31', 'Twenty student exchanges a year between the two cities'' universities.',
    '2019-11-20 00:00:00', '2019-11-20 00:00:00'
  FROM DUAL WHERE @gs IS NOT NULL;
SET @act1 = LAST_INSERT_ID();
INSERT INTO activities (partnership_id, title, area_id, status, starts_on, ends_on, expected_results, created_at, updated_at)
  SELECT @gs, 'Joint port logistics seminar (illustrative)', (SELECT id FROM areas WHERE slug = 'business-investments'),
    'idea', '2015-11-01', '2019-10-31', 'A yearly seminar of both ports and their logistics firms.',
    '2019-11-20 00:00:00', '2019-11-20 00:00:00'
  FROM DUAL WHERE @gs IS NOT NULL;
SET @act2 = LAST_INSERT_ID();

INSERT INTO reviews (partnership_id, kind, held_on, period_start, period_end, findings, findings_zh)
  SELECT @gs, 'annual', '2019-11-20', '2018-11-01', '2019-10-31',
    'Illustrative demo data. Academic activities fell short of their target at the end of the period; both universities want a regular student exchange. Few port and logistics firms answered the call for a joint seminar. The MoU is due for renewal in 2020: the next Action Plans should carry education forward and fold the port work into a business delegation.',
    '演示用的示例数据。期末学术活动未达到目标；两校都希望建立定期的学生交流。对联合研讨会感兴趣的港口和物流企业很少。谅解备忘录将于2020年到期续签：下一期行动计划应继续推进教育合作，并把港口方面的工作并入商务代表团。'
  FROM DUAL WHERE @gs IS NOT NULL;
SET @rev = LAST_INSERT_ID();

INSERT INTO review_decisions (partnership_id, review_id, activity_id, decision, note, note_zh)
  SELECT @gs, @rev, @act1, 'continue', 'Both universities want it: go ahead in 2020, with a second university on each side.', '两校都希望开展：2020年启动，双方各增加一所大学。'
  FROM DUAL WHERE @gs IS NOT NULL;
INSERT INTO review_decisions (partnership_id, review_id, activity_id, decision, note, note_zh)
  SELECT @gs, @rev, @act2, 'adjust', 'Too few firms showed interest: hold it within the yearly business delegation instead.', '感兴趣的企业太少：改为在每年的商务代表团活动中举办。'
  FROM DUAL WHERE @gs IS NOT NULL;

INSERT INTO review_targets (partnership_id, review_id, kpi_id, period_start, period_end, target)
  SELECT @gs, @rev, id, '2020-01-01', '2020-12-31', 12 FROM kpis WHERE slug = 'joint-academic-activities' AND @gs IS NOT NULL;
INSERT INTO review_targets (partnership_id, review_id, kpi_id, period_start, period_end, target)
  SELECT @gs, @rev, id, '2020-01-01', '2020-12-31', 6 FROM kpis WHERE slug = 'high-level-visits' AND @gs IS NOT NULL;

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, review_id, source)
  SELECT 'gothenburg-shanghai-review-2019', 'Folding a weak activity into a strong one (illustrative)',
    '将薄弱的活动并入成功的活动（示例）',
    'Illustrative demo data. The 2019 review went ahead with the student exchange both universities asked for, and moved the port seminar, which few firms wanted on its own, into the yearly business delegation instead of dropping it.',
    '演示用的示例数据。2019年的评估启动了两校都希望开展的学生交流，并把单独举办时企业兴趣不大的港口研讨会并入每年的商务代表团，而不是直接放弃。',
    7, (SELECT id FROM areas WHERE slug = 'business-investments'), @gs, @rev, 'review'
  FROM DUAL WHERE @gs IS NOT NULL;
INSERT INTO practice_cities (practice_id, city_id)
  SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-review-2019'), id FROM cities
  WHERE slug IN ('gothenburg', 'shanghai') AND @gs IS NOT NULL;
INSERT INTO practice_factors (practice_id, criterion_id)
  SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-review-2019'), id FROM criteria
  WHERE slug IN ('support-high-commitment', 'interests-school-university-links') AND @gs IS NOT NULL;

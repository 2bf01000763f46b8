-- 120_plans.sql: ILLUSTRATIVE Cooperation Plans for the demo (issue 18), invented from
-- what the report says of Gothenburg-Shanghai: a MoU renewed every three years (the
-- latest signed in Shanghai in May 2017), an Action Plan prepared by each city after
-- each MoU, university cooperation that bloomed after the first MoU.  Version 1
-- (2017-2020) is approved by both cities; version 2 (2020-2023) is the draft that
-- adjusts it (Continual Improvement loop).  The names of teams, decision references
-- and figures are invented; none comes from the report.
-- Statements name plans through user variables: an insert of a plan's part may not read
-- `plans` itself, since its trigger moves the plan's updated_at.
SET @gs = (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai');
SET @project = (SELECT MIN(id) FROM activities WHERE partnership_id = @gs AND deleted_at IS NULL);

INSERT INTO plans (partnership_id, version, state, period_start, period_end, title_en, title_zh, focal_europe, focal_china, meetings_en, meetings_zh, governance_en, governance_zh, proposed_at, approved_at) VALUES
  (@gs, 1, 'approved', '2017-05-01', '2020-04-30', 'Action Plan 2017-2020 under the MoU signed in May 2017', '2017年5月签署的谅解备忘录下的2017-2020年行动计划',
   'International Office, City of Gothenburg (demo)', 'Shanghai Municipal Foreign Affairs Office (demo)',
   'Steering group twice a year, alternating cities; video call every quarter', '指导小组每年两次会议，两市轮流主办；每季度视频会议',
   'Each city prepares its part of the plan: Gothenburg with an external consultation of its stakeholders and an internal process with experts of the city departments. The steering group of both cities follows the plan and reports to the political leadership every year.',
   '两市各自编制本市部分：哥德堡通过外部利益相关方咨询和各市政部门专家参与的内部程序。两市指导小组跟进计划，并每年向政治领导层汇报。',
   '2017-09-15 08:00:00', '2017-11-20 10:00:00');
SET @v1 = (SELECT id FROM plans WHERE partnership_id = @gs AND version = 1);

INSERT INTO plan_priorities (plan_id, area_id, title_en, title_zh) VALUES
  (@v1, (SELECT id FROM areas WHERE slug = 'education-academic'), 'University and student cooperation', '高校与学生合作'),
  (@v1, (SELECT id FROM areas WHERE slug = 'climate-environment'), 'Sustainable urban development', '可持续城市发展');
SET @p1 = (SELECT id FROM plan_priorities WHERE plan_id = @v1 ORDER BY id LIMIT 1);
SET @p2 = (SELECT id FROM plan_priorities WHERE plan_id = @v1 ORDER BY id LIMIT 1 OFFSET 1);

INSERT INTO plan_objectives (priority_id, text_en, text_zh, expected_en, expected_zh) VALUES
  (@p1, 'More exchanges of students and researchers between the universities of both cities', '扩大两市高校之间的学生和研究人员交流',
   'A yearly summer school; joint research applications', '每年举办暑期学校；联合申请研究项目'),
  (@p2, 'Share experience in sustainable mobility and waste management', '交流可持续交通和废弃物管理经验',
   'Two study visits and a joint report', NULL);
SET @o1 = (SELECT id FROM plan_objectives WHERE priority_id = @p1);
SET @o2 = (SELECT id FROM plan_objectives WHERE priority_id = @p2);

INSERT INTO plan_activities (objective_id, activity_id, title_en, title_zh, funding_source, amount_eur, starts_on, ends_on, expected_en, expected_zh, team_europe, team_china) VALUES
  (@o1, @project, 'Gothenburg-Shanghai summer school', '哥德堡-上海暑期学校', 'City budgets and university funds (demo)', 90000.00, '2018-06-01', '2020-04-30',
   '60 students a year take part', '每年60名学生参加', 'Education department and the universities (demo)', 'Shanghai Municipal Education Commission (demo)'),
  (@o2, NULL, 'Study visits on urban mobility', '城市交通考察', 'City budgets (demo)', 40000.00, '2018-03-01', '2019-12-31',
   NULL, '形成联合报告', 'Urban Transport Administration (demo)', 'Shanghai Transport Commission (demo)');
SET @a1 = (SELECT id FROM plan_activities WHERE objective_id = @o1);
SET @a2 = (SELECT id FROM plan_activities WHERE objective_id = @o2);

INSERT INTO plan_milestones (plan_activity_id, due_on, deliverable_en, deliverable_zh) VALUES
  (@a1, '2018-06-30', 'First summer school held in Gothenburg', '在哥德堡举办第一期暑期学校'),
  (@a1, '2019-07-15', 'Second summer school held in Shanghai', '在上海举办第二期暑期学校'),
  (@a2, '2018-10-31', 'Study visit to Shanghai', '赴上海考察'),
  (@a2, '2019-12-31', 'Joint report published', '发布联合报告');

INSERT INTO plan_targets (objective_id, kpi_id, target, period_start, period_end, note_en, note_zh) VALUES
  (@o1, (SELECT id FROM kpis WHERE slug = 'joint-academic-activities'), 12, '2017-05-01', '2020-04-30', 'Over the three years', '三年合计'),
  (@o2, (SELECT id FROM kpis WHERE slug = 'high-level-visits'), 4, '2017-05-01', '2020-04-30', NULL, NULL);

INSERT INTO plan_risks (plan_id, likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh) VALUES
  (@v1, 'medium', 'Funding of the summer school not renewed by the universities', '高校未续拨暑期学校经费', 'Seek EU and national programme funding early', '尽早申请欧盟和国家项目资金'),
  (@v1, 'low', 'Change of the focal point in one city', '一方联络人变动', 'Each city names a deputy focal point', '两市各指定一名副联络人');

INSERT INTO plan_approvals (plan_id, city_id, actor, approved_at, decision_ref) VALUES
  (@v1, (SELECT id FROM cities WHERE slug = 'gothenburg'), 'demo-gothenburg-editor', '2017-10-25 09:00:00', 'City Executive Board of Gothenburg, minute 2017-10-25 §14 (demo)'),
  (@v1, (SELECT id FROM cities WHERE slug = 'shanghai'), 'demo-shanghai-editor', '2017-11-20 10:00:00', 'Shanghai Municipal People''s Government, decision 2017-118 (demo)');

-- Version 2: a copy of version 1 (each part keeps its lineage), then adjusted.
INSERT INTO plans (partnership_id, version, state, based_on, period_start, period_end, title_en, title_zh, focal_europe, focal_china, meetings_en, meetings_zh, governance_en, governance_zh)
  SELECT partnership_id, 2, 'draft', id, '2020-05-01', '2023-04-30', 'Action Plan 2020-2023 (draft)', NULL, focal_europe, focal_china,
    'Steering group once a year; video call every two months', meetings_zh, governance_en, governance_zh FROM plans WHERE id = @v1;
SET @v2 = (SELECT id FROM plans WHERE partnership_id = @gs AND version = 2);
INSERT INTO plan_priorities (plan_id, lineage, area_id, title_en, title_zh) VALUES
  (@v2, @p1, (SELECT id FROM areas WHERE slug = 'education-academic'), 'University, school and student cooperation', '高校、中小学与学生合作'),
  (@v2, @p2, (SELECT id FROM areas WHERE slug = 'climate-environment'), 'Sustainable urban development', '可持续城市发展'),
  (@v2, NULL, (SELECT id FROM areas WHERE slug = 'business-investments'), 'Green business and investment', NULL);
SET @q1 = (SELECT id FROM plan_priorities WHERE plan_id = @v2 AND lineage = @p1);
SET @q2 = (SELECT id FROM plan_priorities WHERE plan_id = @v2 AND lineage = @p2);
INSERT INTO plan_objectives (priority_id, lineage, text_en, text_zh, expected_en, expected_zh) VALUES
  (@q1, @o1, 'More exchanges of students and researchers between the universities of both cities', '扩大两市高校之间的学生和研究人员交流',
   'A yearly summer school; joint research applications; ten school partnerships', '每年举办暑期学校；联合申请研究项目；建立十对中小学伙伴关系'),
  (@q2, @o2, 'Share experience in sustainable mobility and waste management', '交流可持续交通和废弃物管理经验',
   'Two study visits and a joint report', NULL);
SET @r1 = (SELECT id FROM plan_objectives WHERE priority_id = @q1);
INSERT INTO plan_activities (objective_id, lineage, activity_id, title_en, title_zh, funding_source, amount_eur, starts_on, ends_on, expected_en, expected_zh, team_europe, team_china) VALUES
  (@r1, @a1, @project, 'Gothenburg-Shanghai summer school', '哥德堡-上海暑期学校', 'City budgets and university funds (demo)', 100000.00, '2020-06-01', '2023-04-30',
   '60 students a year take part', '每年60名学生参加', 'Education department and the universities (demo)', 'Shanghai Municipal Education Commission (demo)');
SET @b1 = (SELECT id FROM plan_activities WHERE objective_id = @r1);
INSERT INTO plan_milestones (plan_activity_id, due_on, deliverable_en, deliverable_zh) VALUES
  (@b1, '2021-07-15', 'Summer school held online', '线上举办暑期学校'),
  (@b1, '2022-07-15', 'Summer school held in Gothenburg', '在哥德堡举办暑期学校');
INSERT INTO plan_targets (objective_id, lineage, kpi_id, target, period_start, period_end, note_en, note_zh)
  SELECT @r1, t.id, t.kpi_id, 15, '2020-05-01', '2023-04-30', t.note_en, t.note_zh FROM plan_targets t WHERE t.objective_id = @o1;
INSERT INTO plan_risks (plan_id, lineage, likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh)
  SELECT @v2, id, likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh FROM plan_risks WHERE plan_id = @v1;
INSERT INTO plan_risks (plan_id, likelihood, risk_en, risk_zh, mitigation_en, mitigation_zh) VALUES
  (@v2, 'high', 'Travel restrictions stop visits', '出行限制导致无法互访', 'Hold the meetings and the summer school online', '线上举行会议和暑期学校');

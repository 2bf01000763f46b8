-- 040_practices.sql: the practices library's real entries (issue 18, Replicate): the city
-- examples the URBAN-EU-CHINA report gives ("Cooperation Plans and Guidelines", 2019).
-- source_line is the line of the report's text where the example starts
-- (seed/cooperation-plans-and-guidelines.txt); the extracted text carries only two page
-- numbers (65 and 72), so source_page is left NULL rather than guessed.  summary_zh and
-- title_zh are our own translations.  Factors are the report's success factors (criteria
-- of source 'success_factors') the example shows, as read by us.
-- Written by hand from the report (the generator for 010 does not know practices).
INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('gothenburg-two-planning-processes', 'Two planning processes for each Action Plan', '每份行动计划采用两条规划流程',
   'Gothenburg prepares and implements its Action Plan with Shanghai through two processes: an external one, with meetings and consultations with all external stakeholders, and an internal one with experts from every relevant city department. The Action Plans follow the MoU the two cities renew every three years.',
   '哥德堡通过两条流程编制并实施与上海的行动计划：一条面向外部，与所有外部利益相关方开会和协商；一条面向内部，由市政府各相关部门的专家参与。行动计划以两市每三年续签一次的谅解备忘录为基础。',
   4, NULL, (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 3843, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-two-planning-processes'), id FROM cities WHERE slug = 'gothenburg';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-two-planning-processes'), id FROM cities WHERE slug = 'shanghai';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-two-planning-processes'), id FROM criteria WHERE slug = 'support-regional-stakeholders';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-two-planning-processes'), id FROM criteria WHERE slug = 'support-high-commitment';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('manchester-wuhan-joint-study', 'A joint study before the Action Plan', '制定行动计划前的联合研究',
   'To prepare their Action Plan of February 2018 (seven areas of cooperation, with a timeline for 2018), Manchester and Wuhan commissioned a joint study to identify areas for future collaboration in the context of the Northern Powerhouse and the Middle Reaches of the Yangtze River. The two cities had already jointly sponsored an economic study in 2016.',
   '为准备2018年2月的行动计划（七个合作领域及2018年的时间表），曼彻斯特和武汉联合委托了一项研究，在“北方经济引擎”与长江中游地区合作的背景下确定未来的合作领域。两市此前已于2016年共同资助了一项经济研究。',
   4, (SELECT id FROM areas WHERE slug = 'business-investments'), (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'manchester' AND c.slug = 'wuhan' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 3854, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'manchester-wuhan-joint-study'), id FROM cities WHERE slug = 'manchester';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'manchester-wuhan-joint-study'), id FROM cities WHERE slug = 'wuhan';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'manchester-wuhan-joint-study'), id FROM criteria WHERE slug = 'human-existing-intelligence';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'manchester-wuhan-joint-study'), id FROM criteria WHERE slug = 'interests-complementary-industries';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('belfast-china-stakeholders-group', 'Measuring through a China Stakeholders Group', '通过中国事务利益相关方小组进行衡量',
   'Belfast''s work relevant to China is driven, monitored and measured through a City Council led China Stakeholders Group, chaired by a senior city politician, which meets every two months to share the activities of its organisations and agree joint approaches to missions and new projects; its work and outputs are reported back through the Council. Belfast wants to keep measuring qualitative and quantitative activity and output.',
   '贝尔法斯特与中国相关的工作由市议会牵头的中国事务利益相关方小组推动、监测和衡量。该小组由一位资深市政政治人物主持，每两个月召开一次会议，交流各机构的活动，并就出访、来访和新项目商定共同做法；其工作和成果通过市议会汇报。贝尔法斯特希望继续衡量定性和定量的活动与产出。',
   6, NULL, (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'belfast' AND c.slug = 'shenyang' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 1399, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-china-stakeholders-group'), id FROM cities WHERE slug = 'belfast';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-china-stakeholders-group'), id FROM criteria WHERE slug = 'support-regional-stakeholders';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-china-stakeholders-group'), id FROM criteria WHERE slug = 'support-high-commitment';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-china-stakeholders-group'), id FROM criteria WHERE slug = 'publicity-visible-government-support';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('belfast-shenyang-friendship-title', 'Recognition that reaches eight million readers', '让八百万读者看到的荣誉',
   'In 2019 Belfast and Shenyang were awarded the title of Friendship City for Exchanges and Cooperation with China; the Sister City Agreement was then promoted in the Shenyang Daily News, read by over 8 million people.',
   '2019年，贝尔法斯特和沈阳获得“对华友好交流合作城市”称号；随后《沈阳日报》宣传了两市的姐妹城市协议，读者超过800万人。',
   6, (SELECT id FROM areas WHERE slug = 'culture-sport'), (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'belfast' AND c.slug = 'shenyang' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 1408, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-shenyang-friendship-title'), id FROM cities WHERE slug = 'belfast';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-shenyang-friendship-title'), id FROM cities WHERE slug = 'shenyang';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-shenyang-friendship-title'), id FROM criteria WHERE slug = 'publicity-media-marketing';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'belfast-shenyang-friendship-title'), id FROM criteria WHERE slug = 'publicity-visible-government-support';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('leeds-hangzhou-recommit', 'Reviewing a 30-year partnership and recommitting', '回顾三十年伙伴关系并重新承诺',
   'Leeds and Hangzhou signed their partnership agreement 30 years ago and some of its first commitments were no longer relevant. At the 30th anniversary Leeds reviewed the activity and both cities recommitted with a new MoU that sets out the areas of work, using the triple-helix model of local government working with business and academia.',
   '利兹与杭州的伙伴关系协议签署于30年前，部分最初的承诺已不再适用。在30周年之际，利兹回顾了合作活动，两市签署新的谅解备忘录重新作出承诺，列明合作领域，并采用地方政府与企业、学术界合作的三螺旋模式。',
   7, NULL, (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'leeds' AND c.slug = 'hangzhou' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 1415, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-hangzhou-recommit'), id FROM cities WHERE slug = 'leeds';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-hangzhou-recommit'), id FROM cities WHERE slug = 'hangzhou';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-hangzhou-recommit'), id FROM criteria WHERE slug = 'human-length';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-hangzhou-recommit'), id FROM criteria WHERE slug = 'support-high-commitment';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('gothenburg-shanghai-continual-improvement', 'A three-year cycle: MoU, Action Plans, evaluation', '三年一轮：谅解备忘录、行动计划、评估',
   'Gothenburg and Shanghai work on a MoU first signed 16-17 years before the report and renewed every three years, with the political level involved in each update (the latest signed in Shanghai in May 2017). The flow: sign the updated MoU, each city prepares and implements its Action Plan, then results and proposals for new priorities are evaluated and the next MoU is prepared. The 2013 and 2017 versions show how the partnership was aligned to current priorities.',
   '哥德堡与上海依据一份在报告发布前16至17年首次签署、每三年续签一次的谅解备忘录开展合作，每次更新都有政治层面的参与（最近一次于2017年5月在上海签署）。流程是：签署更新后的备忘录，两市各自编制并实施行动计划，然后评估成果以及新的优先事项和工作领域的建议，并准备下一版备忘录。2013年和2017年两个版本体现了伙伴关系如何与当前优先事项保持一致。',
   7, NULL, (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 4400, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-continual-improvement'), id FROM cities WHERE slug = 'gothenburg';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-continual-improvement'), id FROM cities WHERE slug = 'shanghai';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-continual-improvement'), id FROM criteria WHERE slug = 'human-length';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-continual-improvement'), id FROM criteria WHERE slug = 'support-high-commitment';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-continual-improvement'), id FROM criteria WHERE slug = 'publicity-visible-government-support';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('gothenburg-shanghai-political-commitment', 'A city MoU that made university ties bloom', '城市备忘录促成高校合作蓬勃发展',
   'The University of Gothenburg has many MoUs with other universities, but its collaboration with the University of Shanghai bloomed after the two cities signed their first MoU, which included academic collaboration as an area of work: sanctioning a partnership at the highest political level can be a catalyst.',
   '哥德堡大学与许多大学签有谅解备忘录，但它与上海高校的合作是在两市签署第一份包含学术合作的备忘录之后才蓬勃发展的：在最高政治层面认可伙伴关系可以起到催化作用。',
   2, (SELECT id FROM areas WHERE slug = 'education-academic'), (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'gothenburg' AND c.slug = 'shanghai' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 3312, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-political-commitment'), id FROM cities WHERE slug = 'gothenburg';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-political-commitment'), id FROM cities WHERE slug = 'shanghai';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-political-commitment'), id FROM criteria WHERE slug = 'support-high-commitment';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-political-commitment'), id FROM criteria WHERE slug = 'publicity-visible-government-support';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'gothenburg-shanghai-political-commitment'), id FROM criteria WHERE slug = 'interests-school-university-links';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('helsinki-beijing-action-plan', 'A new action plan built on the previous one and the national plan', '以上一期计划和国家行动计划为基础的新行动计划',
   'Helsinki and Beijing, sister cities since 2006, signed an action plan for 2017-2019 and prepared the next one from the previous cooperation and new priorities, taking the China-Finland joint action plan for 2019-2023 as a reference.',
   '赫尔辛基与北京自2006年起结为姐妹城市，签署了2017-2019年行动计划，并在以往合作和新的优先事项基础上编制下一期计划，以中芬两国2019-2023年联合行动计划为参照。',
   7, (SELECT id FROM areas WHERE slug = 'culture-sport'), (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'helsinki' AND c.slug = 'beijing' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 1477, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'helsinki-beijing-action-plan'), id FROM cities WHERE slug = 'helsinki';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'helsinki-beijing-action-plan'), id FROM cities WHERE slug = 'beijing';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'helsinki-beijing-action-plan'), id FROM criteria WHERE slug = 'interests-national-strategy';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'helsinki-beijing-action-plan'), id FROM criteria WHERE slug = 'human-length';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('bonn-chengdu-lessons', 'Lessons from Bonn-Chengdu for other cities', '波恩—成都经验对其他城市的启示',
   'One of the partners of the Bonn-Chengdu partnership set down lessons that can help other cities: build an equal partnership with a two-way exchange of resources, skills and experience, which needs commitment, planning, strong leadership from the mayors and coordination across departments; look for the long-term benefits.',
   '波恩—成都伙伴关系的一方总结了可供其他城市借鉴的经验：建立平等的伙伴关系，双向交流资源、技能和经验；这需要承诺、规划、市长的有力领导以及跨部门协调；着眼于长期收益。',
   8, (SELECT id FROM areas WHERE slug = 'climate-environment'), (SELECT p.id FROM partnerships p JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE e.slug = 'bonn' AND c.slug = 'chengdu' AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1), NULL, 2510, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'bonn-chengdu-lessons'), id FROM cities WHERE slug = 'bonn';
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'bonn-chengdu-lessons'), id FROM cities WHERE slug = 'chengdu';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'bonn-chengdu-lessons'), id FROM criteria WHERE slug = 'human-reciprocity';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'bonn-chengdu-lessons'), id FROM criteria WHERE slug = 'support-high-commitment';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('uk-cities-foresight', 'Learning from previous experiences: UK cities', '借鉴以往经验：英国城市',
   'In 2016 the UK Government''s Foresight Future of Cities project published a report to help UK cities work with Chinese cities, built on a literature review and interviews with local authority officials, universities and regional stakeholders from 11 UK cities, who explained their good practices and challenges.',
   '2016年，英国政府“城市未来前瞻”项目发布报告，帮助英国城市与中国城市开展合作。报告基于文献综述以及对11个英国城市的地方政府官员、大学和地区利益相关方的访谈，总结了他们的良好做法和面临的挑战。',
   8, NULL, NULL, NULL, 4368, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'uk-cities-foresight'), id FROM criteria WHERE slug = 'human-existing-intelligence';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('leeds-china-task-group', 'From a China Task Group to a business forum', '从中国工作组到商业论坛',
   'In 2013 Leeds created a China Task Group to coordinate ahead of visits and events; it led to the Leeds China Business Forum, which attracts Chinese investment and promotes trade with China. Leeds also works with the China-Britain Business Council and local economic and cultural partners such as museums and libraries.',
   '2013年，利兹成立“中国工作组”，在来访和活动前进行协调；由此诞生了“利兹中国商业论坛”，致力于吸引中国投资、促进对华贸易。利兹还与英中贸易协会以及博物馆、图书馆等本地经济和文化伙伴合作。',
   2, (SELECT id FROM areas WHERE slug = 'business-investments'), NULL, NULL, 4447, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-china-task-group'), id FROM cities WHERE slug = 'leeds';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-china-task-group'), id FROM criteria WHERE slug = 'support-regional-stakeholders';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'leeds-china-task-group'), id FROM criteria WHERE slug = 'interests-local-smes';

INSERT INTO practices (slug, title_en, title_zh, summary_en, summary_zh, step, area_id, partnership_id, source_page, source_line, source, created_at, updated_at) VALUES
  ('nice-patience-reactivity', 'Patience, realism and adaptation: Nice''s new partnerships', '耐心、务实与适应：尼斯的新伙伴关系',
   'Nice became one of the most dynamic French cities working with Chinese local authorities by keeping the same reactivity though nine projects in ten are cancelled, staying positive, adapting to the partner''s culture, customs, language and way of work, and following the partner country''s changing rules.',
   '尼斯成为与中国地方政府合作最活跃的法国城市之一：即使十个项目中有九个被取消，也保持同样的快速反应；保持积极态度；适应对方的文化、习俗、语言和工作方式；关注对方国家不断变化的规则。',
   3, NULL, NULL, NULL, 1431, 'report', '2019-12-31 00:00:00', '2019-12-31 00:00:00');
INSERT INTO practice_cities (practice_id, city_id) SELECT (SELECT id FROM practices WHERE slug = 'nice-patience-reactivity'), id FROM cities WHERE slug = 'nice';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'nice-patience-reactivity'), id FROM criteria WHERE slug = 'human-cultural-sensitivity';
INSERT INTO practice_factors (practice_id, criterion_id) SELECT (SELECT id FROM practices WHERE slug = 'nice-patience-reactivity'), id FROM criteria WHERE slug = 'human-champions';

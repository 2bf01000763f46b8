-- 050_questionnaire.sql: the self-assessment questionnaire (issue 19), from the report
-- "Cooperation Plans and Guidelines": the elements of its Aim and Commit steps, the
-- partner-selection criteria of its Figure 9, Bonn's "International Concept" and the
-- success factors.  Each question names the criterion it comes from (criteria.slug), the
-- line of the report's text where its source stands (report_line, with the words found
-- there in report_quote) and, for a city that does not meet it, the report's advice
-- (advice_line: the line where that advice begins).  The report is in English; the
-- Chinese texts are this project's translation.  Readiness: a question is met when its
-- answer reaches ready_at (yes; a score of at least 3 of 5; at least 3 helices; one area;
-- any text).  profile: the cities column or city_areas role the answer writes
-- (docs/api.md, "Self-assessment").  Applied once, as every seed file.
INSERT INTO sa_questions (slug, position, step, criterion_id, kind, min_value, max_value, choices, ready_at, profile, private, text_en, text_zh, report_line, report_quote, advice_en, advice_zh, advice_line) VALUES
('intl-strategy', 10, 'aim', (SELECT id FROM criteria WHERE slug = 'opportunity-international-strategy'), 'yesno', NULL, NULL, NULL, 1, 'has_intl_strategy', 0,
 'Does the city have an international cooperation strategy that includes EU-China cooperation?',
 '城市是否制定了包含中欧合作的国际合作战略？', 3381, 'The city has formulated an international',
 'Long-term international activities and partnerships cannot be delivered successfully without being part of a wider strategy that secures political commitment and the ecosystem''s involvement (Aim, "What it is").',
 '长期的国际活动和伙伴关系，如果不纳入一个更广泛的、能确保政治承诺和生态系统参与的战略，就难以成功（“目标”步骤）。', 2953),
('intl-strategy-since', 20, 'aim', (SELECT id FROM criteria WHERE slug = 'opportunity-international-strategy'), 'year', 1900, 2999, NULL, NULL, 'intl_strategy_since', 0,
 'Since which year has the city had that strategy?',
 '该战略自哪一年起实施？', 3381, 'The city has formulated an international',
 NULL, NULL, NULL),
('aim-challenges', 30, 'aim', (SELECT id FROM criteria WHERE slug = 'similarity-shared-aims'), 'text', NULL, 2000, NULL, 1, NULL, 1,
 'What is the aim of your international partnerships: which challenges do you want to address, and which opportunities do you see?',
 '城市国际伙伴关系的目标是什么：希望应对哪些挑战，看到了哪些机遇？', 1046, 'What is the aim of our international partnerships',
 'Collect experiences, facts and figures, and compile outlooks and studies, so that the city''s vision and objectives rest on an informed discussion (Aim, element 1).',
 '收集经验、事实和数据，编制展望和研究报告，使城市的愿景和目标建立在充分知情的讨论之上（“目标”步骤第1项）。', 2979),
('aim-stakeholders', 40, 'aim', (SELECT id FROM criteria WHERE slug = 'potential-works-with-helix'), 'multi', NULL, 4, 'government academia industry civil_society', 3, NULL, 0,
 'Which local stakeholders take part in the city''s international work?',
 '哪些本地利益相关方参与城市的国际工作？', 3373, 'The city works closely with triple helix',
 'Involve the local ecosystem (triple or quadruple helix) early: it brings experience, helps set objectives and priorities, proposes partner cities and projects, and co-owns the process (Aim, element 2).',
 '尽早让本地生态系统（三螺旋或四螺旋）参与：它带来经验，帮助确定目标和优先事项，推荐伙伴城市和项目，并共同拥有这一进程（“目标”步骤第2项）。', 3034),
('aim-critical-mass', 50, 'aim', (SELECT id FROM criteria WHERE slug = 'potential-critical-mass'), 'scale', 1, 5, NULL, 3, NULL, 0,
 'How strong is the critical mass of the city''s helix ecosystem to push these aims (1 weak, 5 strong)?',
 '城市的螺旋生态系统推动这些目标的临界规模有多强（1弱，5强）？', 3376, 'mass (alone or through collaborations)',
 'Identify the local stakeholders that can play an active role, contribute and benefit, and let them take part from the beginning (Aim, "Context").',
 '识别能够发挥积极作用、作出贡献并从中受益的本地利益相关方，让他们从一开始就参与进来（“目标”步骤，背景）。', 2944),
('political-commitment', 60, 'commit', (SELECT id FROM criteria WHERE slug = 'support-high-commitment'), 'scale', 1, 5, NULL, 3, NULL, 0,
 'How strong is the political commitment of the city''s leadership to this cooperation (1 weak, 5 strong)?',
 '城市领导层对这项合作的政治承诺有多强（1弱，5强）？', 1063, 'Have we got the necessary political',
 'Consistent political leadership and support is a key factor of success: the city''s political body should show its commitment through policies that define resources, structures, teams and responsibilities (Commit, "Context").',
 '始终如一的政治领导和支持是成功的关键因素：城市的政治决策机构应通过明确资源、架构、团队和职责的政策来体现其承诺（“承诺”步骤，背景）。', 3181),
('priorities-sought', 70, 'commit', (SELECT id FROM criteria WHERE slug = 'similarity-shared-aims'), 'seeks', NULL, 16, NULL, 1, 'city_areas.seeks', 0,
 'Which areas has the city chosen as its priorities for cooperation?',
 '城市选定了哪些领域作为合作的优先事项？', 3234, 'select the priorities (objectives, targets, areas of work',
 'Out of all the alternatives, select the priorities (objectives, targets, areas of work, potential activities and projects) to pursue first through a city-to-city cooperation (Commit, element 2).',
 '从所有备选方案中，选出要首先通过城市间合作推进的优先事项（目标、指标、工作领域、潜在活动和项目）（“承诺”步骤第2项）。', 3231),
('areas-offered', 80, 'commit', (SELECT id FROM criteria WHERE slug = 'similarity-reference-city'), 'offers', NULL, 16, NULL, 1, 'city_areas.offers', 0,
 'In which areas can the city offer its experience to a partner?',
 '城市可以在哪些领域向伙伴城市提供经验？', 3397, 'can be used for',
 'At least one of two partner cities should be able to serve as a reference and learning case in sustainable urban development (Figure 9, "Similarity/Commonality").',
 '两座伙伴城市中至少有一座应能在可持续城市发展方面作为参考和学习的案例（图9，“相似性/共同性”）。', 3397),
('resources', 90, 'commit', (SELECT id FROM criteria WHERE slug = 'management-funding'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Has the city allocated resources (budget, time) to the cooperation?',
 '城市是否为合作分配了资源（预算、时间）？', 3266, 'Allocate resources and identify the teams',
 'Allocate resources and confirm the contacts and resources the involved organisations have available (Commit, element 4).',
 '分配资源，并确认参与机构可用的联系人和资源（“承诺”步骤第4项）。', 3268),
('team', 100, 'commit', (SELECT id FROM criteria WHERE slug = 'management-dedicated-structure'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Is there a named person or team for the local liaison and the international representation?',
 '是否有指定的人员或团队负责本地联络和国际代表工作？', 3266, 'Allocate resources and identify the teams',
 'Name the persons or teams responsible for the local liaison and the international representation: a broken communication link, or an active and passionate person or team, can make all the difference (Commit, element 4).',
 '指定负责本地联络和国际代表工作的人员或团队：沟通中断，或者一个积极而充满热情的人或团队，都可能决定合作的成败（“承诺”步骤第4项）。', 3277),
('stakeholder-roles', 110, 'commit', (SELECT id FROM criteria WHERE slug = 'potential-works-with-helix'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Have the roles and responsibilities of the stakeholders been agreed?',
 '各利益相关方的角色和职责是否已经商定？', 3245, 'Identify the roles of the stakeholders',
 'Let each stakeholder identify its role and responsibilities, so that misunderstandings, overlaps and inaction are avoided (Commit, element 3).',
 '让每个利益相关方明确自己的角色和职责，以避免误解、重叠和不作为（“承诺”步骤第3项）。', 3262),
('represents-city', 120, 'partner', (SELECT id FROM criteria WHERE slug = 'potential-represents-city'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Is this self-assessment made by the city itself, or by a body that officially represents its interests?',
 '本自评是否由城市本身或正式代表其利益的机构作出？', 3370, 'The organization/entity is the city itself',
 'A partner city looks for an entity that is the city itself or officially represents its interests (Figure 9, "Potential").',
 '伙伴城市希望对接的是城市本身或正式代表其利益的机构（图9，“潜力”）。', 3370),
('seeks-partner', 130, 'partner', (SELECT id FROM criteria WHERE slug = 'bonn-political-commitment'), 'yesno', NULL, NULL, NULL, 1, 'seeks_partner', 0,
 'Is the city looking for a partner city on the other continent?',
 '城市是否正在另一大洲寻找伙伴城市？', 3491, 'Political commitment and interest of the peer city',
 'Agree in the city on the criteria for selecting a partner; the criteria of Figure 9 can also serve as a roadmap of the steps to take (Partner, "What to expect").',
 '在城市内部就选择伙伴的标准达成共识；图9中的标准也可作为需要采取的步骤的路线图（“结伴”步骤，预期成果）。', 3461),
('peer-to-peer', 140, 'partner', (SELECT id FROM criteria WHERE slug = 'willingness-peer-to-peer'), 'yesno', NULL, NULL, NULL, 1, 'wants_peer_to_peer', 0,
 'Is the city available for peer-to-peer activities with a partner city?',
 '城市是否愿意与伙伴城市开展同伴交流活动？', 3402, 'available to participate in peerto-peer',
 'Both cities should be available for peer-to-peer activities (Figure 9, "Willingness").',
 '两座城市都应愿意参与同伴交流活动（图9，“意愿”）。', 3402),
('host-project', 150, 'partner', (SELECT id FROM criteria WHERE slug = 'willingness-host-project'), 'yesno', NULL, NULL, NULL, 1, 'wants_joint_project', 0,
 'Does the city wish to host a joint project on sustainable urban development?',
 '城市是否希望主办可持续城市发展方面的联合项目？', 3403, 'wish to host',
 'At least one of the two cities should wish to host a joint project on sustainable urban development (Figure 9, "Willingness").',
 '两座城市中至少有一座应希望主办可持续城市发展方面的联合项目（图9，“意愿”）。', 3403),
('join-platform', 160, 'partner', (SELECT id FROM criteria WHERE slug = 'willingness-join-platform'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Is the city interested in joining a platform of European and Chinese cities (such as URBAN-EU-CHINA''s)?',
 '城市是否有兴趣加入欧洲和中国城市的平台（如URBAN-EU-CHINA平台）？', 3406, 'interested in joining',
 'Interest in joining the URBAN-EU-CHINA platform is one of the signs of willingness that partner cities look for (Figure 9, "Willingness").',
 '有意加入URBAN-EU-CHINA平台，是伙伴城市所看重的意愿信号之一（图9，“意愿”）。', 3406),
('self-view-learning', 170, 'partner', (SELECT id FROM criteria WHERE slug = 'similarity-reference-city'), 'choice', NULL, NULL, 'learner mentor both', 1, 'self_view_learning', 0,
 'In a partnership, does the city see itself as a learner, a mentor, or both?',
 '在伙伴关系中，城市将自己定位为学习者、指导者，还是两者兼有？', 3398, 'reference and learning',
 NULL, NULL, NULL),
('self-view-investment', 180, 'partner', (SELECT id FROM criteria WHERE slug = 'bonn-economic-priorities'), 'choice', NULL, NULL, 'investor recipient both', 1, 'self_view_investment', 0,
 'Does the city see itself as an investor, a recipient of investment, or both?',
 '城市将自己定位为投资方、投资接受方，还是两者兼有？', 3508, 'Economic priorities',
 NULL, NULL, NULL),
('existing-contacts', 190, 'partner', (SELECT id FROM criteria WHERE slug = 'bonn-existing-contacts'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Do the city or its organisations (universities, companies) already have contacts with cities on the other continent?',
 '城市或其机构（大学、企业）是否已与另一大洲的城市建立联系？', 3524, 'Existing contacts;',
 'The selection of a partner often grows out of a well-functioning partnership between peer stakeholders, such as a long-standing university-to-university collaboration (Partner, "What to expect").',
 '伙伴城市的选择往往源于双方利益相关方之间运作良好的合作，例如长期的大学间合作（“结伴”步骤，预期成果）。', 3489),
('diaspora', 200, 'partner', (SELECT id FROM criteria WHERE slug = 'bonn-diaspora-community'), 'yesno', NULL, NULL, NULL, NULL, NULL, 0,
 'Does a community from the other continent live in the city and could help build a partnership?',
 '城市中是否居住着来自另一大洲的群体，可以帮助建立伙伴关系？', 3538, 'Existence in Bonn of a community',
 NULL, NULL, NULL),
('mou-ready', 210, 'partner', (SELECT id FROM criteria WHERE slug = 'opportunity-mou'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Is the city ready to sign a Memorandum of Understanding or similar commitment with a partner city?',
 '城市是否准备与伙伴城市签署谅解备忘录或类似承诺？', 3387, 'have signed, or have the intention',
 'A Memorandum of Understanding is the usual and recommended tool to begin a cooperation, especially for the Chinese side, where discussions start only after a formal commitment (Partner, element 4).',
 '谅解备忘录是开启合作的常用且推荐的工具，对中方尤其重要：在中方，讨论往往在正式承诺之后才开始（“结伴”步骤第4项）。', 3442),
('first-project', 220, 'plan', (SELECT id FROM criteria WHERE slug = 'interests-complementary-industries'), 'text', NULL, 2000, NULL, 1, NULL, 1,
 'Which first, small project or area would you start with?',
 '您会从哪个小型的首个项目或领域着手？', 3436, 'the strategy of picking only one area of work',
 'Pick one area of work or project to start with, ideally a small, "low-hanging" one with very promising results: it builds trust and momentum (Partner, element 3).',
 '先选择一个工作领域或项目着手，最好是规模小、容易实现且成果前景好的项目：这有助于建立信任和势头（“结伴”步骤第3项）。', 3436),
('champions', 230, 'plan', (SELECT id FROM criteria WHERE slug = 'human-champions'), 'scale', 1, 5, NULL, 3, NULL, 0,
 'Are there enthusiastic champions of the cooperation in the city (1 none, 5 many)?',
 '城市中是否有热心推动合作的倡导者（1没有，5很多）？', 805, 'Enthusiastic champions',
 'Enthusiastic champions are among the human factors of successful partnerships (Characteristics of a successful partnership).',
 '热心的倡导者是成功伙伴关系的人为因素之一（成功伙伴关系的特征）。', 805),
('regular-communication', 240, 'plan', (SELECT id FROM criteria WHERE slug = 'management-regular-communication'), 'yesno', NULL, NULL, NULL, 1, NULL, 0,
 'Can the city keep up regular communication and meetings with a partner city?',
 '城市能否与伙伴城市保持定期沟通和会面？', 847, 'Regular communication',
 'Regular communication and meetings are among the management factors of successful partnerships (Characteristics of a successful partnership).',
 '定期沟通和会面是成功伙伴关系的管理因素之一（成功伙伴关系的特征）。', 847),
('visible-support', 250, 'plan', (SELECT id FROM criteria WHERE slug = 'publicity-visible-government-support'), 'scale', 1, 5, NULL, 3, NULL, 0,
 'How visible is the government''s support for the city''s international cooperation (1 hardly, 5 very)?',
 '政府对城市国际合作的支持有多明显（1几乎没有，5非常明显）？', 836, 'Relationships with a high level of visible government support',
 'Highly visible government support is among the publicity factors of successful partnerships (Characteristics of a successful partnership).',
 '高度可见的政府支持是成功伙伴关系的宣传因素之一（成功伙伴关系的特征）。', 836);

-- The criteria's group and text in Chinese (this project's translation; criteria come
-- from sql/seed/010_report.sql in English), shown with each question.
UPDATE criteria SET group_zh = '潜力', text_zh = '该机构是城市本身，或正式代表城市的利益。' WHERE slug = 'potential-represents-city';
UPDATE criteria SET group_zh = '潜力', text_zh = '城市与三螺旋利益相关方在联合项目上密切合作。' WHERE slug = 'potential-works-with-helix';
UPDATE criteria SET group_zh = '潜力', text_zh = '城市的三螺旋生态系统（独自或与他方合作）具备推动目标所需的临界规模。' WHERE slug = 'potential-critical-mass';
UPDATE criteria SET group_zh = '机遇', text_zh = '城市制定了涵盖中欧合作的国际合作战略。' WHERE slug = 'opportunity-international-strategy';
UPDATE criteria SET group_zh = '机遇', text_zh = '两座城市之间有城市发展合作的历史基础（例如已有的友好城市关系）。' WHERE slug = 'opportunity-historical-basis';
UPDATE criteria SET group_zh = '机遇', text_zh = '两座城市（或其机构）已签署或计划签署特定领域的谅解备忘录或类似承诺。' WHERE slug = 'opportunity-mou';
UPDATE criteria SET group_zh = '相似性/共同性', text_zh = '两座城市及其生态系统在可持续城市发展的特定领域有共同目标。' WHERE slug = 'similarity-shared-aims';
UPDATE criteria SET group_zh = '相似性/共同性', text_zh = '这些目标符合URBAN-EU-CHINA制定的研究与创新议程。' WHERE slug = 'similarity-rni-agenda';
UPDATE criteria SET group_zh = '相似性/共同性', text_zh = '至少一座城市可作为可持续城市发展的参考和学习案例。' WHERE slug = 'similarity-reference-city';
UPDATE criteria SET group_zh = '意愿', text_zh = '两座城市都愿意开展同伴交流活动。' WHERE slug = 'willingness-peer-to-peer';
UPDATE criteria SET group_zh = '意愿', text_zh = '至少一座城市希望主办可持续城市发展联合项目。' WHERE slug = 'willingness-host-project';
UPDATE criteria SET group_zh = '意愿', text_zh = '城市或机构有兴趣加入URBAN-EU-CHINA平台。' WHERE slug = 'willingness-join-platform';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '伙伴城市的政治承诺和兴趣。' WHERE slug = 'bonn-political-commitment';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '经济优先事项，例如伙伴城市重视技术转让并向德国企业开放。' WHERE slug = 'bonn-economic-priorities';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '城市之间已有的联系。' WHERE slug = 'bonn-existing-contacts';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '存在相关的本地生态系统。' WHERE slug = 'bonn-relevant-ecosystem';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '城市在利益和结构上的相似性。' WHERE slug = 'bonn-similarity';
UPDATE criteria SET group_zh = '波恩国际理念', text_zh = '波恩有来自伙伴城市的群体，可以帮助建立伙伴关系。' WHERE slug = 'bonn-diaspora-community';
UPDATE criteria SET group_zh = '人为因素', text_zh = '关系的持续时间。' WHERE slug = 'human-length';
UPDATE criteria SET group_zh = '人为因素', text_zh = '双方人员性格相似。' WHERE slug = 'human-similar-personalities';
UPDATE criteria SET group_zh = '人为因素', text_zh = '伙伴的文化敏感性。' WHERE slug = 'human-cultural-sensitivity';
UPDATE criteria SET group_zh = '人为因素', text_zh = '以已有的城市或区域情报为基础。' WHERE slug = 'human-existing-intelligence';
UPDATE criteria SET group_zh = '人为因素', text_zh = '热心的倡导者。' WHERE slug = 'human-champions';
UPDATE criteria SET group_zh = '人为因素', text_zh = '互惠精神。' WHERE slug = 'human-reciprocity';
UPDATE criteria SET group_zh = '人为因素', text_zh = '两座城市之间的相互理解程度。' WHERE slug = 'human-mutual-understanding';
UPDATE criteria SET group_zh = '共同利益', text_zh = '以商业为重点。' WHERE slug = 'interests-commercial-focus';
UPDATE criteria SET group_zh = '共同利益', text_zh = '支持本地中小企业。' WHERE slug = 'interests-local-smes';
UPDATE criteria SET group_zh = '共同利益', text_zh = '以国家利益的战略方针为基础。' WHERE slug = 'interests-national-strategy';
UPDATE criteria SET group_zh = '共同利益', text_zh = '以本地互补的利益和产业为基础。' WHERE slug = 'interests-complementary-industries';
UPDATE criteria SET group_zh = '共同利益', text_zh = '以文化联盟为基础。' WHERE slug = 'interests-cultural-alliance';
UPDATE criteria SET group_zh = '共同利益', text_zh = '以中小学和大学之间的联系为基础。' WHERE slug = 'interests-school-university-links';
UPDATE criteria SET group_zh = '共同利益', text_zh = '相似的地理地形。' WHERE slug = 'interests-similar-terrain';
UPDATE criteria SET group_zh = '支持', text_zh = '得到政府和专业机构的支持。' WHERE slug = 'support-government-experts';
UPDATE criteria SET group_zh = '支持', text_zh = '双方城市的高度承诺。' WHERE slug = 'support-high-commitment';
UPDATE criteria SET group_zh = '支持', text_zh = '得到区域利益相关方的支持。' WHERE slug = 'support-regional-stakeholders';
UPDATE criteria SET group_zh = '宣传', text_zh = '媒体曝光和营销活动。' WHERE slug = 'publicity-media-marketing';
UPDATE criteria SET group_zh = '宣传', text_zh = '高度可见的政府支持。' WHERE slug = 'publicity-visible-government-support';
UPDATE criteria SET group_zh = '宣传', text_zh = '有助于城市的国际品牌建设。' WHERE slug = 'publicity-city-branding';
UPDATE criteria SET group_zh = '宣传', text_zh = '社区对友好城市关系的认知。' WHERE slug = 'publicity-community-awareness';
UPDATE criteria SET group_zh = '管理', text_zh = '为伙伴关系提供充足的资金。' WHERE slug = 'management-funding';
UPDATE criteria SET group_zh = '管理', text_zh = '伙伴关系的专业化管理。' WHERE slug = 'management-professional';
UPDATE criteria SET group_zh = '管理', text_zh = '为伙伴关系设立专门机构。' WHERE slug = 'management-dedicated-structure';
UPDATE criteria SET group_zh = '管理', text_zh = '以灵活的方式发展伙伴关系。' WHERE slug = 'management-flexible-approach';
UPDATE criteria SET group_zh = '管理', text_zh = '管理层对伙伴关系的承诺。' WHERE slug = 'management-commitment';
UPDATE criteria SET group_zh = '管理', text_zh = '定期沟通和会面。' WHERE slug = 'management-regular-communication';

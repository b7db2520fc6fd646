import { describe, expect, it } from 'vitest';
import { Router, subjectOf } from './router.js';
import { CATEGORY_NAMES } from './routing-types.js';
import { isPlaceGovernment, kindsOfUnit } from './unit-names.js';

// A city's handling units as its proposal office lists them (names in the offices' own forms).
const UNITS = [
  '晋城市发展和改革委员会',
  '晋城市教育局',
  '晋城市卫生健康委员会',
  '晋城市文化和旅游局',
  '晋城市生态环境局',
  '晋城市住房和城乡建设局',
  '晋城市公安局交通警察支队',
  '晋城市交通运输局',
  '晋城市农业农村局',
  '晋城市民政局',
  '晋城市城市管理局',
  '晋城市人力资源和社会保障局',
  '晋城市医疗保障局',
  '晋城市市场监督管理局',
  '泽州县人民政府',
];

const lead = (r: Router, title: string, summary?: string) =>
  r.suggest({ title, summary }).units[0]!;
const area = (r: Router, title: string) => r.suggest({ title }).categories[0]!.name;
const firstTwo = (r: Router, title: string) =>
  r
    .suggest({ title })
    .units.slice(0, 2)
    .map((u) => u.name);
/** The comprehensive departments of the county list, in the order they take the default. */
const COUNTY_GENERALISTS = ['某某彝族自治县发展和改革局', '某某彝族自治县人民政府办公室'];

describe('routing suggestions on day one (no history)', () => {
  const router = new Router(UNITS);

  it.each([
    ['关于加强农村公路养护管理的建议', '晋城市交通运输局'],
    ['关于推进医养结合服务发展的提案', '晋城市卫生健康委员会'],
    ['关于完善社区居家养老服务体系的建议', '晋城市民政局'],
    ['关于规范电动自行车停放和充电管理的建议', '晋城市公安局交通警察支队'],
    ['关于扩大异地就医直接结算范围的提案', '晋城市医疗保障局'],
    ['关于加强校园食品安全监管的建议', '晋城市市场监督管理局'],
    ['关于保护传承晋剧艺术的提案', '晋城市文化和旅游局'],
    ['关于加快老旧小区加装电梯的建议', '晋城市住房和城乡建设局'],
    ['关于治理餐饮油烟扰民问题的建议', '晋城市生态环境局'],
    ['关于支持高校毕业生留晋就业创业的提案', '晋城市人力资源和社会保障局'],
  ])('sends %s to %s', (title, unit) => {
    expect(lead(router, title).name).toBe(unit);
  });

  it('names the matched words as the reason', () => {
    const u = lead(router, '关于推进医养结合服务发展的提案');
    expect(u.reasons.terms).toContain('医养结合');
  });

  it('sends a proposal about a named county to that county', () => {
    const u = lead(router, '关于泽州县农村饮水安全工程改造的建议');
    expect(u.name).toBe('泽州县人民政府');
    expect(u.reasons.namedInText).toBe('泽州县');
  });

  it('gives industry to the development and reform commission when there is no industry bureau', () => {
    expect(lead(router, '关于支持专精特新中小企业发展的提案').name).toBe('晋城市发展和改革委员会');
  });

  it('does not count the 农村 inside 农村公路 for agriculture', () => {
    const units = router.suggest({ title: '关于加强农村公路建设的建议' }).units;
    const agriculture = units.find((u) => u.name === '晋城市农业农村局')!;
    expect(agriculture.reasons.terms).toEqual([]);
  });

  it.each([
    ['关于发展低空经济的提案', '经济建设'],
    ['关于加强汾河流域生态保护和修复的提案', '生态文明建设'],
    ['关于推进全民阅读和书香城市建设的提案', '文化建设'],
    ['关于完善基层治理网格化体系的建议', '政治建设'],
    ['关于缓解看病难看病贵的建议', '社会建设'],
  ])('puts %s in %s', (title, name) => {
    expect(area(router, title)).toBe(name);
  });

  // Words whose area depends on what they qualify: the subject decides, not the word.
  it.each([
    ['关于加快河道治理工程建设的建议', '经济建设'], // 治理 of a river is water works, not governance
    ['关于加强古村落保护利用的提案', '文化建设'], // 保护 of heritage is culture, not ecology
    ['关于完善生猪产业扶持政策的建议', '经济建设'], // 政策 says how, the subject is 生猪
    ['关于加强电信网络诈骗防范的建议', '社会建设'], // public order is society
    ['关于加快景区道路建设的建议', '经济建设'], // the head 道路建设 decides, 景区 only says where
  ])('puts %s in %s by its subject', (title, name) => {
    expect(area(router, title)).toBe(name);
  });

  it('always ranks the five areas by their exact names and every unit of the list', () => {
    const s = router.suggest({ title: '关于一件说不清归属的事情' });
    expect(s.categories.map((c) => c.name).sort()).toEqual([...CATEGORY_NAMES].sort());
    expect(s.units.map((u) => u.name).sort()).toEqual([...UNITS].sort());
  });
});

describe('routing suggestions for ministries and provincial departments', () => {
  // A national body's handling units, named as the State Council lists them.
  const MINISTRIES = [
    '国家发展改革委',
    '教育部',
    '科学技术部',
    '工业和信息化部',
    '司法部',
    '财政部',
    '自然资源部',
    '生态环境部',
    '农业农村部',
    '国家卫生健康委员会',
  ];
  const national = new Router(MINISTRIES);

  it.each([
    ['关于加快科技成果转化的建议', '科学技术部'],
    ['关于完善公共法律服务体系的建议', '司法部'],
    ['关于规范采矿权出让管理的建议', '自然资源部'],
    ['关于全面推进美丽中国建设的提案', '生态环境部'],
    ['关于推动长江经济带区域协调发展的建议', '国家发展改革委'],
  ])('sends %s to %s', (title, unit) => {
    expect(lead(national, title).name).toBe(unit);
  });

  it('knows a province’s health department by its older name 卫生厅', () => {
    const province = new Router(['省教育厅', '省财政厅', '省卫生厅', '省交通运输厅']);
    expect(lead(province, '关于加强乡村医生队伍建设的建议').name).toBe('省卫生厅');
  });

  it('leaves what no department claims to the development and reform commission', () => {
    const s = national.suggest({ title: '关于支持洛南县加快发展的建议' });
    expect(s.units[0]!.name).toBe('国家发展改革委');
    expect(s.units[0]!.reasons.terms).toEqual([]);
  });

  it('with no evidence at all puts economy first, the area most proposals fall in', () => {
    expect(area(national, '关于一件说不清归属的事情')).toBe('经济建设');
  });
});

describe('routing suggestions learn from the body’s past assignments', () => {
  // This body has electric bikes handled by its urban management bureau, not the traffic police.
  const history = [
    '关于加强电动自行车停放管理的建议',
    '关于规范电动自行车充电场所的建议',
    '关于整治小区电动自行车乱停乱放的建议',
    '关于设置电动自行车集中停放点的建议',
    '关于电动自行车进楼入户治理的建议',
  ].map((title, i) => ({
    title,
    leadUnit: '晋城市城市管理局',
    area: 'society' as const,
    ref: `p${i}`,
  }));

  it('follows where similar proposals went, and shows them as the reason', () => {
    const title = '关于电动自行车停放秩序管理的建议';
    expect(lead(new Router(UNITS), title).name).toBe('晋城市公安局交通警察支队');
    const learned = lead(new Router(UNITS, history), title);
    expect(learned.name).toBe('晋城市城市管理局');
    expect(learned.reasons.similar.length).toBeGreaterThan(0);
    expect(learned.reasons.similar[0]!.title).toContain('电动自行车');
  });

  it('leaves unrelated proposals to the lexicon', () => {
    expect(lead(new Router(UNITS, history), '关于推进医养结合服务发展的提案').name).toBe(
      '晋城市卫生健康委员会',
    );
  });
});

describe('routing suggestions in a county, with its townships among the units', () => {
  // A county in Guangdong as its proposal office lists the units: bureaus, an autonomous
  // county's long name as the prefix, and the governments of its towns and sub-districts.
  const COUNTY = [
    '连南瑶族自治县交通运输局',
    '连南瑶族自治县教育局',
    '连南瑶族自治县卫生健康局',
    '连南瑶族自治县水利局',
    '连南瑶族自治县农业农村局',
    '连南瑶族自治县乡村振兴局',
    '连南瑶族自治县住房和城乡建设局',
    '连南瑶族自治县文化广电旅游体育局',
    '连南瑶族自治县科技工业信息化局',
    '连南瑶族自治县供销合作联社',
    '连南瑶族自治县寨岗镇人民政府',
    '三江镇人民政府',
    '大麦山镇人民政府',
  ];
  const county = new Router(COUNTY);

  it('sends a subject a bureau handles to the bureau, though the title names the town', () => {
    expect(lead(county, '关于硬化寨岗镇新寨村至老屋村道路的建议').name).toBe(
      '连南瑶族自治县交通运输局',
    );
    expect(lead(county, '关于三江镇中心小学扩建校舍的建议').name).toBe('连南瑶族自治县教育局');
  });

  it('sends to the named town what no bureau clearly claims', () => {
    const u = lead(county, '关于大麦山镇圩镇风貌提升的建议');
    expect(u.name).toBe('大麦山镇人民政府');
    expect(u.reasons.namedInText).toBe('大麦山镇');
  });

  it('finds a town named without 镇 once the long autonomous-county prefix is dropped', () => {
    const town = county
      .suggest({ title: '关于寨岗圩日集市周边环境整治的建议' })
      .units.find((u) => u.name === '连南瑶族自治县寨岗镇人民政府')!;
    expect(town.reasons.namedInText).toBe('寨岗');
  });

  it('finds a sub-district named without 街道', () => {
    const city = new Router(['某市教育局', '某市交通运输局', '城西街道办事处']);
    const office = city
      .suggest({ title: '关于解决城西老菜市场周边停车难的建议' })
      .units.find((u) => u.name === '城西街道办事处')!;
    expect(office.reasons.namedInText).toBe('城西');
  });

  it('tells the rural revitalisation bureau from agriculture, and the co-operative from industry', () => {
    expect(lead(county, '关于做好易地扶贫搬迁安置点后续扶持的建议').name).toBe(
      '连南瑶族自治县乡村振兴局',
    );
    expect(lead(county, '关于稳定春耕农资供应价格的建议').name).toBe('连南瑶族自治县供销合作联社');
    expect(lead(county, '关于扶持专精特新中小企业的建议').name).toBe(
      '连南瑶族自治县科技工业信息化局',
    );
  });

  it('sends poverty-relief subjects to agriculture where there is no rural revitalisation bureau', () => {
    const merged = new Router(COUNTY.filter((u) => !u.includes('乡村振兴')));
    expect(lead(merged, '关于做好易地扶贫搬迁安置点后续扶持的建议').name).toBe(
      '连南瑶族自治县农业农村局',
    );
  });

  it('lets the sector decide a county’s 产业 proposal, not the word 产业', () => {
    expect(lead(county, '关于推进高山茶叶产业高质量发展的建议').name).toBe(
      '连南瑶族自治县农业农村局',
    );
  });

  it('does not take past proposals as similar because they name a village committee too', () => {
    // Three village projects this county gave to a town, among proposals on other subjects:
    // their only common words with the new proposal are 村委会's, which say where, not what.
    const village = [
      '关于新建甲村委会党群活动室的建议',
      '关于修缮乙村委会办公楼的建议',
      '关于扩建丙村委会文化广场的建议',
    ].map((title) => ({ title, leadUnit: '连南瑶族自治县寨岗镇人民政府' }));
    const others = [
      ['关于加强中小学校园安全管理的建议', '连南瑶族自治县教育局'],
      ['关于改善乡镇卫生院医疗条件的建议', '连南瑶族自治县卫生健康局'],
      ['关于加快农村公路养护的建议', '连南瑶族自治县交通运输局'],
      ['关于推进老旧小区改造的建议', '连南瑶族自治县住房和城乡建设局'],
      ['关于发展瑶族长鼓舞文化旅游的建议', '连南瑶族自治县文化广电旅游体育局'],
      ['关于扩大家庭农场规模经营的建议', '连南瑶族自治县农业农村局'],
    ].map(([title, leadUnit]) => ({ title: title!, leadUnit }));
    const history = [...village, ...others].map((h, i) => ({ ...h, ref: `h${i}` }));
    const u = lead(new Router(COUNTY, history), '关于修复己村委会灌溉水渠的建议');
    expect(u.name).toBe('连南瑶族自治县水利局');
    expect(u.reasons.similar).toEqual([]);
  });

  it('weighs a 助力 purpose clause like the summary: the subject comes before it', () => {
    expect(lead(county, '关于办好县域职业教育助力乡村振兴的建议').name).toBe(
      '连南瑶族自治县教育局',
    );
  });
});

describe('routing suggestions: words whose department and area differ', () => {
  const router = new Router(UNITS);

  it('puts sewers in ecology although the construction bureau lays them', () => {
    const s = router.suggest({ title: '关于加快城区污水管网建设的建议' });
    expect(s.categories[0]!.name).toBe('生态文明建设');
    expect(s.units[0]!.name).toBe('晋城市住房和城乡建设局');
  });

  it('puts tourism in economy and heritage in culture, both for the culture and tourism bureau', () => {
    const tourism = router.suggest({ title: '关于发展乡村旅游推动民宿集聚经营的建议' });
    expect(tourism.categories[0]!.name).toBe('经济建设');
    expect(tourism.units[0]!.name).toBe('晋城市文化和旅游局');
    const heritage = router.suggest({ title: '关于加强非遗代表性传承人扶持的建议' });
    expect(heritage.categories[0]!.name).toBe('文化建设');
    expect(heritage.units[0]!.name).toBe('晋城市文化和旅游局');
  });

  it.each([
    ['关于提升城市水安全保障水平的建议', '经济建设'], // 安全 alone is no area; 水安全 is water works
    ['关于优化数字产业生态的建议', '经济建设'], // an industry's 生态 is its ecosystem, not nature
  ])('puts %s in %s', (title, name) => {
    expect(area(router, title)).toBe(name);
  });

  it('does not send every 工程 to the construction bureau', () => {
    const national = new Router(['住房和城乡建设部', '水利部', '交通运输部']);
    expect(lead(national, '关于加快引水工程建设的建议').name).toBe('水利部');
  });
});

describe('routing suggestions when a kind of unit is missing or split', () => {
  it('gives roads to the construction bureau, not the police, where there is no transport bureau', () => {
    const city = new Router(['市住建局', '市公安局', '市林业局', '海城区政府办']);
    expect(lead(city, '关于打通城区断头路的建议').name).toBe('市住建局');
  });

  it('gives waterways to the ports agency before the transport bureau', () => {
    const city = new Router(['湖州市交通运输局', '湖州市港航管理中心', '湖州市水利局']);
    const units = city.suggest({ title: '关于提升内河航道通航能力的建议' }).units;
    expect(units.map((u) => u.name).slice(0, 2)).toEqual([
      '湖州市港航管理中心',
      '湖州市交通运输局',
    ]);
  });

  it('gives tourism to a scenic area’s administration where there is no tourism bureau', () => {
    const county = new Router(['某县农业农村局', '某县卫生健康局', '某县风景名胜区管理局']);
    expect(lead(county, '关于完善景区游客服务设施的建议').name).toBe('某县风景名胜区管理局');
  });

  it('does not let a named district outweigh a compound of a strongly specific word', () => {
    // 公交线路 weighs as 公交:2, so the bus route goes to transport, the district only says where.
    const city = new Router(['嘉兴市交通运输局', '嘉兴市住房和城乡建设局', '嘉善县人民政府']);
    expect(lead(city, '关于优化嘉善县至主城区公交线路的建议').name).toBe('嘉兴市交通运输局');
  });
});

describe('routing suggestions between a general and a specialised unit of the same kind', () => {
  const city = new Router([
    '某市公安局',
    '某市公安局交通警察支队',
    '某市人力资源和社会保障局',
    '某市民政局',
    '某市退役军人事务局',
    '某市残疾人联合会',
  ]);

  it('gives traffic order to the traffic police and the rest of policing to the bureau', () => {
    expect(lead(city, '关于整治路口机动车违停的建议').name).toBe('某市公安局交通警察支队');
    expect(lead(city, '关于加强文明养犬管理的建议').name).toBe('某市公安局');
  });

  it('gives a population’s employment to the department that exists for it', () => {
    expect(lead(city, '关于拓宽退役军人就业渠道的建议').name).toBe('某市退役军人事务局');
    expect(lead(city, '关于扶持残疾人灵活就业的建议').name).toBe('某市残疾人联合会');
    expect(lead(city, '关于促进高校毕业生就业的建议').name).toBe('某市人力资源和社会保障局');
  });

  it('gives pensions to social insurance, not to elderly care', () => {
    expect(lead(city, '关于稳步提高城乡居民基础养老金的建议').name).toBe(
      '某市人力资源和社会保障局',
    );
  });
});

describe('routing suggestions on a county’s full department list', () => {
  // Thirty units, as a county's proposal office lists them: its own government office, the
  // comprehensive and specialised bureaus (工业商务和信息化局 is Yunnan's merged industry bureau),
  // a prefecture's ecology branch and two townships.
  const FULL = [
    '某某彝族自治县人民政府办公室',
    '某某彝族自治县发展和改革局',
    '某某彝族自治县工业商务和信息化局',
    '某某彝族自治县教育体育局',
    '某某彝族自治县科学技术局',
    '某某彝族自治县公安局',
    '某某彝族自治县民政局',
    '某某彝族自治县司法局',
    '某某彝族自治县财政局',
    '某某彝族自治县人力资源和社会保障局',
    '某某彝族自治县自然资源局',
    '某州生态环境局某某分局',
    '某某彝族自治县住房和城乡建设局',
    '某某彝族自治县交通运输局',
    '某某彝族自治县水务局',
    '某某彝族自治县农业农村局',
    '某某彝族自治县林业和草原局',
    '某某彝族自治县文化和旅游局',
    '某某彝族自治县卫生健康局',
    '某某彝族自治县退役军人事务局',
    '某某彝族自治县应急管理局',
    '某某彝族自治县审计局',
    '某某彝族自治县市场监督管理局',
    '某某彝族自治县统计局',
    '某某彝族自治县医疗保障局',
    '某某彝族自治县民族宗教事务局',
    '某某彝族自治县综合行政执法局',
    '某某彝族自治县残疾人联合会',
    '青山镇人民政府',
    '河口乡人民政府',
  ];
  const county = new Router(FULL);

  it('sends industry to the merged 工业商务和信息化局, not to the development bureau', () => {
    expect(lead(county, '关于推动工业园区企业技术改造的建议').name).toBe(
      '某某彝族自治县工业商务和信息化局',
    );
  });

  it('guesses the water bureau for a pond or a ditch the lexicon has no word for', () => {
    // 闸塘 and 三面沟 are no lexicon words; their head characters 塘 and 沟 are the water
    // bureau's (山塘, 沟渠), and the village and the request verbs say nothing.
    expect(lead(county, '修缮小闸塘的建议').name).toBe('某某彝族自治县水务局');
    expect(lead(county, '关于帮助修建甲村委会硝洞三面沟的建议').name).toBe('某某彝族自治县水务局');
    expect(area(county, '修缮小闸塘的建议')).toBe('经济建设');
  });

  it('reads a request frame as a frame: in 关于要求…的提议 the head is what comes between', () => {
    expect(lead(county, '关于要求修缮小闸塘的提议').name).toBe('某某彝族自治县水务局');
    // A frame inside a frame, as when a 建议 is filed again as a 提案.
    expect(lead(county, '关于修缮小闸塘建议的提案').name).toBe('某某彝族自治县水务局');
  });

  it('guesses from characters only when the lexicon has no word at all', () => {
    // 活动室 is an area word (a community facility), no department's: the guess stays out and
    // the comprehensive departments keep the default, not whoever has a 室 (实验室, 卫生室).
    expect(firstTwo(county, '关于新建甲村委会活动室的提案')).toEqual(COUNTY_GENERALISTS);
  });

  it('keeps the guess below any word: one matched word still decides', () => {
    // 中小学 is education's word; the back-off never runs when a word is found.
    expect(lead(county, '关于中小学闸塘安全的建议').name).toBe('某某彝族自治县教育体育局');
  });

  it('still leaves a title with nothing telling to the comprehensive departments', () => {
    expect(firstTwo(county, '关于一件说不清归属的事情')).toEqual(COUNTY_GENERALISTS);
  });

  it('puts the departments that share the lead’s work next, before the government office', () => {
    // Irrigation is the water bureau's; agriculture builds farmland irrigation too, and the
    // development bureau funds projects of every kind. Roads: construction builds city streets.
    const next = (title: string) =>
      county
        .suggest({ title })
        .units.slice(0, 3)
        .map((u) => u.name);
    expect(next('关于修复甲村灌溉沟渠的建议')).toEqual([
      '某某彝族自治县水务局',
      '某某彝族自治县发展和改革局',
      '某某彝族自治县农业农村局',
    ]);
    expect(next('关于打通城区断头路的建议')).toContain('某某彝族自治县住房和城乡建设局');
  });

  it('counts a village activity room as a community service (社会建设)', () => {
    expect(area(county, '关于新建甲村委会活动室的提案')).toBe('社会建设');
  });
});

describe('routing suggestions: a district government listed as 某区政府办', () => {
  it('finds the district when a title names it, though the unit ends in 政府办', () => {
    const city = new Router(['市住建局', '市公安局', '市林业局', '海城区政府办', '银海区政府办']);
    const u = lead(city, '关于海城区老街片区风貌提升的建议');
    expect(u.name).toBe('海城区政府办');
    expect(u.reasons.namedInText).toBe('海城区');
  });

  it('does not take the body’s own government office for a place government', () => {
    expect(isPlaceGovernment('某某彝族自治县人民政府办公室', '某某彝族自治县')).toBe(false);
    expect(isPlaceGovernment('市人民政府办公室', '市')).toBe(false);
    expect(isPlaceGovernment('海城区政府办', '市')).toBe(true);
    expect(isPlaceGovernment('某某彝族自治县青山镇人民政府', '某某彝族自治县')).toBe(true);
  });
});

describe('routing suggestions recognise the usual forms of unit names', () => {
  it('knows an urban renewal bureau, a hospital, a school and a river authority by their names', () => {
    const city = new Router([
      '某区城市更新局',
      '某县人民医院',
      '某县第一中学',
      '某区河道管理所',
      '某市委党校',
    ]);
    expect(lead(city, '关于加快老旧小区改造的建议').name).toBe('某区城市更新局');
    expect(lead(city, '关于改善急诊科就医环境的建议').name).toBe('某县人民医院');
    expect(lead(city, '关于加强中小学教师队伍建设的建议').name).toBe('某县第一中学');
    expect(lead(city, '关于加强水库除险加固的建议').name).toBe('某区河道管理所');
  });

  it('does not take a party school for a school', () => {
    const city = new Router(['某市委党校', '某市教育局']);
    const school = city
      .suggest({ title: '关于加强中小学教师队伍建设的建议' })
      .units.find((u) => u.name === '某市委党校')!;
    expect(school.reasons.terms).not.toContain('中小学');
  });
});

describe('routing suggestions follow the labelling convention of the five areas', () => {
  const router = new Router(UNITS);

  // Subjects whose department's usual area is not theirs: the convention decides.
  it.each([
    ['关于推进居民小区生活垃圾分类投放的建议', '生态文明建设'], // waste is 资源环境, though 城管 collects it
    ['关于优化地铁站与公交站接驳换乘的建议', '经济建设'], // public transport is 工交邮电
    ['关于新建城南跨河大桥的建议', '经济建设'], // bridges are infrastructure
    ['关于推进政务服务事项一网通办的建议', '政治建设'], // government services are government building
    ['关于加强村级组织建设的建议', '政治建设'], // village organisations are 基层政权
    ['关于推进无障碍环境建设的建议', '社会建设'], // 无障碍环境 is the disabled's, not the environment
  ])('puts %s in %s', (title, name) => {
    expect(area(router, title)).toBe(name);
  });

  it('sends waste sorting to urban management and a bridge to transport', () => {
    expect(lead(router, '关于推进居民小区生活垃圾分类投放的建议').name).toBe('晋城市城市管理局');
    expect(lead(router, '关于新建城南跨河大桥的建议').name).toBe('晋城市交通运输局');
  });

  it('sends flood drainage to the water bureau, as water works (经济建设)', () => {
    const city = new Router(['某市水务局', '某市住房和城乡建设局', '某市交通运输局']);
    const s = city.suggest({ title: '关于加快城区排水防涝设施建设的建议' });
    expect(s.units[0]!.name).toBe('某市水务局');
    expect(s.categories[0]!.name).toBe('经济建设');
  });

  it('lets the weightier, then the earlier, of two overlapping words of one length decide', () => {
    // 食品安全:2 before 安全监管; 污水管网:2 (sewers, ecology) before 农村污水.
    const city = new Router(['某市应急管理局', '某市市场监督管理局']);
    expect(lead(city, '关于加强食品安全监管的建议').name).toBe('某市市场监督管理局');
    const s = router.suggest({ title: '关于完善青山镇农村污水管网的建议' });
    expect(s.units[0]!.name).toBe('晋城市住房和城乡建设局');
    expect(s.categories[0]!.name).toBe('生态文明建设');
  });

  it('knows a road by the 大道 of its name and heritage by its 传统建筑', () => {
    expect(lead(router, '关于加快滨河大道扩建工程的建议').name).toBe('晋城市交通运输局');
    expect(area(router, '关于保护古镇传统建筑的建议')).toBe('文化建设');
  });

  it('knows county commerce (县域商业) as the commerce bureau’s', () => {
    const county = new Router(['某县商务局', '某县水务局', '某县人力资源和社会保障局']);
    expect(lead(county, '关于完善县域商业体系的建议').name).toBe('某县商务局');
  });
});

describe('routing suggestions do not read 市政 into a city’s 市 + 政府/政务', () => {
  it('does not take a government services bureau or the government office for urban management', () => {
    expect(kindsOfUnit('江城市政务服务数据管理局').map((k) => k.id)).toEqual([
      'government-services',
    ]);
    expect(kindsOfUnit('江城市政府办公室').map((k) => k.id)).toEqual(['government-office']);
    expect(kindsOfUnit('江城市市政设施管理处').map((k) => k.id)).toEqual(['urban-management']);
  });

  it('sends street cleaning to urban management, not to the government services bureau', () => {
    const city = new Router([
      '江城市政务服务数据管理局',
      '江城市城市管理和综合执法局',
      '江城市人民政府办公室',
      '江城市生态环境局',
    ]);
    expect(lead(city, '关于增设背街小巷公共厕所的建议').name).toBe('江城市城市管理和综合执法局');
  });
});

describe('routing suggestions learn the body’s habits from its past assignments', () => {
  // This body has its village roads built by the construction bureau and files them under
  // 社会建设: seven past road proposals, each in other words, and a few on other subjects.
  const roads = [
    '关于硬化甲村至乙村道路的建议',
    '关于修复城东公路塌方路段的建议',
    '关于拓宽丙镇进村道路的建议',
    '关于改造丁村柏油路的建议',
    '关于修建戊村村组道路的建议',
    '关于维修己村通村公路的建议',
    '关于打通庚村断头路的建议',
  ].map((title, i) => ({
    title,
    leadUnit: '晋城市住房和城乡建设局',
    area: 'society' as const,
    ref: `r${i}`,
  }));
  const others = [
    { title: '关于改善乡镇卫生院医疗条件的建议', leadUnit: '晋城市卫生健康委员会' },
    { title: '关于加强中小学校园安全管理的建议', leadUnit: '晋城市教育局' },
  ].map((h, i) => ({ ...h, area: 'society' as const, ref: `o${i}` }));
  // Shares no word with any past proposal: only the habit can tell.
  const title = '关于实施壬村窄改宽工程的建议';

  it('sends a road to where this body’s roads went, with the habit as the reason', () => {
    expect(lead(new Router(UNITS), title).name).toBe('晋城市交通运输局');
    const learned = lead(new Router(UNITS, [...roads, ...others]), title);
    expect(learned.name).toBe('晋城市住房和城乡建设局');
    expect(learned.reasons.similar).toEqual([]);
    expect(learned.reasons.habit).toEqual({ count: 7, of: 7 });
  });

  it('files it in the area this body files its roads in', () => {
    expect(area(new Router(UNITS), title)).toBe('经济建设');
    expect(area(new Router(UNITS, [...roads, ...others]), title)).toBe('社会建设');
  });

  it('lets one or two past proposals tip only close calls, not overrule the words', () => {
    const few = new Router(UNITS, [...roads.slice(0, 2), ...others]);
    expect(lead(few, title).name).toBe('晋城市交通运输局');
    expect(area(few, title)).toBe('经济建设');
  });

  it('leaves other subjects to the lexicon', () => {
    const router = new Router(UNITS, [...roads, ...others]);
    expect(lead(router, '关于推进医养结合服务发展的提案').name).toBe('晋城市卫生健康委员会');
    expect(area(router, '关于发展低空经济的提案')).toBe('经济建设');
  });
});

describe('routing suggestions know more of the departments’ published duties', () => {
  const city = new Router([
    '某市教育局',
    '某市人力资源和社会保障局',
    '某市卫生健康委员会',
    '某市妇女联合会',
    '某市司法局',
    '某市发展和改革委员会',
    '某市住房和城乡建设局',
    '某市文化广电旅游局',
    '某市水务局',
  ]);

  it.each([
    ['关于保障外来务工人员随迁子女入学的建议', '某市教育局'], // the head is 入学, not the workers
    ['关于加大计生特殊家庭帮扶力度的建议', '某市卫生健康委员会'],
    ['关于全面推进依法行政的建议', '某市司法局'],
    ['关于规划建设一批特色小镇的建议', '某市发展和改革委员会'],
    ['关于加快城区危旧房改造的建议', '某市住房和城乡建设局'],
    ['关于活化利用老城区历史建筑的建议', '某市文化广电旅游局'],
    ['关于在社区公园建设城市书房的建议', '某市文化广电旅游局'],
    ['关于严厉打击河道非法采砂的建议', '某市水务局'],
  ])('sends %s to %s', (title, unit) => {
    expect(lead(city, title).name).toBe(unit);
  });

  it.each([
    ['关于活化利用老城区历史建筑的建议', '文化建设'],
    ['关于严厉打击河道非法采砂的建议', '生态文明建设'], // river sand is a resource to protect
  ])('puts %s in %s', (title, name) => {
    expect(area(city, title)).toBe(name);
  });
});

describe('routing suggestions read a subject word used as a manner of speaking', () => {
  const city = new Router([
    '某市商务局',
    '某市农业农村局',
    '某市卫生健康委员会',
    '某市住房和城乡建设局',
    '某市水务局',
  ]);

  it('does not take 健康发展 (healthy development) for health', () => {
    const s = city.suggest({ title: '关于推动房地产市场平稳健康发展的建议' });
    expect(s.units[0]!.name).toBe('某市住房和城乡建设局');
    expect(s.units[0]!.reasons.terms).toContain('房地产');
    expect(s.categories.find((c) => c.name === '社会建设')!.reasons.terms).not.toContain('健康');
  });

  it('sends e-commerce for villages to commerce and a fishing ban to agriculture, in ecology', () => {
    expect(lead(city, '关于深入推进电商进农村的建议').name).toBe('某市商务局');
    const ban = city.suggest({ title: '关于加强湖泊禁渔管理的建议' });
    expect(ban.units[0]!.name).toBe('某市农业农村局');
    expect(ban.categories[0]!.name).toBe('生态文明建设');
  });
});

describe('routing suggestions for culture, politics and society subjects', () => {
  const city = new Router([
    '某市民政局',
    '某市教育局',
    '某市卫生健康委员会',
    '某市司法局',
    '某市文化广电旅游局',
    '某市民族宗教事务局',
    '某市人民政府办公室',
  ]);

  it.each([
    ['关于开展书香社区创建活动的建议', '文化建设'], // reading is culture, the 社区 only says where
    ['关于加强少数民族传统节庆保护传承的建议', '文化建设'], // a festival, though the people is political
    ['关于深化政府信息公开工作的建议', '政治建设'],
    ['关于修订居民公约推进居民自治的建议', '政治建设'], // 基层民主
  ])('puts %s in %s', (title, name) => {
    expect(area(city, title)).toBe(name);
  });

  it.each([
    ['关于提高孕产妇保健服务水平的建议', '某市卫生健康委员会'],
    ['关于在老旧社区开办社区食堂的建议', '某市民政局'], // not a school canteen
    ['关于规范涉企行政检查的建议', '某市司法局'],
    ['关于推动传统工艺振兴的建议', '某市文化广电旅游局'],
  ])('sends %s to %s', (title, unit) => {
    expect(lead(city, title).name).toBe(unit);
  });
});

describe('routing suggestions, fourth pass: areas by the labelling rule', () => {
  const router = new Router(UNITS);

  it.each([
    ['关于规划建设城区公共停车场的建议', '经济建设'], // parking is transport (工交邮电)
    ['关于治理城区早晚高峰交通拥堵的建议', '经济建设'], // congestion too; traffic order stays society
    ['关于在老城区背街小巷增设路灯的建议', '经济建设'], // street lighting is road infrastructure
    ['关于推进老旧小区加装电梯的建议', '社会建设'], // housing is 社会建设
    ['关于改善拆迁安置小区居住环境的建议', '社会建设'], // 居住环境 is housing, not the environment
    ['关于加快改造城区破损人行道的建议', '经济建设'], // streets are infrastructure
    ['关于推进行政区划调整的建议', '政治建设'], // the structure of government (基层政权)
    ['关于持续推进农村人居环境整治提升的建议', '生态文明建设'], // rural sewage, waste, toilets
  ])('puts %s in %s', (title, name) => {
    expect(area(router, title)).toBe(name);
  });

  it('sends parking to the transport bureau or urban management, and housing to construction', () => {
    expect(firstTwo(router, '关于规划建设城区公共停车场的建议').sort()).toEqual([
      '晋城市交通运输局',
      '晋城市城市管理局',
    ]);
    expect(lead(router, '关于改善拆迁安置小区居住环境的建议').name).toBe('晋城市住房和城乡建设局');
  });
});

describe('routing suggestions, fourth pass: where a title says where, not what', () => {
  const router = new Router(UNITS);

  it('reads a place phrase (…片区, …沿线, …周边) as where the subject is', () => {
    // 农贸市场 only says where the shanty town is; 高速公路 where the greening is.
    const s = router.suggest({ title: '关于加快农贸市场片区棚户区改造的建议' });
    expect(s.units[0]!.name).toBe('晋城市住房和城乡建设局');
    expect(s.categories[0]!.name).toBe('社会建设');
    expect(area(router, '关于做好高速公路和国道沿线绿化的建议')).toBe('生态文明建设');
  });

  it('reads what a mid-title verb of adding asks for as the subject', () => {
    const s = router.suggest({ title: '关于在公交站台增设垃圾箱的建议' });
    expect(s.units[0]!.name).toBe('晋城市城市管理局');
    expect(s.categories[0]!.name).toBe('生态文明建设');
  });

  it('does not read the words of a road’s name as its subject', () => {
    // 文化路 and 民主路 are city streets (城市道路): the construction bureau's, economy — not
    // culture or politics.
    const s = router.suggest({ title: '关于加快文化路和民主路改造的建议' });
    expect(s.units[0]!.name).toBe('晋城市住房和城乡建设局');
    expect(s.categories[0]!.name).toBe('经济建设');
    // A street that only says where (拆迁户 of 滨河路) is not the subject.
    expect(lead(router, '关于改善滨河路拆迁安置户居住环境的建议').name).toBe(
      '晋城市住房和城乡建设局',
    );
    expect(area(router, '关于改善滨河路拆迁安置户居住环境的建议')).toBe('社会建设');
    // 路灯 and 产业路 are words, not road names.
    expect(lead(router, '关于在老城区背街小巷增设路灯的建议').name).toBe('晋城市城市管理局');
  });

  it('knows a road line with its section, or a route between two places, as a road', () => {
    expect(lead(router, '关于修复黄石线石门段的建议').name).toBe('晋城市交通运输局');
    expect(lead(router, '关于解决大坪村至小河组出行难的建议').name).toBe('晋城市交通运输局');
  });
});

describe('routing suggestions, fourth pass: frames around the subject', () => {
  const county = new Router([
    '某县水务局',
    '某县应急管理局',
    '某县人民政府办公室',
    '某县发展和改革局',
    '某县生态环境局',
  ]);

  it('reads 对X进行Y as Y done to X', () => {
    expect(subjectOf('关于对村口古树进行保护的建议')).toBe('村口古树保护');
    // Protecting a reservoir's water resources is resource protection, not water works.
    expect(area(county, '关于对城区水库水资源进行保护的建议')).toBe('生态文明建设');
  });

  it('reads a request for policy support as a frame, not as the government office’s subject', () => {
    expect(lead(county, '关于将我县纳入现代水网先导县给予政策支持的建议').name).toBe('某县水务局');
  });

  it('reads an emergency works (应急工程) by what is built, not as emergency management', () => {
    const s = county.suggest({ title: '关于实施山区村组人畜饮水应急工程的建议' });
    expect(s.units[0]!.name).toBe('某县水务局');
    expect(s.categories[0]!.name).toBe('经济建设');
  });

  it('knows a merged 科工商信局 as the industry bureau', () => {
    expect(kindsOfUnit('某区科工商信局').map((k) => k.id)).toContain('industry-it');
  });
});

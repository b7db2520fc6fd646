import type { CategoryArea } from '@jianyan/shared';

/**
 * What each kind of government department (or people's organisation, or public enterprise) is
 * responsible for, so that routing works on day one, before a body has any history.
 *
 * - `units`: how such a department is named (full names and the usual abbreviations); matched
 *   against the body's own unit list, so 市卫健委 and 卫生健康委员会 are both found.
 * - `except`: names the pattern would wrongly catch (环境卫生 is street cleaning, not health).
 * - `terms`: words of the subjects it handles, space-separated; `word:2` weighs a word double
 *   (a word that almost only this department handles); `word:3` is the population a department
 *   exists for (退役军人, 残疾人), whose employment or training is still that department's;
 *   `word@area` gives a word its own area (see term-matcher.ts).
 * - `areas`: which of the five areas its proposals usually fall in, with shares.
 *
 * Written from the departments' published responsibilities (三定方案), not from any evaluation
 * set; see docs/routing.md.
 */
export interface DepartmentKind {
  id: string;
  units: RegExp;
  except?: RegExp;
  terms: string;
  areas: Partial<Record<CategoryArea, number>>;
}

/**
 * Where a kind's subjects go when the body has no unit of that kind (a county without a 工信局
 * sends industry to its 发改局): the kind's id → the kinds that usually take its work, in order.
 */
export const STAND_INS: Record<string, string[]> = {
  'industry-it': ['development-reform', 'science-technology'],
  'development-reform': ['industry-it', 'finance'],
  'housing-construction': ['urban-management', 'natural-resources'],
  'natural-resources': ['housing-construction', 'agriculture'],
  'culture-tourism': ['propaganda', 'sports'],
  health: ['medical-insurance', 'civil-affairs'],
  'civil-affairs': ['health', 'human-resources'],
  'supply-marketing': ['agriculture', 'commerce'],
  // Since 2023 the 乡村振兴局 has been merged back into agriculture in most places.
  'rural-revitalisation': ['agriculture'],
  'scenic-area': ['culture-tourism'],
  education: ['human-resources', 'culture-tourism'],
  'human-resources': ['civil-affairs', 'education'],
  // Roads without a transport bureau are built by the construction bureau (市政道路); the
  // police keep only traffic order, which has words of its own.
  transport: ['housing-construction', 'public-security'],
  'ports-waterways': ['transport'],
  agriculture: ['water', 'natural-resources'],
  'public-security': ['political-legal', 'justice'],
  'traffic-police': ['public-security', 'transport'],
  justice: ['public-security', 'political-legal'],
  'market-regulation': ['commerce', 'health'],
  commerce: ['development-reform', 'industry-it'],
  'science-technology': ['industry-it', 'education'],
  'medical-insurance': ['health', 'human-resources'],
  'housing-fund': ['housing-construction', 'finance'],
  'urban-management': ['housing-construction'],
  forestry: ['natural-resources', 'agriculture'],
  'grain-reserves': ['development-reform', 'agriculture'],
  energy: ['development-reform', 'industry-it'],
  'power-grid': ['energy', 'development-reform'],
  statistics: ['development-reform'],
  taxation: ['finance'],
  'finance-regulation': ['finance'],
  'state-assets': ['finance'],
  fire: ['emergency'],
  'public-transport-company': ['transport'],
  'heat-gas-water-companies': ['housing-construction', 'urban-management'],
  'railway-aviation': ['transport', 'development-reform'],
  'intellectual-property': ['market-regulation'],
  postal: ['transport', 'commerce'],
  telecom: ['industry-it'],
  'women-children': ['civil-affairs'],
  'youth-league': ['education', 'human-resources'],
  'trade-union': ['human-resources'],
  'disabled-persons': ['civil-affairs'],
  'red-cross': ['health'],
  sports: ['culture-tourism', 'education'],
  'science-association': ['science-technology'],
  'literature-art-social-science': ['culture-tourism'],
  archives: ['culture-tourism'],
  propaganda: ['culture-tourism'],
  'political-legal': ['public-security', 'justice'],
  'courts-procuratorate': ['justice'],
  discipline: ['government-office'],
  'people-congress-cppcc': ['government-office'],
  meteorology: ['agriculture'],
  'civil-air-defence': ['housing-construction'],
  petitions: ['government-office'],
  'ethnic-religious': ['united-front'],
  'foreign-affairs': ['commerce'],
  'development-zones': ['development-reform'],
  'government-services': ['government-office'],
  'ecology-environment': ['natural-resources'],
  veterans: ['civil-affairs'],
  establishment: ['organisation-department'],
  'elderly-cadres': ['organisation-department'],
  'party-school': ['organisation-department'],
  emergency: ['public-security'],
  water: ['agriculture'],
};

export const DEPARTMENT_KINDS: DepartmentKind[] = [
  {
    id: 'development-reform',
    units: /发展和改革|发展改革|发改|经济发展局|经发局|经济促进局/,
    terms:
      '发展改革:2 特色小镇:2 重大项目:2 项目建设 项目谋划 价格:2 物价 收费标准 新质生产力 产业布局 区域协调 以工代赈:2 低空经济:2 民营经济 投资 扩大内需 消费 县域经济 高质量发展:0.5 转型发展 资源型经济 开发区 服务业 现代服务业 十五五 十四五 规划纲要 营商环境 市场化改革 数字经济 统筹 城乡融合 招商 区域协调发展:2 区域发展 区域合作 省市共建:2 对口支援 对口合作 城市群:2 都市圈:2 经济带:2 经济圈 一体化 革命老区 老区 西部大开发:2 东北振兴 中部崛起 新区 国家级新区:2 先行区 先行示范区 试验区 综合改革 综合配套改革 重大战略 国家战略 供给侧结构性改革 投资环境 发展环境',
    areas: { economy: 1 },
  },
  {
    id: 'industry-it',
    units:
      /工业和信息化|工业信息化|工信|经济和信息化|经信|工业局|科工信|科工商信|科技工业|工业商务|工业和商务|工业科技|工业园区管理|经济贸易|经贸/,
    terms:
      '工业:2 制造业:2 专精特新:2 中小企业:2 中小微企业 民营企业 企业数字化 数字化转型 智能制造:2 产业链 链主 产业集群 技术改造 工业园区 园区 新能源汽车 传统产业 新兴产业 战略性新兴产业 信息化 5G 工业互联网 软件 集成电路 新材料 装备制造 铸造 焦化 钢铁 化工 企业 产业:0.5 融资 减负 产业生态',
    areas: { economy: 1 },
  },
  {
    id: 'commerce',
    units: /商务|商业局|招商|投资促进|投促/,
    terms:
      '商务:2 商贸 商业:2 县域商业:2 商业体系 消费:2 促消费 夜经济:2 夜间经济 电商 电子商务:2 农村电商:2 电商进农村:2 外贸:2 进出口 跨境电商 招商引资:2 招商 步行街 商圈 商业街 老字号:2 会展 餐饮 直播带货 预制菜 农贸市场 菜市场 便民生活圈 市场体系 物流 冷链 外资 开放型经济 会展经济 首店 保供:2 市场保供 生活必需品',
    areas: { economy: 1 },
  },
  {
    id: 'finance',
    units: /财政/,
    terms:
      '财政:2 专项债 预算 政府采购 财政资金 补贴 资金保障 经费:0.5 奖补 债务 转移支付 专项资金 政府投资 以奖代补',
    areas: { economy: 1 },
  },
  {
    id: 'finance-regulation',
    units: /金融|银行|银保监|银监|保监|证监|保险监督|证券/,
    terms:
      '金融:2 融资:2 贷款:2 信贷 普惠金融:2 银行 保险 融资难 融资贵 担保 上市 资本市场 基金 风险投资 征信 信用贷 非法集资 小额贷款 农村金融',
    areas: { economy: 1 },
  },
  {
    id: 'taxation',
    units: /税务/,
    terms: '税收:2 纳税:2 减税降费:2 税费 退税 留抵退税 发票 税务 个税',
    areas: { economy: 1 },
  },
  {
    id: 'market-regulation',
    units: /市场监督|市场监管|工商行政|质量技术监督|质监/,
    terms:
      '食品安全:2 市场监管:2 产品质量 质量提升 消费者权益 消费维权 药品安全 药品监管 特种设备:2 计量 标准化 知识产权 商标 品牌 校园食品 餐饮安全 预付卡:2 虚假宣传 价格欺诈 市场秩序 假冒伪劣 消费环境 检验检测 个体工商户 市场主体 登记注册 网络交易 直播营销 电梯安全 食品 保健品 预付式消费:2 预付式',
    areas: { economy: 0.5, society: 0.5 },
  },
  {
    id: 'education',
    units: /教育|教委|教体|教科|社会事务局|社会事业局|学校|中学|小学|大学|职业学院|职业技术学院/,
    // A party school or an academy of administration trains officials, not pupils.
    except: /党校|行政学院/,
    terms:
      '教育:2 学校:2 教师:2 学生:2 中小学:2 幼儿园:2 学前教育:2 义务教育:2 职业教育:2 高等教育 高校 大学 双减 课后服务:2 校园 招生 学位:2 研学 思政课 思政 劳动教育 心理健康教育 校外培训 职业院校 中职 高职 产教融合 特殊教育 家庭教育 家校 校车 课程 教材 师资 高中:2 初中:2 小学:2 教学 教研 乡村教师 县中 托管 午休 课桌 近视 体育课 美育 书法教育 营养餐 食堂 学区 入学 子女入学:2 随迁子女:2 民办学校 老年大学 终身教育 科学教育 人工智能教育 育人 育人环境 校园环境 教育环境 青少年 未成年人 中学:2 校舍:2 师生:2 中心学校 中心小学 完小 实验小学 实验中学 一中 二中 三中 一小 二小 三小',
    areas: { society: 1 },
  },
  {
    id: 'science-technology',
    units:
      /科学技术局|科学技术委员会|科学技术厅|科学技术部|科技局|科技厅|科技部|科技和工业|科技工业|科工信|科学技术和|工业和科技/,
    except: /协会|科协/,
    terms:
      '科技:2 科技创新:2 研发:2 科技成果:2 成果转化:2 高新技术企业:2 高新技术 创新平台 科技型企业:2 科技型中小企业 人工智能:2 实验室 创新 技术创新 科研 孵化器 孵化 科技人才 新型研发机构 中试 技术转移 产学研 创新链 科技特派员 创新生态 创新环境',
    areas: { economy: 1 },
  },
  {
    id: 'health',
    units:
      /社会事务局|社会事业局|卫生健康|卫健|卫生局|卫生厅|卫生部|卫计|卫生和计划生育|疾病预防控制|疾控|中医药管理|医院|卫生院|妇幼保健/,
    except: /环境卫生|环卫/,
    terms:
      '医疗:2 医院:2 医生:2 医务人员 医护 卫生:2 健康:2 疾病 疫苗 接种 公共卫生:2 医养结合:2 基层医疗 乡村医生:2 村医:2 村卫生室 乡镇卫生院 卫生院 中医:2 中医药:2 慢性病 心理健康 护理 护士 急救 儿科 妇幼 孕产妇:2 生育 生育支持 托育:2 婴幼儿 出生 人口 医联体 医共体 家庭医生 分级诊疗 传染病 体检 康复 罕见病 精神卫生 精神障碍 看病 就医 就医环境 挂号 诊疗 药品 药店 医药 医学 临床 职业病 爱国卫生 健康教育 病床 专科 癌症 肿瘤 糖尿病 高血压 老年病 安宁疗护 无偿献血 献血 出生缺陷 计划生育:2 计生 失独:2 计生特殊家庭 近视防控 健康产业@economy 大健康@economy 中医药产业:2@economy 医药产业@economy 生物医药@economy',
    areas: { society: 1 },
  },
  {
    id: 'medical-insurance',
    units: /医疗保障|医保/,
    terms:
      '医保:2 医疗保险:2 医疗保障:2 报销:2 集采 带量采购 药品价格 异地就医:2 门诊统筹 大病保险 长期护理保险:2 长护险:2 个人账户 参保 医保基金 医保支付 按病种付费 DRG 门诊慢特病 欺诈骗保 定点医药机构',
    areas: { society: 1 },
  },
  {
    id: 'civil-affairs',
    units: /民政|社会事务局|社会事业局/,
    except: /人民政府/,
    terms:
      '养老:2 养老服务:2 老年人:2 老龄 社区养老 居家养老:2 养老机构:2 养老院 敬老院 日间照料 社会救助:2 低保:2 特困 困难群众 儿童福利 留守儿童:2 困境儿童 孤儿 殡葬:2 公墓 墓地 婚姻登记 行政区划:2@politics 区划调整:2@politics 社会组织:2 社区工作者 社区服务 慈善:2 志愿服务 地名 区划@politics 银发 助餐 老年食堂 长者食堂 社工 社会工作 失能 高龄 老年 空巢 适老化 城乡社区 村务 社区 村民自治@politics 居民自治:2@politics 村规民约@politics 居民公约@politics 基层政权@politics 社区食堂:2 养老产业@economy',
    areas: { society: 1 },
  },
  {
    id: 'human-resources',
    units: /人力资源和社会保障|人力资源社会保障|人社|人力资源|社会事务局|社会事业局/,
    terms:
      '就业:2 创业:2 社保:2 社会保险:2 养老保险:2 工伤 失业 劳动:2 工资 欠薪:2 拖欠工资 农民工:2 技能培训:2 职业技能:2 技能 人才:2 职称:2 高校毕业生:2 大学生就业 毕业生 灵活就业:2 新就业形态:2 劳动者 事业单位 招聘 退休 人事 技工 技工院校 劳动关系 劳动仲裁 社保卡 零工 公益性岗位 稳就业 人才引进 人才公寓 待遇 薪酬 外卖骑手 快递员 网约车司机 养老金:2 基础养老金',
    areas: { society: 1 },
  },
  {
    id: 'housing-construction',
    units:
      /住房和城乡建设|住房城乡建设|住建|城乡建设|建设局|建委|建设委员会|房产管理|房管|房地产|住房保障|房屋管理|城市更新|棚户区改造|旧城改造/,
    terms:
      '住房:2 保障房 保障性住房:2 公租房 廉租房 物业:2 物业服务 物业管理 老旧小区:2 小区改造 老旧小区改造 房地产:2 商品房 楼市 建筑:2 建筑业:2@economy 施工@economy 城市更新:2 棚户区 棚改 燃气:2 供热:2 暖气 供暖 集中供热 排水@economy 管网:2@economy 雨污分流:2@ecology 海绵城市@economy 综合管廊@economy 电梯 加装电梯:2 装修 工程质量@economy 烂尾 保交楼 房屋 危房 危旧房:2 农房 住宅 城中村 市政@economy 市政道路:2@economy 城市道路:2@economy 城市建设@economy 小区 业委会 业主 公积金 建筑垃圾@ecology 装配式@economy 绿色建筑 住房租赁 房租 物业费 二次供水 城市基础设施@economy 城市体检 城市生命线:2@economy 人行道@economy 污水管网:2@ecology 污水处理厂:2@ecology 居住环境:2 拆迁:2 拆迁安置:2 安置房:2 房屋征收:2 征收',
    // Housing and community services are 社会建设 (the labelling rule); the building industry and
    // the city's streets and pipes are infrastructure, economy, and carry it themselves.
    areas: { society: 0.8, economy: 0.2 },
  },
  {
    id: 'urban-management',
    // 市政 as municipal works, not the 市 of a city's name before 政府/政务/政协/政法.
    units: /城市管理|城管|综合行政执法|市容|环境卫生|环卫|市政(?![府务协法])/,
    terms:
      '城市管理:2 市容:2 环卫:2 环境卫生 垃圾分类:2@ecology 生活垃圾:2@ecology 垃圾@ecology 垃圾处理@ecology 垃圾中转站@ecology 垃圾桶:2@ecology 垃圾箱:2@ecology 环卫设施:2 资源化利用@ecology 占道:2 占道经营 摊贩 流动摊贩 摊点 户外广告 违建 违法建设:2 私搭乱建 公厕:2 公共厕所 路灯:2@economy 停车@economy 停车位@economy 停车场@economy 停车难@economy 井盖 城市道路@economy 广场 餐厨垃圾@ecology 建筑垃圾@ecology 渣土 夜市 背街小巷 城市精细化管理 精细化 城市治理 共享单车 门头 牌匾 市容市貌 马路 便道 洒水 清扫 垃圾清运@ecology 桥梁@economy 窨井',
    areas: { society: 1 },
  },
  {
    id: 'transport',
    units: /交通运输|交通局|交通委|交通厅|运输管理|运管|公路/,
    except: /警/,
    terms:
      '交通:2 公交:2 公共交通:2 道路:2 公路:2 农村公路:2 四好农村路:2 客运 出租车:2 网约车 地铁 轨道交通 运输 货运 货车 驾驶 驾校 桥梁 高速公路 高速 公交站 站点 线路 班车 定制公交 慢行 通勤 客运站 汽车站 枢纽 路网 城际 绕城 国道 省道 快速路 交通基础设施 出行 道路建设:2 港口 码头 航道 水运 内河 航运 通航 柏油路:2 水泥路:2 沙石路 砂石路 路面 路面硬化:2 窄改宽:2 断头路:2 大道 大桥:2 天桥:2 人行天桥 过街天桥 立交桥 立交 通村公路 村组道路:2 进村道路 连接道路 公交线路 多式联运 停车场 停车难 停车位 停车设施',
    // 工交邮电类: transport is economy whoever rides it; its safety words carry society themselves.
    areas: { economy: 0.9, society: 0.1 },
  },
  {
    // 港航 (ports and waterways) agencies, apart from the transport bureau where a body has one.
    id: 'ports-waterways',
    units: /港航|航道|港口|海事|航务/,
    terms:
      '港口:2 航道:2 内河:2 航运:2 通航:2 水运:2 码头 船舶 船闸 渡口 渡船 港航 海事 锚地 海河联运:2 河海联运:2 江海联运:2',
    areas: { economy: 1 },
  },
  {
    id: 'public-security',
    units: /公安|派出所|警察/,
    except: /交警|交通警察|交管/,
    terms:
      '治安:2 交通安全 交通事故 违章 电动自行车 电动车 电信诈骗:2 电信网络诈骗 诈骗:2 反诈:2 户籍:2 户口 落户 身份证 犯罪:2 警务:2 警察 警力 民警 监控 天网 禁毒:2 毒品 扫黑除恶 交警 酒驾 醉驾 交通秩序 拥堵@economy 堵车@economy 信号灯 红绿灯 斑马线 非机动车 养犬:2 犬只:2 遛狗 文明养犬 头盔 乱停乱放 违停 车辆 机动车 驾驶证 交通违法 校园周边 平安 黄赌毒 传销 电诈 网络安全 个人信息',
    // Public order (治安, 交通安全, 反诈) is 社会建设 in the five areas; policing law and
    // organisation (户籍制度, 警务改革) political.
    areas: { society: 0.7, politics: 0.3 },
  },
  {
    // The traffic police (公安局交通警察支队/大队): where a body lists it apart from the public
    // security bureau, traffic order is its subject, the bureau keeps the rest.
    id: 'traffic-police',
    units: /交警|交通警察|交管|交通管理/,
    terms:
      '交通安全:2 交通事故:2 违章:2 电动自行车:2 电动车:2 交警:2 酒驾:2 醉驾:2 交通秩序:2 拥堵:2@economy 堵车:2@economy 信号灯:2 红绿灯:2 斑马线:2 非机动车:2 头盔:2 乱停乱放:2 违停:2 机动车:2 驾驶证:2 交通违法:2 交通信号:2 交通组织:2 驾驶人:2 车管:2',
    areas: { society: 1 },
  },
  {
    id: 'justice',
    units: /司法局|司法厅|司法部|司法行政/,
    terms:
      '法治:2 普法:2 法律援助:2 公共法律服务:2 人民调解:2 调解 矛盾纠纷 社区矫正:2 律师:2 公证 行政执法 法治政府:2 依法行政:2 行政检查:2 涉企检查:2 法律顾问 仲裁 法律 法治宣传 法治建设 行政复议:2 规范性文件 执法监督 法律服务 法治化 法治环境',
    areas: { politics: 1 },
  },
  {
    id: 'courts-procuratorate',
    units: /法院|检察院/,
    terms: '审判:2 诉讼:2 执行难:2 检察:2 公益诉讼:2 判决 案件 司法 立案 未成年人检察 涉企案件',
    areas: { politics: 1 },
  },
  {
    id: 'ecology-environment',
    units: /生态环境|环境保护|环保/,
    terms:
      '生态环境:2 环境:2 污染:2 大气:2 空气质量:2 蓝天 雾霾 扬尘 水污染 水质 土壤污染 噪声:2 噪音:2 环保:2 排放 减排 碳排放 碳达峰 碳中和 双碳 环评 固废 固体废物 危险废物 黑臭水体 臭氧 生态保护 生态 环境治理 污水 污水处理:2 秸秆焚烧 油烟:2 餐饮油烟 异味 臭味 散煤 清洁取暖 煤改气 煤改电 VOCs 挥发性有机物 环境执法 尾矿 生态文明 绿色低碳 低碳 绿色发展 无废城市 水环境 农村污水 饮用水源 辐射 美丽中国:2 生物多样性:2 新污染物:2 入河排污口:2 排污口 排污 碳市场 碳足迹 海洋生态 核安全 长江保护 山水林田湖草 环境保护:2 生态安全 生态屏障 生态文明示范:2 生态示范 绿水青山:2 金山银山 生活污水:2 污水治理:2 水源保护:2 水源地:2 饮用水水源:2 水源',
    areas: { ecology: 1 },
  },
  {
    id: 'natural-resources',
    units: /自然资源|国土|规划局|规划和|规划委|测绘/,
    terms:
      '土地:2 用地:2 国土空间:2 规划:2 耕地:2 耕地保护@ecology 基本农田 矿山:2 矿产:2 采煤沉陷区:2 沉陷区 地质灾害:2 不动产:2 不动产登记:2 确权 办证 测绘 城市规划 控规 闲置土地 土地整治 生态修复:2@ecology 矿山修复@ecology 土地出让 建设用地 村庄规划 历史遗留 房产证 产权证 采空区 地下空间 采矿:2 采矿权:2 探矿权:2 矿业权:2 采矿许可证:2 矿产资源 地质勘查 海洋:2 海域 海岛 岸线 围填海 自然资源',
    areas: { ecology: 0.5, economy: 0.5 },
  },
  {
    id: 'water',
    units: /水利|水务|水资源|河长|引黄|河道管理|河湖管理|水文|排水/,
    terms:
      '水利:2@economy 水资源:2 河道:2 河长制:2@ecology 河湖@ecology 防洪:2@economy 防汛:2@economy 水库:2@economy 灌溉:2@economy 农田水利@economy 节水:2 饮水安全@economy 农村饮水@economy 供水:2@economy 自来水@economy 水土保持:2@ecology 水土流失@ecology 地下水 黄河:2 汾河:2 流域:2 水生态@ecology 泄洪@economy 堤防@economy 灌区@economy 水系 水网@economy 调水@economy 引水@economy 水费 水价 河道采砂:2@ecology 采砂:2@ecology 排涝:2@economy 防涝:2@economy 排水防涝:2@economy 城市内涝@economy 内涝@economy 山洪 河流 湖泊 水利工程:2@economy 长江 淮河 海河 珠江 松花江 辽河 太湖 黄土高原 沟渠@economy 水渠@economy 渠系@economy 干渠:2@economy 支渠:2@economy 河涌:2 水资源保护:2@ecology 水窖@economy 塘坝@economy 泵站@economy 人饮@economy 饮水工程@economy 饮水:2@economy 人畜饮水:2@economy 蓄水池:2@economy 水池@economy 水安全:2@economy 山塘@economy 坝塘@economy 供水管网:2@economy 自来水管网:2@economy',
    areas: { economy: 0.5, ecology: 0.5 },
  },
  {
    id: 'agriculture',
    units: /农业农村|农业|农村|农委|畜牧|农机|农经|三农|渔业|水产|农技推广/,
    except: /银行|商业/,
    terms:
      '农业:2 农村 农民:2 乡村 乡村振兴:2 村庄 种植 养殖:2 畜牧:2 粮食 粮食生产 高标准农田:2 种业 种子 农产品:2 特色农业 有机旱作:2 设施农业 合作社:2 专业合作社 家庭农场 和美乡村:2 人居环境:2@ecology 农村人居环境@ecology 农村厕所@ecology 厕所革命@ecology 乡村产业:2 宅基地:2 集体经济:2 村集体 土地流转 农机 农技 化肥 农药 秸秆 小杂粮 杂粮 果业 蔬菜 食用菌 中药材 农田 农户 三农 村民 兽医 动物防疫 渔业 禁渔:2@ecology 禁捕:2@ecology 渔政 乡土人才 新型农业经营主体 农业产业化 龙头企业 农文旅 田园综合体 特优 土特产 奶业:2 乳业 奶牛 生猪:2 肉牛 牛羊 家禽 畜禽:2 饲料 水产:2 水产养殖 草种 草业 乡村治理 甘蔗 烤烟 烟叶 烟田 茶叶 茶园 咖啡 水果 柑橘 花卉 蚕桑 核桃 油茶 药材 盐碱地 产业路:2 产业道路:2 机耕路:2 生产道路 田间道路 荔枝 龙眼 香蕉 芒果 菠萝 杨梅 葡萄 苹果 猕猴桃 脐橙 蜜柚 水稻 玉米 小麦 大豆 油菜 马铃薯 花生 南药 竹笋 蚕茧 生姜 辣椒 种植业',
    areas: { economy: 0.7, society: 0.3 },
  },
  {
    // 供销合作社: farm supplies, rural distribution, recycling of used goods.
    id: 'supply-marketing',
    units: /供销/,
    terms:
      '供销:2 供销社:2 农资:2 化肥 农产品流通 农村流通 再生资源:2 废旧物资 回收网点 为农服务 农村电商 冷链物流 农产品批发',
    areas: { economy: 1 },
  },
  {
    // 扶贫办 (to 2021) and 乡村振兴局 (2021–2023; at county level often still separate): holding
    // on to the results of poverty relief, resettlement, paired assistance.
    id: 'rural-revitalisation',
    units: /乡村振兴局|扶贫开发|扶贫办|扶贫局|脱贫攻坚/,
    terms:
      '脱贫:2 扶贫:2 脱贫攻坚:2 防返贫:2 返贫:2 巩固拓展脱贫攻坚成果:2 易地扶贫搬迁:2 易地搬迁:2 搬迁安置 安置点 搬迁点 帮扶 驻村 定点帮扶 东西部协作:2 消费帮扶 衔接资金 扶贫资金 扶贫产业 乡村振兴 乡村建设 监测户 脱贫户 脱贫人口',
    areas: { economy: 0.7, society: 0.3 },
  },
  {
    // A scenic area's own administration (风景名胜区管理局) runs its tourism.
    id: 'scenic-area',
    units: /风景名胜区|风景区|景区管理|旅游区管理|旅游度假区/,
    terms: '景区:2 风景名胜区:2 风景区:2 景点 游客 旅游 旅游接待 门票 索道 游览',
    areas: { economy: 0.5, culture: 0.5 },
  },
  {
    id: 'forestry',
    units: /林业|林草|园林|绿化|草原/,
    terms:
      '林业:2 森林:2 造林:2 植树:2 林长制:2 湿地:2 自然保护区 保护地 草原 野生动物 古树:2 古树名木 国土绿化 森林防火 园林:2 绿化:2 公园:2 绿地 林下经济:2 太行山 吕梁山 防护林 荒山 生态廊道 口袋公园 游园 风光带 行道树 苗木 林地 防沙治沙:2 荒漠化:2 沙化 石漠化 国家公园:2 自然保护地 老树:2 大树 树木 公益林:2 林区',
    areas: { ecology: 1 },
  },
  {
    id: 'culture-tourism',
    units: /文化和旅游|文化旅游|文旅|文化局|旅游|文物|广播电视|广电|新闻出版|文化广电/,
    terms:
      '文化:2 旅游:2@economy 文旅:2 景区:2@economy 文物:2 非遗:2 非物质文化遗产:2 博物馆:2 图书馆:2 城市书房:2 书房 文化馆 古建筑 古建 历史建筑:2 传统建筑:2 古村落 传统村落 历史文化 演艺 文艺 戏曲 晋剧 公共文化 全域旅游@economy 乡村旅游@economy 红色旅游 红色文化 文创 书店 阅读 全民阅读 书香:2 书香社区 书香城市 传统节庆:2 传统节日 节庆 传统工艺:2 非遗工坊 民宿@economy 游客@economy 旅游线路@economy 文化遗产 考古 长城 晋商 平遥 广播电视 影视 电影 文化产业 文化品牌 研学旅游@economy 康养旅游@economy 夜游@economy 演出 艺术 美术馆 剧场 剧院 文化自信 旅游业@economy 文化和旅游 城市IP 宣传推介 文保 遗址 庙宇 寺庙 国家文化公园:2 文化惠民 旧址:2 革命旧址:2 故居:2 纪念馆:2 电影院',
    // Culture is 文化建设; tourism, an industry, is economy: its words carry their own area.
    areas: { culture: 1 },
  },
  {
    id: 'sports',
    units: /体育/,
    terms:
      '体育:2 文体:2 全民健身:2 健身:2 体育训练 运动 体育场 体育馆 场馆 赛事:2 足球 篮球 冰雪 体育设施 健身步道 运动会 体育产业 马拉松 运动员 竞技体育 青少年体育 体育彩票 社会体育指导员 体育公园 游泳 乒乓球 羽毛球 全民运动',
    areas: { culture: 0.6, society: 0.4 },
  },
  {
    id: 'emergency',
    units: /应急管理|应急局|安全生产|安监/,
    terms:
      '应急:2 安全生产:2 防灾:2 减灾 救灾 应急救援:2 危化品:2 危险化学品 煤矿安全 森林火灾 自然灾害:2 避难场所 应急避难 隐患 燃气安全 安全隐患 事故 防汛抗旱 地震 应急预案 应急物资 突发事件 突发公共事件:2 预警 预警信息 应急管理:2 防灾减灾 综合防灾减灾 灾害风险 抗震救灾 防震减灾 应急演练 救援队伍 救灾物资 安全监管 非煤矿山 烟花爆竹',
    areas: { society: 1 },
  },
  {
    id: 'fire',
    units: /消防/,
    terms: '消防:2 火灾:2 消防通道:2 消防设施 消防安全 灭火 高层建筑',
    areas: { society: 1 },
  },
  {
    id: 'energy',
    units: /能源|煤炭|电力/,
    terms:
      '能源:2 煤炭:2 煤矿:2 新能源:2 光伏:2 风电:2 氢能:2 储能:2 电力 充电桩:2 充电设施 煤层气:2 清洁能源 能源革命 电网 供电 绿电 抽水蓄能 分布式 地热 天然气',
    areas: { economy: 1 },
  },
  {
    id: 'power-grid',
    units: /供电|电网|电力公司/,
    terms:
      '供电:2 电网:2 停电:2 用电:2 电力 充电桩 电价 农网 电线 变压器 供电线路 电力线路 供电设施',
    areas: { economy: 1 },
  },
  {
    id: 'telecom',
    units: /通信|电信|移动|联通|铁塔|广电网络/,
    terms: '通信:2 网络信号:2 信号 5G基站 基站:2 宽带:2 光纤 手机信号 通讯',
    areas: { economy: 1 },
  },
  {
    id: 'postal',
    units: /邮政/,
    terms: '快递:2 邮政:2 寄递:2 快递员 物流配送 末端配送',
    areas: { economy: 1 },
  },
  {
    id: 'government-services',
    units: /行政审批|政务服务|审批服务|营商环境|政务|数据局|大数据|数据管理|数据和|政务信息|数字/,
    terms:
      '审批:2 政务服务:2 一网通办:2 放管服:2 营商环境:2@economy 一件事 高效办成一件事 帮办代办 证照 办事 数字政府:2 政务数据:2 数据共享:2 12345:2 热线 大数据:2@economy 数据要素:2@economy 智慧城市:2 数据 一窗通办 跨省通办 承诺制 告知承诺 政务公开 电子证照 信息公开:2 政府信息公开 信息平台 掌上办 行政许可:2 许可证 证照办理 办理难 办证难',
    // Government building (政务服务, 数字政府) is 政治建设; the business climate and data as a
    // production factor are economy, and carry it themselves.
    areas: { politics: 0.8, economy: 0.2 },
  },
  {
    id: 'state-assets',
    units: /国有资产|国资/,
    terms: '国有企业:2 国企:2 国有资产:2 国资 国企改革 混合所有制 平台公司 城投',
    areas: { economy: 1 },
  },
  {
    id: 'statistics',
    units: /统计/,
    terms: '统计:2 普查 数据质量 统计数据',
    areas: { economy: 1 },
  },
  {
    id: 'audit',
    units: /审计/,
    terms: '审计:2 审计监督',
    areas: { politics: 1 },
  },
  {
    id: 'veterans',
    units: /退役军人/,
    terms:
      '退役军人:3 军人:2 优抚:2 烈士:2 双拥:2 军属 拥军 军队转业 退伍 老兵 光荣院 烈士陵园 抚恤 优待 拥军优属 英烈 英雄烈士 军人公墓 烈士纪念设施 退役士兵 转业 复员 军休 光荣牌',
    areas: { society: 1 },
  },
  {
    id: 'ethnic-religious',
    units: /民族|宗教/,
    terms:
      '民族:2 宗教:2 少数民族:2 民族团结:2 铸牢中华民族共同体意识:2 宗教场所 民族文化:2@culture',
    areas: { politics: 1 },
  },
  {
    id: 'housing-fund',
    units: /公积金/,
    terms: '公积金:2 住房公积金:2 提取 缴存',
    areas: { society: 1 },
  },
  {
    id: 'archives',
    units: /档案|史志|地方志|党史/,
    terms: '档案:2 地方志:2 史志:2 党史:2 方志 年鉴',
    areas: { culture: 1 },
  },
  {
    id: 'petitions',
    units: /信访/,
    terms: '信访:2 上访 群众来访 来信来访',
    areas: { politics: 1 },
  },
  {
    id: 'organisation-department',
    units: /组织部/,
    terms:
      '干部:2 党建:2 基层党组织:2 党员:2 第一书记 村干部 年轻干部 干部队伍 党组织 人才工作 基层干部 村党支部 选调生 公务员 考核 容错纠错 作风 担当作为 人才 村级活动场所:2 村级组织活动场所:2 党群服务中心 村级组织:2 基层组织 基层党建:2',
    areas: { politics: 1 },
  },
  {
    id: 'propaganda',
    units: /宣传部|网信|网络安全和信息化|文明办|精神文明|融媒体/,
    terms:
      '宣传:2 精神文明:2 文明城市:2 文明创建 新时代文明实践:2 媒体 舆论 网络 网络安全 网信:2 网络生态 社会主义核心价值观:2 融媒体 新闻 移风易俗:2 高价彩礼 彩礼 文明乡风 道德 诚信 志愿者 对外宣传',
    areas: { culture: 1 },
  },
  {
    id: 'united-front',
    units: /统战|统一战线|侨联|台办|台湾事务|侨务|民主党派|工商联|工商业联合会/,
    terms:
      '统一战线:2 统战:2 民主党派:2 新的社会阶层:2 非公经济人士 港澳台 侨:2 华侨:2 台胞:2 侨胞 台湾 台资 两岸 商会:2 民营经济人士 企业家:2 民营企业家 非公有制经济:2',
    areas: { politics: 0.7, economy: 0.3 },
  },
  {
    id: 'political-legal',
    units: /政法委|政法/,
    terms:
      '平安建设:2 社会治理:2 基层治理:2 网格:2 网格化:2 网格员 综治 矛盾纠纷化解 枫桥经验:2 扫黑除恶 平安 市域社会治理 综治中心 社会稳定',
    areas: { politics: 1 },
  },
  {
    id: 'women-children',
    units: /妇联|妇女联合会|妇女儿童/,
    terms:
      '妇女:2 儿童:2 女性:2 家庭:2 家风 婚姻 反家暴 家庭暴力 母婴 妇女儿童:2 儿童友好:2 婚恋 生育友好 家政 巾帼 女职工',
    areas: { society: 1 },
  },
  {
    id: 'youth-league',
    units: /团市委|团县委|团区委|共青团|团委|青年联合会|青联/,
    terms: '青年:2 青少年:2 共青团:2 少先队:2 青年人才 青年创业 青年发展 留才 青春',
    areas: { society: 1 },
  },
  {
    id: 'trade-union',
    units: /总工会|工会/,
    terms:
      '工会:2 职工:2 劳模:2 工匠:2 职工权益 户外劳动者:2 驿站 新就业形态劳动者 职工之家 一线职工',
    areas: { society: 1 },
  },
  {
    id: 'disabled-persons',
    units: /残疾人联合会|残联/,
    terms:
      '残疾人:3 残疾:2 无障碍:2 无障碍环境 盲人 聋人 孤独症:2 自闭症 特殊儿童 助残 残障 康复 特殊群体',
    areas: { society: 1 },
  },
  {
    id: 'science-association',
    units: /科学技术协会|科协/,
    terms: '科普:2 科学普及:2 科协:2 科技工作者 科学素质 科技馆',
    areas: { culture: 1 },
  },
  {
    id: 'literature-art-social-science',
    units: /文学艺术界|文联|社会科学界|社科联|社科院|社会科学院/,
    terms: '文艺:2 文学:2 艺术:2 书法 文艺创作 作家 社会科学:2 社科 哲学社会科学',
    areas: { culture: 1 },
  },
  {
    id: 'red-cross',
    units: /红十字/,
    terms: '红十字:2 无偿献血 遗体捐献:2 器官捐献:2 急救培训 造血干细胞 应急救护',
    areas: { society: 1 },
  },
  {
    id: 'meteorology',
    units: /气象/,
    terms: '气象:2 人工增雨:2 天气 气候 冰雹 防雷',
    areas: { ecology: 1 },
  },
  {
    id: 'civil-air-defence',
    units: /人防|人民防空/,
    terms: '人防:2 人防工程:2 防空 地下空间',
    areas: { society: 1 },
  },
  {
    id: 'grain-reserves',
    units: /粮食和物资储备|粮食局|粮食和储备|物资储备/,
    terms: '粮食储备:2 粮库:2 储备 粮食安全 应急物资储备 粮油',
    areas: { economy: 1 },
  },
  {
    id: 'government-office',
    units: /人民政府办公室|政府办公室|政府办|研究室|参事/,
    terms: '政府:1 政务公开 督查 政策 决策 文件 机关',
    // These words say how, not what: a proposal on 奶业 政策 is an economy one. No area share.
    areas: {},
  },
  {
    id: 'railway-aviation',
    units: /铁路|机场|民航|航空/,
    terms:
      '铁路:2 火车站:2 高铁:2 动车 列车 机场:2 航线:2 民航 通用航空:2 低空 航班 航空物流:2 航空货运 空港 航空港',
    areas: { economy: 1 },
  },
  {
    id: 'intellectual-property',
    units: /知识产权/,
    terms: '知识产权:2 专利:2 商标:2 地理标志:2',
    areas: { economy: 1 },
  },
  {
    id: 'heat-gas-water-companies',
    units: /热力|供热公司|燃气公司|燃气集团|自来水|供水公司|水务集团/,
    terms: '供热:2 暖气:2 供暖:2 集中供热 燃气:2 天然气 自来水:2 供水 水费 二次供水',
    areas: { society: 1 },
  },
  {
    id: 'public-transport-company',
    units: /公交公司|公共交通|公交集团|轨道交通|地铁/,
    terms: '公交:2 公交车 公交线路 公交站 地铁:2 轨道交通',
    // 工交邮电类: public transport is economy, as the transport bureau's subjects are.
    areas: { economy: 0.9, society: 0.1 },
  },
  {
    id: 'development-zones',
    units: /开发区|高新区|示范区|综改区|经济区|产业园|新区/,
    terms: '开发区:2 园区:2 高新区 示范区 综改区 标准地 产业园 新区',
    areas: { economy: 1 },
  },
  {
    id: 'foreign-affairs',
    units: /外事|外办|外事办|外交/,
    terms: '外事:2 国际交流 友好城市 对外开放 国际化 外籍',
    areas: { politics: 1 },
  },
  {
    id: 'government-logistics',
    units: /机关事务/,
    terms: '公务用车 节约型机关 办公用房 机关事务:2 公共机构节能',
    areas: { politics: 1 },
  },
  {
    id: 'establishment',
    units: /机构编制|编办/,
    terms: '编制:2 机构改革 事业单位改革',
    areas: { politics: 1 },
  },
  {
    id: 'elderly-cadres',
    units: /老干部/,
    terms: '老干部:2 离退休干部:2',
    areas: { politics: 1 },
  },
  {
    id: 'party-school',
    units: /党校/,
    terms: '党校:2 干部教育 理论学习',
    areas: { politics: 1 },
  },
  {
    id: 'discipline',
    units: /纪委|监委|纪律检查|监察/,
    terms:
      '廉政:2 腐败:2 纪律:2 监督执纪 作风建设 形式主义:2 官僚主义 基层减负 清廉 村务监督:2 小微权力',
    areas: { politics: 1 },
  },
  {
    id: 'people-congress-cppcc',
    units: /人大常委会|政协/,
    terms: '人大:2 政协:2 人大代表 政协委员 民主监督 协商 履职',
    areas: { politics: 1 },
  },
];

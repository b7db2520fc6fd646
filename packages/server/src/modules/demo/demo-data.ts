/**
 * The demo's fixed data: two real CPPCC bodies of Shanxi, a realistic list of city handling
 * units, and accounts for every role. Every demo account has the password DEMO_PASSWORD
 * (documented in the README). The proposals themselves come from the real speech digests in
 * ./seeds, parsed by the digest parser.
 */
export const DEMO_PASSWORD = 'Jianyan@2025';

export interface DemoBody {
  code: string;
  prefix: string;
  name: string;
  region: string;
  termNumber: number;
  termName: string;
  session: { code: string; name: string; opensOn: string; closesOn: string; deadline: string };
  digestFile: string;
  /** Load the 2026 government work report with confirmed targets and progress. */
  workReport?: boolean;
}

export const DEMO_BODIES: DemoBody[] = [
  {
    code: 'jinzhong',
    prefix: 'jz',
    name: '政协晋中市委员会',
    region: '山西省晋中市',
    termNumber: 5,
    termName: '第五届',
    session: {
      code: '2025',
      name: '政协第五届晋中市委员会第四次会议',
      opensOn: '2025-02-22',
      closesOn: '2025-02-25',
      deadline: '2025-02-24T12:00:00+08:00',
    },
    digestFile: 'jinzhong-cppcc-speeches-2025.txt',
    workReport: true,
  },
  {
    code: 'changzhi',
    prefix: 'cz',
    name: '政协长治市委员会',
    region: '山西省长治市',
    termNumber: 14,
    termName: '第十四届',
    session: {
      code: '2025',
      name: '政协第十四届长治市委员会第四次会议',
      opensOn: '2025-02-23',
      closesOn: '2025-02-26',
      deadline: '2025-02-25T12:00:00+08:00',
    },
    digestFile: 'changzhi-cppcc-speeches-2025.txt',
  },
];

/** [name, ascii key for usernames, words in a proposal that route it here]. */
export const DEMO_UNITS: [string, string, string[]][] = [
  ['市发展和改革委员会', 'fgw', ['发展', '项目', '规划', '产业链', '营商环境']],
  ['市教育局', 'edu', ['教育', '学校', '教师', '学生', '人才培养']],
  ['市科学技术局', 'kjj', ['科技', '创新', '研发']],
  ['市工业和信息化局', 'gxj', ['工业', '制造', '专精特新', '数字化', '企业']],
  ['市公安局', 'gaj', ['治安', '交通安全', '公安']],
  ['市民政局', 'mzj', ['养老', '社区', '民政', '婚姻']],
  ['市司法局', 'sfj', ['法治', '司法', '律师']],
  ['市财政局', 'czj', ['财政', '资金', '预算']],
  ['市人力资源和社会保障局', 'rsj', ['就业', '社保', '职业技能', '人才']],
  ['市规划和自然资源局', 'zrzyj', ['土地', '国土空间', '规划']],
  ['市生态环境局', 'sthjj', ['生态', '环境', '污染', '黄河', '绿色', '碳']],
  ['市住房和城乡建设局', 'zjj', ['住房', '城市更新', '老旧小区', '建筑']],
  ['市交通运输局', 'jtj', ['交通', '公路', '四好农村路', '物流']],
  ['市水利局', 'slj', ['水利', '水资源', '节水', '水土保持']],
  ['市农业农村局', 'nyj', ['农业', '农村', '乡村振兴', '农民', '有机旱作']],
  ['市商务局', 'swj', ['商务', '消费', '外贸', '招商']],
  ['市文化和旅游局', 'wlj', ['文化', '旅游', '文旅', '非遗', '工业旅游']],
  ['市卫生健康委员会', 'wjw', ['卫生', '健康', '医疗', '医养结合', '医院']],
  ['市退役军人事务局', 'tyjrj', ['退役军人', '优抚']],
  ['市应急管理局', 'yjj', ['安全生产', '应急', '消防']],
  ['市审计局', 'sjj', ['审计']],
  ['市国有资产监督管理委员会', 'gzw', ['国企', '国有资产']],
  ['市市场监督管理局', 'scjgj', ['市场监管', '食品安全', '质量']],
  ['市体育局', 'tyj', ['体育', '手球', '赛事', '全民健身']],
  ['市统计局', 'tjj', ['统计']],
  ['市医疗保障局', 'ybj', ['医保', '医疗保障']],
  ['市行政审批服务管理局', 'spj', ['审批', '政务服务']],
  ['市能源局', 'nyj2', ['煤炭', '能源', '煤矿', '新能源', '煤化工']],
  ['市城市管理局', 'cgj', ['城市管理', '市容', '环卫']],
  ['市数据局', 'sjj2', ['数据', '数字政府', '算力']],
  ['市总工会', 'zgh', ['职工', '工会']],
  ['团市委', 'tsw', ['青年', '共青团']],
  ['市妇女联合会', 'fl', ['妇女', '儿童', '家庭']],
  ['市残疾人联合会', 'cl', ['残疾人']],
];

/** Staff, leaders and administrators of each body (username suffix, display name, role). */
export const DEMO_STAFF: [string, string, 'staff' | 'leader' | 'admin'][] = [
  ['admin', '系统管理员', 'admin'],
  ['staff', '提案委员会办公室 王静', 'staff'],
  ['staff2', '提案委员会办公室 李明', 'staff'],
  ['leader', '市政协副主席 张卫东', 'leader'],
];

/** Extra members who co-sign and draft (the speakers of the digests get their own accounts). */
export const DEMO_EXTRA_MEMBERS: [string, string, string][] = [
  ['member1', '刘建华', '经济界'],
  ['member2', '陈晓燕', '教育界'],
  ['member3', '赵国强', '农业和农村界'],
];

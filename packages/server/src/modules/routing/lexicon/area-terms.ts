import type { CategoryArea } from '@jianyan/shared';

/**
 * Words that point to one of the five areas whatever department handles the proposal
 * (a proposal on 生态 tourism is 生态文明建设 even when the tourism bureau answers it).
 *
 * Grouped as the 全国政协 proposal classes are grouped into the five areas: 经济发展、财税金融、
 * 农业水利、工交邮电 → economy (so roads, bridges, ports, posts and water works are economy
 * whoever builds them); 政治法律、民族宗教、港澳台侨 → politics; 文化宣传、体育 → culture;
 * 教育、医疗卫生、社会管理 → society; 资源环境 → ecology.
 *
 * Words that mean different things in different areas stay out when bare: 治理 (河道治理 is water
 * works, 基层治理 politics), 改革 (医药卫生体制改革 is society), 保护 (文物保护 is culture, 生态保护
 * ecology). Only their unambiguous compounds are listed.
 */
export const AREA_TERMS: Record<CategoryArea, string> = {
  economy:
    '经济:2 产业:2 企业:2 投资 招商 市场 消费 工业 商贸 金融 民营 营商环境 开发区 园区 品牌 产业链 增收 收入 就业创业 乡村产业 特色产业 农业 粮食 制造 数字经济 新质生产力 高质量发展 外贸 物流 停车 干渠 支渠 ' +
    '基础设施:2 交通 道路 道路建设 公路 铁路 高速 桥梁 机场 港口 航道 邮政 快递 通信 电网 能源 灌溉 灌区 沟渠 水渠 防洪 堤防 水库 水利工程 施工 建筑业 产业生态 创新生态 营商生态 数字生态 科技生态',
  politics:
    '法治:2 干部:2 党建:2 政务 监督 协商 民主 廉政 行政 基层治理:2 统战 依法 人大 政协 作风 执法 司法 平安 网格 社会治理 政府职能 统一战线 民族 宗教 政治生态 ' +
    '治理体系 治理能力 政治体制改革 行政体制改革 法律 立法 乡村治理:2 村民自治 基层民主 基层政权',
  culture:
    '文化:2 文物:2 非遗:2 文明:2 艺术 阅读 博物馆 历史 传承 宣传 体育 文艺 文旅 遗产 红色 古建 传统 书香 精神 ' +
    '公共文化 文化惠民 农家书屋 民俗 古籍 方言 文化遗产 非物质文化遗产 全民健身 文体',
  society:
    '教育:2 医疗:2 养老:2 就业:2 社保 民生:2 社区 住房 健康 儿童 群众 老年人 残疾人 学校 医院 托育 救助 物业 交通安全 食品安全 校园安全 安全生产 消防安全 便民 公共服务 ' +
    '社会保障 社会救助 托幼 生育 人口 老龄 殡葬 未成年人 妇女 就医 看病 活动室 社区服务 便民服务',
  ecology:
    '生态:2 环境:2 污染:2 绿色:2 低碳:2 节能 减排 碳 水资源 森林 湿地 河湖 黄河 治理修复 绿化 植树 双碳 生态修复:2 环保 垃圾分类 节水 ' +
    '生态保护:2 环境保护:2 资源保护 水土保持 水土流失 水生态 荒漠化 沙化 石漠化 防沙治沙 生态屏障 生态安全 黄土高原 青藏高原 自然保护地 国家公园 野生动物 生物多样性',
};

/**
 * Phrases in which a subject word only says how, not what: 推动房地产市场平稳健康发展 is not a
 * health proposal. They claim their characters as the longer match and count for nothing.
 */
export const NOT_SUBJECT_PHRASES = [
  '健康发展',
  '平稳健康',
  '持续健康',
  // What kind of help is asked for, not for what: 将某县纳入水网先导县政策支持 is water works.
  '政策支持',
  '政策扶持',
  '政策倾斜',
  '给予支持',
  // How urgently, not what: 人畜饮水应急工程 is drinking-water works, not emergency management.
  '应急工程',
];

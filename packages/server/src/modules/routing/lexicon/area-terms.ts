import type { CategoryArea } from '@jianyan/shared';

/**
 * Words that point to one of the five areas whatever department handles the proposal
 * (a proposal on 生态 tourism is 生态文明建设 even when the tourism bureau answers it).
 */
export const AREA_TERMS: Record<CategoryArea, string> = {
  economy:
    '经济:2 产业:2 企业:2 投资 招商 市场 消费 工业 商贸 金融 民营 营商环境 开发区 园区 品牌 产业链 增收 收入 就业创业 乡村产业 特色产业 农业 粮食 制造 数字经济 新质生产力 高质量发展 外贸 物流',
  politics:
    '治理:2 法治:2 干部:2 党建:2 政务 监督 协商 民主 廉政 行政 基层治理:2 统战 依法 人大 政协 作风 执法 司法 平安 网格 社会治理 政府职能 改革 统一战线 民族 宗教',
  culture:
    '文化:2 文物:2 非遗:2 文明:2 艺术 阅读 博物馆 历史 传承 宣传 体育 文艺 文旅 遗产 红色 古建 传统 书香 精神',
  society:
    '教育:2 医疗:2 养老:2 就业:2 社保 民生:2 社区 安全 住房 健康 儿童 群众 老年人 残疾人 学校 医院 托育 救助 物业 停车 交通安全 食品安全 便民',
  ecology:
    '生态:2 环境:2 污染:2 绿色:2 低碳:2 节能 减排 碳 保护 水资源 森林 湿地 河湖 黄河 治理修复 绿化 植树 双碳 生态修复:2 环保 垃圾分类 节水',
};

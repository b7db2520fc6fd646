/**
 * Words nearly every proposal has (关于…的提案, 加强, 推进, 我市 …): they say nothing about its
 * subject, so similarity and routing ignore them. Search does not: a user may type them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    '关于 建议 提案 意见 议案 加强 推进 推动 进一步 加快 促进 完善 提升 提高 我市 全市 我县 全县 我区 全区 全省 我省 ' +
    '问题 工作 建设 发展 实施 助力 打造 构建 强化 优化 做好 落实 几点 对策 思考 有关 方面 措施 解决 相关 开展 ' +
    '支持 坚持 创新 机制 体系 体制 加大 力度 持续 着力 全面 深化 服务 管理 保障 我国 当前 现状 探索 积极 有效 ' +
    '一步 进行 实现 增强 规范 建立 健全 关注 重视 水平 能力 质量 高效 科学 合理 工程 项目 高质量 大力 大力发展 ' +
    '一是 二是 三是 四是 五是 目前 存在 不足 较为 比较 需要 应该 建议 为此 同时 通过 以及 部分 一些 方面 近年来 ' +
    '政府 部门 相关 有关部门 各级 政策'
  ).split(' '),
);

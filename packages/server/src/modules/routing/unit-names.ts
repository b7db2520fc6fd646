import { DEPARTMENT_KINDS, type DepartmentKind } from './lexicon/department-kinds.js';

/** Endings that every unit name has and that say nothing about what it does. */
const GENERIC_ENDING =
  /(人民政府办公室|人民政府|政府|街道办事处|办事处|联合会|协会|合作联社|合作社|委员会|管理委员会|管委会|办公室|管理局|服务局|事务局|服务中心|管理中心|中心|支队|大队|分局|总局|集团|有限公司|有限责任公司|公司|局|委|办|厅|部|处|会|院|所|站)$/;

/** Name parts too general to mean that a proposal names the unit (发展和改革委员会 → 发展). */
const GENERIC_PARTS = new Set(
  '发展 改革 建设 管理 服务 城乡 城市 信息 综合 行政 执法 社会 经济 人民 事务 保障 监督 资源 技术 工作 政府 公共 委员'.split(
    ' ',
  ),
);

/**
 * The region prefix the body's unit names share (太原市, 市, 石林彝族自治县 …): the longest prefix of
 * up to ten characters (autonomous counties and prefectures have long names) that at least 40% of
 * the names start with and that ends in 省/市/县/区/州/旗/盟.
 */
export function sharedRegionPrefix(unitNames: readonly string[]): string {
  let best = '';
  for (let len = 1; len <= 10; len++) {
    const counts = new Map<string, number>();
    for (const name of unitNames) {
      if (name.length > len + 1) {
        const p = name.slice(0, len);
        counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    }
    for (const [p, n] of counts) {
      if (/[省市县区州旗盟]$/.test(p) && n >= unitNames.length * 0.4 && p.length > best.length) {
        best = p;
      }
    }
  }
  return best;
}

/**
 * The parts of a unit's name a proposal may mention (市文化和旅游局 → 文化, 旅游; 小店区人民政府 →
 * 小店区, 小店): the name without the body's region prefix, the 中共/市 prefixes and the generic
 * ending, split at 和/与/及.
 */
export function nameParts(unitName: string, regionPrefix: string): string[] {
  let core = unitName.trim();
  if (regionPrefix && core.startsWith(regionPrefix)) {
    core = core.slice(regionPrefix.length);
  }
  // 发展和改革局（统计局）: a second name in brackets is another unit of the same office.
  core = core
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^中共/, '')
    .replace(/^(中国)?共产党/, '');
  for (let i = 0; i < 3 && GENERIC_ENDING.test(core) && core.length > 2; i++) {
    core = core.replace(GENERIC_ENDING, '');
  }
  const parts = core.split(/[和与及、]/).filter((p) => p.length >= 2 && !GENERIC_PARTS.has(p));
  const out = new Set(parts);
  for (const p of parts) {
    // 小店区 → 小店, 鹿阜街道 → 鹿阜: a place is often mentioned without its 区/镇/街道.
    const bare = /^(.{2,}?)(街道|[区县市镇乡])$/.exec(p);
    if (bare) {
      out.add(bare[1]!);
    }
  }
  return [...out];
}

/** The kinds of department a unit's name says it is (市卫健委 → health). */
export function kindsOfUnit(unitName: string): DepartmentKind[] {
  return DEPARTMENT_KINDS.filter((k) => k.units.test(unitName) && !k.except?.test(unitName));
}

/**
 * Whether a unit is the government of a place (篾厂乡人民政府, 鹿阜街道办事处, 海城区政府办) rather
 * than a department: a proposal names such a unit mostly to say where its subject is. The body's
 * own government office (石林彝族自治县人民政府办公室 in 石林's list, 市政府办公室 in a city's) is
 * no place: without the region prefix no place name is left, and it is a comprehensive department.
 */
export function isPlaceGovernment(unitName: string, regionPrefix = ''): boolean {
  let name = unitName.trim();
  if (regionPrefix && name.startsWith(regionPrefix)) {
    name = name.slice(regionPrefix.length);
  }
  return /(.[乡镇县区市旗]|街道)(人民政府|政府|人民政府办公室|政府办公室|政府办)$|街道办事处$|街道办$/.test(
    name,
  );
}

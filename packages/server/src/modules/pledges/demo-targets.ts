import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../auth/actor.js';
import {
  addEvidence,
  assignUnits,
  confirmTarget,
  importReport,
  listTargets,
  rejectTarget,
  reportProgress,
} from './pledges.service.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extraction', 'fixtures');

/** Targets the demo's staff confirm: indicator and unit as extracted, lead unit key, co-units. */
const ASSIGNED: [string, string, string, string[]][] = [
  ['地区生产总值增长', '%', 'fgw', ['tjj']],
  ['城镇新增就业', '万人', 'rsj', []],
  ['新建“四好农村路”', '公里', 'jtj', ['czj']],
  ['粮食播种面积', '万亩', 'nyj', []],
  ['外贸进出口总额增长', '%', 'swj', []],
  ['企业数字化改造', '家', 'gxj', ['sjj2']],
  ['打造精品示范村', '个', 'nyj', ['zjj']],
  ['新能源、新型储能项目投资', '亿元', 'nyj2', ['fgw']],
];

/** How far each of the first targets got, quarter by quarter (percent of the year's figure). */
const PROGRESS: [number, number, number][] = [
  [24, 49, 73],
  [28, 55, 81],
  [10, 42, 76],
  [100, 100, 100],
  [15, 31, 44],
];

const inQuarter = (year: number, quarter: number) =>
  new Date(`${year}-${String(quarter * 3).padStart(2, '0')}-20T10:00:00+08:00`);

/**
 * The 2026 government work report of Jinzhong in the demo: imported in January, most targets
 * confirmed and given to units, the first units' progress reported for the first three quarters
 * (the fourth is left for the visitor to fill in), one misread item rejected, the rest to review.
 */
export async function loadDemoTargets(
  staff: ServiceContext,
  unitClerk: (key: string) => Actor,
  unitId: (key: string) => string,
) {
  const year = 2026;
  const at = (d: Date): ServiceContext => ({ ...staff, now: () => d });
  const january = at(new Date(`${year}-01-20T10:00:00+08:00`));
  const text = fs.readFileSync(
    path.join(FIXTURES, `jinzhong-government-work-report-${year}.txt`),
    'utf8',
  );
  const report = await importReport(january, {
    bodyId: staff.actor.bodyId,
    importedBy: staff.actor.userId,
    year,
    title: `${year}年晋中市人民政府工作报告`,
    text,
  });
  const { items } = await listTargets(january, { reportId: report.reportId });
  for (const [i, [indicator, unit, lead, co]] of ASSIGNED.entries()) {
    const target = items.find((t) => t.indicator === indicator && t.unit === unit);
    if (!target) {
      continue; // the extractor reads it differently now: the demo simply has one fewer
    }
    await confirmTarget(january, target.targetId);
    await assignUnits(january, target.targetId, {
      units: [
        { unitId: unitId(lead), lead: true },
        ...co.map((k) => ({ unitId: unitId(k), lead: false })),
      ],
    });
    const percents = PROGRESS[i];
    if (!percents) {
      continue;
    }
    for (const [q, percent] of percents.entries()) {
      const quarter = q + 1;
      const clerk = { ...at(inQuarter(year, quarter)), actor: unitClerk(lead) };
      const done = percent >= 100;
      const detail = await reportProgress(clerk, target.targetId, {
        quarter,
        text: done
          ? `${indicator}已达到全年目标，下一步巩固成果。`
          : `第${quarter}季度累计完成全年目标的${percent}%，${percent < 25 * quarter ? '进度略慢于时序，正在加快推进。' : '按时序推进。'}`,
        percent,
        status: done ? 'achieved' : percent < 25 * quarter ? 'at_risk' : 'on_track',
      });
      if (quarter === 3 && i === 0) {
        await addEvidence(clerk, detail.progress[0]!.progressId, {
          filename: '三季度工作台账.txt',
          content: Buffer.from(`${indicator}：三季度工作台账（演示数据）\n`, 'utf8'),
        });
      }
    }
  }
  const garbled = items.find((t) => t.indicator === '晋中灵石');
  if (garbled) {
    await rejectTarget(january, garbled.targetId);
  }
}

import type { SheetProblem, SheetRow } from './proposal-sheet.js';
import { beijingWallClock, fromBeijingWallClock } from '../../beijing-time.js';

export interface ImportLookups {
  bodyKind: 'cppcc' | 'npc';
  categories: Map<string, string>;
  units: Map<string, string>;
  replyClasses: string[];
}

export interface ImportRow {
  line: number;
  title: string;
  proposerName: string;
  proposerKind: 'member' | 'deputy' | 'collective';
  cosignerNames: string[];
  categoryId: string | null;
  submittedAt: Date | null;
  outcome: 'submitted' | 'registered' | 'not_registered' | 'merged';
  problem: string;
  suggestions: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  replyClass: string | null;
  verdict: 'satisfied' | 'mostly_satisfied' | 'dissatisfied' | null;
}

const OUTCOMES: Record<string, ImportRow['outcome']> = {
  立案: 'registered',
  不予立案: 'not_registered',
  并案: 'merged',
  待审查: 'submitted',
  '': 'submitted',
};
const VERDICTS: Record<string, ImportRow['verdict']> = {
  满意: 'satisfied',
  基本满意: 'mostly_satisfied',
  不满意: 'dissatisfied',
};
const KINDS: Record<string, ImportRow['proposerKind']> = {
  委员: 'member',
  代表: 'deputy',
  集体: 'collective',
};

const splitNames = (s: string | undefined) =>
  (s ?? '')
    .split(/[；;，,、]/)
    .map((n) => n.replace(/\s+/g, ''))
    .filter(Boolean);

/**
 * A time as offices write it (2025-02-20, 2025/2/20 10:30, or ISO 8601). Without an offset it is
 * Beijing time, which has been UTC+8 all year since 1991.
 */
export function parseOfficeTime(raw: string): Date | null {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：时](\d{2})(?:[:：](\d{2}))?)?$/.exec(
      s,
    );
  if (!m) {
    return null;
  }
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (h > 23 || mi > 59 || sec > 59) {
    return null;
  }
  const date = fromBeijingWallClock(y, mo, d, h, mi, sec);
  // Reject dates that do not exist (2025-02-30 would silently roll over to March).
  const local = beijingWallClock(date);
  const exists =
    local.getUTCFullYear() === y && local.getUTCMonth() === mo - 1 && local.getUTCDate() === d;
  return exists ? date : null;
}

/** Checks every row and reports every problem; nothing is stored unless there are none. */
export function validateRows(
  rows: SheetRow[],
  lookups: ImportLookups,
): { rows: ImportRow[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const out: ImportRow[] = [];
  for (const { line, cells } of rows) {
    const problem = (column: string, reasonZh: string, reason: string) =>
      problems.push({ line, column, reason, reasonZh });
    const title = cells['标题'] ?? '';
    const proposerName = (cells['提案者'] ?? '').replace(/\s+/g, '');
    if (!title) {
      problem('标题', '不能为空', 'is required');
    }
    if (title.length > 200) {
      problem('标题', '不能超过200字', 'is longer than 200 characters');
    }
    if (!proposerName) {
      problem('提案者', '不能为空', 'is required');
    }
    const kindCell = cells['提案者类型'] ?? '';
    const proposerKind = kindCell
      ? KINDS[kindCell]
      : lookups.bodyKind === 'npc'
        ? 'deputy'
        : 'member';
    if (!proposerKind) {
      problem('提案者类型', '须为 委员、代表 或 集体', 'must be 委员, 代表 or 集体');
    }
    const categoryName = cells['类别'] ?? '';
    const categoryId = categoryName ? lookups.categories.get(categoryName) : undefined;
    if (categoryName && !categoryId) {
      problem('类别', `没有名为“${categoryName}”的类别`, `no category named "${categoryName}"`);
    }
    const timeCell = cells['提交时间'] ?? '';
    const submittedAt = timeCell ? parseOfficeTime(timeCell) : null;
    if (timeCell && !submittedAt) {
      problem(
        '提交时间',
        '日期格式无法识别（例：2025-02-20 10:30）',
        'unrecognised date (e.g. 2025-02-20 10:30)',
      );
    }
    const outcome = OUTCOMES[cells['审查结果'] ?? ''];
    if (!outcome) {
      problem(
        '审查结果',
        '须为 立案、不予立案、并案 或 待审查',
        'must be 立案, 不予立案, 并案 or 待审查',
      );
    }
    if (outcome === 'registered' && !categoryId && !categoryName) {
      problem('类别', '立案的提案须有类别', 'a registered proposal needs a category');
    }
    const leadName = cells['主办单位'] ?? '';
    const leadUnitId = leadName ? lookups.units.get(leadName) : undefined;
    if (leadName && !leadUnitId) {
      problem('主办单位', `没有名为“${leadName}”的承办单位`, `no unit named "${leadName}"`);
    }
    if (leadName && outcome !== 'registered') {
      problem('主办单位', '只有立案的提案才能交办', 'only a registered proposal can be assigned');
    }
    const coUnitIds: string[] = [];
    for (const name of splitNames(cells['会办单位'])) {
      const id = lookups.units.get(name);
      if (!id) {
        problem('会办单位', `没有名为“${name}”的承办单位`, `no unit named "${name}"`);
      } else {
        coUnitIds.push(id);
      }
    }
    if (coUnitIds.length && !leadName) {
      problem('会办单位', '有会办单位时须有主办单位', 'co-handling units need a lead unit');
    }
    const replyClass = cells['答复类别'] ? cells['答复类别'].replace(/类$/, '') : null;
    if (replyClass && !lookups.replyClasses.includes(replyClass)) {
      problem(
        '答复类别',
        `须为 ${lookups.replyClasses.join('、')} 之一`,
        `must be one of ${lookups.replyClasses.join(', ')}`,
      );
    }
    if (replyClass && !leadName) {
      problem('答复类别', '答复须有主办单位', 'a reply needs a lead unit');
    }
    const verdictCell = cells['满意度'] ?? '';
    const verdict = verdictCell ? VERDICTS[verdictCell] : null;
    if (verdictCell && !verdict) {
      problem('满意度', '须为 满意、基本满意 或 不满意', 'must be 满意, 基本满意 or 不满意');
    }
    if (verdictCell && !replyClass) {
      problem('满意度', '有答复后才有满意度', 'feedback needs a reply');
    }
    out.push({
      line,
      title,
      proposerName,
      proposerKind: proposerKind ?? 'member',
      cosignerNames: splitNames(cells['联名人']),
      categoryId: categoryId ?? null,
      submittedAt,
      outcome: outcome ?? 'submitted',
      problem: cells['案由'] ?? '',
      suggestions: cells['建议'] ?? '',
      leadUnitId: leadUnitId ?? null,
      coUnitIds,
      replyClass,
      verdict: verdict ?? null,
    });
  }
  return { rows: out, problems };
}

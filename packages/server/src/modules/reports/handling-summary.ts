import { DEFAULT_REPLY_CLASSES, type Verdict } from '@jianyan/shared';
import { percentOf, sharesWithLargestRemainder } from './percentages.js';

/**
 * The handling report (办理情况报告): how the assigned proposals or suggestions were answered.
 * Every rate says what it is a share of, because the bases differ (办复率 over assigned, reply
 * classes over replied, 满意率 over the feedback forms that came back) and reports that mix them
 * up cannot be compared.
 */

/** The sentence government work reports use: "办结人大代表建议1508件、政协提案1774件". */
export function yearlySummarySentence(counts: {
  npcSuggestionsClosed: number;
  cppccProposalsClosed: number;
}): string {
  return `办结人大代表建议${counts.npcSuggestionsClosed}件、政协提案${counts.cppccProposalsClosed}件`;
}

/** One body's half of that sentence: "办结政协提案1774件" or "办结人大代表建议1508件". */
export function closedPhrase(kind: 'cppcc' | 'npc', closed: number): string {
  return `办结${kind === 'npc' ? '人大代表建议' : '政协提案'}${closed}件`;
}

/** One assignment of one proposal to one unit, as the lead reads it from the database. */
export interface HandlingRow {
  unitName: string;
  assignedAt: Date;
  repliedAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  /** A–D by default; bodies may configure their own codes. */
  replyClass: string | null;
  /** The proposer's latest feedback, null while no form has come back. */
  verdict: Verdict | null;
  key: boolean;
  /** What the overdue list shows to identify the item, e.g. "第0123号". */
  ref?: string;
  title?: string;
}

/** What a rate is a share of. */
export type RateBase =
  | 'assigned'
  /** Assigned items whose deadline has passed, plus those replied before it. */
  | 'due'
  | 'replied'
  | 'returned feedback';

export interface Rate {
  count: number;
  /** The size of the base. */
  of: number;
  base: RateBase;
  /** Two decimals; null when the base is empty. */
  percent: number | null;
}

export interface UnitHandling {
  unitName: string;
  assigned: number;
  replied: Rate;
  repliedOnTime: Rate;
  closed: Rate;
  overdue: number;
  satisfaction: Rate;
  /** Mean days from assignment to the first reply, over the replied items; null if none. */
  avgDaysToReply: number | null;
  /** The longest any replied item took (the worst case), in days; null if none. */
  maxDaysToReply: number | null;
}

export interface OverdueItem {
  unitName: string;
  ref?: string;
  title?: string;
  key: boolean;
  dueAt: Date;
  /** Days past the deadline at the report's date, a started day counting as one. */
  daysOverdue: number;
}

export interface HandlingReport {
  asOf: Date;
  assigned: number;
  /** 办复率. */
  replied: Rate;
  /** 按期答复率: replied by the deadline, over the items that are due or already replied. */
  repliedOnTime: Rate;
  /** 办结率: closed after the proposer's feedback. */
  closed: Rate;
  /** Mean and longest days from assignment to the first reply, over the replied items. */
  avgDaysToReply: number | null;
  maxDaysToReply: number | null;
  /** Shares of the replies; they add up to 100% when every reply is classified. */
  byReplyClass: Record<string, Rate>;
  satisfaction: {
    satisfied: number;
    mostly: number;
    dissatisfied: number;
    /** 满意率 as reports print it: 满意 and 基本满意 together. */
    rate: Rate;
  };
  keyProposals: { assigned: number; replied: Rate; closed: Rate };
  perUnit: UnitHandling[];
  /** Not replied and past the deadline, longest overdue first. */
  overdue: OverdueItem[];
}

const DAY_MS = 86_400_000;

const rate = (count: number, of: number, base: RateBase): Rate => ({
  count,
  of,
  base,
  percent: percentOf(count, of),
});

const isReplied = (r: HandlingRow) => r.repliedAt !== null;
const isRepliedOnTime = (r: HandlingRow) => r.repliedAt !== null && r.repliedAt <= r.dueAt;
const isDue = (r: HandlingRow, asOf: Date) => r.dueAt < asOf || isReplied(r);
const isOverdue = (r: HandlingRow, asOf: Date) => !isReplied(r) && r.dueAt < asOf;
const isSatisfied = (r: HandlingRow) =>
  r.verdict === 'satisfied' || r.verdict === 'mostly_satisfied';

/** The figures every group of rows shares: the whole body, one unit, the key proposals. */
function tally(rows: HandlingRow[], asOf: Date) {
  const replied = rows.filter(isReplied).length;
  const returned = rows.filter((r) => r.verdict !== null).length;
  const days = rows.flatMap((r) =>
    r.repliedAt ? [(r.repliedAt.getTime() - r.assignedAt.getTime()) / DAY_MS] : [],
  );
  return {
    assigned: rows.length,
    replied: rate(replied, rows.length, 'assigned'),
    repliedOnTime: rate(
      rows.filter(isRepliedOnTime).length,
      rows.filter((r) => isDue(r, asOf)).length,
      'due',
    ),
    closed: rate(rows.filter((r) => r.closedAt !== null).length, rows.length, 'assigned'),
    satisfaction: rate(rows.filter(isSatisfied).length, returned, 'returned feedback'),
    overdue: rows.filter((r) => isOverdue(r, asOf)).length,
    avgDaysToReply: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    maxDaysToReply: days.length ? Math.max(...days) : null,
  };
}

function replyClassShares(rows: HandlingRow[]): Record<string, Rate> {
  const replied = rows.filter(isReplied);
  // The default classes always appear, so a report shows "D类 0件" rather than leaving it out;
  // a body's own codes appear as they are used.
  const codes = [
    ...new Set([
      ...DEFAULT_REPLY_CLASSES.map((c) => c.code),
      ...replied.flatMap((r) => (r.replyClass ? [r.replyClass] : [])),
    ]),
  ];
  const counts = codes.map((code) => replied.filter((r) => r.replyClass === code).length);
  const shares = sharesWithLargestRemainder(counts, replied.length);
  return Object.fromEntries(
    codes.map((code, i) => [
      code,
      {
        count: counts[i] ?? 0,
        of: replied.length,
        base: 'replied' as const,
        percent: replied.length === 0 ? null : (shares[i] ?? 0),
      },
    ]),
  );
}

export function computeHandlingReport(rows: HandlingRow[], asOf: Date): HandlingReport {
  const all = tally(rows, asOf);
  const key = tally(
    rows.filter((r) => r.key),
    asOf,
  );

  const units = new Map<string, HandlingRow[]>();
  for (const row of rows) {
    units.set(row.unitName, [...(units.get(row.unitName) ?? []), row]);
  }
  const perUnit = [...units]
    .map(([unitName, unitRows]) => ({ unitName, ...tally(unitRows, asOf) }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-Hans-CN'));

  const overdue = rows
    .filter((r) => isOverdue(r, asOf))
    .map((r) => ({
      unitName: r.unitName,
      ...(r.ref === undefined ? {} : { ref: r.ref }),
      ...(r.title === undefined ? {} : { title: r.title }),
      key: r.key,
      dueAt: r.dueAt,
      daysOverdue: Math.ceil((asOf.getTime() - r.dueAt.getTime()) / DAY_MS),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || Number(b.key) - Number(a.key));

  const verdicts = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  return {
    asOf,
    assigned: all.assigned,
    replied: all.replied,
    repliedOnTime: all.repliedOnTime,
    closed: all.closed,
    avgDaysToReply: all.avgDaysToReply,
    maxDaysToReply: all.maxDaysToReply,
    byReplyClass: replyClassShares(rows),
    satisfaction: {
      satisfied: verdicts('satisfied'),
      mostly: verdicts('mostly_satisfied'),
      dissatisfied: verdicts('dissatisfied'),
      rate: all.satisfaction,
    },
    keyProposals: { assigned: key.assigned, replied: key.replied, closed: key.closed },
    perUnit,
    overdue,
  };
}

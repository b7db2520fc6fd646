import {
  CATEGORY_AREAS,
  CATEGORY_AREA_LABELS,
  type BodyKind,
  type CategoryArea,
} from '@jianyan/shared';
import { formatPercent, sharesWithLargestRemainder } from './percentages.js';

/**
 * The review report (提案审查情况的报告) the proposal committee reads out at the close of a
 * session. Its figures have two different bases, as in the Taiyuan 2025 report: the split by
 * source is over everything **received** by the deadline (542 of 694 = 78.10%), the split by
 * area over what was **registered** (203 of 646 = 31.42%).
 */
export interface ReviewReportInput {
  bodyKind: BodyKind;
  /** As the title names it: "市政协十四届四次会议". */
  sessionName: string;
  /** As the report prints it: "2月25日12时". */
  deadlineText: string;
  received: number;
  registered: number;
  /** Over received: individual members or deputies, and collectives (parties, sectors, …). */
  bySource: { individual: number; collective: number };
  /** Over registered. */
  byCategory: Record<CategoryArea, number>;
  /** Received after the deadline: handled as 平时提案 (CPPCC) or 闭会期间建议 (NPC). */
  interimCount: number;
  /** The rules cited, with their book-title marks: "《政协太原市委员会提案工作条例》". */
  rulesName?: string;
  /** What each area's proposals mainly ask for: the words after "主要是". Written by staff. */
  categoryHighlights?: Partial<Record<CategoryArea, string>>;
}

export type SourceLabel = '委员' | '代表' | '集体';
export type CategoryLabel = (typeof CATEGORY_AREA_LABELS)[CategoryArea]['zh'];

export interface ReviewReport {
  /** "关于市政协十四届四次会议提案审查情况的报告". */
  title: string;
  received: number;
  registered: number;
  bySource: { source: SourceLabel; count: number; percent: number; base: 'received' }[];
  byCategory: {
    area: CategoryArea;
    category: CategoryLabel;
    count: number;
    percent: number;
    base: 'registered';
  }[];
  /** The report's paragraphs on the figures, in print order. */
  paragraphs: string[];
  /** The paragraphs joined by line breaks. */
  text: string;
}

/** The words that differ between a CPPCC committee and a people's congress. */
const WORDING = {
  cppcc: {
    item: '提案',
    titleItem: '提案',
    individual: '委员' as const,
    individualPhrase: '委员提案',
    collectivePhrase: '各民主党派、人民团体、界别和政协各专门委员会等提案',
    registeredPhrase: '立案',
    assignedItems: '立案提案',
    interimName: '平时提案',
    interimCheck: '审查立案后',
  },
  npc: {
    item: '建议',
    titleItem: '代表建议',
    individual: '代表' as const,
    individualPhrase: '代表建议',
    collectivePhrase: '代表团等提出的建议',
    registeredPhrase: '确定交办',
    assignedItems: '交办建议',
    interimName: '闭会期间代表建议',
    interimCheck: '审查后',
  },
} satisfies Record<BodyKind, unknown>;

function assertAddsUp(input: ReviewReportInput) {
  const counts = [
    input.received,
    input.registered,
    input.interimCount,
    input.bySource.individual,
    input.bySource.collective,
    ...CATEGORY_AREAS.map((a) => input.byCategory[a]),
  ];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new RangeError('Review report counts must be non-negative integers');
  }
  if (input.registered > input.received) {
    throw new RangeError(`Registered (${input.registered}) exceeds received (${input.received})`);
  }
  const sources = input.bySource.individual + input.bySource.collective;
  if (sources !== input.received) {
    throw new RangeError(`Sources add up to ${sources}, not the ${input.received} received`);
  }
  const areas = CATEGORY_AREAS.reduce((n, a) => n + input.byCategory[a], 0);
  if (areas !== input.registered) {
    throw new RangeError(`Areas add up to ${areas}, not the ${input.registered} registered`);
  }
}

/** "主要是…等。" with the staff's own full stop, if any, not doubled. */
const highlightSentence = (text: string | undefined) => {
  const trimmed = text?.trim().replace(/。$/, '');
  return trimmed ? `主要是${trimmed}。` : '';
};

export function buildReviewReport(input: ReviewReportInput): ReviewReport {
  assertAddsUp(input);
  const w = WORDING[input.bodyKind];

  const [individualPct = 0, collectivePct = 0] = sharesWithLargestRemainder(
    [input.bySource.individual, input.bySource.collective],
    input.received,
  );
  const bySource: ReviewReport['bySource'] = [
    { source: w.individual, count: input.bySource.individual, percent: individualPct },
    { source: '集体' as const, count: input.bySource.collective, percent: collectivePct },
  ].map((s) => ({ ...s, base: 'received' as const }));

  const areaShares = sharesWithLargestRemainder(
    CATEGORY_AREAS.map((a) => input.byCategory[a]),
    input.registered,
  );
  const byCategory: ReviewReport['byCategory'] = CATEGORY_AREAS.map((area, i) => ({
    area,
    category: CATEGORY_AREA_LABELS[area].zh,
    count: input.byCategory[area],
    percent: areaShares[i] ?? 0,
    base: 'registered' as const,
  }));

  // Parts with nothing in them are left out of the prose ("占0.00%" reads as a mistake); the
  // structured figures above keep them.
  const sourceText = bySource
    .filter((s) => s.count > 0)
    .map(
      (s) =>
        `${s.source === '集体' ? w.collectivePhrase : w.individualPhrase}` +
        `${s.count}件，占${formatPercent(s.percent)}`,
    )
    .join('；');
  const areaText = byCategory
    .filter((c) => c.count > 0)
    .map(
      (c) =>
        `${c.category}方面${w.item}${c.count}件，占${formatPercent(c.percent)}。` +
        highlightSentence(input.categoryHighlights?.[c.area]),
    )
    .join('');
  const rules = input.rulesName ? `依据${input.rulesName}等有关规定，` : '依据有关规定，';

  const figures =
    `截至${input.deadlineText}，共收到${w.item}${input.received}件。` +
    `${rules}经审查，${w.registeredPhrase}${input.registered}件。` +
    (sourceText ? `所收${w.item}中：${sourceText}。` : '') +
    areaText;
  const interimCount = input.interimCount > 0 ? `${input.interimCount}件` : '';
  const assignment =
    `大会闭幕后，按照归口交办原则，${w.assignedItems}交由相关承办单位办理。` +
    `本次大会${w.item}截止日期之后收到的${w.item}${interimCount}，` +
    `${w.interimCheck}作为${w.interimName}交承办单位办理。`;

  const paragraphs = [figures, assignment];
  return {
    title: `关于${input.sessionName}${w.titleItem}审查情况的报告`,
    received: input.received,
    registered: input.registered,
    bySource,
    byCategory,
    paragraphs,
    text: paragraphs.join('\n'),
  };
}

import type { Comparison } from './target-types.js';

/** Verbs and adverbs that open a clause but say nothing about what is measured. */
const LEADING_FILLER =
  /^(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(]\d+[）)]|的|确保|力争|争取|全年|今年|年内|全市|带动|推动|推进|加快实施|加快|抓实抓好|抓好|实现|完成|着力|努力|持续|进一步|其中|并|再|使|让|将|要)/;

/** Words that join the measure to its figure ("产量达到31亿斤"). */
const TRAILING_LINK =
  /(?:达到|突破|超过|稳定在|保持在|控制在|实现|不低于|不少于|不超过|不高于|至少|力争|约为|约|达|为|在)$/;

/** Cues anywhere in the clause that only qualify the figure ("每县至少壮大1个…"). */
const INNER_CUE = /至少|力争|不少于|不低于/g;

function stripRepeatedly(s: string, pattern: RegExp): string {
  let prev: string;
  let next = s;
  do {
    prev = next;
    next = next.replace(pattern, '');
  } while (next !== prev && next.length > 0);
  return next;
}

/** The measure before a figure, without the verbs around it; "" when the figure opens a list item. */
export function cleanPrefix(prefix: string): string {
  // "东方希望氧化铝等29个…", "…改造、8条…", "…示范村和300个…": the figure heads its own item.
  if (/(?:[等、和及与])$/.test(prefix)) {
    return '';
  }
  const withoutCues = prefix.replace(INNER_CUE, '');
  return stripRepeatedly(stripRepeatedly(withoutCues, LEADING_FILLER), TRAILING_LINK);
}

/** The counted thing after a figure ("29个制造业重点项目投产达效"), without a linking 的. */
export const cleanSuffix = (suffix: string) =>
  suffix.replace(/^的/, '').replace(/(?:的|和|及|与)$/, '');

/**
 * What is measured: the words before the figure and the counted thing after it
 * ("新改建“四好农村路”" + "" ; "新改造" + "城中村").
 */
export function describeIndicator(prefix: string, suffix: string): string {
  // "办好16件民生实事": the pledge list itself, whoever the sentence says will deliver it.
  if (/^(?:民生)?实事/.test(suffix)) {
    return '民生实事';
  }
  return cleanPrefix(prefix) + cleanSuffix(suffix);
}

/** The comparison implied by the words just before a figure, when none is printed after it. */
export function comparisonFromPrefix(rawPrefix: string, clause: string): Comparison {
  if (/(?:不低于|不少于|至少|突破|超过|达到|达|高于)$/.test(rawPrefix)) {
    return 'at_least';
  }
  if (/控制在$/.test(rawPrefix)) {
    return 'within';
  }
  if (/(?:不超过|不高于|低于)$/.test(rawPrefix)) {
    return 'at_most';
  }
  if (/(?:约为|约|大约)$/.test(rawPrefix)) {
    return 'about';
  }
  // "每县至少壮大1个主导产业、培育1个优势产业": 至少 reaches every item of the list.
  if (/至少|不少于|不低于/.test(clause)) {
    return 'at_least';
  }
  return 'exactly';
}

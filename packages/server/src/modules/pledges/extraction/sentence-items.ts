import {
  cleanPrefix,
  cleanSuffix,
  comparisonFromPrefix,
  describeIndicator,
} from './describe-indicator.js';
import { findQuantities, quotedRanges, type QuantityMention } from './find-quantities.js';
import type { ExtractedTarget } from './target-types.js';

/** Clause breaks; 、 is handled separately because it also separates names in a list. */
const CLAUSE_BREAK = /[，；：。！？]/;

export type SentenceItem = Pick<
  ExtractedTarget,
  'indicator' | 'quantity' | 'unit' | 'comparison'
> & {
  year: number | undefined;
};

/**
 * The figures of one sentence, each described by the words around it. A sentence is cut into
 * clauses at ，；：, and a clause into list items at 、 (see listItems).
 */
export function itemsOfSentence(sentence: string): SentenceItem[] {
  const mentions = findQuantities(sentence);
  if (mentions.length === 0) {
    return [];
  }
  const shielded = shieldedRanges(sentence);
  const items: SentenceItem[] = [];
  for (const clause of splitOutside(sentence, CLAUSE_BREAK, shielded)) {
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    items.push(...itemsOfClause(sentence, clause, inClause, shielded));
  }
  return items;
}

interface Range {
  start: number;
  end: number;
}

function itemsOfClause(
  sentence: string,
  clause: Range,
  mentions: QuantityMention[],
  shielded: [number, number][],
): SentenceItem[] {
  const clauseText = sentence.slice(clause.start, clause.end);
  // A Chinese numeral counts only with a cue that it quantifies: "至少…一条", "两倍以上", "十件民生实事".
  const accepted = mentions.filter(
    (m) =>
      !m.chineseNumeral ||
      m.suffixComparison !== null ||
      /至少|不少于|不低于/.test(clauseText) ||
      /^(?:民生)?实事/.test(sentence.slice(m.end)),
  );
  const items: SentenceItem[] = [];
  let siblingVerb = '';
  for (const part of listItems(sentence, clause, accepted, shielded)) {
    const inPart = accepted.filter((m) => m.start >= part.start && m.end <= part.end);
    inPart.forEach((m, i) => {
      const prefixStart = i === 0 ? part.start : inPart[i - 1]!.end;
      const suffixEnd = inPart[i + 1]?.start ?? part.end;
      const rawPrefix = sentence.slice(prefixStart, m.start);
      const suffix = sentence.slice(m.end, suffixEnd);
      let indicator = describeIndicator(rawPrefix, suffix);
      // "新改造10个城中村、39个老旧小区": later items borrow the first one's verb.
      const continuesList = rawPrefix === '' || /[和及与]$/.test(rawPrefix);
      if (continuesList && siblingVerb !== '') {
        indicator = siblingVerb + cleanSuffix(suffix);
      }
      if (siblingVerb === '' && cleanPrefix(rawPrefix).length <= 6) {
        siblingVerb = cleanPrefix(rawPrefix);
      }
      items.push({
        indicator,
        quantity: m.value,
        unit: m.unit,
        comparison: m.suffixComparison ?? comparisonFromPrefix(rawPrefix, clauseText),
        year: targetYear(sentence.slice(0, m.start)),
      });
    });
  }
  return items;
}

/**
 * Splits a clause at 、 only after a part that holds a figure: "新改造10个城中村、39个老旧小区"
 * is two items, while "平遥、灵石、介休、寿阳、榆社5个化工园区" is one.
 */
function listItems(
  sentence: string,
  clause: Range,
  mentions: QuantityMention[],
  shielded: [number, number][],
): Range[] {
  const parts: Range[] = [];
  let start = clause.start;
  for (const piece of splitOutside(sentence.slice(0, clause.end), /、/, shielded, clause.start)) {
    const holdsFigure = mentions.some((m) => m.start >= start && m.end <= piece.end);
    if (holdsFigure) {
      parts.push({ start, end: piece.end });
      start = piece.end + 1;
    }
  }
  if (start < clause.end) {
    parts.push({ start, end: clause.end });
  }
  return parts;
}

/** Pieces of `text` from `from` on, cut at `separator` characters outside quotes and brackets. */
function splitOutside(
  text: string,
  separator: RegExp,
  shielded: [number, number][],
  from = 0,
): Range[] {
  const ranges: Range[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    if (separator.test(text[i]!) && !shielded.some(([a, b]) => i > a && i < b)) {
      ranges.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) {
    ranges.push({ start, end: text.length });
  }
  return ranges;
}

/** Quotes and brackets, whose 、 and ， belong to a name: "各县（区、市）". */
function shieldedRanges(sentence: string): [number, number][] {
  const ranges = quotedRanges(sentence);
  for (let i = sentence.indexOf('（'); i >= 0; i = sentence.indexOf('（', i + 1)) {
    const j = sentence.indexOf('）', i);
    if (j > i) {
      ranges.push([i, j]);
    }
  }
  return ranges;
}

/** "到2027年，…达到65%" sets a goal for another year than the report's: the last such date before the figure. */
function targetYear(textBefore: string): number | undefined {
  const dates = [...textBefore.matchAll(/到(\d{4})年|(\d{4})年(?:底|前|末)/g)];
  const last = dates.at(-1);
  return last ? Number(last[1] ?? last[2]) : undefined;
}

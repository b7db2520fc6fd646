import { normalizeReportText } from './normalize-report-text.js';
import { findPlanStart, looksBackward, looksForward } from './report-sections.js';
import { itemsOfSentence } from './sentence-items.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';
import type { ExtractedTarget, TargetKind } from './target-types.js';

export type { Comparison, ExtractedTarget, TargetKind } from './target-types.js';

/**
 * Quantified targets and livelihood pledges of the report's year, in reading order.
 *
 * Only the plan part counts (see findPlanStart); without a recognisable plan heading, sentences
 * that look back ("一年来", "去年") are dropped instead. Within a sentence, each figure with a
 * unit becomes one item, described by the words around it; a figure printed twice (reports repeat
 * paragraphs) is listed once.
 */
export function extractTargets(text: string, opts: { year: number }): ExtractedTarget[] {
  const { clean, origin } = normalizeReportText(text);
  const planStart = findPlanStart(clean, opts.year);
  const results: ExtractedTarget[] = [];
  const seen = new Set<string>();
  let inPledgeList = false;

  for (const sentence of splitSentences(clean)) {
    const inPlan = planStart === null || sentence.start >= planStart;
    const backward = looksBackward(sentence.text, opts.year) && !looksForward(sentence.text);
    if (!inPlan || backward) {
      inPledgeList = false;
      continue;
    }
    // 民生实事 are announced in one sentence and often enumerated in the following ones.
    const announcesPledges = sentence.text.includes('民生实事');
    inPledgeList = announcesPledges || (inPledgeList && ENUMERATED_ITEM.test(sentence.text));
    const kind: TargetKind = inPledgeList ? 'pledge' : 'target';

    for (const item of itemsOfSentence(sentence.text)) {
      const key = [kind, item.indicator, item.quantity, item.unit].join('|');
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      results.push({
        kind,
        ...item,
        year: item.year ?? opts.year,
        sentence: originalText(text, origin, sentence),
        offset: origin[sentence.start]!,
      });
    }
  }
  return results;
}

/** "一是…", "1.…", "（1）…", "①…", "第一，…": an item of an enumerated list. */
const ENUMERATED_ITEM =
  /^(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(]\d+[）)]|[①-⑳]|第[一二三四五六七八九十]+[，、：])/;

/** The sentence as the user's text has it, minus the column breaks and padding. */
function originalText(text: string, origin: number[], sentence: SentenceSpan): string {
  let s = '';
  for (let i = sentence.start; i < sentence.end; i++) {
    s += text[origin[i]!];
  }
  return s;
}

import type { ExpectedTarget, ExtractedTarget } from './target-types.js';

type Comparable = Pick<ExpectedTarget, 'indicator' | 'quantity' | 'unit'>;

export interface Evaluation<E extends Comparable, X extends Comparable> {
  /** matched ÷ extracted; 1 when nothing was extracted and nothing was expected. */
  precision: number;
  /** matched ÷ expected; 1 when nothing was expected. */
  recall: number;
  matched: { expected: E; extracted: X }[];
  /** Expected items that no extracted item matched. */
  missed: E[];
  /** Extracted items that matched no expected item. */
  spurious: X[];
}

/** Indicators "overlap" when they share a run of at least this many characters. */
export const MIN_SHARED_RUN = 2;

/**
 * Scores an extraction against a hand-made list.
 *
 * Matching rule: an extracted item matches an expected one when the quantities are equal, the
 * units are equal (％ and % are the same), and the indicators share a run of at least two
 * characters ("产量" ~ "粮食产量"). Matching is one-to-one: the pairs whose indicators share the
 * longest run are taken first. Kind and comparison are not part of the rule; callers compare them
 * on the matched pairs.
 */
export function evaluate<
  X extends Comparable = ExtractedTarget,
  E extends Comparable = ExpectedTarget,
>(extracted: X[], expected: E[]): Evaluation<E, X> {
  const candidates: { e: number; x: number; shared: number }[] = [];
  expected.forEach((e, ei) => {
    extracted.forEach((x, xi) => {
      const shared = longestSharedRun(e.indicator, x.indicator);
      if (sameFigure(e, x) && shared >= MIN_SHARED_RUN) {
        candidates.push({ e: ei, x: xi, shared });
      }
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.e - b.e || a.x - b.x);

  const usedE = new Set<number>();
  const usedX = new Set<number>();
  const matched: { expected: E; extracted: X }[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedX.has(c.x)) {
      continue;
    }
    usedE.add(c.e);
    usedX.add(c.x);
    matched.push({ expected: expected[c.e]!, extracted: extracted[c.x]! });
  }
  return {
    precision:
      extracted.length === 0 ? (expected.length === 0 ? 1 : 0) : usedX.size / extracted.length,
    recall: expected.length === 0 ? 1 : usedE.size / expected.length,
    matched,
    missed: expected.filter((_, i) => !usedE.has(i)),
    spurious: extracted.filter((_, i) => !usedX.has(i)),
  };
}

const normalizeUnit = (unit: string) => unit.trim().replace(/％/g, '%');

function sameFigure(a: Comparable, b: Comparable): boolean {
  return (
    Math.abs(a.quantity - b.quantity) < 1e-9 && normalizeUnit(a.unit) === normalizeUnit(b.unit)
  );
}

/** Length of the longest run of characters that two texts share. */
export function longestSharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) {
      best = j - i;
    }
  }
  return best;
}

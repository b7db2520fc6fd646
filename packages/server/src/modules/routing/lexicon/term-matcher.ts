/** A weighted word list as the lexicon writes it: 'word word:2 …'. */
export function parseTerms(spec: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const item of spec.split(/\s+/).filter(Boolean)) {
    const [word, weight] = item.split(':');
    terms.set(word!, weight ? Number(weight) : 1);
  }
  return terms;
}

/**
 * The lexicon words found in a text, longest first: where 农村公路 is found, the 农村 and 公路
 * inside it are not counted again (so a road proposal does not count as an agriculture one).
 * Each word found maps to how strongly it was found: 1 in the title, 0.5 only in the summary.
 */
export function findTerms(
  allWords: readonly string[],
  title: string,
  summary = '',
): Map<string, number> {
  const found = new Map<string, number>();
  for (const [text, strength] of [
    [title, 1],
    [summary, 0.5],
  ] as const) {
    if (!text) {
      continue;
    }
    const taken = new Uint8Array(text.length);
    // allWords is sorted longest first, so a longer word claims its characters first.
    for (const word of allWords) {
      let at = text.indexOf(word);
      while (at >= 0) {
        if (!taken.subarray(at, at + word.length).some((x) => x === 1)) {
          taken.fill(1, at, at + word.length);
          found.set(word, Math.max(found.get(word) ?? 0, strength));
        }
        at = text.indexOf(word, at + word.length);
      }
    }
  }
  return found;
}

/** Words sorted longest first, as findTerms wants them. */
export const longestFirst = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));

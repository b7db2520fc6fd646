import { headWeight } from './term-matcher.js';

/**
 * A weak guess for titles in which no lexicon word is found (修缮小闸塘, 修建硝洞三面沟): the
 * characters a title shares with each kind's vocabulary, each weighted by how few kinds use it
 * (塘 and 闸 are the water bureau's, 建 and 设 everyone's). It only orders the kinds when nothing
 * else does, so it is scaled to stay below one matched word.
 */
export class CharacterBackoff {
  private readonly kindChars: Map<string, Set<string>>;
  private readonly idf = new Map<string, number>();

  constructor(kindWords: ReadonlyMap<string, Iterable<string>>) {
    this.kindChars = new Map(
      [...kindWords].map(([kind, words]) => [kind, new Set([...words].join(''))]),
    );
    const df = new Map<string, number>();
    for (const chars of this.kindChars.values()) {
      chars.forEach((c) => df.set(c, (df.get(c) ?? 0) + 1));
    }
    const kinds = this.kindChars.size;
    for (const [c, n] of df) {
      // A character most kinds use says nothing about any of them.
      if (n <= kinds / 8) {
        this.idf.set(c, Math.log(kinds / n));
      }
    }
  }

  /**
   * Each kind's score from the text's most telling character it shares, the best kind scoring
   * `top`. A character counts more the later it stands (headWeight: in 硝洞三面沟 the 沟 is the
   * thing) and the fewer kinds use it.
   */
  scores(text: string, top: number): Map<string, number> {
    const weight = new Map<string, number>();
    [...text].forEach((c, i) => {
      if (this.idf.has(c)) {
        weight.set(
          c,
          Math.max(weight.get(c) ?? 0, this.idf.get(c)! * headWeight(i + 1, text.length)),
        );
      }
    });
    const raw = new Map<string, number>();
    for (const [kind, own] of this.kindChars) {
      // The kind's best character, not their sum: a broad vocabulary shares many characters
      // with any title by chance, while the head of the phrase names the thing.
      const s = Math.max(0, ...[...weight].filter(([c]) => own.has(c)).map(([, w]) => w));
      if (s > 0) {
        raw.set(kind, s);
      }
    }
    // Only the kinds close to the best: a guess this weak should not spread over many areas.
    const best = Math.max(0, ...raw.values());
    return new Map(
      [...raw].filter(([, s]) => s >= 0.8 * best).map(([k, s]) => [k, (top * s) / best]),
    );
  }
}

import { Segmenter } from '../search/segmentation/segmenter.js';
import { STOPWORDS } from '../search/segmentation/stopwords.js';
import type { RoutingHistoryItem, RoutingInput } from './routing-types.js';

/**
 * Words that say where or how a proposal is to be paid for, not what it is about: past proposals
 * that share only 村委会 or 资金 with a new one went wherever their subjects took them.
 */
export const NOT_SUBJECT = new Set(
  '村委 委会 村委会 居委会 村民小组 村小组 小组 自然村 行政村 社区居委会 资金 经费 缺口 补助 帮助 所需'.split(
    ' ',
  ),
);

function tokens(input: RoutingInput): string[] {
  const text = `${input.title} ${input.title} ${input.summary ?? ''}`;
  return Segmenter.shared()
    .cutForSearch(text)
    .map((t) => t.trim())
    .filter(
      (t) =>
        t.length >= 2 &&
        /\p{Script=Han}|[A-Za-z0-9]{2,}/u.test(t) &&
        !STOPWORDS.has(t) &&
        !NOT_SUBJECT.has(t),
    );
}

interface Indexed {
  item: RoutingHistoryItem;
  vector: Map<string, number>;
  norm: number;
}

/**
 * A body's past proposals as TF-IDF vectors, to find the ones most like a new proposal and see
 * where they went. Past proposals number in the thousands per body, so a scan is fast enough;
 * the archive-wide similar search uses the database's full-text index instead.
 */
export class HistoryIndex {
  private readonly docs: Indexed[] = [];
  private readonly idf = new Map<string, number>();

  constructor(items: readonly RoutingHistoryItem[]) {
    const tokenLists = items.map((item) => tokens(item));
    const df = new Map<string, number>();
    for (const list of tokenLists) {
      for (const t of new Set(list)) {
        df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    for (const [t, n] of df) {
      this.idf.set(t, Math.log((items.length + 1) / (n + 0.5)));
    }
    items.forEach((item, i) => {
      const vector = this.vectorOf(tokenLists[i]!);
      this.docs.push({ item, vector, norm: normOf(vector) });
    });
  }

  get size() {
    return this.docs.length;
  }

  private vectorOf(list: string[]): Map<string, number> {
    const v = new Map<string, number>();
    for (const t of list) {
      v.set(t, (v.get(t) ?? 0) + 1);
    }
    // Words never seen in the history carry no evidence about where proposals went.
    for (const [t, tf] of v) {
      const idf = this.idf.get(t);
      if (idf === undefined) {
        v.delete(t);
      } else {
        v.set(t, (1 + Math.log(tf)) * idf);
      }
    }
    return v;
  }

  /** The k past proposals most like the input, most similar first (cosine ≥ minSimilarity). */
  nearest(input: RoutingInput, k = 10, minSimilarity = 0.08) {
    const q = this.vectorOf(tokens(input));
    const qNorm = normOf(q);
    if (qNorm === 0) {
      return [];
    }
    return this.docs
      .map((d) => {
        let dot = 0;
        for (const [t, w] of q) {
          dot += w * (d.vector.get(t) ?? 0);
        }
        return { item: d.item, similarity: d.norm ? dot / (qNorm * d.norm) : 0 };
      })
      .filter((n) => n.similarity >= minSimilarity)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, k);
  }
}

function normOf(v: Map<string, number>) {
  let s = 0;
  for (const x of v.values()) {
    s += x * x;
  }
  return Math.sqrt(s);
}

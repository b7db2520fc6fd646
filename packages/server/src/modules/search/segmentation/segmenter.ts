import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

const DOMAIN_DICTIONARY = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'domain-dictionary.txt',
);

/** A token that carries meaning: letters or digits, not punctuation or space. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Chinese word segmentation (jieba) with the shipped domain dictionary of policy terms and unit
 * names, so that 低空经济 or 人大代表建议 stay one word. A body's administrator can add words.
 */
export class Segmenter {
  private static instance: Segmenter | undefined;
  private readonly jieba: Jieba;
  private readonly tfidf: TfIdf;

  constructor(extraWords: string[] = []) {
    this.jieba = Jieba.withDict(dict);
    this.jieba.loadDict(fs.readFileSync(DOMAIN_DICTIONARY));
    this.tfidf = TfIdf.withDict(idf);
    this.addWords(extraWords);
  }

  /** The process-wide segmenter (loading the dictionaries takes a few hundred milliseconds). */
  static shared(): Segmenter {
    return (Segmenter.instance ??= new Segmenter());
  }

  private static readonly byDictionary = new Map<string, Segmenter>();

  /**
   * The segmenter with a body's own words added (the shared one when it has none). Segmenters
   * are kept per word list; a changed list makes a new one, so no body sees another's words.
   */
  static withWords(words: readonly string[] | undefined): Segmenter {
    if (!words?.length) {
      return Segmenter.shared();
    }
    const key = [...words].sort().join('\n');
    let seg = Segmenter.byDictionary.get(key);
    if (!seg) {
      // A handful of bodies per server; an edited list replaces the old one over time.
      if (Segmenter.byDictionary.size >= 64) {
        Segmenter.byDictionary.delete(Segmenter.byDictionary.keys().next().value!);
      }
      seg = new Segmenter([...words]);
      Segmenter.byDictionary.set(key, seg);
    }
    return seg;
  }

  /** Adds words (a body's user dictionary); each is then kept whole. */
  addWords(words: string[]) {
    const lines = words
      .map((w) => w.trim())
      .filter((w) => w.length > 0 && !/\s/.test(w))
      .map((w) => `${w} 5000 n`);
    if (lines.length) {
      this.jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
    }
  }

  /** Words as a reader would split the text (for queries and keywords). */
  cut(text: string): string[] {
    return this.jieba.cut(text, true);
  }

  /** Words plus the shorter words inside long ones (人大代表 → 人大, 代表, 人大代表): the index side. */
  cutForSearch(text: string): string[] {
    return this.jieba.cutForSearch(text, true);
  }

  /** The text's most characteristic words by TF-IDF. */
  keywords(text: string, n: number): { keyword: string; weight: number }[] {
    return this.tfidf.extractKeywords(this.jieba, text, n);
  }

  /** Space-joined, lower-cased index tokens, for to_tsvector('simple', …). */
  tokensForIndex(text: string): string {
    return this.cutForSearch(text)
      .map((t) => t.trim().toLowerCase())
      .filter((t) => MEANINGFUL.test(t))
      .join(' ');
  }
}

import type { Segmenter } from './segmentation/segmenter.js';
import { STOPWORDS } from './segmentation/stopwords.js';

/** A proposal's characteristic words with their TF-IDF weights: what similarity compares. */
export type Keywords = [word: string, weight: number][];

/** How many characteristic words stand for a proposal. */
const KEYWORDS = 12;
/** MinHash functions, grouped into bands of ROWS for locality-sensitive hashing. */
const HASHES = 64;
const ROWS = 2;

/** Numbers, single characters and Latin fragments say nothing about a proposal's subject. */
const MEANINGLESS = /^([\d.%]+|.)$|^[a-z]{1,2}$/i;

/** The title counts twice: it names the subject; the text elaborates. */
export function keywordsOf(seg: Segmenter, title: string, text: string): Keywords {
  return seg
    .keywords(`${title}\n${title}\n${text}`, KEYWORDS * 3)
    .filter((k) => !MEANINGLESS.test(k.keyword) && !STOPWORDS.has(k.keyword))
    .slice(0, KEYWORDS)
    .map((k) => [k.keyword, Math.round(k.weight * 1000) / 1000]);
}

/** 32-bit FNV-1a of a string, mixed with a seed: one of the MinHash functions. */
function hash(word: string, seed: number) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that seeds that differ in one bit give unrelated orders.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * Locality-sensitive keys of a proposal (MinHash over its characteristic words, 32 bands of 2):
 * two proposals share a key with probability 1 − (1 − J²)³², J being the Jaccard similarity of
 * their word sets — near-certain from about a third of the words in common, rare below a tenth.
 * Stored in a GIN-indexed array, they find similar proposals among millions by a few index
 * lookups, whatever the archive's size (see docs/search-and-similarity.md). The keys carry a
 * scope (the body) so that the index's lists hold only proposals one may be compared with.
 */
export function similarityKeys(keywords: Keywords, scope: string): string[] {
  const words = keywords.map(([w]) => w);
  if (words.length === 0) {
    return [];
  }
  const mins = Array.from({ length: HASHES }, (_, s) =>
    Math.min(...words.map((w) => hash(w, s * 0x9e3779b9))),
  );
  const keys: string[] = [];
  for (let b = 0; b < HASHES / ROWS; b++) {
    const band = mins.slice(b * ROWS, (b + 1) * ROWS);
    keys.push(`${scope}:${b.toString(36)}:${band.map((m) => m.toString(36)).join('.')}`);
  }
  return keys;
}

/** Cosine of two keyword vectors. */
export function cosine(a: Keywords, b: Keywords) {
  const bw = new Map(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    dot += x * (bw.get(w) ?? 0);
  }
  for (const [, x] of b) {
    nb += x * x;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The scope of a body's keys: eight hex digits of its id are enough to keep index lists short;
 * a rare clash between two bodies only lengthens a list (visibility is checked anyway).
 */
export const keyScope = (bodyId: string) => bodyId.replace(/-/g, '').slice(0, 8);

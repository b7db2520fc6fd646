import { CATEGORY_AREAS, type CategoryArea } from '@jianyan/shared';

/**
 * A weighted word list as the lexicon writes it: 'word word:2 word:2@ecology …'. A word without a
 * weight of its own weighs as much as the heaviest word of the list inside it (公交线路 as 公交:2):
 * the longest match claims the characters, so a compound must not count less than its part.
 */
export function parseTerms(spec: string): Map<string, number> {
  const terms = new Map<string, number>();
  const unweighted: string[] = [];
  for (const item of spec.split(/\s+/).filter(Boolean)) {
    const [word, weight] = item.replace(/@.*$/, '').split(':');
    terms.set(word!, weight ? Number(weight) : 1);
    if (!weight) {
      unweighted.push(word!);
    }
  }
  for (const word of unweighted) {
    for (const [part, weight] of terms) {
      if (part !== word && word.includes(part) && weight > terms.get(word)!) {
        terms.set(word, weight);
      }
    }
  }
  return terms;
}

/**
 * The words of a list that carry their own area (`污水管网:2@ecology`): a department handles them,
 * but they fall in another area than its usual ones (the construction bureau lays sewers, and
 * sewage is 资源环境 in the 全国政协 classes).
 */
export function parseTermAreas(spec: string): Map<string, CategoryArea> {
  const areas = new Map<string, CategoryArea>();
  for (const item of spec.split(/\s+/).filter(Boolean)) {
    const at = item.indexOf('@');
    if (at >= 0) {
      const area = item.slice(at + 1);
      if (!(CATEGORY_AREAS as readonly string[]).includes(area)) {
        throw new Error(`unknown area "${area}" in lexicon word "${item}"`);
      }
      areas.set(item.slice(0, at).split(':')[0]!, area as CategoryArea);
    }
  }
  return areas;
}

/**
 * The lexicon words found in a text, longest first: where 农村公路 is found, the 农村 and 公路
 * inside it are not counted again (so a road proposal does not count as an agriculture one).
 * Each word found maps to how strongly it was found: about 1 in the title, 0.5 only in the
 * summary, scaled by where it ends (headWeight: the head of a Chinese phrase comes last).
 */
export function findTerms(
  allWords: readonly string[],
  title: string,
  summary = '',
  weightOf: (word: string) => number = () => 1,
): Map<string, number> {
  const found = new Map<string, number>();
  const [main, purpose] = splitPurpose(title);
  for (const [text, strength] of [
    [main, 1],
    [purpose, 0.5],
    [summary, 0.5],
  ] as const) {
    if (!text) {
      continue;
    }
    const taken = new Uint8Array(text.length);
    // A longer word claims its characters first; of two overlapping words of one length the
    // weightier (污水管网:2 over 农村污水 in 农村污水管网), then the earlier (食品安全 in
    // 食品安全监管: what comes after the subject is what is done to it).
    const matches: { word: string; at: number }[] = [];
    for (const word of allWords) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        matches.push({ word, at });
      }
    }
    matches.sort(
      (a, b) => b.word.length - a.word.length || weightOf(b.word) - weightOf(a.word) || a.at - b.at,
    );
    const accepted: { word: string; at: number }[] = [];
    for (const m of matches) {
      if (isFree(taken, m.at, m.word.length)) {
        taken.fill(1, m.at, m.at + m.word.length);
        accepted.push(m);
      }
    }
    const place = text === main ? placeEnd(text, taken) : 0;
    for (const { word, at } of accepted) {
      // Before a place marker (高速沿线, 农贸市场片区) a subject word only says where.
      const where = at + word.length <= place ? PLACE_SHARE : 1;
      const weighted = where * strength * headWeight(at + word.length, text.length);
      found.set(word, Math.max(found.get(word) ?? 0, weighted));
    }
  }
  return found;
}

/**
 * Words that close a place phrase: in 高铁和高速沿线道路绿化 the proposal is about the greening,
 * 高铁和高速 only say where it is; so in 农贸市场片区棚户区改造 (housing, not a market) and
 * 牛栏江沿岸…村庄污水 (sewage, not the river). A marker inside a lexicon word (校园周边,
 * 区域协调发展) is part of that word, not a marker.
 */
export const PLACE_MARKERS = [
  '沿线',
  '沿岸',
  '沿途',
  '两岸',
  '两侧',
  '周边',
  '周围',
  '附近',
  '片区',
  '区域',
  '辖区',
  '范围内',
  '境内',
  '旁',
  // A verb of adding in mid-title: in 公交站增设垃圾桶 what is asked for is the litter bins.
  '增设',
  '设置',
  '加装',
  '配备',
  '配建',
  '新建',
  '修建',
  '建造',
  '选址',
];

/** What a subject word in a place phrase counts for: like a word of the summary. */
const PLACE_SHARE = 0.5;

/** Whether no word found so far has claimed any of these characters. */
function isFree(taken: Uint8Array, at: number, length: number): boolean {
  return !taken.subarray(at, at + length).some((x) => x === 1);
}

/** Where the last place phrase of a text ends (0 if none): the start of its last free marker. */
function placeEnd(text: string, taken: Uint8Array): number {
  let end = 0;
  for (const marker of PLACE_MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      if (isFree(taken, at, marker.length)) {
        end = Math.max(end, at);
      }
    }
  }
  return end;
}

/**
 * A title's main part and its purpose clause: in 加强乡村教育助力乡村振兴 the proposal is about
 * 乡村教育; 助力/赋能 … names the broader goal it serves (乡村振兴, 高质量发展), which weighs like
 * the summary. A marker at the very start (助力企业纾困) is the main verb, not a purpose.
 */
export function splitPurpose(title: string): [string, string] {
  const at = title.search(/助力|赋能/);
  return at >= 4 ? [title.slice(0, at), title.slice(at)] : [title, ''];
}

/**
 * Chinese noun phrases put their head last: in 林区道路建设 the thing to change is 道路建设, 林区
 * only says where; in 推动奶业持续稳定发展 the subject is 奶业, not 推动. A word counts from 0.75
 * (at the start of the text) to 1.25 (ending at its end), so that when a title names two
 * subjects the later one, usually the head, decides; a single word still counts about fully.
 */
export function headWeight(end: number, length: number): number {
  return length ? 0.75 + (0.5 * end) / length : 1;
}

/** Words sorted longest first, as findTerms wants them. */
export const longestFirst = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));

/**
 * Roads named in a title. A road's name is made of words that are not its subject (民主路 is a
 * street, not democracy; 文化路 not culture; 新区大道 not the development zone), and a road line
 * or a route between two places (松会线菱角段, 新庄组至泗水沟) is a road even where no road word
 * is written. Written from how Chinese roads are named (…路, …大道, a county road line …线 with
 * its sections …段), not from any title. A named street is a city road, which the 城市道路管理条例
 * gives to the municipal works department (住建, 城管); a road line or a route between villages
 * is a highway (公路), the transport bureau's.
 */

/** Replaces what a road's name is made of, so that no lexicon word is found in it. */
const FILLER = '·';

/** Characters after 路 that make it a word of its own (路灯, 路面, 路径 …), not a road's name. */
const NOT_A_ROAD_AFTER = new Set('灯面网线径子费况基桥'.split(''));
/** Characters before 路 that make a figure of speech (之路, 一路, 思路, 出路, 新路 …). */
const NOT_A_ROAD_BEFORE = new Set('之一思出老新弯门退活道马公铁'.split(''));

/** Place endings before 至 in a route (八亩村新庄组至泗水沟, 新凤中路至新区大道). */
const ROUTE = /[村组镇乡寨屯街路道园站口场坝]至[\u4e00-\u9fa5]{2}/;

/** A county or provincial road line with a section or a road works (松会线菱角段, S214线改造). */
const ROAD_LINE =
  /([\u4e00-\u9fa5]{2}|[GSXYZ]\d{2,4})线(?=[\u4e00-\u9fa5]{0,4}段|改造|改建|扩建|提升|修复|维修|养护)/g;

/**
 * The title with the words of its road names blotted out (民主路 → ··路, 新区大道 → ··大道,
 * 松会线 → ·公路); whether it names a road line or a route between two places (a road), and
 * whether it names a street as its subject (a city road): 民主路改造 is about the street, but in
 * 龙华大道拆迁安置户 the street only says where the households live. `words` are the lexicon's:
 * 产业路, 柏油路 and 路灯 are words, not names.
 */
export function readRoadNames(
  text: string,
  words: readonly string[],
): { text: string; route: boolean; street: boolean } {
  const chars = [...text];
  const isHan = (c: string | undefined) => !!c && /[\u4e00-\u9fa5]/.test(c);
  let street = false;
  for (let at = 2; at < chars.length; at++) {
    const avenue = chars[at] === '大' && chars[at + 1] === '道';
    const road = chars[at] === '路' && !NOT_A_ROAD_AFTER.has(chars[at + 1] ?? '');
    if (
      (avenue || road) &&
      isHan(chars[at - 1]) &&
      isHan(chars[at - 2]) &&
      !NOT_A_ROAD_BEFORE.has(chars[at - 1]!) &&
      !spannedAt(text, words, at) &&
      // The name's two characters are not the end of a longer word (市政道路有路无灯).
      !spannedAt(text, words, at - 2)
    ) {
      chars[at - 2] = FILLER;
      chars[at - 1] = FILLER;
      const end = at + (avenue ? 2 : 1);
      street ||= !words.some((w) => text.startsWith(w, end));
    }
  }
  let out = chars.join('');
  let route = ROUTE.test(out);
  out = out.replace(ROAD_LINE, (line) => {
    route = true;
    return FILLER.repeat(line.length - 2) + '公路';
  });
  return { text: out, route, street };
}

/** Whether one of `words` occurs in `text` starting before `at` and running on past it. */
function spannedAt(text: string, words: readonly string[], at: number): boolean {
  return words.some((word) => {
    for (let j = Math.max(0, at - word.length + 1); j < at; j++) {
      if (text.startsWith(word, j)) {
        return true;
      }
    }
    return false;
  });
}

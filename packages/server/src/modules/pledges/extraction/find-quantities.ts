import type { Comparison } from './target-types.js';

/** A figure with its unit inside a sentence: [start, end) covers number, unit and 以上/左右…. */
export interface QuantityMention {
  value: number;
  unit: string;
  start: number;
  end: number;
  /** The comparison printed after the unit (以上, 以内, 以下, 左右), if any. */
  suffixComparison: Comparison | null;
  /** Chinese numerals ("一条", "两倍") are also articles and slogans, so they need a cue to count. */
  chineseNumeral: boolean;
}

/** Units that measure goals, longest first so "微克/立方米" wins over "米". */
const UNITS = [
  '个百分点',
  '微克/立方米',
  '立方米',
  '平方公里',
  '平方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '公顷',
  '公斤',
  '千米',
  '人次',
  '小时',
  '%',
  '元',
  '人',
  '斤',
  '吨',
  '亩',
  '户',
  '家',
  '个',
  '所',
  '件',
  '条',
  '座',
  '栋',
  '幢',
  '项',
  '处',
  '名',
  '套',
  '辆',
  '部',
  '台',
  '张',
  '场',
  '倍',
  '间',
  '床',
  '天',
  '米',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const CHINESE_DIGITS = '零一二两三四五六七八九十百千';

/**
 * A number not glued to a preceding digit, letter or decimal point (PM2.5), then an optional
 * magnitude (万, 亿) and a unit, then an optional printed comparison.
 */
const QUANTITY = new RegExp(
  `(?<![\\dA-Za-z_.{])(\\d+(?:\\.\\d+)?|[${CHINESE_DIGITS}]+)` +
    `((?:万亿|万|亿)?(?:${UNITS.map(escape).join('|')}))` +
    `(及以上|以上|以内|以下|左右)?`,
  'g',
);

const SUFFIX_COMPARISON: Record<string, Comparison> = {
  及以上: 'at_least',
  以上: 'at_least',
  以内: 'within',
  以下: 'at_most',
  左右: 'about',
};

/** Units of a plant's capacity: "灵石15万吨航空燃油项目" names a project, it sets no goal. */
const CAPACITY_UNIT = /(?:吨|千瓦|兆瓦|平方米)$/;
const PROJECT_NOUN = /^[\u4e00-\u9fff][^，；：。、]*?(?:项目|工程|矿井|生产线|基地)/;

export function findQuantities(sentence: string): QuantityMention[] {
  const quoted = quotedRanges(sentence);
  const mentions: QuantityMention[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const [whole, numberText, unit, suffix] = m as unknown as [
      string,
      string,
      string,
      string | undefined,
    ];
    const start = m.index;
    const end = start + whole.length;
    const chineseNumeral = !/^\d/.test(numberText);
    const value = chineseNumeral ? parseChineseNumber(numberText) : Number(numberText);
    if (
      value === null ||
      quoted.some(([a, b]) => start > a && start < b) ||
      isOrdinalOrRangeOrProduct(sentence, start, start + numberText.length) ||
      (CAPACITY_UNIT.test(unit) && PROJECT_NOUN.test(sentence.slice(end)))
    ) {
      continue;
    }
    mentions.push({
      value,
      unit,
      start,
      end,
      suffixComparison: suffix ? (SUFFIX_COMPARISON[suffix] ?? null) : null,
      chineseNumeral,
    });
  }
  return mentions;
}

/** 第3批 (an ordinal), 1—2个 (a range: guidance, not a checkable goal), 2×1000兆瓦 (a spec). */
function isOrdinalOrRangeOrProduct(sentence: string, start: number, numberEnd: number): boolean {
  const before = sentence[start - 1] ?? '';
  const twoBefore = sentence[start - 2] ?? '';
  const after = sentence[numberEnd] ?? '';
  const twoAfter = sentence[numberEnd + 1] ?? '';
  return (
    before === '第' ||
    /[×xX*]/.test(before) ||
    /[×xX*]/.test(after) ||
    (/[—\-~～至到]/.test(before) && /\d/.test(twoBefore)) ||
    (/[—\-~～至到]/.test(after) && /\d/.test(twoAfter))
  );
}

/** [open, close] index pairs of “…”, "…", 「…」 and 《…》: slogans and titles ("156", "13710"). */
export function quotedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: Record<string, string> = { '“': '”', '「': '」', '《': '》', '"': '"' };
  for (let i = 0; i < sentence.length; i++) {
    const close = pairs[sentence[i]!];
    if (close === undefined) {
      continue;
    }
    const j = sentence.indexOf(close, i + 1);
    if (j < 0) {
      break;
    }
    ranges.push([i, j]);
    i = j;
  }
  return ranges;
}

const DIGIT_VALUE: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "一" → 1, "十二" → 12, "二十" → 20, "三百五十" → 350; null for runs like "一二". */
export function parseChineseNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c === '零') {
      continue; // a placeholder, as in 一百零五
    }
    const d = DIGIT_VALUE[c];
    if (d !== undefined) {
      if (digit !== null) {
        return null;
      }
      digit = d;
      continue;
    }
    const mult = MULTIPLIER[c];
    if (mult === undefined) {
      return null;
    }
    total += (digit ?? 1) * mult;
    digit = null;
  }
  return total + (digit ?? 0);
}

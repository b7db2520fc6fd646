/**
 * Newspaper pages break lines mid-word, pad digits with spaces ("增长 5%以上") and mix full-width
 * and ASCII punctuation. The extractor works on a cleaned copy; `origin` maps every character of
 * that copy back to the original, so offsets and sentences can be reported in the user's text.
 */
export interface NormalizedText {
  /** One character per kept character of the original; '\n' only where a heading starts. */
  clean: string;
  /** origin[i] is the index in the original text of clean[i]. */
  origin: number[];
}

/** "（下转第4版）", "(上接第1版)": page-jump notes, not part of any sentence. */
const PAGE_JUMP = /[（(]\s*(?:上接|下转|转)\s*第?\s*\d+\s*版\s*[）)]/g;

/** Lines that open a part or a chapter of the report: a sentence never runs across them. */
const HEADING_LINE =
  /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{4}年工作)/;

/** Whole-line top-level headings ("2024年工作回顾", "三、2026年工作安排"): they end a sentence too. */
const TOP_HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+、|\d{4}年工作)[^。！？!?]{0,40}$/;

const ASCII_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
  '％': '%',
};

const isAsciiWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

export function normalizeReportText(text: string): NormalizedText {
  const dropped = new Uint8Array(text.length);
  for (const m of text.matchAll(PAGE_JUMP)) {
    dropped.fill(1, m.index, m.index + m[0].length);
  }
  const headingBreaks = findHeadingBreaks(text);

  let clean = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (headingBreaks.has(i)) {
      clean += '\n';
      origin.push(i);
      continue;
    }
    if (dropped[i] || /\s/.test(c)) {
      // A space between two ASCII words carries meaning; every other gap is column padding.
      if (c === ' ' && isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])) {
        clean += ' ';
        origin.push(i);
      }
      continue;
    }
    clean += toCanonical(c);
    origin.push(i);
  }
  return { clean, origin };
}

/** Positions of the line breaks before and after headings, which become sentence boundaries. */
function findHeadingBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (HEADING_LINE.test(line) && lineStart > 0) {
      breaks.add(lineStart - 1);
    }
    if (TOP_HEADING_LINE.test(line) && nl >= 0) {
      breaks.add(nl);
    }
    if (nl < 0) {
      break;
    }
    lineStart = nl + 1;
  }
  return breaks;
}

/** Full-width digits become ASCII; ASCII clause punctuation becomes full-width (reports mix both). */
function toCanonical(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) {
    return String.fromCharCode(code - 0xff10 + 0x30); // full-width digit
  }
  return ASCII_TO_FULL[c] ?? c;
}

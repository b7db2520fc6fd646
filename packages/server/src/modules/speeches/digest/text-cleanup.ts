/** Helpers for text that came out of newspaper columns. */

const ASCII_WORD_END = /[A-Za-z0-9.%]/;
const ASCII_WORD_START = /[A-Za-z]/;

/**
 * Removes the spaces and line breaks that justified columns put between Chinese characters
 * ("胡 芬" → "胡芬", "337.95 万" → "337.95万", "为 此 建 议 ：" → "为此建议："), keeping one space
 * only between two ASCII words ("AI model"), where it carries meaning.
 */
export function despace(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, (gap, offset: number, str: string) =>
      ASCII_WORD_END.test(str[offset - 1] ?? '') &&
      ASCII_WORD_START.test(str[offset + gap.length] ?? '')
        ? ' '
        : '',
    );
}

/** Re-joins text that a column broke into lines (or pieces), without inserting spaces. */
export const joinColumnText = (pieces: string[]) => despace(pieces.join('\n'));

/** Sentence punctuation: a line with any of it is running text, never a title or a name. */
export const BODY_PUNCTUATION = /[，。；：！？,;:!?]/;

/** Whether a piece of text ends a sentence (a column break mid-sentence does not). */
export const endsSentence = (s: string) => /[。！？!?][”’」』）)]*$/.test(s.trim());

export const isChineseName = (s: string) => /^[\u4e00-\u9fff·]{2,4}$/.test(despace(s));

/** A line that could be (part of) a title: short, and without sentence punctuation. */
export function isTitleLike(s: string): boolean {
  const t = despace(s);
  return t.length >= 2 && t.length <= 30 && !BODY_PUNCTUATION.test(t) && !t.includes('为此建议');
}

const SUGGESTIONS_MARK = '为此建议';

/** 为此建议 (or 为 此 建 议, before despacing) marks where the problem ends and the suggestions begin. */
export function splitProblemAndSuggestions(text: string): {
  problem: string;
  suggestions: string;
  marked: boolean;
} {
  const i = text.indexOf(SUGGESTIONS_MARK);
  if (i < 0) {
    return { problem: text.trim(), suggestions: '', marked: false };
  }
  return {
    problem: text.slice(0, i).trim(),
    suggestions: text
      .slice(i + SUGGESTIONS_MARK.length)
      .replace(/^[：:，,\s]+/, '')
      .trim(),
    marked: true,
  };
}

export const countSuggestionMarks = (text: string) => text.split(SUGGESTIONS_MARK).length - 1;

/** Length of the longest run of characters that two texts share (a crude "same topic" cue). */
export function longestSharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) {
      best = j - i;
    }
  }
  return best;
}

/**
 * A title for a speech whose title was not printed: the first sentence of its text without
 * "为此建议" and its point number, its first two clauses as the two title lines
 * ("一要调整布局结构，壮大科技服务业经营主体规模。" → 调整布局结构 / 壮大科技服务业经营主体规模).
 */
export function titleFromFirstSentence(text: string): [string, string] | [string] | null {
  const sentence = text.replace(/^为此建议[，,：:]?/, '').split(/[。！？；]/)[0] ?? '';
  const clauses = sentence
    .replace(/^[一二三四五六七八九十]+[是要、]/, '')
    .split(/[，,]/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length === 0) {
    return null;
  }
  return clauses.length === 1 ? [clauses[0]!] : [clauses[0]!, clauses[1]!];
}

/** Helpers for text that came out of newspaper columns. */

const ASCII_WORD = /[A-Za-z0-9.%]/;

/**
 * Removes the spaces that justified columns put between Chinese characters ("胡 芬" → "胡芬",
 * "2024 年" → "2024年"), keeping a space only between two ASCII words.
 */
export function despace(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, (m, offset: number, str: string) =>
      ASCII_WORD.test(str[offset - 1] ?? '') && /[A-Za-z]/.test(str[offset + m.length] ?? '')
        ? ' '
        : '',
    );
}

/** Sentence punctuation: a line with any of it is running text, never a title or a name. */
export const BODY_PUNCTUATION = /[，。；：、！？,;:]/;

export const isChineseName = (s: string) => /^[\u4e00-\u9fff·]{2,4}$/.test(despace(s));

/** 为此建议 (or 为 此 建 议) marks where the problem ends and the suggestions begin. */
export function splitProblemAndSuggestions(text: string): { problem: string; suggestions: string } {
  const i = text.indexOf('为此建议');
  if (i < 0) {
    return { problem: text.trim(), suggestions: '' };
  }
  return {
    problem: text.slice(0, i).trim(),
    suggestions: text
      .slice(i + '为此建议'.length)
      .replace(/^[：:，,\s]+/, '')
      .trim(),
  };
}

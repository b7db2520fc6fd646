/** A sentence of the cleaned text: [start, end) are offsets in NormalizedText.clean. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** A sentence ends at 。！？ (with any closing quote) or at a heading break ('\n'). */
const SENTENCE = /[^。！？\n]+(?:[。！？]+[”’」』）]*)?|[。！？]+/g;

export function splitSentences(clean: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const m of clean.matchAll(SENTENCE)) {
    const text = m[0].trim();
    if (text.length === 0) {
      continue;
    }
    const start = m.index + m[0].indexOf(text);
    sentences.push({ text, start, end: start + text.length });
  }
  return sentences;
}

/**
 * Marks where the query's words occur in a text and cuts a snippet around the first of them.
 * Done here rather than with ts_headline, which cannot see word boundaries in unsegmented
 * Chinese; the result is the same on PGlite and PostgreSQL. Returns ranges, never HTML, so the
 * caller renders untrusted text safely.
 */
export interface Highlight {
  snippet: string;
  /** [start, end) ranges in `snippet`. */
  marks: [number, number][];
}

export function highlight(text: string, terms: string[], maxLength = 120): Highlight | null {
  const words = [...new Set(terms.filter((t) => t.trim().length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (!text || words.length === 0) {
    return null;
  }
  const hits: [number, number][] = [];
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
      if (!hits.some(([s, e]) => i < e && i + w.length > s)) {
        hits.push([i, i + w.length]);
      }
    }
  }
  if (hits.length === 0) {
    return null;
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]![0];
  const start = Math.max(0, Math.min(first - Math.floor(maxLength / 4), text.length - maxLength));
  const end = Math.min(text.length, start + maxLength);
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const marks = hits
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]);
  return { snippet, marks };
}

/**
 * Where a page's columns crossed, text extraction printed pieces of several speeches under the
 * wrong speaker lines, each speech's pieces out of order (the Changzhi page, after 郭晋斌's
 * speech). This module finds such stretches and puts the pieces back together:
 *
 * 1. A stretch is crossed when a speaker's text runs off mid-sentence with nothing after it, or
 *    when its numbered points start after 一 before its 为此建议 (a piece cut from the middle).
 * 2. The pieces of one speech run up to a piece that breaks off mid-sentence (or to the next
 *    speaker line). The extraction printed the piece that ends the speech first: it is moved back
 *    to the end, which makes the mid-sentence breaks join up ("打破职|称名额限制",
 *    "开心农|场共享", "管理体系|等，").
 * 3. Each speech's pieces go to the speaker whose title shares a run of at least three characters
 *    with them ("跨区域", "发展庭院"); pieces that no title claims stay with the speaker they are
 *    printed under, if that speaker has none yet; the rest are reported, never guessed.
 */
import type { Line } from './digest-types.js';
import { despace, endsSentence, joinColumnText, longestSharedRun } from './text-cleanup.js';

/** A shared run this long between a title and a text is taken as "the same topic". */
const TOPIC_RUN = 3;

const POINT = /([一二三四五六七八九十])[是要]/;

/** Whether a speaker's printed text shows that the columns crossed around it. */
export function looksCrossed(body: Line[]): boolean {
  if (body.length === 0) {
    return false;
  }
  if (!endsSentence(body.at(-1)!.text)) {
    return true;
  }
  const text = joinColumnText(body.map((l) => l.text));
  const mark = text.indexOf('为此建议');
  const firstPointBeforeMark = mark > 0 ? POINT.exec(text.slice(0, mark)) : null;
  return firstPointBeforeMark !== null && firstPointBeforeMark[1] !== '一';
}

export interface Piece {
  /** Index of the speaker line the piece was printed under. */
  printedUnder: number;
  lines: Line[];
}

/** Splits the crossed text into one piece per speech and restores its reading order. */
export function piecesOf(regions: { index: number; body: Line[] }[]): Piece[] {
  const pieces: Piece[] = [];
  for (const { index, body } of regions) {
    let current: Line[] = [];
    const close = () => {
      if (current.length) {
        pieces.push({ printedUnder: index, lines: inReadingOrder(current) });
      }
      current = [];
    };
    for (const line of body) {
      current.push(line);
      if (!endsSentence(line.text)) {
        close();
      }
    }
    close();
  }
  return pieces;
}

function inReadingOrder(lines: Line[]): Line[] {
  if (lines.length < 2) {
    return lines;
  }
  const lastDangles = !endsSentence(lines.at(-1)!.text);
  const markIsLate = lines.slice(1).some((l) => despace(l.text).includes('为此建议'));
  return lastDangles || markIsLate ? [...lines.slice(1), lines[0]!] : lines;
}

export const pieceText = (p: Piece) => joinColumnText(p.lines.map((l) => l.text));

/**
 * Which piece goes to which speaker: by title first, then by where it is printed. Returns, for
 * each piece, the index of its speaker (or null) and how it was matched.
 */
export function assignPieces(
  pieces: Piece[],
  speakers: { index: number; titles: string[] }[],
): { speaker: number | null; by: 'title' | 'position' | null }[] {
  const result = pieces.map(() => ({
    speaker: null as number | null,
    by: null as 'title' | 'position' | null,
  }));
  const taken = new Set<number>();
  const pairs = pieces.flatMap((piece, p) =>
    speakers.map((s) => ({
      p,
      speaker: s.index,
      run: Math.max(0, ...s.titles.map((t) => longestSharedRun(t, pieceText(piece)))),
    })),
  );
  pairs
    .filter((x) => x.run >= TOPIC_RUN)
    .sort((a, b) => b.run - a.run || a.p - b.p || a.speaker - b.speaker)
    .forEach((x) => {
      if (result[x.p]!.speaker === null && !taken.has(x.speaker)) {
        result[x.p] = { speaker: x.speaker, by: 'title' };
        taken.add(x.speaker);
      }
    });
  pieces.forEach((piece, p) => {
    if (result[p]!.speaker === null && !taken.has(piece.printedUnder)) {
      result[p] = { speaker: piece.printedUnder, by: 'position' };
      taken.add(piece.printedUnder);
    }
  });
  return result;
}

import { looksClean, readCleanLayout } from './clean-layout.js';
import { readColumnLayout } from './column-layout.js';
import type { LayoutResult, Line, ParsedDigest, ParsedSpeech } from './digest-types.js';
import { readMarkedLayout } from './marked-layout.js';
import { BODY_PUNCTUATION, despace } from './text-cleanup.js';

export type {
  ParsedDigest,
  ParsedSpeech,
  Speaker,
  TitleLines,
  UnplacedLine,
} from './digest-types.js';

/**
 * Turns a newspaper's plenary speech digest (大会发言摘编) into speeches, in the order their titles
 * are printed. Three layouts are read:
 * - column text, where each speech's text comes before its title and its speaker
 *   (column-layout.ts, the Jinzhong page);
 * - Markdown-like text, where a "市政协委员X代表Y" line opens each speech (marked-layout.ts, the
 *   Changzhi page, including the stretch where its columns crossed);
 * - the clean text formatDigest writes (title, speaker line, text).
 * Whatever cannot be attributed is returned in `unplaced` with a reason; speeches that need a
 * human look carry `warnings`.
 */
export function parseDigest(text: string): ParsedDigest {
  const lines: Line[] = text.split(/\r?\n/).map((t, i) => ({ n: i + 1, text: t.trimEnd() }));
  const { heading, rest } = readHeading(lines);
  const layout: LayoutResult = rest.some((l) => /^\s*#/.test(l.text))
    ? readMarkedLayout(rest)
    : looksClean(rest)
      ? readCleanLayout(rest)
      : readColumnLayout(rest);
  const speeches = layout.speeches.map((s, i): ParsedSpeech => ({
    ...s,
    order: i + 1,
    title: s.titleLines.join(' '),
  }));
  return { heading, sessionName: sessionNameOf(heading), speeches, unplaced: layout.unplaced };
}

/**
 * The heading runs to its "……发言摘编" line ("凝心聚力谋发展 砥砺前行谱新篇" /
 * "—— 政协第五届晋中市委员会第四次会议大会发言摘编"); without one, it is the first line.
 */
function readHeading(lines: Line[]): { heading: string; rest: Line[] } {
  const filled = lines.filter((l) => l.text.trim() !== '').slice(0, 3);
  const isHeadingLine = (l: Line) => !/^\s*#{3,}/.test(l.text) && !BODY_PUNCTUATION.test(l.text);
  const digestLine = filled.findIndex((l) => /摘编|摘登/.test(l.text));
  const headingLines =
    digestLine >= 0 ? filled.slice(0, digestLine + 1) : filled.slice(0, 1).filter(isHeadingLine);
  const last = headingLines.at(-1);
  const heading = headingLines
    .map((l) =>
      l.text
        .replace(/^\s*#+\s*/, '')
        .trim()
        .replace(/\s+/g, ' '),
    )
    .join(' ');
  return { heading, rest: last ? lines.filter((l) => l.n > last.n) : lines };
}

/** "政协第五届晋中市委员会第四次会议", "市政协十四届四次会议". */
function sessionNameOf(heading: string): string | null {
  return /((?:市|省|县|区)?政协[^，。\s]*?会议)/.exec(despace(heading))?.[1] ?? null;
}

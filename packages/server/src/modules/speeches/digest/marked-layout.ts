/**
 * The marked layout (the Changzhi page, extracted to Markdown-like text): each speech opens with
 * a speaker line ("市政协委员史延春代表民盟长治市委会"), then its title (a plain line and/or a
 * "###" heading), then its text. Photo captions (bare names), the article's lede and repeated
 * paragraphs are reported; stretches where the page's columns crossed are repaired by
 * crossed-columns.ts or reported.
 */
import { assignPieces, looksCrossed, pieceText, piecesOf, type Piece } from './crossed-columns.js';
import type {
  LayoutResult,
  Line,
  Speaker,
  SpeechDraft,
  TitleLines,
  UnplacedLine,
} from './digest-types.js';
import { parseSpeakerSentence } from './speaker.js';
import {
  despace,
  isChineseName,
  isTitleLike,
  joinColumnText,
  splitProblemAndSuggestions,
  titleFromFirstSentence,
} from './text-cleanup.js';

interface RegionText {
  text: string;
  warnings: string[];
  /** Printed where the columns crossed. */
  crossed: boolean;
  /** The text printed right under its speaker line is its own. */
  ownPrintedText: boolean;
}

interface Region {
  index: number;
  /** Where it sits in print order (a speech found only by its text sits after the speaker it is printed under). */
  printedAt: number;
  speaker: Speaker;
  /** Neither its speaker line nor its title is printed: the speaker is known from a photo caption. */
  fromCaption?: true;
  /** Title lines as printed (without "###"). */
  titles: Line[];
  body: Line[];
}

const LEDE = /(摘编如下|摘登如下|发言摘要如下)/;

export function readMarkedLayout(lines: Line[]): LayoutResult {
  const unplaced: UnplacedLine[] = [];
  const regions: Region[] = [];
  const captions: string[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    const raw = line.text.trim();
    if (!raw) {
      continue;
    }
    const isHeading = raw.startsWith('#');
    const text = raw.replace(/^#+\s*/, '');
    const speaker = isHeading ? null : parseSpeakerSentence(text);
    const region = regions.at(-1);
    if (speaker) {
      regions.push({
        index: regions.length,
        printedAt: regions.length,
        speaker,
        titles: [],
        body: [],
      });
    } else if (isChineseName(text)) {
      captions.push(despace(text));
      unplaced.push({ line: line.n, text, reason: 'photo caption (a speaker’s name)' });
    } else if (region && region.body.length === 0 && (isHeading || isTitleLike(text))) {
      region.titles.push({ n: line.n, text });
    } else if (LEDE.test(text)) {
      unplaced.push({ line: line.n, text, reason: 'the article’s lede' });
    } else if (seen.has(text)) {
      unplaced.push({ line: line.n, text, reason: `repeats line ${seen.get(text)}` });
    } else if (isHeading || !region) {
      seen.set(text, line.n);
      unplaced.push({ line: line.n, text, reason: 'outside any speech' });
    } else {
      seen.set(text, line.n);
      region.body.push({ n: line.n, text });
    }
  }

  const texts = new Map<number, RegionText>();
  const found: Region[] = [];
  for (const section of sections(regions)) {
    if (!looksCrossed(section[0]!.body)) {
      for (const r of section) {
        texts.set(r.index, straightText(r));
      }
      continue;
    }
    found.push(...repairCrossed(section, regions, texts, unplaced, captions));
  }
  const all = [...regions, ...found].sort((a, b) => a.printedAt - b.printedAt);

  const speeches = all.map((r): SpeechDraft => {
    const { text, warnings, crossed } = texts.get(r.index)!;
    const ownText = (o: Region) => texts.get(o.index)!.ownPrintedText;
    const split = splitProblemAndSuggestions(text);
    // Where the columns crossed, the opening (problem and 为此建议) is what went missing, so
    // unmarked text there is suggestions; elsewhere unmarked text is the problem.
    const [problem, suggestions] =
      split.marked || !crossed ? [split.problem, split.suggestions] : ['', text];
    const inferred = r.fromCaption ? titleFromFirstSentence(suggestions || problem) : null;
    if (inferred) {
      warnings.push('no title is printed for it: its title is taken from its first sentence');
    }
    const titleLines = inferred ?? titleLinesOf(r, regions, ownText, unplaced, warnings);
    if (!problem) {
      warnings.push('no problem statement: the start of the speech is missing from the text');
    }
    if (!split.marked && !crossed) {
      warnings.push('no 为此建议 part');
    }
    return { ...r.speaker, titleLines, problem, suggestions, warnings };
  });
  unplaced.sort((a, b) => a.line - b.line);
  return { speeches, unplaced };
}

/** Runs of regions that are all crossed, or all straight. */
function sections(regions: Region[]): Region[][] {
  const out: Region[][] = [];
  for (const r of regions) {
    const last = out.at(-1);
    if (last && looksCrossed(last[0]!.body) === looksCrossed(r.body)) {
      last.push(r);
    } else {
      out.push([r]);
    }
  }
  return out;
}

function straightText(r: Region): RegionText {
  return {
    text: joinColumnText(r.body.map((l) => l.text)),
    warnings: r.body.length ? [] : ['no text is printed under it'],
    crossed: false,
    ownPrintedText: true,
  };
}

function repairCrossed(
  section: Region[],
  all: Region[],
  texts: Map<number, RegionText>,
  unplaced: UnplacedLine[],
  captions: string[],
): Region[] {
  const pieces = piecesOf(section);
  const distinctive = (r: Region) =>
    r.titles.map((t) => despace(t.text)).filter((t) => printedUnder(all, t).length === 1);
  const assigned = assignPieces(
    pieces,
    section.map((r) => ({ index: r.index, titles: distinctive(r) })),
  );
  for (const r of section) {
    const p = assigned.findIndex((a) => a.speaker === r.index);
    const firstPrintedUnderIt = pieces.findIndex((piece) => piece.printedUnder === r.index);
    const how =
      p < 0
        ? 'none of the text printed there matches it: its text is missing'
        : assigned[p]!.by === 'title'
          ? 'its text was put back in order and matched to it by its title'
          : 'its text was put back in order; it is the text printed under it';
    texts.set(r.index, {
      text: p < 0 ? '' : pieceText(pieces[p]!),
      warnings: [`printed where the newspaper’s columns crossed: ${how}`],
      crossed: true,
      ownPrintedText: p >= 0 && p === firstPrintedUnderIt,
    });
  }
  const spoken = new Set(all.flatMap((r) => [r.speaker.speakerName, r.speaker.deliveredBy]));
  const pictured = captions.filter((c) => !spoken.has(c));
  const orphans = pieces.filter((_, p) => assigned[p]!.speaker === null);
  if (orphans.length === 1 && pictured.length === 1) {
    return [speechFromCaption(orphans[0]!, pictured[0]!, all, texts)];
  }
  const hint = pictured.length ? `; pictured but without a speech: ${pictured.join('、')}` : '';
  for (const line of orphans.flatMap((piece) => piece.lines)) {
    unplaced.push({
      line: line.n,
      text: line.text,
      reason: `printed where the columns crossed; matches no speech’s title (its speaker line and title are missing)${hint}`,
    });
  }
  return [];
}

/**
 * The one text no speaker claims, when exactly one pictured member has no speech: by
 * elimination it is that member's (黄俊霞 on the Changzhi page, whose speaker line and title
 * were lost where the columns crossed). The member's standing is the one the page's other
 * members share ("10位市政协委员" in the lede).
 */
function speechFromCaption(
  piece: Piece,
  name: string,
  all: Region[],
  texts: Map<number, RegionText>,
): Region {
  const standings = all.flatMap((r) =>
    r.speaker.speakerKind === 'member' && r.speaker.affiliation ? [r.speaker.affiliation] : [],
  );
  const index = all.length + texts.size;
  texts.set(index, {
    text: pieceText(piece),
    warnings: [
      'printed where the columns crossed: its speaker line and title are missing; the speaker is the one pictured member without a speech',
    ],
    crossed: true,
    ownPrintedText: false,
  });
  return {
    index,
    printedAt: piece.printedUnder + 0.5,
    fromCaption: true,
    speaker: {
      speakerName: name,
      speakerKind: 'member',
      affiliation: mostCommon(standings),
      deliveredBy: null,
    },
    titles: [],
    body: piece.lines,
  };
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const printedUnder = (regions: Region[], title: string) =>
  regions.filter((r) => r.titles.some((t) => despace(t.text) === title));

/**
 * The title lines a speech keeps. A heading printed under two speakers stays with the one whose
 * own text is printed under it; the stray copy is reported. A title printed as one line with one
 * inner space ("厚植发展沃土 激发民营经济新动能") is the newspaper's two lines.
 */
function titleLinesOf(
  r: Region,
  all: Region[],
  ownText: (r: Region) => boolean,
  unplaced: UnplacedLine[],
  warnings: string[],
): TitleLines {
  const kept: string[] = [];
  for (const t of r.titles) {
    const others = printedUnder(all, despace(t.text)).filter((o) => o !== r);
    const keepers = others.filter(ownText);
    if (keepers.length && !ownText(r)) {
      unplaced.push({
        line: t.n,
        text: t.text,
        reason: `a stray copy of the title printed under ${keepers.map(speakerLabel).join('、')}`,
      });
      continue;
    }
    if (others.length && ownText(r) === keepers.length > 0) {
      // Both copies sit over their speaker's own text, or neither does: a human must decide.
      warnings.push('its title heading is printed for more than one speech');
    }
    kept.push(t.text);
  }
  const phrases = kept.length === 1 ? kept[0]!.trim().split(/\s+/) : [];
  const lines = phrases.length === 2 ? phrases : kept.map(despace);
  if (lines.length === 0) {
    warnings.push('no title is printed for it');
    return [''];
  }
  for (const extra of lines.slice(2)) {
    warnings.push(`a third title line was left out: ${extra}`);
  }
  return lines.length === 1 ? [lines[0]!] : [lines[0]!, lines[1]!];
}

const speakerLabel = (r: Region) =>
  r.speaker.deliveredBy
    ? `${r.speaker.deliveredBy}（${r.speaker.speakerName}）`
    : r.speaker.speakerName;

/**
 * The clean layout that formatDigest writes: per speech, its title line(s), one speaker line,
 * then its text; a blank line between speeches.
 */
import type { LayoutResult, Line, SpeechDraft, TitleLines } from './digest-types.js';
import { parseSpeakerLine } from './speaker.js';
import {
  despace,
  isTitleLike,
  joinColumnText,
  splitProblemAndSuggestions,
} from './text-cleanup.js';

/** Where the speaker line is in a block: after one or two title lines; -1 if it is not clean. */
function speakerLineAt(block: Line[]): number {
  for (const at of [1, 2]) {
    const candidate = block[at];
    if (
      candidate &&
      parseSpeakerLine(candidate.text) &&
      block.slice(0, at).every((l) => isTitleLike(l.text))
    ) {
      return at;
    }
  }
  return -1;
}

/** Whether the text after the heading starts the clean way (title, then a speaker line). */
export const looksClean = (lines: Line[]) =>
  speakerLineAt(lines.filter((l) => l.text.trim() !== '').slice(0, 3)) > 0;

export function readCleanLayout(lines: Line[]): LayoutResult {
  const result: LayoutResult = { speeches: [], unplaced: [] };
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') {
      blocks.push([]);
    } else {
      blocks.at(-1)!.push(line);
    }
  }
  for (const block of blocks.filter((b) => b.length)) {
    const at = speakerLineAt(block);
    if (at < 0) {
      result.unplaced.push(
        ...block.map((l) => ({
          line: l.n,
          text: l.text.trim(),
          reason: 'a block without a title and a speaker line',
        })),
      );
      continue;
    }
    const text = joinColumnText(block.slice(at + 1).map((l) => l.text));
    const { problem, suggestions, marked } = splitProblemAndSuggestions(text);
    const warnings = [];
    if (!problem) {
      warnings.push('no problem statement: the start of the speech is missing from the text');
    }
    if (!marked && text) {
      warnings.push('no 为此建议 part');
    }
    const speech: SpeechDraft = {
      ...parseSpeakerLine(block[at]!.text)!,
      titleLines: block.slice(0, at).map((l) => despace(l.text)) as TitleLines,
      problem,
      suggestions,
      warnings,
    };
    result.speeches.push(speech);
  }
  return result;
}

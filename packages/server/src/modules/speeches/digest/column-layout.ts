/**
 * The column layout (the Jinzhong page): each speech's text comes first, then its title, then its
 * speaker. Where the page prints its speakers as photo captions side by side, the extraction
 * collects several speaker blocks after a later title; those blocks belong, in print order, to
 * the speeches still waiting for a speaker (on the Jinzhong page: the four speakers after speech 5
 * go to speeches 2–5).
 */
import type { LayoutResult, Line, Speaker, SpeechDraft, TitleLines } from './digest-types.js';
import { isAffiliationLine, speakerOf } from './speaker.js';
import {
  countSuggestionMarks,
  despace,
  endsSentence,
  isChineseName,
  isTitleLike,
  joinColumnText,
  splitProblemAndSuggestions,
} from './text-cleanup.js';

/** Lines between blank lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) {
        blocks.push(current);
      }
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) {
    blocks.push(current);
  }
  return blocks;
}

/** A block of "affiliation / name" pairs, or null when the block is anything else. */
function speakersIn(block: Line[]): Speaker[] | null {
  if (block.length % 2 !== 0) {
    return null;
  }
  const speakers: Speaker[] = [];
  for (let i = 0; i < block.length; i += 2) {
    const [affiliation, name] = [block[i]!.text, block[i + 1]!.text];
    if (!isAffiliationLine(affiliation) || !isChineseName(name)) {
      return null;
    }
    speakers.push(speakerOf(affiliation, name));
  }
  return speakers;
}

export function readColumnLayout(lines: Line[]): LayoutResult {
  const result: LayoutResult = { speeches: [], unplaced: [] };
  const waiting: SpeechDraft[] = [];
  let body: Line[] = [];
  for (const block of blocksOf(lines)) {
    const speakers = speakersIn(block);
    if (speakers) {
      for (const [i, speaker] of speakers.entries()) {
        const speech = waiting.shift();
        if (speech) {
          Object.assign(speech, speaker);
        } else {
          const at = block[i * 2]!;
          result.unplaced.push({
            line: at.n,
            text: `${despace(at.text)} ${despace(block[i * 2 + 1]!.text)}`,
            reason: 'a speaker printed after every speech already has one',
          });
        }
      }
      continue;
    }
    // A title closes the text before it: it can only follow suggestions that ended a sentence
    // (a column break inside the text also leaves short lines without punctuation).
    const bodyText = joinColumnText(body.map((l) => l.text));
    const closesSpeech =
      block.length <= 2 &&
      block.every((l) => isTitleLike(l.text)) &&
      bodyText.includes('为此建议') &&
      endsSentence(bodyText);
    if (!closesSpeech) {
      body.push(...block);
      continue;
    }
    const titleLines = block.map((l) => despace(l.text)) as TitleLines;
    const { problem, suggestions } = splitProblemAndSuggestions(bodyText);
    const warnings = problem ? [] : ['no problem statement before 为此建议'];
    if (countSuggestionMarks(bodyText) > 1) {
      warnings.push('为此建议 appears twice: two speeches may have run together');
    }
    const speech: SpeechDraft = {
      titleLines,
      speakerName: '',
      speakerKind: 'member',
      affiliation: null,
      deliveredBy: null,
      problem,
      suggestions,
      warnings,
    };
    result.speeches.push(speech);
    waiting.push(speech);
    body = [];
  }
  for (const line of body) {
    result.unplaced.push({
      line: line.n,
      text: line.text.trim(),
      reason: 'text after the last title, belonging to no speech',
    });
  }
  for (const speech of waiting) {
    speech.warnings.push('no speaker is printed for it');
  }
  return result;
}

/** The shapes the digest parser produces (大会发言摘编 → speeches). */

/** A printed title: one line, or two (the newspaper prints most titles on two lines). */
export type TitleLines = [string, string] | [string];

export interface Speaker {
  /** The member's name, or the organisation's name when an organisation speaks. */
  speakerName: string;
  speakerKind: 'member' | 'organisation';
  /** The member's standing (市政协委员); null for an organisation. */
  affiliation: string | null;
  /** For an organisation's speech, the person who delivered it (郭高宏 for 民革晋中市委会). */
  deliveredBy: string | null;
}

export interface ParsedSpeech extends Speaker {
  /** Position in the published digest (the order of the titles in the text), from 1. */
  order: number;
  titleLines: TitleLines;
  /** The title lines joined by one ASCII space, so the two-line layout can be recovered. */
  title: string;
  /** The text before 为此建议. */
  problem: string;
  /** The text after 为此建议 (without those words). */
  suggestions: string;
  /** What a human should check before trusting this speech (columns crossed, text missing). */
  warnings: string[];
}

export interface UnplacedLine {
  /** 1-based line number in the input text. */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedDigest {
  heading: string;
  sessionName: string | null;
  speeches: ParsedSpeech[];
  /** Everything the parser could not attribute to a speech, with why: never silently dropped. */
  unplaced: UnplacedLine[];
}

/** A speech as a layout reader finds it, before it is numbered and its title joined. */
export type SpeechDraft = Omit<ParsedSpeech, 'order' | 'title'>;

/** One line of the input, with its 1-based number. */
export interface Line {
  n: number;
  text: string;
}

/** What each layout reader returns. */
export interface LayoutResult {
  speeches: SpeechDraft[];
  unplaced: UnplacedLine[];
}

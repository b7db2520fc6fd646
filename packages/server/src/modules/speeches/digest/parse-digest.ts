import {
  BODY_PUNCTUATION,
  despace,
  isChineseName,
  splitProblemAndSuggestions,
} from './text-cleanup.js';

export interface ParsedSpeech {
  order: number;
  titleLines: string[];
  /** The title lines joined by one space, so the two-line layout can be recovered. */
  title: string;
  speakerName: string;
  speakerKind: 'member' | 'organisation';
  /** 市政协委员, or the organisation a member spoke for; null for an organisation speaking itself. */
  affiliation: string | null;
  problem: string;
  suggestions: string;
  /** For an organisation's speech, the person who delivered it. */
  deliveredBy: string | null;
  /** Signs that the newspaper's columns crossed here; such a speech needs a human look. */
  warnings: string[];
}

export interface UnplacedLine {
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

interface Line {
  n: number;
  text: string;
}

/**
 * Turns a newspaper's plenary speech digest (大会发言摘编) into speeches. Two layouts are
 * understood: plain column text where each speech's body comes first, then its one- or two-line
 * title, then its speaker(s) — speakers printed together in a block belong, in order, to the
 * speeches still waiting for one; and Markdown-like text where a "市政协委员X代表Y" line and a
 * "###" title open each speech.
 */
export function parseDigest(text: string): ParsedDigest {
  const lines = text
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
  return lines.some((l) => l.text.startsWith('###')) ? parseMarked(lines) : parseColumns(lines);
}

const sessionOf = (s: string) =>
  /(政协[^，。\s]*?会议|市政协[^，。\s]*?会议)/.exec(despace(s))?.[1] ?? null;

// ——— Layout 1: column text (body → title → speakers) ———

const AFFILIATION = /^(市政协委员|.{2,16}(市委会|市委|委员会|工商联|联合会))$/;
const isAffiliation = (s: string) => !BODY_PUNCTUATION.test(s) && AFFILIATION.test(despace(s));
const isTitleLine = (s: string) =>
  !BODY_PUNCTUATION.test(s) && !isAffiliation(s) && despace(s).length <= 24;

function parseColumns(lines: Line[]): ParsedDigest {
  const unplaced: UnplacedLine[] = [];
  // The heading runs to its "——…摘编" line (or is the first two lines when there is none).
  const end = lines.findIndex((l) => l.text.includes('摘编'));
  const headingLines = lines.slice(0, end >= 0 ? end + 1 : 2).map((l) => l.text);
  let i = headingLines.length;
  const speeches: ParsedSpeech[] = [];
  const waiting: ParsedSpeech[] = [];
  let body: string[] = [];
  let inSuggestions = false;
  let endedSentence = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (isAffiliation(line.text) && next && isChineseName(next.text)) {
      const speech = waiting.shift();
      if (!speech) {
        unplaced.push({
          line: line.n,
          text: `${line.text} ${next.text}`,
          reason: 'speaker with no speech waiting for one',
        });
      } else {
        const affiliation = despace(line.text);
        const member = affiliation === '市政协委员';
        speech.speakerName = despace(next.text);
        speech.speakerKind = 'member';
        speech.affiliation = affiliation;
        if (!member) {
          // A party committee or body speaks; the named person delivered it for them.
          speech.speakerKind = 'organisation';
          speech.affiliation = null;
          speech.speakerName = affiliation;
          speech.deliveredBy = despace(next.text);
        }
      }
      i += 2;
      continue;
    }
    if (inSuggestions && endedSentence && isTitleLine(line.text)) {
      const titleLines = [despace(line.text)];
      if (
        next &&
        isTitleLine(next.text) &&
        !(lines[i + 2] && isChineseName(lines[i + 2]!.text) && isAffiliation(next.text))
      ) {
        titleLines.push(despace(next.text));
        i += 1;
      }
      i += 1;
      const { problem, suggestions } = splitProblemAndSuggestions(despace(body.join('')));
      const speech: ParsedSpeech = {
        order: speeches.length + 1,
        titleLines,
        title: titleLines.join(' '),
        speakerName: '',
        speakerKind: 'member',
        affiliation: null,
        problem,
        suggestions,
        deliveredBy: null,
        warnings: [],
      };
      speeches.push(speech);
      waiting.push(speech);
      body = [];
      inSuggestions = false;
      endedSentence = false;
      continue;
    }
    body.push(line.text);
    if (despace(line.text).includes('为此建议')) {
      inSuggestions = true;
    }
    endedSentence = /[。！]$/.test(line.text);
    i += 1;
  }
  if (body.length) {
    unplaced.push({
      line: lines.at(-1)!.n,
      text: body.join(''),
      reason: 'text after the last speech',
    });
  }
  for (const s of waiting) {
    unplaced.push({ line: 0, text: s.title, reason: 'speech without a speaker' });
  }
  flagCrossedColumns(speeches);
  return {
    heading: headingLines.map(despace).join(' '),
    sessionName: sessionOf(headingLines.join('')),
    speeches,
    unplaced,
  };
}

// ——— Layout 2: marked text (speaker line → title → body) ———

const SPEAKER_LINE = /^市政协委员([\u4e00-\u9fff·]{2,4})(?:代表(.+))?$/;

function parseMarked(lines: Line[]): ParsedDigest {
  const unplaced: UnplacedLine[] = [];
  const speeches: ParsedSpeech[] = [];
  const heading: string[] = [];
  const seen = new Map<string, number>();
  let current: { speech: ParsedSpeech; body: string[] } | undefined;
  const finish = () => {
    if (current) {
      const { problem, suggestions } = splitProblemAndSuggestions(despace(current.body.join('')));
      current.speech.problem = problem;
      current.speech.suggestions = suggestions;
    }
  };
  for (const line of lines) {
    const t = line.text;
    if (/^#{1,2}\s/.test(t)) {
      heading.push(t.replace(/^#+\s*/, '').replace(/^[—-]+/, ''));
      continue;
    }
    const speaker = SPEAKER_LINE.exec(despace(t));
    if (speaker) {
      finish();
      const speech: ParsedSpeech = {
        order: speeches.length + 1,
        titleLines: [],
        title: '',
        speakerName: speaker[1]!,
        speakerKind: 'member',
        affiliation: speaker[2] ?? '市政协委员',
        problem: '',
        suggestions: '',
        deliveredBy: null,
        warnings: [],
      };
      speeches.push(speech);
      current = { speech, body: [] };
      continue;
    }
    const isHeading = t.startsWith('###');
    const plain = t.replace(/^#+\s*/, '');
    if (
      current &&
      current.body.length === 0 &&
      (isHeading || (!BODY_PUNCTUATION.test(plain) && plain.length <= 30))
    ) {
      current.speech.titleLines.push(despace(plain).replace(/\s+/g, ' '));
      current.speech.title = current.speech.titleLines.join(' ');
      continue;
    }
    if (isChineseName(t)) {
      unplaced.push({
        line: line.n,
        text: t,
        reason: 'photo caption (a speaker’s name under a picture)',
      });
      continue;
    }
    if (t.includes('发言摘编如下')) {
      unplaced.push({ line: line.n, text: t, reason: 'the article’s introduction' });
      continue;
    }
    const earlier = seen.get(t);
    if (earlier !== undefined) {
      unplaced.push({ line: line.n, text: t, reason: `repeats line ${earlier}` });
      continue;
    }
    seen.set(t, line.n);
    if (!current) {
      unplaced.push({ line: line.n, text: t, reason: 'text before the first speech' });
      continue;
    }
    current.body.push(t);
  }
  finish();
  flagCrossedColumns(speeches);
  return {
    heading: heading.join(' '),
    sessionName: sessionOf(heading.join('')),
    speeches,
    unplaced,
  };
}

/** Marks speeches whose text starts mid-sentence or whose title heading is printed twice. */
function flagCrossedColumns(speeches: ParsedSpeech[]) {
  const headingCount = new Map<string, number>();
  for (const s of speeches) {
    for (const t of s.titleLines) {
      headingCount.set(t, (headingCount.get(t) ?? 0) + 1);
    }
  }
  for (const s of speeches) {
    if (s.titleLines.some((t) => (headingCount.get(t) ?? 0) > 1)) {
      s.warnings.push('its title heading is printed for more than one speech');
    }
    const firstSentence = s.problem.split('。')[0] ?? '';
    if (/^[等，、；。]/.test(s.problem) || firstSentence.length < 8) {
      s.warnings.push('its text begins mid-sentence');
    }
    if (!s.suggestions) {
      s.warnings.push('no 为此建议 part');
    }
  }
}

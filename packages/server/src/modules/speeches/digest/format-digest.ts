import type { ParsedSpeech } from './digest-types.js';
import { formatSpeakerLine } from './speaker.js';

export type FormattableSpeech = Pick<
  ParsedSpeech,
  'titleLines' | 'speakerName' | 'affiliation' | 'speakerKind' | 'problem' | 'suggestions'
> &
  Partial<Pick<ParsedSpeech, 'deliveredBy'>>;

/** Text never spans lines in the clean layout: a blank line would end the speech. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '').trim();

/**
 * A clean plain-text digest: the heading, then per speech its title lines, its speaker line
 * ("市政协委员 胡芬", "民革晋中市委会 郭高宏"), its problem and "为此建议：" with its suggestions;
 * a blank line between speeches. parseDigest reads it back to the same speeches, in order.
 * Title lines are expected without spaces, as parseDigest returns them.
 */
export function formatDigest(d: { heading: string; speeches: FormattableSpeech[] }): string {
  const blocks = d.speeches.map((s) =>
    [
      ...s.titleLines.map(oneLine),
      formatSpeakerLine({ deliveredBy: null, ...s }),
      ...(s.problem ? [oneLine(s.problem)] : []),
      ...(s.suggestions ? [`为此建议：${oneLine(s.suggestions)}`] : []),
    ].join('\n'),
  );
  return [oneLine(d.heading), ...blocks].join('\n\n') + '\n';
}

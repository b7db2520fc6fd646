/** Recognising who spoke: a member (市政协委员 胡芬) or an organisation (民革晋中市委会 郭高宏). */
import type { Speaker } from './digest-types.js';
import { BODY_PUNCTUATION, despace, isChineseName } from './text-cleanup.js';

/** A member's standing: 市政协委员, 省政协委员, 市政协常委… */
const MEMBER_STANDING = /^[\u4e00-\u9fff]{0,8}(委员|常委)$/;

/** How the bodies that speak at a plenary name themselves. */
const ORGANISATION_SUFFIX =
  /(委员会|市委会|县委会|区委会|市委|县委|工商联|联合会|工会|团市委|协会|学会|商会|总会|支社)$/;
const PARTY_PREFIX = /^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/;

export function isOrganisation(s: string): boolean {
  const t = despace(s);
  return (
    t.length >= 3 &&
    t.length <= 24 &&
    !BODY_PUNCTUATION.test(t) &&
    (ORGANISATION_SUFFIX.test(t) || PARTY_PREFIX.test(t))
  );
}

export const isMemberStanding = (s: string) =>
  MEMBER_STANDING.test(despace(s)) && !isOrganisation(s);

/** The line printed above a speaker's name: a member's standing or an organisation. */
export const isAffiliationLine = (s: string) => isMemberStanding(s) || isOrganisation(s);

/**
 * The speaker printed as "affiliation / name": under a member's standing the name is the
 * speaker; under an organisation, the organisation speaks and the named person delivered it.
 */
export function speakerOf(affiliationLine: string, name: string | null): Speaker {
  const affiliation = despace(affiliationLine);
  const person = name === null ? null : despace(name);
  if (isMemberStanding(affiliation) && person) {
    return { speakerName: person, speakerKind: 'member', affiliation, deliveredBy: null };
  }
  return {
    speakerName: affiliation,
    speakerKind: 'organisation',
    affiliation: null,
    deliveredBy: person,
  };
}

/**
 * "市政协委员冯华代表政协沁源县委员会" or "市政协委员和建宏": a member speaking for an
 * organisation is the organisation's speech, delivered by the member (the same reading as the
 * two-line "民革晋中市委会 / 郭高宏").
 */
export function parseSpeakerSentence(line: string): Speaker | null {
  const m = /^([\u4e00-\u9fff]{0,6}政协(?:委员|常委))([\u4e00-\u9fff·]{2,4}?)(?:代表(.+))?$/.exec(
    despace(line),
  );
  if (!m) {
    return null;
  }
  const [, standing, name, organisation] = m;
  if (organisation !== undefined) {
    return isOrganisation(organisation) ? speakerOf(organisation, name!) : null;
  }
  return { speakerName: name!, speakerKind: 'member', affiliation: standing!, deliveredBy: null };
}

/** The one-line form used by formatDigest: "市政协委员 胡芬", "民革晋中市委会 郭高宏", or a bare name. */
export function formatSpeakerLine(s: Speaker): string {
  if (s.speakerKind === 'organisation') {
    return s.deliveredBy ? `${s.speakerName} ${s.deliveredBy}` : s.speakerName;
  }
  return s.affiliation ? `${s.affiliation} ${s.speakerName}` : s.speakerName;
}

/** Reads formatSpeakerLine's output back; null for a line that is not a speaker line. */
export function parseSpeakerLine(line: string): Speaker | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length === 2 && isAffiliationLine(parts[0]!) && isChineseName(parts[1]!)) {
    return speakerOf(parts[0]!, parts[1]!);
  }
  if (parts.length === 1 && isOrganisation(parts[0]!)) {
    return speakerOf(parts[0]!, null);
  }
  if (parts.length === 1 && isChineseName(parts[0]!)) {
    return { speakerName: parts[0]!, speakerKind: 'member', affiliation: null, deliveredBy: null };
  }
  return null;
}

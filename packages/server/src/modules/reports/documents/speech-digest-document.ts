import { AlignmentType, Paragraph } from 'docx';
import { OFFICIAL_FONTS } from './official-fonts.js';
import {
  blankLine,
  bodyRun,
  officialPages,
  packOfficial,
  titleParagraph,
} from './official-document.js';

export interface SpeechDigestInput {
  heading: string;
  speeches: {
    titleLines: string[];
    speakerLine: string;
    problem: string;
    suggestions: string;
  }[];
}

const centred = (text: string, font: (typeof OFFICIAL_FONTS)[keyof typeof OFFICIAL_FONTS]) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [bodyRun(text, { font, snapToGrid: false })],
  });

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          indent: { firstLineChars: 200 },
          children: [bodyRun(p)],
        }),
    );

/**
 * 发言摘编 as a Word document on the GB/T 9704 page: the heading as the title; for each speech
 * its title lines in 黑体 (the first-level heading font), its speaker line in 楷体, its problem,
 * and "为此建议：" with its suggestions.
 */
export function buildSpeechDigestDocument(digest: SpeechDigestInput): Promise<Buffer> {
  // "凝心聚力谋发展 砥砺前行谱新篇 —— 政协…大会发言摘编" is printed as the newspaper does: the
  // slogan, then the dash and the formal name on the next line.
  const children = [titleParagraph(digest.heading.replace(/\s*(—+)\s*/, '\n$1')), blankLine()];
  for (const s of digest.speeches) {
    children.push(
      ...s.titleLines.map((line) => centred(line, OFFICIAL_FONTS.mark)),
      centred(s.speakerLine, OFFICIAL_FONTS.kai),
      ...paragraphsOf(s.problem),
      ...(s.suggestions ? paragraphsOf(`为此建议：${s.suggestions}`) : []),
      blankLine(),
    );
  }
  return packOfficial(officialPages(digest.heading, children));
}

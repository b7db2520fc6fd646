import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IRunOptions,
} from 'docx';
import { OFFICIAL_FONT_TABLE_XML, OFFICIAL_FONTS } from './official-fonts.js';
import { formatChineseDate } from '../../../beijing-time.js';

/**
 * A Word document laid out as a Chinese official document (党政机关公文格式, GB/T 9704-2012),
 * without the red masthead (版头): replies and reports are printed on the unit's own letterhead
 * or sealed as they are.
 *
 * The numbers, in Word's units (1 mm = 1440 / 25.4 ≈ 56.69 twips; 1 pt = 20 twips):
 * - A4 page 210 × 297 mm = 11906 × 16838 twips.
 * - Margins 天头 37 mm (2098), bottom 35 mm (1984), 订口 left 28 mm (1587), right 26 mm (1474),
 *   leaving the standard type area (版心) of 156 × 225 mm.
 * - Body 3号仿宋 (16 pt), 22 lines of 28 characters: lines exactly 28.95 pt (579 twips) apart;
 *   28 characters in 156 mm need a character pitch of 15.79 pt, which Word's document grid gives
 *   as charSpace −848 (4096ths of a point less than the 16 pt default font).
 * - Title 2号 (22 pt) 方正小标宋简体, centred; runs larger than the grid opt out of the character
 *   grid so Word does not spread them over two cells each.
 * - Page numbers 4号 (14 pt) 宋体 as "— 1 —", odd pages right and even pages left, one character
 *   in from the edge of the type area, about 7 mm below it (footer distance 25 mm, approximate).
 * - 成文日期 four characters in from the right with the 署名 centred over it, two empty lines
 *   above them for the seal (§7.3.5.1); 附注 (here the contact) on the next line, two in.
 * Fonts and their fallbacks: official-fonts.ts.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);
const POINT = 20;

export const GB9704 = {
  page: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** From the page edge to the page-number line: 35 mm less the 7 mm gap and the line itself. */
  footerDistance: mm(25),
  headerDistance: mm(15),
  linesPerPage: 22,
  charsPerLine: 28,
  /** 28.95 pt. */
  linePitch: Math.round(28.95 * POINT),
  /** Half-points, as Word counts font sizes. */
  size: { title: 44, body: 32, pageNumber: 28 },
} as const;

/** Points per character for 28 characters across the 156 mm type area. */
const charPitchPt = ((156 / 25.4) * 72) / GB9704.charsPerLine;
const CHAR_SPACE = Math.round((charPitchPt - GB9704.size.body / 2) * 4096);
const CHAR_TWIPS = charPitchPt * POINT;
const TYPE_AREA_WIDTH = GB9704.page.width - GB9704.margin.left - GB9704.margin.right;

export interface OfficialDocumentInput {
  title: string;
  /** 主送机关, with its colon: "王委员：". */
  recipient?: string;
  paragraphs: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, printed in Beijing time. */
  date: Date;
  /** 发文字号: "晋市教函〔2025〕12号". */
  documentNumber?: string;
  /** 签发人: the leader who signed the document off, printed on the document number's line. */
  issuer?: string;
  /** Printed at the top right: "A类" (a bare "A" gets its 类). */
  replyClass?: string;
  /** Printed as the 附注 under the date. */
  contact?: { name: string; phone: string };
}

/** Width in body characters: CJK and full-width signs count one, digits and Latin half. */
export const textWidthInChars = (text: string) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1), 0);

export const bodyRun = (text: string, extra: IRunOptions = {}) =>
  new TextRun({ text, font: OFFICIAL_FONTS.body, size: GB9704.size.body, ...extra });

export const blankLine = () => new Paragraph({ children: [] });

export function titleParagraph(title: string) {
  const lines = title.split('\n');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          font: OFFICIAL_FONTS.title,
          size: GB9704.size.title,
          snapToGrid: false,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

function topMarks(doc: OfficialDocumentInput): Paragraph[] {
  const marks: Paragraph[] = [];
  if (doc.replyClass) {
    const label = /^[A-Za-z]$/.test(doc.replyClass) ? `${doc.replyClass}类` : doc.replyClass;
    // Marks above the title (密级, 份号, and here the reply class) are set in 3号黑体.
    marks.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [bodyRun(label, { font: OFFICIAL_FONTS.mark, snapToGrid: false })],
      }),
    );
  }
  if (doc.issuer) {
    // GB/T 9704 §7.2.4: with a 签发人 the number moves one character in from the left, and
    // "签发人：" (仿宋) and the name (楷体) end one character in from the right.
    marks.push(
      new Paragraph({
        indent: { left: Math.round(CHAR_TWIPS) },
        // Tab positions count from the margin, not from the indent.
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH - Math.round(CHAR_TWIPS) }],
        children: [
          bodyRun(doc.documentNumber ?? ''),
          new TextRun({
            children: [new Tab(), '签发人：'],
            font: OFFICIAL_FONTS.body,
            size: GB9704.size.body,
          }),
          bodyRun(doc.issuer, { font: OFFICIAL_FONTS.kai }),
        ],
      }),
    );
  } else if (doc.documentNumber) {
    // 信函格式 (§10.1): without a 签发人 the number sits flush with the right edge.
    marks.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [bodyRun(doc.documentNumber)] }),
    );
  }
  return marks.length > 0 ? [...marks, blankLine()] : [];
}

/**
 * 署名 and 成文日期 for a document that will be sealed (GB/T 9704 §7.3.5.1): two lines left
 * for the seal, the date four characters in from the right, the signature centred over the date.
 */
function signatureBlock(signature: string, dateText: string): Paragraph[] {
  const dateIndentChars = 4;
  const signatureIndentChars = Math.max(
    0,
    dateIndentChars + (textWidthInChars(dateText) - textWidthInChars(signature)) / 2,
  );
  const rightAligned = (text: string, indentChars: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(indentChars * CHAR_TWIPS) },
      children: [bodyRun(text)],
    });
  return [
    blankLine(),
    blankLine(),
    rightAligned(signature, signatureIndentChars),
    rightAligned(dateText, dateIndentChars),
  ];
}

function pageNumberFooter(side: 'odd' | 'even') {
  const oneChar = GB9704.size.pageNumber * 10; // 14 pt in twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: OFFICIAL_FONTS.pageNumber,
            size: GB9704.size.pageNumber,
            snapToGrid: false,
          }),
        ],
      }),
    ],
  });
}

export function officialDocument(doc: OfficialDocumentInput): Document {
  const body = doc.paragraphs.map(
    (text) =>
      new Paragraph({
        alignment: AlignmentType.BOTH,
        indent: { firstLineChars: 200 },
        children: [bodyRun(text)],
      }),
  );
  const recipient = doc.recipient ? [new Paragraph({ children: [bodyRun(doc.recipient)] })] : [];
  const contact = doc.contact
    ? [
        // 附注 (§7.3.6): two characters in, in brackets, on the line under the date.
        new Paragraph({
          indent: { firstLineChars: 200 },
          children: [bodyRun(`（联系人：${doc.contact.name}；联系电话：${doc.contact.phone}）`)],
        }),
      ]
    : [];

  return officialPages(doc.title, [
    ...topMarks(doc),
    titleParagraph(doc.title),
    blankLine(),
    ...recipient,
    ...body,
    ...signatureBlock(doc.signature, formatChineseDate(doc.date)),
    ...contact,
  ]);
}

/** A document with the GB/T 9704 page, type area, grid, fonts and page numbers around `children`. */
export function officialPages(title: string, children: Paragraph[]): Document {
  return new Document({
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: OFFICIAL_FONTS.body,
            size: GB9704.size.body,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: {
            spacing: { line: GB9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: GB9704.page,
            margin: {
              ...GB9704.margin,
              header: GB9704.headerDistance,
              footer: GB9704.footerDistance,
            },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: GB9704.linePitch,
            charSpace: CHAR_SPACE,
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The .docx file, with a font table that names fallbacks for the official fonts. */
export async function buildOfficialDocument(doc: OfficialDocumentInput): Promise<Buffer> {
  return packOfficial(officialDocument(doc));
}

/** Packs a document made with officialPages, naming fallbacks for the official fonts. */
export function packOfficial(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document, false, [
    { path: 'word/fontTable.xml', data: OFFICIAL_FONT_TABLE_XML },
  ]);
}

import { describe, expect, it } from 'vitest';
import { paragraphs, readDocxParts } from './docx-parts.test-support.js';
import {
  buildOfficialDocument,
  textWidthInChars,
  type OfficialDocumentInput,
} from './official-document.js';

const letter: OfficialDocumentInput = {
  title: '太原市教育局关于市政协十四届四次会议\n第0088号提案的答复',
  recipient: '王芳委员：',
  paragraphs: [
    '您提出的《关于加强中小学科学教育的建议》（第0088号提案）收悉。现答复如下：',
    '一、关于配齐科学教师。今年全市新招聘科学教师120名。',
  ],
  signature: '太原市教育局',
  // Evening of 28 February in UTC is already 1 March in Beijing.
  date: new Date('2025-02-28T17:00:00Z'),
  documentNumber: '晋市教函〔2025〕12号',
  replyClass: 'A',
  contact: { name: '张敏', phone: '0351-4040404' },
};

describe('buildOfficialDocument', async () => {
  const parts = readDocxParts(await buildOfficialDocument(letter));
  const document = parts.get('word/document.xml') ?? '';
  const styles = parts.get('word/styles.xml') ?? '';
  const ps = paragraphs(document);
  const find = (text: string) => ps.find((p) => p.text === text)?.xml ?? '';

  it('is an A4 page with the GB/T 9704 margins, in twips', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left.
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('sets the body on 28.95 pt lines of 28 characters in 3号仿宋_GB2312', () => {
    expect(document).toContain(
      '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>',
    );
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts[^>]*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toContain('<w:sz w:val="32"/>');
    expect(styles).toContain('w:line="579" w:lineRule="exact"');
  });

  it('prints everything in the order of an official letter', () => {
    expect(ps.map((p) => p.text).filter(Boolean)).toEqual([
      'A类',
      '晋市教函〔2025〕12号',
      '太原市教育局关于市政协十四届四次会议第0088号提案的答复',
      '王芳委员：',
      ...letter.paragraphs,
      '太原市教育局',
      '2025年3月1日',
      '（联系人：张敏；联系电话：0351-4040404）',
    ]);
  });

  it('centres the title in 2号方正小标宋简体, keeping its line break', () => {
    const title = find('太原市教育局关于市政协十四届四次会议第0088号提案的答复');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:br/><w:t xml:space="preserve">第0088号提案的答复');
  });

  it('indents body paragraphs by two characters and leaves the salutation flush left', () => {
    expect(find(letter.paragraphs[1]!)).toContain('<w:ind w:firstLineChars="200"/>');
    expect(find(letter.paragraphs[1]!)).toContain('w:eastAsia="仿宋_GB2312"');
    expect(find('王芳委员：')).not.toContain('<w:ind');
  });

  it('puts the reply class at the top right in 黑体', () => {
    expect(find('A类')).toContain('<w:jc w:val="right"/>');
    expect(find('A类')).toContain('w:eastAsia="黑体"');
  });

  it('right-aligns the signature over the date, the date four characters in', () => {
    // Four characters of 15.79 pt (the grid pitch) are 1263 twips.
    expect(find('2025年3月1日')).toContain('<w:ind w:right="1263"/><w:jc w:val="right"/>');
    // Signature and date are both six characters wide, so they line up.
    expect(find('太原市教育局')).toContain('<w:ind w:right="1263"/><w:jc w:val="right"/>');
  });

  it('numbers pages "— 1 —" in 4号宋体, odd on the right and even on the left', () => {
    const footers = [parts.get('word/footer1.xml') ?? '', parts.get('word/footer2.xml') ?? ''];
    for (const footer of footers) {
      expect(paragraphs(footer)[0]?.text).toBe('—  —'); // the number itself is a PAGE field
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
    expect(document).toContain('<w:footerReference w:type="even"');
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('names a fallback for each official font', () => {
    const fonts = parts.get('word/fontTable.xml') ?? '';
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
  });
});

describe('buildOfficialDocument, other layouts', () => {
  it('prints the 签发人 on the document number line, the name in 楷体', async () => {
    const xml = paragraphs(
      readDocxParts(await buildOfficialDocument({ ...letter, issuer: '李明' })).get(
        'word/document.xml',
      ) ?? '',
    );
    const line = xml.find((p) => p.text.startsWith('晋市教函'))!;
    expect(line.text).toBe('晋市教函〔2025〕12号签发人：李明');
    expect(line.xml).toContain('<w:tab/>');
    expect(line.xml).toMatch(/w:eastAsia="楷体_GB2312"[^]*李明/);
  });

  it('leaves out what was not given and escapes what could break the XML', async () => {
    const xml =
      readDocxParts(
        await buildOfficialDocument({
          title: '关于A&B的报告',
          paragraphs: ['正文。'],
          signature: '政协太原市委员会提案委员会',
          date: new Date('2025-02-26T02:00:00Z'),
        }),
      ).get('word/document.xml') ?? '';
    const texts = paragraphs(xml)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts).toEqual([
      '关于A&amp;B的报告',
      '正文。',
      '政协太原市委员会提案委员会',
      '2025年2月26日',
    ]);
    // A signature longer than the date reaches further right, still centred over it:
    // 4 + (6.5 − 13) / 2 = 0.75 characters, 237 twips.
    const signature = paragraphs(xml).find((p) => p.text === '政协太原市委员会提案委员会')!;
    expect(signature.xml).toContain('<w:ind w:right="237"/>');
  });
});

describe('widths', () => {
  it('counts digits as half a character', () => {
    expect(textWidthInChars('2025年3月1日')).toBe(6);
    expect(textWidthInChars('太原市教育局')).toBe(6);
  });
});

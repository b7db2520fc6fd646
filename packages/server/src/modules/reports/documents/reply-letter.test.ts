import { describe, expect, it } from 'vitest';
import { documentXml, paragraphs } from './docx-parts.test-support.js';
import { buildReplyLetter, replyLetterContent, type ReplyLetterInput } from './reply-letter.js';

const reply: ReplyLetterInput = {
  unitName: '太原市教育局',
  documentNumber: '晋市教函〔2025〕12号',
  proposalNumber: '0088',
  proposalTitle: '关于加强中小学科学教育的建议',
  proposerName: '王芳',
  replyClass: 'A',
  text: '一、关于配齐科学教师。今年全市新招聘科学教师120名。\n\n二、关于建设科学教室。已纳入2025年民生实事。\n感谢您对教育工作的关心和支持。',
  signerName: '李明',
  date: new Date('2025-05-20T09:00:00+08:00'),
  contact: { name: '张敏', phone: '0351-4040404' },
  sessionName: '市政协十四届四次会议',
};

describe('the reply letter (答复函)', () => {
  it('reads as a unit answering a member', () => {
    const content = replyLetterContent(reply);
    expect(content.title).toBe('太原市教育局关于市政协十四届四次会议第0088号提案的答复');
    expect(content.recipient).toBe('王芳委员：');
    expect(content.paragraphs).toEqual([
      '您提出的《关于加强中小学科学教育的建议》（第0088号提案）收悉。现答复如下：',
      '一、关于配齐科学教师。今年全市新招聘科学教师120名。',
      '二、关于建设科学教室。已纳入2025年民生实事。',
      '感谢您对教育工作的关心和支持。',
    ]);
    expect(content).toMatchObject({ signature: '太原市教育局', issuer: '李明', replyClass: 'A' });
  });

  it('addresses deputies and collectives properly and keeps a number already written out', () => {
    const npc = replyLetterContent({
      ...reply,
      itemKind: 'suggestion',
      proposalNumber: '第0123号',
      sessionName: undefined,
    });
    expect(npc.title).toBe('太原市教育局关于第0123号建议的答复');
    expect(npc.recipient).toBe('王芳代表：');
    const party = replyLetterContent({
      ...reply,
      proposerName: '民盟太原市委会',
      proposerHonorific: '',
    });
    expect(party.recipient).toBe('民盟太原市委会：');
  });

  it('comes out as a Word document with every part in place', async () => {
    const xml = documentXml(await buildReplyLetter(reply));
    const texts = paragraphs(xml)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts).toEqual([
      'A类',
      '晋市教函〔2025〕12号签发人：李明',
      '太原市教育局关于市政协十四届四次会议第0088号提案的答复',
      '王芳委员：',
      ...replyLetterContent(reply).paragraphs,
      '太原市教育局',
      '2025年5月20日',
      '（联系人：张敏；联系电话：0351-4040404）',
    ]);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });
});

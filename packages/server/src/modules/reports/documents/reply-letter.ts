import { buildOfficialDocument, type OfficialDocumentInput } from './official-document.js';

/** A handling unit's written reply (答复函) to one proposal or suggestion. */
export interface ReplyLetterInput {
  unitName: string;
  /** 发文字号: "晋市教函〔2025〕12号". */
  documentNumber?: string;
  /** "0088" or "第0088号". */
  proposalNumber: string;
  proposalTitle: string;
  /** The individual's name ("王芳"), or a collective's ("民盟太原市委会"). */
  proposerName: string;
  /**
   * What follows the name in the salutation: 委员 (default for proposals), 代表 (default for
   * suggestions); '' for a collective proposer.
   */
  proposerHonorific?: string;
  /** "A" or "A类". */
  replyClass: string;
  /** The substance of the reply, after the opening line; paragraphs separated by line breaks. */
  text: string;
  /** 签发人: the unit leader who signed the reply off. */
  signerName: string;
  date: Date;
  contact: { name: string; phone: string };
  /** 提案 (default) or 代表建议. */
  itemKind?: 'proposal' | 'suggestion';
  /** "市政协十四届四次会议", placed before the number in the title when given. */
  sessionName?: string;
}

/** "第0088号" however the number was stored. */
const numbered = (n: string) => (/^第.*号$/.test(n.trim()) ? n.trim() : `第${n.trim()}号`);

/** The letter's content, before layout: useful for a preview as much as for the .docx. */
export function replyLetterContent(input: ReplyLetterInput): OfficialDocumentInput {
  const item = input.itemKind === 'suggestion' ? '建议' : '提案';
  const honorific = input.proposerHonorific ?? (input.itemKind === 'suggestion' ? '代表' : '委员');
  const number = numbered(input.proposalNumber);
  const opening = `您提出的《${input.proposalTitle}》（${number}${item}）收悉。现答复如下：`;
  const body = input.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: `${input.unitName}关于${input.sessionName ?? ''}${number}${item}的答复`,
    recipient: `${input.proposerName}${honorific}：`,
    paragraphs: [opening, ...body],
    signature: input.unitName,
    date: input.date,
    ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
    issuer: input.signerName,
    replyClass: input.replyClass,
    contact: input.contact,
  };
}

export function buildReplyLetter(input: ReplyLetterInput): Promise<Buffer> {
  return buildOfficialDocument(replyLetterContent(input));
}

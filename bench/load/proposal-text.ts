import { seedSentences } from '../text/corpus.js';

/** The topics of the load benches' proposals, and the staff's search words. */
export const TOPICS = [
  '学前教育',
  '养老服务',
  '城市交通',
  '医疗保障',
  '生态保护',
  '乡村振兴',
  '文化旅游',
];

const SENTENCES = seedSentences();

/**
 * A 案由 or 建议 of a real proposal's length (about 800 characters), from the seed pages'
 * sentences: what is stored, segmented and indexed with each draft is then what a body stores.
 */
export function proposalText(member: number, part: number) {
  const out: string[] = [];
  for (let k = 0; out.join('。').length < 800; k++) {
    out.push(SENTENCES[(member * 31 + part * 17 + k * 7) % SENTENCES.length]!);
  }
  return `${out.join('。')}。`;
}

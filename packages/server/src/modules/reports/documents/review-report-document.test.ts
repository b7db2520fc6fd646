import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '../review-report.js';
import { documentXml, paragraphs } from './docx-parts.test-support.js';
import { buildReviewReportDocument } from './review-report-document.js';

const report = buildReviewReport({
  bodyKind: 'cppcc',
  sessionName: '市政协十四届四次会议',
  deadlineText: '2月25日12时',
  received: 694,
  registered: 646,
  bySource: { individual: 542, collective: 152 },
  byCategory: { economy: 203, politics: 13, culture: 106, society: 295, ecology: 29 },
  interimCount: 0,
  rulesName: '《政协太原市委员会提案工作条例》',
});

describe('the review report as a Word document', () => {
  it('carries the title, the introduction, the figures, the committee and the date', async () => {
    const xml = documentXml(
      await buildReviewReportDocument(report, {
        signature: '政协太原市委员会提案委员会',
        date: new Date('2025-02-26T10:00:00+08:00'),
        introduction: [
          '政协第十四届山西省太原市委员会第四次会议期间，广大政协委员积极通过提案建言献策。',
        ],
      }),
    );
    const ps = paragraphs(xml);
    expect(ps.map((p) => p.text).filter(Boolean)).toEqual([
      '关于市政协十四届四次会议提案审查情况的报告',
      '政协第十四届山西省太原市委员会第四次会议期间，广大政协委员积极通过提案建言献策。',
      ...report.paragraphs,
      '政协太原市委员会提案委员会',
      '2025年2月26日',
    ]);
    const figures = ps.find((p) => p.text.startsWith('截至'))!;
    expect(figures.text).toContain('委员提案542件，占78.10%');
    expect(figures.text).toContain('生态文明建设方面提案29件，占4.49%');
    expect(figures.xml).toContain('<w:ind w:firstLineChars="200"/>');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReviewReport, type ReviewReportInput } from './review-report.js';

/**
 * The Taiyuan CPPCC proposal committee's review report of 26 February 2025, copied from the
 * newspaper page (seed taiyuan-two-sessions-2025.txt); the page break inside "“晋创谷·太原”建设"
 * is joined. Paragraphs are separated by blank lines.
 */
const seed = fs
  .readFileSync(
    path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      'fixtures/taiyuan-review-report-2025.txt',
    ),
    'utf8',
  )
  .split(/\n\s*\n/)
  .map((p) => p.trim());
const seedParagraph = (start: string) => seed.find((p) => p.startsWith(start)) ?? '';
const seedFigures = seedParagraph('截至');
const seedAssignment = seedParagraph('大会闭幕后');

/** "主要是…等。" per area, as the committee wrote them. */
const highlight = (area: string) =>
  new RegExp(`${area}方面提案\\d+件，占[\\d.]+%。主要是(.+?)。`).exec(seedFigures)?.[1];

const taiyuan: ReviewReportInput = {
  bodyKind: 'cppcc',
  sessionName: '市政协十四届四次会议',
  deadlineText: '2月25日12时',
  received: 694,
  registered: 646,
  bySource: { individual: 542, collective: 152 },
  byCategory: { economy: 203, politics: 13, culture: 106, society: 295, ecology: 29 },
  interimCount: 0,
  rulesName: '《政协太原市委员会提案工作条例》',
};

describe('the review report, against Taiyuan 2025', () => {
  const report = buildReviewReport(taiyuan);

  it('has the seed to compare with', () => {
    expect(seedFigures).toContain('共收到提案694件');
    expect(seedAssignment).toContain('平时提案');
  });

  it('splits the received proposals by source, over received', () => {
    expect(report.bySource).toEqual([
      { source: '委员', count: 542, percent: 78.1, base: 'received' },
      { source: '集体', count: 152, percent: 21.9, base: 'received' },
    ]);
  });

  it('splits the registered proposals by area, over registered', () => {
    expect(report.byCategory.map((c) => [c.category, c.count, c.percent, c.base])).toEqual([
      ['经济建设', 203, 31.42, 'registered'],
      ['政治建设', 13, 2.01, 'registered'],
      ['文化建设', 106, 16.41, 'registered'],
      ['社会建设', 295, 45.67, 'registered'],
      ['生态文明建设', 29, 4.49, 'registered'],
    ]);
  });

  it('prints every figure sentence the committee printed', () => {
    const sentences = report.paragraphs[0]!.split('。').filter(Boolean);
    expect(sentences).toEqual([
      '截至2月25日12时，共收到提案694件',
      '依据《政协太原市委员会提案工作条例》等有关规定，经审查，立案646件',
      '所收提案中：委员提案542件，占78.10%；各民主党派、人民团体、界别和政协各专门委员会等提案152件，占21.90%',
      '经济建设方面提案203件，占31.42%',
      '政治建设方面提案13件，占2.01%',
      '文化建设方面提案106件，占16.41%',
      '社会建设方面提案295件，占45.67%',
      '生态文明建设方面提案29件，占4.49%',
    ]);
    for (const sentence of sentences) {
      expect(seedFigures).toContain(`${sentence}。`);
    }
  });

  it('reproduces the figures paragraph word for word once the areas are summarised', () => {
    const withHighlights = buildReviewReport({
      ...taiyuan,
      categoryHighlights: {
        economy: highlight('经济建设'),
        politics: highlight('政治建设'),
        culture: highlight('文化建设'),
        society: highlight('社会建设'),
        ecology: `${highlight('生态文明建设')}。`, // a full stop typed by staff is not doubled
      },
    });
    expect(withHighlights.paragraphs[0]).toBe(seedFigures);
  });

  it('says how proposals are assigned and what happens to late ones, as printed', () => {
    expect(report.paragraphs[1]).toBe(seedAssignment);
    expect(report.text).toBe(`${report.paragraphs[0]}\n${seedAssignment}`);
  });

  it('titles the report as the committee did', () => {
    expect(report.title).toBe('关于市政协十四届四次会议提案审查情况的报告');
    expect(seed[0]).toContain(report.title);
  });
});

describe('the review report, other cases', () => {
  it('counts the late proposals when there are some', () => {
    const { paragraphs } = buildReviewReport({ ...taiyuan, interimCount: 12 });
    expect(paragraphs[1]).toContain(
      '本次大会提案截止日期之后收到的提案12件，审查立案后作为平时提案交承办单位办理。',
    );
  });

  it('cites no rules by name when none are given', () => {
    const { text } = buildReviewReport({ ...taiyuan, rulesName: undefined });
    expect(text).toContain('共收到提案694件。依据有关规定，经审查，立案646件。');
  });

  it('leaves empty areas out of the prose but keeps them in the figures', () => {
    const report = buildReviewReport({
      ...taiyuan,
      registered: 633,
      byCategory: { ...taiyuan.byCategory, politics: 0 },
    });
    expect(report.text).not.toContain('政治建设');
    expect(report.byCategory[1]).toMatchObject({ category: '政治建设', count: 0, percent: 0 });
    expect(report.byCategory.reduce((n, c) => n + Math.round(c.percent * 100), 0)).toBe(10_000);
  });

  it("speaks of deputies' suggestions for a people's congress", () => {
    const report = buildReviewReport({ ...taiyuan, bodyKind: 'npc', rulesName: undefined });
    expect(report.bySource.map((s) => s.source)).toEqual(['代表', '集体']);
    expect(report.text).toContain('共收到建议694件');
    expect(report.text).toContain('代表建议542件，占78.10%');
    expect(report.text).toContain('经济建设方面建议203件，占31.42%');
    expect(report.text).not.toContain('提案');
    expect(report.text).not.toContain('立案');
  });

  it('refuses figures that do not add up', () => {
    expect(() =>
      buildReviewReport({ ...taiyuan, bySource: { individual: 542, collective: 150 } }),
    ).toThrow(/not the 694 received/);
    expect(() => buildReviewReport({ ...taiyuan, registered: 645 })).toThrow(
      /not the 645 registered/,
    );
    expect(() => buildReviewReport({ ...taiyuan, registered: 700 })).toThrow(/exceeds/);
  });
});

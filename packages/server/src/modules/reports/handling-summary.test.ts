import { describe, expect, it } from 'vitest';
import {
  computeHandlingReport,
  yearlySummarySentence,
  type HandlingRow,
} from './handling-summary.js';

describe('yearlySummarySentence', () => {
  it('reads like the government work report', () => {
    // Seed domain note: "办结人大代表建议1508件、政协提案1774件".
    expect(yearlySummarySentence({ npcSuggestionsClosed: 1508, cppccProposalsClosed: 1774 })).toBe(
      '办结人大代表建议1508件、政协提案1774件',
    );
  });
});

const day = (iso: string) => new Date(`${iso}T12:00:00+08:00`);
const asOf = day('2025-07-01');

/** Assigned on 10 March with the default three-month deadline unless told otherwise. */
const row = (over: Partial<HandlingRow>): HandlingRow => ({
  unitName: '市教育局',
  assignedAt: day('2025-03-10'),
  dueAt: day('2025-06-10'),
  repliedAt: null,
  closedAt: null,
  replyClass: null,
  verdict: null,
  key: false,
  ...over,
});

const rows: HandlingRow[] = [
  // 市教育局: three replied on time, one replied late, one still open and overdue.
  row({
    repliedAt: day('2025-05-20'),
    replyClass: 'A',
    verdict: 'satisfied',
    closedAt: day('2025-06-01'),
    key: true,
  }),
  row({
    repliedAt: day('2025-06-01'),
    replyClass: 'B',
    verdict: 'mostly_satisfied',
    closedAt: day('2025-06-15'),
  }),
  row({ repliedAt: day('2025-06-10'), replyClass: 'A', verdict: 'dissatisfied' }),
  row({ repliedAt: day('2025-06-20'), replyClass: 'C' }),
  row({ ref: '第0088号', title: '关于加强中小学科学教育的建议', key: true }),
  // 市卫健委: one replied, one overdue since 1 May, one not yet due.
  row({
    unitName: '市卫健委',
    repliedAt: day('2025-04-01'),
    replyClass: 'A',
    verdict: 'satisfied',
    closedAt: day('2025-04-20'),
  }),
  row({ unitName: '市卫健委', ref: '第0012号', dueAt: day('2025-05-01') }),
  row({ unitName: '市卫健委', assignedAt: day('2025-05-01'), dueAt: day('2025-08-01') }),
];

describe('computeHandlingReport', () => {
  const report = computeHandlingReport(rows, asOf);

  it('counts replies and closures over everything assigned', () => {
    expect(report.assigned).toBe(8);
    expect(report.replied).toEqual({ count: 5, of: 8, base: 'assigned', percent: 62.5 });
    expect(report.closed).toEqual({ count: 3, of: 8, base: 'assigned', percent: 37.5 });
  });

  it('judges timeliness only on items that are due or already answered', () => {
    // The 市卫健委 item due in August is neither late nor on time yet.
    expect(report.repliedOnTime).toEqual({ count: 4, of: 7, base: 'due', percent: 57.14 });
  });

  it('shares the reply classes over the replies, adding up to 100%', () => {
    expect(report.byReplyClass).toEqual({
      A: { count: 3, of: 5, base: 'replied', percent: 60 },
      B: { count: 1, of: 5, base: 'replied', percent: 20 },
      C: { count: 1, of: 5, base: 'replied', percent: 20 },
      D: { count: 0, of: 5, base: 'replied', percent: 0 },
    });
  });

  it('counts 基本满意 as satisfied, over the feedback that came back', () => {
    expect(report.satisfaction).toEqual({
      satisfied: 2,
      mostly: 1,
      dissatisfied: 1,
      rate: { count: 3, of: 4, base: 'returned feedback', percent: 75 },
    });
  });

  it('follows the key proposals separately', () => {
    expect(report.keyProposals).toEqual({
      assigned: 2,
      replied: { count: 1, of: 2, base: 'assigned', percent: 50 },
      closed: { count: 1, of: 2, base: 'assigned', percent: 50 },
    });
  });

  it('reports each unit on its own figures', () => {
    expect(report.perUnit.map((u) => u.unitName).sort()).toEqual(['市卫健委', '市教育局'].sort());
    const education = report.perUnit.find((u) => u.unitName === '市教育局')!;
    expect(education).toMatchObject({
      assigned: 5,
      replied: { count: 4, of: 5, percent: 80 },
      repliedOnTime: { count: 3, of: 5, base: 'due', percent: 60 },
      overdue: 1,
      satisfaction: { count: 2, of: 3, base: 'returned feedback', percent: 66.67 },
      closed: { count: 2, of: 5, base: 'assigned', percent: 40 },
      // Replied after 71, 83, 92 and 102 days.
      avgDaysToReply: 87,
      maxDaysToReply: 102,
    });
    const health = report.perUnit.find((u) => u.unitName === '市卫健委')!;
    expect(health).toMatchObject({
      assigned: 3,
      repliedOnTime: { count: 1, of: 2 },
      overdue: 1,
      avgDaysToReply: 22,
      maxDaysToReply: 22,
    });
  });

  it('gives the mean and the worst days to reply over every replied item', () => {
    expect(report.avgDaysToReply).toBe((71 + 83 + 92 + 102 + 22) / 5);
    expect(report.maxDaysToReply).toBe(102);
    expect(computeHandlingReport([row({})], asOf)).toMatchObject({
      avgDaysToReply: null,
      maxDaysToReply: null,
    });
  });

  it('lists what is overdue, longest first, with what identifies it', () => {
    expect(report.overdue).toEqual([
      {
        unitName: '市卫健委',
        ref: '第0012号',
        key: false,
        dueAt: day('2025-05-01'),
        daysOverdue: 61,
      },
      {
        unitName: '市教育局',
        ref: '第0088号',
        title: '关于加强中小学科学教育的建议',
        key: true,
        dueAt: day('2025-06-10'),
        daysOverdue: 21,
      },
    ]);
  });

  it('names no rate of an empty base', () => {
    const empty = computeHandlingReport([], asOf);
    expect(empty.replied).toEqual({ count: 0, of: 0, base: 'assigned', percent: null });
    expect(empty.byReplyClass.A).toEqual({ count: 0, of: 0, base: 'replied', percent: null });
    expect(empty.satisfaction.rate.percent).toBeNull();
    expect(empty.perUnit).toEqual([]);
  });

  it("keeps a body's own reply classes", () => {
    const own = computeHandlingReport(
      [row({ repliedAt: day('2025-04-01'), replyClass: '甲' })],
      asOf,
    );
    expect(own.byReplyClass['甲']).toEqual({ count: 1, of: 1, base: 'replied', percent: 100 });
  });
});

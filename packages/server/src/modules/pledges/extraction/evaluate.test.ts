import { describe, expect, it } from 'vitest';
import { evaluate, longestSharedRun } from './evaluate.js';
import type { ExpectedTarget } from './target-types.js';

const item = (indicator: string, quantity: number, unit: string): ExpectedTarget => ({
  kind: 'target',
  indicator,
  quantity,
  unit,
  comparison: 'exactly',
});

describe('evaluate', () => {
  it('matches the same figure and unit when the indicators share two characters', () => {
    const expected = [item('粮食产量', 31, '亿斤'), item('城镇新增就业', 3.5, '万人')];
    const extracted = [item('产量', 31, '亿斤'), item('城镇新增就业', 3.5, '人')];
    const r = evaluate(extracted, expected);
    expect(r.matched.map((m) => m.expected.indicator)).toEqual(['粮食产量']);
    expect(r.missed.map((m) => m.indicator)).toEqual(['城镇新增就业']); // 万人 ≠ 人
    expect(r.spurious.map((m) => m.unit)).toEqual(['人']);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
  });

  it('does not match unrelated indicators with the same figure', () => {
    const r = evaluate([item('新增装机', 60, '万千瓦')], [item('储能装机容量', 60, '万千瓦')]);
    expect(r.matched).toHaveLength(1); // they share 装机
    const r2 = evaluate([item('优特钢比例', 80, '%')], [item('开复工率', 80, '%')]);
    expect(r2.matched).toHaveLength(0);
  });

  it('matches one to one, preferring the closest indicator, and treats ％ as %', () => {
    const expected = [item('地区生产总值增长', 5, '%'), item('固定资产投资增长', 5, '%')];
    const extracted = [
      item('固定资产投资增长', 5, '％'),
      item('地区生产总值增长', 5, '%'),
      item('地区生产总值增长', 5, '%'),
    ];
    const r = evaluate(extracted, expected);
    expect(r.matched.map((m) => [m.expected.indicator, m.extracted.indicator])).toEqual([
      ['地区生产总值增长', '地区生产总值增长'],
      ['固定资产投资增长', '固定资产投资增长'],
    ]);
    expect(r.spurious).toHaveLength(1);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBe(1);
  });

  it('scores empty lists without dividing by zero', () => {
    expect(evaluate([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(evaluate([], [item('造林绿化', 32.4, '万亩')])).toMatchObject({
      precision: 0,
      recall: 0,
    });
    expect(evaluate([item('造林绿化', 32.4, '万亩')], [])).toMatchObject({
      precision: 0,
      recall: 1,
    });
  });
});

describe('longestSharedRun', () => {
  it('measures the longest run of characters two indicators share', () => {
    expect(longestSharedRun('新建“四好农村路”', '新改建“四好农村路”')).toBe(8);
    expect(longestSharedRun('产值', '产量')).toBe(1);
  });
});

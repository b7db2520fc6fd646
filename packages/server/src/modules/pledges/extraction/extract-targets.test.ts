import { describe, expect, it } from 'vitest';
import { extractTargets, type ExtractedTarget } from './extract-targets.js';
import { measureSeedAccuracy, readExpected, readSeedReport, SEED_YEARS } from './seed-accuracy.js';

/** The report with the column breaks and padding removed, as a reader sees it. */
const despaced = (s: string) => s.replace(/\s+/g, '');

/** How the reports spell the small figures they write in words ("一条", "两倍"). */
const SMALL_CHINESE_NUMERALS: Record<number, string> = { 1: '一', 2: '两' };

const find = (items: ExtractedTarget[], indicator: string, quantity: number) =>
  items.filter((t) => t.indicator.includes(indicator) && t.quantity === quantity);

describe.each(SEED_YEARS)('晋中 %i work report against the hand-made list', (year) => {
  it('finds at least 90% of the listed targets, and at least 90% of what it finds is listed', () => {
    const { evaluation } = measureSeedAccuracy(year);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('lists only phrases printed in the plan part of the report', () => {
    const report = despaced(readSeedReport(year));
    const planStart = report.indexOf(`${year}年工作安排`);
    expect(planStart).toBeGreaterThan(0);
    for (const item of readExpected(year).items) {
      const quote = item.quote!;
      expect(report.lastIndexOf(quote), quote).toBeGreaterThan(planStart);
      const figure = [String(item.quantity), SMALL_CHINESE_NUMERALS[item.quantity]];
      expect(
        figure.some((f) => f !== undefined && quote.includes(f)),
        quote,
      ).toBe(true);
    }
  });

  it('reports each sentence where the original text has it', () => {
    const text = readSeedReport(year);
    for (const t of extractTargets(text, { year })) {
      const fromOffset = despaced(text.slice(t.offset, t.offset + t.sentence.length * 2));
      expect(fromOffset.startsWith(despaced(t.sentence).slice(0, 12)), t.sentence).toBe(true);
      expect(t.year).toBe(year);
    }
  });
});

describe('晋中 2025 report', () => {
  const text = readSeedReport(2025);
  const targets = extractTargets(text, { year: 2025 });

  it('reads the main expected targets with their comparison and sentence', () => {
    const gdp = find(targets, '地区生产总值增长', 5);
    expect(gdp).toHaveLength(1);
    expect(gdp[0]).toMatchObject({ kind: 'target', unit: '%', comparison: 'at_least' });
    expect(gdp[0]!.sentence).toMatch(/^综合考虑各方面因素，今年发展主要预期目标是：/);
    expect(text.slice(gdp[0]!.offset)).toMatch(/^综合考虑各方面因素/);

    expect(find(targets, '居民消费价格涨幅', 2)[0]).toMatchObject({
      unit: '%',
      comparison: 'about',
    });
    expect(find(targets, '煤炭产量', 1.2)[0]).toMatchObject({ unit: '亿吨', comparison: 'about' });
    expect(find(targets, 'PM2.5浓度', 36)[0]).toMatchObject({
      unit: '微克/立方米',
      comparison: 'within',
    });
    expect(find(targets, '粮食总产量', 31)[0]).toMatchObject({
      unit: '亿斤',
      comparison: 'at_least',
    });
    expect(find(targets, '四好农村路', 223)[0]).toMatchObject({
      unit: '公里',
      comparison: 'exactly',
    });
  });

  it('takes 城镇新增就业3.2万人 from the plan, not the identical figure of the review', () => {
    const jobs = find(targets, '城镇新增就业', 3.2);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.offset).toBeGreaterThan(text.indexOf('2025年工作安排'));
    expect(jobs[0]!.sentence).toContain('居民消费价格涨幅');
  });

  it('does not take achievements of 2024 or slogans for targets', () => {
    const quantities = targets.map((t) => t.quantity);
    expect(quantities).not.toContain(56.4); // 新能源汽车零售额分别增长56.4%
    expect(quantities).not.toContain(682.6); // 全年完成固定资产投资682.6亿元
    expect(quantities).not.toContain(156); // “156”战略举措
    expect(quantities).not.toContain(12345); // “12345”政务服务热线
    expect(targets.filter((t) => t.kind === 'pledge')).toEqual([]); // 15件民生实事全部兑现
    expect(targets.some((t) => t.offset < text.indexOf('2025年工作安排'))).toBe(false);
  });

  it('keeps the list of places that a count covers, and skips a range', () => {
    expect(find(targets, '化工园区认定', 5)[0]!.indicator).toBe(
      '平遥、灵石、介休、寿阳、榆社化工园区认定',
    );
    expect(targets.filter((t) => t.indicator.includes('主导产业') && t.quantity === 2)).toEqual([]);
    expect(find(targets, '主导产业', 1)[0]).toMatchObject({ comparison: 'at_least' });
    expect(find(targets, '优势产业', 1)[0]).toMatchObject({ comparison: 'at_least' });
  });
});

describe('晋中 2026 report', () => {
  const text = readSeedReport(2026);
  const targets = extractTargets(text, { year: 2026 });

  it('reads targets of the work plan with their comparison and sentence', () => {
    const roads = find(targets, '四好农村路', 200);
    expect(roads).toHaveLength(1);
    expect(roads[0]).toMatchObject({ kind: 'target', unit: '公里', comparison: 'at_least' });
    expect(roads[0]!.sentence).toContain('推动国信307、340、108等6条国省干道建设');
    expect(find(targets, '城镇新增就业', 3.5)[0]).toMatchObject({
      unit: '万人',
      comparison: 'exactly',
    });
    expect(find(targets, '规模以上工业增加值增长', 5.5)[0]).toMatchObject({
      comparison: 'exactly',
    });
    expect(find(targets, '商业步行街区', 1)[0]).toMatchObject({
      unit: '条',
      comparison: 'at_least',
    });
  });

  it('lists the grain target once although the paragraph is printed twice', () => {
    expect(text.split('产量达到31亿斤以上').length - 1).toBe(2);
    expect(targets.filter((t) => t.quantity === 31 && t.unit === '亿斤')).toHaveLength(1);
  });

  it('does not take the five-year review or project capacities for targets', () => {
    const quantities = targets.map((t) => t.quantity);
    expect(quantities).not.toContain(20.14); // 五年来新增城镇就业20.14万人
    expect(quantities).not.toContain(90); // 高校毕业生就业率保持90%以上
    expect(quantities).not.toContain(16); // 市政府承诺的16件民生实事的遗留问题
    expect(quantities).not.toContain(15); // 灵石15万吨航空燃油等新兴产业项目
    expect(quantities).not.toContain(1000); // 2×1000兆瓦热电项目
  });
});

describe('extractTargets on other layouts', () => {
  it('marks 民生实事 and their enumerated items as pledges, and what follows as targets', () => {
    const text = [
      '一、2025年工作回顾',
      '一年来，市政府承诺的12件民生实事全部兑现。',
      '二、2026年工作安排',
      '今年，市政府将集中力量办好十件民生实事。',
      '一是新建改扩建中小学和幼儿园8所。',
      '二是改造老旧小区40个，加装电梯100部。',
      '加快推进城市更新，新改造城中村5个。',
    ].join('\n');
    const items = extractTargets(text, { year: 2026 }).map((t) => [
      t.kind,
      t.indicator,
      t.quantity,
      t.unit,
    ]);
    expect(items).toEqual([
      ['pledge', '民生实事', 10, '件'],
      ['pledge', '新建改扩建中小学和幼儿园', 8, '所'],
      ['pledge', '改造老旧小区', 40, '个'],
      ['pledge', '加装电梯', 100, '部'],
      ['target', '新改造城中村', 5, '个'],
    ]);
  });

  it('without a plan heading, drops sentences about the past year', () => {
    const text = '过去一年，地区生产总值增长5.2%。今年，地区生产总值增长5%以上。';
    expect(extractTargets(text, { year: 2026 })).toMatchObject([
      {
        indicator: '地区生产总值增长',
        quantity: 5,
        comparison: 'at_least',
        offset: text.indexOf('今年'),
      },
    ]);
  });

  it('gives a goal set for a later year that year', () => {
    const text = '到2027年，养老机构护理型床位占比达到65%。';
    expect(extractTargets(text, { year: 2026 })).toMatchObject([
      { quantity: 65, unit: '%', comparison: 'at_least', year: 2027 },
    ]);
  });
});

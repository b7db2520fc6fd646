import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProposals } from '../src/modules/imports/imports.service.js';
import { databaseKinds } from './databases.js';
import { createWorld, type World } from './harness.js';

/**
 * The Taiyuan 2025 session rebuilt from data: 694 proposals received by the deadline (542 by
 * members, 152 collective), 646 registered (经济 203, 政治 13, 文化 106, 社会 295, 生态 29), and a
 * few after the deadline. The report computed from the database must print the seed's figures.
 */
function taiyuanCsv(): string {
  const areas: [string, number][] = [
    ['经济建设', 203],
    ['政治建设', 13],
    ['文化建设', 106],
    ['社会建设', 295],
    ['生态文明建设', 29],
  ];
  const categoryOf: string[] = areas.flatMap(([name, n]) => Array<string>(n).fill(name));
  const rows = ['标题,提案者,提案者类型,类别,提交时间,审查结果'];
  for (let i = 0; i < 694; i++) {
    const collective = i >= 542;
    const proposer = collective
      ? ['民革太原市委会', '民盟太原市委会', '市工商联', '市政协经济委员会'][i % 4]
      : `委员${i % 12}`;
    const registered = i < 646;
    rows.push(
      `关于第${i}项工作的提案,${proposer},${collective ? '集体' : '委员'},${registered ? categoryOf[i] : ''},2025-02-24 10:00,${registered ? '立案' : '不予立案'}`,
    );
  }
  for (let i = 0; i < 3; i++) {
    rows.push(`会后提案${i},委员1,委员,,2025-03-10 10:00,待审查`);
  }
  return rows.join('\n');
}

describe.each(databaseKinds())('the review report from the data on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind);
    await importProposals(
      { db: w.database.db, now: w.clock.now, config: w.config },
      {
        bodyId: w.bodies.a.bodyId,
        sessionId: w.bodies.a.sessionId,
        filename: 'taiyuan.csv',
        content: Buffer.from(taiyuanCsv()),
      },
    );
  }, 240_000);
  afterAll(async () => w.close());

  it('prints the figures and shares of the Taiyuan report', async () => {
    const staff = await w.login('alpha', 'staff');
    const res = await staff.get(`/api/v1/reports/review?sessionId=${w.bodies.a.sessionId}`);
    expect(res.status).toBe(200);
    expect({
      received: res.body.received,
      registered: res.body.registered,
      bySource: res.body.bySource,
      byCategory: res.body.byCategory,
    }).toEqual({
      received: 694,
      registered: 646,
      bySource: [
        { source: '委员', count: 542, percent: 78.1 },
        { source: '集体', count: 152, percent: 21.9 },
      ],
      byCategory: [
        { category: '经济建设', count: 203, percent: 31.42 },
        { category: '政治建设', count: 13, percent: 2.01 },
        { category: '文化建设', count: 106, percent: 16.41 },
        { category: '社会建设', count: 295, percent: 45.67 },
        { category: '生态文明建设', count: 29, percent: 4.49 },
      ],
    });
    expect(res.body.text).toContain('截至2月25日12时，共收到提案694件');
    expect(res.body.text).toContain('委员提案542件，占78.10%');
    expect(res.body.text).toContain('经济建设方面提案203件，占31.42%');
  });

  it('shows the same intake on the dashboard, the proposals after the deadline apart', async () => {
    const leader = await w.login('alpha', 'leader');
    for (const query of [`?sessionId=${w.bodies.a.sessionId}`, '']) {
      // With no session named the dashboard sums every session; this body has only the one.
      const o = (await leader.get(`/api/v1/statistics/overview${query}`)).body;
      expect({ received: o.received, registered: o.registered, interim: o.interim }).toEqual({
        received: 694,
        registered: 646,
        interim: 3,
      });
      expect(o.bySource).toEqual({ individual: 542, collective: 152 });
      expect(o.byArea).toEqual({
        economy: 203,
        politics: 13,
        culture: 106,
        society: 295,
        ecology: 29,
      });
      expect(o.rates.registration).toMatchObject({ numerator: 646, base: 694, percent: 93.08 });
    }
  });

  it('gives the report as a Word document, to staff only', async () => {
    const staff = await w.login('alpha', 'staff');
    const doc = await w.app.inject({
      method: 'GET',
      url: `/api/v1/reports/review.docx?sessionId=${w.bodies.a.sessionId}`,
      headers: { cookie: staff.cookieHeader },
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const member = await w.login('alpha', 'member');
    expect(
      (await member.get(`/api/v1/reports/review?sessionId=${w.bodies.a.sessionId}`)).status,
    ).toBe(403);
  });
});

import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/db/schema/index.js';
import { createSession } from '../src/modules/admin/admin.service.js';
import { createBody } from '../src/modules/admin/bodies.service.js';
import { importProposals } from '../src/modules/imports/imports.service.js';
import { yearlySummary } from '../src/modules/reports/yearly-summary.service.js';
import { databaseKinds } from './databases.js';
import { createWorld, type World } from './harness.js';

/**
 * A city with a people's congress and a CPPCC (plus a second CPPCC that is not the city's): the
 * yearly sentence counts the items each named body closed in the year, by the body's kind.
 */
describe.each(databaseKinds())('the yearly summary sentence on %s', (kind) => {
  let w: World;
  const ctx = () => ({ db: w.database.db, now: w.clock.now, config: w.config });

  /** Imports n proposals into a session and closes the first `closed` of them at the dates. */
  async function seed(bodyId: string, sessionId: string, closedAt: Date[], open: number) {
    const rows = ['标题,提案者,提案者类型,类别,提交时间,审查结果'];
    for (let i = 0; i < closedAt.length + open; i++) {
      rows.push(`关于第${i}项工作的建议,代表${i},委员,,2025-02-24 10:00,待审查`);
    }
    await importProposals(ctx(), {
      bodyId,
      sessionId,
      filename: 'x.csv',
      content: Buffer.from(rows.join('\n')),
    });
    const ids = (
      await w.database.db
        .select({ id: proposals.proposalId })
        .from(proposals)
        .where(eq(proposals.bodyId, bodyId))
    ).map((r) => r.id);
    for (const [i, at] of closedAt.entries()) {
      await w.database.db
        .update(proposals)
        .set({ state: 'closed', closedAt: at })
        .where(and(eq(proposals.bodyId, bodyId), inArray(proposals.proposalId, [ids[i]!])));
    }
  }

  beforeAll(async () => {
    w = await createWorld(kind);
    const npc = await createBody(ctx(), {
      code: 'alpha-npc',
      name: 'alpha市人民代表大会常务委员会',
      kind: 'npc',
      level: 'city',
      region: 'alpha',
    });
    const npcSession = await createSession(ctx(), npc.bodyId, {
      code: '2025',
      name: '第四次会议',
      submissionDeadline: new Date('2025-01-20T12:00:00+08:00'),
    });
    const in2025 = new Date('2025-06-30T10:00:00+08:00');
    // 2025-12-31 23:30 in Beijing is still 2025 (15:30 UTC).
    const lateNewYearsEve = new Date('2025-12-31T23:30:00+08:00');
    // 2026-01-01 00:30 in Beijing is 2025-12-31 in UTC: counts for 2026.
    const earlyNewYear = new Date('2026-01-01T00:30:00+08:00');
    await seed(
      npc.bodyId,
      npcSession.sessionId,
      [in2025, in2025, lateNewYearsEve, earlyNewYear],
      2,
    );
    await seed(w.bodies.a.bodyId, w.bodies.a.sessionId, [in2025, earlyNewYear], 3);
    await seed(w.bodies.b.bodyId, w.bodies.b.sessionId, [in2025, in2025, in2025], 0);
  }, 120_000);
  afterAll(async () => w.close());

  it('counts the suggestions and proposals closed in the year, in Beijing time', async () => {
    const s = await yearlySummary(ctx(), ['alpha-npc', 'alpha'], 2025);
    expect(s.sentence).toBe('办结人大代表建议3件、政协提案1件');
    expect(s.bodies).toEqual([
      { code: 'alpha-npc', name: 'alpha市人民代表大会常务委员会', kind: 'npc', closed: 3 },
      { code: 'alpha', name: '政协alpha市委员会', kind: 'cppcc', closed: 1 },
    ]);
    expect((await yearlySummary(ctx(), ['alpha-npc', 'alpha'], 2026)).sentence).toBe(
      '办结人大代表建议1件、政协提案1件',
    );
  });

  it('adds up several bodies of one kind and rejects an unknown code', async () => {
    const s = await yearlySummary(ctx(), ['alpha-npc', 'alpha', 'beta'], 2025);
    expect(s).toMatchObject({ npcSuggestionsClosed: 3, cppccProposalsClosed: 4 });
    await expect(yearlySummary(ctx(), ['alpha', 'nowhere'], 2025)).rejects.toThrow(/nowhere/);
  });

  it('gives each body its own half of the sentence in the yearly handling report', async () => {
    const staff = await w.login('alpha', 'staff');
    const res = await staff.get('/api/v1/reports/handling?year=2025');
    expect(res.status).toBe(200);
    expect(res.body.yearlyClosed).toEqual({
      year: 2025,
      kind: 'cppcc',
      closed: 1,
      phrase: '办结政协提案1件',
    });
    const bySession = await staff.get(`/api/v1/reports/handling?sessionId=${w.bodies.a.sessionId}`);
    expect(bySession.body.yearlyClosed).toBeUndefined();
  });
});

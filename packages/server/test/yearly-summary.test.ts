import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBody } from '../src/modules/admin/bodies.service.js';
import { yearlySummary } from '../src/modules/reports/yearly-summary.service.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type World } from './harness.js';

describe.each(databaseKinds())('the yearly summary sentence on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind);
  });
  afterAll(async () => w.close());

  it('counts the suggestions and proposals closed in the year, each body by its kind', async () => {
    const ctx = { db: w.database.db, now: w.clock.now, config: w.config };
    const npc = await createBody(ctx, {
      code: 'alpha-npc',
      name: '阿尔法市人大常委会',
      kind: 'npc',
      level: 'city',
      region: 'alpha',
    });
    // Proposals of the CPPCC body alpha closed at the turn of the year (Beijing time): the
    // first in 2024, the other two in 2025.
    const [member] = await w.loginAs('alpha', ['member'] as const);
    const ids: string[] = [];
    for (const t of ['一', '二', '三']) {
      ids.push(
        (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, `提案${t}`))).body
          .proposalId,
      );
    }
    const closedAt = ['2024-12-31T15:59:00Z', '2024-12-31T16:01:00Z', '2025-06-30T02:00:00Z'];
    for (const [i, id] of ids.entries()) {
      await w.database.db.execute(
        // The lifecycle closes proposals; here only the date matters.
        sql`UPDATE proposals SET state = 'closed', closed_at = ${closedAt[i]}::timestamptz WHERE body_id = ${w.bodies.a.bodyId} AND proposal_id = ${id}`,
      );
    }
    const bodies = [
      { bodyId: npc.bodyId, code: 'alpha-npc', kind: 'npc' },
      { bodyId: w.bodies.a.bodyId, code: 'alpha', kind: 'cppcc' },
    ];
    const s2025 = await yearlySummary(ctx, bodies, 2025);
    expect(s2025.sentence).toBe('办结人大代表建议0件、政协提案2件');
    expect(s2025.bodies).toEqual([
      { code: 'alpha-npc', kind: 'npc', closed: 0 },
      { code: 'alpha', kind: 'cppcc', closed: 2 },
    ]);
    expect((await yearlySummary(ctx, bodies, 2024)).cppccProposalsClosed).toBe(1);
    await expect(yearlySummary(ctx, [bodies[1]!], 2025)).rejects.toMatchObject({
      status: 400,
    });
  });
});

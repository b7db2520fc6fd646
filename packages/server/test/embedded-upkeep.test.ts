import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/database.js';
import { readTableActivity, runUpkeepOnce, upkeepPlan } from '../src/db/embedded-upkeep.js';
import { importProposals } from '../src/modules/imports/imports.service.js';
import { databaseKinds } from './databases.js';
import { createWorld, type World } from './harness.js';

const TOPICS = ['学前教育', '养老服务', '城市交通', '医疗保障', '生态保护'];

/** A session's worth of proposals as the office imports them: `n` rows of one CSV. */
function proposalsCsv(n: number) {
  const rows = Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    return `关于加强${topic}工作的提案（${i + 1}）,委员${i % 40},${topic}方面仍存在资源不足的问题,加大${topic}投入,2025-02-20 10:00`;
  });
  return Buffer.from(['标题,提案者,案由,建议,提交时间', ...rows].join('\n'));
}

/** What the planner believes about a table (its rows), and what changed since it was last told. */
async function tableState(db: Db, table: string) {
  const activity = (await readTableActivity(db)).find((a) => a.table === table)!;
  return { plannedRows: activity.rows, changed: activity.changedSinceAnalyze };
}

describe('which tables the upkeep takes, by the autovacuum daemon’s default thresholds', () => {
  const table = (over: Partial<Parameters<typeof upkeepPlan>[0][0]>) => ({
    table: 'proposals',
    rows: 2000,
    deadRows: 0,
    insertedSinceVacuum: 0,
    changedSinceAnalyze: 0,
    ...over,
  });

  it('analyses a table once its changes pass 50 rows and a tenth of it', () => {
    expect(upkeepPlan([table({ rows: -1, changedSinceAnalyze: 51 })])).toEqual([
      { table: 'proposals', action: 'analyze' },
    ]);
    expect(upkeepPlan([table({ changedSinceAnalyze: 250 })])).toEqual([]);
    expect(upkeepPlan([table({ changedSinceAnalyze: 251 })])).toEqual([
      { table: 'proposals', action: 'analyze' },
    ]);
  });

  it('vacuums after dead rows pass a fifth of the table, or inserts pass 1,000 and a fifth', () => {
    expect(upkeepPlan([table({ deadRows: 450, changedSinceAnalyze: 450 })])).toEqual([
      { table: 'proposals', action: 'analyze' },
    ]);
    expect(upkeepPlan([table({ deadRows: 451, changedSinceAnalyze: 451 })])).toEqual([
      { table: 'proposals', action: 'vacuum analyze' },
    ]);
    expect(upkeepPlan([table({ insertedSinceVacuum: 1400 })])).toEqual([]);
    expect(upkeepPlan([table({ insertedSinceVacuum: 1401 })])).toEqual([
      { table: 'proposals', action: 'vacuum analyze' },
    ]);
  });

  it('takes every table when asked to, whatever changed', () => {
    expect(upkeepPlan([table({}), table({ table: 'users' })], true)).toEqual([
      { table: 'proposals', action: 'vacuum analyze' },
      { table: 'users', action: 'vacuum analyze' },
    ]);
  });
});

describe.each(databaseKinds())('the upkeep on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind);
  });
  afterAll(async () => w.close());

  it('tells the planner how many proposals an import brought', async () => {
    const db = w.database.db;
    await importProposals(
      { db, now: w.clock.now, config: w.config },
      {
        bodyId: w.bodies.a.bodyId,
        sessionId: w.bodies.a.sessionId,
        filename: '提案.csv',
        content: proposalsCsv(300),
      },
    );
    if (kind === 'pglite') {
      // No daemon inside PGlite: the planner still believes the table is as good as empty.
      expect((await tableState(db, 'proposals')).plannedRows).toBeLessThan(300);
    }
    const plan = await runUpkeepOnce(db);
    if (kind === 'pglite') {
      // On PostgreSQL the daemon may have come first and left nothing to do.
      expect(plan).toContainEqual({ table: 'proposals', action: 'analyze' });
      expect(plan).toContainEqual({ table: 'proposal_search', action: 'analyze' });
    }
    for (const table of ['proposals', 'proposal_search']) {
      const state = await tableState(db, table);
      expect(state.plannedRows).toBeGreaterThanOrEqual(300);
      expect(state.changed).toBe(0);
    }
    expect(await runUpkeepOnce(db)).toEqual([]);
  });
});

describe('the upkeep after PGlite restarts', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-upkeep-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('goes over every table, because the change counts do not survive a restart', async () => {
    const w = await createWorld('pglite', {}, { dataDir });
    await importProposals(
      { db: w.database.db, now: w.clock.now, config: w.config },
      {
        bodyId: w.bodies.a.bodyId,
        sessionId: w.bodies.a.sessionId,
        filename: '提案.csv',
        content: proposalsCsv(120),
      },
    );
    await w.close();

    const database = await openDatabase({ dataDir });
    try {
      const before = await tableState(database.db, 'proposals');
      expect(before.changed).toBe(0); // the 120 new rows are forgotten …
      expect(before.plannedRows).toBeLessThan(120); // … and the planner was never told
      expect(await runUpkeepOnce(database.db)).toEqual([]);
      const plan = await runUpkeepOnce(database.db, true);
      expect(plan).toContainEqual({ table: 'proposals', action: 'vacuum analyze' });
      expect((await tableState(database.db, 'proposals')).plannedRows).toBe(120);
    } finally {
      await database.close();
    }
  });
});

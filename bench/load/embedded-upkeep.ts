/**
 * What the server's upkeep of PGlite (decision 0012) changes for the staff's reads: a body's
 * session of proposals is imported into a fresh PGlite folder, then the staff's search and list
 * page are timed as PGlite leaves them (no autovacuum daemon: the planner still has the empty
 * tables' statistics), and again after one pass of the upkeep. Services are called in this
 * process, without HTTP, so the figures are the database work and the service's own.
 *
 *   npm run bench:upkeep [-- --proposals 2000 --repeat 40]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase, type Db } from '../../packages/server/src/db/database.js';
import { runUpkeepOnce } from '../../packages/server/src/db/embedded-upkeep.js';
import { users } from '../../packages/server/src/db/schema/index.js';
import type { ServiceContext } from '../../packages/server/src/context.js';
import { importProposals } from '../../packages/server/src/modules/imports/imports.service.js';
import { listProposals } from '../../packages/server/src/modules/proposals/proposals.service.js';
import { search } from '../../packages/server/src/modules/search/search.service.js';
import { STAFF_USERNAMES, seedRushWorld } from '../../packages/server/test/rush-world.js';
import { TOPICS, proposalText } from './proposal-text.js';

const { values: args } = parseArgs({
  options: {
    proposals: { type: 'string', default: '2000' },
    repeat: { type: 'string', default: '40' },
  },
});
const proposalCount = Number(args.proposals);
const repeat = Number(args.repeat);

function sessionCsv(members: string[]) {
  const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const rows = members.map((m, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    return [
      cell(`关于加强${topic}工作的提案（${m}）`),
      cell(`委员${m}`),
      cell(`当前${topic}方面仍存在资源不足、保障不够等问题。${proposalText(i, 0)}`),
      cell(`一是加大${topic}投入。${proposalText(i, 1)}`),
      '2026-01-10 10:00',
    ].join(',');
  });
  return Buffer.from(['标题,提案者,案由,建议,提交时间', ...rows].join('\n'));
}

async function staffContext(db: Db, bodyId: string): Promise<ServiceContext> {
  const [staff] = await db
    .select()
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.username, STAFF_USERNAMES[0])));
  return {
    db,
    now: () => new Date(),
    config: loadConfig({}),
    actor: {
      bodyId,
      userId: staff!.userId,
      role: 'staff',
      displayName: staff!.displayName,
      personId: null,
      organisationId: null,
      unitId: null,
    },
  };
}

/** Mean milliseconds of `fn` over `repeat` calls, after three not counted. */
async function timed(fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) {
    await fn(i);
  }
  const started = performance.now();
  for (let i = 0; i < repeat; i++) {
    await fn(i);
  }
  return (performance.now() - started) / repeat;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-upkeep-'));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    const world = await seedRushWorld(database, proposalCount);
    const importStarted = performance.now();
    await importProposals(
      { db: database.db, now: () => new Date(), config: loadConfig({}) },
      {
        bodyId: world.bodyId,
        sessionId: world.sessionId,
        filename: '提案.csv',
        content: sessionCsv(world.members),
      },
    );
    console.log(
      `PGlite, ${proposalCount} proposals of about 1,600 characters imported in ${((performance.now() - importStarted) / 1000).toFixed(1)} s; each figure the mean of ${repeat} calls`,
    );
    const ctx = await staffContext(database.db, world.bodyId);
    const reads = {
      'search (one topic, first page)': (i: number) =>
        search(ctx, TOPICS[i % TOPICS.length]!, {
          sessionId: world.sessionId,
          page: 1,
          pageSize: 20,
        }),
      'list page (20 of the session)': () =>
        listProposals(ctx, { sessionId: world.sessionId, state: undefined, page: 1, pageSize: 20 }),
    };
    const before: Record<string, number> = {};
    for (const [name, read] of Object.entries(reads)) {
      before[name] = await timed(read);
    }
    const upkeepStarted = performance.now();
    const plan = await runUpkeepOnce(database.db);
    const upkeepMs = performance.now() - upkeepStarted;
    console.log(
      `one pass of the upkeep: ${upkeepMs.toFixed(0)} ms — ${plan.map((p) => `${p.action} ${p.table}`).join(', ')}`,
    );
    console.log('read                               before     after    before ÷ after');
    for (const [name, read] of Object.entries(reads)) {
      const after = await timed(read);
      console.log(
        `${name.padEnd(34)} ${before[name]!.toFixed(1).padStart(6)} ms ${after.toFixed(1).padStart(6)} ms   ×${(before[name]! / after).toFixed(1)}`,
      );
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

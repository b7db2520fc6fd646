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
import { openDatabase } from '../../packages/server/src/db/database.js';
import { runUpkeepOnce } from '../../packages/server/src/db/embedded-upkeep.js';
import { listProposals } from '../../packages/server/src/modules/proposals/proposals.service.js';
import { search } from '../../packages/server/src/modules/search/search.service.js';
import { seedImportedSession, staffContext, timed } from './imported-session.js';
import { TOPICS } from './proposal-text.js';

const { values: args } = parseArgs({
  options: {
    proposals: { type: 'string', default: '2000' },
    repeat: { type: 'string', default: '40' },
  },
});
const proposalCount = Number(args.proposals);
const repeat = Number(args.repeat);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-upkeep-'));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    const { world, importMs } = await seedImportedSession(database, proposalCount);
    console.log(
      `PGlite, ${proposalCount} proposals of about 1,600 characters imported in ${(importMs / 1000).toFixed(1)} s; each figure the mean of ${repeat} calls`,
    );
    const ctx = await staffContext(database.db, world);
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
      before[name] = (await timed(repeat, read)).wall;
    }
    const upkeepStarted = performance.now();
    const plan = await runUpkeepOnce(database.db);
    const upkeepMs = performance.now() - upkeepStarted;
    console.log(
      `one pass of the upkeep: ${upkeepMs.toFixed(0)} ms — ${plan.map((p) => `${p.action} ${p.table}`).join(', ')}`,
    );
    console.log('read                               before     after    before ÷ after');
    for (const [name, read] of Object.entries(reads)) {
      const after = (await timed(repeat, read)).wall;
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

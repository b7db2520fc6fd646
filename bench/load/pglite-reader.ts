/**
 * What reading fields in place (tools/patch-pglite-reader.js, decision 0013) changes for the
 * staff's reads on PGlite. A session of proposals is imported into a PGlite folder; then the same
 * folder is opened in turn by PGlite as npm publishes it (a copy of the installed package with the
 * patch undone, loaded beside it in this process) and by the installed, patched PGlite, and the
 * services' reads are timed on each, alternately, twice. Services are called without HTTP.
 *
 *   npm run bench:pglite-reader [-- --proposals 2000 --repeat 30]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { drizzle } from 'drizzle-orm/pglite';
import type { ServiceContext } from '../../packages/server/src/context.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { runUpkeepOnce } from '../../packages/server/src/db/embedded-upkeep.js';
import { exportList } from '../../packages/server/src/modules/imports/list-export.js';
import { listProposals } from '../../packages/server/src/modules/proposals/proposals.service.js';
import { search } from '../../packages/server/src/modules/search/search.service.js';
import { pgliteDist, readerFiles, unpatchReaderSource } from '../../tools/patch-pglite-reader.js';
import { seedImportedSession, staffContext, timed } from './imported-session.js';
import { TOPICS } from './proposal-text.js';

const { values: args } = parseArgs({
  options: {
    proposals: { type: 'string', default: '2000' },
    repeat: { type: 'string', default: '30' },
  },
});
const proposalCount = Number(args.proposals);
const repeat = Number(args.repeat);

/** PGlite as published: the installed package copied into `folder`, its reader restored. */
async function publishedPglite(folder: string): Promise<typeof PGlite> {
  const installed = path.dirname(pgliteDist());
  const copy = path.join(folder, 'node_modules/@electric-sql/pglite');
  fs.cpSync(installed, copy, { recursive: true });
  const dist = path.join(copy, 'dist');
  for (const f of readerFiles(dist)) {
    fs.writeFileSync(f.file, unpatchReaderSource(f.source));
  }
  if (readerFiles(dist).some((f) => f.state === 'already')) {
    throw new Error('the copy of PGlite still reads fields in place');
  }
  const published = (await import(pathToFileURL(path.join(dist, 'index.js')).href)) as {
    PGlite: typeof PGlite;
  };
  return published.PGlite;
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-reader-'));
  try {
    const database = await openDatabase({ dataDir: folder });
    await database.migrate();
    const { world } = await seedImportedSession(database, proposalCount);
    await runUpkeepOnce(database.db, true);
    await database.close();

    const readers = { 'as published': await publishedPglite(folder), 'in place': PGlite };
    const reads: Record<string, (ctx: ServiceContext) => (i: number) => Promise<unknown>> = {
      [`the session's list, all ${proposalCount} rows`]: (ctx) => () =>
        listProposals(ctx, {
          sessionId: world.sessionId,
          state: undefined,
          page: 1,
          pageSize: proposalCount,
        }),
      'the same list as an Excel file': (ctx) => () =>
        exportList(ctx, { sessionId: world.sessionId, state: undefined }),
      'list page (20 of the session)': (ctx) => () =>
        listProposals(ctx, {
          sessionId: world.sessionId,
          state: undefined,
          page: 1,
          pageSize: 20,
        }),
      'search (one topic, first page)': (ctx) => (i) =>
        search(ctx, TOPICS[i % TOPICS.length]!, {
          sessionId: world.sessionId,
          page: 1,
          pageSize: 20,
        }),
    };
    const ms: Record<string, Record<string, { wall: number; busy: number }[]>> = {};
    // Alternately, twice each, so that a drift of the machine falls on both.
    for (const round of [1, 2]) {
      for (const [reader, Pglite] of Object.entries(readers)) {
        const client = new Pglite(path.join(folder, 'pgdata'), { extensions: { btree_gin } });
        await client.waitReady;
        const ctx = await staffContext(drizzle(client, { casing: 'snake_case' }), world);
        for (const [name, read] of Object.entries(reads)) {
          ((ms[name] ??= {})[reader] ??= []).push(await timed(repeat, read(ctx)));
        }
        await client.close();
        // Each round's figures in the order of the table below, to see how far rounds differ.
        const figures = Object.values(ms).map((r) => r[reader]!.at(-1)!.busy.toFixed(1));
        console.log(`round ${round}, PGlite ${reader}: ${figures.join(' / ')} ms`);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `\nPGlite, ${proposalCount} imported proposals; per call, the mean of ${repeat} calls in each of two rounds.` +
        `\n"thread": the milliseconds the server's thread is busy (on PGlite, every other request waits` +
        `\nthem out); "wall": until the answer (an Excel file is built in a worker thread meanwhile).`,
    );
    console.log(
      'read                                  PGlite as published    reading in place    ratio (thread)',
    );
    for (const [name, byReader] of Object.entries(ms)) {
      const [before, after] = ['as published', 'in place'].map((r) => ({
        busy: mean(byReader[r]!.map((m) => m.busy)),
        wall: mean(byReader[r]!.map((m) => m.wall)),
      }));
      const cell = (m: { busy: number; wall: number }) =>
        `${m.busy.toFixed(1).padStart(6)} / ${m.wall.toFixed(1).padStart(6)} ms`;
      console.log(
        `${name.padEnd(36)} ${cell(before!)}    ${cell(after!)}    ×${(before!.busy / after!.busy).toFixed(2)}`,
      );
    }
    console.log('(each cell: thread / wall)');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

await main();

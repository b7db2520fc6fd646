/**
 * Search and similar-proposal latency on a generated archive, and the time to index it.
 *
 *   npm run bench:search -- --db postgres --n 1000000
 *   npm run bench:search -- --db pglite --n 100000
 *
 * The archive: N proposals spread over bodies of 10,000 each (a city's twenty years), built from
 * the sentences of the real seed pages (titles from their phrases, texts from their sentences),
 * so word frequencies are those of real proposals. Each sentence is segmented once and its tokens
 * reused, so generating a million stays in minutes; inserting writes the same columns the
 * platform writes (the tsvector is computed by the database, the GIN index maintained).
 *
 * Then, as a staff user of one body, through the platform's own services: the search box
 * (`search`, with ranking, count and highlights) for common and rare terms, and the
 * similar-proposal lookup (`similarProposals`). PostgreSQL comes from DATABASE_URL, or a
 * throwaway cluster from Debian's postgresql.
 */
import fs from 'node:fs';
import { and, eq, like, sql } from 'drizzle-orm';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import {
  bodies as bodiesTable,
  proposalSearch,
  proposals,
  users,
} from '../../packages/server/src/db/schema/index.js';
import {
  createSession,
  createUser,
} from '../../packages/server/src/modules/admin/admin.service.js';
import { createBody } from '../../packages/server/src/modules/admin/bodies.service.js';
import type { Actor } from '../../packages/server/src/modules/auth/actor.js';
import { search } from '../../packages/server/src/modules/search/search.service.js';
import { similarProposals } from '../../packages/server/src/modules/search/similar.service.js';
import { Segmenter } from '../../packages/server/src/modules/search/segmentation/segmenter.js';
import {
  keyScope,
  keywordsOf,
  similarityKeys,
} from '../../packages/server/src/modules/search/similarity-keys.js';
import { startPgServer } from '../../packages/server/test/pg-server.js';
import { arg, seedSentences } from './corpus.js';

const N = Number(arg('--n', '100000'));
const KIND = arg('--db', 'postgres') as 'pglite' | 'postgres';
const PER_BODY = Number(arg('--per-body', '10000'));
const QUERIES = Number(arg('--queries', '200'));
const QUERIES_ONLY = process.argv.includes('--queries-only');
const BATCH = 1000;
/** Codes unique to this run, so a run can reuse a database (DATABASE_URL) of an earlier one. */
const RUN = Date.now().toString(36);

/** A small deterministic generator: the same archive on every run. */
let seed = 20250301;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function open(): Promise<{ database: Database; stop: () => Promise<void> }> {
  if (KIND === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-bench-'));
    const database = await openDatabase({ dataDir: dir, command: 'bench:search' });
    return {
      database,
      stop: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = process.env.DATABASE_URL ? undefined : await startPgServer();
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL ?? server!.url,
    poolSize: 4,
  });
  return {
    database,
    stop: async () => {
      await database.close();
      server?.stop();
    },
  };
}

async function main() {
  const { database, stop } = await open();
  await database.migrate();
  const config = loadConfig({});
  const ctx = { db: database.db, now: () => new Date('2025-03-01T09:00:00+08:00'), config };
  const seg = Segmenter.shared();

  const { staff, indexSeconds, total } = QUERIES_ONLY
    ? await existingArchive(database)
    : await generateArchive(database, ctx, seg);

  // Queries: the domain's own terms (common and rare), one or two words, as people type them.
  const dictionary = fs
    .readFileSync('packages/server/src/modules/search/segmentation/domain-dictionary.txt', 'utf8')
    .split('\n')
    .map((l) => l.split(/\s+/)[0]!)
    .filter((w) => w && !w.startsWith('#'));
  const queries = Array.from({ length: QUERIES }, (_, i) =>
    i % 3 === 2 ? `${pick(dictionary)} ${pick(dictionary)}` : pick(dictionary),
  );
  const sctx = { ...ctx, actor: staff };
  await search(sctx, '预热', { page: 1, pageSize: 20 });
  const searchMs: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await search(sctx, q, { page: 1, pageSize: 20 });
    searchMs.push(performance.now() - t);
  }
  const ids = (
    await database.db
      .select({ id: proposals.proposalId })
      .from(proposals)
      .where(eq(proposals.bodyId, staff.bodyId))
      .limit(2000)
  ).map((r) => r.id);
  const similarMs: number[] = [];
  for (let i = 0; i < Math.min(100, QUERIES); i++) {
    const t = performance.now();
    await similarProposals(sctx, pick(ids));
    similarMs.push(performance.now() - t);
  }
  const row = (name: string, xs: number[], goal: number) =>
    `| ${name} | ${xs.length} | ${percentile(xs, 50).toFixed(1)} | ${percentile(xs, 95).toFixed(1)} | ${goal} | ${(percentile(xs, 95) / goal).toFixed(2)} |`;
  console.log(`\n${total} proposals on ${KIND} (bodies of up to ${PER_BODY})\n`);
  console.log('| operation | runs | p50 ms | p95 ms | goal p95 ms | p95 / goal |');
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(row('search (rank, count, highlights)', searchMs, 50));
  console.log(row('similar proposals', similarMs, 100));
  if (indexSeconds !== undefined) {
    console.log(`| index ${total} proposals | 1 | — | — | — | ${indexSeconds.toFixed(1)} s |`);
  }
  await stop();
}

/** Creates the bodies and inserts the generated proposals; returns a staff user of the first body. */
async function generateArchive(
  database: Database,
  ctx: { db: Database['db']; now: () => Date; config: ReturnType<typeof loadConfig> },
  seg: Segmenter,
) {
  // The sentence pool, each segmented once.
  const sentences = seedSentences();
  const pool = sentences.map((s) => ({ text: s, tokens: seg.tokensForIndex(s) }));
  const phrases = sentences
    .flatMap((s) => s.split(/[，、：“”]/))
    .filter((p) => p.length >= 6 && p.length <= 18);

  const bodies: { bodyId: string; sessionIds: string[]; ownerId: string; staff: Actor }[] = [];
  const bodyCount = Math.max(1, Math.ceil(N / PER_BODY));
  for (let b = 0; b < bodyCount; b++) {
    const body = await createBody(ctx, {
      code: `bench-${RUN}-${b}`,
      name: `政协基准${b}市委员会`,
      kind: 'cppcc',
      level: 'city',
      region: `基准${b}市`,
    });
    const sessionIds: string[] = [];
    for (let y = 2006; y <= 2025; y++) {
      const s = await createSession(ctx, body.bodyId, {
        code: String(y),
        name: `${y}年会议`,
        submissionDeadline: new Date(`${y}-02-25T12:00:00+08:00`),
      });
      sessionIds.push(s.sessionId);
    }
    const owner = await createUser(ctx, body.bodyId, {
      username: `member-${RUN}-${b}`,
      displayName: '委员',
      role: 'proposer',
      password: 'bench-password-1',
    });
    const staff = await createUser(ctx, body.bodyId, {
      username: `staff-${RUN}-${b}`,
      displayName: '工作人员',
      role: 'staff',
      password: 'bench-password-1',
    });
    bodies.push({
      bodyId: body.bodyId,
      sessionIds,
      ownerId: owner.userId,
      staff: {
        bodyId: body.bodyId,
        userId: staff.userId,
        role: 'staff',
        displayName: '工作人员',
        personId: null,
        organisationId: null,
        unitId: null,
      },
    });
  }

  console.log(`Indexing ${N} proposals in ${bodyCount} bodies on ${KIND} …`);
  const t0 = Date.now();
  for (let i = 0; i < N; i += BATCH) {
    const rows = [];
    const documents = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) {
      const body = bodies[Math.floor(j / PER_BODY)]!;
      const title = `关于${pick(phrases)}的提案`;
      const problem = [pick(pool), pick(pool), pick(pool)];
      const suggestions = [pick(pool), pick(pool), pick(pool)];
      const keywords = keywordsOf(
        seg,
        title,
        [...problem, ...suggestions].map((p) => p.text).join('。'),
      );
      rows.push({
        bodyId: body.bodyId,
        sessionId: pick(body.sessionIds),
        kind: 'proposal' as const,
        proposerType: 'individual' as const,
        ownerUserId: body.ownerId,
        title,
        problem: problem.map((p) => p.text).join('。'),
        suggestions: suggestions.map((p) => p.text).join('。'),
        state: 'closed' as const,
      });
      documents.push({
        bodyId: body.bodyId,
        titleTokens: seg.tokensForIndex(title),
        bodyTokens: [...problem, ...suggestions].map((p) => p.tokens).join(' '),
        keywords,
        similarityKeys: similarityKeys(keywords, keyScope(body.bodyId)),
      });
    }
    // The proposal and its search document, as search-index.ts writes them.
    const inserted = await database.db
      .insert(proposals)
      .values(rows)
      .returning({ proposalId: proposals.proposalId });
    await database.db
      .insert(proposalSearch)
      .values(documents.map((d, k) => ({ ...d, proposalId: inserted[k]!.proposalId })));
    if ((i / BATCH) % 50 === 0) {
      process.stdout.write(`  ${i + rows.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)\r`);
    }
  }
  const indexSeconds = (Date.now() - t0) / 1000;
  // The steady state: autovacuum would by now have merged the GIN indexes' pending lists (fast
  // inserts are appended there, and every lookup scans them until a vacuum) and gathered stats.
  await database.db.execute(sql`VACUUM ANALYZE proposals, proposal_search`);
  console.log(
    `\nIndexed ${N} in ${indexSeconds.toFixed(1)} s (${(N / indexSeconds).toFixed(0)} proposals/s)`,
  );

  return { staff: bodies[0]!.staff, indexSeconds, total: N };
}

/** `--queries-only` on a DATABASE_URL an earlier run filled: a staff user of its first body. */
async function existingArchive(database: Database) {
  const [row] = await database.db
    .select({ bodyId: users.bodyId, userId: users.userId })
    .from(users)
    .innerJoin(bodiesTable, eq(bodiesTable.bodyId, users.bodyId))
    .where(and(like(bodiesTable.code, 'bench-%'), eq(users.role, 'staff')))
    .orderBy(bodiesTable.code)
    .limit(1);
  if (!row) {
    throw new Error('no archive of an earlier run in DATABASE_URL: run without --queries-only');
  }
  const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(proposals);
  const staff: Actor = {
    bodyId: row.bodyId,
    userId: row.userId,
    role: 'staff',
    displayName: '工作人员',
    personId: null,
    organisationId: null,
    unitId: null,
  };
  return { staff, indexSeconds: undefined, total: count!.n };
}

await main();

import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../../packages/server/src/config.js';
import type { ServiceContext } from '../../packages/server/src/context.js';
import type { Database, Db } from '../../packages/server/src/db/database.js';
import { users } from '../../packages/server/src/db/schema/index.js';
import { importProposals } from '../../packages/server/src/modules/imports/imports.service.js';
import {
  STAFF_USERNAMES,
  seedRushWorld,
  type RushWorld,
} from '../../packages/server/test/rush-world.js';
import { TOPICS, proposalText } from './proposal-text.js';

/**
 * The world of the rush with one proposal per member imported into its session, as a body's
 * archive arrives (the benches of the staff's reads start from it).
 */
export async function seedImportedSession(database: Database, proposalCount: number) {
  const world = await seedRushWorld(database, proposalCount);
  const started = performance.now();
  await importProposals(
    { db: database.db, now: () => new Date(), config: loadConfig({}) },
    {
      bodyId: world.bodyId,
      sessionId: world.sessionId,
      filename: '提案.csv',
      content: sessionCsv(world.members),
    },
  );
  return { world, importMs: performance.now() - started };
}

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

/** A staff member of the world's body, as the services see the caller. */
export async function staffContext(db: Db, world: RushWorld): Promise<ServiceContext> {
  const [staff] = await db
    .select()
    .from(users)
    .where(and(eq(users.bodyId, world.bodyId), eq(users.username, STAFF_USERNAMES[0])));
  return {
    db,
    now: () => new Date(),
    config: loadConfig({}),
    actor: {
      bodyId: world.bodyId,
      userId: staff!.userId,
      role: 'staff',
      displayName: staff!.displayName,
      personId: null,
      organisationId: null,
      unitId: null,
    },
  };
}

/**
 * Per call of `fn`, over `repeat` calls after three not counted: the mean milliseconds it took
 * (`wall`), and those of them in which this thread was busy (`busy`), which on PGlite's one thread
 * is what every other request waits for; work in worker threads is in `wall` only.
 */
export async function timed(repeat: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) {
    await fn(i);
  }
  const utilisation = performance.eventLoopUtilization();
  const started = performance.now();
  for (let i = 0; i < repeat; i++) {
    await fn(i);
  }
  return {
    wall: (performance.now() - started) / repeat,
    busy: performance.eventLoopUtilization(utilisation).active / repeat,
  };
}

import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { arg, prepared, preparedRow } from '../src/db/prepared.js';
import { bodies, events } from '../src/db/schema/index.js';
import { databaseKinds, freshDatabase } from './databases.js';

/**
 * Statements built once (db/prepared.ts) must behave like the ones Drizzle builds on each call:
 * new values on every call, the transaction of the caller, rows mapped to the columns' types,
 * NULL where a value is null, and the column defaults where a value is left out.
 */
const eventsOfBody = prepared<{ bodyId: string }>()((db) =>
  db
    .select({
      action: events.action,
      at: events.at,
      payload: events.payload,
      actor: events.actorUserId,
    })
    .from(events)
    .where(eq(events.bodyId, arg('bodyId')))
    .orderBy(asc(events.eventId)),
);

const insertEvent = preparedRow()(
  (row) => (db) => db.insert(events).values(row as unknown as typeof events.$inferInsert),
);

const renameBody = prepared<{ bodyId: string; name: string }>()((db) =>
  db
    .update(bodies)
    .set({ name: sql`${arg('name')}` })
    .where(eq(bodies.bodyId, arg('bodyId')))
    .returning({ name: bodies.name }),
);

const bodyName = prepared<{ bodyId: string }>()((db) =>
  db
    .select({ name: bodies.name })
    .from(bodies)
    .where(eq(bodies.bodyId, arg('bodyId'))),
);

describe.each(databaseKinds())('prepared statements on %s', (kind) => {
  let database: Database;
  let bodyA: string;
  let bodyB: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const rows = await database.db
      .insert(bodies)
      .values(
        ['a', 'b'].map((code) => ({
          code,
          name: `政协${code}`,
          kind: 'cppcc' as const,
          level: 'city' as const,
          region: '测试市',
        })),
      )
      .returning({ bodyId: bodies.bodyId });
    [bodyA, bodyB] = rows.map((r) => r.bodyId) as [string, string];
  });
  afterAll(() => database.close());

  it('runs with each call’s values and maps rows to the columns’ types', async () => {
    const at = new Date('2026-12-06T10:00:00Z');
    const base = { entity: 'proposal', action: 'submit' };
    await insertEvent(database.db, { ...base, bodyId: bodyA, at, payload: { n: 1 } }, {});
    await insertEvent(database.db, { ...base, bodyId: bodyB, at, payload: { n: 2 } }, {});

    const a = await eventsOfBody(database.db, { bodyId: bodyA });
    const b = await eventsOfBody(database.db, { bodyId: bodyB });
    expect(a).toEqual([{ action: 'submit', at, payload: { n: 1 }, actor: null }]);
    expect(b).toEqual([{ action: 'submit', at, payload: { n: 2 }, actor: null }]);
    expect(a[0]!.at).toBeInstanceOf(Date);
  });

  it('writes NULL for a null value and the column default for a missing one', async () => {
    const before = Date.now();
    await insertEvent(
      database.db,
      { bodyId: bodyA, entity: 'proposal', action: 'note', actorUserId: null },
      {},
    );
    const [row] = (await eventsOfBody(database.db, { bodyId: bodyA })).filter(
      (e) => e.action === 'note',
    );
    expect(row!.actor).toBeNull();
    expect(row!.payload).toEqual({});
    expect(row!.at.getTime()).toBeGreaterThanOrEqual(before - 60_000);
  });

  it('runs inside the caller’s transaction: a rollback takes its change back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        expect(await renameBody(tx, { bodyId: bodyA, name: '改名' })).toEqual([{ name: '改名' }]);
        expect(await bodyName(tx, { bodyId: bodyA })).toEqual([{ name: '改名' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await bodyName(database.db, { bodyId: bodyA })).toEqual([{ name: '政协a' }]);
    expect(await bodyName(database.db, { bodyId: bodyB })).toEqual([{ name: '政协b' }]);
  });
});

import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { idempotencyKeys } from '../db/schema/index.js';

/**
 * Claims a key. On PostgreSQL a concurrent duplicate waits on the unique index until the first
 * transaction ends, then sees its stored response; PGlite serialises transactions anyway.
 */
export async function claimKey(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  key: string,
  requestHash: string,
): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ bodyId, userId, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function findKey(db: DbOrTx, bodyId: string, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.bodyId, bodyId),
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
      ),
    );
  return row;
}

export async function storeResponse(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  key: string,
  statusCode: number,
  response: unknown,
) {
  await db
    .update(idempotencyKeys)
    .set({ statusCode, response })
    .where(
      and(
        eq(idempotencyKeys.bodyId, bodyId),
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
      ),
    );
}

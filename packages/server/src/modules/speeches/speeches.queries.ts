import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { speeches } from '../../db/schema/index.js';

export async function nextPosition(db: DbOrTx, bodyId: string, sessionId: string) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${speeches.position}), 0)::int` })
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.sessionId, sessionId)));
  return Number(row?.n ?? 0) + 1;
}

export async function insertSpeech(db: DbOrTx, values: typeof speeches.$inferInsert) {
  const [row] = await db.insert(speeches).values(values).returning();
  return row!;
}

export async function linkProposal(
  db: DbOrTx,
  bodyId: string,
  speechId: string,
  proposalId: string,
) {
  await db
    .update(speeches)
    .set({ proposalId })
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.speechId, speechId)));
}

export async function listSpeeches(db: DbOrTx, bodyId: string, sessionId: string) {
  return db
    .select()
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.sessionId, sessionId)))
    .orderBy(asc(speeches.position));
}

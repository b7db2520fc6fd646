import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { numberCounters, proposals, reviewDecisions, users } from '../../db/schema/index.js';

/**
 * The next registration number for a session, kind and origin. The upsert takes the counter row's
 * lock until the registering transaction ends, so concurrent registrations queue here and a rolled
 * back registration gives its number back: no gaps, no duplicates.
 */
export async function nextNumber(
  db: DbOrTx,
  bodyId: string,
  sessionId: string,
  kind: 'proposal' | 'suggestion',
  origin: 'plenary' | 'interim',
): Promise<number> {
  const [row] = await db
    .insert(numberCounters)
    .values({ bodyId, sessionId, kind, origin, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [
        numberCounters.bodyId,
        numberCounters.sessionId,
        numberCounters.kind,
        numberCounters.origin,
      ],
      set: { lastNumber: sql`${numberCounters.lastNumber} + 1` },
    })
    .returning({ n: numberCounters.lastNumber });
  return row!.n;
}

export async function insertDecision(db: DbOrTx, values: typeof reviewDecisions.$inferInsert) {
  await db.insert(reviewDecisions).values(values);
}

export async function listDecisions(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      decision: reviewDecisions.decision,
      reasonCode: reviewDecisions.reasonCode,
      comment: reviewDecisions.comment,
      destination: reviewDecisions.destination,
      mergedIntoId: reviewDecisions.mergedIntoId,
      decidedAt: reviewDecisions.decidedAt,
      decidedByName: users.displayName,
    })
    .from(reviewDecisions)
    .innerJoin(
      users,
      and(eq(users.bodyId, reviewDecisions.bodyId), eq(users.userId, reviewDecisions.decidedBy)),
    )
    .where(and(eq(reviewDecisions.bodyId, bodyId), eq(reviewDecisions.proposalId, proposalId)))
    .orderBy(asc(reviewDecisions.decidedAt));
}

/** Proposals merged into this one (their proposers follow this proposal). */
export async function listMergedChildren(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({ proposalId: proposals.proposalId, title: proposals.title })
    .from(proposals)
    .where(and(eq(proposals.bodyId, bodyId), eq(proposals.mergedIntoId, proposalId)));
}

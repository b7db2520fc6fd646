import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { categories, proposals, supervisionNotes } from '../../db/schema/index.js';

const inScope = (bodyId: string, sessionId?: string) =>
  and(eq(proposals.bodyId, bodyId), sessionId ? eq(proposals.sessionId, sessionId) : undefined);

export async function countByState(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({ state: proposals.state, n: count() })
    .from(proposals)
    .where(inScope(bodyId, sessionId))
    .groupBy(proposals.state);
}

/** Received = submitted at some point (drafts never reached the office). */
export async function countReceivedBySource(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({ proposerType: proposals.proposerType, origin: proposals.origin, n: count() })
    .from(proposals)
    .where(and(inScope(bodyId, sessionId), isNotNull(proposals.submittedAt)))
    .groupBy(proposals.proposerType, proposals.origin);
}

/** Registered proposals (those with a number) by the area of their category. */
export async function countRegisteredByArea(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({ area: categories.area, n: count() })
    .from(proposals)
    .innerJoin(
      categories,
      and(eq(categories.bodyId, proposals.bodyId), eq(categories.categoryId, proposals.categoryId)),
    )
    .where(and(inScope(bodyId, sessionId), isNotNull(proposals.number)))
    .groupBy(categories.area);
}

export async function keyProposals(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({
      proposalId: proposals.proposalId,
      title: proposals.title,
      state: proposals.state,
      replyDueAt: proposals.replyDueAt,
      notes: sql<number>`(SELECT count(*)::int FROM ${supervisionNotes} WHERE ${supervisionNotes.bodyId} = ${proposals.bodyId} AND ${supervisionNotes.proposalId} = ${proposals.proposalId})`,
    })
    .from(proposals)
    .where(and(inScope(bodyId, sessionId), eq(proposals.isKey, true)))
    .orderBy(proposals.number);
}

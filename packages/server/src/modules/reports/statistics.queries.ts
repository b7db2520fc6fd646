import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { proposals, supervisionNotes } from '../../db/schema/index.js';

const inScope = (bodyId: string, sessionId?: string) =>
  and(eq(proposals.bodyId, bodyId), sessionId ? eq(proposals.sessionId, sessionId) : undefined);

export async function countByState(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({ state: proposals.state, n: count() })
    .from(proposals)
    .where(inScope(bodyId, sessionId))
    .groupBy(proposals.state);
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

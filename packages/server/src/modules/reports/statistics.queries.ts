import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  assignments,
  categories,
  feedback,
  proposals,
  replies,
  supervisionNotes,
  units,
} from '../../db/schema/index.js';

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

/** The latest verdict of each proposal that has one. */
export async function latestVerdicts(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .selectDistinctOn([feedback.proposalId], {
      proposalId: feedback.proposalId,
      verdict: feedback.verdict,
    })
    .from(feedback)
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, feedback.bodyId), eq(proposals.proposalId, feedback.proposalId)),
    )
    .where(inScope(bodyId, sessionId))
    .orderBy(feedback.proposalId, sql`${feedback.round} DESC`);
}

export async function countReplyClasses(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({ replyClass: replies.replyClass, n: count() })
    .from(replies)
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, replies.bodyId), eq(proposals.proposalId, replies.proposalId)),
    )
    .where(and(inScope(bodyId, sessionId), isNotNull(replies.signedAt), eq(replies.round, 1)))
    .groupBy(replies.replyClass);
}

/**
 * Per handling unit, over its lead and separate assignments: how many it was given, replied to,
 * replied to by the deadline, and still owes past the deadline; days to the first signed reply.
 */
export async function unitTimeliness(db: DbOrTx, bodyId: string, now: Date, sessionId?: string) {
  const firstReply = sql<Date | null>`(SELECT min(${replies.signedAt}) FROM ${replies} WHERE ${replies.bodyId} = ${assignments.bodyId} AND ${replies.proposalId} = ${assignments.proposalId} AND ${replies.unitId} = ${assignments.unitId})`;
  const rows = await db
    .select({
      unitId: units.unitId,
      unitName: units.name,
      assigned: count(),
      replied: sql<number>`count(${firstReply})::int`,
      repliedOnTime: sql<number>`count(*) FILTER (WHERE ${firstReply} <= ${assignments.dueAt})::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${firstReply} IS NULL AND ${assignments.dueAt} < ${now.toISOString()}::timestamptz)::int`,
      avgDays: sql<
        number | null
      >`avg(extract(epoch FROM (${firstReply} - ${assignments.assignedAt})) / 86400)::float`,
      maxDays: sql<
        number | null
      >`max(extract(epoch FROM (${firstReply} - ${assignments.assignedAt})) / 86400)::float`,
    })
    .from(assignments)
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .innerJoin(
      proposals,
      and(
        eq(proposals.bodyId, assignments.bodyId),
        eq(proposals.proposalId, assignments.proposalId),
      ),
    )
    .where(
      and(
        inScope(bodyId, sessionId),
        eq(assignments.active, true),
        sql`${assignments.role} IN ('lead', 'separate')`,
      ),
    )
    .groupBy(units.unitId, units.name);
  return rows.map((r) => ({
    ...r,
    assigned: Number(r.assigned),
    replied: Number(r.replied),
    repliedOnTime: Number(r.repliedOnTime),
    overdue: Number(r.overdue),
    avgDays: r.avgDays === null ? null : Number(r.avgDays),
    maxDays: r.maxDays === null ? null : Number(r.maxDays),
  }));
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

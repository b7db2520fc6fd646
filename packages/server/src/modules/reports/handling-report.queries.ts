import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { assignments, feedback, proposals, replies, units } from '../../db/schema/index.js';

/**
 * One row per lead or separate assignment of a session (or of proposals assigned in a year):
 * when it was assigned, first replied, due and closed, its latest reply class and verdict.
 */
export async function handlingRows(
  db: DbOrTx,
  bodyId: string,
  scope: { sessionId?: string; year?: number },
) {
  const firstReply = sql<Date | null>`(SELECT min(${replies.signedAt}) FROM ${replies} WHERE ${replies.bodyId} = ${assignments.bodyId} AND ${replies.proposalId} = ${assignments.proposalId} AND ${replies.unitId} = ${assignments.unitId})`;
  const lastClass = sql<
    string | null
  >`(SELECT ${replies.replyClass} FROM ${replies} WHERE ${replies.bodyId} = ${assignments.bodyId} AND ${replies.proposalId} = ${assignments.proposalId} AND ${replies.unitId} = ${assignments.unitId} AND ${replies.signedAt} IS NOT NULL ORDER BY ${replies.round} DESC LIMIT 1)`;
  const lastVerdict = sql<
    'satisfied' | 'mostly_satisfied' | 'dissatisfied' | null
  >`(SELECT ${feedback.verdict} FROM ${feedback} WHERE ${feedback.bodyId} = ${proposals.bodyId} AND ${feedback.proposalId} = ${proposals.proposalId} ORDER BY ${feedback.round} DESC LIMIT 1)`;
  const rows = await db
    .select({
      unitName: units.name,
      assignedAt: assignments.assignedAt,
      repliedAt: firstReply,
      dueAt: assignments.dueAt,
      closedAt: proposals.closedAt,
      replyClass: lastClass,
      verdict: lastVerdict,
      key: proposals.isKey,
      number: proposals.number,
      origin: proposals.origin,
      title: proposals.title,
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
        eq(assignments.bodyId, bodyId),
        eq(assignments.active, true),
        inArray(assignments.role, ['lead', 'separate']),
        isNotNull(assignments.dueAt),
        scope.sessionId ? eq(proposals.sessionId, scope.sessionId) : undefined,
        scope.year
          ? sql`extract(year FROM ${assignments.assignedAt} AT TIME ZONE 'Asia/Shanghai') = ${scope.year}`
          : undefined,
      ),
    );
  // Aggregates come back as strings from node-postgres and as Dates from PGlite: normalise.
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ ...r, repliedAt: date(r.repliedAt), dueAt: new Date(r.dueAt!) }));
}

/** Proposals (or suggestions) of a body closed (办结) in a calendar year, Beijing time. */
export async function countClosedInYear(db: DbOrTx, bodyId: string, year: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(proposals)
    .where(
      and(
        eq(proposals.bodyId, bodyId),
        isNotNull(proposals.closedAt),
        sql`extract(year FROM ${proposals.closedAt} AT TIME ZONE 'Asia/Shanghai') = ${year}`,
      ),
    );
  return Number(row?.n ?? 0);
}

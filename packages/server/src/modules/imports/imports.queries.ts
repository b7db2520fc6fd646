import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { proposalColumns } from '../proposals/proposals.queries.js';
import {
  assignments,
  categories,
  cosigners,
  feedback,
  organisations,
  people,
  proposals,
  replies,
  units,
  users,
} from '../../db/schema/index.js';
import {
  onCategory,
  onLeadOrganisation,
  onLeadPerson,
  onOwner,
} from '../proposals/proposal-joins.queries.js';

/** Proposer accounts by the name they are known by (a member's name or an organisation's). */
export async function proposerUsersByName(db: DbOrTx, bodyId: string) {
  return db
    .select({
      userId: users.userId,
      displayName: users.displayName,
      personId: users.personId,
      organisationId: users.organisationId,
    })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.role, 'proposer')));
}

export async function insertCosignerRows(db: DbOrTx, rows: (typeof cosigners.$inferInsert)[]) {
  if (rows.length) {
    await db.insert(cosigners).values(rows).onConflictDoNothing();
  }
}

export async function insertFeedbackRow(db: DbOrTx, values: typeof feedback.$inferInsert) {
  await db.insert(feedback).values(values);
}

/** Everything the export writes about the proposals of a session, in number order. */
export async function exportRows(db: DbOrTx, bodyId: string, sessionId: string) {
  const rows = await db
    .select({
      proposal: proposalColumns,
      userName: users.displayName,
      personName: people.name,
      organisationName: organisations.name,
      categoryName: categories.name,
    })
    .from(proposals)
    .innerJoin(users, onOwner)
    .leftJoin(people, onLeadPerson)
    .leftJoin(organisations, onLeadOrganisation)
    .leftJoin(categories, onCategory)
    .where(and(eq(proposals.bodyId, bodyId), eq(proposals.sessionId, sessionId)))
    // Plenary before interim ('plenary' > 'interim'), each in number order.
    .orderBy(
      desc(proposals.origin),
      asc(proposals.number),
      asc(proposals.submittedAt),
      asc(proposals.createdAt),
    );
  const ids = rows.map((r) => r.proposal.proposalId);
  const chunk = <T>(fn: (batch: string[]) => Promise<T[]>) =>
    ids.length ? fn(ids) : Promise.resolve([] as T[]);
  const [cos, asg, rep, fb] = await Promise.all([
    chunk((b) =>
      db
        .select({
          proposalId: cosigners.proposalId,
          name: users.displayName,
          state: cosigners.state,
        })
        .from(cosigners)
        .innerJoin(
          users,
          and(eq(users.bodyId, cosigners.bodyId), eq(users.userId, cosigners.userId)),
        )
        .where(and(eq(cosigners.bodyId, bodyId), inArray(cosigners.proposalId, b))),
    ),
    chunk((b) =>
      db
        .select({
          proposalId: assignments.proposalId,
          role: assignments.role,
          unitName: units.name,
        })
        .from(assignments)
        .innerJoin(
          units,
          and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
        )
        .where(
          and(
            eq(assignments.bodyId, bodyId),
            inArray(assignments.proposalId, b),
            eq(assignments.active, true),
          ),
        ),
    ),
    chunk((b) =>
      db
        .select({
          proposalId: replies.proposalId,
          round: replies.round,
          replyClass: replies.replyClass,
          signedAt: replies.signedAt,
        })
        .from(replies)
        .where(and(eq(replies.bodyId, bodyId), inArray(replies.proposalId, b))),
    ),
    chunk((b) =>
      db
        .select({
          proposalId: feedback.proposalId,
          round: feedback.round,
          verdict: feedback.verdict,
        })
        .from(feedback)
        .where(and(eq(feedback.bodyId, bodyId), inArray(feedback.proposalId, b))),
    ),
  ]);
  return { rows, cosigners: cos, assignments: asg, replies: rep, feedback: fb };
}

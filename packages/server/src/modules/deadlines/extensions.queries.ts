import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { assignments, extensions, proposals, units, users } from '../../db/schema/index.js';

export async function insertExtension(db: DbOrTx, values: typeof extensions.$inferInsert) {
  const [row] = await db.insert(extensions).values(values).returning();
  return row!;
}

export async function findExtension(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  extensionId: string,
) {
  const [row] = await db
    .select()
    .from(extensions)
    .where(
      and(
        eq(extensions.bodyId, bodyId),
        eq(extensions.proposalId, proposalId),
        eq(extensions.extensionId, extensionId),
      ),
    )
    .for('update');
  return row;
}

export async function hasPending(db: DbOrTx, bodyId: string, assignmentId: string) {
  const [row] = await db
    .select({ id: extensions.extensionId })
    .from(extensions)
    .where(
      and(
        eq(extensions.bodyId, bodyId),
        eq(extensions.assignmentId, assignmentId),
        eq(extensions.state, 'pending'),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function decide(
  db: DbOrTx,
  bodyId: string,
  extensionId: string,
  values: {
    state: 'approved' | 'refused';
    decidedBy: string;
    decidedAt: Date;
    decisionNote: string | null;
  },
) {
  await db
    .update(extensions)
    .set(values)
    .where(and(eq(extensions.bodyId, bodyId), eq(extensions.extensionId, extensionId)));
}

export async function moveDeadline(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  assignmentId: string,
  dueAt: Date,
) {
  await db
    .update(assignments)
    .set({ dueAt })
    .where(and(eq(assignments.bodyId, bodyId), eq(assignments.assignmentId, assignmentId)));
  await db
    .update(proposals)
    .set({ replyDueAt: dueAt })
    .where(and(eq(proposals.bodyId, bodyId), eq(proposals.proposalId, proposalId)));
}

export async function listExtensions(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      extensionId: extensions.extensionId,
      unitName: units.name,
      reason: extensions.reason,
      fromDueAt: extensions.fromDueAt,
      requestedDueAt: extensions.requestedDueAt,
      state: extensions.state,
      requestedAt: extensions.requestedAt,
      decidedAt: extensions.decidedAt,
      decisionNote: extensions.decisionNote,
    })
    .from(extensions)
    .innerJoin(
      assignments,
      and(
        eq(assignments.bodyId, extensions.bodyId),
        eq(assignments.assignmentId, extensions.assignmentId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .where(and(eq(extensions.bodyId, bodyId), eq(extensions.proposalId, proposalId)))
    .orderBy(asc(extensions.requestedAt));
}

/** The body's extension requests in the given states, oldest first, for the staff's review list. */
export async function listBodyExtensions(
  db: DbOrTx,
  bodyId: string,
  states: ('pending' | 'approved' | 'refused')[],
) {
  return db
    .select({
      extensionId: extensions.extensionId,
      proposalId: extensions.proposalId,
      title: proposals.title,
      number: proposals.number,
      origin: proposals.origin,
      proposalState: proposals.state,
      unitName: units.name,
      requestedByName: users.displayName,
      reason: extensions.reason,
      fromDueAt: extensions.fromDueAt,
      requestedDueAt: extensions.requestedDueAt,
      state: extensions.state,
      requestedAt: extensions.requestedAt,
      decidedAt: extensions.decidedAt,
      decisionNote: extensions.decisionNote,
      assignedAt: assignments.assignedAt,
      deadlineRule: assignments.deadlineRule,
    })
    .from(extensions)
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, extensions.bodyId), eq(proposals.proposalId, extensions.proposalId)),
    )
    .innerJoin(
      assignments,
      and(
        eq(assignments.bodyId, extensions.bodyId),
        eq(assignments.assignmentId, extensions.assignmentId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .innerJoin(
      users,
      and(eq(users.bodyId, extensions.bodyId), eq(users.userId, extensions.requestedBy)),
    )
    .where(and(eq(extensions.bodyId, bodyId), inArray(extensions.state, states)))
    .orderBy(asc(extensions.requestedAt));
}

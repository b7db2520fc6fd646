import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  assignments,
  coUnitOpinions,
  contacts,
  objections,
  proposals,
  units,
  users,
} from '../../db/schema/index.js';

export type AssignmentRow = typeof assignments.$inferSelect;

export async function findUnits(db: DbOrTx, bodyId: string, unitIds: string[]) {
  if (unitIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(units)
    .where(and(eq(units.bodyId, bodyId), inArray(units.unitId, unitIds)));
}

export async function insertAssignments(db: DbOrTx, rows: (typeof assignments.$inferInsert)[]) {
  if (rows.length === 0) {
    return [];
  }
  return db.insert(assignments).values(rows).returning();
}

export async function listAssignments(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      assignmentId: assignments.assignmentId,
      unitId: assignments.unitId,
      unitName: units.name,
      role: assignments.role,
      active: assignments.active,
      assignedAt: assignments.assignedAt,
      dueAt: assignments.dueAt,
      objectionDueAt: assignments.objectionDueAt,
      endedAt: assignments.endedAt,
      deadlineRule: assignments.deadlineRule,
    })
    .from(assignments)
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .where(and(eq(assignments.bodyId, bodyId), eq(assignments.proposalId, proposalId)))
    .orderBy(asc(assignments.assignedAt), asc(assignments.role));
}

export async function activeAssignments(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.bodyId, bodyId),
        eq(assignments.proposalId, proposalId),
        eq(assignments.active, true),
      ),
    );
}

export async function endAssignments(
  db: DbOrTx,
  bodyId: string,
  assignmentIds: string[],
  now: Date,
) {
  if (assignmentIds.length === 0) {
    return;
  }
  await db
    .update(assignments)
    .set({ active: false, endedAt: now })
    .where(and(eq(assignments.bodyId, bodyId), inArray(assignments.assignmentId, assignmentIds)));
}

export async function insertObjection(db: DbOrTx, values: typeof objections.$inferInsert) {
  const [row] = await db.insert(objections).values(values).returning();
  return row!;
}

export async function findObjection(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  objectionId: string,
) {
  const [row] = await db
    .select()
    .from(objections)
    .where(
      and(
        eq(objections.bodyId, bodyId),
        eq(objections.proposalId, proposalId),
        eq(objections.objectionId, objectionId),
      ),
    );
  return row;
}

export async function resolveObjection(
  db: DbOrTx,
  bodyId: string,
  objectionId: string,
  values: {
    resolution: 'upheld' | 'rerouted';
    resolutionNote: string | null;
    resolvedBy: string;
    resolvedAt: Date;
  },
) {
  await db
    .update(objections)
    .set(values)
    .where(and(eq(objections.bodyId, bodyId), eq(objections.objectionId, objectionId)));
}

export async function listObjections(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      objectionId: objections.objectionId,
      assignmentId: objections.assignmentId,
      unitName: units.name,
      reason: objections.reason,
      suggestedUnitName: objections.suggestedUnitName,
      raisedAt: objections.raisedAt,
      resolution: objections.resolution,
      resolutionNote: objections.resolutionNote,
      resolvedAt: objections.resolvedAt,
    })
    .from(objections)
    .innerJoin(
      assignments,
      and(
        eq(assignments.bodyId, objections.bodyId),
        eq(assignments.assignmentId, objections.assignmentId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .where(and(eq(objections.bodyId, bodyId), eq(objections.proposalId, proposalId)))
    .orderBy(asc(objections.raisedAt));
}

/** Objections staff still have to resolve, across the body. */
export async function listOpenObjections(db: DbOrTx, bodyId: string) {
  return db
    .select({
      objectionId: objections.objectionId,
      proposalId: objections.proposalId,
      title: proposals.title,
      unitName: units.name,
      reason: objections.reason,
      suggestedUnitName: objections.suggestedUnitName,
      raisedAt: objections.raisedAt,
    })
    .from(objections)
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, objections.bodyId), eq(proposals.proposalId, objections.proposalId)),
    )
    .innerJoin(
      assignments,
      and(
        eq(assignments.bodyId, objections.bodyId),
        eq(assignments.assignmentId, objections.assignmentId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .where(and(eq(objections.bodyId, bodyId), isNull(objections.resolution)))
    .orderBy(asc(objections.raisedAt));
}

export async function hasOpenObjection(db: DbOrTx, bodyId: string, assignmentId: string) {
  const [row] = await db
    .select({ id: objections.objectionId })
    .from(objections)
    .where(
      and(
        eq(objections.bodyId, bodyId),
        eq(objections.assignmentId, assignmentId),
        isNull(objections.resolution),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function insertContact(db: DbOrTx, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

export async function listContacts(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      contactId: contacts.contactId,
      unitName: units.name,
      method: contacts.method,
      contactedAt: contacts.contactedAt,
      summary: contacts.summary,
      recordedByName: users.displayName,
    })
    .from(contacts)
    .innerJoin(units, and(eq(units.bodyId, contacts.bodyId), eq(units.unitId, contacts.unitId)))
    .innerJoin(users, and(eq(users.bodyId, contacts.bodyId), eq(users.userId, contacts.recordedBy)))
    .where(and(eq(contacts.bodyId, bodyId), eq(contacts.proposalId, proposalId)))
    .orderBy(desc(contacts.contactedAt));
}

export async function insertCoUnitOpinion(db: DbOrTx, values: typeof coUnitOpinions.$inferInsert) {
  const [row] = await db.insert(coUnitOpinions).values(values).returning();
  return row!;
}

export async function listCoUnitOpinions(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      opinionId: coUnitOpinions.opinionId,
      unitId: coUnitOpinions.unitId,
      unitName: units.name,
      text: coUnitOpinions.text,
      submittedAt: coUnitOpinions.submittedAt,
    })
    .from(coUnitOpinions)
    .innerJoin(
      units,
      and(eq(units.bodyId, coUnitOpinions.bodyId), eq(units.unitId, coUnitOpinions.unitId)),
    )
    .where(and(eq(coUnitOpinions.bodyId, bodyId), eq(coUnitOpinions.proposalId, proposalId)))
    .orderBy(asc(coUnitOpinions.submittedAt));
}

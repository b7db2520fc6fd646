import { and, asc, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  proposals,
  reportTargets,
  sessions,
  targetEvidence,
  targetProgress,
  targetProposals,
  targetUnits,
  units,
  users,
  workReports,
} from '../../db/schema/index.js';

export type TargetRow = typeof reportTargets.$inferSelect;
export type ProgressRow = typeof targetProgress.$inferSelect;

export async function findReportByYear(db: DbOrTx, bodyId: string, year: number) {
  const [row] = await db
    .select({ reportId: workReports.reportId })
    .from(workReports)
    .where(and(eq(workReports.bodyId, bodyId), eq(workReports.year, year)));
  return row;
}

export async function findReport(db: DbOrTx, bodyId: string, reportId: string) {
  const [row] = await db
    .select({ reportId: workReports.reportId, year: workReports.year })
    .from(workReports)
    .where(and(eq(workReports.bodyId, bodyId), eq(workReports.reportId, reportId)));
  return row;
}

export async function insertReport(db: DbOrTx, values: typeof workReports.$inferInsert) {
  const [row] = await db.insert(workReports).values(values).returning({
    reportId: workReports.reportId,
    year: workReports.year,
    title: workReports.title,
  });
  return row!;
}

export async function insertTargets(db: DbOrTx, values: (typeof reportTargets.$inferInsert)[]) {
  if (!values.length) {
    return [];
  }
  return db.insert(reportTargets).values(values).returning();
}

/** The body's reports, newest first, with how many targets are in each review status. */
export async function listReports(db: DbOrTx, bodyId: string) {
  const reports = await db
    .select({
      reportId: workReports.reportId,
      year: workReports.year,
      title: workReports.title,
      importedAt: workReports.importedAt,
    })
    .from(workReports)
    .where(eq(workReports.bodyId, bodyId))
    .orderBy(desc(workReports.year));
  const counts = await db
    .select({ reportId: reportTargets.reportId, status: reportTargets.status, n: count() })
    .from(reportTargets)
    .where(eq(reportTargets.bodyId, bodyId))
    .groupBy(reportTargets.reportId, reportTargets.status);
  return { reports, counts };
}

export async function nextPosition(db: DbOrTx, bodyId: string, reportId: string) {
  const [row] = await db
    .select({ last: max(reportTargets.position) })
    .from(reportTargets)
    .where(and(eq(reportTargets.bodyId, bodyId), eq(reportTargets.reportId, reportId)));
  return (row?.last ?? -1) + 1;
}

/** Targets of the body, optionally of one report, in one status, or assigned to one unit. */
export async function listTargets(
  db: DbOrTx,
  bodyId: string,
  filter: { reportId?: string; statuses?: TargetRow['status'][]; unitId?: string },
) {
  const conditions = [eq(reportTargets.bodyId, bodyId)];
  if (filter.reportId) {
    conditions.push(eq(reportTargets.reportId, filter.reportId));
  }
  if (filter.statuses) {
    conditions.push(inArray(reportTargets.status, filter.statuses));
  }
  if (filter.unitId) {
    conditions.push(
      sql`exists (select 1 from ${targetUnits} where ${targetUnits.bodyId} = ${reportTargets.bodyId} and ${targetUnits.targetId} = ${reportTargets.targetId} and ${targetUnits.unitId} = ${filter.unitId})`,
    );
  }
  return db
    .select()
    .from(reportTargets)
    .where(and(...conditions))
    .orderBy(desc(reportTargets.year), asc(reportTargets.position));
}

export async function findTarget(
  db: DbOrTx,
  bodyId: string,
  targetId: string,
  opts: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(reportTargets)
    .where(and(eq(reportTargets.bodyId, bodyId), eq(reportTargets.targetId, targetId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  return row;
}

export async function updateTarget(
  db: DbOrTx,
  bodyId: string,
  targetId: string,
  values: Partial<typeof reportTargets.$inferInsert>,
) {
  const [row] = await db
    .update(reportTargets)
    .set(values)
    .where(and(eq(reportTargets.bodyId, bodyId), eq(reportTargets.targetId, targetId)))
    .returning();
  return row!;
}

/** The units of the given targets, lead first. */
export async function unitsOfTargets(db: DbOrTx, bodyId: string, targetIds: string[]) {
  if (!targetIds.length) {
    return [];
  }
  return db
    .select({
      targetId: targetUnits.targetId,
      unitId: targetUnits.unitId,
      isLead: targetUnits.isLead,
      name: units.name,
    })
    .from(targetUnits)
    .innerJoin(
      units,
      and(eq(units.bodyId, targetUnits.bodyId), eq(units.unitId, targetUnits.unitId)),
    )
    .where(and(eq(targetUnits.bodyId, bodyId), inArray(targetUnits.targetId, targetIds)))
    .orderBy(desc(targetUnits.isLead), asc(units.sortOrder), asc(units.name));
}

export async function activeUnitsIn(db: DbOrTx, bodyId: string, unitIds: string[]) {
  return db
    .select({ unitId: units.unitId })
    .from(units)
    .where(and(eq(units.bodyId, bodyId), eq(units.active, true), inArray(units.unitId, unitIds)));
}

export async function replaceTargetUnits(
  db: DbOrTx,
  bodyId: string,
  targetId: string,
  rows: { unitId: string; isLead: boolean }[],
) {
  await db
    .delete(targetUnits)
    .where(and(eq(targetUnits.bodyId, bodyId), eq(targetUnits.targetId, targetId)));
  await db.insert(targetUnits).values(rows.map((r) => ({ bodyId, targetId, ...r })));
}

/** Progress reports of the given targets (optionally of one unit), newest quarter first. */
export async function progressOfTargets(
  db: DbOrTx,
  bodyId: string,
  targetIds: string[],
  unitId?: string,
) {
  if (!targetIds.length) {
    return [];
  }
  const conditions = [
    eq(targetProgress.bodyId, bodyId),
    inArray(targetProgress.targetId, targetIds),
  ];
  if (unitId) {
    conditions.push(eq(targetProgress.unitId, unitId));
  }
  return db
    .select({
      progress: targetProgress,
      unitName: units.name,
      isLead: sql<boolean>`coalesce(${targetUnits.isLead}, false)`,
      reportedByName: users.displayName,
    })
    .from(targetProgress)
    .innerJoin(
      units,
      and(eq(units.bodyId, targetProgress.bodyId), eq(units.unitId, targetProgress.unitId)),
    )
    .innerJoin(
      users,
      and(eq(users.bodyId, targetProgress.bodyId), eq(users.userId, targetProgress.reportedBy)),
    )
    .leftJoin(
      targetUnits,
      and(
        eq(targetUnits.bodyId, targetProgress.bodyId),
        eq(targetUnits.targetId, targetProgress.targetId),
        eq(targetUnits.unitId, targetProgress.unitId),
      ),
    )
    .where(and(...conditions))
    .orderBy(
      desc(targetProgress.year),
      desc(targetProgress.quarter),
      desc(sql`coalesce(${targetUnits.isLead}, false)`),
      desc(targetProgress.updatedAt),
    );
}

export async function findProgressOfQuarter(
  db: DbOrTx,
  key: { bodyId: string; targetId: string; unitId: string; year: number; quarter: number },
) {
  const [row] = await db
    .select()
    .from(targetProgress)
    .where(
      and(
        eq(targetProgress.bodyId, key.bodyId),
        eq(targetProgress.targetId, key.targetId),
        eq(targetProgress.unitId, key.unitId),
        eq(targetProgress.year, key.year),
        eq(targetProgress.quarter, key.quarter),
      ),
    );
  return row;
}

export async function findProgress(db: DbOrTx, bodyId: string, progressId: string) {
  const [row] = await db
    .select()
    .from(targetProgress)
    .where(and(eq(targetProgress.bodyId, bodyId), eq(targetProgress.progressId, progressId)));
  return row;
}

export async function insertProgress(db: DbOrTx, values: typeof targetProgress.$inferInsert) {
  const [row] = await db.insert(targetProgress).values(values).returning();
  return row!;
}

export async function updateProgress(
  db: DbOrTx,
  bodyId: string,
  progressId: string,
  values: Partial<typeof targetProgress.$inferInsert>,
) {
  const [row] = await db
    .update(targetProgress)
    .set(values)
    .where(and(eq(targetProgress.bodyId, bodyId), eq(targetProgress.progressId, progressId)))
    .returning();
  return row!;
}

export async function insertEvidence(db: DbOrTx, values: typeof targetEvidence.$inferInsert) {
  const [row] = await db
    .insert(targetEvidence)
    .values(values)
    .returning({ evidenceId: targetEvidence.evidenceId });
  return row!;
}

/** Evidence metadata of the given progress reports; the bytes are read on download. */
export async function evidenceOf(db: DbOrTx, bodyId: string, progressIds: string[]) {
  if (!progressIds.length) {
    return [];
  }
  return db
    .select({
      evidenceId: targetEvidence.evidenceId,
      progressId: targetEvidence.progressId,
      filename: targetEvidence.filename,
      mimeType: targetEvidence.mimeType,
      sizeBytes: targetEvidence.sizeBytes,
      uploadedAt: targetEvidence.uploadedAt,
    })
    .from(targetEvidence)
    .where(and(eq(targetEvidence.bodyId, bodyId), inArray(targetEvidence.progressId, progressIds)))
    .orderBy(asc(targetEvidence.uploadedAt));
}

export async function findEvidence(db: DbOrTx, bodyId: string, evidenceId: string) {
  const [row] = await db
    .select({ evidence: targetEvidence, targetId: targetProgress.targetId })
    .from(targetEvidence)
    .innerJoin(
      targetProgress,
      and(
        eq(targetProgress.bodyId, targetEvidence.bodyId),
        eq(targetProgress.progressId, targetEvidence.progressId),
      ),
    )
    .where(and(eq(targetEvidence.bodyId, bodyId), eq(targetEvidence.evidenceId, evidenceId)));
  return row;
}

export async function linkProposal(db: DbOrTx, values: typeof targetProposals.$inferInsert) {
  await db.insert(targetProposals).values(values);
}

/** Proposals raised about a target (all of them, or those one user raised). */
export async function proposalsOfTarget(
  db: DbOrTx,
  bodyId: string,
  targetId: string,
  raisedBy?: string,
) {
  const conditions = [eq(targetProposals.bodyId, bodyId), eq(targetProposals.targetId, targetId)];
  if (raisedBy) {
    conditions.push(eq(targetProposals.raisedBy, raisedBy));
  }
  return db
    .select({
      proposalId: proposals.proposalId,
      title: proposals.title,
      state: proposals.state,
      raisedAt: targetProposals.createdAt,
    })
    .from(targetProposals)
    .innerJoin(
      proposals,
      and(
        eq(proposals.bodyId, targetProposals.bodyId),
        eq(proposals.proposalId, targetProposals.proposalId),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(targetProposals.createdAt));
}

/** The session a proposal raised about a target goes to when none is named: the latest one. */
export async function latestSession(db: DbOrTx, bodyId: string) {
  const [row] = await db
    .select({ sessionId: sessions.sessionId })
    .from(sessions)
    .where(eq(sessions.bodyId, bodyId))
    .orderBy(desc(sessions.submissionDeadline))
    .limit(1);
  return row;
}

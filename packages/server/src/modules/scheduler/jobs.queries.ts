import { and, asc, eq, gt, inArray, isNotNull, lte, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { assignments, coUnitOpinions, jobs, objections, proposals } from '../../db/schema/index.js';

export type NewJob = Omit<typeof jobs.$inferInsert, 'jobId'>;

/** Schedules a job once: a second enqueue with the same dedupe key does nothing. */
export async function enqueue(db: DbOrTx, job: NewJob): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values(job)
    .onConflictDoNothing()
    .returning({ jobId: jobs.jobId });
  return rows.length === 1;
}

/** Takes the next due job, skipping any another process is working on. */
export async function claimNext(db: DbOrTx, now: Date) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.state, 'pending'), lte(jobs.runAt, now)))
    .orderBy(asc(jobs.runAt))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function finish(db: DbOrTx, job: { bodyId: string; jobId: string }, now: Date) {
  await db
    .update(jobs)
    .set({ state: 'done', doneAt: now, attempts: sql`${jobs.attempts} + 1` })
    .where(and(eq(jobs.bodyId, job.bodyId), eq(jobs.jobId, job.jobId)));
}

export async function fail(
  db: DbOrTx,
  job: { bodyId: string; jobId: string; attempts: number },
  error: string,
  retryAt: Date,
) {
  await db
    .update(jobs)
    .set({
      attempts: job.attempts + 1,
      lastError: error.slice(0, 2000),
      runAt: retryAt,
      state: job.attempts + 1 >= 5 ? 'failed' : 'pending',
    })
    .where(and(eq(jobs.bodyId, job.bodyId), eq(jobs.jobId, job.jobId)));
}

/** Proposals a unit still has to answer, with their deadline: what reminders are about. */
export async function openDeadlines(db: DbOrTx) {
  return db
    .select({
      bodyId: proposals.bodyId,
      proposalId: proposals.proposalId,
      title: proposals.title,
      replyDueAt: proposals.replyDueAt,
      unitId: assignments.unitId,
    })
    .from(proposals)
    .innerJoin(
      assignments,
      and(
        eq(assignments.bodyId, proposals.bodyId),
        eq(assignments.proposalId, proposals.proposalId),
        eq(assignments.active, true),
        inArray(assignments.role, ['lead', 'separate']),
      ),
    )
    .where(
      and(
        inArray(proposals.state, ['assigned', 'handling', 'rehandling']),
        sql`${proposals.replyDueAt} IS NOT NULL`,
      ),
    );
}

export async function listJobs(db: DbOrTx, bodyId: string) {
  return db.select().from(jobs).where(eq(jobs.bodyId, bodyId)).orderBy(asc(jobs.createdAt));
}

/** Proposals waiting for the proposer's verdict, and since when (the reply moved them to replied). */
export async function awaitingFeedback(db: DbOrTx) {
  return db
    .select({
      bodyId: proposals.bodyId,
      proposalId: proposals.proposalId,
      since: proposals.updatedAt,
    })
    .from(proposals)
    .where(eq(proposals.state, 'replied'));
}

const onProposal = and(
  eq(proposals.bodyId, assignments.bodyId),
  eq(proposals.proposalId, assignments.proposalId),
);

/** Co-handling units that still owe the lead unit their opinion, with its deadline. */
export async function openCoOpinionDeadlines(db: DbOrTx) {
  return db
    .select({
      bodyId: assignments.bodyId,
      proposalId: assignments.proposalId,
      title: proposals.title,
      dueAt: assignments.dueAt,
      unitId: assignments.unitId,
    })
    .from(assignments)
    .innerJoin(proposals, onProposal)
    .where(
      and(
        eq(assignments.active, true),
        eq(assignments.role, 'co'),
        isNotNull(assignments.dueAt),
        inArray(proposals.state, ['assigned', 'handling', 'rehandling']),
        notExists(
          db
            .select({ one: sql`1` })
            .from(coUnitOpinions)
            .where(
              and(
                eq(coUnitOpinions.bodyId, assignments.bodyId),
                eq(coUnitOpinions.proposalId, assignments.proposalId),
                eq(coUnitOpinions.unitId, assignments.unitId),
              ),
            ),
        ),
      ),
    );
}

/** Objection windows still open (and not used) at `now`. */
export async function openObjectionWindows(db: DbOrTx, now: Date) {
  return db
    .select({
      bodyId: assignments.bodyId,
      proposalId: assignments.proposalId,
      title: proposals.title,
      dueAt: assignments.objectionDueAt,
      unitId: assignments.unitId,
    })
    .from(assignments)
    .innerJoin(proposals, onProposal)
    .where(
      and(
        eq(assignments.active, true),
        gt(assignments.objectionDueAt, now),
        inArray(proposals.state, ['assigned', 'handling']),
        notExists(
          db
            .select({ one: sql`1` })
            .from(objections)
            .where(
              and(
                eq(objections.bodyId, assignments.bodyId),
                eq(objections.assignmentId, assignments.assignmentId),
              ),
            ),
        ),
      ),
    );
}

import type { DbOrTx } from '../../db/database.js';
import { findBody } from '../admin/bodies.queries.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import {
  insertNotifications,
  staffUsers,
  unitUsers,
} from '../notifications/notifications.queries.js';
import { giveFeedback } from '../replies/replies.service.js';
import { systemActor } from '../auth/actor.js';
import { loadConfig } from '../../config.js';
import { policyFor } from '../deadlines/deadline-policy.js';
import { awaitingFeedback, enqueue, openDeadlines } from './jobs.queries.js';

/** Reminders before a reply deadline, in working days (the default of most bodies). */
export const REMINDER_STEPS = [7, 3, 1] as const;

interface DeadlinePayload {
  proposalId: string;
  unitId: string;
  title: string;
  dueAt: string;
  daysLeft?: number;
  [key: string]: unknown;
}

/**
 * Looks at every open reply deadline and schedules what is due: the reminder of the nearest step
 * the deadline is within, or the escalation once it has passed. Dedupe keys name the deadline and
 * the step, so each reminder exists once however often this runs, and a server that was down
 * catches up with the one reminder that still matters rather than a burst of stale ones.
 */
export async function sweepDeadlines(db: DbOrTx, now: Date): Promise<number> {
  let scheduled = 0;
  for (const d of await openDeadlines(db)) {
    const due = d.replyDueAt!;
    const base = {
      proposalId: d.proposalId,
      unitId: d.unitId,
      title: d.title,
      dueAt: due.toISOString(),
    };
    const key = `${d.proposalId}:${d.unitId}:${base.dueAt}`;
    if (now > due) {
      scheduled += Number(
        await enqueue(db, {
          bodyId: d.bodyId,
          kind: 'overdue',
          dedupeKey: `overdue:${key}`,
          runAt: now,
          payload: base,
        }),
      );
      continue;
    }
    const body = await findBody(db, d.bodyId);
    const left = calendarFor(body?.settings).workingDaysBetween(now, due);
    const step = [...REMINDER_STEPS].reverse().find((s) => left <= s);
    if (step !== undefined) {
      scheduled += Number(
        await enqueue(db, {
          bodyId: d.bodyId,
          kind: 'reminder',
          dedupeKey: `reminder:${key}:${step}`,
          runAt: now,
          payload: { ...base, daysLeft: left },
        }),
      );
    }
  }
  return scheduled;
}

/** Runs a reminder or escalation job: notifications to the unit (and, when overdue, its leader and staff). */
export async function runDeadlineJob(
  db: DbOrTx,
  job: { bodyId: string; kind: string; payload: Record<string, unknown> },
  now: Date,
) {
  const p = job.payload as DeadlinePayload;
  const overdue = job.kind === 'overdue';
  const recipients = overdue
    ? [
        ...(await unitUsers(db, job.bodyId, [p.unitId], true)),
        ...(await staffUsers(db, job.bodyId)),
      ]
    : await unitUsers(db, job.bodyId, [p.unitId]);
  const title = overdue
    ? `提案《${p.title}》已超过答复期限，请督促办理`
    : `提案《${p.title}》距答复期限还有${p.daysLeft ?? ''}个工作日`;
  await insertNotifications(
    db,
    [...new Set(recipients)].map((userId) => ({
      bodyId: job.bodyId,
      userId,
      kind: job.kind,
      title,
      proposalId: p.proposalId,
      createdAt: now,
    })),
  );
  await recordEvent(db, {
    bodyId: job.bodyId,
    proposalId: p.proposalId,
    entity: 'deadline',
    entityId: p.unitId,
    action: overdue ? 'overdue_escalation' : 'deadline_reminder',
    payload: { dueAt: p.dueAt, daysLeft: p.daysLeft ?? null, recipients: recipients.length },
    at: now,
  });
}

/** Schedules the default verdict for replies whose feedback window has lapsed. */
export async function sweepFeedbackWindows(db: DbOrTx, now: Date): Promise<number> {
  let scheduled = 0;
  for (const p of await awaitingFeedback(db)) {
    const body = await findBody(db, p.bodyId);
    const policy = policyFor(body?.settings);
    if (policy.feedbackDefault === 'none') {
      continue;
    }
    const closesAt = calendarFor(body?.settings).addWorkingDays(
      p.since,
      policy.feedbackWorkingDays,
    );
    if (now > closesAt) {
      scheduled += Number(
        await enqueue(db, {
          bodyId: p.bodyId,
          kind: 'feedback_window',
          dedupeKey: `feedback-window:${p.proposalId}:${p.since.toISOString()}`,
          runAt: now,
          payload: { proposalId: p.proposalId, verdict: policy.feedbackDefault },
        }),
      );
    }
  }
  return scheduled;
}

/** The feedback window lapsed: the platform records the body's default verdict (and says so). */
export async function runFeedbackWindowJob(
  db: DbOrTx,
  job: { bodyId: string; payload: Record<string, unknown> },
  now: Date,
) {
  const { proposalId, verdict } = job.payload as {
    proposalId: string;
    verdict: 'satisfied' | 'mostly_satisfied';
  };
  await giveFeedback(
    { db, now: () => now, config: loadConfig(), actor: systemActor(job.bodyId) },
    proposalId,
    { verdict, comment: '提案者未在规定期限内反馈，按规定视为满意' },
  );
}

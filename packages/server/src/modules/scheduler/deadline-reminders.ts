import { REMINDER_STEPS } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { findBody } from '../admin/bodies.queries.js';
import { calendarFor, policyOf } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import {
  insertNotifications,
  staffUsers,
  unitUsers,
} from '../notifications/notifications.queries.js';
import { giveFeedback } from '../replies/replies.service.js';
import { systemActor } from '../auth/actor.js';
import { loadConfig } from '../../config.js';
import {
  awaitingFeedback,
  enqueue,
  openCoOpinionDeadlines,
  openDeadlines,
  openObjectionWindows,
} from './jobs.queries.js';

/** The objection window is short (a week or two): reminders three days and one day before it closes. */
export const OBJECTION_STEPS = [3, 1] as const;

/** Which deadline a reminder is about: the reply, a co-handling unit's opinion, the objection window. */
export type DeadlineKind = 'reply' | 'co_opinion' | 'objection';

interface DeadlinePayload {
  proposalId: string;
  unitId: string;
  title: string;
  dueAt: string;
  daysLeft?: number;
  /** Absent on jobs scheduled before co-opinion and objection reminders existed: a reply. */
  deadline?: DeadlineKind;
  [key: string]: unknown;
}

interface OpenDeadline {
  bodyId: string;
  proposalId: string;
  unitId: string;
  title: string;
  dueAt: Date;
}

/**
 * Looks at every open deadline and schedules what is due: the reminder of the nearest step the
 * deadline is within, or the escalation once it has passed. Dedupe keys name the deadline and
 * the step, so each reminder exists once however often this runs, and a server that was down
 * catches up with the one reminder that still matters rather than a burst of stale ones.
 */
export async function sweepDeadlines(db: DbOrTx, now: Date): Promise<number> {
  const replies = (await openDeadlines(db)).map((d) => ({ ...d, dueAt: d.replyDueAt! }));
  const opinions = (await openCoOpinionDeadlines(db)).map((d) => ({ ...d, dueAt: d.dueAt! }));
  const windows = (await openObjectionWindows(db, now)).map((d) => ({ ...d, dueAt: d.dueAt! }));
  return (
    (await sweep(db, now, 'reply', replies, REMINDER_STEPS, true)) +
    (await sweep(db, now, 'co_opinion', opinions, REMINDER_STEPS, true)) +
    // A lapsed objection window needs no escalation: the assignment simply stands.
    (await sweep(db, now, 'objection', windows, OBJECTION_STEPS, false))
  );
}

async function sweep(
  db: DbOrTx,
  now: Date,
  deadline: DeadlineKind,
  open: OpenDeadline[],
  steps: readonly number[],
  escalate: boolean,
): Promise<number> {
  let scheduled = 0;
  // Reply keys keep their original form so that reminders already sent are not sent again.
  const prefix = deadline === 'reply' ? '' : `${deadline}:`;
  for (const d of open) {
    const base = {
      proposalId: d.proposalId,
      unitId: d.unitId,
      title: d.title,
      dueAt: d.dueAt.toISOString(),
      deadline,
    };
    const key = `${prefix}${d.proposalId}:${d.unitId}:${base.dueAt}`;
    if (now > d.dueAt) {
      if (escalate) {
        scheduled += Number(
          await enqueue(db, {
            bodyId: d.bodyId,
            kind: 'overdue',
            dedupeKey: `overdue:${key}`,
            runAt: now,
            payload: base,
          }),
        );
      }
      continue;
    }
    const body = await findBody(db, d.bodyId);
    const left = calendarFor(body?.settings).workingDaysBetween(now, d.dueAt);
    const step = [...steps].reverse().find((s) => left <= s);
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

function notificationTitle(p: DeadlinePayload, overdue: boolean): string {
  const item = `提案《${p.title}》`;
  switch (p.deadline ?? 'reply') {
    case 'co_opinion':
      return overdue
        ? `${item}的会办意见已超过期限，请督促办理`
        : `${item}的会办意见距期限还有${p.daysLeft ?? ''}个工作日，请及时送主办单位`;
    case 'objection':
      return `${item}的异议期还有${p.daysLeft ?? ''}个工作日截止`;
    case 'reply':
      return overdue
        ? `${item}已超过答复期限，请督促办理`
        : `${item}距答复期限还有${p.daysLeft ?? ''}个工作日`;
  }
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
  const title = notificationTitle(p, overdue);
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
    payload: {
      deadline: p.deadline ?? 'reply',
      dueAt: p.dueAt,
      daysLeft: p.daysLeft ?? null,
      recipients: recipients.length,
    },
    at: now,
  });
}

/** Schedules the default verdict for replies whose feedback window has lapsed. */
export async function sweepFeedbackWindows(db: DbOrTx, now: Date): Promise<number> {
  let scheduled = 0;
  for (const p of await awaitingFeedback(db)) {
    const body = await findBody(db, p.bodyId);
    const policy = policyOf(body);
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

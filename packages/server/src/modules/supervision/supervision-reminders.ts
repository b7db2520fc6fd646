import { SUPERVISION_STAGE_LABELS, type SupervisionStage } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { findBody } from '../admin/bodies.queries.js';
import { CalendarNotCoveredError, type WorkingCalendar } from '../deadlines/calendar/index.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import {
  insertNotifications,
  staffUsers,
  unitUsers,
} from '../notifications/notifications.queries.js';
import { enqueue } from '../scheduler/jobs.queries.js';
import { stagesOf } from './supervision-stages.js';
import { openItems } from './supervision.queries.js';

interface StagePayload {
  itemId: string;
  proposalId: string | null;
  title: string;
  stage: SupervisionStage;
  dueAt: string;
  daysLeft?: number;
  unitIds: string[];
  leaderUserId: string | null;
  [key: string]: unknown;
}

/**
 * Schedules what the open supervised items call for: for each stage not yet done, the reminder of
 * the nearest step of its profile, or the escalation once it has passed. The dedupe key names the
 * item, the stage, its deadline and the step, so each happens once per stage however often this
 * runs (a returned item's new settle deadline is a new key). Steps as long as the stage itself are
 * skipped: a one-day stage is not reminded of the moment it is assigned.
 */
export async function sweepSupervision(db: DbOrTx, now: Date): Promise<number> {
  let scheduled = 0;
  for (const { item, unitIds } of await openItems(db)) {
    const body = await findBody(db, item.bodyId);
    const calendar = calendarFor(body?.settings);
    for (const stage of stagesOf(item, now)) {
      if (stage.doneAt) {
        continue;
      }
      const payload: StagePayload = {
        itemId: item.itemId,
        proposalId: item.proposalId,
        title: item.title,
        stage: stage.stage,
        dueAt: stage.dueAt.toISOString(),
        unitIds,
        leaderUserId: item.leaderUserId,
      };
      const key = `supervision:${item.itemId}:${stage.stage}:${payload.dueAt}`;
      if (stage.status === 'overdue') {
        scheduled += Number(
          await enqueue(db, {
            bodyId: item.bodyId,
            kind: 'supervision_overdue',
            dedupeKey: `overdue:${key}`,
            runAt: now,
            payload,
          }),
        );
        continue;
      }
      const counted = workingDaysOf(calendar, item.assignedAt, now, stage.dueAt);
      if (!counted) {
        continue;
      }
      const { length, left } = counted;
      const step = [...item.deadlineRule.remindWorkingDays]
        .filter((s) => s < length)
        .sort((a, b) => a - b)
        .find((s) => left <= s);
      if (step !== undefined) {
        scheduled += Number(
          await enqueue(db, {
            bodyId: item.bodyId,
            kind: 'supervision_reminder',
            dedupeKey: `reminder:${key}:${step}`,
            runAt: now,
            payload: { ...payload, daysLeft: left },
          }),
        );
      }
    }
  }
  return scheduled;
}

/**
 * The stage's length and the working days left, or nothing when the calendar has no data for a
 * year in between (a timetable years ahead): that stage gets no reminder yet, and the sweep of
 * every other item goes on.
 */
function workingDaysOf(calendar: WorkingCalendar, start: Date, now: Date, due: Date) {
  try {
    return {
      length: calendar.workingDaysBetween(start, due),
      left: calendar.workingDaysBetween(now, due),
    };
  } catch (err) {
    if (err instanceof CalendarNotCoveredError) {
      return undefined;
    }
    throw err;
  }
}

function title(p: StagePayload, overdue: boolean) {
  const stage = SUPERVISION_STAGE_LABELS[p.stage].zh;
  const item = `督办事项《${p.title}》`;
  if (overdue) {
    return `${item}未按时${stage}，已超过期限，请督促办理`;
  }
  return p.daysLeft === 0
    ? `${item}今日须完成${stage}`
    : `${item}距${stage}期限还有${p.daysLeft ?? ''}个工作日`;
}

/**
 * A reminder goes to the item's units; an escalation to their leaders, the office's staff and the
 * item's supervising leader.
 */
export async function runSupervisionJob(
  db: DbOrTx,
  job: { bodyId: string; kind: string; payload: Record<string, unknown> },
  now: Date,
) {
  const p = job.payload as StagePayload;
  const overdue = job.kind === 'supervision_overdue';
  const recipients = overdue
    ? [
        ...(await unitUsers(db, job.bodyId, p.unitIds, true)),
        ...(await staffUsers(db, job.bodyId)),
        ...(p.leaderUserId ? [p.leaderUserId] : []),
      ]
    : await unitUsers(db, job.bodyId, p.unitIds);
  const unique = [...new Set(recipients)];
  await insertNotifications(
    db,
    unique.map((userId) => ({
      bodyId: job.bodyId,
      userId,
      kind: job.kind,
      title: title(p, overdue),
      proposalId: p.proposalId,
      createdAt: now,
    })),
  );
  await recordEvent(db, {
    bodyId: job.bodyId,
    proposalId: p.proposalId,
    entity: 'supervision_item',
    entityId: p.itemId,
    action: overdue ? 'supervision_overdue_escalation' : 'supervision_reminder',
    payload: {
      stage: p.stage,
      dueAt: p.dueAt,
      daysLeft: p.daysLeft ?? null,
      recipients: unique.length,
    },
    at: now,
  });
}

import type { BodySettings } from '../../db/schema/bodies.js';
import { WorkingCalendar } from './calendar/index.js';

/**
 * The deadline rules of a body, with the defaults of the national rules (domain.md). They are
 * data: a body changes them in its settings, never in code.
 */
export interface DeadlinePolicy {
  /** Working days after assignment in which a unit may object (异议). */
  objectionWindowWorkingDays: number;
  /** Calendar months from assignment to the reply deadline. */
  replyMonths: number;
  /** Calendar months from a dissatisfied verdict to the rehandling deadline. */
  rehandlingMonths: number;
  /** The most a reply may take with approved extensions, in months from assignment. */
  maxReplyMonths: number;
  /** Working days the proposer has to give a verdict on a reply. */
  feedbackWorkingDays: number;
  /** What no answer within the window counts as; 'none' leaves the proposal waiting. */
  feedbackDefault: 'satisfied' | 'mostly_satisfied' | 'none';
}

export const DEFAULT_POLICY: DeadlinePolicy = {
  objectionWindowWorkingDays: 10,
  replyMonths: 3,
  rehandlingMonths: 1,
  maxReplyMonths: 6,
  feedbackWorkingDays: 15,
  feedbackDefault: 'satisfied',
};

export function policyFor(settings: BodySettings | undefined): DeadlinePolicy {
  return {
    objectionWindowWorkingDays:
      settings?.objectionWindowDays ?? DEFAULT_POLICY.objectionWindowWorkingDays,
    replyMonths: settings?.replyMonths ?? DEFAULT_POLICY.replyMonths,
    rehandlingMonths: settings?.rehandlingMonths ?? DEFAULT_POLICY.rehandlingMonths,
    maxReplyMonths: settings?.maxReplyMonths ?? DEFAULT_POLICY.maxReplyMonths,
    feedbackWorkingDays: settings?.feedbackWorkingDays ?? DEFAULT_POLICY.feedbackWorkingDays,
    feedbackDefault: settings?.feedbackDefault ?? DEFAULT_POLICY.feedbackDefault,
  };
}

const calendars = new Map<string, WorkingCalendar>();
/** The official calendar with the body's own edits (built once per distinct set of edits). */
export function calendarFor(settings: BodySettings | undefined): WorkingCalendar {
  const overrides = settings?.calendar ?? { holidays: [], makeupWorkdays: [] };
  const key = JSON.stringify(overrides);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new WorkingCalendar(overrides);
    calendars.set(key, calendar);
  }
  return calendar;
}

export function assignmentDeadlines(settings: BodySettings | undefined, assignedAt: Date) {
  const policy = policyFor(settings);
  const calendar = calendarFor(settings);
  return {
    replyDueAt: calendar.addCalendarMonths(assignedAt, policy.replyMonths),
    objectionDueAt: calendar.addWorkingDays(assignedAt, policy.objectionWindowWorkingDays),
    /** Stored with the assignment: the rule these deadlines were computed with. */
    rule: {
      reply: { months: policy.replyMonths, from: 'assignment' },
      objection: { workingDays: policy.objectionWindowWorkingDays, calendar: 'official' },
      maxReplyMonths: policy.maxReplyMonths,
    },
  };
}

export function rehandlingDeadline(settings: BodySettings | undefined, openedAt: Date) {
  return calendarFor(settings).addCalendarMonths(openedAt, policyFor(settings).rehandlingMonths);
}

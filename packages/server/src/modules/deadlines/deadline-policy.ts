import type { BodySettings } from '../../db/schema/bodies.js';

/** 政协 bodies handle proposals (提案); people's congresses handle suggestions (建议). */
export type BodyKind = 'cppcc' | 'npc';
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
  /** Calendar months from assignment in which a co-handling unit sends its opinion to the lead unit. */
  coOpinionMonths: number;
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
  coOpinionMonths: 1,
  rehandlingMonths: 1,
  maxReplyMonths: 6,
  feedbackWorkingDays: 15,
  feedbackDefault: 'satisfied',
};

/**
 * Defaults per kind of body (domain.md): CPPCC committees commonly give units 10 working days to
 * object to a proposal's assignment; people's congresses commonly one week (5 working days) for a
 * suggestion. Everything else starts from the national defaults; each body overrides in its settings.
 */
export const DEFAULT_POLICIES: Record<BodyKind, DeadlinePolicy> = {
  cppcc: DEFAULT_POLICY,
  npc: { ...DEFAULT_POLICY, objectionWindowWorkingDays: 5 },
};

export function policyFor(
  settings: BodySettings | undefined,
  kind: BodyKind = 'cppcc',
): DeadlinePolicy {
  const d = DEFAULT_POLICIES[kind];
  return {
    objectionWindowWorkingDays: settings?.objectionWindowDays ?? d.objectionWindowWorkingDays,
    replyMonths: settings?.replyMonths ?? d.replyMonths,
    coOpinionMonths: settings?.coOpinionMonths ?? d.coOpinionMonths,
    rehandlingMonths: settings?.rehandlingMonths ?? d.rehandlingMonths,
    maxReplyMonths: settings?.maxReplyMonths ?? d.maxReplyMonths,
    feedbackWorkingDays: settings?.feedbackWorkingDays ?? d.feedbackWorkingDays,
    feedbackDefault: settings?.feedbackDefault ?? d.feedbackDefault,
  };
}

/** A body row as far as deadlines care: its kind and its settings. */
export interface PolicySource {
  kind: BodyKind;
  settings: BodySettings;
}

export function policyOf(body: PolicySource | undefined): DeadlinePolicy {
  return policyFor(body?.settings, body?.kind);
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

export function assignmentDeadlines(body: PolicySource | undefined, assignedAt: Date) {
  const policy = policyOf(body);
  const calendar = calendarFor(body?.settings);
  return {
    replyDueAt: calendar.addCalendarMonths(assignedAt, policy.replyMonths),
    coOpinionDueAt: calendar.addCalendarMonths(assignedAt, policy.coOpinionMonths),
    objectionDueAt: calendar.addWorkingDays(assignedAt, policy.objectionWindowWorkingDays),
    /** Stored with the assignment: the rule these deadlines were computed with. */
    rule: {
      reply: { months: policy.replyMonths, from: 'assignment' },
      coOpinion: { months: policy.coOpinionMonths, from: 'assignment' },
      objection: { workingDays: policy.objectionWindowWorkingDays, calendar: 'official' },
      maxReplyMonths: policy.maxReplyMonths,
    },
  };
}

/** The extension ceiling stored with an assignment's rule, if it has one. */
export function ruleMaxReplyMonths(rule: Record<string, unknown> | null): number | undefined {
  const value = rule?.maxReplyMonths;
  return typeof value === 'number' ? value : undefined;
}

/**
 * The latest a reply may come with extensions: the ceiling the assignment's deadline was started
 * with (6 months from assignment by default), not whatever the policy says today.
 */
export function extensionCeiling(
  body: PolicySource | undefined,
  assignment: { assignedAt: Date; deadlineRule: Record<string, unknown> | null },
) {
  const maxMonths = ruleMaxReplyMonths(assignment.deadlineRule) ?? policyOf(body).maxReplyMonths;
  return {
    maxMonths,
    ceilingAt: calendarFor(body?.settings).addCalendarMonths(assignment.assignedAt, maxMonths),
  };
}

export function rehandlingDeadline(body: PolicySource | undefined, openedAt: Date) {
  return calendarFor(body?.settings).addCalendarMonths(openedAt, policyOf(body).rehandlingMonths);
}

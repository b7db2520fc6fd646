import type { ProposalState } from './proposal-lifecycle.js';

/** The states in which a proposal's reply deadline runs (from assignment until the reply). */
export const REPLY_DEADLINE_STATES: readonly ProposalState[] = [
  'assigned',
  'handling',
  'rehandling',
];

/**
 * How far a running deadline is, as the server counts it on the body's working-day calendar.
 * The colours are the offices' escalation colours (domain.md): green while there is time, yellow
 * once the first reminder is due, red once the deadline has passed.
 */
export type DeadlineLevel = 'green' | 'yellow' | 'red';

export interface DeadlineCountdown {
  /** The moment the deadline ends (ISO 8601). */
  dueAt: string;
  /** Working days from today to the deadline's day (0: due today); negative once it has passed. */
  workingDaysLeft: number;
  overdue: boolean;
  level: DeadlineLevel;
}

/** Working days before a deadline at which reminders go out (the first one turns the badge yellow). */
export const REMINDER_STEPS = [7, 3, 1] as const;

export function deadlineLevel(workingDaysLeft: number, overdue: boolean): DeadlineLevel {
  if (overdue) {
    return 'red';
  }
  return workingDaysLeft <= REMINDER_STEPS[0] ? 'yellow' : 'green';
}

import { deadlineLevel, type DeadlineCountdown } from '@jianyan/shared';
import type { WorkingCalendar } from './calendar/index.js';

/**
 * The countdown to a running deadline on a body's calendar: what list and detail answers carry,
 * so the browser shows working days without a copy of the calendar. A year the calendar does not
 * cover yet counts calendar days rather than failing the whole list.
 */
export function countdown(calendar: WorkingCalendar, dueAt: Date, now: Date): DeadlineCountdown {
  const overdue = now > dueAt;
  let workingDaysLeft: number;
  try {
    workingDaysLeft = calendar.workingDaysBetween(now, dueAt);
  } catch {
    workingDaysLeft = Math.round((dueAt.getTime() - now.getTime()) / 86_400_000);
  }
  // Past a deadline that ended on a day off there may be no working day between (-0): say 0.
  workingDaysLeft = workingDaysLeft === 0 ? 0 : workingDaysLeft;
  return {
    dueAt: dueAt.toISOString(),
    workingDaysLeft,
    overdue,
    level: deadlineLevel(workingDaysLeft, overdue),
  };
}

/** The countdown when the deadline runs (a date and a running state), null otherwise. */
export function countdownIf(
  calendar: WorkingCalendar,
  dueAt: Date | null | undefined,
  running: boolean,
  now: Date,
): DeadlineCountdown | null {
  return running && dueAt ? countdown(calendar, dueAt, now) : null;
}

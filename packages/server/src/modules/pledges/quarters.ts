import {
  beijingWallClock,
  endOfLocalDay,
  fromBeijingWallClock,
  localDate,
} from '../../beijing-time.js';
import { CalendarNotCoveredError, type WorkingCalendar } from '../deadlines/calendar/index.js';

/**
 * Quarters in Beijing time and the window in which a unit reports its progress for one. Offices
 * write a quarter's report in the first days after it ends (the fourth quarter's in January), so a
 * quarter can be reported from its first day until PROGRESS_GRACE_WORKING_DAYS working days of the
 * body's calendar after its last day; the current quarter and the previous one (while its grace
 * lasts) are then both open, across the year boundary. Chosen over a lock set by staff: no extra
 * state.
 */
export interface Quarter {
  year: number;
  quarter: number;
}

/** Working days after a quarter's last day in which its report can still be written or corrected. */
export const PROGRESS_GRACE_WORKING_DAYS = 15;

const startOf = (year: number, quarter: number) =>
  fromBeijingWallClock(year, (quarter - 1) * 3 + 1, 1);

export function quarterBounds({ year, quarter }: Quarter): { start: Date; end: Date } {
  return {
    start: startOf(year, quarter),
    end: quarter === 4 ? startOf(year + 1, 1) : startOf(year, quarter + 1),
  };
}

/** The quarter an instant falls in, in Beijing. */
export function quarterOf(at: Date): Quarter {
  const local = beijingWallClock(at);
  return { year: local.getUTCFullYear(), quarter: Math.floor(local.getUTCMonth() / 3) + 1 };
}

/**
 * When a quarter's report can be written: from the quarter's first instant until the end of the
 * 15th working day after its last day. When the grace runs into a year the calendar has no
 * holiday data for yet (the State Council publishes it each November), the window ends with the
 * quarter's following month instead, rather than refusing every report.
 */
export function reportingWindow(
  q: Quarter,
  calendar: WorkingCalendar,
): { opensAt: Date; closesAt: Date } {
  const { start, end } = quarterBounds(q);
  const lastDay = new Date(end.getTime() - 1);
  try {
    return {
      opensAt: start,
      closesAt: calendar.addWorkingDays(lastDay, PROGRESS_GRACE_WORKING_DAYS),
    };
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) {
      throw e;
    }
    return { opensAt: start, closesAt: endOfFollowingMonth(q) };
  }
}

/** The end of the last day of the month after the quarter's last month. */
function endOfFollowingMonth({ year, quarter }: Quarter): Date {
  // The following month ends where the month after it (1-based, 14 = next year's February) begins.
  const month = quarter * 3 + 2;
  const firstOfThatMonth = fromBeijingWallClock(
    year + Math.floor((month - 1) / 12),
    ((month - 1) % 12) + 1,
    1,
  );
  return endOfLocalDay(localDate(new Date(firstOfThatMonth.getTime() - 1)));
}

export type QuarterWindow = 'not_started' | 'open' | 'closed';

export function quarterWindow(q: Quarter, now: Date, calendar: WorkingCalendar): QuarterWindow {
  const { opensAt, closesAt } = reportingWindow(q, calendar);
  return now < opensAt ? 'not_started' : now <= closesAt ? 'open' : 'closed';
}

export interface OpenQuarter extends Quarter {
  closesAt: Date;
}

/**
 * The quarters that can be reported now, earliest first: the current one and the previous one
 * while its grace lasts (of the given year only, when given: a target is for one year).
 */
export function openQuarters(now: Date, calendar: WorkingCalendar, year?: number): OpenQuarter[] {
  const thisYear = quarterOf(now).year;
  const candidates: Quarter[] = [];
  for (const y of [thisYear - 1, thisYear]) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (year === undefined || year === y) {
        candidates.push({ year: y, quarter });
      }
    }
  }
  return candidates
    .filter((q) => quarterWindow(q, now, calendar) === 'open')
    .map((q) => ({ ...q, closesAt: reportingWindow(q, calendar).closesAt }));
}

import { beijingWallClock, fromBeijingWallClock } from '../../beijing-time.js';

/**
 * Quarters in Beijing time. A unit's progress report for a quarter can be written once the quarter
 * has begun and stays editable until it ends (chosen over a lock set by staff: no extra state).
 */
export interface Quarter {
  year: number;
  quarter: number;
}

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

export type QuarterWindow = 'not_started' | 'open' | 'closed';

export function quarterWindow(q: Quarter, now: Date): QuarterWindow {
  const { start, end } = quarterBounds(q);
  return now < start ? 'not_started' : now < end ? 'open' : 'closed';
}

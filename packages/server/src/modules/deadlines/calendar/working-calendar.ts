import { endOfLocalDay, localDate } from '../../../beijing-time.js';
import { OFFICIAL_HOLIDAYS, type HolidayYear } from './official-holidays.js';

/** A body's own edits to the official calendar (an override wins over the official data). */
export interface CalendarOverrides {
  holidays: string[];
  makeupWorkdays: string[];
}

const DAY_MS = 86_400_000;

const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(
      `工作日历缺少 ${year} 年的节假日数据，请管理员补充 / The working-day calendar has no holiday data for ${year}; an administrator must add that year`,
    );
    this.name = 'CalendarNotCoveredError';
  }
}

export interface SkippedDay {
  date: string;
  reason: string;
}

export class WorkingCalendar {
  private readonly holidayNames = new Map<string, string>();
  private readonly makeup = new Set<string>();
  private readonly years = new Map<number, HolidayYear>();
  private readonly overrideHolidays: Set<string>;
  private readonly overrideWorkdays: Set<string>;

  constructor(
    overrides: CalendarOverrides = { holidays: [], makeupWorkdays: [] },
    data = OFFICIAL_HOLIDAYS,
  ) {
    for (const y of data) {
      this.years.set(y.year, y);
      for (const p of y.holidays) {
        for (let d = p.first; d <= p.last; d = shiftDate(d, 1)) {
          this.holidayNames.set(d, p.name);
        }
      }
      for (const d of y.makeupWorkdays) {
        this.makeup.add(d);
      }
    }
    this.overrideHolidays = new Set(overrides.holidays);
    this.overrideWorkdays = new Set(overrides.makeupWorkdays);
  }

  /** Whether the official data for a year is published and complete (not provisional). */
  isCovered(year: number): boolean {
    const y = this.years.get(year);
    return Boolean(y && !y.provisional);
  }

  /** Whether a Beijing local date is a working day; throws for a year without data. */
  isWorkingDay(date: string): boolean {
    if (this.overrideWorkdays.has(date)) {
      return true;
    }
    if (this.overrideHolidays.has(date)) {
      return false;
    }
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year)) {
      throw new CalendarNotCoveredError(year);
    }
    if (this.holidayNames.has(date)) {
      return false;
    }
    if (this.makeup.has(date)) {
      return true;
    }
    const day = weekday(date);
    return day !== 0 && day !== 6;
  }

  private reasonOff(date: string): string {
    if (this.overrideHolidays.has(date)) {
      return '本地节假日';
    }
    return this.holidayNames.get(date) ?? (weekday(date) === 0 ? '星期日' : '星期六');
  }

  /**
   * The end of the Nth working day after the instant's local date (that day itself does not
   * count): what "within N working days" means in the rules.
   */
  addWorkingDays(from: Date, n: number): Date {
    return this.explain(from, n).due;
  }

  /** addWorkingDays, and which days it skipped and why (offices ask to see the holidays counted). */
  explain(from: Date, n: number): { due: Date; skipped: SkippedDay[] } {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    }
    let date = localDate(from);
    const skipped: SkippedDay[] = [];
    for (let counted = 0; counted < n;) {
      date = shiftDate(date, 1);
      if (this.isWorkingDay(date)) {
        counted += 1;
      } else {
        skipped.push({ date, reason: this.reasonOff(date) });
      }
    }
    return { due: endOfLocalDay(date), skipped };
  }

  /**
   * The end of the same day of the month N months later (clamped to the month's last day:
   * 31 January + 1 month is 28 or 29 February). Rules in months are calendar rules: the result is
   * not moved off a holiday unless the body asks for it.
   */
  addCalendarMonths(from: Date, n: number, opts: { rollForwardToWorkingDay?: boolean } = {}): Date {
    const [y, m, d] = localDate(from).split('-').map(Number) as [number, number, number];
    const monthIndex = m - 1 + n;
    const targetYear = y + Math.floor(monthIndex / 12);
    const targetMonth = ((monthIndex % 12) + 12) % 12;
    const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
    let date = new Date(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)))
      .toISOString()
      .slice(0, 10);
    if (opts.rollForwardToWorkingDay) {
      while (!this.isWorkingDay(date)) {
        date = shiftDate(date, 1);
      }
    }
    return endOfLocalDay(date);
  }

  /** The end of the local day N calendar days later. */
  addCalendarDays(from: Date, n: number): Date {
    return endOfLocalDay(shiftDate(localDate(from), n));
  }

  /** Working days after `from`'s local date up to and including `to`'s (negative if `to` is earlier). */
  workingDaysBetween(from: Date, to: Date): number {
    const a = localDate(from);
    const b = localDate(to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let n = 0;
    for (let d = shiftDate(lo, 1); d <= hi; d = shiftDate(d, 1)) {
      if (this.isWorkingDay(d)) {
        n += 1;
      }
    }
    return n * sign;
  }

  /** Every holiday date of a year with its name, for the administrator's calendar page. */
  holidaysIn(year: number): { date: string; name: string }[] {
    const out = [...this.holidayNames]
      .filter(([d]) => d.startsWith(`${year}-`) && !this.overrideWorkdays.has(d))
      .map(([date, name]) => ({ date, name }));
    for (const d of this.overrideHolidays) {
      if (d.startsWith(`${year}-`) && !this.holidayNames.has(d)) {
        out.push({ date: d, name: '本地节假日' });
      }
    }
    return out.sort((x, y) => x.date.localeCompare(y.date));
  }
}

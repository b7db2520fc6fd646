import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError, WorkingCalendar } from './index.js';

const cal = new WorkingCalendar();
/** 09:00 Beijing time on a local date. */
const at = (date: string) => new Date(`${date}T09:00:00+08:00`);
const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('working days across the official holidays', () => {
  it('counts the make-up Sunday before the 2025 Spring Festival and skips the eight days off', () => {
    // Fri 24 Jan → Sun 26 (make-up, 1), Mon 27 (2), 28 Jan–4 Feb off, Wed 5 (3), Thu 6 (4), Fri 7 (5).
    expect(day(cal.addWorkingDays(at('2025-01-24'), 5))).toBe('2025-02-07');
  });

  it('crosses the 2025 National Day and Mid-Autumn holiday with its make-up Saturday', () => {
    // Sun 28 Sep is a working day; 1–8 Oct off; Sat 11 Oct is a working day.
    expect(day(cal.addWorkingDays(at('2025-09-26'), 3))).toBe('2025-09-30');
    expect(day(cal.addWorkingDays(at('2025-09-30'), 3))).toBe('2025-10-11');
  });

  it('handles the nine-day 2026 Spring Festival', () => {
    // Sat 14 Feb is a make-up working day; 15–23 Feb off.
    expect(day(cal.addWorkingDays(at('2026-02-13'), 1))).toBe('2026-02-14');
    expect(day(cal.addWorkingDays(at('2026-02-13'), 2))).toBe('2026-02-24');
  });

  it('counts ten working days for an objection window across the 2024 National Day', () => {
    // From Fri 27 Sep: Sun 29 (1), Mon 30 (2), 1–7 Oct off, 8–11 Oct (3–6), Sat 12 make-up (7), 14–16 Oct (8–10).
    expect(day(cal.addWorkingDays(at('2024-09-27'), 10))).toBe('2024-10-16');
  });

  it('ends a deadline at the last millisecond of the Beijing day', () => {
    expect(cal.addWorkingDays(at('2025-03-03'), 1).toISOString()).toBe('2025-03-04T15:59:59.999Z');
  });

  it('explains which days it skipped and why', () => {
    const { skipped } = cal.explain(at('2025-09-30'), 1);
    expect(skipped[0]).toEqual({ date: '2025-10-01', reason: '国庆节、中秋节' });
    expect(skipped.map((s) => s.date)).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
  });
});

describe('calendar months', () => {
  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(day(cal.addCalendarMonths(at('2025-01-31'), 1))).toBe('2025-02-28');
    expect(day(cal.addCalendarMonths(at('2024-01-31'), 1))).toBe('2024-02-29');
    expect(day(cal.addCalendarMonths(at('2024-08-31'), 6))).toBe('2025-02-28');
    expect(day(cal.addCalendarMonths(at('2023-11-30'), 3))).toBe('2024-02-29');
    expect(day(cal.addCalendarMonths(at('2025-03-14'), 3))).toBe('2025-06-14');
  });

  it('uses the Beijing date of an instant late in the UTC evening', () => {
    // 17:00 UTC on 14 March is 01:00 on 15 March in Beijing.
    expect(day(cal.addCalendarMonths(new Date('2025-03-14T17:00:00Z'), 3))).toBe('2025-06-15');
  });

  it('moves off a holiday only when the body asks for it', () => {
    expect(day(cal.addCalendarMonths(at('2025-07-01'), 3))).toBe('2025-10-01');
    expect(day(cal.addCalendarMonths(at('2025-07-01'), 3, { rollForwardToWorkingDay: true }))).toBe(
      '2025-10-09',
    );
  });
});

describe('a body’s own calendar', () => {
  it('adds a local holiday and turns a weekend day into a working day', () => {
    const local = new WorkingCalendar({ holidays: ['2025-03-17'], makeupWorkdays: ['2025-03-15'] });
    expect(day(cal.addWorkingDays(at('2025-03-14'), 1))).toBe('2025-03-17');
    expect(day(local.addWorkingDays(at('2025-03-14'), 1))).toBe('2025-03-15');
    expect(day(local.addWorkingDays(at('2025-03-15'), 1))).toBe('2025-03-18');
    expect(local.holidaysIn(2025).find((h) => h.date === '2025-03-17')).toEqual({
      date: '2025-03-17',
      name: '本地节假日',
    });
  });

  it('refuses to count working days in a year it has no data for', () => {
    expect(() => cal.addWorkingDays(at('2019-12-30'), 1)).toThrow(CalendarNotCoveredError);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
  });

  it('counts working days between two instants', () => {
    expect(cal.workingDaysBetween(at('2025-01-24'), at('2025-02-07'))).toBe(5);
    expect(cal.workingDaysBetween(at('2025-02-07'), at('2025-01-24'))).toBe(-5);
  });
});

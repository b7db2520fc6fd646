import { describe, expect, it } from 'vitest';
import { localDate } from '../../beijing-time.js';
import { WorkingCalendar } from '../deadlines/calendar/index.js';
import { openQuarters, reportingWindow } from './quarters.js';

const official = new WorkingCalendar();
const closes = (year: number, quarter: number, calendar = official) =>
  localDate(reportingWindow({ year, quarter }, calendar).closesAt);

describe('the reporting window of a quarter', () => {
  it('closes 15 working days after the quarter, skipping New Year’s Day and weekends', () => {
    // 1 Jan 2027 off, 2–3 weekend; 4–8, 11–15, 18–22 January are the 15 working days.
    expect(closes(2026, 4)).toBe('2027-01-22');
  });

  it('follows the body’s own calendar: a local holiday moves the close a working day later', () => {
    const local = new WorkingCalendar({ holidays: ['2027-01-04'], makeupWorkdays: [] });
    expect(closes(2026, 4, local)).toBe('2027-01-25');
  });

  it('falls back to the end of the following month for a year without holiday data', () => {
    // The official data stops at 2027: 2027's fourth quarter would be counted in 2028.
    expect(closes(2027, 4)).toBe('2028-01-31');
  });

  it('opens the current quarter and the previous one while its grace lasts', () => {
    const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
    const names = (d: string) => openQuarters(at(d), official).map((q) => `${q.year}Q${q.quarter}`);
    expect(names('2027-01-08')).toEqual(['2026Q4', '2027Q1']);
    expect(names('2026-11-16')).toEqual(['2026Q4']);
    expect(openQuarters(at('2027-01-08'), official, 2026).map((q) => q.quarter)).toEqual([4]);
  });
});

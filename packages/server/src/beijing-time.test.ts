import { describe, expect, it } from 'vitest';
import {
  beijingYear,
  endOfLocalDay,
  formatChineseDate,
  fromBeijingWallClock,
  localDate,
  localDateTime,
} from './beijing-time.js';

describe('Beijing time', () => {
  it('renders the date in Beijing time without leading zeros', () => {
    expect(formatChineseDate(new Date('2025-02-28T16:00:00Z'))).toBe('2025年3月1日');
    expect(formatChineseDate(new Date('2025-02-28T15:59:59Z'))).toBe('2025年2月28日');
    expect(formatChineseDate(new Date('2025-12-09T00:00:00+08:00'))).toBe('2025年12月9日');
  });

  it('gives the local date, time and year across midnight and New Year', () => {
    const newYear = new Date('2024-12-31T16:30:00Z');
    expect(localDate(newYear)).toBe('2025-01-01');
    expect(localDateTime(newYear)).toBe('2025-01-01 00:30');
    expect(beijingYear(newYear)).toBe(2025);
    expect(beijingYear(new Date('2024-12-31T15:59:59Z'))).toBe(2024);
  });

  it('turns a wall-clock time into its instant and back', () => {
    const deadline = fromBeijingWallClock(2025, 2, 25, 12);
    expect(deadline.toISOString()).toBe('2025-02-25T04:00:00.000Z');
    expect(localDateTime(deadline)).toBe('2025-02-25 12:00');
    expect(endOfLocalDay('2025-02-25').toISOString()).toBe('2025-02-25T15:59:59.999Z');
  });
});

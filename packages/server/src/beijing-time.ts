/**
 * Beijing time, in which every deadline, date and report of the platform is written. China has
 * kept UTC+8 all year, without daylight saving, since 1991: a fixed offset is exact for every
 * date the platform handles and needs no time-zone library. Use these helpers rather than adding
 * the offset by hand.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The instant shifted so that its UTC fields (getUTCFullYear(), …) read Beijing's wall clock. */
export const beijingWallClock = (instant: Date) => new Date(instant.getTime() + BEIJING_OFFSET_MS);

/** The instant of a Beijing wall-clock time (month 1–12). */
export const fromBeijingWallClock = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
) => new Date(Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS);

/** The Beijing local date (YYYY-MM-DD) of an instant. */
export const localDate = (instant: Date) => beijingWallClock(instant).toISOString().slice(0, 10);

/** Beijing wall-clock time as offices write it: "2025-02-20 10:30". */
export const localDateTime = (instant: Date) =>
  beijingWallClock(instant).toISOString().slice(0, 16).replace('T', ' ');

/** The calendar year of an instant in Beijing. */
export const beijingYear = (instant: Date) => beijingWallClock(instant).getUTCFullYear();

/** The last millisecond of a Beijing local date: a deadline "on" that day ends then. */
export const endOfLocalDay = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`));

/** "2025年3月1日": Arabic numerals without leading zeros, as GB/T 9704 writes dates. */
export function formatChineseDate(instant: Date): string {
  const d = beijingWallClock(instant);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export { OFFICIAL_HOLIDAYS, type HolidayPeriod, type HolidayYear } from './official-holidays.js';
export {
  CalendarNotCoveredError,
  WorkingCalendar,
  endOfLocalDay,
  localDate,
  type CalendarOverrides,
  type SkippedDay,
} from './working-calendar.js';

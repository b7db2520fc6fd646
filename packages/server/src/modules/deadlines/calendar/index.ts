export { endOfLocalDay, localDate } from '../../../beijing-time.js';
export { OFFICIAL_HOLIDAYS, type HolidayPeriod, type HolidayYear } from './official-holidays.js';
export {
  CalendarNotCoveredError,
  WorkingCalendar,
  type CalendarOverrides,
  type SkippedDay,
} from './working-calendar.js';

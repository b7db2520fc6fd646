import { PROFILE_13710, type StageRule, type SupervisionProfile } from '@jianyan/shared';
import type { BodySettings } from '../../db/schema/bodies.js';
import type { WorkingCalendar } from '../deadlines/calendar/index.js';

/** The body's supervision profiles; the 13710 one is shipped as the default. */
export function profilesOf(settings: BodySettings | undefined): SupervisionProfile[] {
  const own = settings?.supervisionProfiles;
  return own && own.length > 0 ? own : [PROFILE_13710];
}

/** The end of a stage that starts at `from`, counted as its rule says. */
export function stageDue(calendar: WorkingCalendar, from: Date, rule: StageRule): Date {
  switch (rule.unit) {
    case 'working_days':
      return calendar.addWorkingDays(from, rule.count);
    case 'calendar_days':
      return calendar.addCalendarDays(from, rule.count);
    case 'months':
      return calendar.addCalendarMonths(from, rule.count);
  }
}

/** The three stage deadlines of an item assigned at `from` (every stage counts from assignment). */
export function stageDeadlines(
  calendar: WorkingCalendar,
  profile: SupervisionProfile,
  major: boolean,
  from: Date,
) {
  return {
    deployDueAt: stageDue(calendar, from, profile.deploy),
    progressDueAt: stageDue(calendar, from, profile.progress),
    settleDueAt: stageDue(calendar, from, major ? profile.settleMajor : profile.settle),
  };
}

/** A returned item gets the settle stage again, counted from the return with the stored rule. */
export function resettleDue(
  calendar: WorkingCalendar,
  profile: SupervisionProfile,
  major: boolean,
  from: Date,
) {
  return stageDue(calendar, from, major ? profile.settleMajor : profile.settle);
}

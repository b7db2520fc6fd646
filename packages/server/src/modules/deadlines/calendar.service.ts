import type { ServiceContext } from '../../context.js';
import { findBody } from '../admin/bodies.queries.js';
import { OFFICIAL_HOLIDAYS } from './calendar/index.js';
import { calendarFor, DEFAULT_POLICIES, policyOf } from './deadline-policy.js';

/** What the administrator's calendar page shows: the year's days off, its make-up days, the source. */
export async function bodyCalendar(ctx: ServiceContext, year: number) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const calendar = calendarFor(body?.settings);
  const official = OFFICIAL_HOLIDAYS.find((y) => y.year === year);
  const local = body?.settings.calendar ?? { holidays: [], makeupWorkdays: [] };
  return {
    year,
    covered: calendar.isCovered(year),
    source: official?.source ?? null,
    holidays: calendar.holidaysIn(year),
    makeupWorkdays: [
      ...(official?.makeupWorkdays ?? []),
      ...local.makeupWorkdays.filter((d) => d.startsWith(`${year}-`)),
    ].sort(),
    localEdits: local,
  };
}

/**
 * The rules new deadlines are computed with. Running deadlines keep the rule stored with them, so
 * a change here moves nothing already promised.
 */
export async function bodyDeadlinePolicy(ctx: ServiceContext) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const kind = body?.kind ?? 'cppcc';
  return {
    kind,
    itemKind: kind === 'npc' ? 'suggestion' : 'proposal',
    policy: policyOf(body),
    defaults: DEFAULT_POLICIES[kind],
  };
}

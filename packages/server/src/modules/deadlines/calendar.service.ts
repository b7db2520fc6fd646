import { inTransaction, type ServiceContext } from '../../context.js';
import { forbidden, invalidField, notFound } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { recordEvent } from '../events/events.queries.js';
import {
  CalendarNotCoveredError,
  OFFICIAL_HOLIDAYS,
  WorkingCalendar,
  endOfLocalDay,
  localDate,
} from './calendar/index.js';
import { lockBodySettings, saveBodySettings } from './calendar.queries.js';
import { calendarFor, DEFAULT_POLICIES, policyOf } from './deadline-policy.js';

export type DayKind = 'holiday' | 'workday';

interface LocalEdits {
  holidays: string[];
  makeupWorkdays: string[];
  notes: Record<string, string>;
}
const NO_EDITS: LocalEdits = { holidays: [], makeupWorkdays: [], notes: {} };
const OFFICIAL = new WorkingCalendar();

/** What a day counts as on a calendar; in a year without official data, by the day of the week. */
function kindOf(calendar: WorkingCalendar, date: string): DayKind {
  try {
    return calendar.isWorkingDay(date) ? 'workday' : 'holiday';
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) {
      return [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) ? 'holiday' : 'workday';
    }
    throw e;
  }
}

const officialKind = (date: string) => kindOf(OFFICIAL, date);

/**
 * What the administrator's calendar page shows: every day of the year that is not an ordinary
 * weekday or weekend day, with what the official notice says, what the body changed (and its
 * note), and what counts in the end.
 */
export async function bodyCalendar(ctx: ServiceContext, year: number) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const calendar = calendarFor(body?.settings);
  const official = OFFICIAL_HOLIDAYS.find((y) => y.year === year);
  const local = { ...NO_EDITS, ...body?.settings.calendar };
  const inYear = (d: string) => d.startsWith(`${year}-`);
  const officialDays = new Map<string, { kind: DayKind; name: string }>([
    ...OFFICIAL.holidaysIn(year).map(
      ({ date, name }) => [date, { kind: 'holiday', name }] as const,
    ),
    ...(official?.makeupWorkdays ?? []).map(
      (date) => [date, { kind: 'workday', name: '调休上班' }] as const,
    ),
  ]);
  const localDays = new Map<string, { kind: DayKind; note: string }>(
    [
      ...local.holidays.map((date) => [date, 'holiday'] as const),
      ...local.makeupWorkdays.map((date) => [date, 'workday'] as const),
    ]
      .filter(([date]) => inYear(date))
      .map(([date, kind]) => [date, { kind, note: local.notes[date] ?? '' }]),
  );
  const days = [...new Set([...officialDays.keys(), ...localDays.keys()])].sort().map((date) => ({
    date,
    official: officialDays.get(date) ?? null,
    local: localDays.get(date) ?? null,
    counts: kindOf(calendar, date),
  }));
  return {
    year,
    covered: calendar.isCovered(year),
    source: official?.source ?? null,
    holidays: calendar.holidaysIn(year),
    makeupWorkdays: [
      ...(official?.makeupWorkdays ?? []),
      ...local.makeupWorkdays.filter(inYear),
    ].sort(),
    days,
    localEdits: { holidays: local.holidays, makeupWorkdays: local.makeupWorkdays },
  };
}

function requireAdmin(ctx: ServiceContext) {
  if (ctx.actor.role !== 'admin') {
    throw forbidden('只有管理员可以修改工作日历', 'Only an administrator edits the calendar');
  }
}

/**
 * Makes a day a holiday or a working day for this body (a local holiday, a make-up day the
 * official notice does not have), with a note saying why. Running deadlines keep their dates;
 * countdowns and new deadlines follow the edited calendar.
 */
export function setCalendarOverride(
  ctx: ServiceContext,
  date: string,
  input: { kind: DayKind; note: string },
) {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const settings = (await lockBodySettings(tx, ctx.actor.bodyId)) ?? {};
    const edits = withoutDate({ ...NO_EDITS, ...settings.calendar }, date);
    if (officialKind(date) === input.kind) {
      throw invalidField(
        'kind',
        `${date} 按国家安排已是${input.kind === 'holiday' ? '休息日' : '工作日'}，无需调整`,
        `${date} already is a ${input.kind === 'holiday' ? 'day off' : 'working day'} in the official calendar`,
      );
    }
    const calendar = {
      holidays: input.kind === 'holiday' ? [...edits.holidays, date].sort() : edits.holidays,
      makeupWorkdays:
        input.kind === 'workday' ? [...edits.makeupWorkdays, date].sort() : edits.makeupWorkdays,
      notes: { ...edits.notes, [date]: input.note },
    };
    await saveBodySettings(tx, ctx.actor.bodyId, { ...settings, calendar });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      entity: 'body',
      entityId: ctx.actor.bodyId,
      action: 'calendar_override_set',
      actorUserId: ctx.actor.userId,
      payload: { date, kind: input.kind, note: input.note },
      at: ctx.now(),
    });
    return { date, kind: input.kind, note: input.note };
  });
}

/** Takes a body's edit of a day back: the official calendar counts for it again. */
export function removeCalendarOverride(ctx: ServiceContext, date: string) {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const settings = (await lockBodySettings(tx, ctx.actor.bodyId)) ?? {};
    const before = { ...NO_EDITS, ...settings.calendar };
    if (!before.holidays.includes(date) && !before.makeupWorkdays.includes(date)) {
      throw notFound('Calendar override', '本机构对该日的调整');
    }
    await saveBodySettings(tx, ctx.actor.bodyId, {
      ...settings,
      calendar: withoutDate(before, date),
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      entity: 'body',
      entityId: ctx.actor.bodyId,
      action: 'calendar_override_removed',
      actorUserId: ctx.actor.userId,
      payload: { date },
      at: ctx.now(),
    });
    return { date, kind: officialKind(date) };
  });
}

function withoutDate(edits: LocalEdits, date: string): LocalEdits {
  const { [date]: _removed, ...notes } = edits.notes;
  return {
    holidays: edits.holidays.filter((d) => d !== date),
    makeupWorkdays: edits.makeupWorkdays.filter((d) => d !== date),
    notes,
  };
}

/**
 * The deadline calculator: a day plus N working days or N calendar months on this body's
 * calendar, with the days off it skipped, as the deadline rules count them.
 */
export async function computeDeadline(
  ctx: ServiceContext,
  input: { from: string; workingDays?: number; months?: number },
) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const calendar = calendarFor(body?.settings);
  const from = endOfLocalDay(input.from);
  try {
    const { due, skipped } =
      input.workingDays !== undefined
        ? calendar.explain(from, input.workingDays)
        : { due: calendar.addCalendarMonths(from, input.months!), skipped: [] };
    return { from: input.from, dueAt: due, dueDate: localDate(due), skipped };
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) {
      throw invalidField(
        'from',
        `工作日历缺少 ${e.year} 年的节假日数据`,
        `the calendar has no holiday data for ${e.year}`,
      );
    }
    throw e;
  }
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

import type { ActivityKind, AttendanceStatus } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { forbidden, invalidField, notFound } from '../../errors.js';
import { readsWholeBody } from '../auth/actor.js';
import type { SheetProblem } from '../imports/proposal-sheet.js';
import { ImportRejected } from '../imports/imports.service.js';
import { readAttendanceSheet } from './attendance-sheet.js';
import { keepsRecords } from './members.service.js';
import * as q from './members.queries.js';

const mustKeepRecords = (ctx: ServiceContext) => {
  if (!keepsRecords(ctx.actor)) {
    throw forbidden('只有工作人员可以登记考勤', 'Only staff record attendance');
  }
};

export async function listActivities(ctx: ServiceContext, year: number) {
  if (!readsWholeBody(ctx.actor)) {
    throw forbidden('无权查看活动考勤', 'Only staff and leaders see attendance');
  }
  return q.listActivities(ctx.db, ctx.actor.bodyId, year);
}

export async function createActivity(
  ctx: ServiceContext,
  input: { heldOn: string; kind: ActivityKind; title: string },
) {
  mustKeepRecords(ctx);
  return q.insertActivity(ctx.db, {
    bodyId: ctx.actor.bodyId,
    ...input,
    createdBy: ctx.actor.userId,
  });
}

/** An activity with every member of the body and their attendance (null: not yet recorded). */
export async function activityAttendance(ctx: ServiceContext, activityId: string) {
  if (!readsWholeBody(ctx.actor)) {
    throw notFound('Activity', '活动');
  }
  const activity = await q.findActivity(ctx.db, ctx.actor.bodyId, activityId);
  if (!activity) {
    throw notFound('Activity', '活动');
  }
  const [members, recorded] = await Promise.all([
    q.listMembers(ctx.db, ctx.actor.bodyId),
    q.attendanceAt(ctx.db, ctx.actor.bodyId, activityId),
  ]);
  const status = new Map(recorded.map((r) => [r.personId, r.status]));
  return {
    activity,
    members: members.map((m) => ({
      personId: m.personId,
      name: m.name,
      sector: m.sector,
      status: status.get(m.personId) ?? null,
    })),
  };
}

/** Records the attendance of several members at once, in one transaction. */
export async function recordAttendance(
  ctx: ServiceContext,
  activityId: string,
  entries: { personId: string; status: AttendanceStatus }[],
) {
  mustKeepRecords(ctx);
  const bodyId = ctx.actor.bodyId;
  return inTransaction(ctx, async (tx) => {
    if (!(await q.findActivity(tx, bodyId, activityId))) {
      throw notFound('Activity', '活动');
    }
    const known = new Set(
      await q.personIdsIn(
        tx,
        bodyId,
        entries.map((e) => e.personId),
      ),
    );
    const stranger = entries.findIndex((e) => !known.has(e.personId));
    if (stranger >= 0) {
      throw invalidField(
        `entries.${stranger}.personId`,
        '本机构没有这位委员',
        'no such member in this body',
      );
    }
    await q.upsertAttendance(
      tx,
      entries.map((e) => ({
        bodyId,
        activityId,
        personId: e.personId,
        status: e.status,
        recordedBy: ctx.actor.userId,
        recordedAt: ctx.now(),
      })),
    );
    return { recorded: entries.length };
  });
}

/**
 * Imports an attendance sheet (日期, 活动类型, 活动名称, 姓名, 出勤情况), all or nothing: activities
 * are matched by date, kind and title and created when new; every name must be one member of the
 * body. Any bad row rejects the whole file with every row's problem.
 */
export async function importAttendance(ctx: ServiceContext, content: Buffer) {
  mustKeepRecords(ctx);
  const bodyId = ctx.actor.bodyId;
  const { rows, problems } = await readAttendanceSheet(content);
  return inTransaction(ctx, async (tx) => {
    const members = await q.listMembers(tx, bodyId);
    const byName = new Map<string, string[]>();
    for (const m of members) {
      byName.set(m.name, [...(byName.get(m.name) ?? []), m.personId]);
    }
    const all: SheetProblem[] = [...problems];
    for (const r of rows) {
      const ids = byName.get(r.name) ?? [];
      if (ids.length !== 1) {
        all.push({
          line: r.line,
          column: '姓名',
          reasonZh: ids.length
            ? `有 ${ids.length} 位委员同名，请在系统中逐一登记`
            : `没有名为“${r.name}”的委员`,
          reason: ids.length
            ? `${ids.length} members share this name`
            : `no member named "${r.name}"`,
        });
      }
    }
    if (all.length || !rows.length) {
      throw new ImportRejected(
        all.length
          ? all.sort((a, b) => a.line - b.line)
          : [
              {
                line: 2,
                column: '-',
                reasonZh: '表中没有考勤记录',
                reason: 'the sheet has no rows',
              },
            ],
      );
    }
    const activityIds = new Map<string, string>();
    let createdActivities = 0;
    for (const r of rows) {
      const key = `${r.heldOn}\u0000${r.kind}\u0000${r.title}`;
      if (!activityIds.has(key)) {
        const existing = await q.findActivityByKey(tx, bodyId, r);
        const activity =
          existing ??
          (await q.insertActivity(tx, {
            bodyId,
            heldOn: r.heldOn,
            kind: r.kind,
            title: r.title,
            createdBy: ctx.actor.userId,
          }));
        createdActivities += existing ? 0 : 1;
        activityIds.set(key, activity.activityId);
      }
      await q.upsertAttendance(tx, [
        {
          bodyId,
          activityId: activityIds.get(key)!,
          personId: byName.get(r.name)![0]!,
          status: r.status,
          recordedBy: ctx.actor.userId,
          recordedAt: ctx.now(),
        },
      ]);
    }
    return { imported: rows.length, activities: activityIds.size, createdActivities };
  });
}

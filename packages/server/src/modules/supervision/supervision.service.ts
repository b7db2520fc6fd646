import {
  SUPERVISION_RATING_LABELS,
  type SupervisionProfile,
  type SupervisionRating,
  type SupervisionUnitAction,
} from '@jianyan/shared';
import { inTransaction, type ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors.js';
import { findBody, updateBodySettings } from '../admin/bodies.queries.js';
import { listUnits } from '../admin/directory.queries.js';
import { isUnitRole, type Actor } from '../auth/actor.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { endOfLocalDay, type WorkingCalendar } from '../deadlines/calendar/index.js';
import { countdown } from '../deadlines/countdown.js';
import { recordEvent } from '../events/events.queries.js';
import {
  activeUnitIds,
  insertNotifications,
  staffUsers,
  unitUsers,
} from '../notifications/notifications.queries.js';
import { loadVisible, numberLabel } from '../proposals/proposal-loader.js';
import { insertNote, listItemNotes, listNotes } from '../proposals/supervision.queries.js';
import { profilesOf, resettleDue, stageDeadlines } from './supervision-profile.js';
import { stagesOf } from './supervision-stages.js';
import * as q from './supervision.queries.js';

const HANDLING = new Set(['assigned', 'handling', 'rehandling']);

/** Staff and leaders of the body run supervision; the units work on their own items only. */
const manages = (a: Actor) => a.role === 'staff' || a.role === 'leader';

function requireManager(actor: Actor) {
  if (!manages(actor)) {
    throw forbidden(
      '只有提案工作人员和领导可以管理督办事项',
      'Only staff and leaders manage supervision',
    );
  }
}

const itemNotFound = () => notFound('Supervised item', '督办事项');

/** Loads an item the caller may see (managers: any of the body; a unit: its own), or 404. */
async function loadItem(db: DbOrTx, actor: Actor, itemId: string, lock = false) {
  const item = await q.findItem(db, actor.bodyId, itemId, lock);
  if (!item) {
    throw itemNotFound();
  }
  const unitIds = (await q.unitsOfItems(db, actor.bodyId, [itemId])).get(itemId) ?? [];
  const mine = isUnitRole(actor) && unitIds.some((u) => u.unitId === actor.unitId);
  if (!manages(actor) && !mine) {
    throw itemNotFound();
  }
  return { item, units: unitIds };
}

/** What the supervision page needs to create items: the profiles, the leaders and the units. */
export async function options(ctx: ServiceContext) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  return {
    profiles: profilesOf(body?.settings),
    leaders: await q.bodyLeaders(ctx.db, ctx.actor.bodyId),
    units: (await listUnits(ctx.db, ctx.actor.bodyId))
      .filter((u) => u.active)
      .map((u) => ({ unitId: u.unitId, name: u.name })),
  };
}

/** Replaces the body's profiles. Items already assigned keep the rule they were started with. */
export function saveProfiles(ctx: ServiceContext, profiles: SupervisionProfile[]) {
  const codes = profiles.map((p) => p.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup !== undefined) {
    throw invalidField(
      'profiles',
      `督办规则代码“${dup}”重复`,
      `profile code "${dup}" is used twice`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    const body = await findBody(tx, ctx.actor.bodyId);
    await updateBodySettings(tx, ctx.actor.bodyId, {
      settings: { ...body!.settings, supervisionProfiles: profiles },
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      entity: 'body',
      entityId: ctx.actor.bodyId,
      action: 'supervision_profiles_update',
      actorUserId: ctx.actor.userId,
      payload: { codes },
      at: ctx.now(),
    });
    return { profiles };
  });
}

type ItemListRow = Awaited<ReturnType<typeof q.listItems>>[number];

/** An item as the page shows it: its stages with their deadlines and where each stands now. */
function present(
  row: ItemListRow,
  units: { unitId: string; name: string }[],
  now: Date,
  calendar: WorkingCalendar,
) {
  const { item } = row;
  return {
    itemId: item.itemId,
    kind: item.kind,
    proposalId: item.proposalId,
    proposalNumber:
      row.proposalNumber !== null && row.proposalOrigin
        ? numberLabel({ number: row.proposalNumber, origin: row.proposalOrigin })
        : null,
    title: item.title,
    description: item.description,
    major: item.major,
    profile: { code: item.deadlineRule.code, name: item.deadlineRule.name },
    rule: item.deadlineRule,
    leaderUserId: item.leaderUserId,
    leaderName: row.leaderName,
    units,
    assignedAt: item.assignedAt,
    state: item.state,
    round: item.round,
    // Open stages carry the working days left on the body's calendar, as proposal deadlines do.
    stages: stagesOf(item, now).map((s) => ({
      ...s,
      countdown: s.doneAt ? null : countdown(calendar, s.dueAt, now),
    })),
    timetableAt: item.timetableAt,
    timetableDueAt: item.timetableDueAt,
    settledAt: item.settledAt,
    rating: item.rating,
    ratedAt: item.ratedAt,
  };
}

async function presentRows(ctx: ServiceContext, rows: ItemListRow[]) {
  const units = await q.unitsOfItems(
    ctx.db,
    ctx.actor.bodyId,
    rows.map((r) => r.item.itemId),
  );
  const now = ctx.now();
  const calendar = calendarFor((await findBody(ctx.db, ctx.actor.bodyId))?.settings);
  return rows.map((r) => present(r, units.get(r.item.itemId) ?? [], now, calendar));
}

export async function listItems(ctx: ServiceContext, filter: { state?: 'open' | 'closed' }) {
  const { actor } = ctx;
  if (!manages(actor) && !(isUnitRole(actor) && actor.unitId)) {
    throw forbidden('无权查看督办事项', 'You may not see supervised items');
  }
  const rows = await q.listItems(ctx.db, actor.bodyId, {
    ...filter,
    unitId: manages(actor) ? undefined : actor.unitId!,
  });
  return { items: await presentRows(ctx, rows) };
}

export async function getItem(ctx: ServiceContext, itemId: string) {
  await loadItem(ctx.db, ctx.actor, itemId);
  const [row] = await q.listItems(ctx.db, ctx.actor.bodyId, { itemId });
  const [view] = await presentRows(ctx, [row!]);
  const item = row!.item;
  const notes = !manages(ctx.actor)
    ? []
    : item.proposalId
      ? await listNotes(ctx.db, ctx.actor.bodyId, item.proposalId)
      : await listItemNotes(ctx.db, ctx.actor.bodyId, itemId);
  return { ...view!, records: await q.listRecords(ctx.db, ctx.actor.bodyId, itemId), notes };
}

interface SuperviseInput {
  profileCode: string;
  major: boolean;
  leaderUserId?: string | null;
}

async function checkLeader(db: DbOrTx, bodyId: string, leaderUserId: string | null | undefined) {
  if (leaderUserId && !(await q.bodyLeaders(db, bodyId)).some((l) => l.userId === leaderUserId)) {
    throw invalidField(
      'leaderUserId',
      '督办领导须为本机构的领导账号',
      'must be a leader of this body',
    );
  }
}

/** Starts an item under a profile: the stage deadlines are computed now and kept with the rule. */
async function startItem(
  tx: DbOrTx,
  ctx: ServiceContext,
  input: SuperviseInput & {
    kind: 'task' | 'proposal';
    proposalId?: string;
    title: string;
    description: string;
    unitIds: string[];
  },
) {
  const { actor } = ctx;
  const body = await findBody(tx, actor.bodyId);
  const profile = profilesOf(body?.settings).find((p) => p.code === input.profileCode);
  if (!profile) {
    throw invalidField(
      'profileCode',
      `没有代码为“${input.profileCode}”的督办规则`,
      `no supervision profile with code "${input.profileCode}"`,
    );
  }
  await checkLeader(tx, actor.bodyId, input.leaderUserId);
  const now = ctx.now();
  const deadlines = stageDeadlines(calendarFor(body?.settings), profile, input.major, now);
  const item = await q.insertItem(
    tx,
    {
      bodyId: actor.bodyId,
      kind: input.kind,
      proposalId: input.proposalId ?? null,
      title: input.title,
      description: input.description,
      major: input.major,
      deadlineRule: profile,
      leaderUserId: input.leaderUserId ?? null,
      createdBy: actor.userId,
      assignedAt: now,
      ...deadlines,
      createdAt: now,
    },
    input.unitIds,
  );
  await recordEvent(tx, {
    bodyId: actor.bodyId,
    proposalId: input.proposalId ?? null,
    entity: 'supervision_item',
    entityId: item.itemId,
    action: 'supervision_start',
    actorUserId: actor.userId,
    payload: {
      profile: profile.code,
      major: input.major,
      unitIds: input.unitIds,
      deployDueAt: deadlines.deployDueAt.toISOString(),
      progressDueAt: deadlines.progressDueAt.toISOString(),
      settleDueAt: deadlines.settleDueAt.toISOString(),
    },
    at: now,
  });
  await insertNotifications(
    tx,
    (await unitUsers(tx, actor.bodyId, input.unitIds)).map((userId) => ({
      bodyId: actor.bodyId,
      userId,
      kind: 'supervision_assigned',
      title: `督办事项《${input.title}》已交办（${profile.name}），请按时研究部署、报告进展、办结`,
      proposalId: input.proposalId ?? null,
      createdAt: now,
    })),
  );
  return item;
}

/** 督办事项: staff or a leader assign a task of their own to one or more units under a profile. */
export function createTask(
  ctx: ServiceContext,
  input: SuperviseInput & { title: string; description: string; unitIds: string[] },
) {
  requireManager(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const known = new Set((await listUnits(tx, ctx.actor.bodyId)).map((u) => u.unitId));
    const unitIds = [...new Set(input.unitIds)];
    if (unitIds.some((u) => !known.has(u))) {
      throw invalidField('unitIds', '承办单位不存在', 'unknown handling unit');
    }
    const item = await startItem(tx, ctx, { ...input, unitIds, kind: 'task' });
    return getItem({ ...ctx, db: tx }, item.itemId);
  });
}

/** Puts a key proposal (重点提案) in handling under a profile; its lead and separate units report. */
export function superviseProposal(ctx: ServiceContext, proposalId: string, input: SuperviseInput) {
  requireManager(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    if (!proposal.isKey) {
      throw conflict(
        'not_key_proposal',
        '只有重点提案可以按督办规则督办',
        'Only key proposals are supervised under a profile',
      );
    }
    if (!HANDLING.has(proposal.state)) {
      throw conflict(
        'not_in_handling',
        '提案不在办理阶段，无法督办',
        'The proposal is not being handled, so it cannot be supervised',
      );
    }
    if (await q.itemOfProposal(tx, ctx.actor.bodyId, proposalId)) {
      throw conflict(
        'already_supervised',
        '该提案已在督办中',
        'This proposal is already supervised',
      );
    }
    const unitIds = await activeUnitIds(tx, ctx.actor.bodyId, proposalId, ['lead', 'separate']);
    const item = await startItem(tx, ctx, {
      ...input,
      kind: 'proposal',
      proposalId,
      title: proposal.title,
      description: '',
      unitIds,
    });
    return getItem({ ...ctx, db: tx }, item.itemId);
  });
}

/** 督办领导: names (or clears) the leader who follows the item. */
export function setLeader(ctx: ServiceContext, itemId: string, leaderUserId: string | null) {
  requireManager(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const { item } = await loadItem(tx, ctx.actor, itemId, true);
    await checkLeader(tx, ctx.actor.bodyId, leaderUserId);
    await q.updateItem(tx, ctx.actor.bodyId, itemId, { leaderUserId });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId: item.proposalId,
      entity: 'supervision_item',
      entityId: itemId,
      action: 'supervision_leader',
      actorUserId: ctx.actor.userId,
      payload: { leaderUserId },
      at: ctx.now(),
    });
    return getItem({ ...ctx, db: tx }, itemId);
  });
}

/** A supervision note; on a key proposal's item it is the proposal's note, as on its page. */
export function addNote(ctx: ServiceContext, itemId: string, text: string) {
  requireManager(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const { item } = await loadItem(tx, ctx.actor, itemId);
    const now = ctx.now();
    const note = await insertNote(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId: item.proposalId,
      itemId: item.proposalId ? null : itemId,
      authorUserId: ctx.actor.userId,
      text,
      createdAt: now,
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId: item.proposalId,
      entity: 'supervision_note',
      entityId: note.noteId,
      action: 'supervision_note',
      actorUserId: ctx.actor.userId,
      payload: { itemId },
      at: now,
    });
    return note;
  });
}

const ACTION_ZH: Record<SupervisionUnitAction, string> = {
  deploy: '研究部署',
  progress: '报告进展',
  timetable: '明确时间表',
  settle: '办结',
};

/**
 * A unit records a stage: deployed, a progress report, a timetable (major matters, before their
 * month is out), or settled. Deployment comes first; settling closes the item (办结) for rating.
 */
export function recordStage(
  ctx: ServiceContext,
  itemId: string,
  input: { action: SupervisionUnitAction; text: string; plannedDate?: string },
) {
  const { actor } = ctx;
  if (!isUnitRole(actor)) {
    throw forbidden('只有承办单位可以报告督办事项办理情况', 'Only the assigned units report');
  }
  return inTransaction(ctx, async (tx) => {
    const { item } = await loadItem(tx, actor, itemId, true);
    if (item.state !== 'open') {
      throw conflict('item_closed', '该督办事项已办结', 'This item is already settled');
    }
    const now = ctx.now();
    const patch: q.ItemPatch = {};
    if (input.action !== 'deploy' && !item.deployedAt) {
      throw conflict(
        'not_deployed',
        '请先报告研究部署情况',
        'Report the deployment before the other stages',
      );
    }
    switch (input.action) {
      case 'deploy':
        if (item.deployedAt) {
          throw conflict('stage_done', '已报告研究部署', 'Deployment was already reported');
        }
        patch.deployedAt = now;
        break;
      case 'progress':
        // Later progress reports are kept in the record; the first one meets the stage.
        patch.progressReportedAt = item.progressReportedAt ?? now;
        break;
      case 'timetable': {
        if (!item.major) {
          throw invalidField(
            'action',
            '只有重大复杂事项可以明确时间表',
            'only a major or complex matter may be given a timetable',
          );
        }
        if (now > item.settleDueAt) {
          throw conflict(
            'timetable_too_late',
            '明确时间表须在办结期限内提出',
            'A timetable must be given before the settle deadline',
          );
        }
        const planned = input.plannedDate ? endOfLocalDay(input.plannedDate) : undefined;
        if (!planned || planned <= now) {
          throw invalidField(
            'plannedDate',
            '请填写今天以后的计划办结日期',
            'give the planned settle date, after today',
          );
        }
        patch.timetableAt = now;
        patch.timetableDueAt = planned;
        break;
      }
      case 'settle':
        patch.state = 'closed';
        patch.settledAt = now;
        break;
    }
    const updated = await q.updateItem(tx, actor.bodyId, itemId, patch);
    await q.insertRecord(tx, {
      bodyId: actor.bodyId,
      itemId,
      round: item.round,
      action: input.action,
      text: input.plannedDate ? `${input.text}（计划${input.plannedDate}前办结）` : input.text,
      unitId: actor.unitId,
      actorUserId: actor.userId,
      at: now,
    });
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId: item.proposalId,
      entity: 'supervision_item',
      entityId: itemId,
      action: `supervision_${input.action}`,
      actorUserId: actor.userId,
      fromState: item.state,
      toState: updated.state,
      payload: { round: item.round, plannedDate: input.plannedDate ?? null },
      at: now,
    });
    if (input.action === 'settle' || input.action === 'timetable') {
      const recipients = [
        ...(await staffUsers(tx, actor.bodyId)),
        ...(item.leaderUserId ? [item.leaderUserId] : []),
      ];
      await insertNotifications(
        tx,
        [...new Set(recipients)].map((userId) => ({
          bodyId: actor.bodyId,
          userId,
          kind: 'supervision_report',
          title: `督办事项《${item.title}》已${ACTION_ZH[input.action]}`,
          proposalId: item.proposalId,
          createdAt: now,
        })),
      );
    }
    return getItem({ ...ctx, db: tx }, itemId);
  });
}

/**
 * The assigning office rates a settled item (优秀/良好/合格/不合格). A 不合格 item may be returned:
 * it reopens with a new settle deadline counted from the return with the rule it was started with.
 */
export function rateItem(
  ctx: ServiceContext,
  itemId: string,
  input: { rating: SupervisionRating; comment: string; returnItem: boolean },
) {
  requireManager(ctx.actor);
  if (input.returnItem && input.rating !== 'fail') {
    throw invalidField(
      'returnItem',
      '只有评为不合格的事项可以退回重办',
      'only an item rated fail may be returned',
    );
  }
  return inTransaction(ctx, async (tx) => {
    const { item, units } = await loadItem(tx, ctx.actor, itemId, true);
    if (item.state !== 'closed') {
      throw conflict('item_open', '事项尚未办结，不能评价', 'The item is not settled yet');
    }
    if (item.rating) {
      throw conflict('item_rated', '该事项本轮已评价', 'This round of the item is already rated');
    }
    const now = ctx.now();
    const label = SUPERVISION_RATING_LABELS[input.rating].zh;
    if (input.returnItem) {
      const body = await findBody(tx, ctx.actor.bodyId);
      await q.updateItem(tx, ctx.actor.bodyId, itemId, {
        state: 'open',
        round: item.round + 1,
        settledAt: null,
        timetableAt: null,
        timetableDueAt: null,
        settleDueAt: resettleDue(calendarFor(body?.settings), item.deadlineRule, item.major, now),
      });
    } else {
      await q.updateItem(tx, ctx.actor.bodyId, itemId, {
        rating: input.rating,
        ratedBy: ctx.actor.userId,
        ratedAt: now,
      });
    }
    // A return is recorded once, with the rating that caused it, in the round it closes.
    await q.insertRecord(tx, {
      bodyId: ctx.actor.bodyId,
      itemId,
      round: item.round,
      action: input.returnItem ? 'return' : 'rate',
      text: input.comment,
      rating: input.rating,
      actorUserId: ctx.actor.userId,
      at: now,
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId: item.proposalId,
      entity: 'supervision_item',
      entityId: itemId,
      action: input.returnItem ? 'supervision_return' : 'supervision_rate',
      actorUserId: ctx.actor.userId,
      fromState: 'closed',
      toState: input.returnItem ? 'open' : 'closed',
      payload: { rating: input.rating, round: item.round },
      at: now,
    });
    await insertNotifications(
      tx,
      (
        await unitUsers(
          tx,
          ctx.actor.bodyId,
          units.map((u) => u.unitId),
        )
      ).map((userId) => ({
        bodyId: ctx.actor.bodyId,
        userId,
        kind: 'supervision_rated',
        title: input.returnItem
          ? `督办事项《${item.title}》评为${label}，已退回重新办理`
          : `督办事项《${item.title}》评为${label}`,
        proposalId: item.proposalId,
        createdAt: now,
      })),
    );
    return getItem({ ...ctx, db: tx }, itemId);
  });
}

/**
 * 交办事项办结率 per profile: closed ÷ assigned, and settled on time ÷ closed — each figure with
 * its base, as the offices' reports name them. Open items are what 销号清零 must bring to 0.
 */
export async function metrics(ctx: ServiceContext) {
  requireManager(ctx.actor);
  const rows = await q.itemsForMetrics(ctx.db, ctx.actor.bodyId);
  const byProfile = new Map<
    string,
    { code: string; name: string; assigned: number; open: number; closed: number; onTime: number }
  >();
  for (const r of rows) {
    const m = byProfile.get(r.profileCode) ?? {
      code: r.profileCode,
      name: r.profileName,
      assigned: 0,
      open: 0,
      closed: 0,
      onTime: 0,
    };
    m.assigned += 1;
    if (r.state === 'open') {
      m.open += 1;
    } else {
      m.closed += 1;
      m.onTime += Number(r.settledAt! <= (r.timetableDueAt ?? r.settleDueAt));
    }
    byProfile.set(r.profileCode, m);
  }
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 100);
  return {
    profiles: [...byProfile.values()].map((m) => ({
      ...m,
      /** 办结率 = closed ÷ assigned, in per cent. */
      closureRate: rate(m.closed, m.assigned),
      /** 按期办结率 = settled by the deadline ÷ closed, in per cent. */
      onTimeRate: rate(m.onTime, m.closed),
    })),
    bases: { closureRate: 'closed / assigned', onTimeRate: 'closed on time / closed' },
  };
}

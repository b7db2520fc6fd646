import { REPLY_DEADLINE_STATES } from '@jianyan/shared';
import { inTransaction, type ServiceContext } from '../../context.js';
import { conflict, forbidden, invalidField, notFound } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { activeAssignments } from '../assignments/assignments.queries.js';
import { recordEvent } from '../events/events.queries.js';
import {
  insertNotifications,
  staffUsers,
  unitUsers,
} from '../notifications/notifications.queries.js';
import { loadVisible, numberLabel } from '../proposals/proposal-loader.js';
import { endOfLocalDay, localDate } from './calendar/index.js';
import { calendarFor, extensionCeiling } from './deadline-policy.js';
import * as q from './extensions.queries.js';

/** A request names the new deadline's day (Beijing), or how many months to add to the current one. */
export type ExtensionRequest =
  { newDueDate: string; reason: string } | { months: number; reason: string };

/**
 * 延期申请: the lead (or a separate) unit asks for more time to reply, with its reason. The new
 * deadline may not pass the body's ceiling (6 months from assignment by default).
 */
export function requestExtension(ctx: ServiceContext, proposalId: string, input: ExtensionRequest) {
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    const mine = (await activeAssignments(tx, ctx.actor.bodyId, proposalId)).find(
      (a) => a.unitId === ctx.actor.unitId && (a.role === 'lead' || a.role === 'separate'),
    );
    if (!mine?.dueAt) {
      throw forbidden(
        '只有主办或分办单位可以申请延期',
        'Only a lead or separate unit may ask for more time',
      );
    }
    if (!REPLY_DEADLINE_STATES.includes(proposal.state)) {
      throw conflict('not_in_handling', '提案不在办理阶段', 'The proposal is not being handled');
    }
    if (await q.hasPending(tx, ctx.actor.bodyId, mine.assignmentId)) {
      throw conflict(
        'extension_pending',
        '已有待审批的延期申请',
        'An extension request is already waiting for a decision',
      );
    }
    const body = await findBody(tx, ctx.actor.bodyId);
    const { maxMonths, ceilingAt } = extensionCeiling(body, mine);
    const field = 'newDueDate' in input ? 'newDueDate' : 'months';
    const requested =
      'newDueDate' in input
        ? endOfLocalDay(input.newDueDate)
        : calendarFor(body?.settings).addCalendarMonths(mine.dueAt, input.months);
    if (requested <= mine.dueAt) {
      throw invalidField(
        field,
        `新的答复期限须晚于现在的期限（${localDate(mine.dueAt)}）`,
        `the new deadline must be later than the current one (${localDate(mine.dueAt)})`,
      );
    }
    if (requested > ceilingAt) {
      throw invalidField(
        field,
        `延期后不得超过交办之日起${maxMonths}个月（${localDate(ceilingAt)}）`,
        `the new deadline may not pass ${maxMonths} months from assignment (${localDate(ceilingAt)})`,
      );
    }
    const now = ctx.now();
    const ext = await q.insertExtension(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      assignmentId: mine.assignmentId,
      reason: input.reason,
      fromDueAt: mine.dueAt,
      requestedDueAt: requested,
      requestedBy: ctx.actor.userId,
      requestedAt: now,
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'extension',
      entityId: ext.extensionId,
      action: 'extension_requested',
      actorUserId: ctx.actor.userId,
      payload: {
        ...('months' in input ? { months: input.months } : { newDueDate: input.newDueDate }),
        reason: input.reason,
        requestedDueAt: requested.toISOString(),
      },
      at: now,
    });
    await insertNotifications(
      tx,
      (await staffUsers(tx, ctx.actor.bodyId)).map((userId) => ({
        bodyId: ctx.actor.bodyId,
        userId,
        kind: 'extension_requested',
        title: `承办单位申请延期答复《${proposal.title}》`,
        proposalId,
        createdAt: now,
      })),
    );
    return ext;
  });
}

/** Staff approve (the deadline moves, and the history keeps both) or refuse an extension. */
export function decideExtension(
  ctx: ServiceContext,
  proposalId: string,
  extensionId: string,
  input: { approve: boolean; note?: string },
) {
  if (ctx.actor.role !== 'staff') {
    throw forbidden('只有提案工作人员可以审批延期', 'Only staff decide on extensions');
  }
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    const ext = await q.findExtension(tx, ctx.actor.bodyId, proposalId, extensionId);
    if (!ext) {
      throw notFound('Extension', '延期申请');
    }
    if (ext.state !== 'pending') {
      throw conflict(
        'extension_decided',
        '该延期申请已处理',
        'This extension request was already decided',
      );
    }
    const now = ctx.now();
    await q.decide(tx, ctx.actor.bodyId, extensionId, {
      state: input.approve ? 'approved' : 'refused',
      decidedBy: ctx.actor.userId,
      decidedAt: now,
      decisionNote: input.note ?? null,
    });
    if (input.approve) {
      await q.moveDeadline(tx, ctx.actor.bodyId, proposalId, ext.assignmentId, ext.requestedDueAt);
    }
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'extension',
      entityId: extensionId,
      action: input.approve ? 'extension_approved' : 'extension_refused',
      actorUserId: ctx.actor.userId,
      payload: {
        from: ext.fromDueAt.toISOString(),
        to: ext.requestedDueAt.toISOString(),
        note: input.note ?? null,
      },
      at: now,
    });
    const unit = (await activeAssignments(tx, ctx.actor.bodyId, proposalId)).find(
      (a) => a.assignmentId === ext.assignmentId,
    );
    await insertNotifications(
      tx,
      (await unitUsers(tx, ctx.actor.bodyId, unit ? [unit.unitId] : [])).map((userId) => ({
        bodyId: ctx.actor.bodyId,
        userId,
        kind: 'extension_decided',
        title: `《${proposal.title}》的延期申请${input.approve ? '已批准' : '未批准'}`,
        proposalId,
        createdAt: now,
      })),
    );
    return {
      state: input.approve ? 'approved' : 'refused',
      replyDueAt: input.approve ? ext.requestedDueAt : ext.fromDueAt,
    };
  });
}

/**
 * Staff's list of extension requests (pending ones by default), each with the ceiling its
 * assignment allows, so the decision can be made without opening every proposal.
 */
export async function listExtensionRequests(
  ctx: ServiceContext,
  state: 'pending' | 'approved' | 'refused' | 'all',
) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  const states = state === 'all' ? (['pending', 'approved', 'refused'] as const) : [state];
  const rows = await q.listBodyExtensions(ctx.db, ctx.actor.bodyId, [...states]);
  return rows.map(({ assignedAt, deadlineRule, number, origin, ...r }) => ({
    ...r,
    numberLabel: numberLabel({ number, origin }),
    ceiling: extensionCeiling(body, { assignedAt, deadlineRule }),
  }));
}

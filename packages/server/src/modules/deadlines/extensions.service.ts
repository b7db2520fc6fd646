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
import { loadVisible } from '../proposals/proposal-loader.js';
import { calendarFor, policyOf, ruleMaxReplyMonths } from './deadline-policy.js';
import * as q from './extensions.queries.js';

const HANDLING = new Set(['assigned', 'handling', 'rehandling']);

/**
 * 延期申请: the lead (or a separate) unit asks for more months to reply, with its reason. The
 * new deadline may not pass the body's ceiling (6 months from assignment by default).
 */
export function requestExtension(
  ctx: ServiceContext,
  proposalId: string,
  input: { months: number; reason: string },
) {
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
    if (!HANDLING.has(proposal.state)) {
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
    const calendar = calendarFor(body?.settings);
    // The ceiling is the one the deadline was started with, not whatever the policy says today.
    const maxMonths = ruleMaxReplyMonths(mine.deadlineRule) ?? policyOf(body).maxReplyMonths;
    const ceiling = calendar.addCalendarMonths(mine.assignedAt, maxMonths);
    const requested = calendar.addCalendarMonths(mine.dueAt, input.months);
    if (requested > ceiling) {
      throw invalidField(
        'months',
        `延期后不得超过交办之日起${maxMonths}个月（${ceiling.toISOString().slice(0, 10)}）`,
        `the new deadline may not pass ${maxMonths} months from assignment (${ceiling.toISOString().slice(0, 10)})`,
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
        months: input.months,
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

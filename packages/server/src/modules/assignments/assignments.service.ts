import { inTransaction, type ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { conflict, fieldError, forbidden, invalid, invalidField } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { readsWholeBody } from '../auth/actor.js';
import { assignmentDeadlines } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import { applyTransition, assertTransition } from '../proposals/lifecycle.js';
import { proposalDetail } from '../proposals/proposal-detail.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import type { ProposalRow } from '../proposals/proposals.queries.js';
import type { UnitAssignmentInput } from './assignments.schemas.js';
import * as q from './assignments.queries.js';

/**
 * Checks a set of units against the assignment rules: one lead unit with any co-handling units
 * (主办 + 会办), or several units handling separate parts (分办); never both, never a unit twice.
 */
async function validateUnits(
  tx: DbOrTx,
  bodyId: string,
  units: UnitAssignmentInput[],
  field = 'units',
) {
  const errors = [];
  const ids = units.map((u) => u.unitId);
  const found = new Map((await q.findUnits(tx, bodyId, ids)).map((u) => [u.unitId, u]));
  units.forEach((u, i) => {
    const unit = found.get(u.unitId);
    if (!unit || !unit.active) {
      errors.push(
        fieldError(`${field}.${i}.unitId`, '承办单位不存在', 'no such unit in this body'),
      );
    }
    if (ids.indexOf(u.unitId) !== i) {
      errors.push(fieldError(`${field}.${i}.unitId`, '同一单位重复交办', 'unit listed twice'));
    }
  });
  const leads = units.filter((u) => u.role === 'lead').length;
  const separates = units.filter((u) => u.role === 'separate').length;
  const cos = units.filter((u) => u.role === 'co').length;
  if (leads > 1) {
    errors.push(fieldError(field, '主办单位只能有一个', 'at most one lead unit'));
  }
  if (leads && separates) {
    errors.push(
      fieldError(
        field,
        '主办与分办不能同时使用',
        'use either a lead unit or separate units, not both',
      ),
    );
  }
  if (!leads && !separates) {
    errors.push(fieldError(field, '须指定主办或分办单位', 'needs a lead unit or separate units'));
  }
  if (cos && !leads) {
    errors.push(fieldError(field, '会办单位须配合主办单位', 'co-handling units need a lead unit'));
  }
  if (errors.length) {
    throw invalid(errors);
  }
}

async function insertUnitAssignments(
  ctx: ServiceContext,
  tx: DbOrTx,
  proposal: ProposalRow,
  units: UnitAssignmentInput[],
  now: Date,
) {
  const body = await findBody(tx, proposal.bodyId);
  const { replyDueAt, coOpinionDueAt, objectionDueAt, rule } = assignmentDeadlines(body, now);
  await q.insertAssignments(
    tx,
    units.map((u) => ({
      bodyId: proposal.bodyId,
      proposalId: proposal.proposalId,
      unitId: u.unitId,
      role: u.role,
      assignedBy: ctx.actor.userId,
      assignedAt: now,
      // A co-handling unit owes the lead unit its opinion, earlier than the reply (domain.md).
      dueAt: u.role === 'co' ? coOpinionDueAt : replyDueAt,
      objectionDueAt,
      deadlineRule: rule,
    })),
  );
  return replyDueAt;
}

/** 交办: registered → assigned, with the reply deadline from the body's policy. */
export function assign(
  ctx: ServiceContext,
  proposalId: string,
  units: UnitAssignmentInput[],
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    assertTransition('assign', ctx.actor, proposal.state, rel);
    await validateUnits(tx, ctx.actor.bodyId, units);
    const now = ctx.now();
    const replyDueAt = await insertUnitAssignments(ctx, tx, proposal, units, now);
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'assign',
      patch: { assignedAt: now, replyDueAt },
      payload: { units, replyDueAt: replyDueAt.toISOString() },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

/** Assigns many proposals to the same units, all or nothing. */
export function assignMany(
  ctx: ServiceContext,
  proposalIds: string[],
  units: UnitAssignmentInput[],
) {
  return inTransaction(ctx, async (tx) => {
    const assigned = [];
    for (const id of proposalIds) {
      const { proposal, rel } = await loadVisible(tx, ctx.actor, id, { lock: true });
      assertTransition('assign', ctx.actor, proposal.state, rel);
      await validateUnits(tx, ctx.actor.bodyId, units);
      const now = ctx.now();
      const replyDueAt = await insertUnitAssignments(ctx, tx, proposal, units, now);
      await applyTransition(tx, ctx.actor, proposal, rel, {
        action: 'assign',
        patch: { assignedAt: now, replyDueAt },
        payload: { units, replyDueAt: replyDueAt.toISOString() },
        now,
      });
      assigned.push(id);
    }
    return { assigned };
  });
}

async function ownActiveAssignment(tx: DbOrTx, ctx: ServiceContext, proposalId: string) {
  const mine = (await q.activeAssignments(tx, ctx.actor.bodyId, proposalId)).find(
    (a) => a.unitId === ctx.actor.unitId,
  );
  if (!mine) {
    throw forbidden('本单位没有承办该提案', 'Your unit is not assigned this proposal');
  }
  return mine;
}

/** 异议: a unit disputes its assignment within the objection window. */
export function object(
  ctx: ServiceContext,
  proposalId: string,
  input: { reason: string; suggestedUnitName?: string },
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    assertTransition('object', ctx.actor, proposal.state, rel);
    const mine = await ownActiveAssignment(tx, ctx, proposalId);
    const now = ctx.now();
    if (mine.objectionDueAt && now > mine.objectionDueAt) {
      throw conflict(
        'objection_window_closed',
        `异议期已于 ${mine.objectionDueAt.toISOString()} 截止`,
        `The objection window closed at ${mine.objectionDueAt.toISOString()}`,
      );
    }
    if (await q.hasOpenObjection(tx, ctx.actor.bodyId, mine.assignmentId)) {
      throw conflict(
        'objection_pending',
        '本单位的异议尚待处理',
        'Your unit’s objection is still pending',
      );
    }
    const objection = await q.insertObjection(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      assignmentId: mine.assignmentId,
      reason: input.reason,
      suggestedUnitName: input.suggestedUnitName ?? null,
      raisedBy: ctx.actor.userId,
      raisedAt: now,
    });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'object',
      payload: { objectionId: objection.objectionId, reason: input.reason },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

/** Staff uphold the assignment or re-route the objecting unit's part to other units. */
export function resolveObjection(
  ctx: ServiceContext,
  proposalId: string,
  objectionId: string,
  input: { resolution: 'upheld' | 'rerouted'; note?: string; units?: UnitAssignmentInput[] },
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    assertTransition('resolve_objection', ctx.actor, proposal.state, rel);
    const objection = await q.findObjection(tx, ctx.actor.bodyId, proposalId, objectionId);
    if (!objection) {
      throw invalidField('objectionId', '异议不存在', 'no such objection on this proposal');
    }
    if (objection.resolution) {
      throw conflict('objection_resolved', '该异议已处理', 'This objection was already resolved');
    }
    const now = ctx.now();
    if (input.resolution === 'rerouted') {
      if (!input.units?.length) {
        throw invalidField('units', '改办须指定新的承办单位', 'a re-route needs the new units');
      }
      const remaining = (await q.activeAssignments(tx, ctx.actor.bodyId, proposalId)).filter(
        (a) => a.assignmentId !== objection.assignmentId,
      );
      await validateUnits(tx, ctx.actor.bodyId, [
        ...remaining.map((a) => ({ unitId: a.unitId, role: a.role })),
        ...input.units,
      ]);
      await q.endAssignments(tx, ctx.actor.bodyId, [objection.assignmentId], now);
      await insertUnitAssignments(ctx, tx, proposal, input.units, now);
    }
    await q.resolveObjection(tx, ctx.actor.bodyId, objectionId, {
      resolution: input.resolution,
      resolutionNote: input.note ?? null,
      resolvedBy: ctx.actor.userId,
      resolvedAt: now,
    });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'resolve_objection',
      payload: { objectionId, resolution: input.resolution, units: input.units ?? [] },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

/** The lead (or a separate) unit starts handling: assigned → handling. */
export function start(ctx: ServiceContext, proposalId: string) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'start',
      now: ctx.now(),
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

const CONTACT_STATES = new Set(['assigned', 'handling', 'rehandling', 'replied']);

/** 沟通: a unit records its contact with the proposer (a step inside handling, not a transition). */
export function recordContact(
  ctx: ServiceContext,
  proposalId: string,
  input: {
    method: 'phone' | 'visit' | 'meeting' | 'letter' | 'other';
    contactedAt: Date;
    summary: string;
  },
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    const mine = await ownActiveAssignment(tx, ctx, proposalId);
    if (!CONTACT_STATES.has(proposal.state)) {
      throw conflict('not_in_handling', '提案不在办理阶段', 'The proposal is not being handled');
    }
    const now = ctx.now();
    if (input.contactedAt > now) {
      throw invalidField('contactedAt', '沟通时间不能晚于现在', 'cannot be in the future');
    }
    const contact = await q.insertContact(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      unitId: mine.unitId,
      method: input.method,
      contactedAt: input.contactedAt,
      summary: input.summary,
      recordedBy: ctx.actor.userId,
      createdAt: now,
    });
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'contact',
      entityId: contact.contactId,
      action: 'contact',
      actorUserId: ctx.actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: { method: input.method },
      at: now,
    });
    return contact;
  });
}

/** 会办意见: a co-handling unit sends its opinion to the lead unit. */
export function submitCoUnitOpinion(ctx: ServiceContext, proposalId: string, text: string) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    assertTransition('co_unit_opinion', ctx.actor, proposal.state, rel);
    const mine = await ownActiveAssignment(tx, ctx, proposalId);
    const now = ctx.now();
    const opinion = await q.insertCoUnitOpinion(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      unitId: mine.unitId,
      text,
      submittedBy: ctx.actor.userId,
      submittedAt: now,
    });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'co_unit_opinion',
      payload: { opinionId: opinion.opinionId },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

export function listOpenObjections(ctx: ServiceContext) {
  if (!readsWholeBody(ctx.actor)) {
    throw forbidden('无权查看异议列表', 'Only staff see the objections list');
  }
  return q.listOpenObjections(ctx.db, ctx.actor.bodyId);
}

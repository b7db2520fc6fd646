import type { RejectionDestination, RejectionReason } from '@jianyan/shared';
import { inTransaction, type ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { conflict, invalidField } from '../../errors.js';
import { applyTransition, assertTransition } from '../proposals/lifecycle.js';
import { proposalDetail } from '../proposals/proposal-detail.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { findCategory, findProposal } from '../proposals/proposals.queries.js';
import * as q from './review.queries.js';

async function decide(
  ctx: ServiceContext,
  tx: DbOrTx,
  proposalId: string,
  decision: 'register' | 'reject' | 'return_for_revision' | 'merge',
  fields: { reasonCode?: string; comment?: string; destination?: string; mergedIntoId?: string },
) {
  await q.insertDecision(tx, {
    bodyId: ctx.actor.bodyId,
    proposalId,
    decision,
    decidedBy: ctx.actor.userId,
    decidedAt: ctx.now(),
    ...fields,
  });
}

async function registerInTx(
  ctx: ServiceContext,
  tx: DbOrTx,
  proposalId: string,
  input: { categoryId: string; isKey: boolean; comment?: string },
  expectedVersion?: number,
) {
  const { actor } = ctx;
  const { proposal, rel } = await loadVisible(tx, actor, proposalId, {
    lock: true,
    expectedVersion,
  });
  assertTransition('register', actor, proposal.state, rel);
  if (!(await findCategory(tx, actor.bodyId, input.categoryId))) {
    throw invalidField('categoryId', '类别不存在', 'no such category in this body');
  }
  const number = await q.nextNumber(
    tx,
    actor.bodyId,
    proposal.sessionId,
    proposal.kind,
    proposal.origin,
  );
  const now = ctx.now();
  await decide(ctx, tx, proposalId, 'register', { comment: input.comment });
  const updated = await applyTransition(tx, actor, proposal, rel, {
    action: 'register',
    patch: { number, categoryId: input.categoryId, isKey: input.isKey, registeredAt: now },
    payload: { number, categoryId: input.categoryId, isKey: input.isKey },
    now,
  });
  return { updated, rel };
}

/** 立案: the proposal gets the next number of its session, kind and origin. */
export function register(
  ctx: ServiceContext,
  proposalId: string,
  input: { categoryId: string; isKey: boolean; comment?: string },
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { updated, rel } = await registerInTx(ctx, tx, proposalId, input, expectedVersion);
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

/** Registers many at once, all or nothing. */
export function registerMany(
  ctx: ServiceContext,
  input: { proposalIds: string[]; categoryId: string; isKey: boolean },
) {
  return inTransaction(ctx, async (tx) => {
    const registered = [];
    for (const id of input.proposalIds) {
      const { updated } = await registerInTx(ctx, tx, id, input);
      registered.push({ proposalId: id, number: updated.number });
    }
    return { registered };
  });
}

/** 不予立案, with a reason from the list and where it goes instead (去向). */
export function reject(
  ctx: ServiceContext,
  proposalId: string,
  input: { reasonCode: RejectionReason; comment: string; destination: RejectionDestination },
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    assertTransition('reject', ctx.actor, proposal.state, rel);
    await decide(ctx, tx, proposalId, 'reject', input);
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'reject',
      payload: input,
      now: ctx.now(),
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

/** 退回修改: back to the proposer's drafts, with the staff's comment. */
export function returnForRevision(
  ctx: ServiceContext,
  proposalId: string,
  comment: string,
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    assertTransition('return_for_revision', ctx.actor, proposal.state, rel);
    await decide(ctx, tx, proposalId, 'return_for_revision', { comment });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'return_for_revision',
      patch: { submittedAt: null },
      payload: { comment },
      now: ctx.now(),
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

const MERGE_TARGET_STATES = new Set([
  'registered',
  'assigned',
  'handling',
  'replied',
  'rehandling',
  'closed',
]);

/** 并案: into a registered proposal on the same subject; its proposers then follow that one. */
export function merge(
  ctx: ServiceContext,
  proposalId: string,
  input: { intoProposalId: string; comment?: string },
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    assertTransition('merge', ctx.actor, proposal.state, rel);
    if (input.intoProposalId === proposalId) {
      throw invalidField('intoProposalId', '不能并入自身', 'cannot merge a proposal into itself');
    }
    const target = await findProposal(tx, ctx.actor.bodyId, input.intoProposalId);
    if (!target) {
      throw invalidField('intoProposalId', '目标提案不存在', 'no such proposal in this body');
    }
    if (!MERGE_TARGET_STATES.has(target.state)) {
      throw conflict(
        'merge_target_not_registered',
        '只能并入已立案的提案',
        'A proposal can be merged only into a registered one',
      );
    }
    await decide(ctx, tx, proposalId, 'merge', {
      comment: input.comment,
      mergedIntoId: target.proposalId,
    });
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'merge',
      patch: { mergedIntoId: target.proposalId },
      payload: { intoProposalId: target.proposalId, comment: input.comment ?? null },
      now: ctx.now(),
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

import {
  STATE_LABELS,
  TRANSITIONS,
  actionsFrom,
  transitionFor,
  type ProposalAction,
  type ProposalState,
} from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { noticeFor } from '../notifications/transition-notifications.js';
import { writeTransition } from './lifecycle.queries.js';
import { requireRelation, type ProposalRelations } from './proposal-access.js';
import type { ProposalPatch, ProposalRow } from './proposals.queries.js';

/**
 * The one place where the lifecycle table is enforced. Every state change goes through
 * `applyTransition`, inside the transaction that locked the proposal row, so the check, the
 * change and its event commit together.
 */
export function assertTransition(
  action: ProposalAction,
  actor: Actor,
  state: ProposalState,
  rel: ProposalRelations,
) {
  const t = transitionFor(action);
  if (actor.system) {
    if (!t.system) {
      throw forbidden(
        `系统不能自动执行“${t.label.zh}”`,
        `The platform may not "${t.label.en}" on its own`,
      );
    }
  } else if (!t.by.includes(actor.role)) {
    throw forbidden(`您的角色不能执行“${t.label.zh}”`, `Your role may not "${t.label.en}"`);
  }
  if (!actor.system) {
    requireRelation(action, actor, rel);
  }
  if (!t.from.includes(state)) {
    const allowed = actionsFrom(state);
    const allowedZh = allowed.map((a) => transitionFor(a).label.zh).join('、') || '无';
    throw new AppError(
      409,
      'illegal_transition',
      `当前状态“${STATE_LABELS[state].zh}”不能“${t.label.zh}”；此状态下允许：${allowedZh}`,
      `Cannot "${t.label.en}" a proposal in state "${state}"; allowed from "${state}": ${allowed.join(', ') || 'none'}`,
      { allowedActions: allowed },
    );
  }
  return t;
}

export interface TransitionInput {
  action: ProposalAction;
  /** Required when the action has several targets (feedback → closed or rehandling). */
  to?: ProposalState;
  patch?: ProposalPatch;
  payload?: Record<string, unknown>;
  now: Date;
}

export async function applyTransition(
  tx: DbOrTx,
  actor: Actor,
  proposal: ProposalRow,
  rel: ProposalRelations,
  input: TransitionInput,
): Promise<ProposalRow> {
  return (await takeTransition(tx, actor, proposal, rel, input, false)).proposal;
}

/**
 * Submits: the transition with the invitations nobody answered lapsed in the same statement
 * (only confirmed co-signers count); the event lists them as `lapsedCosigners`.
 */
export function applySubmission(
  tx: DbOrTx,
  actor: Actor,
  proposal: ProposalRow,
  rel: ProposalRelations,
  input: Omit<TransitionInput, 'action' | 'to'>,
) {
  return takeTransition(tx, actor, proposal, rel, { ...input, action: 'submit' }, true);
}

async function takeTransition(
  tx: DbOrTx,
  actor: Actor,
  proposal: ProposalRow,
  rel: ProposalRelations,
  input: TransitionInput,
  lapsePendingCosigners: boolean,
) {
  const t = assertTransition(input.action, actor, proposal.state, rel);
  const to = input.to ?? t.to[0]!;
  if (!t.to.includes(to)) {
    throw new Error(`lifecycle table has no ${input.action}: ${proposal.state} → ${to}`);
  }
  const payload = input.payload ?? {};
  const notice = await noticeFor(tx, {
    bodyId: proposal.bodyId,
    proposalId: proposal.proposalId,
    title: proposal.title,
    ownerUserId: proposal.ownerUserId,
    actorUserId: actor.userId,
    action: input.action,
    to,
    payload,
    at: input.now,
  });
  // The change, its event and its notices in one statement (lifecycle.queries.ts).
  return writeTransition(tx, {
    proposal,
    to,
    patch: input.patch ?? {},
    event: {
      action: input.action,
      actorUserId: actor.system ? null : actor.userId,
      payload,
    },
    notice,
    lapsePendingCosigners,
    now: input.now,
  });
}

/** For documentation and tests: every (from, action, to) edge of the table. */
export const LIFECYCLE_EDGES = TRANSITIONS.flatMap((t) =>
  t.from.flatMap((from) => t.to.map((to) => ({ from, action: t.action, to }))),
);

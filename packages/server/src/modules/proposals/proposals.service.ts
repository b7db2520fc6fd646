import { REPLY_DEADLINE_STATES } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import type { ProposalRelations } from './proposal-access.js';
import { inTransaction } from '../../context.js';
import { forbidden, invalid, invalidField, fieldError } from '../../errors.js';
import { listProposalEvents, recordEvent } from '../events/events.queries.js';
import { readsWholeBody } from '../auth/actor.js';
import { findBody } from '../admin/bodies.queries.js';
import { countdownIf } from '../deadlines/countdown.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { applySubmission, applyTransition, assertTransition } from './lifecycle.js';
import { proposalDetail } from './proposal-detail.js';
import { loadVisible, numberLabel, versionConflict } from './proposal-loader.js';
import type { CreateDraftInput, ListQuery, UpdateDraftInput } from './proposal.schemas.js';
import * as q from './proposals.queries.js';
import { notifyTransition } from '../notifications/transition-notifications.js';
import { refreshSearchIndex } from '../search/search-index.js';
import { insertNote } from './supervision.queries.js';

/** A member, deputy or collective account starts a draft (the lifecycle's first row). */
export function createDraft(ctx: ServiceContext, input: CreateDraftInput) {
  const { actor } = ctx;
  if (actor.role !== 'proposer') {
    throw forbidden('只有提案者可以起草提案', 'Only proposers can draft proposals');
  }
  return inTransaction(ctx, async (tx) => {
    const session = await q.findSession(tx, actor.bodyId, input.sessionId);
    if (!session) {
      throw invalidField('sessionId', '会议不存在', 'no such session in this body');
    }
    if (input.categoryId && !(await q.findCategory(tx, actor.bodyId, input.categoryId))) {
      throw invalidField('categoryId', '类别不存在', 'no such category in this body');
    }
    const body = await q.findBodyKind(tx, actor.bodyId);
    const now = ctx.now();
    const proposal = await q.insertProposal(tx, {
      bodyId: actor.bodyId,
      sessionId: session.sessionId,
      kind: body === 'npc' ? 'suggestion' : 'proposal',
      proposerType: actor.organisationId ? 'collective' : 'individual',
      ownerUserId: actor.userId,
      leadPersonId: actor.personId,
      leadOrganisationId: actor.organisationId,
      title: input.title,
      problem: input.problem,
      suggestions: input.suggestions,
      categoryId: input.categoryId ?? null,
      confidential: input.confidential,
      createdAt: now,
      updatedAt: now,
    });
    await refreshSearchIndex(tx, actor.bodyId, proposal.proposalId);
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId: proposal.proposalId,
      entity: 'proposal',
      entityId: proposal.proposalId,
      action: 'create',
      actorUserId: actor.userId,
      toState: 'draft',
      payload: { title: input.title },
      at: now,
    });
    if (input.cosignerUserIds.length) {
      const rel = await q.relationsOf(tx, actor, proposal);
      await addCosigners(ctx, tx, proposal, rel, input.cosignerUserIds);
    }
    const rel = await q.relationsOf(tx, actor, proposal);
    return proposalDetail(
      tx,
      actor,
      (await q.findProposal(tx, actor.bodyId, proposal.proposalId))!,
      rel,
      ctx.now(),
    );
  });
}

export function updateDraft(
  ctx: ServiceContext,
  proposalId: string,
  expectedVersion: number,
  patch: UpdateDraftInput,
) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, actor, proposalId, { lock: true });
    if (!rel.isOwner) {
      throw forbidden('只能修改自己的提案', 'You can edit only your own proposals');
    }
    if (proposal.state !== 'draft') {
      throw forbidden('只有草稿可以修改', 'Only a draft can be edited');
    }
    if (patch.categoryId && !(await q.findCategory(tx, actor.bodyId, patch.categoryId))) {
      throw invalidField('categoryId', '类别不存在', 'no such category in this body');
    }
    const now = ctx.now();
    const updated = await q.updateProposalIfVersion(tx, proposal, expectedVersion, patch, now);
    if (!updated) {
      throw versionConflict(proposal.version);
    }
    await refreshSearchIndex(tx, actor.bodyId, proposalId);
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId,
      entity: 'proposal',
      entityId: proposalId,
      action: 'edit',
      actorUserId: actor.userId,
      fromState: 'draft',
      toState: 'draft',
      payload: { fields: Object.keys(patch) },
      at: now,
    });
    return proposalDetail(tx, actor, updated, rel, ctx.now());
  });
}

export async function getProposal(ctx: ServiceContext, proposalId: string) {
  const { proposal, rel } = await loadVisible(ctx.db, ctx.actor, proposalId);
  return proposalDetail(ctx.db, ctx.actor, proposal, rel, ctx.now());
}

export async function listProposals(ctx: ServiceContext, query: ListQuery) {
  const now = ctx.now();
  const { rows, total } = await q.listProposals(ctx.db, ctx.actor, query, now);
  const calendar = calendarFor((await findBody(ctx.db, ctx.actor.bodyId))?.settings);
  return {
    items: rows.map((r) => ({
      ...r,
      numberLabel: numberLabel(r),
      replyCountdown: countdownIf(
        calendar,
        r.replyDueAt,
        REPLY_DEADLINE_STATES.includes(r.state),
        now,
      ),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function addCosigners(
  ctx: ServiceContext,
  tx: DbOrTx,
  proposal: q.ProposalRow,
  rel: ProposalRelations,
  userIds: string[],
) {
  const { actor } = ctx;
  assertTransition('invite_cosigners', actor, proposal.state, rel);
  const unique = [...new Set(userIds)];
  const found = new Map(
    (await q.findProposerUsers(tx, actor.bodyId, unique)).map((u) => [u.userId, u]),
  );
  const errors = unique.flatMap((id, i) => {
    const u = found.get(id);
    if (id === actor.userId) {
      return [fieldError(`userIds.${i}`, '不能邀请自己联名', 'cannot invite yourself')];
    }
    if (!u || !u.active) {
      return [fieldError(`userIds.${i}`, '该用户不存在', 'no such user in this body')];
    }
    if (u.role !== 'proposer') {
      return [
        fieldError(
          `userIds.${i}`,
          '只能邀请委员或代表联名',
          'only members or deputies can co-sign',
        ),
      ];
    }
    return [];
  });
  if (errors.length) {
    throw invalid(errors);
  }
  const now = ctx.now();
  await q.insertCosigners(tx, actor.bodyId, proposal.proposalId, unique, now);
  await q.touchProposal(tx, proposal, now);
  await recordEvent(tx, {
    bodyId: actor.bodyId,
    proposalId: proposal.proposalId,
    entity: 'proposal',
    entityId: proposal.proposalId,
    action: 'invite_cosigners',
    actorUserId: actor.userId,
    fromState: proposal.state,
    toState: proposal.state,
    payload: { userIds: unique },
    at: now,
  });
  await notifyTransition(tx, {
    bodyId: actor.bodyId,
    proposalId: proposal.proposalId,
    title: proposal.title,
    ownerUserId: proposal.ownerUserId,
    actorUserId: actor.userId,
    action: 'invite_cosigners',
    to: proposal.state,
    payload: { userIds: unique },
    at: now,
  });
}

export function inviteCosigners(ctx: ServiceContext, proposalId: string, userIds: string[]) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    await addCosigners(ctx, tx, proposal, rel, userIds);
    return proposalDetail(
      tx,
      ctx.actor,
      (await q.findProposal(tx, ctx.actor.bodyId, proposalId))!,
      rel,
      ctx.now(),
    );
  });
}

/** A co-signer confirms or declines; only while the proposal is still a draft. */
export function respondToInvitation(ctx: ServiceContext, proposalId: string, accept: boolean) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, actor, proposalId, { lock: true });
    if (rel.cosignerState !== 'pending') {
      throw forbidden(
        '您没有待回复的联名邀请',
        'You have no pending co-signing invitation for this proposal',
      );
    }
    if (proposal.state !== 'draft') {
      throw forbidden(
        '提案已提交，联名邀请已失效',
        'The proposal was already submitted; the invitation has lapsed',
      );
    }
    const now = ctx.now();
    const state = accept ? 'confirmed' : 'declined';
    await q.setCosignerState(tx, actor.bodyId, proposalId, actor.userId, state, now);
    await q.touchProposal(tx, proposal, now);
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId,
      entity: 'cosigner',
      entityId: actor.userId,
      action: accept ? 'cosign_confirm' : 'cosign_decline',
      actorUserId: actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: {},
      at: now,
    });
    const after = await q.findProposal(tx, actor.bodyId, proposalId);
    return proposalDetail(tx, actor, after!, { ...rel, cosignerState: state }, ctx.now());
  });
}

export const listInvitations = (ctx: ServiceContext) => q.listInvitations(ctx.db, ctx.actor);

/**
 * What a submission answers: the member's receipt (回执) and the version for the next If-Match.
 * Not the whole proposal page: that is one GET away, and building it took 15 of a submission's
 * 27 statements when every member submits in the same hour (docs/performance.md).
 */
export interface SubmissionReceipt {
  proposalId: string;
  title: string;
  state: q.ProposalRow['state'];
  origin: q.ProposalRow['origin'];
  version: number;
  submittedAt: Date;
  /** Invited co-signers who had not answered: their invitations lapsed with the submission. */
  lapsedCosignerIds: string[];
}

/**
 * Submits a draft. After the session's deadline it becomes an interim (平时) proposal; invitations
 * nobody answered lapse, so only confirmed co-signers count.
 */
export function submit(
  ctx: ServiceContext,
  proposalId: string,
  expectedVersion?: number,
): Promise<SubmissionReceipt> {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel, sessionDeadline } = await loadVisible(tx, actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    assertTransition('submit', actor, proposal.state, rel);
    const missing = [
      !proposal.problem.trim() &&
        fieldError('problem', '提交前须填写案由', 'is required before submitting'),
      !proposal.suggestions.trim() &&
        fieldError('suggestions', '提交前须填写建议', 'is required before submitting'),
    ].filter((e) => e !== false);
    if (missing.length) {
      throw invalid(missing);
    }
    const now = ctx.now();
    const origin = sessionDeadline && now > sessionDeadline ? 'interim' : 'plenary';
    const { proposal: updated, lapsedCosignerIds } = await applySubmission(
      tx,
      actor,
      proposal,
      rel,
      { patch: { origin, submittedAt: now }, payload: { origin }, now },
    );
    return {
      proposalId: updated.proposalId,
      title: updated.title,
      state: updated.state,
      origin: updated.origin,
      version: updated.version,
      submittedAt: now,
      lapsedCosignerIds,
    };
  });
}

export function withdraw(
  ctx: ServiceContext,
  proposalId: string,
  reason: string | undefined,
  expectedVersion?: number,
) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, actor, proposalId, {
      lock: true,
      expectedVersion,
    });
    const updated = await applyTransition(tx, actor, proposal, rel, {
      action: 'withdraw',
      payload: reason ? { reason } : {},
      now: ctx.now(),
    });
    return proposalDetail(tx, actor, updated, rel, ctx.now());
  });
}

export async function timeline(ctx: ServiceContext, proposalId: string) {
  await loadVisible(ctx.db, ctx.actor, proposalId);
  return listProposalEvents(ctx.db, ctx.actor.bodyId, proposalId);
}

/** Leaders (and staff) keep supervision notes on proposals they follow. */
export function addSupervisionNote(ctx: ServiceContext, proposalId: string, text: string) {
  const { actor } = ctx;
  if (!readsWholeBody(actor) || actor.role === 'admin') {
    throw forbidden(
      '只有领导和提案工作人员可以填写督办意见',
      'Only leaders and staff write supervision notes',
    );
  }
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await loadVisible(tx, actor, proposalId);
    const now = ctx.now();
    const note = await insertNote(tx, {
      bodyId: actor.bodyId,
      proposalId,
      authorUserId: actor.userId,
      text,
      createdAt: now,
    });
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      proposalId,
      entity: 'supervision_note',
      entityId: note.noteId,
      action: 'supervision_note',
      actorUserId: actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: {},
      at: now,
    });
    return note;
  });
}

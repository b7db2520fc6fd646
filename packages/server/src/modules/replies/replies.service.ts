import { DEFAULT_REPLY_CLASSES, type Verdict } from '@jianyan/shared';
import { inTransaction, type ServiceContext } from '../../context.js';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import * as assignmentsQ from '../assignments/assignments.queries.js';
import { rehandlingDeadline } from '../deadlines/deadline-policy.js';
import { recordEvent } from '../events/events.queries.js';
import { applyTransition, assertTransition } from '../proposals/lifecycle.js';
import { handlesReply } from '../proposals/proposal-access.js';
import { proposalDetail } from '../proposals/proposal-detail.js';
import { loadVisible, versionConflict } from '../proposals/proposal-loader.js';
import { refreshSearchIndex } from '../search/search-index.js';
import * as q from './replies.queries.js';

const DRAFTING_STATES = new Set(['handling', 'rehandling']);

/** The reply classes this body uses (A–D unless it configured its own). */
export async function replyClassesOf(ctx: ServiceContext) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  return (
    body?.settings.replyClasses?.map((c) => ({ code: c.code, label: { zh: c.zh, en: c.en } })) ??
    DEFAULT_REPLY_CLASSES
  );
}

/**
 * A clerk (or the leader) of a lead or separate unit writes the unit's reply for the current
 * round. Saving again updates the draft, guarded by its version; a signed reply is final.
 */
export function saveReplyDraft(
  ctx: ServiceContext,
  proposalId: string,
  input: { replyClass: string; text: string; publicText?: string | null; confidential: boolean },
  expectedVersion?: number,
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    if (!handlesReply(rel) || !ctx.actor.unitId) {
      throw forbidden(
        '只有主办或分办单位可以起草答复',
        'Only a lead or separate unit drafts the reply',
      );
    }
    if (!DRAFTING_STATES.has(proposal.state)) {
      throw conflict(
        'not_in_handling',
        '提案不在办理阶段，不能起草答复',
        'The proposal is not being handled',
      );
    }
    const classes = await replyClassesOf({ ...ctx, db: tx });
    if (!classes.some((c) => c.code === input.replyClass)) {
      throw invalidField(
        'replyClass',
        `答复类别须为 ${classes.map((c) => c.code).join('、')} 之一`,
        `must be one of ${classes.map((c) => c.code).join(', ')}`,
      );
    }
    const round = await q.currentRound(tx, ctx.actor.bodyId, proposalId);
    const existing = await q.findUnitReply(
      tx,
      ctx.actor.bodyId,
      proposalId,
      ctx.actor.unitId,
      round,
    );
    const now = ctx.now();
    let reply;
    if (existing) {
      if (existing.signedAt) {
        throw conflict('reply_signed', '答复已签发，不能再修改', 'The reply is signed and final');
      }
      if (expectedVersion === undefined) {
        throw new AppError(
          428,
          'version_required',
          '修改答复须带上 If-Match 版本号',
          'Editing a reply needs an If-Match header with its version',
        );
      }
      reply = await q.updateReplyIfVersion(
        tx,
        existing,
        expectedVersion,
        { ...input, publicText: input.publicText ?? null },
        now,
      );
      if (!reply) {
        throw versionConflict(existing.version);
      }
    } else {
      reply = await q.insertReply(tx, {
        bodyId: ctx.actor.bodyId,
        proposalId,
        unitId: ctx.actor.unitId,
        round,
        replyClass: input.replyClass,
        text: input.text,
        publicText: input.publicText ?? null,
        confidential: input.confidential,
        draftedBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'reply',
      entityId: reply.replyId,
      action: existing ? 'reply_draft_edit' : 'reply_draft',
      actorUserId: ctx.actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: { round, replyClass: input.replyClass },
      at: now,
    });
    return { reply, proposal: await proposalDetail(tx, ctx.actor, proposal, rel, ctx.now()) };
  });
}

/**
 * 签发: the unit leader signs the unit's reply. When every lead/separate unit of the round has a
 * signed reply, the proposal moves to `replied` (`reply`, or `reply_again` in rehandling).
 */
export function signReply(ctx: ServiceContext, proposalId: string, replyId: string) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    const action = proposal.state === 'rehandling' ? 'reply_again' : 'reply';
    assertTransition(action, ctx.actor, proposal.state, rel);
    const reply = await q.findReply(tx, ctx.actor.bodyId, proposalId, replyId);
    if (!reply || reply.unitId !== ctx.actor.unitId) {
      throw notFound('Reply', '答复');
    }
    if (reply.signedAt) {
      throw conflict('reply_signed', '答复已签发', 'The reply is already signed');
    }
    const round = await q.currentRound(tx, ctx.actor.bodyId, proposalId);
    if (reply.round !== round) {
      throw conflict(
        'stale_reply',
        '该答复属于以前的办理轮次',
        'This reply belongs to an earlier round',
      );
    }
    const now = ctx.now();
    await q.markSigned(tx, reply, { userId: ctx.actor.userId, name: ctx.actor.displayName }, now);
    await refreshSearchIndex(tx, ctx.actor.bodyId, proposalId);
    const signed = await q.signedUnitIds(tx, ctx.actor.bodyId, proposalId, round);
    const replying = (
      await assignmentsQ.activeAssignments(tx, ctx.actor.bodyId, proposalId)
    ).filter((a) => a.role === 'lead' || a.role === 'separate');
    const allSigned = replying.every((a) => signed.has(a.unitId));
    let current = proposal;
    if (allSigned) {
      if (action === 'reply_again') {
        await q.closeOpenRehandlingRound(tx, ctx.actor.bodyId, proposalId, now);
      }
      current = await applyTransition(tx, ctx.actor, proposal, rel, {
        action,
        payload: { replyId, round, replyClass: reply.replyClass },
        now,
      });
    } else {
      await recordEvent(tx, {
        bodyId: ctx.actor.bodyId,
        proposalId,
        entity: 'reply',
        entityId: replyId,
        action: 'reply_signed',
        actorUserId: ctx.actor.userId,
        fromState: proposal.state,
        toState: proposal.state,
        payload: {
          round,
          waitingFor: replying.filter((a) => !signed.has(a.unitId)).map((a) => a.unitId),
        },
        at: now,
      });
    }
    return proposalDetail(tx, ctx.actor, current, rel, ctx.now());
  });
}

/**
 * The proposer's verdict: satisfied or mostly satisfied closes the proposal (办结); dissatisfied
 * opens a rehandling round with its own deadline.
 */
export function giveFeedback(
  ctx: ServiceContext,
  proposalId: string,
  input: { verdict: Verdict; comment?: string },
) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    assertTransition('feedback', ctx.actor, proposal.state, rel);
    const round = await q.currentRound(tx, ctx.actor.bodyId, proposalId);
    const now = ctx.now();
    const fb = await q.insertFeedback(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      round,
      verdict: input.verdict,
      comment: input.comment ?? null,
      givenBy: ctx.actor.userId,
      givenAt: now,
    });
    const dissatisfied = input.verdict === 'dissatisfied';
    let replyDueAt: Date | null = proposal.replyDueAt;
    if (dissatisfied) {
      const body = await findBody(tx, ctx.actor.bodyId);
      replyDueAt = rehandlingDeadline(body, now);
      await q.insertRehandlingRound(tx, {
        bodyId: ctx.actor.bodyId,
        proposalId,
        round: round + 1,
        feedbackId: fb.feedbackId,
        openedAt: now,
        dueAt: replyDueAt,
      });
    }
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'feedback',
      to: dissatisfied ? 'rehandling' : 'closed',
      patch: dissatisfied ? { replyDueAt } : { closedAt: now },
      payload: { verdict: input.verdict, round },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
  });
}

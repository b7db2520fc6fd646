import type { ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { findUnits } from '../assignments/assignments.queries.js';
import { proposalDetail } from '../proposals/proposal-detail.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { buildReplyLetter } from '../reports/documents/reply-letter.js';

/** A unit's reply as the letter (答复函) that goes to the proposer, from what the caller may read. */
export async function replyLetter(ctx: ServiceContext, proposalId: string, replyId: string) {
  const { proposal, rel } = await loadVisible(ctx.db, ctx.actor, proposalId);
  const detail = await proposalDetail(ctx.db, ctx.actor, proposal, rel, ctx.now());
  const reply = detail.replies.find((r) => r.replyId === replyId);
  if (!reply) {
    throw notFound('Reply', '答复');
  }
  const [unit] = await findUnits(ctx.db, ctx.actor.bodyId, [reply.unitId]);
  return buildReplyLetter({
    unitName: reply.unitName,
    proposalNumber: detail.numberLabel ?? '',
    proposalTitle: detail.title,
    proposerName: detail.proposerName,
    proposerHonorific: detail.proposerType === 'collective' ? '' : undefined,
    itemKind: detail.kind,
    sessionName: detail.sessionName,
    replyClass: reply.replyClass,
    text: reply.text,
    signerName: reply.signerName ?? '',
    date: reply.signedAt ?? ctx.now(),
    contact: { name: unit?.contactName ?? '', phone: unit?.contactPhone ?? '' },
  });
}

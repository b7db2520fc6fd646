import type { BaseContext, ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { conflict } from '../../errors.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { applyTransition, assertTransition } from '../proposals/lifecycle.js';
import { proposalDetail } from '../proposals/proposal-detail.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import * as q from './publication.queries.js';

/** 公开: staff publish a closed proposal and its non-confidential replies to the portal. */
export function publish(ctx: ServiceContext, proposalId: string) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    assertTransition('publish', ctx.actor, proposal.state, rel);
    if (proposal.confidential) {
      throw conflict(
        'confidential',
        '该提案标记为不公开，不能发布',
        'This proposal is confidential and cannot be published',
      );
    }
    if (proposal.publishedAt) {
      throw conflict('already_published', '该提案已公开', 'Already published');
    }
    const now = ctx.now();
    const updated = await applyTransition(tx, ctx.actor, proposal, rel, {
      action: 'publish',
      patch: { publishedAt: now },
      now,
    });
    return proposalDetail(tx, ctx.actor, updated, rel);
  });
}

/** The portal's list: published proposals with their public replies, for anyone. */
export async function listPublic(ctx: BaseContext, filters: q.PublicFilters) {
  const { rows, total } = await q.listPublished(ctx.db, filters);
  const byBody = new Map<string, string[]>();
  for (const r of rows) {
    byBody.set(r.bodyId, [...(byBody.get(r.bodyId) ?? []), r.proposalId]);
  }
  const replies = (
    await Promise.all([...byBody].map(([bodyId, ids]) => q.publicReplies(ctx.db, bodyId, ids)))
  ).flat();
  return {
    items: rows.map(({ bodyId: _bodyId, ...r }) => ({
      ...r,
      numberLabel: numberLabel(r),
      replies: replies.filter((rep) => rep.proposalId === r.proposalId),
    })),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

import { Feed } from 'feed';
import type { BaseContext, ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
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
    return proposalDetail(tx, ctx.actor, updated, rel, ctx.now());
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

/** One published proposal at its stable address (/public/bodies/:code/proposals/:id). */
export async function getPublic(ctx: BaseContext, bodyCode: string, proposalId: string) {
  const { items } = await listPublic(ctx, { bodyCode, proposalId, page: 1, pageSize: 1 });
  if (!items[0]) {
    throw notFound('Published proposal', '公开的提案');
  }
  return items[0];
}

/** An Atom feed of newly published replies of a body; only what the portal shows. */
export async function publicFeed(ctx: BaseContext, bodyCode: string, baseUrl: string) {
  const rows = await q.recentlyPublished(ctx.db, bodyCode, 50);
  const byProposal = new Map<string, Awaited<ReturnType<typeof q.publicReplies>>>();
  if (rows[0]) {
    const replies = await q.publicReplies(
      ctx.db,
      rows[0].bodyId,
      rows.map((r) => r.proposalId),
    );
    for (const r of replies) {
      byProposal.set(r.proposalId, [...(byProposal.get(r.proposalId) ?? []), r]);
    }
  }
  const feed = new Feed({
    id: `${baseUrl}/portal/${bodyCode}`,
    title: `${rows[0]?.bodyName ?? bodyCode} · 提案答复公开`,
    link: `${baseUrl}/portal/${bodyCode}`,
    language: 'zh-CN',
    copyright: '',
    updated: rows[0]?.publishedAt ?? new Date(0),
  });
  for (const r of rows) {
    const url = `${baseUrl}/portal/${bodyCode}/proposals/${r.proposalId}`;
    const replies = byProposal.get(r.proposalId) ?? [];
    feed.addItem({
      id: url,
      link: url,
      title: r.title,
      date: r.publishedAt!,
      description: replies
        .map((rep) => `${rep.unitName}（${rep.replyClass}类）：${rep.text}`)
        .join('\n\n'),
    });
  }
  return feed.atom1();
}

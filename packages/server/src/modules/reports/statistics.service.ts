import { CATEGORY_AREAS, type CategoryArea, type ProposalState } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import * as q from './statistics.queries.js';

/** A rate with its base named, as the official reports require (立案率 over received, …). */
export interface Rate {
  numerator: number;
  base: number;
  baseName: string;
  /** Percent with two decimals; null when the base is 0. */
  percent: number | null;
}

const rate = (numerator: number, base: number, baseName: string): Rate => ({
  numerator,
  base,
  baseName,
  percent: base === 0 ? null : Math.round((numerator / base) * 10_000) / 100,
});

const HANDLED: ProposalState[] = ['assigned', 'handling', 'replied', 'rehandling', 'closed'];

/**
 * The figures the leader's dashboard and the handling report share: one source of truth.
 * Staff, leaders and administrators see their whole body.
 */
export async function overview(ctx: ServiceContext, sessionId?: string) {
  const { actor } = ctx;
  if (!['staff', 'leader', 'admin'].includes(actor.role)) {
    throw forbidden(
      '只有提案工作人员和领导可以查看统计',
      'Only staff and leaders see the statistics',
    );
  }
  const [states, sources, areas, verdicts, classes, unitRows, keys] = await Promise.all([
    q.countByState(ctx.db, actor.bodyId, sessionId),
    q.countReceivedBySource(ctx.db, actor.bodyId, sessionId),
    q.countRegisteredByArea(ctx.db, actor.bodyId, sessionId),
    q.latestVerdicts(ctx.db, actor.bodyId, sessionId),
    q.countReplyClasses(ctx.db, actor.bodyId, sessionId),
    q.unitTimeliness(ctx.db, actor.bodyId, ctx.now(), sessionId),
    q.keyProposals(ctx.db, actor.bodyId, sessionId),
  ]);
  const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)])) as Partial<
    Record<ProposalState, number>
  >;
  const received = sources.reduce((n, s) => n + Number(s.n), 0);
  const registered = areas.reduce((n, a) => n + Number(a.n), 0);
  const handled = HANDLED.reduce((n, s) => n + (byState[s] ?? 0), 0);
  const replied = (byState.replied ?? 0) + (byState.closed ?? 0) + (byState.rehandling ?? 0);
  const satisfied = verdicts.filter((v) => v.verdict !== 'dissatisfied').length;
  const bySource = {
    individual: sources
      .filter((s) => s.proposerType === 'individual')
      .reduce((n, s) => n + Number(s.n), 0),
    collective: sources
      .filter((s) => s.proposerType === 'collective')
      .reduce((n, s) => n + Number(s.n), 0),
  };
  const byArea = Object.fromEntries(
    CATEGORY_AREAS.map((a) => [a, Number(areas.find((r) => r.area === a)?.n ?? 0)]),
  ) as Record<CategoryArea, number>;
  const units = unitRows
    .map((u) => ({ ...u, onTimeRate: rate(u.repliedOnTime, u.assigned, 'assigned to the unit') }))
    .sort(
      (a, b) =>
        (b.onTimeRate.percent ?? -1) - (a.onTimeRate.percent ?? -1) || a.overdue - b.overdue,
    );
  return {
    byState,
    received,
    registered,
    interim: sources.filter((s) => s.origin === 'interim').reduce((n, s) => n + Number(s.n), 0),
    bySource,
    byArea,
    replyClasses: Object.fromEntries(classes.map((c) => [c.replyClass, Number(c.n)])),
    rates: {
      registration: rate(registered, received, 'received'),
      reply: rate(replied, handled, 'assigned'),
      closure: rate(byState.closed ?? 0, handled, 'assigned'),
      satisfaction: rate(satisfied, verdicts.length, 'proposals with a verdict'),
    },
    units,
    keyProposals: keys,
  };
}

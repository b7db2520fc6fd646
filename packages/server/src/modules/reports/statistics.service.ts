import { REPLY_DEADLINE_STATES, type ProposalState } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { findBody } from '../admin/bodies.queries.js';
import { countdownIf } from '../deadlines/countdown.js';
import { calendarFor } from '../deadlines/deadline-policy.js';
import { loadHandlingReport } from './handling-report.load.js';
import { intakeOf } from './intake.js';
import type { Rate as HandlingRate, RateBase } from './handling-summary.js';
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

const BASE_NAMES: Record<RateBase, string> = {
  assigned: 'assigned',
  due: 'due or replied',
  replied: 'replied',
  'returned feedback': 'proposals with a verdict',
};

/** The dashboard's shape of a handling-report rate (same numbers, base named for the reader). */
const fromHandling = (r: HandlingRate): Rate => ({
  numerator: r.count,
  base: r.of,
  baseName: BASE_NAMES[r.base],
  percent: r.percent,
});

/**
 * The leader's dashboard: intake figures from the review report's counting (`intakeOf`), handling
 * figures from the handling report — one source of truth for each.
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
  const [states, intake, handling, keys] = await Promise.all([
    q.countByState(ctx.db, actor.bodyId, sessionId),
    intakeOf(ctx.db, actor.bodyId, sessionId),
    loadHandlingReport(ctx, actor.bodyId, sessionId ? { sessionId } : {}, ctx.now()),
    q.keyProposals(ctx.db, actor.bodyId, sessionId),
  ]);
  const calendar = calendarFor((await findBody(ctx.db, actor.bodyId))?.settings);
  const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)])) as Partial<
    Record<ProposalState, number>
  >;
  // Units, reply classes and the handling rates come from the handling report itself.
  const units = handling.perUnit
    .map((u) => ({
      unitName: u.unitName,
      assigned: u.assigned,
      replied: u.replied.count,
      repliedOnTime: u.repliedOnTime.count,
      overdue: u.overdue,
      avgDays: u.avgDaysToReply,
      onTimeRate: fromHandling(u.repliedOnTime),
    }))
    .sort(
      (a, b) =>
        (b.onTimeRate.percent ?? -1) - (a.onTimeRate.percent ?? -1) || a.overdue - b.overdue,
    );
  return {
    byState,
    // Intake as the review report counts it: received by the deadline, interim apart.
    received: intake.received,
    registered: intake.registered,
    interim: intake.interimCount,
    bySource: intake.bySource,
    byArea: intake.byCategory,
    replyClasses: Object.fromEntries(
      Object.entries(handling.byReplyClass).map(([c, r]) => [c, r.count]),
    ),
    rates: {
      registration: rate(intake.registered, intake.received, 'received'),
      reply: fromHandling(handling.replied),
      closure: fromHandling(handling.closed),
      satisfaction: fromHandling(handling.satisfaction.rate),
    },
    units,
    keyProposals: keys.map((k) => ({
      ...k,
      replyCountdown: countdownIf(
        calendar,
        k.replyDueAt,
        REPLY_DEADLINE_STATES.includes(k.state),
        ctx.now(),
      ),
    })),
  };
}

import type { CategoryArea } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { Router } from './router.js';
import { areaOfCategoryName, type RoutingReasons } from './routing-types.js';
import { routingHistory, routingHistoryStamp, routingTargets } from './routing.queries.js';

/** The newest assignments the router learns from; older habits matter less than recent ones. */
const HISTORY_LIMIT = 3000;

/** One router per body, rebuilt when its units or its assignments change. */
const routers = new Map<string, { stamp: string; router: Router; historySize: number }>();

async function routerFor(ctx: ServiceContext, unitNames: string[]) {
  const bodyId = ctx.actor.bodyId;
  const stamp = await routingHistoryStamp(ctx.db, bodyId);
  const cached = routers.get(bodyId);
  if (cached?.stamp === stamp) {
    return cached;
  }
  const history = await routingHistory(ctx.db, bodyId, HISTORY_LIMIT);
  const entry = {
    stamp,
    historySize: history.length,
    router: new Router(
      unitNames,
      history.map((h) => ({
        ref: h.proposalId,
        title: h.title,
        summary: h.problem,
        area: h.area ?? undefined,
        leadUnit: h.leadUnit,
      })),
    ),
  };
  routers.set(bodyId, entry);
  return entry;
}

/** Co-handling units suggested besides the lead: close seconds with evidence of their own. */
const CO_UNIT_SHARE = 0.5;
const MAX_CO_UNITS = 2;

const hasEvidence = (r: RoutingReasons) =>
  r.terms.length > 0 ||
  r.similar.length > 0 ||
  r.namedInText !== undefined ||
  r.habit !== undefined;

/**
 * Suggested area, category, lead and co-handling units for a proposal, with the reasons (matched
 * words, the body's similar past proposals and where they went). Staff only: the suggestion is
 * theirs to confirm or correct when they assign, and that assignment is what the router learns.
 */
export async function routingSuggestions(ctx: ServiceContext, proposalId: string) {
  const { proposal } = await loadVisible(ctx.db, ctx.actor, proposalId);
  const targets = await routingTargets(ctx.db, ctx.actor.bodyId);
  const { router, historySize } = await routerFor(
    ctx,
    targets.units.map((u) => u.name),
  );
  const s = router.suggest({
    title: proposal.title,
    summary: `${proposal.problem}\n${proposal.suggestions}`.slice(0, 2000),
  });
  const history = new Set<string>();
  const unitId = new Map(targets.units.map((u) => [u.name, u.unitId]));
  const top = s.units[0]?.score ?? 0;
  const units = s.units.slice(0, 8).map((u, i) => {
    const role: 'lead' | 'co' | undefined =
      i === 0
        ? 'lead'
        : i <= MAX_CO_UNITS && u.score >= CO_UNIT_SHARE * top && hasEvidence(u.reasons)
          ? 'co'
          : undefined;
    u.reasons.similar.forEach((p) => p.ref && history.add(p.ref));
    return {
      unitId: unitId.get(u.name)!,
      unitName: u.name,
      score: u.score,
      ...(role ? { suggestedRole: role } : {}),
      reasons: u.reasons,
    };
  });
  return {
    historySize,
    categories: s.categories.map((c) => {
      const area = areaOfCategoryName(c.name) as CategoryArea;
      return {
        area,
        name: c.name,
        score: c.score,
        /** The body's first category in that area, for a one-click "set category". */
        categoryId: targets.categories.find((k) => k.area === area)?.categoryId ?? null,
        reasons: c.reasons,
      };
    }),
    units,
  };
}

import type { BaseContext } from '../../context.js';
import { invalidField } from '../../errors.js';
import { yearlySummarySentence } from './handling-summary.js';
import { closedInYear } from './yearly-summary.queries.js';

export interface SummaryBody {
  bodyId: string;
  code: string;
  kind: string;
}

/**
 * The sentence a government work report gives the year's handling: "办结人大代表建议N件、政协
 * 提案M件". A government answers its people's congress and its CPPCC committee, two bodies here,
 * so the operator names them (`jianyan report summary --bodies`); each counts by its kind. A
 * proposal counts in the year it was closed (办结: the proposer's verdict, or the end of the
 * feedback window), whichever session it came from.
 */
export async function yearlySummary(ctx: BaseContext, bodies: SummaryBody[], year: number) {
  if (!bodies.some((b) => b.kind === 'npc') || !bodies.some((b) => b.kind === 'cppcc')) {
    throw invalidField(
      'bodies',
      '须包括一个人大和一个政协机构',
      "name a people's congress and a CPPCC committee",
    );
  }
  const perBody: { code: string; kind: string; closed: number }[] = [];
  for (const b of bodies) {
    perBody.push({
      code: b.code,
      kind: b.kind,
      closed: await closedInYear(ctx.db, b.bodyId, year),
    });
  }
  const total = (kind: string) =>
    perBody.filter((b) => b.kind === kind).reduce((s, b) => s + b.closed, 0);
  const counts = { npcSuggestionsClosed: total('npc'), cppccProposalsClosed: total('cppcc') };
  return { year, ...counts, sentence: yearlySummarySentence(counts), bodies: perBody };
}

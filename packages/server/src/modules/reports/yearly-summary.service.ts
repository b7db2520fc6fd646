import type { BaseContext } from '../../context.js';
import { unknownBody } from '../admin/admin.service.js';
import { findBodyByCode } from '../admin/bodies.queries.js';
import { countClosedInYear } from './handling-report.queries.js';
import { yearlySummarySentence } from './handling-summary.js';

export interface YearlySummary {
  year: number;
  bodies: { code: string; name: string; kind: 'cppcc' | 'npc'; closed: number }[];
  npcSuggestionsClosed: number;
  cppccProposalsClosed: number;
  /** "办结人大代表建议N件、政协提案M件", as a government work report prints it. */
  sentence: string;
}

/**
 * The yearly summary of a government, which answers to both the people's congress and the
 * CPPCC of its city. The bodies are named explicitly (their codes) rather than guessed from the
 * region: a city's 人大 and 政协 may be registered with different region spellings, and a county
 * government reports only its own county's bodies. Each body counts under its kind; several
 * bodies of one kind add up. This reads across bodies, so only the system (the CLI) calls it.
 */
export async function yearlySummary(
  ctx: BaseContext,
  bodyCodes: string[],
  year: number,
): Promise<YearlySummary> {
  const bodies: YearlySummary['bodies'] = [];
  for (const code of bodyCodes) {
    const body = await findBodyByCode(ctx.db, code);
    if (!body) {
      throw unknownBody(code);
    }
    const closed = await countClosedInYear(ctx.db, body.bodyId, year);
    bodies.push({ code: body.code, name: body.name, kind: body.kind, closed });
  }
  const total = (kind: 'cppcc' | 'npc') =>
    bodies.filter((b) => b.kind === kind).reduce((n, b) => n + b.closed, 0);
  const counts = { npcSuggestionsClosed: total('npc'), cppccProposalsClosed: total('cppcc') };
  return { year, bodies, ...counts, sentence: yearlySummarySentence(counts) };
}

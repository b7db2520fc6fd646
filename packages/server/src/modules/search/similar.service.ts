import type { ServiceContext } from '../../context.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { Segmenter } from './segmentation/segmenter.js';
import { similarCandidates } from './search.queries.js';

/** How similar two proposals' word weights are (cosine of their TF-IDF keyword vectors). */
function cosine(a: Map<string, number>, b: Map<string, number>) {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    dot += x * (b.get(w) ?? 0);
  }
  for (const x of b.values()) {
    nb += x * x;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const keywordVector = (text: string) =>
  new Map(
    Segmenter.shared()
      .keywords(text, 20)
      .map((k) => [k.keyword, k.weight]),
  );

/** Above this, two proposals are near-duplicates: staff should consider merging them (并案). */
export const MERGE_THRESHOLD = 0.6;

/**
 * Proposals like this one, among those the caller may see: candidates come from the full-text
 * index (any of the proposal's characteristic words, GIN-indexed, so it stays fast on large
 * archives), then a TF-IDF cosine ranks them. This session's near-duplicates are merge candidates.
 */
export async function similarProposals(ctx: ServiceContext, proposalId: string, limit = 8) {
  const { proposal } = await loadVisible(ctx.db, ctx.actor, proposalId);
  return similarToText(
    ctx,
    { title: proposal.title, text: `${proposal.problem}\n${proposal.suggestions}` },
    { excludeId: proposalId, sessionId: proposal.sessionId, limit },
  );
}

/**
 * Proposals like a text being written (a member's draft title before it is saved), among those
 * the caller may see, by the same method.
 */
export async function similarToText(
  ctx: ServiceContext,
  draft: { title: string; text?: string },
  opts: { excludeId?: string; sessionId?: string; limit?: number } = {},
) {
  const body = draft.text ?? '';
  const mine = keywordVector(`${draft.title}\n${draft.title}\n${body}`);
  const words = [...mine.keys()].slice(0, 12);
  if (words.length === 0) {
    return [];
  }
  const candidates = await similarCandidates(ctx.db, ctx.actor, opts.excludeId ?? null, words, 50);
  return (
    candidates
      .map((c) => {
        const score = cosine(
          mine,
          keywordVector(`${c.title}\n${c.title}\n${body ? `${c.problem}\n${c.suggestions}` : ''}`),
        );
        const sameSession = opts.sessionId !== undefined && c.sessionId === opts.sessionId;
        return {
          proposalId: c.proposalId,
          title: c.title,
          numberLabel: numberLabel(c),
          state: c.state,
          sessionCode: c.sessionCode,
          sameSession,
          score: Math.round(score * 1000) / 1000,
          mergeCandidate: sameSession && score >= MERGE_THRESHOLD,
          replies: c.replies,
        };
      })
      // Below 0.2 the shared words are the common ones (建设, 加快 …), not the subject.
      .filter((c) => c.score >= 0.2)
      .sort((a, b) => b.score - a.score)
      .slice(0, opts.limit ?? 8)
  );
}

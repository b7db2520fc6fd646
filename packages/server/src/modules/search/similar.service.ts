import type { ServiceContext } from '../../context.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { bodySegmenter } from './search-index.js';
import { similarCandidates, storedKeywords } from './search.queries.js';
import { cosine, keyScope, keywordsOf, similarityKeys, type Keywords } from './similarity-keys.js';

/** Above this, two proposals are near-duplicates: staff should consider merging them (并案). */
export const MERGE_THRESHOLD = 0.6;
/** Below this, the shared words are incidental, not the subject. */
const MIN_SIMILARITY = 0.2;
/** Candidates ranked per lookup: those sharing most keys with the proposal. */
const CANDIDATES = 200;

/**
 * Proposals like this one, among those the caller may see. Candidates are the proposals sharing a
 * MinHash key of their characteristic words (an index lookup, however large the archive); a
 * cosine of TF-IDF keyword weights ranks them. This session's near-duplicates are merge
 * candidates. See docs/similar-proposals.md.
 */
export async function similarProposals(ctx: ServiceContext, proposalId: string, limit = 8) {
  const { proposal } = await loadVisible(ctx.db, ctx.actor, proposalId);
  const keywords = await storedKeywords(ctx.db, ctx.actor.bodyId, proposalId);
  return rankSimilar(ctx, keywords, {
    excludeId: proposalId,
    sessionId: proposal.sessionId,
    limit,
  });
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
  const seg = await bodySegmenter(ctx.db, ctx.actor.bodyId);
  return rankSimilar(ctx, keywordsOf(seg, draft.title, draft.text ?? ''), opts);
}

async function rankSimilar(
  ctx: ServiceContext,
  keywords: Keywords,
  opts: { excludeId?: string; sessionId?: string; limit?: number },
) {
  const keys = similarityKeys(keywords, keyScope(ctx.actor.bodyId));
  if (keys.length === 0) {
    return [];
  }
  const candidates = await similarCandidates(
    ctx.db,
    ctx.actor,
    opts.excludeId ?? null,
    keys,
    CANDIDATES,
  );
  return candidates
    .map((c) => {
      const score = cosine(keywords, c.keywords);
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
    .filter((c) => c.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit ?? 8);
}

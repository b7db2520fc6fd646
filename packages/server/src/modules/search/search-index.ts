import type { DbOrTx } from '../../db/database.js';
import { Segmenter } from './segmentation/segmenter.js';
import { indexSource, writeTokens } from './search.queries.js';

/**
 * Re-segments a proposal's texts into its search index. Called by every write that changes them
 * (drafting, editing, signing a reply, importing), inside that write's transaction, so search
 * never shows a stale or half-written proposal.
 */
export async function refreshSearchIndex(db: DbOrTx, bodyId: string, proposalId: string) {
  const source = await indexSource(db, bodyId, proposalId);
  if (!source) {
    return;
  }
  const seg = Segmenter.shared();
  const body = [source.problem, source.suggestions, ...source.replies].join('\n');
  await writeTokens(
    db,
    bodyId,
    proposalId,
    seg.tokensForIndex(source.title),
    seg.tokensForIndex(body),
  );
}

/** The words of a search box query, as the index was built (punctuation dropped). */
export function queryTerms(q: string): string[] {
  return Segmenter.shared()
    .cut(q)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

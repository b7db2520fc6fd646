import type { DbOrTx } from '../../db/database.js';
import { findBody } from '../admin/bodies.queries.js';
import { Segmenter } from './segmentation/segmenter.js';
import { indexSource, writeTokens } from './search.queries.js';
import { keyScope, keywordsOf, similarityKeys } from './similarity-keys.js';

/** The segmenter of a body: the shipped dictionaries plus the words its administrator added. */
export async function bodySegmenter(db: DbOrTx, bodyId: string): Promise<Segmenter> {
  const body = await findBody(db, bodyId);
  return Segmenter.withWords(body?.settings.dictionary);
}

/**
 * Re-segments a proposal's texts into its search index. Called by every write that changes them
 * (drafting, editing, signing a reply, importing), inside that write's transaction, so search
 * never shows a stale or half-written proposal.
 */
export async function refreshSearchIndex(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  segmenter?: Segmenter,
) {
  const source = await indexSource(db, bodyId, proposalId);
  if (!source) {
    return;
  }
  const seg = segmenter ?? (await bodySegmenter(db, bodyId));
  const body = [source.problem, source.suggestions, ...source.replies].join('\n');
  // Similarity reads the proposal's own words, not its replies.
  const keywords = keywordsOf(seg, source.title, `${source.problem}\n${source.suggestions}`);
  await writeTokens(db, bodyId, proposalId, {
    titleTokens: seg.tokensForIndex(source.title),
    bodyTokens: seg.tokensForIndex(body),
    keywords,
    similarityKeys: similarityKeys(keywords, keyScope(bodyId)),
  });
}

/** The words of a search box query, as the index was built (punctuation dropped). */
export function queryTerms(q: string, seg: Segmenter = Segmenter.shared()): string[] {
  return seg
    .cut(q)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

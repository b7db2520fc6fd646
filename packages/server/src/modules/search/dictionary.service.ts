import { inTransaction, type ServiceContext } from '../../context.js';
import { forbidden, invalidField } from '../../errors.js';
import { findBody, updateBodySettings } from '../admin/bodies.queries.js';
import { recordEvent } from '../events/events.queries.js';
import type { DbOrTx } from '../../db/database.js';
import { bodySegmenter, refreshSearchIndex } from './search-index.js';
import { proposalIdsOfBody } from './search.queries.js';
import { Segmenter } from './segmentation/segmenter.js';

/** A word of the user dictionary: 2 to 20 characters, no spaces. */
const WORD = /^[^\s]{2,20}$/u;
export const MAX_DICTIONARY_WORDS = 2000;

/** The words the body's administrator added to segmentation (staff read them too). */
export async function getDictionary(ctx: ServiceContext) {
  const body = await findBody(ctx.db, ctx.actor.bodyId);
  return { words: body?.settings.dictionary ?? [] };
}

/**
 * Replaces the body's user dictionary and re-indexes all its proposals with it, in one
 * transaction: search never mixes proposals cut with the old words and the new.
 */
export async function updateDictionary(ctx: ServiceContext, words: string[]) {
  if (ctx.actor.role !== 'admin') {
    throw forbidden(
      '只有系统管理员可以修改检索词典',
      'Only an administrator may edit the dictionary',
    );
  }
  const clean = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  const bad = clean.findIndex((w) => !WORD.test(w));
  if (bad >= 0) {
    throw invalidField(
      `words.${bad}`,
      `词语“${clean[bad]}”须为2至20个字且不含空格`,
      `The word "${clean[bad]}" must be 2 to 20 characters without spaces`,
    );
  }
  if (clean.length > MAX_DICTIONARY_WORDS) {
    throw invalidField(
      'words',
      `词语不能超过${MAX_DICTIONARY_WORDS}个`,
      `At most ${MAX_DICTIONARY_WORDS} words`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    const body = await findBody(tx, ctx.actor.bodyId);
    await updateBodySettings(tx, ctx.actor.bodyId, {
      settings: { ...body!.settings, dictionary: clean },
    });
    const reindexed = await reindexBody(tx, ctx.actor.bodyId, Segmenter.withWords(clean));
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      entity: 'body',
      entityId: ctx.actor.bodyId,
      action: 'dictionary_update',
      actorUserId: ctx.actor.userId,
      payload: { words: clean.length },
      at: ctx.now(),
    });
    return { words: clean, reindexed };
  });
}

/**
 * Re-segments every proposal of a body (after its dictionary changed, or after an upgrade added
 * index columns: `jianyan reindex`). Run it inside a transaction.
 */
export async function reindexBody(tx: DbOrTx, bodyId: string, seg?: Segmenter) {
  const segmenter = seg ?? (await bodySegmenter(tx, bodyId));
  const ids = await proposalIdsOfBody(tx, bodyId);
  for (const id of ids) {
    await refreshSearchIndex(tx, bodyId, id, segmenter);
  }
  return ids.length;
}

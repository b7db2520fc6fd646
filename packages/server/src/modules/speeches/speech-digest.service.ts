import type { BaseContext, ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { findBodyByCode, findSessionByCode } from '../admin/bodies.queries.js';
import { recordEvent } from '../events/events.queries.js';
import { findSession } from '../proposals/proposals.queries.js';
import { buildSpeechDigestDocument } from '../reports/documents/speech-digest-document.js';
import { formatSpeakerLine } from './digest/speaker.js';
import * as q from './speeches.queries.js';

/** "政协第五届晋中市委员会第四次会议" → "政协第五届晋中市委员会第四次会议大会发言摘编". */
export const defaultHeading = (sessionName: string) =>
  /发言摘编$/.test(sessionName) ? sessionName : `${sessionName}大会发言摘编`;

/**
 * 发言摘编: the heading, then each selected speech in its place with its title lines, its speaker
 * line ("市政协委员 胡芬", "民革晋中市委会 郭高宏"), its problem and its suggestions.
 */
export async function compileDigest(db: DbOrTx, bodyId: string, sessionId: string) {
  const session = await findSession(db, bodyId, sessionId);
  if (!session) {
    // The session is named in the address: another body's is simply not found.
    throw notFound('Session', '会议');
  }
  const row = await q.findDigest(db, bodyId, sessionId);
  const speeches = await q.listSelected(db, bodyId, sessionId);
  return {
    sessionId,
    sessionCode: session.code,
    sessionName: session.name,
    heading: row?.heading ?? defaultHeading(session.name),
    publishedAt: row?.publishedAt ?? null,
    speeches: speeches.map((s, i) => ({
      speechId: s.speechId,
      position: i + 1,
      titleLines: s.titleLines,
      speakerName: s.speakerName,
      speakerKind: s.speakerKind,
      affiliation: s.affiliation,
      deliveredBy: s.deliveredBy,
      speakerLine: formatSpeakerLine(s),
      problem: s.problem,
      suggestions: s.suggestions,
    })),
  };
}
export type CompiledDigest = Awaited<ReturnType<typeof compileDigest>>;

export const previewDigest = (ctx: ServiceContext, sessionId: string) =>
  compileDigest(ctx.db, ctx.actor.bodyId, sessionId);

/** Staff word the heading, publish the digest on the portal, or take it down again. */
export function saveDigest(
  ctx: ServiceContext,
  sessionId: string,
  change: { heading?: string; publish?: boolean },
) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const current = await compileDigest(tx, actor.bodyId, sessionId);
    const now = ctx.now();
    const published = change.publish ?? current.publishedAt !== null;
    const previous = await q.findDigest(tx, actor.bodyId, sessionId);
    await q.upsertDigest(tx, {
      bodyId: actor.bodyId,
      sessionId,
      heading: change.heading ?? current.heading,
      publishedAt: published ? (current.publishedAt ?? now) : null,
      publishedBy: published ? (previous?.publishedBy ?? actor.userId) : null,
      updatedAt: now,
    });
    await recordEvent(tx, {
      bodyId: actor.bodyId,
      entity: 'speech_digest',
      entityId: sessionId,
      action:
        change.publish === true ? 'publish' : change.publish === false ? 'unpublish' : 'heading',
      actorUserId: actor.userId,
      payload: change.heading ? { heading: change.heading } : {},
      at: now,
    });
    return compileDigest(tx, actor.bodyId, sessionId);
  });
}

/** The digest as a Word document laid out per GB/T 9704. */
export async function digestDocument(ctx: ServiceContext, sessionId: string) {
  return buildSpeechDigestDocument(await compileDigest(ctx.db, ctx.actor.bodyId, sessionId));
}

/** A published digest, for anyone; an unpublished one does not exist for the public. */
export async function publicDigest(ctx: BaseContext, bodyCode: string, sessionCode: string) {
  const body = await findBodyByCode(ctx.db, bodyCode);
  const session = body ? await findSessionByCode(ctx.db, body.bodyId, sessionCode) : undefined;
  const digest = session ? await compileDigest(ctx.db, body!.bodyId, session.sessionId) : null;
  if (!digest?.publishedAt) {
    throw notFound('Speech digest', '大会发言摘编');
  }
  return { bodyCode, bodyName: body!.name, ...digest };
}

/** Records a digest's heading when a newspaper digest is imported into a session without one. */
export async function keepImportedHeading(
  tx: DbOrTx,
  bodyId: string,
  sessionId: string,
  heading: string,
  now: Date,
) {
  if (heading && !(await q.findDigest(tx, bodyId, sessionId))) {
    await q.upsertDigest(tx, { bodyId, sessionId, heading, updatedAt: now });
  }
}

/** The portal's list of a body's published digests. */
export async function publicDigests(ctx: BaseContext, bodyCode: string) {
  const body = await findBodyByCode(ctx.db, bodyCode);
  if (!body) {
    throw notFound('Body', '机构');
  }
  return { items: await q.listPublishedDigests(ctx.db, body.bodyId) };
}

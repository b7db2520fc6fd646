import { inTransaction, type ServiceContext } from '../../context.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { recordEvent } from '../events/events.queries.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { touchProposal, type LoadedProposal } from '../proposals/proposals.queries.js';
import * as q from './attachments.queries.js';
import { readStored, storeUpload } from './file-store.js';

/** Only the owner attaches, and only to a draft. */
function requireAttachable({ proposal, rel }: LoadedProposal) {
  if (!rel.isOwner) {
    throw forbidden('只能给自己的提案添加附件', 'You can attach files only to your own proposals');
  }
  if (proposal.state !== 'draft') {
    throw conflict('not_draft', '只有草稿可以添加附件', 'Only a draft takes attachments');
  }
  return proposal;
}

/** The proposer attaches files to a draft (materials, photos, data). */
export async function addAttachment(
  ctx: ServiceContext,
  proposalId: string,
  file: { filename: string; content: Buffer },
) {
  // With files on disk (the default on PGlite), checked before the file is written, so that a
  // refused upload leaves no file behind; checked again under the row lock, which decides.
  if (ctx.config.attachmentStorage === 'disk') {
    requireAttachable(await loadVisible(ctx.db, ctx.actor, proposalId));
  }
  const stored = await storeUpload(ctx.config, ctx.actor.bodyId, file);
  const { filename, mimeType, sha256 } = stored;
  return inTransaction(ctx, async (tx) => {
    const proposal = requireAttachable(
      await loadVisible(tx, ctx.actor, proposalId, { lock: true }),
    );
    const now = ctx.now();
    const row = await q.insertAttachment(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      ...stored,
      uploadedBy: ctx.actor.userId,
      uploadedAt: now,
    });
    await touchProposal(tx, proposal, now);
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'attachment',
      entityId: row.attachmentId,
      action: 'attach',
      actorUserId: ctx.actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: { filename, sizeBytes: file.content.length, sha256 },
      at: now,
    });
    return {
      attachmentId: row.attachmentId,
      filename,
      mimeType,
      sizeBytes: file.content.length,
      sha256,
    };
  });
}

export async function readAttachment(
  ctx: ServiceContext,
  proposalId: string,
  attachmentId: string,
) {
  await loadVisible(ctx.db, ctx.actor, proposalId);
  const row = await q.findAttachmentContent(ctx.db, ctx.actor.bodyId, proposalId, attachmentId);
  if (!row) {
    throw notFound('Attachment', '附件');
  }
  const content = await readStored(ctx.config, row);
  return { filename: row.filename, mimeType: row.mimeType, content };
}

export function removeAttachment(ctx: ServiceContext, proposalId: string, attachmentId: string) {
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    if (!rel.isOwner) {
      throw forbidden(
        '只能删除自己提案的附件',
        'You can remove attachments only from your own proposals',
      );
    }
    if (proposal.state !== 'draft') {
      throw conflict(
        'not_draft',
        '只有草稿可以删除附件',
        'Only a draft’s attachments can be removed',
      );
    }
    const row = await q.findAttachmentContent(tx, ctx.actor.bodyId, proposalId, attachmentId);
    if (!row) {
      throw notFound('Attachment', '附件');
    }
    await q.deleteAttachment(tx, ctx.actor.bodyId, attachmentId);
    const now = ctx.now();
    await touchProposal(tx, proposal, now);
    await recordEvent(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      entity: 'attachment',
      entityId: attachmentId,
      action: 'detach',
      actorUserId: ctx.actor.userId,
      fromState: proposal.state,
      toState: proposal.state,
      payload: { filename: row.filename },
      at: now,
    });
  });
}

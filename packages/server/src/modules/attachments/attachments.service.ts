import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { inTransaction, type ServiceContext } from '../../context.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { recordEvent } from '../events/events.queries.js';
import { loadVisible } from '../proposals/proposal-loader.js';
import { touchProposal } from '../proposals/proposals.queries.js';
import * as q from './attachments.queries.js';
import { checkFile, cleanFilename } from './file-check.js';

const diskPath = (dataDir: string, bodyId: string, sha256: string) =>
  path.join(dataDir, 'attachments', bodyId, sha256.slice(0, 2), sha256);

/**
 * Writes the bytes durably before the row that points at them commits. Files are named by their
 * checksum, so members attaching the same document at once write the same file: each writes its
 * own temporary copy, and the renames, atomic, leave the same bytes whichever comes last.
 */
async function writeDurably(file: string, content: Buffer) {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

/** The proposer attaches files to a draft (materials, photos, data). */
export async function addAttachment(
  ctx: ServiceContext,
  proposalId: string,
  file: { filename: string; content: Buffer },
) {
  const mimeType = await checkFile(file.filename, file.content, ctx.config.attachmentMaxBytes);
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const storage = ctx.config.attachmentStorage;
  if (storage === 'disk') {
    await writeDurably(diskPath(ctx.config.dataDir, ctx.actor.bodyId, sha256), file.content);
  }
  return inTransaction(ctx, async (tx) => {
    const { proposal, rel } = await loadVisible(tx, ctx.actor, proposalId, { lock: true });
    if (!rel.isOwner) {
      throw forbidden(
        '只能给自己的提案添加附件',
        'You can attach files only to your own proposals',
      );
    }
    if (proposal.state !== 'draft') {
      throw conflict('not_draft', '只有草稿可以添加附件', 'Only a draft takes attachments');
    }
    const now = ctx.now();
    const filename = cleanFilename(file.filename);
    const row = await q.insertAttachment(tx, {
      bodyId: ctx.actor.bodyId,
      proposalId,
      filename,
      mimeType,
      sizeBytes: file.content.length,
      sha256,
      storage,
      content: storage === 'database' ? file.content : null,
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
  const content =
    row.storage === 'database'
      ? row.content!
      : await fs.readFile(diskPath(ctx.config.dataDir, row.bodyId, row.sha256));
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

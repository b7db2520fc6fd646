import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { attachments, users } from '../../db/schema/index.js';

export async function insertAttachment(db: DbOrTx, values: typeof attachments.$inferInsert) {
  const [row] = await db
    .insert(attachments)
    .values(values)
    .returning({ attachmentId: attachments.attachmentId });
  return row!;
}

/** Metadata only; the bytes are read by `findAttachmentContent` when someone downloads. */
export async function listAttachments(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      attachmentId: attachments.attachmentId,
      filename: attachments.filename,
      mimeType: attachments.mimeType,
      sizeBytes: attachments.sizeBytes,
      sha256: attachments.sha256,
      uploadedAt: attachments.uploadedAt,
      uploadedByName: users.displayName,
    })
    .from(attachments)
    .innerJoin(
      users,
      and(eq(users.bodyId, attachments.bodyId), eq(users.userId, attachments.uploadedBy)),
    )
    .where(and(eq(attachments.bodyId, bodyId), eq(attachments.proposalId, proposalId)))
    .orderBy(asc(attachments.uploadedAt));
}

export async function findAttachmentContent(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  attachmentId: string,
) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.bodyId, bodyId),
        eq(attachments.proposalId, proposalId),
        eq(attachments.attachmentId, attachmentId),
      ),
    );
  return row;
}

export async function deleteAttachment(db: DbOrTx, bodyId: string, attachmentId: string) {
  await db
    .delete(attachments)
    .where(and(eq(attachments.bodyId, bodyId), eq(attachments.attachmentId, attachmentId)));
}

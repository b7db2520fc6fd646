import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { feedback, rehandlingRounds, replies, units, users } from '../../db/schema/index.js';

export type ReplyRow = typeof replies.$inferSelect;

export async function findReply(db: DbOrTx, bodyId: string, proposalId: string, replyId: string) {
  const [row] = await db
    .select()
    .from(replies)
    .where(
      and(
        eq(replies.bodyId, bodyId),
        eq(replies.proposalId, proposalId),
        eq(replies.replyId, replyId),
      ),
    )
    .for('update');
  return row;
}

export async function findUnitReply(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  unitId: string,
  round: number,
) {
  const [row] = await db
    .select()
    .from(replies)
    .where(
      and(
        eq(replies.bodyId, bodyId),
        eq(replies.proposalId, proposalId),
        eq(replies.unitId, unitId),
        eq(replies.round, round),
      ),
    )
    .for('update');
  return row;
}

export async function insertReply(db: DbOrTx, values: typeof replies.$inferInsert) {
  const [row] = await db.insert(replies).values(values).returning();
  return row!;
}

export async function updateReplyIfVersion(
  db: DbOrTx,
  reply: ReplyRow,
  expectedVersion: number,
  patch: Partial<typeof replies.$inferInsert>,
  now: Date,
) {
  const [row] = await db
    .update(replies)
    .set({ ...patch, version: sql`${replies.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(replies.bodyId, reply.bodyId),
        eq(replies.replyId, reply.replyId),
        eq(replies.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function markSigned(
  db: DbOrTx,
  reply: ReplyRow,
  signer: { userId: string; name: string },
  now: Date,
) {
  const [row] = await db
    .update(replies)
    .set({
      signedBy: signer.userId,
      signerName: signer.name,
      signedAt: now,
      version: reply.version + 1,
      updatedAt: now,
    })
    .where(and(eq(replies.bodyId, reply.bodyId), eq(replies.replyId, reply.replyId)))
    .returning();
  return row!;
}

export async function listReplies(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      replyId: replies.replyId,
      unitId: replies.unitId,
      unitName: units.name,
      round: replies.round,
      replyClass: replies.replyClass,
      text: replies.text,
      publicText: replies.publicText,
      confidential: replies.confidential,
      draftedByName: users.displayName,
      signerName: replies.signerName,
      signedAt: replies.signedAt,
      version: replies.version,
      updatedAt: replies.updatedAt,
    })
    .from(replies)
    .innerJoin(units, and(eq(units.bodyId, replies.bodyId), eq(units.unitId, replies.unitId)))
    .innerJoin(users, and(eq(users.bodyId, replies.bodyId), eq(users.userId, replies.draftedBy)))
    .where(and(eq(replies.bodyId, bodyId), eq(replies.proposalId, proposalId)))
    .orderBy(asc(replies.round), asc(units.name));
}

export async function signedUnitIds(db: DbOrTx, bodyId: string, proposalId: string, round: number) {
  const rows = await db
    .select({ unitId: replies.unitId })
    .from(replies)
    .where(
      and(
        eq(replies.bodyId, bodyId),
        eq(replies.proposalId, proposalId),
        eq(replies.round, round),
        isNotNull(replies.signedAt),
      ),
    );
  return new Set(rows.map((r) => r.unitId));
}

export async function insertFeedback(db: DbOrTx, values: typeof feedback.$inferInsert) {
  const [row] = await db.insert(feedback).values(values).returning();
  return row!;
}

export async function listFeedback(db: DbOrTx, bodyId: string, proposalId: string) {
  return (
    db
      .select({
        feedbackId: feedback.feedbackId,
        round: feedback.round,
        verdict: feedback.verdict,
        comment: feedback.comment,
        givenAt: feedback.givenAt,
        givenByName: users.displayName,
      })
      .from(feedback)
      // The platform gives the default verdict when the window lapses: no user row for it.
      .leftJoin(users, and(eq(users.bodyId, feedback.bodyId), eq(users.userId, feedback.givenBy)))
      .where(and(eq(feedback.bodyId, bodyId), eq(feedback.proposalId, proposalId)))
      .orderBy(asc(feedback.round))
  );
}

export async function insertRehandlingRound(
  db: DbOrTx,
  values: typeof rehandlingRounds.$inferInsert,
) {
  await db.insert(rehandlingRounds).values(values);
}

export async function listRehandlingRounds(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select()
    .from(rehandlingRounds)
    .where(and(eq(rehandlingRounds.bodyId, bodyId), eq(rehandlingRounds.proposalId, proposalId)))
    .orderBy(asc(rehandlingRounds.round));
}

export async function closeOpenRehandlingRound(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  now: Date,
) {
  await db
    .update(rehandlingRounds)
    .set({ closedAt: now })
    .where(
      and(
        eq(rehandlingRounds.bodyId, bodyId),
        eq(rehandlingRounds.proposalId, proposalId),
        isNull(rehandlingRounds.closedAt),
      ),
    );
}

/** The current handling round: 1, plus one for every rehandling round opened. */
export async function currentRound(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${rehandlingRounds.round}), 1)::int` })
    .from(rehandlingRounds)
    .where(and(eq(rehandlingRounds.bodyId, bodyId), eq(rehandlingRounds.proposalId, proposalId)));
  return Number(row?.n ?? 1);
}

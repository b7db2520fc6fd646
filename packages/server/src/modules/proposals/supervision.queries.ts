import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { supervisionNotes, users } from '../../db/schema/index.js';

export async function insertNote(db: DbOrTx, values: typeof supervisionNotes.$inferInsert) {
  const [row] = await db.insert(supervisionNotes).values(values).returning();
  return row!;
}

export async function listNotes(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      noteId: supervisionNotes.noteId,
      text: supervisionNotes.text,
      createdAt: supervisionNotes.createdAt,
      authorName: users.displayName,
    })
    .from(supervisionNotes)
    .innerJoin(
      users,
      and(
        eq(users.bodyId, supervisionNotes.bodyId),
        eq(users.userId, supervisionNotes.authorUserId),
      ),
    )
    .where(and(eq(supervisionNotes.bodyId, bodyId), eq(supervisionNotes.proposalId, proposalId)))
    .orderBy(asc(supervisionNotes.createdAt));
}

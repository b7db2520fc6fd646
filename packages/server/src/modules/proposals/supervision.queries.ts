import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { supervisionNotes, users } from '../../db/schema/index.js';

export async function insertNote(db: DbOrTx, values: typeof supervisionNotes.$inferInsert) {
  const [row] = await db.insert(supervisionNotes).values(values).returning();
  return row!;
}

function notesWhere(db: DbOrTx, bodyId: string, subject: SQL) {
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
    .where(and(eq(supervisionNotes.bodyId, bodyId), subject))
    .orderBy(asc(supervisionNotes.createdAt));
}

export async function listNotes(db: DbOrTx, bodyId: string, proposalId: string) {
  return notesWhere(db, bodyId, eq(supervisionNotes.proposalId, proposalId));
}

/** Notes on a supervised task (a supervised key proposal keeps its notes on the proposal). */
export async function listItemNotes(db: DbOrTx, bodyId: string, itemId: string) {
  return notesWhere(db, bodyId, eq(supervisionNotes.itemId, itemId));
}

import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { bodies, categories, sessions, terms } from '../../db/schema/index.js';

export async function findBody(db: DbOrTx, bodyId: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.bodyId, bodyId));
  return row;
}

export async function findBodyByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.code, code));
  return row;
}

export async function listBodies(db: DbOrTx) {
  return db
    .select({ bodyId: bodies.bodyId, code: bodies.code, name: bodies.name, kind: bodies.kind })
    .from(bodies)
    .orderBy(asc(bodies.name));
}

export async function insertBody(db: DbOrTx, values: typeof bodies.$inferInsert) {
  const [row] = await db.insert(bodies).values(values).returning();
  return row!;
}

export async function updateBodySettings(
  db: DbOrTx,
  bodyId: string,
  patch: Partial<typeof bodies.$inferInsert>,
) {
  const [row] = await db.update(bodies).set(patch).where(eq(bodies.bodyId, bodyId)).returning();
  return row!;
}

export async function insertTerm(db: DbOrTx, values: typeof terms.$inferInsert) {
  const [row] = await db.insert(terms).values(values).returning();
  return row!;
}

export async function listSessions(db: DbOrTx, bodyId: string) {
  return db
    .select()
    .from(sessions)
    .where(eq(sessions.bodyId, bodyId))
    .orderBy(asc(sessions.submissionDeadline));
}

export async function findSessionByCode(db: DbOrTx, bodyId: string, code: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.bodyId, bodyId), eq(sessions.code, code)));
  return row;
}

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

export async function updateSession(
  db: DbOrTx,
  bodyId: string,
  sessionId: string,
  patch: Partial<typeof sessions.$inferInsert>,
) {
  const [row] = await db
    .update(sessions)
    .set(patch)
    .where(and(eq(sessions.bodyId, bodyId), eq(sessions.sessionId, sessionId)))
    .returning();
  return row;
}

export async function listCategories(db: DbOrTx, bodyId: string) {
  return db
    .select()
    .from(categories)
    .where(eq(categories.bodyId, bodyId))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

export async function insertCategory(db: DbOrTx, values: typeof categories.$inferInsert) {
  const [row] = await db.insert(categories).values(values).returning();
  return row!;
}

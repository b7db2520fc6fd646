import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { arg, prepared } from '../../db/prepared.js';
import { authSessions, bodies, users } from '../../db/schema/index.js';

export async function findBodyByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.code, code));
  return row;
}

export async function findUserByUsername(db: DbOrTx, bodyId: string, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.username, username)));
  return row;
}

export async function findUserById(db: DbOrTx, bodyId: string, userId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)));
  return row;
}

export async function recordLoginFailure(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  maxFailures: number,
  lockUntil: Date,
) {
  // One statement, so concurrent failures cannot both read the old count.
  await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`CASE WHEN ${users.failedLogins} + 1 >= ${maxFailures} THEN ${lockUntil.toISOString()}::timestamptz ELSE ${users.lockedUntil} END`,
    })
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)));
}

export async function resetLoginFailures(db: DbOrTx, bodyId: string, userId: string) {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null })
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)));
}

export async function insertAuthSession(db: DbOrTx, row: typeof authSessions.$inferInsert) {
  await db.insert(authSessions).values(row);
}

/**
 * The session of a cookie and what a request needs of its user — only that: it runs on every
 * request, and neither the password hash nor the rest of the row has any business there.
 * Built once (db/prepared.ts), for the same reason.
 */
const authSessionByToken = prepared<{ bodyId: string; tokenHash: string; now: string }>()((db) =>
  db
    .select({
      session: { csrfToken: authSessions.csrfToken },
      user: {
        bodyId: users.bodyId,
        userId: users.userId,
        role: users.role,
        displayName: users.displayName,
        personId: users.personId,
        organisationId: users.organisationId,
        unitId: users.unitId,
        active: users.active,
      },
    })
    .from(authSessions)
    .innerJoin(
      users,
      and(eq(users.bodyId, authSessions.bodyId), eq(users.userId, authSessions.userId)),
    )
    .where(
      and(
        eq(authSessions.bodyId, arg('bodyId')),
        eq(authSessions.tokenHash, arg('tokenHash')),
        gt(authSessions.expiresAt, arg('now')),
      ),
    ),
);

export async function findAuthSession(db: DbOrTx, bodyId: string, tokenHash: string, now: Date) {
  const [row] = await authSessionByToken(db, { bodyId, tokenHash, now: now.toISOString() });
  return row;
}

export async function deleteAuthSession(db: DbOrTx, bodyId: string, tokenHash: string) {
  await db
    .delete(authSessions)
    .where(and(eq(authSessions.bodyId, bodyId), eq(authSessions.tokenHash, tokenHash)));
}

export async function deleteExpiredAuthSessions(db: DbOrTx, bodyId: string, now: Date) {
  await db
    .delete(authSessions)
    .where(and(eq(authSessions.bodyId, bodyId), lt(authSessions.expiresAt, now)));
}

export async function updatePasswordHash(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  passwordHash: string,
) {
  await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)));
}

export async function deleteSessionsOfUser(db: DbOrTx, bodyId: string, userId: string) {
  await db
    .delete(authSessions)
    .where(and(eq(authSessions.bodyId, bodyId), eq(authSessions.userId, userId)));
}

export async function findBodyById(db: DbOrTx, bodyId: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.bodyId, bodyId));
  return row;
}

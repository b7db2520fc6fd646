import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  events,
  organisations,
  sessions,
  speechDigests,
  speeches,
  users,
} from '../../db/schema/index.js';

export type SpeechRow = typeof speeches.$inferSelect;

export async function nextPosition(db: DbOrTx, bodyId: string, sessionId: string) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${speeches.position}), 0)::int` })
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.sessionId, sessionId)));
  return Number(row?.n ?? 0) + 1;
}

export async function insertSpeech(db: DbOrTx, values: typeof speeches.$inferInsert) {
  const [row] = await db.insert(speeches).values(values).returning();
  return row!;
}

export async function linkProposal(
  db: DbOrTx,
  bodyId: string,
  speechId: string,
  proposalId: string,
) {
  await db
    .update(speeches)
    .set({ proposalId })
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.speechId, speechId)));
}

export async function findSpeech(db: DbOrTx, bodyId: string, speechId: string) {
  const [row] = await db
    .select()
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.speechId, speechId)))
    .for('update');
  return row;
}

export async function updateSpeech(
  db: DbOrTx,
  bodyId: string,
  speechId: string,
  patch: Partial<typeof speeches.$inferInsert>,
) {
  const [row] = await db
    .update(speeches)
    .set(patch)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.speechId, speechId)))
    .returning();
  return row!;
}

/** A session's speeches in the digest, in their order. */
export async function listSelected(db: DbOrTx, bodyId: string, sessionId: string) {
  return db
    .select()
    .from(speeches)
    .where(
      and(
        eq(speeches.bodyId, bodyId),
        eq(speeches.sessionId, sessionId),
        eq(speeches.state, 'selected'),
        isNotNull(speeches.position),
      ),
    )
    .orderBy(asc(speeches.position), asc(speeches.createdAt));
}

/** What staff review: every speech of the session that has left its author's hands. */
export async function listSubmitted(db: DbOrTx, bodyId: string, sessionId: string) {
  return db
    .select()
    .from(speeches)
    .where(
      and(
        eq(speeches.bodyId, bodyId),
        eq(speeches.sessionId, sessionId),
        ne(speeches.state, 'draft'),
      ),
    )
    .orderBy(sql`${speeches.position} asc nulls last`, asc(speeches.submittedAt));
}

export async function listByAuthor(db: DbOrTx, bodyId: string, userId: string) {
  return db
    .select()
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.authorUserId, userId)))
    .orderBy(asc(speeches.createdAt));
}

/** Gives the listed speeches the positions 1, 2, 3… in the order given. */
export async function setPositions(db: DbOrTx, bodyId: string, speechIds: string[]) {
  for (const [i, speechId] of speechIds.entries()) {
    await db
      .update(speeches)
      .set({ position: i + 1 })
      .where(and(eq(speeches.bodyId, bodyId), eq(speeches.speechId, speechId)));
  }
}

export async function findSpeechByProposal(db: DbOrTx, bodyId: string, proposalId: string) {
  const [row] = await db
    .select({ speechId: speeches.speechId, titleLines: speeches.titleLines })
    .from(speeches)
    .where(and(eq(speeches.bodyId, bodyId), eq(speeches.proposalId, proposalId)));
  return row;
}

export async function findAuthors(db: DbOrTx, bodyId: string, userIds: string[]) {
  if (userIds.length === 0) {
    return [];
  }
  return db
    .select({
      userId: users.userId,
      displayName: users.displayName,
      role: users.role,
      personId: users.personId,
      organisationId: users.organisationId,
      unitId: users.unitId,
      active: users.active,
    })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), inArray(users.userId, userIds)));
}

/** The proposer account named like the speaker (for speeches read from a newspaper). */
export async function findProposerByName(db: DbOrTx, bodyId: string, name: string) {
  const [row] = await db
    .select({ userId: users.userId })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.role, 'proposer'), eq(users.displayName, name)));
  return row;
}

export async function listSpeechEvents(db: DbOrTx, bodyId: string, speechId: string) {
  return db
    .select({
      action: events.action,
      fromState: events.fromState,
      toState: events.toState,
      payload: events.payload,
      at: events.at,
      actorName: users.displayName,
    })
    .from(events)
    .leftJoin(users, and(eq(users.bodyId, events.bodyId), eq(users.userId, events.actorUserId)))
    .where(
      and(eq(events.bodyId, bodyId), eq(events.entity, 'speech'), eq(events.entityId, speechId)),
    )
    .orderBy(asc(events.eventId));
}

export async function findDigest(db: DbOrTx, bodyId: string, sessionId: string) {
  const [row] = await db
    .select()
    .from(speechDigests)
    .where(and(eq(speechDigests.bodyId, bodyId), eq(speechDigests.sessionId, sessionId)));
  return row;
}

export async function upsertDigest(db: DbOrTx, values: typeof speechDigests.$inferInsert) {
  const [row] = await db
    .insert(speechDigests)
    .values(values)
    .onConflictDoUpdate({
      target: [speechDigests.bodyId, speechDigests.sessionId],
      set: {
        heading: values.heading,
        publishedAt: values.publishedAt ?? null,
        publishedBy: values.publishedBy ?? null,
        updatedAt: values.updatedAt,
      },
    })
    .returning();
  return row!;
}

export async function findOrganisationName(db: DbOrTx, bodyId: string, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.bodyId, bodyId), eq(organisations.organisationId, organisationId)));
  return row?.name;
}

/** The sessions whose digest is public, newest first. */
export async function listPublishedDigests(db: DbOrTx, bodyId: string) {
  return db
    .select({
      sessionCode: sessions.code,
      sessionName: sessions.name,
      heading: speechDigests.heading,
      publishedAt: speechDigests.publishedAt,
    })
    .from(speechDigests)
    .innerJoin(
      sessions,
      and(
        eq(sessions.bodyId, speechDigests.bodyId),
        eq(sessions.sessionId, speechDigests.sessionId),
      ),
    )
    .where(and(eq(speechDigests.bodyId, bodyId), isNotNull(speechDigests.publishedAt)))
    .orderBy(desc(speechDigests.publishedAt));
}

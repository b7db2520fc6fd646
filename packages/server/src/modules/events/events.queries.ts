import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { preparedRow } from '../../db/prepared.js';
import { events, users } from '../../db/schema/index.js';

export type NewEvent = Omit<typeof events.$inferInsert, 'eventId' | 'at'> & { at?: Date };

/** Appends to the event log; always called inside the transaction that made the change. */
export async function recordEvent(db: DbOrTx, event: NewEvent) {
  await insertEvent(db, event, {});
}

/** Built once per kind of event row (db/prepared.ts): every change of every request records one. */
const insertEvent = preparedRow()(
  (row) => (db) => db.insert(events).values(row as unknown as NewEvent),
);

export async function listProposalEvents(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      eventId: events.eventId,
      action: events.action,
      entity: events.entity,
      entityId: events.entityId,
      fromState: events.fromState,
      toState: events.toState,
      payload: events.payload,
      at: events.at,
      actorUserId: events.actorUserId,
      actorName: users.displayName,
      actorRole: users.role,
    })
    .from(events)
    .leftJoin(users, and(eq(users.bodyId, events.bodyId), eq(users.userId, events.actorUserId)))
    .where(and(eq(events.bodyId, bodyId), eq(events.proposalId, proposalId)))
    .orderBy(asc(events.eventId));
}

import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn, storedFileColumns } from './columns.js';
import { users } from './people.js';
import { proposals } from './proposals.js';

/** A file on a proposal or a reply; the bytes live in the database or on disk under DATA_DIR. */
export const attachments = pgTable(
  'attachments',
  {
    bodyId: bodyIdColumn(),
    attachmentId: idColumn(),
    proposalId: uuid().notNull(),
    replyId: uuid(),
    ...storedFileColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.attachmentId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.uploadedBy], foreignColumns: [users.bodyId, users.userId] }),
    index('attachments_proposal_idx').on(t.bodyId, t.proposalId),
  ],
);

/**
 * The append-only event log: every change, who made it, when, from which state to which, with a
 * payload. A trigger (see the migration) refuses UPDATE and DELETE on this table.
 */
export const events = pgTable(
  'events',
  {
    bodyId: bodyIdColumn(),
    eventId: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    proposalId: uuid(),
    entity: text().notNull(),
    entityId: text(),
    action: text().notNull(),
    actorUserId: uuid(),
    fromState: text(),
    toState: text(),
    payload: jsonb()
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.eventId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    index('events_proposal_idx').on(t.bodyId, t.proposalId, t.eventId),
  ],
);

/** Stored responses of writes that carried an Idempotency-Key, so a retry returns the first answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    bodyId: bodyIdColumn(),
    userId: uuid().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    response: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.userId, t.key] }),
    foreignKey({ columns: [t.bodyId, t.userId], foreignColumns: [users.bodyId, users.userId] }),
  ],
);

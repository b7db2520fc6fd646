import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';

/**
 * The in-app notification centre: one row per recipient.
 *
 * No foreign key to users, on purpose (decision 0011): every submission of the deadline rush
 * notifies all the body's staff, and a foreign key would make each of those transactions take a
 * share lock on the same few staff rows until it commits — PostgreSQL then builds a MultiXact per
 * locker, and the submissions queue behind one another (×1.10–1.15 faster without it:
 * `npm run bench:notice-lock`). Recipients are always read from `users` — a lifecycle step's in
 * the statement that writes the notices (notifications.queries.ts) — and users are deactivated,
 * never deleted.
 */
export const notifications = pgTable(
  'notifications',
  {
    bodyId: bodyIdColumn(),
    notificationId: idColumn(),
    userId: uuid().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    proposalId: uuid(),
    createdAt: createdAt(),
    readAt: tstz(),
    emailedAt: tstz(),
    smsSentAt: tstz(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.notificationId] }),
    index('notifications_user_idx').on(t.bodyId, t.userId, t.readAt),
  ],
);

/**
 * Scheduled work kept in the database, so it survives restarts. The dedupe key makes each
 * reminder a single row however many sweeps or server processes schedule it; a worker claims a
 * row with FOR UPDATE SKIP LOCKED and marks it done in the transaction that does the work.
 */
export const jobs = pgTable(
  'jobs',
  {
    bodyId: bodyIdColumn(),
    jobId: idColumn(),
    kind: text().notNull(),
    dedupeKey: text().notNull(),
    runAt: tstz().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    state: text({ enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    doneAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.jobId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    uniqueIndex('jobs_dedupe_key').on(t.bodyId, t.dedupeKey),
    index('jobs_due_idx').on(t.state, t.runAt),
  ],
);

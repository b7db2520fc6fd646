import { foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './bodies.js';
import { bodyIdColumn, createdAt, tstz } from './columns.js';
import { users } from './people.js';

/** 发言摘编: the compiled digest of a session's selected speeches, and whether it is public. */
export const speechDigests = pgTable(
  'speech_digests',
  {
    bodyId: bodyIdColumn(),
    sessionId: uuid().notNull(),
    /** "政协第五届晋中市委员会第四次会议大会发言摘编", or as staff word it. */
    heading: text().notNull(),
    publishedAt: tstz(),
    publishedBy: uuid(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.sessionId] }),
    foreignKey({
      columns: [t.bodyId, t.sessionId],
      foreignColumns: [sessions.bodyId, sessions.sessionId],
    }),
    foreignKey({
      columns: [t.bodyId, t.publishedBy],
      foreignColumns: [users.bodyId, users.userId],
    }),
  ],
);

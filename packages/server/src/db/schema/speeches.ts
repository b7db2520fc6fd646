import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { sessions } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn } from './columns.js';
import { proposals } from './proposals.js';

/**
 * 大会发言: a speech at a plenary session, as submitted or as printed in the digest (发言摘编).
 * It can become a proposal; the link is kept.
 */
export const speeches = pgTable(
  'speeches',
  {
    bodyId: bodyIdColumn(),
    speechId: idColumn(),
    sessionId: uuid().notNull(),
    /** Place in the published digest. */
    position: integer().notNull(),
    titleLines: jsonb().$type<string[]>().notNull(),
    speakerName: text().notNull(),
    speakerKind: text({ enum: ['member', 'organisation'] }).notNull(),
    /** 市政协委员, or the body a member spoke for. */
    affiliation: text(),
    /** For an organisation's speech, who delivered it. */
    deliveredBy: text(),
    problem: text().notNull(),
    suggestions: text().notNull(),
    source: text({ enum: ['digest', 'submitted'] }).notNull(),
    proposalId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.speechId] }),
    foreignKey({
      columns: [t.bodyId, t.sessionId],
      foreignColumns: [sessions.bodyId, sessions.sessionId],
    }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    index('speeches_session_idx').on(t.bodyId, t.sessionId, t.position),
  ],
);

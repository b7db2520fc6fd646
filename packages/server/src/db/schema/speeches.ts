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
import { SPEECH_STATES } from '@jianyan/shared';
import { sessions } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';
import { users } from './people.js';
import { proposals } from './proposals.js';

/** A speech's text as its author submitted it, kept when staff edit it for the digest. */
export interface SpeechText {
  titleLines: string[];
  affiliation: string | null;
  problem: string;
  suggestions: string;
}

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
    /** Place in the published digest; only selected speeches have one. */
    position: integer(),
    state: text({ enum: SPEECH_STATES }).notNull().default('selected'),
    /** The member's or collective's account that drafted it (null for one read from a newspaper). */
    authorUserId: uuid(),
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
    /** The submitted text, saved the first time staff edit the speech. */
    original: jsonb().$type<SpeechText>(),
    submittedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: tstz(),
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
    foreignKey({
      columns: [t.bodyId, t.authorUserId],
      foreignColumns: [users.bodyId, users.userId],
    }),
    index('speeches_session_idx').on(t.bodyId, t.sessionId, t.position),
    index('speeches_author_idx').on(t.bodyId, t.authorUserId),
  ],
);

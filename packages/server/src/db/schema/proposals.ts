import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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
import { PROPOSAL_STATES } from '@jianyan/shared';
import { bodies, sessions } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';
import { organisations, people, users } from './people.js';
import { supervisionItems } from './supervision.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The five areas plus any sub-categories a body configures beneath them. */
export const categories = pgTable(
  'categories',
  {
    bodyId: bodyIdColumn(),
    categoryId: idColumn(),
    parentCategoryId: uuid(),
    area: text({ enum: ['economy', 'politics', 'culture', 'society', 'ecology'] }).notNull(),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
    active: boolean().notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.categoryId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({
      columns: [t.bodyId, t.parentCategoryId],
      foreignColumns: [t.bodyId, t.categoryId],
    }),
    uniqueIndex('categories_name_key').on(t.bodyId, t.name),
  ],
);

/** A proposal (提案) or a deputy's suggestion (建议). `state` moves only through the lifecycle table. */
export const proposals = pgTable(
  'proposals',
  {
    bodyId: bodyIdColumn(),
    proposalId: idColumn(),
    sessionId: uuid().notNull(),
    kind: text({ enum: ['proposal', 'suggestion'] }).notNull(),
    origin: text({ enum: ['plenary', 'interim'] })
      .notNull()
      .default('plenary'),
    proposerType: text({ enum: ['individual', 'collective'] }).notNull(),
    /** The account that drafted it and acts for the lead proposer. */
    ownerUserId: uuid().notNull(),
    leadPersonId: uuid(),
    leadOrganisationId: uuid(),
    title: text().notNull(),
    /** 案由 */
    problem: text().notNull().default(''),
    /** 建议 */
    suggestions: text().notNull().default(''),
    categoryId: uuid(),
    isKey: boolean().notNull().default(false),
    state: text({ enum: PROPOSAL_STATES }).notNull().default('draft'),
    /** Assigned at registration, per session, kind and origin, without gaps. */
    number: integer(),
    mergedIntoId: uuid(),
    confidential: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    submittedAt: tstz(),
    registeredAt: tstz(),
    assignedAt: tstz(),
    replyDueAt: tstz(),
    closedAt: tstz(),
    publishedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.proposalId] }),
    foreignKey({
      columns: [t.bodyId, t.sessionId],
      foreignColumns: [sessions.bodyId, sessions.sessionId],
    }),
    foreignKey({
      columns: [t.bodyId, t.ownerUserId],
      foreignColumns: [users.bodyId, users.userId],
    }),
    foreignKey({
      columns: [t.bodyId, t.leadPersonId],
      foreignColumns: [people.bodyId, people.personId],
    }),
    foreignKey({
      columns: [t.bodyId, t.leadOrganisationId],
      foreignColumns: [organisations.bodyId, organisations.organisationId],
    }),
    foreignKey({
      columns: [t.bodyId, t.categoryId],
      foreignColumns: [categories.bodyId, categories.categoryId],
    }),
    foreignKey({ columns: [t.bodyId, t.mergedIntoId], foreignColumns: [t.bodyId, t.proposalId] }),
    uniqueIndex('proposals_number_key').on(t.bodyId, t.sessionId, t.kind, t.origin, t.number),
    index('proposals_state_idx').on(t.bodyId, t.sessionId, t.state),
    index('proposals_owner_idx').on(t.bodyId, t.ownerUserId),
    // Every proposal page (and every submission's answer) lists what was merged into it; without
    // this, that scans the body's whole archive. Partial: few proposals are ever merged.
    index('proposals_merged_into_idx')
      .on(t.bodyId, t.mergedIntoId)
      .where(sql`${t.mergedIntoId} IS NOT NULL`),
    check('proposals_title_not_blank', sql`length(trim(${t.title})) > 0`),
  ],
);

/**
 * A proposal's search document: its segmented words, vectors and similarity keys, one row per
 * proposal, written by search-index.ts in the transaction of every write that changes the texts.
 * Why a table of its own: on the proposal's row, every lifecycle step (submit, register, assign …)
 * rewrote these columns' GIN entries and recomputed the vectors, though no text changed — about
 * five times the cost of the step itself for a proposal of real length (docs/performance.md).
 */
export const proposalSearch = pgTable(
  'proposal_search',
  {
    bodyId: bodyIdColumn(),
    proposalId: uuid().notNull(),
    /** Segmented words of the title (jieba cutForSearch, space-joined), written with every edit. */
    titleTokens: text().notNull().default(''),
    /** Segmented words of the problem, the suggestions and the signed replies. */
    bodyTokens: text().notNull().default(''),
    /** The proposal's characteristic words with TF-IDF weights (similar proposals rank by them). */
    keywords: jsonb().$type<[string, number][]>().notNull().default([]),
    /** MinHash band keys of those words: similar proposals share some (GIN-indexed). */
    similarityKeys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The title's words alone: search ranks by it (title matches first, then the newest), which
     * stays fast on large archives where ranking every match by its whole text would not.
     */
    titleVector: tsvector().generatedAlwaysAs(
      (): SQL => sql`to_tsvector('simple', ${proposalSearch.titleTokens})`,
    ),
    /** Full-text vector over the segmented words; the title weighs more. */
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', ${proposalSearch.titleTokens}), 'A') || setweight(to_tsvector('simple', ${proposalSearch.bodyTokens}), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.proposalId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    // With the body (btree_gin): a lookup reads only its body's matches of a common word, not
    // every body's, and no proposal row is visited to find out which are whose.
    index('proposal_search_vector_idx').using('gin', t.bodyId, t.searchVector),
    index('proposal_search_similarity_idx').using('gin', t.similarityKeys),
  ],
);

/** Numbering counters: one row per session, kind and origin; the row lock serialises registration. */
export const numberCounters = pgTable(
  'number_counters',
  {
    bodyId: bodyIdColumn(),
    sessionId: uuid().notNull(),
    kind: text({ enum: ['proposal', 'suggestion'] }).notNull(),
    origin: text({ enum: ['plenary', 'interim'] }).notNull(),
    lastNumber: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.sessionId, t.kind, t.origin] }),
    foreignKey({
      columns: [t.bodyId, t.sessionId],
      foreignColumns: [sessions.bodyId, sessions.sessionId],
    }),
  ],
);

/** 联名: a co-signer must confirm before the submission counts them. */
export const cosigners = pgTable(
  'cosigners',
  {
    bodyId: bodyIdColumn(),
    proposalId: uuid().notNull(),
    userId: uuid().notNull(),
    /** `lapsed`: still unanswered when the proposal was submitted, so not counted. */
    state: text({ enum: ['pending', 'confirmed', 'declined', 'lapsed'] })
      .notNull()
      .default('pending'),
    invitedAt: createdAt(),
    respondedAt: tstz(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.proposalId, t.userId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.userId], foreignColumns: [users.bodyId, users.userId] }),
    index('cosigners_user_idx').on(t.bodyId, t.userId),
  ],
);

/** 审查: each registration, rejection, return or merge decision with its reason. */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    bodyId: bodyIdColumn(),
    decisionId: idColumn(),
    proposalId: uuid().notNull(),
    decision: text({ enum: ['register', 'reject', 'return_for_revision', 'merge'] }).notNull(),
    reasonCode: text(),
    comment: text(),
    /** 去向 of a rejected proposal (社情民意, 委员来信, 转有关部门参考). */
    destination: text(),
    mergedIntoId: uuid(),
    decidedBy: uuid().notNull(),
    decidedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.decisionId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.decidedBy], foreignColumns: [users.bodyId, users.userId] }),
    index('review_decisions_proposal_idx').on(t.bodyId, t.proposalId),
  ],
);

/**
 * Leaders' supervision notes on (usually key) proposals, or on a supervised task (督办事项) — a
 * supervised key proposal keeps its notes on the proposal.
 */
export const supervisionNotes = pgTable(
  'supervision_notes',
  {
    bodyId: bodyIdColumn(),
    noteId: idColumn(),
    proposalId: uuid(),
    itemId: uuid(),
    authorUserId: uuid().notNull(),
    text: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.noteId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({
      columns: [t.bodyId, t.itemId],
      foreignColumns: [supervisionItems.bodyId, supervisionItems.itemId],
    }),
    check('supervision_notes_one_subject', sql`(${t.proposalId} IS NULL) <> (${t.itemId} IS NULL)`),
    foreignKey({
      columns: [t.bodyId, t.authorUserId],
      foreignColumns: [users.bodyId, users.userId],
    }),
  ],
);

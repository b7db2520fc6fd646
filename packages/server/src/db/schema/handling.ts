import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';
import { units, users } from './people.js';
import { proposals } from './proposals.js';

/** 交办: a unit's part in handling a proposal (主办 lead, 会办 co-handling, 分办 separate). */
export const assignments = pgTable(
  'assignments',
  {
    bodyId: bodyIdColumn(),
    assignmentId: idColumn(),
    proposalId: uuid().notNull(),
    unitId: uuid().notNull(),
    role: text({ enum: ['lead', 'co', 'separate'] }).notNull(),
    active: boolean().notNull().default(true),
    assignedBy: uuid().notNull(),
    assignedAt: createdAt(),
    /** Deadline for this unit's part (reply for lead/separate, opinion for co-handling). */
    dueAt: tstz(),
    objectionDueAt: tstz(),
    /**
     * The rule the deadline was computed with (months, working days, calendar), kept so that a
     * later change of policy does not silently move a deadline already promised.
     */
    deadlineRule: jsonb().$type<Record<string, unknown>>(),
    endedAt: tstz(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.assignmentId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    foreignKey({ columns: [t.bodyId, t.assignedBy], foreignColumns: [users.bodyId, users.userId] }),
    index('assignments_unit_idx').on(t.bodyId, t.unitId, t.active),
    index('assignments_proposal_idx').on(t.bodyId, t.proposalId),
  ],
);

/** 异议: a unit disputes its assignment; staff confirm it or re-route. */
export const objections = pgTable(
  'objections',
  {
    bodyId: bodyIdColumn(),
    objectionId: idColumn(),
    proposalId: uuid().notNull(),
    assignmentId: uuid().notNull(),
    reason: text().notNull(),
    suggestedUnitName: text(),
    raisedBy: uuid().notNull(),
    raisedAt: createdAt(),
    resolution: text({ enum: ['upheld', 'rerouted'] }),
    resolutionNote: text(),
    resolvedBy: uuid(),
    resolvedAt: tstz(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.objectionId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({
      columns: [t.bodyId, t.assignmentId],
      foreignColumns: [assignments.bodyId, assignments.assignmentId],
    }),
    foreignKey({ columns: [t.bodyId, t.raisedBy], foreignColumns: [users.bodyId, users.userId] }),
  ],
);

/** 沟通: a unit's contact with the proposer (phone, visit, meeting …). */
export const contacts = pgTable(
  'contacts',
  {
    bodyId: bodyIdColumn(),
    contactId: idColumn(),
    proposalId: uuid().notNull(),
    unitId: uuid().notNull(),
    method: text({ enum: ['phone', 'visit', 'meeting', 'letter', 'other'] }).notNull(),
    contactedAt: tstz().notNull(),
    summary: text().notNull(),
    recordedBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.contactId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
  ],
);

/** 会办意见: a co-handling unit's opinion sent to the lead unit. */
export const coUnitOpinions = pgTable(
  'co_unit_opinions',
  {
    bodyId: bodyIdColumn(),
    opinionId: idColumn(),
    proposalId: uuid().notNull(),
    unitId: uuid().notNull(),
    text: text().notNull(),
    submittedBy: uuid().notNull(),
    submittedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.opinionId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
  ],
);

/** 答复: drafted by a unit clerk, signed (签发) by the unit leader; one per unit and round. */
export const replies = pgTable(
  'replies',
  {
    bodyId: bodyIdColumn(),
    replyId: idColumn(),
    proposalId: uuid().notNull(),
    unitId: uuid().notNull(),
    round: integer().notNull().default(1),
    replyClass: text().notNull(),
    text: text().notNull(),
    /** What the public portal shows; null means the full text may be shown. */
    publicText: text(),
    confidential: boolean().notNull().default(false),
    draftedBy: uuid().notNull(),
    signedBy: uuid(),
    signerName: text(),
    signedAt: tstz(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.replyId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    index('replies_proposal_idx').on(t.bodyId, t.proposalId),
  ],
);

/** The proposer's verdict on a round's reply. */
export const feedback = pgTable(
  'feedback',
  {
    bodyId: bodyIdColumn(),
    feedbackId: idColumn(),
    proposalId: uuid().notNull(),
    round: integer().notNull(),
    verdict: text({ enum: ['satisfied', 'mostly_satisfied', 'dissatisfied'] }).notNull(),
    comment: text(),
    givenBy: uuid().notNull(),
    givenAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.feedbackId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
  ],
);

/** 重新办理: each round after a dissatisfied verdict, with its own deadline. */
export const rehandlingRounds = pgTable(
  'rehandling_rounds',
  {
    bodyId: bodyIdColumn(),
    proposalId: uuid().notNull(),
    round: integer().notNull(),
    feedbackId: uuid().notNull(),
    openedAt: createdAt(),
    dueAt: tstz(),
    closedAt: tstz(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.proposalId, t.round] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({
      columns: [t.bodyId, t.feedbackId],
      foreignColumns: [feedback.bodyId, feedback.feedbackId],
    }),
  ],
);

/** 延期: a unit asks for more time, with a reason; staff approve or refuse. */
export const extensions = pgTable(
  'extensions',
  {
    bodyId: bodyIdColumn(),
    extensionId: idColumn(),
    proposalId: uuid().notNull(),
    assignmentId: uuid().notNull(),
    reason: text().notNull(),
    fromDueAt: tstz().notNull(),
    requestedDueAt: tstz().notNull(),
    state: text({ enum: ['pending', 'approved', 'refused'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid().notNull(),
    requestedAt: createdAt(),
    decidedBy: uuid(),
    decidedAt: tstz(),
    decisionNote: text(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.extensionId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({
      columns: [t.bodyId, t.assignmentId],
      foreignColumns: [assignments.bodyId, assignments.assignmentId],
    }),
  ],
);

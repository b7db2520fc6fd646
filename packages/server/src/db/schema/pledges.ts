import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  PROGRESS_STATUSES,
  TARGET_COMPARISONS,
  TARGET_KINDS,
  TARGET_STATUSES,
} from '@jianyan/shared';
import { bodies } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn, storedFileColumns, tstz } from './columns.js';
import { units, users } from './people.js';
import { proposals } from './proposals.js';

/**
 * Government work report tracking (政府工作报告目标任务): the report, the targets read from it and
 * confirmed by staff, the units that deliver them, their quarterly progress with evidence, and the
 * proposals members raised about a target.
 */

/** One government work report of one year, as imported (its text kept for the sentences). */
export const workReports = pgTable(
  'work_reports',
  {
    bodyId: bodyIdColumn(),
    reportId: idColumn(),
    year: integer().notNull(),
    title: text().notNull(),
    text: text().notNull(),
    /** Null when imported with the command line. */
    importedBy: uuid(),
    importedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.reportId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({ columns: [t.bodyId, t.importedBy], foreignColumns: [users.bodyId, users.userId] }),
    uniqueIndex('work_reports_year_key').on(t.bodyId, t.year),
  ],
);

/** A quantified target or livelihood pledge: extracted (to review), confirmed or rejected. */
export const reportTargets = pgTable(
  'report_targets',
  {
    bodyId: bodyIdColumn(),
    targetId: idColumn(),
    reportId: uuid().notNull(),
    /** Reading order in the report; targets added by hand go after the extracted ones. */
    position: integer().notNull(),
    kind: text({ enum: TARGET_KINDS }).notNull(),
    indicator: text().notNull(),
    quantity: doublePrecision().notNull(),
    unit: text().notNull(),
    comparison: text({ enum: TARGET_COMPARISONS }).notNull(),
    year: integer().notNull(),
    sentence: text().notNull(),
    /** Where the sentence starts in the report's text; null for a target added by hand. */
    sentenceOffset: integer(),
    origin: text({ enum: ['extracted', 'manual'] }).notNull(),
    status: text({ enum: TARGET_STATUSES }).notNull(),
    reviewedBy: uuid(),
    reviewedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.targetId] }),
    foreignKey({
      columns: [t.bodyId, t.reportId],
      foreignColumns: [workReports.bodyId, workReports.reportId],
    }),
    foreignKey({ columns: [t.bodyId, t.reviewedBy], foreignColumns: [users.bodyId, users.userId] }),
    index('report_targets_report_idx').on(t.bodyId, t.reportId, t.position),
  ],
);

/** The units that deliver a confirmed target; exactly one of them leads (主责单位). */
export const targetUnits = pgTable(
  'target_units',
  {
    bodyId: bodyIdColumn(),
    targetId: uuid().notNull(),
    unitId: uuid().notNull(),
    isLead: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.targetId, t.unitId] }),
    foreignKey({
      columns: [t.bodyId, t.targetId],
      foreignColumns: [reportTargets.bodyId, reportTargets.targetId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    // The service checks "exactly one"; the database refuses a second lead whatever happens.
    uniqueIndex('target_units_one_lead')
      .on(t.bodyId, t.targetId)
      .where(sql`${t.isLead}`),
    index('target_units_unit_idx').on(t.bodyId, t.unitId),
  ],
);

/** A unit's report on a target for one quarter; the unit may edit it until the quarter ends. */
export const targetProgress = pgTable(
  'target_progress',
  {
    bodyId: bodyIdColumn(),
    progressId: idColumn(),
    targetId: uuid().notNull(),
    unitId: uuid().notNull(),
    year: integer().notNull(),
    quarter: integer().notNull(),
    text: text().notNull(),
    /** What has been reached so far, as the unit words it (2.1万人, 4.8%). */
    currentValue: text(),
    percent: integer(),
    status: text({ enum: PROGRESS_STATUSES }).notNull(),
    reportedBy: uuid().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.progressId] }),
    foreignKey({
      columns: [t.bodyId, t.targetId],
      foreignColumns: [reportTargets.bodyId, reportTargets.targetId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    foreignKey({ columns: [t.bodyId, t.reportedBy], foreignColumns: [users.bodyId, users.userId] }),
    uniqueIndex('target_progress_quarter_key').on(
      t.bodyId,
      t.targetId,
      t.unitId,
      t.year,
      t.quarter,
    ),
  ],
);

/**
 * Evidence of progress (photos, documents). The bytes are checked and stored exactly as proposal
 * attachments are (attachments/file-check.ts and file-store.ts); the attachments table itself
 * belongs to proposals (its proposal_id is required), so evidence has its own rows.
 */
export const targetEvidence = pgTable(
  'target_evidence',
  {
    bodyId: bodyIdColumn(),
    evidenceId: idColumn(),
    progressId: uuid().notNull(),
    ...storedFileColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.evidenceId] }),
    foreignKey({
      columns: [t.bodyId, t.progressId],
      foreignColumns: [targetProgress.bodyId, targetProgress.progressId],
    }),
    foreignKey({ columns: [t.bodyId, t.uploadedBy], foreignColumns: [users.bodyId, users.userId] }),
    index('target_evidence_progress_idx').on(t.bodyId, t.progressId),
  ],
);

/** A proposal (or deputy's suggestion) a member raised about a target (就此提建议). */
export const targetProposals = pgTable(
  'target_proposals',
  {
    bodyId: bodyIdColumn(),
    targetId: uuid().notNull(),
    proposalId: uuid().notNull(),
    raisedBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.targetId, t.proposalId] }),
    foreignKey({
      columns: [t.bodyId, t.targetId],
      foreignColumns: [reportTargets.bodyId, reportTargets.targetId],
    }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.raisedBy], foreignColumns: [users.bodyId, users.userId] }),
  ],
);

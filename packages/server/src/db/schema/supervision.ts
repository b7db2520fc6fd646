import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import {
  SUPERVISION_RATINGS,
  SUPERVISION_UNIT_ACTIONS,
  type SupervisionProfile,
} from '@jianyan/shared';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';
import { units, users } from './people.js';
import { proposals } from './proposals.js';

/**
 * 督办事项: a matter the office assigns to units under a supervision profile ("13710"): either a
 * task of its own or a key proposal (重点提案) put under the profile. Each stage's deadline is kept
 * with the rule it was computed with (`deadlineRule`), so changing the profile later moves nothing
 * already promised.
 */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    bodyId: bodyIdColumn(),
    itemId: idColumn(),
    kind: text({ enum: ['task', 'proposal'] }).notNull(),
    /** The key proposal this item supervises (kind `proposal`); its title is the proposal's. */
    proposalId: uuid(),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** A major or complex matter: settled within the longer time, or given a timetable. */
    major: boolean().notNull().default(false),
    /** The profile as it was when applied (code, name and stage rules). */
    deadlineRule: jsonb().$type<SupervisionProfile>().notNull(),
    /** 督办领导: the leader who follows this item. */
    leaderUserId: uuid(),
    createdBy: uuid().notNull(),
    assignedAt: tstz().notNull(),
    state: text({ enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    /** 1, then one more each time the office returns the item. */
    round: integer().notNull().default(1),
    deployDueAt: tstz().notNull(),
    progressDueAt: tstz().notNull(),
    settleDueAt: tstz().notNull(),
    deployedAt: tstz(),
    progressReportedAt: tstz(),
    /** A major matter's timetable: the date it promises to settle by. */
    timetableAt: tstz(),
    timetableDueAt: tstz(),
    settledAt: tstz(),
    rating: text({ enum: SUPERVISION_RATINGS }),
    ratedBy: uuid(),
    ratedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.itemId] }),
    foreignKey({
      columns: [t.bodyId, t.proposalId],
      foreignColumns: [proposals.bodyId, proposals.proposalId],
    }),
    foreignKey({ columns: [t.bodyId, t.createdBy], foreignColumns: [users.bodyId, users.userId] }),
    foreignKey({
      columns: [t.bodyId, t.leaderUserId],
      foreignColumns: [users.bodyId, users.userId],
    }),
    uniqueIndex('supervision_items_proposal_key').on(t.bodyId, t.proposalId),
    index('supervision_items_state_idx').on(t.bodyId, t.state),
    check(
      'supervision_items_kind_proposal',
      sql`(${t.kind} = 'proposal') = (${t.proposalId} IS NOT NULL)`,
    ),
  ],
);

/** The units a supervised item is assigned to. */
export const supervisionItemUnits = pgTable(
  'supervision_item_units',
  {
    bodyId: bodyIdColumn(),
    itemId: uuid().notNull(),
    unitId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.itemId, t.unitId] }),
    foreignKey({
      columns: [t.bodyId, t.itemId],
      foreignColumns: [supervisionItems.bodyId, supervisionItems.itemId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    index('supervision_item_units_unit_idx').on(t.bodyId, t.unitId),
  ],
);

/** What happened on an item, in order: each unit's stage report, each rating and each return. */
export const supervisionRecords = pgTable(
  'supervision_records',
  {
    bodyId: bodyIdColumn(),
    recordId: idColumn(),
    itemId: uuid().notNull(),
    round: integer().notNull(),
    action: text({ enum: [...SUPERVISION_UNIT_ACTIONS, 'rate', 'return'] }).notNull(),
    text: text().notNull().default(''),
    rating: text({ enum: SUPERVISION_RATINGS }),
    /** The unit that reported (stage actions). */
    unitId: uuid(),
    actorUserId: uuid().notNull(),
    at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.recordId] }),
    foreignKey({
      columns: [t.bodyId, t.itemId],
      foreignColumns: [supervisionItems.bodyId, supervisionItems.itemId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    foreignKey({
      columns: [t.bodyId, t.actorUserId],
      foreignColumns: [users.bodyId, users.userId],
    }),
    index('supervision_records_item_idx').on(t.bodyId, t.itemId, t.at),
  ],
);

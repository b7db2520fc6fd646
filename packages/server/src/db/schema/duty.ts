import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies } from './bodies.js';
import { bodyIdColumn, createdAt, idColumn } from './columns.js';
import { people, users } from './people.js';

/**
 * Members' duty records (履职档案). Proposals and speeches are counted from their own tables;
 * only what exists nowhere else is stored here: activities with their attendance, public-opinion
 * reports and the body's points scheme.
 */

/** 全体会议, 常委会议, 视察, 调研, 协商 …: a meeting or activity members are called to. */
export const activities = pgTable(
  'activities',
  {
    bodyId: bodyIdColumn(),
    activityId: idColumn(),
    /** The day it took place (Beijing). */
    heldOn: date({ mode: 'string' }).notNull(),
    kind: text({
      enum: ['plenary', 'standing', 'inspection', 'research', 'consultation', 'other'],
    }).notNull(),
    title: text().notNull(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.activityId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({ columns: [t.bodyId, t.createdBy], foreignColumns: [users.bodyId, users.userId] }),
    index('activities_held_idx').on(t.bodyId, t.heldOn),
  ],
);

/** One member's attendance at one activity: 出席, 缺席 or 请假. */
export const attendance = pgTable(
  'attendance',
  {
    bodyId: bodyIdColumn(),
    activityId: uuid().notNull(),
    personId: uuid().notNull(),
    status: text({ enum: ['present', 'absent', 'excused'] }).notNull(),
    recordedBy: uuid(),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.activityId, t.personId] }),
    foreignKey({
      columns: [t.bodyId, t.activityId],
      foreignColumns: [activities.bodyId, activities.activityId],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.bodyId, t.personId],
      foreignColumns: [people.bodyId, people.personId],
    }),
    foreignKey({
      columns: [t.bodyId, t.recordedBy],
      foreignColumns: [users.bodyId, users.userId],
    }),
    index('attendance_person_idx').on(t.bodyId, t.personId),
  ],
);

/** 社情民意信息: submitted by the member or recorded by staff; adopted (采用) at some level. */
export const opinionReports = pgTable(
  'opinion_reports',
  {
    bodyId: bodyIdColumn(),
    reportId: idColumn(),
    personId: uuid().notNull(),
    title: text().notNull(),
    content: text().notNull().default(''),
    submittedOn: date({ mode: 'string' }).notNull(),
    adopted: boolean().notNull().default(false),
    /** Who adopted it: 市级, 省级, 全国 …, as the office writes it. */
    adoptionLevel: text(),
    recordedBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.reportId] }),
    foreignKey({
      columns: [t.bodyId, t.personId],
      foreignColumns: [people.bodyId, people.personId],
    }),
    foreignKey({
      columns: [t.bodyId, t.recordedBy],
      foreignColumns: [users.bodyId, users.userId],
    }),
    index('opinion_reports_person_idx').on(t.bodyId, t.personId),
  ],
);

/** The body's points scheme: one weight per kind of duty; a missing row takes the default. */
export const dutyWeights = pgTable(
  'duty_weights',
  {
    bodyId: bodyIdColumn(),
    item: text().notNull(),
    points: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.item] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
  ],
);

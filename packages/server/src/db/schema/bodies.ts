import {
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SupervisionProfile } from '@jianyan/shared';
import { bodyIdColumn, createdAt, idColumn, tstz } from './columns.js';

/** Per-body configuration that is data, never code: reply classes, deadline rules, limits. */
export interface BodySettings {
  replyClasses?: { code: string; zh: string; en: string }[];
  /** Working days a unit may object after assignment (default 10). */
  objectionWindowDays?: number;
  /** Calendar months from assignment to the reply deadline (default 3). */
  replyMonths?: number;
  /** Calendar months for a co-handling unit's opinion to the lead unit (default 1). */
  coOpinionMonths?: number;
  /** Calendar months for rehandling (default 1). */
  rehandlingMonths?: number;
  /** The most a reply may take with extensions, in months from assignment (default 6). */
  maxReplyMonths?: number;
  attachmentMaxBytes?: number;
  /** Working days for the proposer's verdict (default 15), and what silence counts as. */
  feedbackWorkingDays?: number;
  feedbackDefault?: 'satisfied' | 'mostly_satisfied' | 'none';
  /** The body's edits to the official working-day calendar (ISO dates), with a note per date. */
  calendar?: { holidays: string[]; makeupWorkdays: string[]; notes?: Record<string, string> };
  /** The body's own words for segmentation (place names, local programmes), kept whole in search. */
  dictionary?: string[];
  /** The body's supervision profiles (督办); without any, the shipped 13710 profile applies. */
  supervisionProfiles?: SupervisionProfile[];
}

/** A CPPCC committee or a people's congress; the tenant of every other row. */
export const bodies = pgTable(
  'bodies',
  {
    bodyId: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text({ enum: ['cppcc', 'npc'] }).notNull(),
    level: text({ enum: ['national', 'provincial', 'city', 'county'] }).notNull(),
    region: text().notNull(),
    settings: jsonb().$type<BodySettings>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.bodyId] }), uniqueIndex('bodies_code_key').on(t.code)],
);

/** 届: e.g. 第五届. */
export const terms = pgTable(
  'terms',
  {
    bodyId: bodyIdColumn(),
    termId: idColumn(),
    number: integer().notNull(),
    name: text().notNull(),
    startsOn: date(),
    endsOn: date(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.termId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    uniqueIndex('terms_number_key').on(t.bodyId, t.number),
  ],
);

/** 次会议: a plenary session with its submission deadline (an instant; shown in Asia/Shanghai). */
export const sessions = pgTable(
  'sessions',
  {
    bodyId: bodyIdColumn(),
    sessionId: idColumn(),
    termId: uuid(),
    code: text().notNull(),
    name: text().notNull(),
    opensOn: date(),
    closesOn: date(),
    submissionDeadline: tstz().notNull(),
    timeZone: text().notNull().default('Asia/Shanghai'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.sessionId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({ columns: [t.bodyId, t.termId], foreignColumns: [terms.bodyId, terms.termId] }),
    uniqueIndex('sessions_code_key').on(t.bodyId, t.code),
  ],
);

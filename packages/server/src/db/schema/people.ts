import {
  boolean,
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

/** A member (委员) of a CPPCC body or a deputy (代表) of a people's congress. */
export const people = pgTable(
  'people',
  {
    bodyId: bodyIdColumn(),
    personId: idColumn(),
    kind: text({ enum: ['member', 'deputy'] }).notNull(),
    name: text().notNull(),
    /** 界别 */
    sector: text(),
    party: text(),
    /** 代表团 or 委员小组 */
    delegation: text(),
    affiliation: text(),
    phone: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.personId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
  ],
);

/** Collective proposers: parties, people's organisations, special committees, sectors, delegations. */
export const organisations = pgTable(
  'organisations',
  {
    bodyId: bodyIdColumn(),
    organisationId: idColumn(),
    kind: text({
      enum: ['party', 'people_org', 'special_committee', 'sector', 'delegation'],
    }).notNull(),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.organisationId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    uniqueIndex('organisations_name_key').on(t.bodyId, t.name),
  ],
);

/** 承办单位: government departments and other organs that handle proposals, in a hierarchy. */
export const units = pgTable(
  'units',
  {
    bodyId: bodyIdColumn(),
    unitId: idColumn(),
    parentUnitId: uuid(),
    name: text().notNull(),
    shortName: text(),
    contactName: text(),
    contactPhone: text(),
    email: text(),
    active: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.unitId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({ columns: [t.bodyId, t.parentUnitId], foreignColumns: [t.bodyId, t.unitId] }),
    uniqueIndex('units_name_key').on(t.bodyId, t.name),
  ],
);

/** A login. Its role decides what it may do; person, organisation or unit ties it to what it may see. */
export const users = pgTable(
  'users',
  {
    bodyId: bodyIdColumn(),
    userId: idColumn(),
    username: text().notNull(),
    displayName: text().notNull(),
    role: text({
      enum: ['proposer', 'staff', 'unit_clerk', 'unit_leader', 'leader', 'admin'],
    }).notNull(),
    passwordHash: text().notNull(),
    personId: uuid(),
    organisationId: uuid(),
    unitId: uuid(),
    email: text(),
    locale: text().notNull().default('zh-CN'),
    /** Notification kinds this user does not want by e-mail (they still see them in the app). */
    emailOptOut: jsonb().$type<string[]>().notNull().default([]),
    /** Where deadline warnings go by SMS (SMS_NOTIFICATION_KINDS); none without a number. */
    mobile: text(),
    failedLogins: integer().notNull().default(0),
    lockedUntil: tstz(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.userId] }),
    foreignKey({ columns: [t.bodyId], foreignColumns: [bodies.bodyId] }),
    foreignKey({
      columns: [t.bodyId, t.personId],
      foreignColumns: [people.bodyId, people.personId],
    }),
    foreignKey({
      columns: [t.bodyId, t.organisationId],
      foreignColumns: [organisations.bodyId, organisations.organisationId],
    }),
    foreignKey({ columns: [t.bodyId, t.unitId], foreignColumns: [units.bodyId, units.unitId] }),
    uniqueIndex('users_username_key').on(t.bodyId, t.username),
    // Notices go to the body's staff on every submission: found without reading every member.
    index('users_role_idx').on(t.bodyId, t.role),
  ],
);

/** A logged-in browser or client. The token itself is never stored, only its SHA-256. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    bodyId: bodyIdColumn(),
    tokenHash: text().notNull(),
    userId: uuid().notNull(),
    csrfToken: text().notNull(),
    expiresAt: tstz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.tokenHash] }),
    foreignKey({
      columns: [t.bodyId, t.userId],
      foreignColumns: [users.bodyId, users.userId],
    }).onDelete('cascade'),
  ],
);

import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { SMS_NOTIFICATION_KINDS } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { arg, prepared } from '../../db/prepared.js';
import { assignments, cosigners, notifications, users } from '../../db/schema/index.js';

export type NewNotification = typeof notifications.$inferInsert;

export async function insertNotifications(db: DbOrTx, rows: NewNotification[]) {
  if (rows.length) {
    await db.insert(notifications).values(rows);
  }
}

export async function listForUser(db: DbOrTx, bodyId: string, userId: string, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.bodyId, bodyId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function unreadCount(db: DbOrTx, bodyId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.bodyId, bodyId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function markRead(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  ids: string[] | 'all',
  at: Date,
) {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.bodyId, bodyId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.notificationId, ids),
      ),
    );
}

/** The active accounts of the given units (optionally only their leaders). */
export async function unitUsers(
  db: DbOrTx,
  bodyId: string,
  unitIds: string[],
  leadersOnly = false,
) {
  if (unitIds.length === 0) {
    return [];
  }
  const rows = await db
    .select({ userId: users.userId })
    .from(users)
    .where(
      and(
        eq(users.bodyId, bodyId),
        inArray(users.unitId, unitIds),
        eq(users.active, true),
        leadersOnly ? eq(users.role, 'unit_leader') : undefined,
      ),
    );
  return rows.map((r) => r.userId);
}

/** Who a notice goes to: the body's active staff, named accounts, or both; never the actor. */
export type NoticeArgs = {
  bodyId: string;
  kind: string;
  title: string;
  proposalId: string;
  /** ISO time: the notice is created with the change it tells of. */
  createdAt: string;
  allStaff: boolean;
  userIds: string[];
  exceptUserId: string;
};

/**
 * The notices of one change as a single INSERT … SELECT over the body's accounts — the staff list
 * is never read first: at the deadline every member's submission notifies the whole office. Its
 * values are the placeholders named in NoticeArgs, so that a transition's own statement can carry
 * it as a CTE (proposals/lifecycle.queries.ts) and pay no round trip of its own.
 */
export const noticeInsertSql = () => sql`
  INSERT INTO notifications (body_id, user_id, kind, title, proposal_id, created_at)
  SELECT ${users.bodyId}, ${users.userId}, ${arg('kind')}::text, ${arg('title')}::text,
    ${arg('proposalId')}::uuid, ${arg('createdAt')}::timestamptz
  FROM ${users}
  WHERE ${users.bodyId} = ${arg('bodyId')} AND ${users.userId} <> ${arg('exceptUserId')}::uuid
    AND ((${arg('allStaff')}::boolean AND ${users.role} = 'staff' AND ${users.active})
      OR ${users.userId} = ANY(${arg('userIds')}::uuid[]))`;

/** Built once (db/prepared.ts): the notices of a change that is not a lifecycle transition. */
export const insertNotices = prepared<NoticeArgs>()((db) => db.execute(noticeInsertSql()));

export async function staffUsers(db: DbOrTx, bodyId: string) {
  const rows = await db
    .select({ userId: users.userId })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.role, 'staff'), eq(users.active, true)));
  return rows.map((r) => r.userId);
}

export async function activeUnitIds(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  roles: ('lead' | 'co' | 'separate')[],
) {
  const rows = await db
    .select({ unitId: assignments.unitId })
    .from(assignments)
    .where(
      and(
        eq(assignments.bodyId, bodyId),
        eq(assignments.proposalId, proposalId),
        eq(assignments.active, true),
        inArray(assignments.role, roles),
      ),
    );
  return rows.map((r) => r.unitId);
}

export async function confirmedCosigners(db: DbOrTx, bodyId: string, proposalId: string) {
  const rows = await db
    .select({ userId: cosigners.userId })
    .from(cosigners)
    .where(
      and(
        eq(cosigners.bodyId, bodyId),
        eq(cosigners.proposalId, proposalId),
        eq(cosigners.state, 'confirmed'),
      ),
    );
  return rows.map((r) => r.userId);
}

/**
 * Notifications still to be e-mailed: the recipient has an address and has not opted out of the
 * kind; recent ones only (older ones are no longer news). Locked so that two server processes
 * never send the same one.
 */
export async function claimUnsentEmails(db: DbOrTx, now: Date, limit: number) {
  const since = new Date(now.getTime() - 3 * 86_400_000);
  return db
    .select({
      bodyId: notifications.bodyId,
      notificationId: notifications.notificationId,
      title: notifications.title,
      kind: notifications.kind,
      proposalId: notifications.proposalId,
      email: users.email,
      displayName: users.displayName,
    })
    .from(notifications)
    .innerJoin(
      users,
      and(eq(users.bodyId, notifications.bodyId), eq(users.userId, notifications.userId)),
    )
    .where(
      and(
        isNull(notifications.emailedAt),
        gte(notifications.createdAt, since),
        isNotNull(users.email),
        sql`NOT (${users.emailOptOut} ? ${notifications.kind})`,
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .limit(limit)
    .for('update', { of: notifications, skipLocked: true });
}

/**
 * Notifications still to be sent by SMS: deadline warnings (SMS_NOTIFICATION_KINDS) to a recipient
 * with a mobile number, recent ones only; locked like the e-mails.
 */
export async function claimUnsentSms(db: DbOrTx, now: Date, limit: number) {
  const since = new Date(now.getTime() - 3 * 86_400_000);
  return db
    .select({
      bodyId: notifications.bodyId,
      notificationId: notifications.notificationId,
      title: notifications.title,
      mobile: users.mobile,
    })
    .from(notifications)
    .innerJoin(
      users,
      and(eq(users.bodyId, notifications.bodyId), eq(users.userId, notifications.userId)),
    )
    .where(
      and(
        isNull(notifications.smsSentAt),
        gte(notifications.createdAt, since),
        isNotNull(users.mobile),
        inArray(notifications.kind, [...SMS_NOTIFICATION_KINDS]),
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .limit(limit)
    .for('update', { of: notifications, skipLocked: true });
}

export async function markSmsSent(db: DbOrTx, bodyId: string, notificationId: string, at: Date) {
  await db
    .update(notifications)
    .set({ smsSentAt: at })
    .where(and(eq(notifications.bodyId, bodyId), eq(notifications.notificationId, notificationId)));
}

export async function markEmailed(db: DbOrTx, bodyId: string, notificationId: string, at: Date) {
  await db
    .update(notifications)
    .set({ emailedAt: at })
    .where(and(eq(notifications.bodyId, bodyId), eq(notifications.notificationId, notificationId)));
}

export async function updatePreferences(
  db: DbOrTx,
  bodyId: string,
  userId: string,
  patch: { email?: string | null; emailOptOut?: string[]; mobile?: string | null },
) {
  const [row] = await db
    .update(users)
    .set(patch)
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)))
    .returning({ email: users.email, emailOptOut: users.emailOptOut, mobile: users.mobile });
  return row!;
}

/** The caller's e-mail address, the kinds they do not want by e-mail, and their mobile number. */
export async function preferencesOf(db: DbOrTx, bodyId: string, userId: string) {
  const [row] = await db
    .select({ email: users.email, emailOptOut: users.emailOptOut, mobile: users.mobile })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.userId, userId)));
  return row ?? { email: null, emailOptOut: [], mobile: null };
}

import type { ServiceContext } from '../../context.js';
import * as q from './notifications.queries.js';

/** The caller's notification centre: the latest notifications and how many are unread. */
export async function myNotifications(ctx: ServiceContext, limit = 50) {
  const { bodyId, userId } = ctx.actor;
  const [items, unread, preferences] = [
    await q.listForUser(ctx.db, bodyId, userId, limit),
    await q.unreadCount(ctx.db, bodyId, userId),
    await q.preferencesOf(ctx.db, bodyId, userId),
  ];
  return { unread, items: items.map(({ bodyId: _b, userId: _u, ...n }) => n), preferences };
}

export async function markRead(ctx: ServiceContext, ids: string[] | 'all') {
  await q.markRead(ctx.db, ctx.actor.bodyId, ctx.actor.userId, ids, ctx.now());
  return { unread: await q.unreadCount(ctx.db, ctx.actor.bodyId, ctx.actor.userId) };
}

/**
 * Where the caller's e-mail goes, which kinds of notification they do not want by e-mail, and the
 * mobile number their deadline warnings go to by SMS.
 */
export function updateMyPreferences(
  ctx: ServiceContext,
  patch: { email?: string | null; emailOptOut?: string[]; mobile?: string | null },
) {
  return q.updatePreferences(ctx.db, ctx.actor.bodyId, ctx.actor.userId, patch);
}

/** The caller's e-mail address, the kinds they do not want by e-mail, their mobile number. */
export const myPreferences = (ctx: ServiceContext) =>
  q.preferencesOf(ctx.db, ctx.actor.bodyId, ctx.actor.userId);

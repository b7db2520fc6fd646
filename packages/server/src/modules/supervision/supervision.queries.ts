import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  proposals,
  supervisionItemUnits,
  supervisionItems,
  supervisionRecords,
  units,
  users,
} from '../../db/schema/index.js';

export type ItemRow = typeof supervisionItems.$inferSelect;
export type ItemPatch = Partial<typeof supervisionItems.$inferInsert>;

export async function insertItem(
  db: DbOrTx,
  values: typeof supervisionItems.$inferInsert,
  unitIds: string[],
) {
  const [row] = await db.insert(supervisionItems).values(values).returning();
  await db
    .insert(supervisionItemUnits)
    .values(unitIds.map((unitId) => ({ bodyId: row!.bodyId, itemId: row!.itemId, unitId })));
  return row!;
}

export async function findItem(db: DbOrTx, bodyId: string, itemId: string, lock = false) {
  const query = db
    .select()
    .from(supervisionItems)
    .where(and(eq(supervisionItems.bodyId, bodyId), eq(supervisionItems.itemId, itemId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function itemOfProposal(db: DbOrTx, bodyId: string, proposalId: string) {
  const [row] = await db
    .select()
    .from(supervisionItems)
    .where(and(eq(supervisionItems.bodyId, bodyId), eq(supervisionItems.proposalId, proposalId)));
  return row;
}

export async function updateItem(db: DbOrTx, bodyId: string, itemId: string, patch: ItemPatch) {
  const [row] = await db
    .update(supervisionItems)
    .set(patch)
    .where(and(eq(supervisionItems.bodyId, bodyId), eq(supervisionItems.itemId, itemId)))
    .returning();
  return row!;
}

/** The units of the given items, by item. */
export async function unitsOfItems(db: DbOrTx, bodyId: string, itemIds: string[]) {
  if (itemIds.length === 0) {
    return new Map<string, { unitId: string; name: string }[]>();
  }
  const rows = await db
    .select({ itemId: supervisionItemUnits.itemId, unitId: units.unitId, name: units.name })
    .from(supervisionItemUnits)
    .innerJoin(
      units,
      and(
        eq(units.bodyId, supervisionItemUnits.bodyId),
        eq(units.unitId, supervisionItemUnits.unitId),
      ),
    )
    .where(
      and(eq(supervisionItemUnits.bodyId, bodyId), inArray(supervisionItemUnits.itemId, itemIds)),
    )
    .orderBy(asc(units.sortOrder), asc(units.name));
  const out = new Map<string, { unitId: string; name: string }[]>();
  for (const r of rows) {
    out.set(r.itemId, [...(out.get(r.itemId) ?? []), { unitId: r.unitId, name: r.name }]);
  }
  return out;
}

const itemColumns = {
  item: supervisionItems,
  leaderName: users.displayName,
  proposalNumber: proposals.number,
  proposalOrigin: proposals.origin,
  proposalState: proposals.state,
};

/** Items of the body, newest first; with `unitId`, only those assigned to that unit. */
export async function listItems(
  db: DbOrTx,
  bodyId: string,
  filter: { unitId?: string; state?: 'open' | 'closed'; itemId?: string; proposalId?: string },
) {
  return db
    .select(itemColumns)
    .from(supervisionItems)
    .leftJoin(
      users,
      and(
        eq(users.bodyId, supervisionItems.bodyId),
        eq(users.userId, supervisionItems.leaderUserId),
      ),
    )
    .leftJoin(
      proposals,
      and(
        eq(proposals.bodyId, supervisionItems.bodyId),
        eq(proposals.proposalId, supervisionItems.proposalId),
      ),
    )
    .where(
      and(
        eq(supervisionItems.bodyId, bodyId),
        filter.state ? eq(supervisionItems.state, filter.state) : undefined,
        filter.itemId ? eq(supervisionItems.itemId, filter.itemId) : undefined,
        filter.proposalId ? eq(supervisionItems.proposalId, filter.proposalId) : undefined,
        filter.unitId
          ? sql`EXISTS (SELECT 1 FROM ${supervisionItemUnits} WHERE ${supervisionItemUnits.bodyId} = ${supervisionItems.bodyId} AND ${supervisionItemUnits.itemId} = ${supervisionItems.itemId} AND ${supervisionItemUnits.unitId} = ${filter.unitId})`
          : undefined,
      ),
    )
    .orderBy(desc(supervisionItems.assignedAt))
    .limit(500);
}

export async function insertRecord(db: DbOrTx, values: typeof supervisionRecords.$inferInsert) {
  await db.insert(supervisionRecords).values(values);
}

export async function listRecords(db: DbOrTx, bodyId: string, itemId: string) {
  return db
    .select({
      recordId: supervisionRecords.recordId,
      round: supervisionRecords.round,
      action: supervisionRecords.action,
      text: supervisionRecords.text,
      rating: supervisionRecords.rating,
      unitName: units.name,
      actorName: users.displayName,
      at: supervisionRecords.at,
    })
    .from(supervisionRecords)
    .innerJoin(
      users,
      and(
        eq(users.bodyId, supervisionRecords.bodyId),
        eq(users.userId, supervisionRecords.actorUserId),
      ),
    )
    .leftJoin(
      units,
      and(eq(units.bodyId, supervisionRecords.bodyId), eq(units.unitId, supervisionRecords.unitId)),
    )
    .where(and(eq(supervisionRecords.bodyId, bodyId), eq(supervisionRecords.itemId, itemId)))
    .orderBy(asc(supervisionRecords.at), asc(supervisionRecords.recordId));
}

/** Active leaders of the body: whom staff may name as an item's supervising leader. */
export async function bodyLeaders(db: DbOrTx, bodyId: string) {
  return db
    .select({ userId: users.userId, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.role, 'leader'), eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

/** Every open item of every body with the units it is assigned to: what the scheduler watches. */
export async function openItems(db: DbOrTx) {
  const rows = await db
    .select({ item: supervisionItems, unitId: supervisionItemUnits.unitId })
    .from(supervisionItems)
    .innerJoin(
      supervisionItemUnits,
      and(
        eq(supervisionItemUnits.bodyId, supervisionItems.bodyId),
        eq(supervisionItemUnits.itemId, supervisionItems.itemId),
      ),
    )
    .where(eq(supervisionItems.state, 'open'));
  const byItem = new Map<string, { item: ItemRow; unitIds: string[] }>();
  for (const r of rows) {
    const entry = byItem.get(r.item.itemId) ?? { item: r.item, unitIds: [] };
    entry.unitIds.push(r.unitId);
    byItem.set(r.item.itemId, entry);
  }
  return [...byItem.values()];
}

/** The body's items with what the metrics need: profile, state, whether settled on time. */
export async function itemsForMetrics(db: DbOrTx, bodyId: string) {
  return db
    .select({
      profileCode: sql<string>`${supervisionItems.deadlineRule}->>'code'`,
      profileName: sql<string>`${supervisionItems.deadlineRule}->>'name'`,
      state: supervisionItems.state,
      settledAt: supervisionItems.settledAt,
      settleDueAt: supervisionItems.settleDueAt,
      timetableDueAt: supervisionItems.timetableDueAt,
      rating: supervisionItems.rating,
    })
    .from(supervisionItems)
    .where(eq(supervisionItems.bodyId, bodyId));
}

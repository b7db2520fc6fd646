import { and, count, desc, eq, max, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { assignments, categories, proposals, units } from '../../db/schema/index.js';
import { onCategory } from '../proposals/proposal-joins.queries.js';

/** How the body's routing history looks now: when it changes, a cached router is rebuilt. */
export async function routingHistoryStamp(db: DbOrTx, bodyId: string) {
  const [a] = await db
    .select({ n: count(), latest: max(assignments.assignedAt) })
    .from(assignments)
    .where(and(eq(assignments.bodyId, bodyId), eq(assignments.role, 'lead')));
  const [u] = await db
    .select({
      n: count(),
      names: sql<string>`string_agg(${units.name}, '|' order by ${units.name})`,
    })
    .from(units)
    .where(and(eq(units.bodyId, bodyId), eq(units.active, true)));
  return `${a?.n ?? 0}|${a?.latest?.toISOString() ?? ''}|${u?.n ?? 0}|${u?.names ?? ''}`;
}

/**
 * The body's past proposals with the unit that led their handling and their category's area:
 * what staff decided (confirming or correcting earlier suggestions), newest first.
 */
export async function routingHistory(db: DbOrTx, bodyId: string, limit: number) {
  return db
    .select({
      proposalId: proposals.proposalId,
      title: proposals.title,
      problem: sql<string>`left(${proposals.problem}, 300)`,
      area: categories.area,
      leadUnit: units.name,
    })
    .from(assignments)
    .innerJoin(
      proposals,
      and(
        eq(proposals.bodyId, assignments.bodyId),
        eq(proposals.proposalId, assignments.proposalId),
      ),
    )
    .innerJoin(
      units,
      and(eq(units.bodyId, assignments.bodyId), eq(units.unitId, assignments.unitId)),
    )
    .leftJoin(categories, onCategory)
    .where(
      and(
        eq(assignments.bodyId, bodyId),
        eq(assignments.role, 'lead'),
        ne(proposals.state, 'merged'),
      ),
    )
    .orderBy(desc(assignments.assignedAt))
    .limit(limit);
}

/** The body's active units and categories, to turn suggested names into ids. */
export async function routingTargets(db: DbOrTx, bodyId: string) {
  const unitRows = await db
    .select({ unitId: units.unitId, name: units.name })
    .from(units)
    .where(and(eq(units.bodyId, bodyId), eq(units.active, true)))
    .orderBy(units.sortOrder, units.name);
  const categoryRows = await db
    .select({ categoryId: categories.categoryId, name: categories.name, area: categories.area })
    .from(categories)
    .where(and(eq(categories.bodyId, bodyId), eq(categories.active, true)))
    .orderBy(categories.sortOrder, categories.name);
  return { units: unitRows, categories: categoryRows };
}

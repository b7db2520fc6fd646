import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { categories, proposals } from '../../db/schema/index.js';

/**
 * Submitted proposals counted by origin, source, registration and area: of one session, or of
 * every session of the body when none is named.
 */
export async function reviewCounts(db: DbOrTx, bodyId: string, sessionId?: string) {
  return db
    .select({
      origin: proposals.origin,
      proposerType: proposals.proposerType,
      registered: sql<boolean>`${proposals.number} IS NOT NULL`,
      area: categories.area,
      n: count(),
    })
    .from(proposals)
    .leftJoin(
      categories,
      and(eq(categories.bodyId, proposals.bodyId), eq(categories.categoryId, proposals.categoryId)),
    )
    .where(
      and(
        eq(proposals.bodyId, bodyId),
        sessionId ? eq(proposals.sessionId, sessionId) : undefined,
        isNotNull(proposals.submittedAt),
      ),
    )
    .groupBy(
      proposals.origin,
      proposals.proposerType,
      sql`${proposals.number} IS NOT NULL`,
      categories.area,
    );
}

import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { proposals } from '../../db/schema/index.js';

/** How many of a body's proposals (or suggestions) were closed (办结) in a year, Beijing time. */
export async function closedInYear(db: DbOrTx, bodyId: string, year: number) {
  const [row] = await db
    .select({ n: count() })
    .from(proposals)
    .where(
      and(
        eq(proposals.bodyId, bodyId),
        sql`extract(year FROM ${proposals.closedAt} AT TIME ZONE 'Asia/Shanghai') = ${year}`,
      ),
    );
  return Number(row?.n ?? 0);
}

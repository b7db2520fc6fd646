import { and, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import {
  bodies,
  categories,
  organisations,
  people,
  proposalSearch,
  proposals,
  replies,
  sessions,
  units,
  users,
} from '../../db/schema/index.js';
import {
  onCategory,
  onLeadOrganisation,
  onLeadPerson,
  onOwner,
  onSearchDocument,
  onSession,
  proposerNameSql,
} from '../proposals/proposal-joins.queries.js';

/** Published, non-confidential proposals only: the public portal reads nothing else. */
const publicProposal = and(isNotNull(proposals.publishedAt), eq(proposals.confidential, false));

export interface PublicFilters {
  bodyCode?: string;
  proposalId?: string;
  sessionCode?: string;
  area?: string;
  /** Segmented words of the search box (see search-index.ts). */
  queryTokens?: string;
  page: number;
  pageSize: number;
}

export async function listPublished(db: DbOrTx, f: PublicFilters) {
  const conds: (SQL | undefined)[] = [publicProposal];
  if (f.bodyCode) {
    conds.push(eq(bodies.code, f.bodyCode));
  }
  if (f.proposalId) {
    conds.push(eq(proposals.proposalId, f.proposalId));
  }
  if (f.sessionCode) {
    conds.push(eq(sessions.code, f.sessionCode));
  }
  if (f.area) {
    conds.push(eq(categories.area, f.area as 'economy'));
  }
  if (f.queryTokens) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM ${proposalSearch} WHERE ${onSearchDocument} AND ${proposalSearch.searchVector} @@ plainto_tsquery('simple', ${f.queryTokens}))`,
    );
  }
  const where = and(...conds);
  const rows = await db
    .select({
      bodyId: proposals.bodyId,
      proposalId: proposals.proposalId,
      bodyCode: bodies.code,
      bodyName: bodies.name,
      sessionCode: sessions.code,
      sessionName: sessions.name,
      number: proposals.number,
      origin: proposals.origin,
      kind: proposals.kind,
      title: proposals.title,
      problem: proposals.problem,
      suggestions: proposals.suggestions,
      proposerName: proposerNameSql,
      categoryName: categories.name,
      area: categories.area,
      publishedAt: proposals.publishedAt,
    })
    .from(proposals)
    .innerJoin(bodies, eq(bodies.bodyId, proposals.bodyId))
    .innerJoin(sessions, onSession)
    .innerJoin(users, onOwner)
    .leftJoin(people, onLeadPerson)
    .leftJoin(organisations, onLeadOrganisation)
    .leftJoin(categories, onCategory)
    .where(where)
    .orderBy(desc(proposals.publishedAt))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(proposals)
    .innerJoin(bodies, eq(bodies.bodyId, proposals.bodyId))
    .innerJoin(sessions, onSession)
    .leftJoin(categories, onCategory)
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Signed, non-confidential replies of published proposals, in their public (possibly redacted) form. */
export async function publicReplies(db: DbOrTx, bodyId: string, proposalIds: string[]) {
  if (proposalIds.length === 0) {
    return [];
  }
  return db
    .select({
      proposalId: replies.proposalId,
      unitName: units.name,
      round: replies.round,
      replyClass: replies.replyClass,
      text: sql<string>`coalesce(${replies.publicText}, ${replies.text})`,
      signedAt: replies.signedAt,
    })
    .from(replies)
    .innerJoin(units, and(eq(units.bodyId, replies.bodyId), eq(units.unitId, replies.unitId)))
    .where(
      and(
        eq(replies.bodyId, bodyId),
        sql`${replies.proposalId} IN (${sql.join(
          proposalIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
        isNotNull(replies.signedAt),
        eq(replies.confidential, false),
      ),
    )
    .orderBy(replies.round);
}

/** Replies published most recently, for the feed. */
export async function recentlyPublished(db: DbOrTx, bodyCode: string, limit: number) {
  return db
    .select({
      bodyId: proposals.bodyId,
      proposalId: proposals.proposalId,
      title: proposals.title,
      publishedAt: proposals.publishedAt,
      bodyName: bodies.name,
    })
    .from(proposals)
    .innerJoin(bodies, eq(bodies.bodyId, proposals.bodyId))
    .where(and(publicProposal, eq(bodies.code, bodyCode)))
    .orderBy(desc(proposals.publishedAt))
    .limit(limit);
}

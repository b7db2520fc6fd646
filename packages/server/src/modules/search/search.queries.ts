import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { ProposalState } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import {
  assignments,
  categories,
  proposalSearch,
  proposals,
  replies,
  units,
} from '../../db/schema/index.js';
import type { Actor } from '../auth/actor.js';
import type { Keywords } from './similarity-keys.js';
import {
  onCategory,
  onLeadOrganisation,
  onLeadPerson,
  onOwner,
  onSearchDocument,
  onSession,
  proposerNameSql,
} from '../proposals/proposal-joins.queries.js';
import { visibleTo } from '../proposals/proposals.queries.js';
import { organisations, people, sessions, users } from '../../db/schema/index.js';

/** The texts that go into a proposal's search index: its own, and its signed replies. */
export async function indexSource(db: DbOrTx, bodyId: string, proposalId: string) {
  const [p] = await db
    .select({
      title: proposals.title,
      problem: proposals.problem,
      suggestions: proposals.suggestions,
    })
    .from(proposals)
    .where(and(eq(proposals.bodyId, bodyId), eq(proposals.proposalId, proposalId)));
  const rs = await db
    .select({ text: replies.text })
    .from(replies)
    .where(
      and(
        eq(replies.bodyId, bodyId),
        eq(replies.proposalId, proposalId),
        isNotNull(replies.signedAt),
      ),
    );
  return p ? { ...p, replies: rs.map((r) => r.text) } : undefined;
}

/** Writes a proposal's search document: created with the proposal's first index, then replaced. */
export async function writeTokens(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  index: { titleTokens: string; bodyTokens: string; keywords: Keywords; similarityKeys: string[] },
) {
  await db
    .insert(proposalSearch)
    .values({ bodyId, proposalId, ...index })
    .onConflictDoUpdate({ target: [proposalSearch.bodyId, proposalSearch.proposalId], set: index });
}

export interface SearchFilters {
  sessionId?: string;
  state?: ProposalState[];
  categoryId?: string;
  area?: string;
  unitId?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** Full-text search within what the caller may see, best match first. */
export async function searchVisible(
  db: DbOrTx,
  actor: Actor,
  queryTokens: string,
  f: SearchFilters,
) {
  const query = sql`plainto_tsquery('simple', ${queryTokens})`;
  const conds: (SQL | undefined)[] = [
    visibleTo(actor),
    eq(proposalSearch.bodyId, actor.bodyId),
    sql`${proposalSearch.searchVector} @@ ${query}`,
  ];
  if (f.sessionId) {
    conds.push(eq(proposals.sessionId, f.sessionId));
  }
  if (f.state?.length) {
    conds.push(inArray(proposals.state, f.state));
  }
  if (f.categoryId) {
    conds.push(eq(proposals.categoryId, f.categoryId));
  }
  if (f.area) {
    conds.push(eq(categories.area, f.area as 'economy'));
  }
  if (f.year) {
    conds.push(
      sql`extract(year FROM ${proposals.submittedAt} AT TIME ZONE 'Asia/Shanghai') = ${f.year}`,
    );
  }
  if (f.unitId) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.bodyId} = ${proposals.bodyId} AND ${assignments.proposalId} = ${proposals.proposalId} AND ${assignments.unitId} = ${f.unitId} AND ${assignments.active})`,
    );
  }
  const where = and(...conds);
  // Ranked by the title's words (small, stored inline): ranking every match by its whole text
  // would read each match's large vector and grow with the archive.
  const rank = sql<number>`ts_rank_cd(${proposalSearch.titleVector}, ${query})`;
  // First the page of matches from the search documents and their proposals alone, so that the
  // planner drives it from the full-text index; joined to a session, it may rather scan the
  // body's proposals one by one.
  // The number of matches comes with the page (a window over the same rows): a second query
  // counting them would find every match again.
  const pageQuery = db
    .select({ proposalId: proposals.proposalId, rank, total: sql<number>`count(*) OVER ()` })
    .from(proposalSearch)
    .innerJoin(proposals, onSearchDocument);
  const page = await (f.area ? pageQuery.leftJoin(categories, onCategory) : pageQuery)
    .where(where)
    .orderBy(desc(rank), desc(proposals.submittedAt), proposals.proposalId)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const ids = page.map((p) => p.proposalId);
  const details = ids.length
    ? await db
        .select({
          proposalId: proposals.proposalId,
          title: proposals.title,
          problem: proposals.problem,
          suggestions: proposals.suggestions,
          state: proposals.state,
          number: proposals.number,
          origin: proposals.origin,
          sessionCode: sessions.code,
          categoryName: categories.name,
          proposerName: proposerNameSql,
          submittedAt: proposals.submittedAt,
        })
        .from(proposals)
        .innerJoin(users, onOwner)
        .innerJoin(sessions, onSession)
        .leftJoin(people, onLeadPerson)
        .leftJoin(organisations, onLeadOrganisation)
        .leftJoin(categories, onCategory)
        .where(and(eq(proposals.bodyId, actor.bodyId), inArray(proposals.proposalId, ids)))
    : [];
  const byId = new Map(details.map((d) => [d.proposalId, d]));
  const rows = page.flatMap((p) => {
    const d = byId.get(p.proposalId);
    return d ? [{ ...d, rank: p.rank }] : [];
  });
  if (page.length > 0 || f.page === 1) {
    return { rows, total: Number(page[0]?.total ?? 0) };
  }
  // A page past the last match has no row to carry the number.
  const countQuery = db
    .select({ n: sql<number>`count(*)::int` })
    .from(proposalSearch)
    .innerJoin(proposals, onSearchDocument);
  const [total] = await (f.area ? countQuery.leftJoin(categories, onCategory) : countQuery).where(
    where,
  );
  return { rows, total: Number(total?.n ?? 0) };
}

/** The stored characteristic words of a proposal. */
export async function storedKeywords(db: DbOrTx, bodyId: string, proposalId: string) {
  const [row] = await db
    .select({ keywords: proposalSearch.keywords })
    .from(proposalSearch)
    .where(and(eq(proposalSearch.bodyId, bodyId), eq(proposalSearch.proposalId, proposalId)));
  return row?.keywords ?? [];
}

/**
 * Proposals sharing locality-sensitive keys with the given ones (GIN index on the key array),
 * those sharing most first, among what the caller may see; with their stored keywords (to rank)
 * and signed replies.
 */
export async function similarCandidates(
  db: DbOrTx,
  actor: Actor,
  excludeId: string | null,
  keys: string[],
  limit: number,
) {
  const keyArray = sql`ARRAY[${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[]`;
  const shared = sql<number>`cardinality(ARRAY(SELECT unnest(${proposalSearch.similarityKeys}) INTERSECT SELECT unnest(${keyArray})))`;
  // Only the proposal joined: the planner then drives the lookup from the key index.
  const found = await db
    .select({
      proposalId: proposals.proposalId,
      sessionId: proposals.sessionId,
      title: proposals.title,
      keywords: proposalSearch.keywords,
      state: proposals.state,
      number: proposals.number,
      origin: proposals.origin,
    })
    .from(proposalSearch)
    .innerJoin(proposals, onSearchDocument)
    .where(
      and(
        visibleTo(actor),
        eq(proposalSearch.bodyId, actor.bodyId),
        sql`${proposalSearch.similarityKeys} && ${keyArray}`,
        excludeId ? sql`${proposals.proposalId} <> ${excludeId}` : undefined,
      ),
    )
    .orderBy(desc(shared))
    .limit(limit);
  const sessionIds = [...new Set(found.map((r) => r.sessionId))];
  const codes = sessionIds.length
    ? await db
        .select({ sessionId: sessions.sessionId, code: sessions.code })
        .from(sessions)
        .where(and(eq(sessions.bodyId, actor.bodyId), inArray(sessions.sessionId, sessionIds)))
    : [];
  const codeOf = new Map(codes.map((c) => [c.sessionId, c.code]));
  const rows = found.map((r) => ({ ...r, sessionCode: codeOf.get(r.sessionId) ?? '' }));
  const ids = rows.map((r) => r.proposalId);
  const signed = ids.length
    ? await db
        .select({
          proposalId: replies.proposalId,
          unitName: units.name,
          replyClass: replies.replyClass,
        })
        .from(replies)
        .innerJoin(units, and(eq(units.bodyId, replies.bodyId), eq(units.unitId, replies.unitId)))
        .where(
          and(
            eq(replies.bodyId, actor.bodyId),
            inArray(replies.proposalId, ids),
            isNotNull(replies.signedAt),
          ),
        )
    : [];
  return rows.map((r) => ({ ...r, replies: signed.filter((s) => s.proposalId === r.proposalId) }));
}

/** Every proposal of a body, to re-index after its dictionary changed. */
export async function proposalIdsOfBody(db: DbOrTx, bodyId: string) {
  const rows = await db
    .select({ proposalId: proposals.proposalId })
    .from(proposals)
    .where(eq(proposals.bodyId, bodyId));
  return rows.map((r) => r.proposalId);
}

import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lt,
  lte,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { REPLY_DEADLINE_STATES, type CosignerState, type ProposalState } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { arg, prepared } from '../../db/prepared.js';
import {
  assignments,
  bodies,
  categories,
  cosigners,
  organisations,
  people,
  proposals,
  sessions,
  users,
} from '../../db/schema/index.js';
import { isUnitRole, readsWholeBody, type Actor } from '../auth/actor.js';
import type { ProposalRelations } from './proposal-access.js';
import {
  onCategory,
  onLeadOrganisation,
  onLeadPerson,
  onOwner,
  onSession,
  proposerNameSql,
} from './proposal-joins.queries.js';

/** Every proposal column (the search document lives in proposal_search, read by search alone). */
export const proposalColumns = getTableColumns(proposals);
export type ProposalRow = typeof proposals.$inferSelect;
export type ProposalPatch = Partial<
  Omit<typeof proposals.$inferInsert, 'bodyId' | 'proposalId' | 'state' | 'version'>
>;

const byId = (bodyId: string, proposalId: string) =>
  and(eq(proposals.bodyId, bodyId), eq(proposals.proposalId, proposalId));

export async function findProposal(db: DbOrTx, bodyId: string, proposalId: string) {
  const [row] = await db.select(proposalColumns).from(proposals).where(byId(bodyId, proposalId));
  return row;
}

export async function insertProposal(db: DbOrTx, values: typeof proposals.$inferInsert) {
  const [row] = await db.insert(proposals).values(values).returning(proposalColumns);
  return row!;
}

/** An edit guarded by the version the editor saw; returns undefined when someone else saved first. */
export async function updateProposalIfVersion(
  db: DbOrTx,
  proposal: ProposalRow,
  expectedVersion: number,
  patch: ProposalPatch,
  now: Date,
) {
  const [row] = await db
    .update(proposals)
    .set({ ...patch, version: sql`${proposals.version} + 1`, updatedAt: now })
    .where(and(byId(proposal.bodyId, proposal.proposalId), eq(proposals.version, expectedVersion)))
    .returning(proposalColumns);
  return row;
}

/** Bumps the version for changes to a proposal's parts (co-signers, assignments) that keep its state. */
export async function touchProposal(db: DbOrTx, proposal: ProposalRow, now: Date) {
  await db
    .update(proposals)
    .set({ version: sql`${proposals.version} + 1`, updatedAt: now })
    .where(byId(proposal.bodyId, proposal.proposalId));
}

const mergedChild = alias(proposals, 'merged_child');

/** The caller's relations to one proposal, from which the access policy decides. */
/**
 * The caller's relations to the proposal of the enclosing query, as select fields, so that they
 * come with the row in the same statement (one round trip for each of the many loads of a rush).
 */
function relationFields(kind: RelationKind, who: Who): Record<string, SQL> {
  // Drizzle writes a column that stands directly in a select field of a one-table query without
  // its table name, which inside a subquery would name the subquery's own column; wrapped in
  // sql`` it keeps "proposals"., so the subqueries below refer to the outer row.
  const outer = { bodyId: sql`${proposals.bodyId}`, proposalId: sql`${proposals.proposalId}` };
  if (kind === 'proposer') {
    return {
      cosignerState: sql<CosignerState | null>`(SELECT ${cosigners.state} FROM ${cosigners} WHERE ${cosigners.bodyId} = ${outer.bodyId} AND ${cosigners.proposalId} = ${outer.proposalId} AND ${cosigners.userId} = ${who.userId})`,
      viaMergedProposal: sql<boolean>`EXISTS (SELECT 1 FROM ${proposals} AS merged_child WHERE ${mergedChild.bodyId} = ${outer.bodyId} AND ${mergedChild.mergedIntoId} = ${outer.proposalId} AND ${ownedOrCosignedBy(mergedChild, who.userId)})`,
    };
  }
  if (kind === 'unit') {
    return {
      // JSON rather than an array of the enum: both drivers parse JSON, neither an enum array.
      unitRoles: sql<
        ProposalRelations['unitRoles']
      >`(SELECT coalesce(json_agg(${assignments.role}), '[]'::json) FROM ${assignments} WHERE ${assignments.bodyId} = ${outer.bodyId} AND ${assignments.proposalId} = ${outer.proposalId} AND ${assignments.unitId} = ${who.unitId} AND ${assignments.active})`,
    };
  }
  return {};
}

/** Which relations a caller can have to a proposal: a member's, a unit's, or none (staff, leaders). */
type RelationKind = 'proposer' | 'unit' | 'none';

/** The caller, as values or as placeholders of a prepared statement. */
type Who = { userId: string | Placeholder; unitId: string | null | Placeholder };

function relationKind(actor: Actor): RelationKind {
  if (actor.role === 'proposer') {
    return 'proposer';
  }
  return isUnitRole(actor) && actor.unitId ? 'unit' : 'none';
}

type RelationFieldValues = {
  cosignerState?: CosignerState | null;
  viaMergedProposal?: boolean;
  unitRoles?: ProposalRelations['unitRoles'];
};

function toRelations(actor: Actor, ownerUserId: string, f: RelationFieldValues): ProposalRelations {
  return {
    isOwner: ownerUserId === actor.userId,
    cosignerState: f.cosignerState ?? null,
    unitRoles: f.unitRoles ?? [],
    viaMergedProposal: f.viaMergedProposal ?? false,
  };
}

export async function relationsOf(
  db: DbOrTx,
  actor: Actor,
  proposal: ProposalRow,
): Promise<ProposalRelations> {
  const fields = relationFields(relationKind(actor), actor);
  if (Object.keys(fields).length === 0) {
    return toRelations(actor, proposal.ownerUserId, {});
  }
  const [row] = await db
    .select(fields)
    .from(proposals)
    .where(byId(proposal.bodyId, proposal.proposalId));
  return toRelations(actor, proposal.ownerUserId, row ?? {});
}

/**
 * The proposal and the caller's relations to it in one statement; with `lock`, the row stays
 * locked until the transaction ends.
 */
export async function findWithRelations(
  db: DbOrTx,
  actor: Actor,
  proposalId: string,
  lock: boolean,
): Promise<LoadedProposal | undefined> {
  const [row] = await withRelationsStatement(relationKind(actor), lock)(db, {
    bodyId: actor.bodyId,
    proposalId,
    userId: actor.userId,
    unitId: actor.unitId,
  });
  if (!row) {
    return undefined;
  }
  const { proposal, relations, sessionDeadline } = row as {
    proposal: ProposalRow;
    relations?: RelationFieldValues;
    sessionDeadline: Date | null;
  };
  return {
    proposal,
    rel: toRelations(actor, proposal.ownerUserId, relations ?? {}),
    sessionDeadline,
  };
}

export interface LoadedProposal {
  proposal: ProposalRow;
  rel: ProposalRelations;
  /**
   * The submission deadline of the proposal's session, read with the row: a submission needs it
   * to tell a plenary proposal from an interim one, and a statement of its own would be one more
   * round trip for every submission of the rush.
   */
  sessionDeadline: Date | null;
}

type WithRelationsValues = { bodyId: string; proposalId: string; userId: string; unitId: unknown };

/** Every change and every page loads a proposal this way: built once per kind of caller. */
const withRelationsStatements = new Map(
  (['proposer', 'unit', 'none'] as const).flatMap((kind) =>
    [false, true].map((lock) => [`${kind}:${lock}`, buildWithRelations(kind, lock)] as const),
  ),
);

const withRelationsStatement = (kind: RelationKind, lock: boolean) =>
  withRelationsStatements.get(`${kind}:${lock}`)!;

function buildWithRelations(kind: RelationKind, lock: boolean) {
  return prepared<WithRelationsValues>()((db) => {
    const query = db
      .select({
        proposal: proposalColumns,
        relations: relationFields(kind, { userId: arg('userId'), unitId: arg('unitId') }),
        sessionDeadline:
          sql<Date | null>`(SELECT ${sessions.submissionDeadline} FROM ${sessions} WHERE ${sessions.bodyId} = ${sql`${proposals.bodyId}`} AND ${sessions.sessionId} = ${sql`${proposals.sessionId}`})`.mapWith(
            sessions.submissionDeadline,
          ),
      })
      .from(proposals)
      .where(and(eq(proposals.bodyId, arg('bodyId')), eq(proposals.proposalId, arg('proposalId'))));
    return lock ? query.for('update') : query;
  });
}

type ProposalColumns = { bodyId: AnyPgColumn; proposalId: AnyPgColumn; ownerUserId: AnyPgColumn };

/** Owned by the caller, or the caller is an invited or confirmed co-signer. */
function ownedOrCosignedBy(p: ProposalColumns, userId: string | Placeholder): SQL {
  return or(
    eq(p.ownerUserId, userId),
    sql`EXISTS (SELECT 1 FROM ${cosigners} WHERE ${cosigners.bodyId} = ${p.bodyId} AND ${cosigners.proposalId} = ${p.proposalId} AND ${cosigners.userId} = ${userId} AND ${cosigners.state} IN ('pending', 'confirmed'))`,
  )!;
}

/** The visibility rule of `canSee`, as SQL, for lists. Keep the two in step. */
export function visibleTo(actor: Actor): SQL {
  const inBody = eq(proposals.bodyId, actor.bodyId);
  if (readsWholeBody(actor)) {
    return inBody;
  }
  if (actor.role === 'proposer') {
    return and(
      inBody,
      or(
        ownedOrCosignedBy(proposals, actor.userId),
        sql`EXISTS (SELECT 1 FROM ${proposals} AS merged_child WHERE ${mergedChild.bodyId} = ${proposals.bodyId} AND ${mergedChild.mergedIntoId} = ${proposals.proposalId} AND ${ownedOrCosignedBy(mergedChild, actor.userId)})`,
      ),
    )!;
  }
  if (isUnitRole(actor) && actor.unitId) {
    return and(
      inBody,
      sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.bodyId} = ${proposals.bodyId} AND ${assignments.proposalId} = ${proposals.proposalId} AND ${assignments.unitId} = ${actor.unitId} AND ${assignments.active})`,
    )!;
  }
  return sql`false`;
}

export interface ProposalFilters {
  sessionId?: string;
  state?: ProposalState[];
  categoryId?: string;
  area?: string;
  unitId?: string;
  kind?: 'proposal' | 'suggestion';
  origin?: 'plenary' | 'interim';
  isKey?: boolean;
  ownerUserId?: string;
  q?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  overdue?: boolean;
  sort?: 'submitted_desc' | 'submitted_asc' | 'number_asc' | 'updated_desc' | 'due_asc';
  page: number;
  pageSize: number;
}

export async function listProposals(db: DbOrTx, actor: Actor, f: ProposalFilters, now: Date) {
  const conds: (SQL | undefined)[] = [visibleTo(actor)];
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
  if (f.kind) {
    conds.push(eq(proposals.kind, f.kind));
  }
  if (f.origin) {
    conds.push(eq(proposals.origin, f.origin));
  }
  if (f.isKey !== undefined) {
    conds.push(eq(proposals.isKey, f.isKey));
  }
  if (f.ownerUserId) {
    conds.push(eq(proposals.ownerUserId, f.ownerUserId));
  }
  if (f.q) {
    conds.push(ilike(proposals.title, `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  }
  if (f.submittedFrom) {
    conds.push(gte(proposals.submittedAt, f.submittedFrom));
  }
  if (f.submittedTo) {
    conds.push(lte(proposals.submittedAt, f.submittedTo));
  }
  if (f.overdue) {
    conds.push(
      and(inArray(proposals.state, [...REPLY_DEADLINE_STATES]), lt(proposals.replyDueAt, now)),
    );
  }
  if (f.unitId) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.bodyId} = ${proposals.bodyId} AND ${assignments.proposalId} = ${proposals.proposalId} AND ${assignments.unitId} = ${f.unitId} AND ${assignments.active})`,
    );
  }
  const where = and(...conds);
  const order = {
    submitted_desc: [desc(proposals.submittedAt), desc(proposals.createdAt)],
    submitted_asc: [asc(proposals.submittedAt), asc(proposals.createdAt)],
    number_asc: [asc(proposals.origin), asc(proposals.number), asc(proposals.createdAt)],
    updated_desc: [desc(proposals.updatedAt)],
    due_asc: [asc(proposals.replyDueAt), asc(proposals.createdAt)],
  }[f.sort ?? 'submitted_desc'];
  const base = db
    .select({
      proposalId: proposals.proposalId,
      number: proposals.number,
      origin: proposals.origin,
      kind: proposals.kind,
      title: proposals.title,
      state: proposals.state,
      isKey: proposals.isKey,
      proposerType: proposals.proposerType,
      proposerName: proposerNameSql,
      categoryName: categories.name,
      area: categories.area,
      sessionCode: sessions.code,
      submittedAt: proposals.submittedAt,
      replyDueAt: proposals.replyDueAt,
      updatedAt: proposals.updatedAt,
      version: proposals.version,
    })
    .from(proposals)
    .innerJoin(users, onOwner)
    .innerJoin(sessions, onSession)
    .leftJoin(people, onLeadPerson)
    .leftJoin(organisations, onLeadOrganisation)
    .leftJoin(categories, onCategory);
  const rows = await base
    .where(where)
    .orderBy(...order)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(proposals)
    .leftJoin(categories, onCategory)
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findSession(db: DbOrTx, bodyId: string, sessionId: string) {
  const [row] = await sessionById(db, { bodyId, sessionId });
  return row;
}

/** Built once (db/prepared.ts): every new draft checks its session. */
const sessionById = prepared<{ bodyId: string; sessionId: string }>()((db) =>
  db
    .select()
    .from(sessions)
    .where(and(eq(sessions.bodyId, arg('bodyId')), eq(sessions.sessionId, arg('sessionId')))),
);

export async function findCategory(db: DbOrTx, bodyId: string, categoryId: string) {
  const [row] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.bodyId, bodyId), eq(categories.categoryId, categoryId)));
  return row;
}

export async function findNames(db: DbOrTx, proposal: ProposalRow) {
  const [row] = await db
    .select({
      ownerName: users.displayName,
      personName: people.name,
      personSector: people.sector,
      organisationName: organisations.name,
      sessionCode: sessions.code,
      sessionName: sessions.name,
      categoryName: categories.name,
      area: categories.area,
    })
    .from(proposals)
    .innerJoin(users, onOwner)
    .innerJoin(sessions, onSession)
    .leftJoin(people, onLeadPerson)
    .leftJoin(organisations, onLeadOrganisation)
    .leftJoin(categories, onCategory)
    .where(byId(proposal.bodyId, proposal.proposalId));
  return row!;
}

export async function listCosigners(db: DbOrTx, bodyId: string, proposalId: string) {
  return db
    .select({
      userId: cosigners.userId,
      displayName: users.displayName,
      state: cosigners.state,
      invitedAt: cosigners.invitedAt,
      respondedAt: cosigners.respondedAt,
    })
    .from(cosigners)
    .innerJoin(users, and(eq(users.bodyId, cosigners.bodyId), eq(users.userId, cosigners.userId)))
    .where(and(eq(cosigners.bodyId, bodyId), eq(cosigners.proposalId, proposalId)))
    .orderBy(asc(cosigners.invitedAt), asc(users.displayName));
}

/** Proposer accounts by id, to check invitees exist in this body and are proposers. */
export async function findProposerUsers(db: DbOrTx, bodyId: string, userIds: string[]) {
  if (userIds.length === 0) {
    return [];
  }
  return db
    .select({ userId: users.userId, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), inArray(users.userId, userIds)));
}

export async function insertCosigners(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  userIds: string[],
  now: Date,
) {
  if (userIds.length === 0) {
    return;
  }
  await db
    .insert(cosigners)
    .values(userIds.map((userId) => ({ bodyId, proposalId, userId, invitedAt: now })))
    .onConflictDoNothing();
}

export async function setCosignerState(
  db: DbOrTx,
  bodyId: string,
  proposalId: string,
  userId: string,
  state: 'confirmed' | 'declined',
  now: Date,
) {
  await db
    .update(cosigners)
    .set({ state, respondedAt: now })
    .where(
      and(
        eq(cosigners.bodyId, bodyId),
        eq(cosigners.proposalId, proposalId),
        eq(cosigners.userId, userId),
      ),
    );
}

/** A co-signer's inbox: invitations still waiting for an answer. */
export async function listInvitations(db: DbOrTx, actor: Actor) {
  return db
    .select({
      proposalId: proposals.proposalId,
      title: proposals.title,
      ownerName: users.displayName,
      invitedAt: cosigners.invitedAt,
      state: cosigners.state,
    })
    .from(cosigners)
    .innerJoin(
      proposals,
      and(eq(proposals.bodyId, cosigners.bodyId), eq(proposals.proposalId, cosigners.proposalId)),
    )
    .innerJoin(users, onOwner)
    .where(
      and(
        eq(cosigners.bodyId, actor.bodyId),
        eq(cosigners.userId, actor.userId),
        eq(cosigners.state, 'pending'),
      ),
    )
    .orderBy(desc(cosigners.invitedAt));
}

export async function findBodyKind(db: DbOrTx, bodyId: string) {
  const [row] = await db
    .select({ kind: bodies.kind })
    .from(bodies)
    .where(eq(bodies.bodyId, bodyId));
  return row?.kind;
}

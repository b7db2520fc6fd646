import { and, eq, sql } from 'drizzle-orm';
import {
  categories,
  organisations,
  people,
  proposalSearch,
  proposals,
  sessions,
  users,
} from '../../db/schema/index.js';

/**
 * The joins that put names on a proposal row (its owner account, lead person or organisation,
 * session and category). Each stays within the proposal's body, as every join here must.
 */
export const onOwner = and(
  eq(users.bodyId, proposals.bodyId),
  eq(users.userId, proposals.ownerUserId),
);
export const onSession = and(
  eq(sessions.bodyId, proposals.bodyId),
  eq(sessions.sessionId, proposals.sessionId),
);
export const onLeadPerson = and(
  eq(people.bodyId, proposals.bodyId),
  eq(people.personId, proposals.leadPersonId),
);
export const onLeadOrganisation = and(
  eq(organisations.bodyId, proposals.bodyId),
  eq(organisations.organisationId, proposals.leadOrganisationId),
);
export const onCategory = and(
  eq(categories.bodyId, proposals.bodyId),
  eq(categories.categoryId, proposals.categoryId),
);
export const onSearchDocument = and(
  eq(proposalSearch.bodyId, proposals.bodyId),
  eq(proposalSearch.proposalId, proposals.proposalId),
);

/** Who proposed it, as lists show it: the organisation, else the member, else the account. */
export const proposerNameSql = sql<string>`coalesce(${organisations.name}, ${people.name}, ${users.displayName})`;

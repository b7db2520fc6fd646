import {
  actionsFor,
  type CosignerState,
  type ProposalAction,
  type ProposalState,
} from '@jianyan/shared';
import { forbidden } from '../../errors.js';
import { isUnitRole, readsWholeBody, type Actor } from '../auth/actor.js';

/**
 * Who may see and act on a proposal. The policy is here, in one place: the queries compute the
 * caller's relations to the proposal, these functions decide.
 */
export interface ProposalRelations {
  isOwner: boolean;
  cosignerState: CosignerState | null;
  /** The caller's unit's active assignments on this proposal. */
  unitRoles: ('lead' | 'co' | 'separate')[];
  /** The caller owns or co-signed a proposal that was merged into this one. */
  viaMergedProposal: boolean;
}

export function canSee(actor: Actor, rel: ProposalRelations): boolean {
  if (readsWholeBody(actor)) {
    return true;
  }
  if (actor.role === 'proposer') {
    return (
      rel.isOwner ||
      rel.cosignerState === 'pending' ||
      rel.cosignerState === 'confirmed' ||
      rel.viaMergedProposal
    );
  }
  if (isUnitRole(actor)) {
    return rel.unitRoles.length > 0;
  }
  return false;
}

export const handlesReply = (rel: ProposalRelations) =>
  rel.unitRoles.includes('lead') || rel.unitRoles.includes('separate');

/**
 * The extra relation an action needs beyond the role the lifecycle table names: a proposer acts
 * only on their own proposal; a unit only on what it was assigned, in the right capacity.
 */
export function hasRelationFor(
  action: ProposalAction,
  actor: Actor,
  rel: ProposalRelations,
): boolean {
  switch (action) {
    case 'invite_cosigners':
    case 'submit':
    case 'withdraw':
    case 'feedback':
      return rel.isOwner;
    case 'object':
      return rel.unitRoles.length > 0;
    case 'start':
    case 'reply':
    case 'reply_again':
      return handlesReply(rel);
    case 'co_unit_opinion':
      return rel.unitRoles.includes('co');
    case 'return_for_revision':
    case 'register':
    case 'reject':
    case 'merge':
    case 'assign':
    case 'resolve_objection':
    case 'publish':
      return actor.role === 'staff';
  }
}

/** The actions this caller could take now (the web app shows exactly these buttons). */
export function availableActions(
  actor: Actor,
  state: ProposalState,
  rel: ProposalRelations,
  facts: { publishedAt: Date | null } = { publishedAt: null },
): ProposalAction[] {
  return actionsFor(state, actor.role).filter(
    (a) => hasRelationFor(a, actor, rel) && !(a === 'publish' && facts.publishedAt !== null),
  );
}

export function requireRelation(action: ProposalAction, actor: Actor, rel: ProposalRelations) {
  if (!hasRelationFor(action, actor, rel)) {
    throw forbidden(
      '您与该提案没有办理此操作所需的关系',
      `You have no part in this proposal that allows "${action}"`,
    );
  }
}

import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { canSee } from './proposal-access.js';
import { findWithRelations, type LoadedProposal } from './proposals.queries.js';

export interface LoadOptions {
  /** Take the row lock (for any change). */
  lock?: boolean;
  /** The version the caller saw (If-Match); a mismatch is refused with 412. */
  expectedVersion?: number;
}

/**
 * Loads a proposal the caller may see, or answers 404 — the same answer whether it does not exist
 * or belongs to someone else, so ids of other bodies and other people's proposals leak nothing.
 */
export async function loadVisible(
  db: DbOrTx,
  actor: Actor,
  proposalId: string,
  opts: LoadOptions = {},
): Promise<LoadedProposal> {
  const found = await findWithRelations(db, actor, proposalId, opts.lock ?? false);
  if (!found) {
    throw notFound('Proposal', '提案');
  }
  const { proposal, rel } = found;
  if (!canSee(actor, rel)) {
    throw notFound('Proposal', '提案');
  }
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== proposal.version) {
    throw versionConflict(proposal.version);
  }
  return found;
}

export const versionConflict = (current: number) =>
  new AppError(
    412,
    'version_conflict',
    `该记录已被他人修改（当前版本 ${current}），请刷新后再保存`,
    `Someone else changed this record (now version ${current}); reload before saving`,
  );

/** 0123 for a plenary proposal, 平0012 for an interim one (numbered separately). */
export function numberLabel(p: {
  number: number | null;
  origin: 'plenary' | 'interim';
}): string | null {
  if (p.number === null) {
    return null;
  }
  const n = String(p.number).padStart(4, '0');
  return p.origin === 'interim' ? `平${n}` : n;
}

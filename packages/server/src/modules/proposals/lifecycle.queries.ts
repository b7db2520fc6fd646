import { and, eq, sql } from 'drizzle-orm';
import type { ProposalState } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { arg, preparedRow } from '../../db/prepared.js';
import { cosigners, events, proposals } from '../../db/schema/index.js';
import { SYSTEM_USER_ID } from '../auth/actor.js';
import { noticeInsertSql, type NoticeArgs } from '../notifications/notifications.queries.js';
import type { ProposalPatch, ProposalRow } from './proposals.queries.js';

export interface TransitionWrite {
  proposal: ProposalRow;
  to: ProposalState;
  patch: ProposalPatch;
  event: {
    action: string;
    actorUserId: string | null;
    payload: Record<string, unknown>;
  };
  /** Undefined when nobody is told of this step. */
  notice: NoticeArgs | undefined;
  /**
   * Submission only: invitations nobody answered lapse in the same statement, and the event's
   * payload lists them as `lapsedCosigners`.
   */
  lapsePendingCosigners?: boolean;
  now: Date;
}

/**
 * A lifecycle step as one statement: the proposal's new state, its event and its notices (and at
 * submission the lapsed invitations), as CTEs of the UPDATE. Why one: under the deadline rush a
 * submission's cost is its round trips to the database (docs/performance.md); it is called on the
 * row its transaction has locked, so the statement sees every change committed before the lock.
 * Returns the co-signers whose invitations lapsed.
 */
export async function writeTransition(tx: DbOrTx, w: TransitionWrite) {
  const change = {
    ...definedOnly(w.patch),
    state: w.to,
    version: w.proposal.version + 1,
    updatedAt: w.now,
  };
  const values: TransitionValues = {
    // No notice: its CTE selects no account (no staff, no one named).
    ...(w.notice ?? {
      kind: '',
      title: '',
      allStaff: false,
      userIds: [],
      exceptUserId: SYSTEM_USER_ID,
      createdAt: w.now.toISOString(),
    }),
    bodyId: w.proposal.bodyId,
    proposalId: w.proposal.proposalId,
    eventAction: w.event.action,
    actorUserId: w.event.actorUserId,
    fromState: w.proposal.state,
    toState: w.to,
    payload: w.event.payload,
    at: w.now,
  };
  const statement = w.lapsePendingCosigners ? submissionWrite : transitionWrite;
  const result = (await statement(tx, change, values)) as { rows: WrittenRow[] };
  const [row] = result.rows;
  if (!row) {
    throw new Error(`proposal ${w.proposal.proposalId} vanished while locked`);
  }
  return {
    proposal: { ...w.proposal, ...change },
    lapsedCosignerIds: row.lapsed_cosigners ?? [],
  };
}

type TransitionValues = Omit<NoticeArgs, 'bodyId' | 'proposalId'> & {
  bodyId: string;
  proposalId: string;
  eventAction: string;
  actorUserId: string | null;
  fromState: ProposalState;
  toState: ProposalState;
  payload: Record<string, unknown>;
  at: Date;
};

type WrittenRow = {
  version: number;
  lapsed_cosigners?: string[];
};

/**
 * One prepared statement per set of columns changed (db/prepared.ts), with or without the lapse.
 * Data-modifying CTEs run once and to completion whether or not the UPDATE reads them; they all
 * see the same snapshot, taken after the proposal's lock was granted.
 */
const buildWrite = (lapse: boolean) =>
  preparedRow<TransitionValues>()((change) => (db) => {
    const lapsed = sql`lapsed AS (
      UPDATE ${cosigners} SET state = 'lapsed'
      WHERE ${cosigners.bodyId} = ${arg('bodyId')} AND ${cosigners.proposalId} = ${arg('proposalId')}
        AND ${cosigners.state} = 'pending'
      RETURNING ${cosigners.userId}), `;
    const lapsedIds = () => sql`(SELECT coalesce(jsonb_agg(user_id), '[]'::jsonb) FROM lapsed)`;
    const payload = sql`${sql.param(arg('payload'), events.payload)}`;
    const recorded = db.insert(events).values({
      bodyId: arg('bodyId'),
      proposalId: arg('proposalId'),
      entity: 'proposal',
      entityId: arg('proposalId'),
      action: arg('eventAction'),
      actorUserId: arg('actorUserId'),
      fromState: arg('fromState'),
      toState: arg('toState'),
      payload: lapse
        ? sql`${payload} || jsonb_build_object('lapsedCosigners', ${lapsedIds()})`
        : payload,
      at: arg('at'),
    });
    const updated = db
      .update(proposals)
      .set(change)
      .where(and(eq(proposals.bodyId, arg('bodyId')), eq(proposals.proposalId, arg('proposalId'))))
      // The row after the change is the locked row with these values; reading all forty columns
      // back would cost every transition of the deadline rush for nothing.
      .returning({
        version: proposals.version,
        ...(lapse
          ? {
              lapsedCosigners: lapsedIds().as('lapsed_cosigners'),
            }
          : {}),
      });
    return db.execute(sql`WITH ${lapse ? lapsed : sql``}recorded AS (${recorded.getSQL()}),
      noticed AS (${noticeInsertSql()})
      ${updated.getSQL()}`);
  });

const transitionWrite = buildWrite(false);
const submissionWrite = buildWrite(true);

/** Drizzle leaves a column alone when its value is undefined; so must the row we return. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

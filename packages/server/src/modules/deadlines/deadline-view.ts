import { REPLY_DEADLINE_STATES, type ProposalState } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { findBody } from '../admin/bodies.queries.js';
import { countdownIf } from './countdown.js';
import { calendarFor, extensionCeiling } from './deadline-policy.js';

interface AssignmentRow {
  unitId: string;
  role: 'lead' | 'co' | 'separate';
  active: boolean;
  assignedAt: Date;
  dueAt: Date | null;
  deadlineRule: Record<string, unknown> | null;
}

/**
 * The proposal page's deadlines, counted on the body's calendar: the reply countdown, each
 * running assignment's countdown (a co-handling unit's runs until it sends its opinion), and the
 * latest day an extension may reach for the units that may ask for one.
 */
export async function deadlineView<A extends AssignmentRow>(
  db: DbOrTx,
  proposal: { bodyId: string; state: ProposalState; replyDueAt: Date | null },
  assignments: A[],
  opinions: { unitId: string }[],
  now: Date,
) {
  const body = await findBody(db, proposal.bodyId);
  const calendar = calendarFor(body?.settings);
  const running = REPLY_DEADLINE_STATES.includes(proposal.state);
  const opinionSent = new Set(opinions.map((o) => o.unitId));
  return {
    replyCountdown: countdownIf(calendar, proposal.replyDueAt, running, now),
    assignments: assignments.map(({ deadlineRule, ...a }) => {
      const answers = a.role !== 'co';
      return {
        ...a,
        countdown: countdownIf(
          calendar,
          a.dueAt,
          a.active && running && (answers || !opinionSent.has(a.unitId)),
          now,
        ),
        /** The latest day an extension may reach, and the months from assignment that makes. */
        extensionCeiling:
          answers && a.active ? extensionCeiling(body, { ...a, deadlineRule }) : null,
      };
    }),
  };
}

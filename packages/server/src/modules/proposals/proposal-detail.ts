import type { DbOrTx } from '../../db/database.js';
import { isUnitRole, readsWholeBody, type Actor } from '../auth/actor.js';
import * as assignmentsQ from '../assignments/assignments.queries.js';
import * as repliesQ from '../replies/replies.queries.js';
import * as reviewQ from '../review/review.queries.js';
import { listAttachments } from '../attachments/attachments.queries.js';
import { deadlineView } from '../deadlines/deadline-view.js';
import { listExtensions } from '../deadlines/extensions.queries.js';
import { findSpeechByProposal } from '../speeches/speeches.queries.js';
import { availableActions, type ProposalRelations } from './proposal-access.js';
import { numberLabel } from './proposal-loader.js';
import * as q from './proposals.queries.js';
import { listItems } from '../supervision/supervision.queries.js';
import { listNotes } from './supervision.queries.js';

/**
 * Everything the proposal page shows, cut to what this caller may read: drafts of replies only
 * for the unit writing them and staff; supervision notes only for staff and leaders.
 */
export async function proposalDetail(
  db: DbOrTx,
  actor: Actor,
  proposal: q.ProposalRow,
  rel: ProposalRelations,
  now: Date,
) {
  const { bodyId, proposalId } = proposal;
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const names = await q.findNames(db, proposal);
  const cosigners = await q.listCosigners(db, bodyId, proposalId);
  const assignments = await assignmentsQ.listAssignments(db, bodyId, proposalId);
  const allReplies = await repliesQ.listReplies(db, bodyId, proposalId);
  const feedback = await repliesQ.listFeedback(db, bodyId, proposalId);
  const decisions = await reviewQ.listDecisions(db, bodyId, proposalId);
  const objections = await assignmentsQ.listObjections(db, bodyId, proposalId);
  const contacts = await assignmentsQ.listContacts(db, bodyId, proposalId);
  const opinions = await assignmentsQ.listCoUnitOpinions(db, bodyId, proposalId);
  const rounds = await repliesQ.listRehandlingRounds(db, bodyId, proposalId);
  const attachments = await listAttachments(db, bodyId, proposalId);
  const ownUnitIds = new Set(assignments.filter((a) => a.active).map((a) => a.unitId));
  const replies = allReplies.filter(
    (r) =>
      r.signedAt !== null ||
      readsWholeBody(actor) ||
      (isUnitRole(actor) &&
        actor.unitId !== null &&
        r.unitId === actor.unitId &&
        ownUnitIds.has(r.unitId)),
  );
  const seesHandlingInternals = readsWholeBody(actor) || isUnitRole(actor);
  const notes = readsWholeBody(actor) ? await listNotes(db, bodyId, proposalId) : [];
  const supervised = readsWholeBody(actor)
    ? (await listItems(db, bodyId, { proposalId }))[0]
    : undefined;
  // The proposer sees the extensions that moved their deadline (the event log tells them the rest).
  const extensions = (await listExtensions(db, bodyId, proposalId)).filter(
    (e) => readsWholeBody(actor) || isUnitRole(actor) || e.state === 'approved',
  );
  const deadlines = await deadlineView(db, proposal, assignments, opinions, now);
  const mergedInto = proposal.mergedIntoId
    ? await mergedIntoSummary(db, actor, proposal.mergedIntoId)
    : null;
  const mergedFrom = await reviewQ.listMergedChildren(db, bodyId, proposalId);
  const speech = await findSpeechByProposal(db, bodyId, proposalId);
  return {
    proposalId,
    bodyId,
    sessionId: proposal.sessionId,
    sessionCode: names.sessionCode,
    sessionName: names.sessionName,
    kind: proposal.kind,
    origin: proposal.origin,
    proposerType: proposal.proposerType,
    ownerUserId: proposal.ownerUserId,
    ownerName: names.ownerName,
    proposerName: names.organisationName ?? names.personName ?? names.ownerName,
    proposerSector: names.personSector,
    title: proposal.title,
    problem: proposal.problem,
    suggestions: proposal.suggestions,
    categoryId: proposal.categoryId,
    categoryName: names.categoryName,
    area: names.area,
    isKey: proposal.isKey,
    confidential: proposal.confidential,
    state: proposal.state,
    number: proposal.number,
    numberLabel: numberLabel(proposal),
    version: proposal.version,
    submittedAt: proposal.submittedAt,
    registeredAt: proposal.registeredAt,
    assignedAt: proposal.assignedAt,
    replyDueAt: proposal.replyDueAt,
    replyCountdown: deadlines.replyCountdown,
    closedAt: proposal.closedAt,
    publishedAt: proposal.publishedAt,
    createdAt: proposal.createdAt,
    updatedAt: proposal.updatedAt,
    mergedInto,
    mergedFrom,
    /** The plenary speech this proposal was made from (转为提案), if any. */
    fromSpeech: speech ? { speechId: speech.speechId, title: speech.titleLines.join(' ') } : null,
    cosigners,
    assignments: deadlines.assignments,
    objections: seesHandlingInternals ? objections : [],
    contacts,
    coUnitOpinions: seesHandlingInternals ? opinions : [],
    replies,
    feedback,
    rehandlingRounds: rounds,
    decisions,
    attachments,
    supervisionNotes: notes,
    /** The key proposal's supervised item (督办事项), for staff and leaders. */
    supervision: supervised
      ? {
          itemId: supervised.item.itemId,
          profileName: supervised.item.deadlineRule.name,
          leaderName: supervised.leaderName,
          state: supervised.item.state,
        }
      : null,
    extensions,
    // Publishing keeps the state (closed); once published there is nothing left to publish.
    allowedActions: availableActions(actor, proposal.state, rel, proposal),
  };
}

export type ProposalDetail = Awaited<ReturnType<typeof proposalDetail>>;

/** What the proposers of a merged proposal see of the one it was merged into: it and its signed replies. */
async function mergedIntoSummary(db: DbOrTx, actor: Actor, targetId: string) {
  const target = await q.findProposal(db, actor.bodyId, targetId);
  if (!target) {
    return null;
  }
  const replies = (await repliesQ.listReplies(db, actor.bodyId, targetId)).filter(
    (r) => r.signedAt !== null,
  );
  return {
    proposalId: target.proposalId,
    title: target.title,
    numberLabel: numberLabel(target),
    state: target.state,
    replies,
  };
}

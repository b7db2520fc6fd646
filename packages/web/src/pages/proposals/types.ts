import type { CosignerState, ProposalAction, ProposalState } from '@jianyan/shared';

/** The proposal as GET /proposals/:id returns it (cut to what this user may read). */
export interface ProposalDetail {
  proposalId: string;
  title: string;
  problem: string;
  suggestions: string;
  state: ProposalState;
  origin: 'plenary' | 'interim';
  numberLabel: string | null;
  proposerName: string;
  sessionName: string;
  categoryName: string | null;
  isKey: boolean;
  version: number;
  submittedAt: string | null;
  replyDueAt: string | null;
  allowedActions: ProposalAction[];
  cosigners: { userId: string; displayName: string; state: CosignerState }[];
  assignments: {
    assignmentId: string;
    unitId: string;
    unitName: string;
    role: 'lead' | 'co' | 'separate';
    active: boolean;
    dueAt: string | null;
  }[];
  objections: {
    objectionId: string;
    unitName: string;
    reason: string;
    resolution: string | null;
  }[];
  contacts: {
    contactId: string;
    unitName: string;
    method: string;
    contactedAt: string;
    summary: string;
  }[];
  coUnitOpinions: { opinionId: string; unitName: string; text: string }[];
  replies: {
    replyId: string;
    unitId: string;
    unitName: string;
    round: number;
    replyClass: string;
    text: string;
    signerName: string | null;
    signedAt: string | null;
  }[];
  feedback: {
    round: number;
    verdict: 'satisfied' | 'mostly_satisfied' | 'dissatisfied';
    comment: string | null;
    givenAt: string;
  }[];
  decisions: {
    decision: string;
    comment: string | null;
    decidedAt: string;
    decidedByName: string;
  }[];
  supervisionNotes: { noteId: string; text: string; authorName: string; createdAt: string }[];
  mergedInto: { proposalId: string; title: string; replies: ProposalDetail['replies'] } | null;
}

export interface TimelineEvent {
  eventId: number;
  action: string;
  fromState: string | null;
  toState: string | null;
  actorName: string | null;
  at: string;
}

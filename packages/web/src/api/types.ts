import type {
  DeadlineCountdown,
  AssignmentRole,
  BodyKind,
  BodyLevel,
  CategoryArea,
  ContactMethod,
  CosignerState,
  Label,
  OrganisationKind,
  ProposalAction,
  ProposalKind,
  ProposalOrigin,
  ProposalState,
  ProposerType,
  RejectionDestination,
  RejectionReason,
  Role,
  Verdict,
} from '@jianyan/shared';

/** The shapes the API returns (see the OpenAPI document at /api/docs). Dates are ISO strings. */

export interface User {
  userId: string;
  bodyId: string;
  bodyCode: string;
  bodyName: string;
  bodyKind: BodyKind;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  personId: string | null;
  organisationId: string | null;
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ProposalListItem {
  proposalId: string;
  number: number | null;
  numberLabel: string | null;
  origin: ProposalOrigin;
  kind: ProposalKind;
  title: string;
  state: ProposalState;
  isKey: boolean;
  proposerType: ProposerType;
  proposerName: string;
  categoryName: string | null;
  area: CategoryArea | null;
  sessionCode: string;
  submittedAt: string | null;
  replyDueAt: string | null;
  /** The server's count of working days to the reply deadline while it runs. */
  replyCountdown: DeadlineCountdown | null;
  updatedAt: string;
  version: number;
}

export type ListSort =
  'submitted_desc' | 'submitted_asc' | 'number_asc' | 'updated_desc' | 'due_asc';

export interface Cosigner {
  userId: string;
  displayName: string;
  state: CosignerState;
}

export interface Assignment {
  assignmentId: string;
  unitId: string;
  unitName: string;
  role: AssignmentRole;
  active: boolean;
  assignedAt: string;
  dueAt: string | null;
  objectionDueAt: string | null;
  endedAt: string | null;
  /** While the unit's deadline runs (a co-handling unit's until it sends its opinion). */
  countdown: DeadlineCountdown | null;
  /** For a lead or separate unit: the latest an extension may reach. */
  extensionCeiling: ExtensionCeiling | null;
}

export interface ExtensionCeiling {
  ceilingAt: string;
  /** Months from assignment (6 by default). */
  maxMonths: number;
}

export type ExtensionState = 'pending' | 'approved' | 'refused';

/** An extension request on the proposal page; the proposer sees the approved ones. */
export interface Extension {
  extensionId: string;
  unitName: string;
  reason: string;
  fromDueAt: string;
  requestedDueAt: string;
  state: ExtensionState;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** A request in the staff's list of extensions. */
export interface ExtensionRequestItem extends Extension {
  proposalId: string;
  title: string;
  numberLabel: string | null;
  proposalState: ProposalState;
  requestedByName: string;
  ceiling: ExtensionCeiling;
}

export interface Objection {
  objectionId: string;
  assignmentId: string;
  unitName: string;
  reason: string;
  suggestedUnitName: string | null;
  raisedAt: string;
  resolution: 'upheld' | 'rerouted' | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
}

export interface Contact {
  contactId: string;
  unitName: string;
  method: ContactMethod;
  contactedAt: string;
  summary: string;
  recordedByName: string;
}

export interface CoUnitOpinion {
  opinionId: string;
  unitId: string;
  unitName: string;
  text: string;
  submittedAt: string;
}

export interface Reply {
  replyId: string;
  unitId: string;
  unitName: string;
  round: number;
  replyClass: string;
  text: string;
  publicText: string | null;
  confidential: boolean;
  draftedByName: string;
  signerName: string | null;
  signedAt: string | null;
  version: number;
  updatedAt: string;
}

export interface Feedback {
  feedbackId: string;
  round: number;
  verdict: Verdict;
  comment: string | null;
  givenAt: string;
  givenByName: string;
}

export interface RehandlingRound {
  round: number;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
}

export interface Decision {
  decision: 'register' | 'reject' | 'return_for_revision' | 'merge';
  reasonCode: RejectionReason | null;
  comment: string | null;
  destination: RejectionDestination | null;
  mergedIntoId: string | null;
  decidedAt: string;
  decidedByName: string;
}

export interface Attachment {
  attachmentId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedByName: string;
}

export interface SupervisionNote {
  noteId: string;
  text: string;
  authorName?: string;
  authorUserId?: string;
  createdAt: string;
}

/** What submitting a draft answers (the full proposal is a GET away). */
export interface SubmissionReceipt {
  proposalId: string;
  title: string;
  state: ProposalState;
  origin: 'plenary' | 'interim';
  version: number;
  submittedAt: string;
  lapsedCosignerIds: string[];
}

export interface ProposalDetail {
  proposalId: string;
  bodyId: string;
  sessionId: string;
  sessionCode: string;
  sessionName: string;
  kind: ProposalKind;
  origin: ProposalOrigin;
  proposerType: ProposerType;
  ownerUserId: string;
  ownerName: string;
  proposerName: string;
  proposerSector: string | null;
  title: string;
  problem: string;
  suggestions: string;
  categoryId: string | null;
  categoryName: string | null;
  area: CategoryArea | null;
  isKey: boolean;
  confidential: boolean;
  state: ProposalState;
  number: number | null;
  numberLabel: string | null;
  version: number;
  submittedAt: string | null;
  registeredAt: string | null;
  assignedAt: string | null;
  replyDueAt: string | null;
  replyCountdown: DeadlineCountdown | null;
  closedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  mergedInto: {
    proposalId: string;
    title: string;
    numberLabel: string | null;
    state: ProposalState;
    replies: Reply[];
  } | null;
  mergedFrom: { proposalId: string; title: string }[];
  /** The plenary speech this proposal was made from. */
  fromSpeech: { speechId: string; title: string } | null;
  cosigners: Cosigner[];
  assignments: Assignment[];
  objections: Objection[];
  contacts: Contact[];
  coUnitOpinions: CoUnitOpinion[];
  replies: Reply[];
  feedback: Feedback[];
  rehandlingRounds: RehandlingRound[];
  decisions: Decision[];
  attachments: Attachment[];
  supervisionNotes: SupervisionNote[];
  extensions: Extension[];
  /** The key proposal's supervised item (督办事项), for staff and leaders. */
  supervision: {
    itemId: string;
    profileName: string;
    leaderName: string | null;
    state: 'open' | 'closed';
  } | null;
  allowedActions: ProposalAction[];
}

export interface TimelineEvent {
  eventId: number;
  action: string;
  entity: string;
  fromState: ProposalState | null;
  toState: ProposalState | null;
  payload: Record<string, unknown>;
  at: string;
  actorName: string | null;
  actorRole: Role | null;
}

export interface Invitation {
  proposalId: string;
  title: string;
  ownerName: string;
  invitedAt: string;
  state: CosignerState;
}

export interface OpenObjection {
  objectionId: string;
  proposalId: string;
  title: string;
  unitName: string;
  reason: string;
  suggestedUnitName: string | null;
  raisedAt: string;
}

export interface Unit {
  unitId: string;
  parentUnitId: string | null;
  name: string;
  shortName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  email: string | null;
  active: boolean;
  sortOrder: number;
}

export interface Category {
  categoryId: string;
  parentCategoryId: string | null;
  area: CategoryArea;
  name: string;
  sortOrder: number;
  active: boolean;
}

export interface Session {
  sessionId: string;
  termId: string | null;
  code: string;
  name: string;
  opensOn: string | null;
  closesOn: string | null;
  submissionDeadline: string;
  timeZone: string;
  createdAt: string;
}

export interface ReplyClass {
  code: string;
  label: Label;
}

export interface BodySettings {
  replyClasses?: { code: string; zh: string; en: string }[];
  objectionWindowDays?: number;
  replyMonths?: number;
  rehandlingMonths?: number;
  coOpinionMonths?: number;
  maxReplyMonths?: number;
  feedbackWorkingDays?: number;
  feedbackDefault?: FeedbackDefault;
  attachmentMaxBytes?: number;
}

export type FeedbackDefault = 'satisfied' | 'mostly_satisfied' | 'none';

/** The rules new deadlines are computed with (GET /deadline-policy). */
export interface DeadlinePolicy {
  objectionWindowWorkingDays: number;
  replyMonths: number;
  coOpinionMonths: number;
  rehandlingMonths: number;
  maxReplyMonths: number;
  feedbackWorkingDays: number;
  feedbackDefault: FeedbackDefault;
}

export interface Body {
  bodyId: string;
  code: string;
  name: string;
  kind: BodyKind;
  level: BodyLevel;
  region: string;
  settings: BodySettings;
  createdAt: string;
}

export interface PublicBody {
  bodyId: string;
  code: string;
  name: string;
  kind: BodyKind;
}

export interface DirectoryUser {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  personId: string | null;
  sector: string | null;
  organisationId: string | null;
  organisationName: string | null;
  email: string | null;
  active: boolean;
  lockedUntil: string | null;
}

/** What a proposer sees of other proposers (to invite co-signers). */
export interface ProposerEntry {
  userId: string;
  displayName: string;
  sector: string | null;
  organisationName: string | null;
}

export interface UserInput {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  unitId?: string;
  sector?: string;
  party?: string;
  organisationName?: string;
  organisationKind?: OrganisationKind;
  email?: string;
}

export interface Rate {
  numerator: number;
  base: number;
  baseName: string;
  percent: number | null;
}

export interface Overview {
  byState: Partial<Record<ProposalState, number>>;
  received: number;
  registered: number;
  interim: number;
  bySource: { individual: number; collective: number };
  byArea: Record<CategoryArea, number>;
  replyClasses: Record<string, number>;
  rates: { registration: Rate; reply: Rate; closure: Rate; satisfaction: Rate };
  units: {
    unitName: string;
    assigned: number;
    replied: number;
    repliedOnTime: number;
    overdue: number;
    avgDays: number | null;
    onTimeRate: Rate;
  }[];
  keyProposals: {
    proposalId: string;
    title: string;
    state: ProposalState;
    replyDueAt: string | null;
    replyCountdown: DeadlineCountdown | null;
    notes: number;
  }[];
}

export interface Highlight {
  snippet: string;
  marks: [number, number][];
}

export interface SearchHit {
  proposalId: string;
  title: string;
  state: ProposalState;
  numberLabel: string | null;
  origin: ProposalOrigin;
  sessionCode: string;
  categoryName: string | null;
  proposerName: string;
  submittedAt: string | null;
  rank: number;
  highlights: { title: Highlight | null; text: Highlight | null };
}

/** A proposal like another one (or like a title being drafted), from /proposals/:id/similar or /similar. */
export interface SimilarProposal {
  proposalId: string;
  title: string;
  numberLabel: string | null;
  state: ProposalState;
  sessionCode: string;
  sameSession: boolean;
  score: number;
  mergeCandidate: boolean;
  replies: { unitName: string; replyClass: string | null }[];
}

export interface PublicReply {
  proposalId: string;
  unitName: string;
  round: number;
  replyClass: string;
  text: string;
  signedAt: string;
}

export interface PublicProposal {
  proposalId: string;
  bodyCode: string;
  bodyName: string;
  sessionCode: string;
  sessionName: string;
  number: number | null;
  numberLabel: string | null;
  origin: ProposalOrigin;
  kind: ProposalKind;
  title: string;
  problem: string;
  suggestions: string;
  proposerName: string;
  categoryName: string | null;
  area: CategoryArea | null;
  publishedAt: string;
  replies: PublicReply[];
}

/**
 * The proposal lifecycle, declared once as data.
 *
 * This table is the single source of truth for which actions move a proposal (提案 or 建议) from
 * which state to which, and who may perform them. The server enforces it in exactly one place
 * (`assertTransition` in the proposals module), the web app reads it to decide which buttons to
 * show, and the tests walk it. It mirrors the lifecycle table of docs/domain (shared/domain.md).
 */

export const PROPOSAL_STATES = [
  'draft',
  'submitted',
  'withdrawn',
  'registered',
  'not_registered',
  'merged',
  'assigned',
  'handling',
  'replied',
  'rehandling',
  'closed',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** Who acts on a proposal. `proposer` is the lead proposer; co-signers act only on their own invitation. */
export const ROLES = ['proposer', 'staff', 'unit_clerk', 'unit_leader', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  proposer: { zh: '提案者', en: 'Proposer' },
  staff: { zh: '提案工作人员', en: 'Review staff' },
  unit_clerk: { zh: '承办单位经办人', en: 'Unit clerk' },
  unit_leader: { zh: '承办单位负责人', en: 'Unit leader' },
  leader: { zh: '领导', en: 'Leader' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

export const STATE_LABELS: Record<ProposalState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  registered: { zh: '已立案', en: 'Registered' },
  not_registered: { zh: '不予立案', en: 'Not registered' },
  merged: { zh: '已并案', en: 'Merged' },
  assigned: { zh: '已交办', en: 'Assigned' },
  handling: { zh: '办理中', en: 'Handling' },
  replied: { zh: '已答复', en: 'Replied' },
  rehandling: { zh: '重新办理', en: 'Rehandling' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const PROPOSAL_ACTIONS = [
  'invite_cosigners',
  'submit',
  'withdraw',
  'return_for_revision',
  'register',
  'reject',
  'merge',
  'assign',
  'object',
  'resolve_objection',
  'start',
  'co_unit_opinion',
  'reply',
  'feedback',
  'reply_again',
  'publish',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export interface Transition {
  action: ProposalAction;
  from: readonly ProposalState[];
  /** Possible targets. More than one means the service picks by the action's input (e.g. the verdict). */
  to: readonly ProposalState[];
  by: readonly Role[];
  label: { zh: string; en: string };
  /** The platform itself may take this action (the feedback window lapsing without an answer). */
  system?: true;
}

/**
 * Exactly the transitions of the lifecycle table. Actions whose `to` equals `from` are recorded
 * steps that keep the state (inviting, objecting, co-unit opinions, publishing).
 * Creating a draft is not a transition: a new proposal simply starts in `draft`.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'invite_cosigners',
    from: ['draft'],
    to: ['draft'],
    by: ['proposer'],
    label: { zh: '邀请联名', en: 'Invite co-signers' },
  },
  {
    action: 'submit',
    from: ['draft'],
    to: ['submitted'],
    by: ['proposer'],
    label: { zh: '提交', en: 'Submit' },
  },
  {
    action: 'withdraw',
    from: ['submitted'],
    to: ['withdrawn'],
    by: ['proposer'],
    label: { zh: '撤回', en: 'Withdraw' },
  },
  {
    action: 'return_for_revision',
    from: ['submitted'],
    to: ['draft'],
    by: ['staff'],
    label: { zh: '退回修改', en: 'Return for revision' },
  },
  {
    action: 'register',
    from: ['submitted'],
    to: ['registered'],
    by: ['staff'],
    label: { zh: '立案', en: 'Register' },
  },
  {
    action: 'reject',
    from: ['submitted'],
    to: ['not_registered'],
    by: ['staff'],
    label: { zh: '不予立案', en: 'Do not register' },
  },
  {
    action: 'merge',
    from: ['submitted'],
    to: ['merged'],
    by: ['staff'],
    label: { zh: '并案', en: 'Merge' },
  },
  {
    action: 'assign',
    from: ['registered'],
    to: ['assigned'],
    by: ['staff'],
    label: { zh: '交办', en: 'Assign' },
  },
  {
    action: 'object',
    from: ['assigned'],
    to: ['assigned'],
    by: ['unit_clerk', 'unit_leader'],
    label: { zh: '提出异议', en: 'Object to assignment' },
  },
  {
    action: 'resolve_objection',
    from: ['assigned'],
    to: ['assigned'],
    by: ['staff'],
    label: { zh: '处理异议', en: 'Resolve objection' },
  },
  {
    action: 'start',
    from: ['assigned'],
    to: ['handling'],
    by: ['unit_clerk', 'unit_leader'],
    label: { zh: '开始办理', en: 'Start handling' },
  },
  {
    action: 'co_unit_opinion',
    from: ['handling'],
    to: ['handling'],
    by: ['unit_clerk', 'unit_leader'],
    label: { zh: '会办意见', en: 'Co-unit opinion' },
  },
  {
    action: 'reply',
    from: ['handling'],
    to: ['replied'],
    by: ['unit_leader'],
    label: { zh: '签发答复', en: 'Sign and send reply' },
  },
  {
    action: 'feedback',
    from: ['replied'],
    to: ['closed', 'rehandling'],
    by: ['proposer'],
    system: true,
    label: { zh: '反馈意见', en: 'Give feedback' },
  },
  {
    action: 'reply_again',
    from: ['rehandling'],
    to: ['replied'],
    by: ['unit_leader'],
    label: { zh: '重新答复', en: 'Reply again' },
  },
  {
    action: 'publish',
    from: ['closed'],
    to: ['closed'],
    by: ['staff'],
    label: { zh: '公开', en: 'Publish' },
  },
];

const byAction = new Map(TRANSITIONS.map((t) => [t.action, t]));

export function transitionFor(action: ProposalAction): Transition {
  const t = byAction.get(action);
  if (!t) {
    throw new Error(`unknown action ${action}`);
  }
  return t;
}

/** Actions the table allows from a state, whoever performs them. */
export function actionsFrom(state: ProposalState): ProposalAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.action);
}

/** Actions a role may take from a state (the server still checks the caller's relation to the proposal). */
export function actionsFor(state: ProposalState, role: Role): ProposalAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(state) && t.by.includes(role)).map(
    (t) => t.action,
  );
}

/** States from which a proposal can never again be assigned (withdrawn, rejected or merged). */
export const TERMINAL_UNASSIGNABLE: readonly ProposalState[] = [
  'withdrawn',
  'not_registered',
  'merged',
];

/** Fixed vocabularies shared by the server, the CLI and the web app. Labels are Chinese first. */

export type Label = { zh: string; en: string };

/** The "five-in-one" areas every category belongs to (五位一体). */
export const CATEGORY_AREAS = ['economy', 'politics', 'culture', 'society', 'ecology'] as const;
export type CategoryArea = (typeof CATEGORY_AREAS)[number];
export const CATEGORY_AREA_LABELS: Record<CategoryArea, Label> = {
  economy: { zh: '经济建设', en: 'Economy' },
  politics: { zh: '政治建设', en: 'Politics' },
  culture: { zh: '文化建设', en: 'Culture' },
  society: { zh: '社会建设', en: 'Society' },
  ecology: { zh: '生态文明建设', en: 'Ecology' },
};

export const BODY_KINDS = ['cppcc', 'npc'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

/** 提案 (to a CPPCC committee) or 代表建议 (to a people's congress). */
export const PROPOSAL_KINDS = ['proposal', 'suggestion'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, Label> = {
  proposal: { zh: '提案', en: 'Proposal' },
  suggestion: { zh: '建议', en: 'Suggestion' },
};

/** 大会 (by the session deadline) or 平时 (after it). */
export const PROPOSAL_ORIGINS = ['plenary', 'interim'] as const;
export type ProposalOrigin = (typeof PROPOSAL_ORIGINS)[number];
export const PROPOSAL_ORIGIN_LABELS: Record<ProposalOrigin, Label> = {
  plenary: { zh: '大会', en: 'Plenary' },
  interim: { zh: '平时', en: 'Interim' },
};

export const PROPOSER_TYPES = ['individual', 'collective'] as const;
export type ProposerType = (typeof PROPOSER_TYPES)[number];

export const ORGANISATION_KINDS = [
  'party',
  'people_org',
  'special_committee',
  'sector',
  'delegation',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PERSON_KINDS = ['member', 'deputy'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const COSIGNER_STATES = ['pending', 'confirmed', 'declined', 'lapsed'] as const;
export type CosignerState = (typeof COSIGNER_STATES)[number];

/** 主办 / 会办 / 分办. */
export const ASSIGNMENT_ROLES = ['lead', 'co', 'separate'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, Label> = {
  lead: { zh: '主办', en: 'Lead' },
  co: { zh: '会办', en: 'Co-handling' },
  separate: { zh: '分办', en: 'Separate' },
};

export const CONTACT_METHODS = ['phone', 'visit', 'meeting', 'letter', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const VERDICTS = ['satisfied', 'mostly_satisfied', 'dissatisfied'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, Label> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  mostly_satisfied: { zh: '基本满意', en: 'Mostly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

/** Default reply classes; a body may configure its own set (some use three). */
export const DEFAULT_REPLY_CLASSES: { code: string; label: Label }[] = [
  { code: 'A', label: { zh: 'A类（已解决或基本解决）', en: 'A (solved or mostly solved)' } },
  { code: 'B', label: { zh: 'B类（正在解决或列入计划）', en: 'B (being solved or planned)' } },
  { code: 'C', label: { zh: 'C类（受条件限制暂缓解决）', en: 'C (must wait for conditions)' } },
  { code: 'D', label: { zh: 'D类（留作参考）', en: 'D (kept for reference)' } },
];

/** Reasons not to register (不予立案), from the national list; bodies may add free text. */
export const REJECTION_REASONS = [
  'state_secret',
  'prohibited',
  'party_internal',
  'litigation',
  'academic',
  'personal_matter',
  'advertising',
  'no_concrete_suggestion',
  'outside_remit',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const REJECTION_REASON_LABELS: Record<RejectionReason, Label> = {
  state_secret: { zh: '涉及国家秘密', en: 'Involves state secrets' },
  prohibited: { zh: '属明令禁止的内容', en: 'Expressly prohibited' },
  party_internal: { zh: '属党派团体内部事务', en: 'Internal affairs of a party or organisation' },
  litigation: { zh: '涉及诉讼或仲裁案件', en: 'Before a court or arbitration' },
  academic: { zh: '属学术探讨', en: 'Pure academic discussion' },
  personal_matter: { zh: '涉及提案者本人或亲属的个人事务', en: 'Personal matter' },
  advertising: { zh: '为企业、产品或个人做宣传', en: 'Advertising a company, product or person' },
  no_concrete_suggestion: { zh: '没有具体建议', en: 'No concrete suggestion' },
  outside_remit: { zh: '超出本级职权范围', en: 'Outside the body’s remit' },
  other: { zh: '其他', en: 'Other' },
};

/** Where a rejected proposal is sent (去向). */
export const REJECTION_DESTINATIONS = [
  'none',
  'public_opinion',
  'member_letter',
  'forward_for_reference',
] as const;
export type RejectionDestination = (typeof REJECTION_DESTINATIONS)[number];

/**
 * The notifications also sent by SMS to a user who gave a mobile number: deadline warnings and
 * overdue escalations, as the offices' existing tools send them. Everything else stays in the app
 * and e-mail (a text message costs money and interrupts).
 */
export const SMS_NOTIFICATION_KINDS = [
  'reminder',
  'overdue',
  'supervision_reminder',
  'supervision_overdue',
] as const;

/** What a notification is about; a user chooses which of these also come by e-mail. */
export const NOTIFICATION_KIND_LABELS: Record<string, Label> = {
  cosign_invitation: { zh: '联名邀请', en: 'Co-signing invitations' },
  submitted: { zh: '新提交的提案', en: 'Proposals submitted' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  registered: { zh: '立案', en: 'Registered' },
  rejected: { zh: '不予立案', en: 'Not registered' },
  merged: { zh: '并案', en: 'Merged' },
  assigned: { zh: '交办', en: 'Assigned' },
  objection: { zh: '交办异议', en: 'Objections' },
  replied: { zh: '答复', en: 'Replies' },
  closed: { zh: '办结', en: 'Closed' },
  published: { zh: '公开', en: 'Published' },
  reminder: { zh: '期限提醒', en: 'Deadline reminders' },
  overdue: { zh: '逾期督办', en: 'Overdue' },
  feedback_window: { zh: '反馈期', en: 'Feedback window' },
  supervision_assigned: { zh: '督办交办', en: 'Supervised items assigned' },
  supervision_reminder: { zh: '督办时限提醒', en: 'Supervision reminders' },
  supervision_overdue: { zh: '督办逾期', en: 'Supervision overdue' },
  supervision_report: { zh: '督办事项办理情况', en: 'Supervised items reported' },
  supervision_rated: { zh: '督办评价与退回', en: 'Supervision ratings and returns' },
};

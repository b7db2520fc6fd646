import {
  TRANSITIONS,
  type BodyLevel,
  type ContactMethod,
  type CosignerState,
  type OrganisationKind,
  type RejectionDestination,
  type Label,
} from '@jianyan/shared';

/**
 * Labels of vocabularies that @jianyan/shared lists without labels (yet). The values themselves
 * come from shared; only their Chinese and English names are here.
 */
export const CONTACT_METHOD_LABELS: Record<ContactMethod, Label> = {
  phone: { zh: '电话沟通', en: 'Phone call' },
  visit: { zh: '登门走访', en: 'Visit' },
  meeting: { zh: '座谈会', en: 'Meeting' },
  letter: { zh: '书面沟通', en: 'Letter' },
  other: { zh: '其他', en: 'Other' },
};

export const REJECTION_DESTINATION_LABELS: Record<RejectionDestination, Label> = {
  none: { zh: '不转送', en: 'Not forwarded' },
  public_opinion: { zh: '转为社情民意信息', en: 'Forward as a public-opinion report' },
  member_letter: { zh: '转为委员来信', en: "Forward as a member's letter" },
  forward_for_reference: { zh: '转有关单位参考', en: 'Forward to units for reference' },
};

export const COSIGNER_STATE_LABELS: Record<CosignerState, Label> = {
  pending: { zh: '待确认', en: 'Pending' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  declined: { zh: '已谢绝', en: 'Declined' },
  lapsed: { zh: '未确认', en: 'Lapsed' },
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Label> = {
  party: { zh: '民主党派', en: 'Democratic party' },
  people_org: { zh: '人民团体', en: "People's organisation" },
  special_committee: { zh: '专门委员会', en: 'Special committee' },
  sector: { zh: '界别', en: 'Sector' },
  delegation: { zh: '代表团/委员小组', en: 'Delegation or group' },
};

export const BODY_LEVEL_LABELS: Record<BodyLevel, Label> = {
  national: { zh: '全国', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

export const OBJECTION_RESOLUTION_LABELS: Record<'upheld' | 'rerouted', Label> = {
  upheld: { zh: '维持交办', en: 'Assignment upheld' },
  rerouted: { zh: '改办', en: 'Re-routed' },
};

/** What the timeline calls each recorded event: the lifecycle's transitions, then the steps inside them. */
const STEP_LABELS: Record<string, Label> = {
  create: { zh: '起草提案', en: 'Draft started' },
  edit: { zh: '修改草稿', en: 'Draft edited' },
  cosign_confirm: { zh: '确认联名', en: 'Co-signing confirmed' },
  cosign_decline: { zh: '谢绝联名', en: 'Co-signing declined' },
  attach: { zh: '上传附件', en: 'Attachment added' },
  detach: { zh: '删除附件', en: 'Attachment removed' },
  contact: { zh: '沟通联系', en: 'Contact with the proposer' },
  reply_draft: { zh: '起草答复', en: 'Reply drafted' },
  reply_draft_edit: { zh: '修改答复稿', en: 'Reply draft edited' },
  reply_signed: { zh: '签发答复（待其他单位）', en: 'Reply signed (other units pending)' },
  supervision_note: { zh: '督办意见', en: 'Supervision note' },
  extension_requested: { zh: '申请延期', en: 'Extension requested' },
  extension_approved: { zh: '批准延期', en: 'Extension approved' },
  extension_refused: { zh: '不批准延期', en: 'Extension refused' },
  import: { zh: '导入', en: 'Imported' },
};
const TRANSITION_LABELS = new Map<string, Label>(TRANSITIONS.map((t) => [t.action, t.label]));

export function eventLabel(action: string): Label {
  return TRANSITION_LABELS.get(action) ?? STEP_LABELS[action] ?? { zh: action, en: action };
}

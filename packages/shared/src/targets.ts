import type { Label } from './vocabulary.js';

/** Government work report tracking (政府工作报告目标任务): the vocabularies of targets and progress. */

export const TARGET_KINDS = ['target', 'pledge'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const TARGET_KIND_LABELS: Record<TargetKind, Label> = {
  target: { zh: '目标任务', en: 'Target' },
  pledge: { zh: '民生实事', en: 'Livelihood pledge' },
};

/** How the figure binds: 以上 at_least, 以下 at_most, 左右 about, a bare figure exactly, 以内 within. */
export const TARGET_COMPARISONS = ['at_least', 'at_most', 'about', 'exactly', 'within'] as const;
export type TargetComparison = (typeof TARGET_COMPARISONS)[number];
export const TARGET_COMPARISON_LABELS: Record<TargetComparison, Label> = {
  at_least: { zh: '以上', en: 'at least' },
  at_most: { zh: '以下', en: 'at most' },
  about: { zh: '左右', en: 'about' },
  exactly: { zh: '（确数）', en: 'exactly' },
  within: { zh: '以内', en: 'within' },
};

/** extracted: read by the extractor, waiting for staff; confirmed: supervised; rejected: misread. */
export const TARGET_STATUSES = ['extracted', 'confirmed', 'rejected'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_STATUS_LABELS: Record<TargetStatus, Label> = {
  extracted: { zh: '待审核', en: 'To review' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  rejected: { zh: '已排除', en: 'Rejected' },
};

export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'achieved', 'not_achieved'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, Label> = {
  on_track: { zh: '正常推进', en: 'On track' },
  at_risk: { zh: '进度滞后', en: 'At risk' },
  achieved: { zh: '已完成', en: 'Achieved' },
  not_achieved: { zh: '未完成', en: 'Not achieved' },
};

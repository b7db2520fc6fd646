import type { Label } from './vocabulary.js';

/**
 * 督办 (supervision) of assigned matters, after Shanxi's "13710" system: an item is studied and
 * deployed (研究部署), its progress reported (报告进展), and settled (办结) — a major or complex one
 * may instead get a timetable (明确时间表) — each stage within the time its profile gives.
 */
export const SUPERVISION_STAGES = ['deploy', 'progress', 'settle'] as const;
export type SupervisionStage = (typeof SUPERVISION_STAGES)[number];
export const SUPERVISION_STAGE_LABELS: Record<SupervisionStage, Label> = {
  deploy: { zh: '研究部署', en: 'Studied and deployed' },
  progress: { zh: '报告进展', en: 'Progress reported' },
  settle: { zh: '办结', en: 'Settled' },
};

/** What a unit records on an item: the three stages, or a timetable for a major matter. */
export const SUPERVISION_UNIT_ACTIONS = ['deploy', 'progress', 'timetable', 'settle'] as const;
export type SupervisionUnitAction = (typeof SUPERVISION_UNIT_ACTIONS)[number];

/** How the assigning office rates a settled item; a 不合格 one may be returned (reopened). */
export const SUPERVISION_RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;
export type SupervisionRating = (typeof SUPERVISION_RATINGS)[number];
export const SUPERVISION_RATING_LABELS: Record<SupervisionRating, Label> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

/** How a stage's time is counted: working days follow the body's working-day calendar. */
export const STAGE_UNITS = ['working_days', 'calendar_days', 'months'] as const;
export type StageUnit = (typeof STAGE_UNITS)[number];
export interface StageRule {
  count: number;
  unit: StageUnit;
}

/** A supervision profile: the time of each stage, counted from assignment (交办). */
export interface SupervisionProfile {
  code: string;
  name: string;
  deploy: StageRule;
  progress: StageRule;
  /** An ordinary matter. */
  settle: StageRule;
  /** A major or complex matter (or the time by which it must have a timetable). */
  settleMajor: StageRule;
  /** Reminders this many working days before a stage is due (0: on the day it is due). */
  remindWorkingDays: number[];
}

/** Shanxi's 13710 system (2016): 1 day, 3 days, 7 days, 1 month, 0 left open. */
export const PROFILE_13710: SupervisionProfile = {
  code: '13710',
  name: '13710工作制度',
  deploy: { count: 1, unit: 'working_days' },
  progress: { count: 3, unit: 'working_days' },
  settle: { count: 7, unit: 'working_days' },
  settleMajor: { count: 1, unit: 'months' },
  remindWorkingDays: [1, 0],
};

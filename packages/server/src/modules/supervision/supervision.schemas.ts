import { z } from 'zod';
import { STAGE_UNITS, SUPERVISION_RATINGS, SUPERVISION_UNIT_ACTIONS } from '@jianyan/shared';

const stageRule = z
  .object({ count: z.number().int().min(1).max(366), unit: z.enum(STAGE_UNITS) })
  .refine((r) => r.unit !== 'months' || r.count <= 24, {
    message: 'at most 24 months / 最多24个月',
    path: ['count'],
  });

export const profileSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only / 只能包含字母、数字、- 和 _'),
  name: z.string().trim().min(1).max(50),
  deploy: stageRule,
  progress: stageRule,
  settle: stageRule,
  settleMajor: stageRule,
  remindWorkingDays: z.array(z.number().int().min(0).max(30)).max(5),
});

export const profilesBody = z.object({ profiles: z.array(profileSchema).min(1).max(10) });

const superviseFields = {
  profileCode: z.string().trim().min(1).max(20),
  major: z.boolean().default(false),
  leaderUserId: z.uuid().nullable().optional(),
};

export const superviseBody = z.object(superviseFields);

export const taskBody = z.object({
  ...superviseFields,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  unitIds: z.array(z.uuid()).min(1).max(20),
});

export const itemIdParams = z.object({ itemId: z.uuid() });
export const listQuery = z.object({ state: z.enum(['open', 'closed']).optional() });
export const leaderBody = z.object({ leaderUserId: z.uuid().nullable() });

export const stageBody = z.object({
  action: z.enum(SUPERVISION_UNIT_ACTIONS),
  text: z.string().trim().min(1).max(5000),
  /** The date a major matter's timetable promises to settle by (timetable only). */
  plannedDate: z.iso.date().optional(),
});

export const ratingBody = z.object({
  rating: z.enum(SUPERVISION_RATINGS),
  comment: z.string().trim().max(2000).default(''),
  returnItem: z.boolean().default(false),
});

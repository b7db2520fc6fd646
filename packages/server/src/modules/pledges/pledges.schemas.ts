import { z } from 'zod';
import {
  PROGRESS_STATUSES,
  TARGET_COMPARISONS,
  TARGET_KINDS,
  TARGET_STATUSES,
} from '@jianyan/shared';
import { TEXT_MAX, TITLE_MAX } from '../proposals/proposal.schemas.js';

export const workReportIdParams = z.object({ workReportId: z.uuid() });
export const targetIdParams = z.object({ targetId: z.uuid() });
export const progressIdParams = z.object({ progressId: z.uuid() });
export const evidenceIdParams = z.object({ evidenceId: z.uuid() });

/** The year a report is for; its title is read from the text when not given. */
export const importQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(TITLE_MAX).optional(),
});
export type ImportQuery = z.infer<typeof importQuery>;

export const listTargetsQuery = z.object({
  reportId: z.uuid().optional(),
  status: z.enum(TARGET_STATUSES).optional(),
});

/** A target's fields as staff correct or add them. */
const targetFields = {
  kind: z.enum(TARGET_KINDS),
  indicator: z.string().trim().min(1).max(200),
  quantity: z.number().finite().min(0).max(1e12),
  unit: z.string().trim().min(1).max(20),
  comparison: z.enum(TARGET_COMPARISONS),
  sentence: z.string().trim().min(1).max(TEXT_MAX),
};

export const editTargetBody = z.object(targetFields).partial();
export type EditTargetInput = z.infer<typeof editTargetBody>;

export const addTargetBody = z.object({
  ...targetFields,
  kind: targetFields.kind.default('target'),
});
export type AddTargetInput = z.infer<typeof addTargetBody>;

export const assignBody = z.object({
  units: z
    .array(z.object({ unitId: z.uuid(), lead: z.boolean() }))
    .min(1)
    .max(30),
});
export type AssignInput = z.infer<typeof assignBody>;

export const progressBody = z.object({
  quarter: z.number().int().min(1).max(4),
  text: z.string().trim().min(1).max(TEXT_MAX),
  currentValue: z.string().trim().max(100).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  status: z.enum(PROGRESS_STATUSES),
});
export type ProgressInput = z.infer<typeof progressBody>;

/** 就此提建议: the session defaults to the body's latest; the title to one about the target. */
export const raiseProposalBody = z.object({
  sessionId: z.uuid().optional(),
  title: z.string().trim().min(1).max(TITLE_MAX).optional(),
  suggestions: z.string().max(TEXT_MAX).optional(),
});
export type RaiseProposalInput = z.infer<typeof raiseProposalBody>;

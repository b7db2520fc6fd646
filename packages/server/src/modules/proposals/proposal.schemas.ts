import { z } from 'zod';
import { PROPOSAL_STATES } from '@jianyan/shared';

export const TITLE_MAX = 200;
export const TEXT_MAX = 20_000;

export const proposalIdParams = z.object({ proposalId: z.uuid() });

export const createDraftBody = z.object({
  sessionId: z.uuid(),
  title: z.string().trim().min(1).max(TITLE_MAX),
  problem: z.string().max(TEXT_MAX).default(''),
  suggestions: z.string().max(TEXT_MAX).default(''),
  categoryId: z.uuid().nullish(),
  confidential: z.boolean().default(false),
  cosignerUserIds: z.array(z.uuid()).max(50).default([]),
});
export type CreateDraftInput = z.infer<typeof createDraftBody>;

export const updateDraftBody = z
  .object({
    title: z.string().trim().min(1).max(TITLE_MAX),
    problem: z.string().max(TEXT_MAX),
    suggestions: z.string().max(TEXT_MAX),
    categoryId: z.uuid().nullable(),
    confidential: z.boolean(),
  })
  .partial();
export type UpdateDraftInput = z.infer<typeof updateDraftBody>;

export const inviteBody = z.object({ userIds: z.array(z.uuid()).min(1).max(50) });
export const respondBody = z.object({ accept: z.boolean() });

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listQuery = z.object({
  sessionId: z.uuid().optional(),
  state: z
    .union([z.enum(PROPOSAL_STATES), z.array(z.enum(PROPOSAL_STATES)).max(PROPOSAL_STATES.length)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  categoryId: z.uuid().optional(),
  area: z.enum(['economy', 'politics', 'culture', 'society', 'ecology']).optional(),
  unitId: z.uuid().optional(),
  kind: z.enum(['proposal', 'suggestion']).optional(),
  origin: z.enum(['plenary', 'interim']).optional(),
  isKey: boolParam.optional(),
  ownerUserId: z.uuid().optional(),
  q: z.string().max(100).optional(),
  submittedFrom: z.coerce.date().optional(),
  submittedTo: z.coerce.date().optional(),
  overdue: boolParam.optional(),
  sort: z
    .enum(['submitted_desc', 'submitted_asc', 'number_asc', 'updated_desc', 'due_asc'])
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const noteBody = z.object({ text: z.string().trim().min(1).max(TEXT_MAX) });

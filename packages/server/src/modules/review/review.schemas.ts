import { z } from 'zod';
import { REJECTION_DESTINATIONS, REJECTION_REASONS } from '@jianyan/shared';

export const registerBody = z.object({
  categoryId: z.uuid(),
  isKey: z.boolean().default(false),
  comment: z.string().max(2000).optional(),
});
export const rejectBody = z.object({
  reasonCode: z.enum(REJECTION_REASONS),
  comment: z.string().trim().min(1).max(2000),
  destination: z.enum(REJECTION_DESTINATIONS).default('none'),
});
export const returnBody = z.object({ comment: z.string().trim().min(1).max(2000) });
export const mergeBody = z.object({
  intoProposalId: z.uuid(),
  comment: z.string().max(2000).optional(),
});
export const bulkRegisterBody = z.object({
  proposalIds: z.array(z.uuid()).min(1).max(200),
  categoryId: z.uuid(),
  isKey: z.boolean().default(false),
});

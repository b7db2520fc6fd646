import { z } from 'zod';
import { VERDICTS } from '@jianyan/shared';

export const replyDraftBody = z.object({
  replyClass: z.string().trim().min(1).max(10),
  text: z.string().trim().min(1).max(50_000),
  /** A redacted text for the public portal; omit to publish the full text. */
  publicText: z.string().max(50_000).nullish(),
  confidential: z.boolean().default(false),
});
export const replyParams = z.object({ proposalId: z.uuid(), replyId: z.uuid() });
export const feedbackBody = z.object({
  verdict: z.enum(VERDICTS),
  comment: z.string().max(5000).optional(),
});

import { SPEECH_ACTIONS } from '@jianyan/shared';
import { z } from 'zod';
import { TEXT_MAX } from '../proposals/proposal.schemas.js';

const LINE_MAX = 60;

/** A speech's text: its title (the main line and, when the digest prints two, the second). */
const speechText = {
  title: z.string().trim().min(1).max(LINE_MAX),
  subtitle: z.string().trim().max(LINE_MAX).default(''),
  /** 市政协委员, 市政协常委…; for a collective account, who delivers it goes in deliveredBy. */
  affiliation: z.string().trim().max(100).default(''),
  deliveredBy: z.string().trim().max(50).default(''),
  problem: z.string().max(TEXT_MAX).default(''),
  suggestions: z.string().max(TEXT_MAX).default(''),
};

export const createSpeechBody = z.object({ sessionId: z.uuid(), ...speechText });
export type CreateSpeechInput = z.infer<typeof createSpeechBody>;

export const updateSpeechBody = z
  .object({
    title: speechText.title,
    subtitle: z.string().trim().max(LINE_MAX),
    affiliation: z.string().trim().max(100),
    deliveredBy: z.string().trim().max(50),
    problem: z.string().max(TEXT_MAX),
    suggestions: z.string().max(TEXT_MAX),
  })
  .partial();
export type UpdateSpeechInput = z.infer<typeof updateSpeechBody>;

export const speechIdParams = z.object({ speechId: z.uuid() });
export const sessionIdParams = z.object({ sessionId: z.uuid() });
export const transitionBody = z.object({ action: z.enum(SPEECH_ACTIONS) });
export const orderBody = z.object({ speechIds: z.array(z.uuid()).max(500) });
export const digestBody = z.object({ heading: z.string().trim().min(1).max(200) });

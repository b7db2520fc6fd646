import { z } from 'zod';
import { CONTACT_METHODS } from '@jianyan/shared';
import { instant } from '../../http/input-schemas.js';

export const unitAssignment = z.object({
  unitId: z.uuid(),
  role: z.enum(['lead', 'co', 'separate']),
});
export const assignBody = z.object({ units: z.array(unitAssignment).min(1).max(20) });
export type UnitAssignmentInput = z.infer<typeof unitAssignment>;

export const objectBody = z.object({
  reason: z.string().trim().min(1).max(2000),
  suggestedUnitName: z.string().max(100).optional(),
});
export const resolveObjectionParams = z.object({ proposalId: z.uuid(), objectionId: z.uuid() });
export const resolveObjectionBody = z.object({
  resolution: z.enum(['upheld', 'rerouted']),
  note: z.string().max(2000).optional(),
  /** For a re-route: the new units replacing the objecting one. */
  units: z.array(unitAssignment).max(20).optional(),
});
export const contactBody = z.object({
  method: z.enum(CONTACT_METHODS),
  contactedAt: instant,
  summary: z.string().trim().min(1).max(5000),
});
export const opinionBody = z.object({ text: z.string().trim().min(1).max(20_000) });

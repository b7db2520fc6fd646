import { z } from 'zod';
import { ROLES } from '@jianyan/shared';
import { instant } from '../../http/input-schemas.js';

export const sessionBody = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only / 只能包含字母、数字、- 和 _'),
  name: z.string().trim().min(1).max(200),
  submissionDeadline: instant,
  opensOn: z.iso.date().optional(),
  closesOn: z.iso.date().optional(),
  termId: z.uuid().optional(),
});
export type SessionInput = z.infer<typeof sessionBody>;

export const unitBody = z.object({
  name: z.string().trim().min(1).max(100),
  shortName: z.string().max(50).optional(),
  parentUnitId: z.uuid().optional(),
  contactName: z.string().max(50).optional(),
  contactPhone: z.string().max(50).optional(),
  email: z.email().optional(),
});
export type UnitInput = z.infer<typeof unitBody>;

export const categoryBody = z.object({
  name: z.string().trim().min(1).max(50),
  area: z.enum(['economy', 'politics', 'culture', 'society', 'ecology']),
  parentCategoryId: z.uuid().optional(),
});

export const userBody = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(50)
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only / 只能包含字母、数字、_ . -'),
  password: z.string().min(8).max(200),
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  unitId: z.uuid().optional(),
  /** For an individual proposer: the member's or deputy's sector (界别), party and delegation. */
  sector: z.string().max(50).optional(),
  party: z.string().max(50).optional(),
  delegation: z.string().max(50).optional(),
  /** For a collective proposer account: the organisation's name and kind. */
  organisationName: z.string().max(100).optional(),
  organisationKind: z
    .enum(['party', 'people_org', 'special_committee', 'sector', 'delegation'])
    .optional(),
  email: z.email().optional(),
});
export type UserInput = z.infer<typeof userBody>;

export const userPatchBody = z.object({
  active: z.boolean().optional(),
  password: z.string().min(8).max(200).optional(),
  displayName: z.string().trim().min(1).max(100).optional(),
  email: z.email().nullable().optional(),
});

export const bodySettingsBody = z.object({
  replyClasses: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(5),
        zh: z.string().min(1).max(50),
        en: z.string().min(1).max(100),
      }),
    )
    .min(2)
    .max(6)
    .optional(),
  objectionWindowDays: z.number().int().min(1).max(60).optional(),
  replyMonths: z.number().int().min(1).max(6).optional(),
  coOpinionMonths: z.number().int().min(1).max(6).optional(),
  rehandlingMonths: z.number().int().min(1).max(6).optional(),
  maxReplyMonths: z.number().int().min(1).max(12).optional(),
  feedbackWorkingDays: z.number().int().min(1).max(60).optional(),
  feedbackDefault: z.enum(['satisfied', 'mostly_satisfied', 'none']).optional(),
  calendar: z
    .object({
      holidays: z.array(z.iso.date()).max(400),
      makeupWorkdays: z.array(z.iso.date()).max(400),
      notes: z.record(z.iso.date(), z.string().max(200)).optional(),
    })
    .optional(),
});

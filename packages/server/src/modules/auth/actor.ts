import type { Role } from '@jianyan/shared';

/** The authenticated caller. Every service call is checked against this: role and body first. */
export interface Actor {
  bodyId: string;
  userId: string;
  role: Role;
  displayName: string;
  personId: string | null;
  organisationId: string | null;
  unitId: string | null;
  /** The platform acting on its own (scheduled work), never a person. */
  system?: true;
}

/** The user id the platform acts under: no account has it. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/** The platform, acting in a body, for the few steps the lifecycle lets it take. */
export const systemActor = (bodyId: string): Actor => ({
  bodyId,
  userId: SYSTEM_USER_ID,
  role: 'admin',
  displayName: '系统',
  personId: null,
  organisationId: null,
  unitId: null,
  system: true,
});

export const isStaffLike = (a: Actor) => a.role === 'staff' || a.role === 'admin';
export const isUnitRole = (a: Actor) => a.role === 'unit_clerk' || a.role === 'unit_leader';
/** Roles that read every proposal of their body. */
export const readsWholeBody = (a: Actor) =>
  a.role === 'staff' || a.role === 'admin' || a.role === 'leader';

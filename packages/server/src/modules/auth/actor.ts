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
}

export const isStaffLike = (a: Actor) => a.role === 'staff' || a.role === 'admin';
export const isUnitRole = (a: Actor) => a.role === 'unit_clerk' || a.role === 'unit_leader';
/** Roles that read every proposal of their body. */
export const readsWholeBody = (a: Actor) =>
  a.role === 'staff' || a.role === 'admin' || a.role === 'leader';

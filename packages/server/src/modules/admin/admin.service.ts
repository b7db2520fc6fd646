import type { BaseContext, ServiceContext } from '../../context.js';
import { inTransaction } from '../../context.js';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../errors.js';
import type { BodySettings } from '../../db/schema/bodies.js';
import { hashPassword } from '../auth/passwords.js';
import { recordEvent } from '../events/events.queries.js';
import * as bodiesQ from './bodies.queries.js';
import { findUserByUsername } from '../auth/auth.queries.js';
import * as q from './directory.queries.js';
import type { SessionInput, UnitInput, UserInput } from './admin.schemas.js';

function requireAdmin(ctx: ServiceContext) {
  if (ctx.actor.role !== 'admin') {
    throw forbidden('只有系统管理员可以进行此操作', 'Only an administrator may do this');
  }
}

async function audit(
  ctx: BaseContext,
  bodyId: string,
  actorUserId: string | null,
  entity: string,
  entityId: string,
  action: string,
  payload: Record<string, unknown>,
) {
  await recordEvent(ctx.db, {
    bodyId,
    entity,
    entityId,
    action,
    actorUserId,
    payload,
    at: ctx.now(),
  });
}

// ——— System operations (CLI, demo loader): no caller, the body named explicitly ———

export async function createSession(
  ctx: BaseContext,
  bodyId: string,
  input: SessionInput,
  actorUserId: string | null = null,
) {
  return inTransaction(ctx, async (tx) => {
    if (await bodiesQ.findSessionByCode(tx, bodyId, input.code)) {
      throw invalidField(
        'code',
        `会议代码 ${input.code} 已存在`,
        `session code ${input.code} already exists`,
      );
    }
    const row = await bodiesQ.insertSession(tx, { bodyId, ...input });
    await audit(
      { ...ctx, db: tx },
      bodyId,
      actorUserId,
      'session',
      row.sessionId,
      'session_create',
      { code: input.code },
    );
    return row;
  });
}

export async function createUnit(
  ctx: BaseContext,
  bodyId: string,
  input: UnitInput,
  actorUserId: string | null = null,
) {
  return inTransaction(ctx, async (tx) => {
    if (await q.findUnitByName(tx, bodyId, input.name)) {
      throw invalidField(
        'name',
        `单位“${input.name}”已存在`,
        `unit "${input.name}" already exists`,
      );
    }
    const row = await q.insertUnit(tx, { bodyId, ...input });
    await audit({ ...ctx, db: tx }, bodyId, actorUserId, 'unit', row.unitId, 'unit_create', {
      name: input.name,
    });
    return row;
  });
}

/** Creates an account, with the member/deputy record or the organisation a proposer account acts for. */
export async function createUser(
  ctx: BaseContext,
  bodyId: string,
  input: UserInput,
  actorUserId: string | null = null,
) {
  return inTransaction(ctx, async (tx) => {
    const body = await bodiesQ.findBody(tx, bodyId);
    if (!body) {
      throw notFound('Body', '机构');
    }
    if (await findUserByUsername(tx, bodyId, input.username)) {
      throw invalidField(
        'username',
        `用户名 ${input.username} 已被使用`,
        `username ${input.username} is taken`,
      );
    }
    const unitRole = input.role === 'unit_clerk' || input.role === 'unit_leader';
    if (unitRole && !input.unitId) {
      throw invalidField('unitId', '承办单位用户须指定所属单位', 'unit users need a unit');
    }
    if (!unitRole && input.unitId) {
      throw invalidField('unitId', '只有承办单位用户属于单位', 'only unit users belong to a unit');
    }
    let personId: string | null = null;
    let organisationId: string | null = null;
    if (input.role === 'proposer') {
      if (input.organisationName) {
        const org = await q.findOrCreateOrganisation(
          tx,
          bodyId,
          input.organisationName,
          input.organisationKind ?? 'party',
        );
        organisationId = org.organisationId;
      } else {
        const person = await q.insertPerson(tx, {
          bodyId,
          kind: body.kind === 'npc' ? 'deputy' : 'member',
          name: input.displayName,
          sector: input.sector ?? null,
          party: input.party ?? null,
          delegation: input.delegation ?? null,
        });
        personId = person.personId;
      }
    }
    const user = await q.insertUser(tx, {
      bodyId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      unitId: input.unitId ?? null,
      personId,
      organisationId,
      email: input.email ?? null,
    });
    await audit({ ...ctx, db: tx }, bodyId, actorUserId, 'user', user.userId, 'user_create', {
      username: input.username,
      role: input.role,
    });
    const { passwordHash: _hash, ...rest } = user;
    return rest;
  });
}

// ——— HTTP operations: checked against the caller ———

export const listSessions = (ctx: ServiceContext) => bodiesQ.listSessions(ctx.db, ctx.actor.bodyId);
export const listCategories = (ctx: ServiceContext) =>
  bodiesQ.listCategories(ctx.db, ctx.actor.bodyId);
export const listUnits = (ctx: ServiceContext) => q.listUnits(ctx.db, ctx.actor.bodyId);

export async function getBody(ctx: ServiceContext) {
  const body = await bodiesQ.findBody(ctx.db, ctx.actor.bodyId);
  if (!body) {
    throw notFound('Body', '机构');
  }
  return body;
}

export async function updateSettings(ctx: ServiceContext, patch: BodySettings) {
  requireAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const body = await bodiesQ.findBody(tx, ctx.actor.bodyId);
    const settings = { ...body!.settings, ...patch };
    const row = await bodiesQ.updateBodySettings(tx, ctx.actor.bodyId, { settings });
    await audit(
      { ...ctx, db: tx },
      ctx.actor.bodyId,
      ctx.actor.userId,
      'body',
      ctx.actor.bodyId,
      'settings_update',
      { ...patch },
    );
    return row;
  });
}

export function addSession(ctx: ServiceContext, input: SessionInput) {
  requireAdmin(ctx);
  return createSession(ctx, ctx.actor.bodyId, input, ctx.actor.userId);
}

export function addUnit(ctx: ServiceContext, input: UnitInput) {
  requireAdmin(ctx);
  return createUnit(ctx, ctx.actor.bodyId, input, ctx.actor.userId);
}

export async function addCategory(
  ctx: ServiceContext,
  input: {
    name: string;
    area: 'economy' | 'politics' | 'culture' | 'society' | 'ecology';
    parentCategoryId?: string;
  },
) {
  requireAdmin(ctx);
  const existing = await bodiesQ.listCategories(ctx.db, ctx.actor.bodyId);
  if (existing.some((c) => c.name === input.name)) {
    throw invalidField(
      'name',
      `类别“${input.name}”已存在`,
      `category "${input.name}" already exists`,
    );
  }
  return bodiesQ.insertCategory(ctx.db, {
    bodyId: ctx.actor.bodyId,
    ...input,
    sortOrder: existing.length,
  });
}

export function addUser(ctx: ServiceContext, input: UserInput) {
  requireAdmin(ctx);
  return createUser(ctx, ctx.actor.bodyId, input, ctx.actor.userId);
}

export function listUsers(ctx: ServiceContext, filter: { role?: string; q?: string }) {
  // Proposers may look up other proposers by name, to invite them as co-signers; nobody else.
  if (ctx.actor.role === 'proposer') {
    return q.listUsers(ctx.db, ctx.actor.bodyId, { ...filter, role: 'proposer' }).then((rows) =>
      rows
        .filter((r) => r.active)
        .map((r) => ({
          userId: r.userId,
          displayName: r.displayName,
          sector: r.sector,
          organisationName: r.organisationName,
        })),
    );
  }
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'staff') {
    throw forbidden('无权查看用户列表', 'You may not list users');
  }
  return q.listUsers(ctx.db, ctx.actor.bodyId, filter);
}

export async function updateUser(
  ctx: ServiceContext,
  userId: string,
  patch: { active?: boolean; password?: string; displayName?: string; email?: string | null },
) {
  requireAdmin(ctx);
  if (userId === ctx.actor.userId && patch.active === false) {
    throw conflict(
      'cannot_deactivate_self',
      '不能停用自己的账号',
      'You cannot deactivate your own account',
    );
  }
  const { password, ...rest } = patch;
  const row = await q.updateUser(ctx.db, ctx.actor.bodyId, userId, {
    ...rest,
    ...(password
      ? { passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: null }
      : {}),
  });
  if (!row) {
    throw notFound('User', '用户');
  }
  await audit(ctx, ctx.actor.bodyId, ctx.actor.userId, 'user', userId, 'user_update', {
    fields: Object.keys(patch),
  });
  const { passwordHash: _hash, ...safe } = row;
  return safe;
}

export const unknownBody = (code: string) =>
  new AppError(404, 'unknown_body', `机构代码 ${code} 不存在`, `No body with code ${code}`);

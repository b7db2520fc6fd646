import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@jianyan/shared';
import type { BaseContext, ServiceContext } from '../../context.js';
import { AppError, invalidField, unauthenticated } from '../../errors.js';
import type { Actor } from './actor.js';
import * as q from './auth.queries.js';
import {
  PASSWORD_MIN_LENGTH,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from './passwords.js';

export const SESSION_COOKIE = 'jianyan_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface LoginResult {
  /** Cookie value: `<bodyId>.<secret>`; the body id lets every lookup stay within one tenant. */
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
  user: PublicUser;
}

export interface PublicUser {
  userId: string;
  bodyId: string;
  bodyCode: string;
  bodyName: string;
  bodyKind: 'cppcc' | 'npc';
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  personId: string | null;
  organisationId: string | null;
  locale: string;
}

const badCredentials = () =>
  new AppError(
    401,
    'bad_credentials',
    '机构、用户名或密码错误',
    'Wrong body, username or password',
  );

export async function login(
  ctx: BaseContext,
  input: { body: string; username: string; password: string },
): Promise<LoginResult> {
  const body = await q.findBodyByCode(ctx.db, input.body);
  const user = body ? await q.findUserByUsername(ctx.db, body.bodyId, input.username) : undefined;
  if (!body || !user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw badCredentials();
  }
  const now = ctx.now();
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError(
      423,
      'account_locked',
      `登录失败次数过多，账号已锁定至 ${user.lockedUntil.toISOString()}`,
      `Too many failed logins; the account is locked until ${user.lockedUntil.toISOString()}`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + ctx.config.loginLockMinutes * 60_000);
    await q.recordLoginFailure(
      ctx.db,
      body.bodyId,
      user.userId,
      ctx.config.loginMaxFailures,
      lockUntil,
    );
    throw badCredentials();
  }
  await q.resetLoginFailures(ctx.db, body.bodyId, user.userId);
  await q.deleteExpiredAuthSessions(ctx.db, body.bodyId, now);
  const secret = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  await q.insertAuthSession(ctx.db, {
    bodyId: body.bodyId,
    tokenHash: sha256(secret),
    userId: user.userId,
    csrfToken,
    expiresAt,
  });
  return {
    cookieValue: `${body.bodyId}.${secret}`,
    csrfToken,
    expiresAt,
    user: toPublicUser(user, body),
  };
}

function toPublicUser(
  user: NonNullable<Awaited<ReturnType<typeof q.findUserById>>>,
  body: NonNullable<Awaited<ReturnType<typeof q.findBodyByCode>>>,
): PublicUser {
  return {
    userId: user.userId,
    bodyId: body.bodyId,
    bodyCode: body.code,
    bodyName: body.name,
    bodyKind: body.kind,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    personId: user.personId,
    organisationId: user.organisationId,
    locale: user.locale,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Resolves a session cookie to the caller, or undefined when it is missing, forged or expired. */
export async function authenticate(
  ctx: BaseContext,
  cookieValue: string,
): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const dot = cookieValue.indexOf('.');
  const bodyId = cookieValue.slice(0, dot);
  const secret = cookieValue.slice(dot + 1);
  if (dot < 0 || !UUID.test(bodyId) || secret.length < 20) {
    return undefined;
  }
  const row = await q.findAuthSession(ctx.db, bodyId, sha256(secret), ctx.now());
  if (!row || !row.user.active) {
    return undefined;
  }
  const u = row.user;
  return {
    csrfToken: row.session.csrfToken,
    actor: {
      bodyId: u.bodyId,
      userId: u.userId,
      role: u.role,
      displayName: u.displayName,
      personId: u.personId,
      organisationId: u.organisationId,
      unitId: u.unitId,
    },
  };
}

export async function logout(ctx: BaseContext, cookieValue: string) {
  const dot = cookieValue.indexOf('.');
  if (dot < 0) {
    return;
  }
  const bodyId = cookieValue.slice(0, dot);
  if (!UUID.test(bodyId)) {
    return;
  }
  await q.deleteAuthSession(ctx.db, bodyId, sha256(cookieValue.slice(dot + 1)));
}

export async function currentUser(ctx: ServiceContext): Promise<PublicUser> {
  const user = await q.findUserById(ctx.db, ctx.actor.bodyId, ctx.actor.userId);
  const body = user ? await q.findBodyById(ctx.db, user.bodyId) : undefined;
  if (!user || !body) {
    throw unauthenticated();
  }
  return toPublicUser(user, body);
}

export function checkPasswordStrength(password: string, field = 'password') {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalidField(
      field,
      `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
      `must be at least ${PASSWORD_MIN_LENGTH} characters`,
    );
  }
}

export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await q.findUserById(ctx.db, ctx.actor.bodyId, ctx.actor.userId);
  if (!user) {
    throw unauthenticated();
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', '当前密码不正确', 'is not your current password');
  }
  checkPasswordStrength(input.newPassword, 'newPassword');
  await q.updatePasswordHash(
    ctx.db,
    ctx.actor.bodyId,
    ctx.actor.userId,
    await hashPassword(input.newPassword),
  );
}

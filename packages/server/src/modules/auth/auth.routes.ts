import { z } from 'zod';
import type { App } from '../../http/app.js';
import { SESSION_COOKIE, changePassword, currentUser, login, logout } from './auth.service.js';

export async function authRoutes(app: App) {
  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          hook: 'preHandler',
          max: (req) => req.baseContext().config.loginRateLimitPerMinute,
          timeWindow: 60_000,
          // Per account and address: a brute force on one account stops here, an office
          // full of members behind one address does not.
          keyGenerator: (req) => {
            const b = req.body as { body?: string; username?: string } | undefined;
            return `${req.ip}|${b?.body ?? ''}|${b?.username ?? ''}`;
          },
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the session cookie and returns the CSRF token for writes',
        body: z.object({
          body: z.string().min(1).max(50),
          username: z.string().min(1).max(50),
          password: z.string().min(1).max(200),
        }),
      },
    },
    async (req, reply) => {
      const result = await login(req.baseContext(), req.body);
      reply.setCookie(SESSION_COOKIE, result.cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.baseContext().config.behindTls,
        // A lifetime, not a date: a browser whose clock is off keeps the cookie as long as the
        // server keeps the session (the server alone decides when the session ends).
        maxAge: req.baseContext().config.sessionTtlHours * 3600,
      });
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'Log out' } },
    async (req, reply) => {
      const value = req.cookies[SESSION_COOKIE];
      if (value) {
        await logout(req.baseContext(), value);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The logged-in user' },
    },
    async (req) => currentUser(req.serviceContext()),
  );

  app.get(
    '/auth/session',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user and the CSRF token (after a page reload)',
      },
    },
    async (req) => ({ user: await currentUser(req.serviceContext()), csrfToken: req.csrfToken }),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Change your password',
        body: z.object({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().max(200),
        }),
      },
    },
    async (req) => {
      await changePassword(req.serviceContext(), req.body);
      return { ok: true };
    },
  );
}

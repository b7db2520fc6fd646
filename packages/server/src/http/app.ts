import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { BaseContext, ServiceContext } from '../context.js';
import type { Database } from '../db/database.js';
import { AppError, invalid, unauthenticated } from '../errors.js';
import type { Actor } from '../modules/auth/actor.js';
import { SESSION_COOKIE, authenticate } from '../modules/auth/auth.service.js';
import { registerModules } from './modules.js';
import { createRequestTurns } from './request-turns.js';
import type { RouteAccess } from './route-helpers.js';
import { strictJsonParser } from './json-body.js';
import { toFieldErrors } from './validation-errors.js';
import { DEFAULT_WEB_DIST, registerWebAssets } from './web-assets.js';

export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access, for the generated permission tests. */
    routeTable: RouteInfo[];
  }
  interface FastifyRequest {
    actor: Actor | undefined;
    /** The session's CSRF token (for GET /auth/session, so a reloaded page can keep writing). */
    csrfToken: string | undefined;
    /** The base context (database, clock, config) for unauthenticated services. */
    baseContext(): BaseContext;
    /** The caller's context; throws 401 when nobody is logged in. */
    serviceContext(): ServiceContext;
  }
}

export interface AppOptions {
  database: Database;
  config: Config;
  now?: () => Date;
  logger?: boolean;
  /** The built web app to serve; defaults to packages/web/dist when it exists. */
  webDist?: string;
}

/** The Fastify instance with zod typing, as every routes file receives it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Scripts only from this server; Ant Design writes inline styles, so styles allow 'unsafe-inline'.
 * Proposal text and replies are untrusted, and this is the second line behind React's escaping.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function buildApp(opts: AppOptions): Promise<App> {
  const { database, config } = opts;
  const now = opts.now ?? (() => new Date());
  const app = Fastify({
    logger: opts.logger ? { level: config.logLevel } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    // Bad or overlong URLs are refused by the router before any hook: in our error shape too.
    frameworkErrors: (err, _req, reply) => {
      const status = err.statusCode ?? 400;
      const body = new AppError(
        status,
        'bad_url',
        '请求地址无效或过长',
        `Invalid or overlong URL (${err.code})`,
      ).toBody();
      void (reply as FastifyReply).code(status).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  const defaultJsonParser = app.getDefaultJsonParser('error', 'error');
  // The API speaks JSON (and multipart for files); any other body is refused with 415.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    strictJsonParser(defaultJsonParser),
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      info: {
        title: '建言 Jianyan API',
        description:
          '提案与代表建议办理平台 / proposals and suggestions from draft to published reply',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  // Limits are set per route (login, drafting); what a limited caller gets is our error shape.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError(
        429,
        'rate_limited',
        `操作过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`,
        `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      ),
  });
  await app.register(multipart, { limits: { fileSize: config.attachmentMaxBytes, files: 1 } });

  app.decorateRequest('actor', undefined);
  app.decorateRequest('csrfToken', undefined);
  app.decorateRequest('baseContext', function () {
    return { db: database.db, now, config };
  });
  app.decorateRequest('serviceContext', function (this: { actor: Actor | undefined }) {
    if (!this.actor) {
      throw unauthenticated();
    }
    return { db: database.db, now, config, actor: this.actor };
  });

  if (database.kind === 'pglite') {
    // PGlite works on this thread: requests take turns on the event loop (request-turns.ts).
    const turns = createRequestTurns();
    app.addHook('onRequest', () => turns.wait());
  }

  // Who is calling: the session cookie; and for cookie-authenticated writes, the CSRF token.
  app.addHook('onRequest', async (req) => {
    const value = req.cookies[SESSION_COOKIE];
    // Logging in does not use the old session, so a stale cookie must not block it.
    if (!value || req.url === '/api/v1/auth/login') {
      return;
    }
    const found = await authenticate({ db: database.db, now, config }, value);
    if (!found) {
      return;
    }
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== found.csrfToken) {
      throw new AppError(
        403,
        'csrf_failed',
        '请求缺少有效的 CSRF 令牌，请刷新页面后重试',
        'Missing or wrong X-CSRF-Token header; reload and try again',
      );
    }
    req.actor = found.actor;
    req.csrfToken = found.csrfToken;
  });

  // The coarse gate each route declares; services then check the caller's part in the record.
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    if (access === undefined || access === 'public') {
      return;
    }
    if (!req.actor) {
      throw unauthenticated();
    }
    if (access !== 'authenticated' && !access.includes(req.actor.role)) {
      throw new AppError(
        403,
        'forbidden',
        '您的角色无权使用此功能',
        'Your role may not use this endpoint',
      );
    }
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    // The API docs UI brings its own inline scripts; everything else gets the strict policy.
    if (!req.url.startsWith('/api/docs')) {
      reply.header('Content-Security-Policy', CSP);
    }
    if (config.behindTls) {
      reply.header('Strict-Transport-Security', 'max-age=31536000');
    }
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs')) {
      reply.header('Cache-Control', 'no-store');
    }
  });

  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const body = invalid(toFieldErrors(err.validation, err.validationContext)).toBody();
      return reply.code(400).send(body);
    }
    if (err instanceof AppError) {
      return reply.code(err.status).send(err.toBody());
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const code = (err as { code?: string }).code ?? 'bad_request';
      const message = (err as Error).message;
      return reply
        .code(status)
        .send(new AppError(status, code.toLowerCase(), `请求无效：${message}`, message).toBody());
    }
    req.log.error(err);
    return reply
      .code(500)
      .send(
        new AppError(500, 'internal_error', '服务器内部错误', 'Internal server error').toBody(),
      );
  });

  const indexHtml = await registerWebAssets(app, opts.webDist ?? DEFAULT_WEB_DIST);

  app.setNotFoundHandler((req, reply) =>
    // The web app's own routes (/proposals/…, /portal/…) are answered with its page.
    indexHtml && (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/')
      ? reply
          .type('text/html; charset=utf-8')
          // Revalidated on every load, so a new build is picked up at once.
          .header('Cache-Control', 'no-cache')
          .send(indexHtml)
      : reply
          .code(404)
          .send(
            new AppError(
              404,
              'not_found',
              `没有这个地址：${req.url}`,
              `No route ${req.method} ${req.url}`,
            ).toBody(),
          ),
  );

  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        routeTable.push({ method, url: route.url, access: route.config?.access });
      }
    }
  });
  await registerModules(app, { database, config, now });
  return app;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '@jianyan/shared';
import { loadConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { buildApp, type App } from '../src/http/app.js';
import { createSession, createUnit, createUser } from '../src/modules/admin/admin.service.js';
import { createBody } from '../src/modules/admin/bodies.service.js';
import { listCategories } from '../src/modules/admin/bodies.queries.js';
import { freshDatabase, type DatabaseKind } from './databases.js';

export const PASSWORD = 'test-password-1';

/** A clock the tests move by hand. */
export class TestClock {
  constructor(private t = Date.parse('2025-02-20T09:00:00+08:00')) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
  advanceDays(days: number) {
    this.t += days * 86_400_000;
  }
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A logged-in user talking to the app through HTTP (Fastify inject): cookie and CSRF token kept. */
export class Client {
  constructor(
    private app: App,
    private cookie: string,
    private csrf: string,
  ) {}

  /** The session cookie, for requests the helpers below do not cover (downloads). */
  get cookieHeader() {
    return this.cookie;
  }

  /** The raw answer, for bodies that are not JSON (documents, files) or requests the tests shape. */
  inject(opts: {
    method: string;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }) {
    return this.app.inject({
      method: opts.method as 'GET',
      url: opts.url,
      payload: opts.payload as Record<string, unknown> | Buffer | string | undefined,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, ...opts.headers },
    });
  }

  async request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const res = await this.app.inject({
      method,
      url,
      payload: payload as Record<string, unknown> | Buffer | undefined,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, ...headers },
    });
    return {
      status: res.statusCode,
      body: res.body ? res.json<T>() : (undefined as T),
      headers: res.headers,
    };
  }
  get = <T = any>(url: string, headers?: Record<string, string>) =>
    this.request<T>('GET', url, undefined, headers);
  post = <T = any>(url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('POST', url, body ?? {}, headers);
  patch = <T = any>(url: string, body: unknown, headers?: Record<string, string>) =>
    this.request<T>('PATCH', url, body, headers);
  put = <T = any>(url: string, body: unknown, headers?: Record<string, string>) =>
    this.request<T>('PUT', url, body, headers);
}

export interface TestBody {
  bodyId: string;
  code: string;
  sessionId: string;
  lateSessionId: string;
  categories: { categoryId: string; name: string; area: string }[];
  units: Record<'edu' | 'health' | 'culture', string>;
}

export interface World {
  database: Database;
  app: App;
  clock: TestClock;
  config: Config;
  bodies: { a: TestBody; b: TestBody };
  login(bodyCode: string, username: string, password?: string): Promise<Client>;
  /** Logs several users in at once; the clients come back in the order of the names. */
  loginAs<const N extends readonly string[]>(
    bodyCode: string,
    names: N,
  ): Promise<{ [K in keyof N]: Client }>;
  close(): Promise<void>;
}

/** Users of every role in each test body, by username. */
export const USERS: [string, Role, string?][] = [
  ['admin', 'admin'],
  ['staff', 'staff'],
  ['leader', 'leader'],
  ['member', 'proposer'],
  ['member2', 'proposer'],
  ['member3', 'proposer'],
  ['party', 'proposer'],
  ['edu-clerk', 'unit_clerk', 'edu'],
  ['edu-leader', 'unit_leader', 'edu'],
  ['health-clerk', 'unit_clerk', 'health'],
  ['health-leader', 'unit_leader', 'health'],
  ['culture-clerk', 'unit_clerk', 'culture'],
  ['culture-leader', 'unit_leader', 'culture'],
];

async function seedBody(
  database: Database,
  clock: TestClock,
  config: Config,
  code: string,
): Promise<TestBody> {
  const ctx = { db: database.db, now: clock.now, config };
  const body = await createBody(ctx, {
    code,
    name: `政协${code}市委员会`,
    kind: 'cppcc',
    level: 'city',
    region: code,
  });
  const session = await createSession(ctx, body.bodyId, {
    code: '2025',
    name: '第四次会议',
    submissionDeadline: new Date('2025-02-25T12:00:00+08:00'),
  });
  const late = await createSession(ctx, body.bodyId, {
    code: '2024',
    name: '第三次会议',
    submissionDeadline: new Date('2024-02-25T12:00:00+08:00'),
  });
  const edu = await createUnit(ctx, body.bodyId, { name: '市教育局' });
  const health = await createUnit(ctx, body.bodyId, { name: '市卫生健康委员会' });
  const culture = await createUnit(ctx, body.bodyId, { name: '市文化和旅游局' });
  const units = { edu: edu.unitId, health: health.unitId, culture: culture.unitId };
  for (const [username, role, unit] of USERS) {
    await createUser(ctx, body.bodyId, {
      username,
      password: PASSWORD,
      displayName: `${code}-${username}`,
      role,
      unitId: unit ? units[unit as keyof typeof units] : undefined,
      organisationName: username === 'party' ? '民盟市委会' : undefined,
      sector: role === 'proposer' && username !== 'party' ? '教育界' : undefined,
    });
  }
  const categories = (await listCategories(database.db, body.bodyId)).map((c) => ({
    categoryId: c.categoryId,
    name: c.name,
    area: c.area,
  }));
  return {
    bodyId: body.bodyId,
    code,
    sessionId: session.sessionId,
    lateSessionId: late.sessionId,
    categories,
    units,
  };
}

/**
 * A migrated database of the given kind with two bodies (a and b), and the app over it. The
 * configuration is the default for that kind of database (files on disk with PGlite, in the
 * database with PostgreSQL), with DATA_DIR a fresh temporary folder unless the test names one:
 * no test writes into the repository's ./data.
 */
export async function createWorld(
  kind: DatabaseKind,
  overrides: Partial<Config> = {},
  /** dataDir: a PGlite data folder, for tests that close the database and open it again. */
  opts: { dataDir?: string } = {},
): Promise<World> {
  const database = await freshDatabase(kind, opts.dataDir);
  const ownDataDir =
    overrides.dataDir || opts.dataDir
      ? undefined
      : fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-world-'));
  const env = {
    DATA_DIR: overrides.dataDir ?? opts.dataDir ?? ownDataDir,
    DATABASE_URL: database.url,
  };
  const clock = new TestClock();
  // The tests move the clock by weeks; sessions must outlive that (expiry has its own test).
  const config = {
    ...loadConfig(env),
    loginMaxFailures: 5,
    sessionTtlHours: 24 * 365 * 5,
    // Tests draft in bursts; the rate limit has a test of its own.
    draftRateLimitPerMinute: 10_000,
    ...overrides,
  };
  const a = await seedBody(database, clock, config, 'alpha');
  const b = await seedBody(database, clock, config, 'beta');
  const app = await buildApp({
    database,
    config,
    now: clock.now,
    logger: process.env.JIANYAN_TEST_LOG === '1',
  });
  const world: World = {
    database,
    app,
    clock,
    config,
    bodies: { a, b },
    async login(bodyCode, username, password = PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { body: bodyCode, username, password },
      });
      if (res.statusCode !== 200) {
        throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      }
      const setCookie = res.headers['set-cookie'];
      const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
      return new Client(app, cookie, res.json<{ csrfToken: string }>().csrfToken);
    },
    async loginAs(bodyCode, names) {
      const clients = await Promise.all(names.map((n) => world.login(bodyCode, n)));
      return clients as never;
    },
    async close() {
      await app.close();
      await database.close();
      if (ownDataDir) {
        fs.rmSync(ownDataDir, { recursive: true, force: true });
      }
    },
  };
  return world;
}

/** A complete, valid draft body for a session. */
export const draftFor = (sessionId: string, title = '关于加快发展学前教育的提案') => ({
  sessionId,
  title,
  problem: '我市学前教育资源总量不足，普惠性幼儿园覆盖率偏低。',
  suggestions: '一是扩大普惠性资源；二是加强教师队伍建设；三是完善经费保障机制。',
});

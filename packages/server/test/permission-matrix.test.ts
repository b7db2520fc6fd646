import type { Role } from '@jianyan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../src/http/app.js';
import { readDocxParts } from '../src/modules/reports/documents/docx-parts.test-support.js';
import { databaseKinds } from './databases.js';
import { USERS, type World } from './harness.js';
import {
  IMPORT_CSV,
  PDF,
  ROUTE_RULES,
  multipartFile,
  secretsOf,
  securityWorld,
  urlFor,
  type BodyFixtures,
  type RouteRule,
} from './security-fixtures.js';

/**
 * Generated from the route table: every API route, called by every user of both bodies and by
 * nobody, against real records of body alpha. Anonymous callers get 401, roles the route does not
 * declare 403, callers of body beta 404 for alpha's records, and no successful answer to one body
 * carries the other's identifiers or text.
 */
const ROLE_GATE_MESSAGE = 'Your role may not use this endpoint';

interface Answer {
  status: number;
  text: string;
  message: string | undefined;
}

const roleOf = new Map<string, Role>(USERS.map(([u, r]) => [u, r]));

function allows(route: RouteInfo, role: Role): boolean {
  const access = route.access!;
  return access === 'public' || access === 'authenticated' || access.includes(role);
}

describe.each(databaseKinds())('permission matrix on %s', (kind) => {
  let w: World;
  let alpha: BodyFixtures;
  let beta: BodyFixtures;
  let api: RouteInfo[];

  beforeAll(async () => {
    ({ w, alpha, beta } = await securityWorld(kind));
    api = w.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
  }, 120_000);
  afterAll(async () => w?.close());

  const ruleOf = (r: RouteInfo) => {
    const rule = ROUTE_RULES[`${r.method} ${r.url}`];
    if (!rule) {
      throw new Error(`no rule for ${r.method} ${r.url} in ROUTE_RULES (security-fixtures.ts)`);
    }
    return rule;
  };

  /** Calls the route against the target body's records as `username` of `caller` (or nobody). */
  async function call(
    route: RouteInfo,
    target: BodyFixtures,
    caller: BodyFixtures | undefined,
    username: string | undefined,
  ): Promise<Answer> {
    const rule: RouteRule = ruleOf(route);
    const url = urlFor(route.url, target, rule);
    let payload: unknown = rule.body?.(target);
    let headers: Record<string, string> = { ...rule.headers };
    if (rule.multipart) {
      const file = url.endsWith('/import')
        ? multipartFile('提案.csv', IMPORT_CSV, 'text/csv')
        : multipartFile('调研报告.pdf', PDF);
      payload = file.payload;
      headers = { ...headers, ...file.headers };
    } else if (payload === undefined && route.method !== 'GET' && route.method !== 'DELETE') {
      payload = {};
    }
    const opts = { method: route.method, url, payload, headers };
    let client = caller && username ? caller.clients.get(username)! : undefined;
    if (client && rule.freshSession) {
      client = await w.login(caller!.body.code, username!);
    }
    const res = client
      ? await client.inject(opts)
      : await w.app.inject({ ...opts, method: route.method as 'GET', payload: payload as string });
    let message: string | undefined;
    if (String(res.headers['content-type'] ?? '').includes('json') && res.body) {
      message = res.json<{ error?: { message: string } }>().error?.message;
    }
    // Word and Excel files are zips: their text is what leaks, so it is read out of them.
    const raw = res.rawPayload;
    const text =
      raw.subarray(0, 2).toString('latin1') === 'PK'
        ? [...readDocxParts(raw).values()].join('\n')
        : res.body;
    return { status: res.statusCode, text, message };
  }

  const leaked = (text: string, secrets: string[]) => secrets.filter((s) => text.includes(s));

  it('has a rule for every API route and a fixture for every path parameter', () => {
    const missing = api
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => ROUTE_RULES[key] === undefined);
    expect(missing, 'routes without a rule in ROUTE_RULES').toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter(
      (key) => !api.some((r) => `${r.method} ${r.url}` === key),
    );
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
    for (const r of api) {
      expect(() => urlFor(r.url, alpha, ruleOf(r))).not.toThrow();
    }
  });

  it('refuses nobody, other roles and the other body, and leaks nothing across bodies', async () => {
    const failures: string[] = [];
    let cases = 0;
    const alphaRecords = secretsOf(alpha, false);
    const alphaAll = secretsOf(alpha, true);
    for (const route of api) {
      const rule = ruleOf(route);
      const key = `${route.method} ${route.url}`;
      const isPublic = route.access === 'public';
      const fail = (who: string, why: string, a: Answer) =>
        failures.push(`${key} as ${who}: ${why} (got ${a.status} ${a.text.slice(0, 200)})`);

      // Nobody logged in.
      cases++;
      const anon = await call(route, alpha, undefined, undefined);
      if (!isPublic && anon.status !== 401) {
        fail('anonymous', 'expected 401', anon);
      }
      if (isPublic && anon.status >= 500) {
        fail('anonymous', 'server error', anon);
      }
      if (isPublic && leaked(anon.text, alphaRecords).length) {
        fail('anonymous', `unpublished data: ${leaked(anon.text, alphaRecords).join(', ')}`, anon);
      }

      for (const [username, role] of USERS) {
        for (const caller of [alpha, beta]) {
          const who = `${caller.body.code}/${username}`;
          const own = caller === alpha;
          if (own && allows(route, role)) {
            continue; // the allowed callers of alpha act in the next test
          }
          cases++;
          const a = await call(route, alpha, caller, username);
          if (a.status >= 500) {
            fail(who, 'server error', a);
            continue;
          }
          if (!allows(route, role)) {
            if (a.status !== 403 || a.message !== ROLE_GATE_MESSAGE) {
              fail(who, 'expected 403 from the role gate', a);
            }
            continue;
          }
          // beta, allowed role: alpha's records do not exist for this caller.
          if (rule.namesRecords && !isPublic) {
            const expected = /:\w+/.test(route.url) ? [404] : [400, 404];
            if (!expected.includes(a.status)) {
              fail(who, `expected ${expected.join(' or ')} for another body's records`, a);
            }
          }
          const secrets = isPublic ? alphaRecords : alphaAll;
          const found = leaked(a.text, a.status < 300 ? secrets : [alpha.secret]);
          if (found.length) {
            fail(who, `answer carries alpha's ${found.join(', ')}`, a);
          }
        }
      }
    }
    console.log(`permission matrix (${kind}): ${cases} denial cases`);
    expect(failures).toEqual([]);
  }, 120_000);

  it('lets the allowed users of the body call every route without a server error or beta’s data', async () => {
    const failures: string[] = [];
    let cases = 0;
    const betaRecords = secretsOf(beta, false);
    const betaAll = secretsOf(beta, true);
    for (const route of api) {
      const key = `${route.method} ${route.url}`;
      for (const [username] of USERS) {
        if (!allows(route, roleOf.get(username)!)) {
          continue;
        }
        cases++;
        const a = await call(route, alpha, alpha, username);
        const who = `alpha/${username}`;
        const refusedLogin = a.status === 401 && route.access !== 'public';
        if (a.status >= 500 || refusedLogin || a.message === ROLE_GATE_MESSAGE) {
          failures.push(`${key} as ${who}: ${a.status} ${a.text.slice(0, 200)}`);
        }
        // The portal lists every body by design: there, only records count.
        const found = leaked(a.text, route.access === 'public' ? betaRecords : betaAll);
        if (found.length) {
          failures.push(`${key} as ${who}: answer carries beta's ${found.join(', ')}`);
        }
      }
    }
    console.log(`permission matrix (${kind}): ${cases} allowed cases`);
    // The leak check reads inside the generated files: alpha's own export does carry alpha's text.
    const own = await call(
      api.find((r) => r.url === '/api/v1/proposals/export.xlsx')!,
      alpha,
      alpha,
      'staff',
    );
    expect(own.text).toContain(alpha.secret);
    expect(failures).toEqual([]);
  }, 120_000);
});

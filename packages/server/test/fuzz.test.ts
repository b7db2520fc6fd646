import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../src/http/app.js';
import { databaseKinds } from './databases.js';
import type { World } from './harness.js';
import {
  PARAM_ATTACKS,
  fieldAttacks,
  parserAttacks,
  seeded,
  type FuzzPayload,
} from './fuzz-inputs.js';
import {
  IMPORT_CSV,
  PDF,
  ROUTE_RULES,
  multipartFile,
  securityWorld,
  urlFor,
  type BodyFixtures,
} from './security-fixtures.js';

/**
 * Every write endpoint, called by a user allowed to call it, with hostile input. Every answer is a
 * 4xx in the bilingual error shape and leaves the database as it was; the only 2xx allowed is a
 * harmless string (an SQL or script injection in a text field), which must then be stored as the
 * literal string.
 */
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const SEED = 20_260_223;

interface Rows {
  rows: Record<string, unknown>[];
}

describe.each(databaseKinds())('fuzzing the write endpoints on %s', (kind) => {
  let w: World;
  let alpha: BodyFixtures;
  let tables: string[];

  beforeAll(async () => {
    ({ w, alpha } = await securityWorld(kind));
    const rows = await rowsOf(
      sql`SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    tables = rows.map((r) => String(r.table_name));
  }, 120_000);
  afterAll(async () => w?.close());

  /** The rows of a statement, the same way on both drivers. */
  async function rowsOf(query: SQL): Promise<Record<string, unknown>[]> {
    const res: unknown = await w.database.db.execute(query);
    return (res as Rows).rows;
  }

  /** A fingerprint of every row of every table (the event log included), in one statement. */
  async function snapshot(): Promise<Record<string, string>> {
    const parts = tables.map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`,
    );
    const rows = await rowsOf(sql.raw(parts.join(' UNION ALL ')));
    return Object.fromEntries(rows.map((r) => [String(r.t), String(r.h)]));
  }

  /** Whether some row holds the string unchanged (not escaped, not truncated). */
  async function storedVerbatim(text: string): Promise<boolean> {
    const union = tables.map((t) => `SELECT x::text AS r FROM "${t}" x`).join(' UNION ALL ');
    const rows = await rowsOf(
      sql`SELECT count(*)::int AS n FROM (${sql.raw(union)}) s WHERE position(${text} in s.r) > 0`,
    );
    return Number(rows[0]!.n) > 0;
  }

  const writeRoutes = () =>
    w.app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && WRITE.has(r.method));

  it('knows whom to send to every write endpoint', () => {
    const without = writeRoutes()
      .filter((r) => r.access !== 'public')
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !ROUTE_RULES[key]?.fuzzAs);
    expect(without, 'write routes without fuzzAs in ROUTE_RULES').toEqual([]);
  });

  it('answers hostile input with a 4xx in both languages and stores nothing', async () => {
    const rnd = seeded(SEED);
    const failures: string[] = [];
    let before = await snapshot();
    let cases = 0;
    let accepted = 0;

    async function send(route: RouteInfo, url: string, payload: FuzzPayload, who?: string) {
      const rule = ROUTE_RULES[`${route.method} ${route.url}`]!;
      const client = who ? alpha.clients.get(who)! : undefined;
      const headers: Record<string, string> = { ...rule.headers };
      let body: string | Buffer | undefined;
      if (payload.kind === 'raw') {
        headers['content-type'] = payload.contentType;
        body = payload.bytes;
      } else {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(payload.value);
      }
      const opts = { method: route.method, url, payload: body, headers };
      const res = client
        ? await client.inject(opts)
        : await w.app.inject({ ...opts, method: route.method as 'POST' });
      cases++;
      const label = `${route.method} ${url.slice(0, 120)} [${payload.label}]`;
      const after = await snapshot();
      if (res.statusCode >= 500) {
        failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      } else if (res.statusCode < 400) {
        const harmless = payload.kind === 'json' ? payload.harmless : undefined;
        const acceptIf = payload.kind === 'raw' ? payload.acceptIf : undefined;
        if (acceptIf) {
          if (!acceptIf(res.body)) {
            failures.push(`${label}: accepted with ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
        } else if (!harmless) {
          failures.push(`${label}: accepted with ${res.statusCode} ${res.body.slice(0, 200)}`);
        } else if (!(await storedVerbatim(harmless))) {
          failures.push(`${label}: accepted, but the text is not stored verbatim`);
        } else if (!res.body.includes(JSON.stringify(harmless).slice(1, -1)) && res.body !== '') {
          // The answer gives the text back as it was sent (JSON, not HTML-escaped), where it has it.
          if (/&lt;|&gt;|&#/.test(res.body)) {
            failures.push(`${label}: the answer HTML-escapes the text`);
          }
        }
        accepted++;
      } else {
        const error = (() => {
          try {
            return res.json<{ error?: { code?: string; message?: string; messageZh?: string } }>()
              .error;
          } catch {
            return undefined;
          }
        })();
        if (!error?.code || !error.message || !error.messageZh) {
          failures.push(
            `${label}: ${res.statusCode} without the error shape: ${res.body.slice(0, 200)}`,
          );
        }
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length) {
          failures.push(
            `${label}: refused with ${res.statusCode} but changed ${changed.join(', ')}`,
          );
        }
      }
      before = after;
    }

    for (const route of writeRoutes()) {
      const rule = ROUTE_RULES[`${route.method} ${route.url}`]!;
      const who = route.access === 'public' ? undefined : rule.fuzzAs;
      const url = urlFor(route.url, alpha, rule);
      const valid = rule.body?.(alpha);
      const payloads: FuzzPayload[] = [...parserAttacks(valid ?? {}, rnd)];
      if (valid && typeof valid === 'object' && !rule.multipart) {
        payloads.push(...fieldAttacks(valid as Record<string, unknown>, rnd));
      }
      if (rule.multipart) {
        const upload = (label: string, name: string, content: Buffer, type?: string) => {
          const file = multipartFile(name, content, type);
          return {
            kind: 'raw' as const,
            bytes: file.payload,
            contentType: file.headers['content-type'],
            label,
          };
        };
        const sample = url.endsWith('/import') ? IMPORT_CSV : PDF;
        payloads.push(
          upload(
            'an executable',
            'a.pdf',
            Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]),
          ),
          upload('an empty file', 'a.pdf', Buffer.alloc(0)),
          upload(
            'random bytes',
            'a.csv',
            Buffer.from(Array.from({ length: 4096 }, () => rnd.int(256))),
          ),
          {
            ...upload('traversal in the file name', '../../../etc/passwd', sample, 'text/plain'),
            // A real file under a path-like name: kept, with the path dropped from its name.
            acceptIf: (answer: string) => !/\.\.|\/|etc/.test(JSON.parse(answer).filename ?? ''),
          },
          {
            kind: 'raw',
            bytes: Buffer.from('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc'),
            contentType: 'multipart/form-data; boundary=x',
            label: 'truncated multipart',
          },
          {
            kind: 'raw',
            bytes: Buffer.from('abc'),
            contentType: 'multipart/form-data',
            label: 'no boundary',
          },
        );
      }
      for (const payload of payloads) {
        await send(route, url, payload, who);
      }
      // Hostile path parameters, with the valid body.
      if (/:\w+/.test(route.url)) {
        for (const bad of PARAM_ATTACKS) {
          const badUrl = route.url
            .replace(/:(\w+)/, encodeURIComponent(bad))
            .replace(/:(\w+)/g, (_, name: string) => urlFor(`:${name}`, alpha, rule));
          await send(
            route,
            badUrl,
            { kind: 'json', value: valid ?? {}, label: `path ${bad.slice(0, 30)}` },
            who,
          );
        }
      }
    }
    console.log(`fuzz (${kind}): ${cases} requests, ${accepted} harmless texts accepted`);
    // Nothing reached Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(failures).toEqual([]);
  }, 180_000);
});

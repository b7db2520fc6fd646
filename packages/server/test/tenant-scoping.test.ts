import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { createSession, createUnit, createUser } from '../src/modules/admin/admin.service.js';
import { createBody } from '../src/modules/admin/bodies.service.js';
import { listCategories } from '../src/modules/admin/bodies.queries.js';
import { TestClock } from './harness.js';

/**
 * Every statement the application issues while people work carries body_id, so that the schema can
 * be distributed by body (Citus) and a query cannot wander into another body's rows. The only
 * exceptions are the lookups of a body itself by its public code (login, the portal's body list).
 */
const BODY_LOOKUP = /^ from "bodies"( where "bodies"\."code" = \$1)?( order by .*)?$/;

/** The part of a statement that chooses rows: after FROM for a select, the WHERE of a change. */
function scopingPart(q: string): string {
  const lower = q.toLowerCase();
  if (lower.startsWith('select') || lower.startsWith('with')) {
    return q.slice(lower.indexOf(' from '));
  }
  if (lower.startsWith('update') || lower.startsWith('delete')) {
    return q.slice(lower.indexOf(' where '));
  }
  return q; // an insert names body_id among its columns
}

describe('tenant scoping', () => {
  it('scopes every query of a whole proposal workflow by body_id', async () => {
    const statements: string[] = [];
    const database = await openDatabase({ inMemory: true, onQuery: (q) => statements.push(q) });
    await database.migrate();
    const clock = new TestClock();
    const config = { ...loadConfig({}), draftRateLimitPerMinute: 1000 };
    const ctx = { db: database.db, now: clock.now, config };
    const body = await createBody(ctx, {
      code: 'scope',
      name: '政协测试委员会',
      kind: 'cppcc',
      level: 'city',
      region: '',
    });
    const session = await createSession(ctx, body.bodyId, {
      code: '2025',
      name: '会议',
      submissionDeadline: new Date('2025-02-25T04:00:00Z'),
    });
    const unit = await createUnit(ctx, body.bodyId, { name: '市教育局' });
    for (const [username, role] of [
      ['m', 'proposer'],
      ['s', 'staff'],
      ['c', 'unit_clerk'],
      ['l', 'unit_leader'],
    ] as const) {
      await createUser(ctx, body.bodyId, {
        username,
        password: 'password-1',
        displayName: username,
        role,
        unitId: role.startsWith('unit') ? unit.unitId : undefined,
      });
    }
    const category = (await listCategories(database.db, body.bodyId))[0]!;
    const app = await buildApp({ database, config, now: clock.now });
    const login = async (username: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { body: 'scope', username, password: 'password-1' },
      });
      return {
        cookie: String(res.headers['set-cookie']).split(';')[0]!,
        csrf: res.json<{ csrfToken: string }>().csrfToken,
      };
    };
    const call = async (
      who: { cookie: string; csrf: string },
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: object,
    ) => {
      const res = await app.inject({
        method,
        url,
        payload,
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json<Record<string, any>>();
    };
    statements.length = 0;
    const [m, s, c, l] = [await login('m'), await login('s'), await login('c'), await login('l')];
    const id = (
      await call(m, 'POST', '/api/v1/proposals', {
        sessionId: session.sessionId,
        title: '关于学前教育的提案',
        problem: '问题',
        suggestions: '建议',
      })
    ).proposalId as string;
    await call(m, 'POST', `/api/v1/proposals/${id}/submit`);
    await call(s, 'GET', '/api/v1/proposals?state=submitted');
    await call(s, 'GET', `/api/v1/search?q=${encodeURIComponent('学前教育')}`);
    await call(s, 'POST', `/api/v1/proposals/${id}/register`, { categoryId: category.categoryId });
    await call(s, 'POST', `/api/v1/proposals/${id}/assign`, {
      units: [{ unitId: unit.unitId, role: 'lead' }],
    });
    await call(c, 'POST', `/api/v1/proposals/${id}/start`);
    const draft = await call(c, 'PUT', `/api/v1/proposals/${id}/reply-draft`, {
      replyClass: 'A',
      text: '已解决',
    });
    await call(l, 'POST', `/api/v1/proposals/${id}/replies/${draft.reply.replyId as string}/sign`);
    await call(m, 'POST', `/api/v1/proposals/${id}/feedback`, { verdict: 'satisfied' });
    await call(s, 'POST', `/api/v1/proposals/${id}/publish`);
    await call(s, 'GET', '/api/v1/statistics/overview');
    await call(m, 'GET', '/api/v1/notifications');
    const unscoped = statements
      .filter((q) => !/^(begin|commit|rollback|savepoint|release)/i.test(q))
      .filter((q) => !/body_id/.test(scopingPart(q)) && !BODY_LOOKUP.test(scopingPart(q)));
    expect(statements.length).toBeGreaterThan(100);
    expect(unscoped).toEqual([]);
    await app.close();
    await database.close();
  });
});

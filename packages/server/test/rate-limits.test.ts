import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { PASSWORD, createWorld, draftFor, type World } from './harness.js';

/**
 * The limits on logging in (per account and address) and on drafting (per account; a proposal is
 * submitted once, so this bounds submissions too), at small values so a test can reach them.
 */
describe.each(databaseKinds())('rate limits on %s', (kind) => {
  let w: World;

  beforeAll(async () => {
    w = await createWorld(kind, { loginRateLimitPerMinute: 3, draftRateLimitPerMinute: 2 });
  });
  afterAll(async () => w.close());

  const attempt = (username: string, password: string) =>
    w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { body: w.bodies.a.code, username, password },
    });

  it('stops guessing at one account, even with the right password, and not its neighbour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await attempt('member', `wrong-password-${i}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);

    const limited = await attempt('member', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.json().error.messageZh).toMatch(/操作过于频繁，请 \d+ 秒后再试/);
    expect(limited.json().error.message).toMatch(/Too many requests; try again in \d+ s/);
    expect(limited.headers['set-cookie']).toBeUndefined();

    expect((await attempt('member2', PASSWORD)).statusCode).toBe(200);
  });

  it('limits how fast one member drafts, stores nothing of a refused draft, and leaves others alone', async () => {
    const [member2, member3] = await w.loginAs(w.bodies.a.code, ['member2', 'member3'] as const);
    const sessionId = w.bodies.a.sessionId;
    const statuses: number[] = [];
    for (const title of ['限速一', '限速二', '限速三']) {
      statuses.push((await member2.post('/api/v1/proposals', draftFor(sessionId, title))).status);
    }
    expect(statuses).toEqual([201, 201, 429]);

    const mine = (await member2.get('/api/v1/proposals')).body.items as { title: string }[];
    expect(mine.map((p) => p.title).sort()).toEqual(['限速一', '限速二']);

    expect((await member3.post('/api/v1/proposals', draftFor(sessionId, '别人的'))).status).toBe(
      201,
    );
  });
});

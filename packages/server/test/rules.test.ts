import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

describe.each(databaseKinds())('proposal rules on %s', (kind) => {
  let w: World;
  let member: Client, member2: Client, staff: Client, staff2: Client;

  beforeAll(async () => {
    w = await createWorld(kind);
    const code = w.bodies.a.code;
    [member, member2, staff] = await w.loginAs(code, ['member', 'member2', 'staff'] as const);
    staff2 = await w.login(code, 'staff'); // a second browser of the same office
  });
  afterAll(async () => w.close());

  const submitted = async (title: string, sessionId = w.bodies.a.sessionId) => {
    const p = (await member.post('/api/v1/proposals', draftFor(sessionId, title))).body;
    const res = await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('numbers 50 concurrent registrations 1..50 without gaps or duplicates', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push((await submitted(`并发立案 ${i}`)).proposalId);
    }
    const categoryId = w.bodies.a.categories[0]!.categoryId;
    const results = await Promise.all(
      ids.map((id, i) =>
        (i % 2 ? staff : staff2).post(`/api/v1/proposals/${id}/register`, { categoryId }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const numbers = results.map((r) => r.body.number as number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('makes a submission after the session deadline an interim proposal, numbered separately', async () => {
    w.clock.set('2025-02-25T12:00:01+08:00');
    const late = await submitted('会后提交的提案');
    expect(late.origin).toBe('interim');
    const reg = await staff.post(`/api/v1/proposals/${late.proposalId}/register`, {
      categoryId: w.bodies.a.categories[1]!.categoryId,
    });
    expect(reg.body).toMatchObject({ number: 1, numberLabel: '平0001' });
    w.clock.set('2025-02-20T09:00:00+08:00');
  });

  it('returns the first answer to a retried submission with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'draft-abc-123' };
    const first = await member.post(
      '/api/v1/proposals',
      draftFor(w.bodies.a.sessionId, '重试的提案'),
      headers,
    );
    const again = await member.post(
      '/api/v1/proposals',
      draftFor(w.bodies.a.sessionId, '重试的提案'),
      headers,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.proposalId).toBe(first.body.proposalId);
    const list = await member.get('/api/v1/proposals?q=重试的提案');
    expect(list.body.total).toBe(1);
    // Concurrent duplicates of a submit store one transition.
    const submitHeaders = { 'idempotency-key': 'submit-xyz' };
    const [s1, s2] = await Promise.all([
      member.post(`/api/v1/proposals/${first.body.proposalId}/submit`, {}, submitHeaders),
      member.post(`/api/v1/proposals/${first.body.proposalId}/submit`, {}, submitHeaders),
    ]);
    expect([s1.status, s2.status]).toEqual([200, 200]);
    const events = (await member.get(`/api/v1/proposals/${first.body.proposalId}/events`)).body;
    expect(events.filter((e: { action: string }) => e.action === 'submit')).toHaveLength(1);
    // The same key for a different request is refused.
    const reused = await member.post(
      '/api/v1/proposals',
      draftFor(w.bodies.a.sessionId, '另一个'),
      headers,
    );
    expect(reused.status).toBe(422);
  });

  it('refuses an edit made against a stale version (no silent overwrite)', async () => {
    const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, '版本'))).body;
    const etag = (await member.get(`/api/v1/proposals/${p.proposalId}`)).headers.etag;
    expect(etag).toBe(`"${p.version}"`);
    const first = await member.patch(
      `/api/v1/proposals/${p.proposalId}`,
      { title: '版本（甲改）' },
      { 'if-match': String(etag) },
    );
    expect(first.status).toBe(200);
    const second = await member.patch(
      `/api/v1/proposals/${p.proposalId}`,
      { title: '版本（乙改）' },
      { 'if-match': String(etag) },
    );
    expect(second.status).toBe(412);
    expect(second.body.error.code).toBe('version_conflict');
    expect((await member.get(`/api/v1/proposals/${p.proposalId}`)).body.title).toBe('版本（甲改）');
    const missing = await member.patch(`/api/v1/proposals/${p.proposalId}`, { title: 'x' });
    expect(missing.status).toBe(428);
  });

  it('refuses an illegal transition with 409 and says what is allowed', async () => {
    const p = await submitted('非法转换');
    const res = await staff.post(`/api/v1/proposals/${p.proposalId}/publish`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'illegal_transition' });
    expect(res.body.error.allowedActions.sort()).toEqual([
      'merge',
      'register',
      'reject',
      'return_for_revision',
      'withdraw',
    ]);
    expect(res.body.error.messageZh).toContain('立案');
  });

  it('counts only co-signers who confirmed before submission', async () => {
    const me2 = (await member2.get('/api/v1/auth/me')).body;
    const p = (
      await member.post('/api/v1/proposals', {
        ...draftFor(w.bodies.a.sessionId, '联名'),
        cosignerUserIds: [me2.userId],
      })
    ).body;
    const sub = await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
    expect(sub.body.lapsedCosignerIds).toEqual([me2.userId]);
    const submitted = (await member.get(`/api/v1/proposals/${p.proposalId}`)).body;
    expect(submitted.cosigners).toEqual([
      expect.objectContaining({ userId: me2.userId, state: 'lapsed' }),
    ]);
    // The invitation lapsed: the proposal is no longer theirs to see or sign.
    const late = await member2.post(`/api/v1/proposals/${p.proposalId}/cosign`, { accept: true });
    expect(late.status).toBe(404);
  });

  it('names the field and the reason, in Chinese and English, for bad input', async () => {
    const res = await member.post('/api/v1/proposals', { sessionId: 'not-a-uuid', title: '' });
    expect(res.status).toBe(400);
    const fields = res.body.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['sessionId', 'title']);
    for (const f of res.body.error.fields) {
      expect(f.message).toMatch(/[a-z]/i);
      expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    const noText = (
      await member.post('/api/v1/proposals', { sessionId: w.bodies.a.sessionId, title: '只有标题' })
    ).body;
    const sub = await member.post(`/api/v1/proposals/${noText.proposalId}/submit`);
    expect(sub.status).toBe(400);
    expect(sub.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
      'problem',
      'suggestions',
    ]);
  });
});

describe.each(databaseKinds())('authentication on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(kind, { loginMaxFailures: 3, loginLockMinutes: 15 });
  });
  afterAll(async () => w.close());

  const login = (username: string, password: string) =>
    w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { body: 'alpha', username, password },
    });

  it('sets an httpOnly SameSite cookie and never stores the password', async () => {
    const res = await login('member', 'test-password-1');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login('member3', 'wrong-password')).statusCode).toBe(401);
    }
    const locked = await login('member3', 'test-password-1');
    expect(locked.statusCode).toBe(423);
    w.clock.advanceDays(1);
    expect((await login('member3', 'test-password-1')).statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await login('member', 'test-password-1');
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const write = await w.app.inject({
      method: 'POST',
      url: '/api/v1/proposals',
      headers: { cookie },
      payload: draftFor(w.bodies.a.sessionId),
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('csrf_failed');
    const read = await w.app.inject({
      method: 'GET',
      url: '/api/v1/proposals',
      headers: { cookie },
    });
    expect(read.statusCode).toBe(200);
  });

  it('answers health with the database checked', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { USERS, createWorld, draftFor, type Client, type World } from './harness.js';

/**
 * Who sees what. A proposal is set up in body alpha at each stage, then every user of both bodies
 * reads it; the expected answer comes from the rules in domain terms: a proposer sees their own and
 * co-signed proposals, a unit what is assigned to it, staff/leader/admin their whole body, and
 * nobody anything of another body.
 */
describe.each(databaseKinds())('access on %s', (kind) => {
  let w: World;
  const clients = new Map<string, Client>();
  let assignedId: string;
  let draftId: string;
  let publishedId: string;

  beforeAll(async () => {
    w = await createWorld(kind);
    for (const body of [w.bodies.a, w.bodies.b]) {
      for (const [username] of USERS) {
        clients.set(`${body.code}/${username}`, await w.login(body.code, username));
      }
    }
    const a = w.bodies.a;
    const c = (u: string) => clients.get(`alpha/${u}`)!;
    const member2 = (await c('member2').get('/api/v1/auth/me')).body;
    draftId = (
      await c('member').post('/api/v1/proposals', {
        ...draftFor(a.sessionId, '草稿'),
        cosignerUserIds: [member2.userId],
      })
    ).body.proposalId;
    const p = (await c('member').post('/api/v1/proposals', draftFor(a.sessionId, '已交办'))).body;
    assignedId = p.proposalId;
    await c('member').post(`/api/v1/proposals/${assignedId}/submit`);
    await c('staff').post(`/api/v1/proposals/${assignedId}/register`, {
      categoryId: a.categories[0]!.categoryId,
    });
    const res = await c('staff').post(`/api/v1/proposals/${assignedId}/assign`, {
      units: [
        { unitId: a.units.edu, role: 'lead' },
        { unitId: a.units.health, role: 'co' },
      ],
    });
    expect(res.status).toBe(200);
    publishedId = assignedId;
  });
  afterAll(async () => w.close());

  const expectedForAssigned: Record<string, number> = {
    admin: 200,
    staff: 200,
    leader: 200,
    member: 200,
    member2: 404,
    member3: 404,
    party: 404,
    'edu-clerk': 200,
    'edu-leader': 200,
    'health-clerk': 200,
    'health-leader': 200,
    'culture-clerk': 404,
    'culture-leader': 404,
  };

  it('answers each user of both bodies as the rules say, for an assigned proposal', async () => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const body of ['alpha', 'beta']) {
      for (const [username] of USERS) {
        const key = `${body}/${username}`;
        got[key] = (await clients.get(key)!.get(`/api/v1/proposals/${assignedId}`)).status;
        want[key] = body === 'alpha' ? expectedForAssigned[username]! : 404;
      }
    }
    expect(got).toEqual(want);
  });

  it('shows a draft to its owner and invited co-signer only, within the body', async () => {
    const visible = [];
    for (const body of ['alpha', 'beta']) {
      for (const [username] of USERS) {
        const res = await clients.get(`${body}/${username}`)!.get(`/api/v1/proposals/${draftId}`);
        if (res.status === 200) {
          visible.push(`${body}/${username}`);
        }
      }
    }
    // Staff, leaders and admins read their whole body, drafts included (they support members).
    expect(visible.sort()).toEqual([
      'alpha/admin',
      'alpha/leader',
      'alpha/member',
      'alpha/member2',
      'alpha/staff',
    ]);
  });

  it('lists only what each caller may see', async () => {
    const titles = async (key: string) =>
      (
        (await clients.get(key)!.get('/api/v1/proposals?pageSize=100')).body.items as {
          title: string;
        }[]
      )
        .map((i) => i.title)
        .sort();
    expect(await titles('alpha/member')).toEqual(['已交办', '草稿']);
    expect(await titles('alpha/member2')).toEqual(['草稿']);
    expect(await titles('alpha/edu-clerk')).toEqual(['已交办']);
    expect(await titles('alpha/culture-clerk')).toEqual([]);
    expect(await titles('beta/staff')).toEqual([]);
    expect(await titles('alpha/staff')).toEqual(['已交办', '草稿']);
  });

  it('refuses writes by the wrong role or relation, and any write across bodies', async () => {
    const a = w.bodies.a;
    const c = (k: string) => clients.get(k)!;
    // Another body's staff cannot register or assign alpha's proposals: it does not exist for them.
    expect(
      (
        await c('beta/staff').post(`/api/v1/proposals/${draftId}/register`, {
          categoryId: a.categories[0]!.categoryId,
        })
      ).status,
    ).toBe(404);
    // A unit clerk may not register; a member may not assign.
    expect(
      (
        await c('alpha/edu-clerk').post(`/api/v1/proposals/${draftId}/register`, {
          categoryId: a.categories[0]!.categoryId,
        })
      ).status,
    ).toBe(403);
    expect(
      (await c('alpha/member').post(`/api/v1/proposals/${assignedId}/assign`, { units: [] }))
        .status,
    ).toBe(403);
    // A co-handling unit cannot start handling (only the lead unit replies).
    expect(
      (await c('alpha/health-clerk').post(`/api/v1/proposals/${assignedId}/start`)).status,
    ).toBe(403);
    // A clerk cannot sign; only the unit leader does.
    expect(
      (await c('alpha/edu-clerk').post(`/api/v1/proposals/${assignedId}/replies/${draftId}/sign`))
        .status,
    ).toBe(403);
    // A co-signer cannot submit someone else's draft.
    expect((await c('alpha/member2').post(`/api/v1/proposals/${draftId}/submit`)).status).toBe(403);
    // Leaders read but do not act in the workflow.
    expect((await c('alpha/leader').post(`/api/v1/proposals/${draftId}/submit`)).status).toBe(403);
    // Nobody without a session gets anything but public data.
    const anon = await w.app.inject({ method: 'GET', url: `/api/v1/proposals/${assignedId}` });
    expect(anon.statusCode).toBe(401);
    // Admin endpoints are for administrators only.
    expect((await c('alpha/staff').post('/api/v1/units', { name: '市审计局' })).status).toBe(403);
    expect((await c('alpha/admin').post('/api/v1/units', { name: '市审计局' })).status).toBe(201);
  });

  it('keeps unpublished proposals off the public portal', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/public/proposals' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { proposalId: string }) => i.proposalId)).not.toContain(
      publishedId,
    );
  });
});

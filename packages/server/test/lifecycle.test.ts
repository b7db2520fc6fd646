import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSITIONS } from '@jianyan/shared';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/**
 * One proposal walked through the whole lifecycle over HTTP, as the people involved would do it,
 * plus the three review outcomes that end a proposal early (withdraw, reject, merge). The test
 * then checks the event log and that every transition of the lifecycle table was exercised.
 */
describe.each(databaseKinds())('the whole lifecycle over HTTP on %s', (kind) => {
  let w: World;
  let member: Client,
    member2: Client,
    staff: Client,
    eduClerk: Client,
    eduLeader: Client,
    healthClerk: Client;
  const seenActions = new Set<string>();

  beforeAll(async () => {
    w = await createWorld(kind);
    const code = w.bodies.a.code;
    [member, member2, staff, eduClerk, eduLeader, healthClerk] = await w.loginAs(code, [
      'member',
      'member2',
      'staff',
      'edu-clerk',
      'edu-leader',
      'health-clerk',
    ] as const);
  });
  afterAll(async () => w.close());

  const ok = (res: { status: number; body: any }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };

  it('carries a proposal from draft to a published reply', async () => {
    const a = w.bodies.a;
    const economy = a.categories.find((c) => c.area === 'society')!;
    const me2 = ok(await member2.get('/api/v1/auth/me'));

    // The member drafts and invites a co-signer, who confirms.
    let p = ok(
      await member.post('/api/v1/proposals', {
        ...draftFor(a.sessionId),
        cosignerUserIds: [me2.userId],
      }),
      201,
    );
    expect(p.state).toBe('draft');
    expect(p.cosigners).toEqual([
      expect.objectContaining({ userId: me2.userId, state: 'pending' }),
    ]);
    const id = p.proposalId;
    const invitations = ok(await member2.get('/api/v1/cosign-invitations'));
    expect(invitations.map((i: any) => i.proposalId)).toContain(id);
    p = ok(await member2.post(`/api/v1/proposals/${id}/cosign`, { accept: true }));
    expect(p.cosigners[0].state).toBe('confirmed');

    // Submitted before the deadline: a plenary proposal.
    p = ok(await member.post(`/api/v1/proposals/${id}/submit`));
    expect(p).toMatchObject({ state: 'submitted', origin: 'plenary' });

    // Staff return it (two subjects in one), the member edits and resubmits.
    p = ok(
      await staff.post(`/api/v1/proposals/${id}/return`, { comment: '一事一案，请删去第三条建议' }),
    );
    expect(p.state).toBe('draft');
    p = ok(
      await member.patch(
        `/api/v1/proposals/${id}`,
        { suggestions: '一是扩大普惠性资源；二是加强教师队伍建设。' },
        { 'if-match': `"${p.version}"` },
      ),
    );
    p = ok(await member.post(`/api/v1/proposals/${id}/submit`));
    expect(p.state).toBe('submitted');

    // Registered with the first number of the session; key proposal.
    p = ok(
      await staff.post(`/api/v1/proposals/${id}/register`, {
        categoryId: economy.categoryId,
        isKey: true,
      }),
    );
    expect(p).toMatchObject({
      state: 'registered',
      number: 1,
      numberLabel: '0001',
      isKey: true,
      categoryName: '社会建设',
    });

    // Assigned: education bureau leads, health commission co-handles; 3 months to reply.
    w.clock.set('2025-03-14T09:00:00+08:00');
    p = ok(
      await staff.post(`/api/v1/proposals/${id}/assign`, {
        units: [
          { unitId: a.units.edu, role: 'lead' },
          { unitId: a.units.health, role: 'co' },
        ],
      }),
    );
    expect(p.state).toBe('assigned');
    expect(new Date(p.replyDueAt).toISOString()).toBe('2025-06-14T15:59:59.999Z');

    // The lead unit objects; staff uphold the assignment.
    p = ok(
      await eduClerk.post(`/api/v1/proposals/${id}/objections`, { reason: '部分内容属卫健委职责' }),
      201,
    );
    const objectionId = p.objections[0].objectionId;
    p = ok(
      await staff.post(`/api/v1/proposals/${id}/objections/${objectionId}/resolve`, {
        resolution: 'upheld',
        note: '主办职责明确',
      }),
    );
    expect(p.objections[0].resolution).toBe('upheld');

    // The unit starts, contacts the member; the co-unit sends its opinion.
    p = ok(await eduClerk.post(`/api/v1/proposals/${id}/start`));
    expect(p.state).toBe('handling');
    w.clock.set('2025-03-21T09:00:00+08:00');
    ok(
      await eduClerk.post(`/api/v1/proposals/${id}/contacts`, {
        method: 'visit',
        contactedAt: '2025-03-20T10:00:00+08:00',
        summary: '上门听取委员意见',
      }),
      201,
    );
    p = ok(
      await healthClerk.post(`/api/v1/proposals/${id}/co-unit-opinions`, {
        text: '同意主办单位意见',
      }),
      201,
    );
    expect(p.coUnitOpinions).toHaveLength(1);

    // Class-B reply drafted by the clerk, signed by the leader.
    const draft = ok(
      await eduClerk.put(`/api/v1/proposals/${id}/reply-draft`, {
        replyClass: 'B',
        text: '正在列入计划逐步解决。',
      }),
    );
    // The member does not see an unsigned draft.
    expect(ok(await member.get(`/api/v1/proposals/${id}`)).replies).toHaveLength(0);
    p = ok(await eduLeader.post(`/api/v1/proposals/${id}/replies/${draft.reply.replyId}/sign`));
    expect(p.state).toBe('replied');
    expect(p.replies[0]).toMatchObject({ replyClass: 'B', signerName: 'alpha-edu-leader' });

    // Dissatisfied: rehandling with its own deadline (1 month).
    w.clock.set('2025-05-20T09:00:00+08:00');
    p = ok(
      await member.post(`/api/v1/proposals/${id}/feedback`, {
        verdict: 'dissatisfied',
        comment: '措施不够具体',
      }),
    );
    expect(p.state).toBe('rehandling');
    expect(p.rehandlingRounds).toEqual([expect.objectContaining({ round: 2 })]);
    expect(new Date(p.replyDueAt).toISOString()).toBe('2025-06-20T15:59:59.999Z');

    // The unit replies again (class A); the member is satisfied; staff publish.
    const again = ok(
      await eduClerk.put(`/api/v1/proposals/${id}/reply-draft`, {
        replyClass: 'A',
        text: '已新增普惠性幼儿园5所。',
      }),
    );
    expect(again.reply.round).toBe(2);
    p = ok(await eduLeader.post(`/api/v1/proposals/${id}/replies/${again.reply.replyId}/sign`));
    expect(p.state).toBe('replied');
    p = ok(await member.post(`/api/v1/proposals/${id}/feedback`, { verdict: 'satisfied' }));
    expect(p.state).toBe('closed');
    expect(p.allowedActions).toEqual([]);
    expect(ok(await staff.get(`/api/v1/proposals/${id}`)).allowedActions).toContain('publish');
    p = ok(await staff.post(`/api/v1/proposals/${id}/publish`));
    expect(p.publishedAt).not.toBeNull();
    // Published once: staff are no longer offered to publish it.
    expect(p.allowedActions).not.toContain('publish');

    // Anyone can read it on the portal, with both replies.
    const pub = await w.app.inject({
      method: 'GET',
      url: `/api/v1/public/proposals?body=${a.code}`,
    });
    const item = pub.json().items.find((i: any) => i.proposalId === id);
    expect(item.replies.map((r: any) => r.replyClass)).toEqual(['B', 'A']);

    // It has a stable address, and the body's Atom feed announces it.
    const one = await w.app.inject({
      method: 'GET',
      url: `/api/v1/public/bodies/${a.code}/proposals/${id}`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json().replies.map((r: any) => r.text)).toEqual([
      '正在列入计划逐步解决。',
      '已新增普惠性幼儿园5所。',
    ]);
    const feed = await w.app.inject({
      method: 'GET',
      url: `/api/v1/public/bodies/${a.code}/feed.atom`,
    });
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain(
      '<title type="html"><![CDATA[关于加快发展学前教育的提案]]></title>',
    );
    expect(feed.body).toContain('已新增普惠性幼儿园5所。');
    const other = ok(
      await member.post('/api/v1/proposals', draftFor(a.sessionId, '未公开的提案')),
      201,
    );
    const hidden = await w.app.inject({
      method: 'GET',
      url: `/api/v1/public/bodies/${a.code}/proposals/${other.proposalId}`,
    });
    expect(hidden.statusCode).toBe(404);

    // The event log tells the story, in order, with from/to states.
    const events = ok(await staff.get(`/api/v1/proposals/${id}/events`));
    const transitions = events
      .filter((e: any) => e.entity === 'proposal')
      .map((e: any) => `${e.action}:${e.fromState ?? ''}>${e.toState}`);
    expect(transitions).toEqual([
      'create:>draft',
      'invite_cosigners:draft>draft',
      'submit:draft>submitted',
      'return_for_revision:submitted>draft',
      'edit:draft>draft',
      'submit:draft>submitted',
      'register:submitted>registered',
      'assign:registered>assigned',
      'object:assigned>assigned',
      'resolve_objection:assigned>assigned',
      'start:assigned>handling',
      'co_unit_opinion:handling>handling',
      'reply:handling>replied',
      'feedback:replied>rehandling',
      'reply_again:rehandling>replied',
      'feedback:replied>closed',
      'publish:closed>closed',
    ]);
    expect(events.every((e: any) => e.actorName && e.at)).toBe(true);
    for (const e of events) {
      seenActions.add(e.action);
    }
  });

  it('ends proposals early: withdraw, reject with a reason, merge into a registered one', async () => {
    const a = w.bodies.a;
    const create = async (c: Client, title: string) => {
      const p = ok(await c.post('/api/v1/proposals', draftFor(a.sessionId, title)), 201);
      ok(await c.post(`/api/v1/proposals/${p.proposalId}/submit`));
      return p.proposalId as string;
    };
    const w1 = await create(member, '关于甲的提案');
    const p1 = ok(await member.post(`/api/v1/proposals/${w1}/withdraw`, { reason: '已解决' }));
    expect(p1.state).toBe('withdrawn');

    const r1 = await create(member, '关于乙的提案');
    const p2 = ok(
      await staff.post(`/api/v1/proposals/${r1}/reject`, {
        reasonCode: 'personal_matter',
        comment: '个人事务',
        destination: 'member_letter',
      }),
    );
    expect(p2.state).toBe('not_registered');
    expect(p2.decisions.at(-1)).toMatchObject({
      decision: 'reject',
      reasonCode: 'personal_matter',
      destination: 'member_letter',
    });

    const target = await create(member2, '关于丙的提案');
    ok(
      await staff.post(`/api/v1/proposals/${target}/register`, {
        categoryId: a.categories[0]!.categoryId,
      }),
    );
    const m1 = await create(member, '关于丙的另一提案');
    const p3 = ok(await staff.post(`/api/v1/proposals/${m1}/merge`, { intoProposalId: target }));
    expect(p3.state).toBe('merged');
    expect(p3.mergedInto).toMatchObject({ proposalId: target });

    // A withdrawn, rejected or merged proposal can never be assigned.
    for (const id of [w1, r1, m1]) {
      const res = await staff.post(`/api/v1/proposals/${id}/assign`, {
        units: [{ unitId: a.units.edu, role: 'lead' }],
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('illegal_transition');
    }
    // The merged proposal's proposer can read the proposal it was merged into.
    expect((await member.get(`/api/v1/proposals/${target}`)).status).toBe(200);
    for (const id of [w1, r1, m1]) {
      for (const e of ok(await staff.get(`/api/v1/proposals/${id}/events`))) {
        seenActions.add(e.action);
      }
    }
  });

  it('counts them in the statistics, each rate with its base', async () => {
    const o = ok(await staff.get(`/api/v1/statistics/overview?sessionId=${w.bodies.a.sessionId}`));
    expect(o.byState).toMatchObject({
      closed: 1,
      withdrawn: 1,
      not_registered: 1,
      merged: 1,
      registered: 1,
    });
    // Intake is counted as the review report counts it: only the first proposal came in by the
    // session's deadline; the four submitted in March are interim (平时) proposals, counted apart.
    expect({ received: o.received, registered: o.registered, interim: o.interim }).toEqual({
      received: 1,
      registered: 1,
      interim: 4,
    });
    expect(o.rates.registration).toEqual({
      numerator: 1,
      base: 1,
      baseName: 'received',
      percent: 100,
    });
    expect(o.rates.satisfaction).toMatchObject({ numerator: 1, base: 1, percent: 100 });
    expect(o.units).toEqual([
      expect.objectContaining({
        unitName: '市教育局',
        assigned: 1,
        replied: 1,
        repliedOnTime: 1,
        overdue: 0,
      }),
    ]);
    expect(o.keyProposals.map((k: { title: string }) => k.title)).toEqual([
      '关于加快发展学前教育的提案',
    ]);
    expect((await member.get('/api/v1/statistics/overview')).status).toBe(403);
  });

  it('draws the dashboard from the handling report: the same numbers for the same session', async () => {
    const q = `sessionId=${w.bodies.a.sessionId}`;
    const o = ok(await staff.get(`/api/v1/statistics/overview?${q}`));
    const h = ok(await staff.get(`/api/v1/reports/handling?${q}`));
    const asDashboard = (r: { count: number; of: number; percent: number | null }) => ({
      numerator: r.count,
      base: r.of,
      percent: r.percent,
    });
    // Something was handled, so the comparison is not between two empty reports.
    expect(h.assigned).toBeGreaterThan(0);
    expect(o.rates.reply).toMatchObject(asDashboard(h.replied));
    expect(o.rates.closure).toMatchObject(asDashboard(h.closed));
    expect(o.rates.satisfaction).toMatchObject(asDashboard(h.satisfaction.rate));
    expect(o.replyClasses).toEqual(
      Object.fromEntries(
        Object.entries(h.byReplyClass).map(([c, r]: [string, any]) => [c, r.count]),
      ),
    );
    const unitFigures = (u: any) => [u.unitName, u.assigned, u.replied, u.repliedOnTime, u.overdue];
    expect(o.units.map(unitFigures).sort()).toEqual(
      h.perUnit
        .map((u: any) =>
          unitFigures({ ...u, replied: u.replied.count, repliedOnTime: u.repliedOnTime.count }),
        )
        .sort(),
    );
  });

  it('tells each step to those it concerns, and records it, with the step itself', async () => {
    const a = w.bodies.a;
    const me2 = ok(await member2.get('/api/v1/auth/me'));
    const titles = async (c: Client) =>
      ((await c.get('/api/v1/notifications')).body.items as { title: string }[]).map(
        (n) => n.title,
      );
    const title = '关于推进社区食堂建设的提案';
    const p = ok(
      await member.post('/api/v1/proposals', {
        ...draftFor(a.sessionId, title),
        cosignerUserIds: [me2.userId],
      }),
      201,
    );
    // The co-signer never answers: the submission lapses the invitation, and says so.
    const receipt = ok(await member.post(`/api/v1/proposals/${p.proposalId}/submit`));
    expect(receipt.lapsedCosignerIds).toEqual([me2.userId]);
    expect(await titles(staff)).toContain(`收到新提交的提案《${title}》`);
    expect(await titles(member)).not.toContain(`收到新提交的提案《${title}》`);
    const submitted = ok(await staff.get(`/api/v1/proposals/${p.proposalId}/events`)).find(
      (e: any) => e.action === 'submit',
    );
    expect(submitted).toMatchObject({
      fromState: 'draft',
      toState: 'submitted',
      payload: { origin: expect.any(String), lapsedCosigners: [me2.userId] },
    });

    ok(
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: a.categories[0]!.categoryId,
      }),
    );
    expect(await titles(member)).toContain(`提案《${title}》已立案`);
    expect(await titles(member2)).not.toContain(`提案《${title}》已立案`);
    const registered = ok(await member.get(`/api/v1/proposals/${p.proposalId}`));
    expect(registered).toMatchObject({ state: 'registered', version: receipt.version + 1 });
  });

  it('exercised every transition of the lifecycle table', () => {
    const all = TRANSITIONS.map((t) => t.action);
    expect(all.filter((a) => !seenActions.has(a))).toEqual([]);
  });
});

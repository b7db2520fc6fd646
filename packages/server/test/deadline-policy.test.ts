import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerOnce } from '../src/modules/scheduler/scheduler.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/** The day an instant falls on in Beijing. */
const day = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The body's deadline rules (objection window, co-unit opinion, reply, extension ceiling) and the
 * reminders of the co-unit opinion and objection deadlines, with a clock the test moves. Proposals
 * are assigned on Fri 14 March 2025: objections close ten working days later (Fri 28 March), the
 * co-unit opinion is due one month later (Mon 14 April), the reply three months later (14 June).
 */
describe.each(databaseKinds())('deadline policy and co-unit/objection reminders on %s', (kind) => {
  let w: World;
  let admin: Client, staff: Client, member: Client;
  let eduClerk: Client, healthClerk: Client, healthLeader: Client;
  let first: string, second: string;

  const assigned = async (title: string) => {
    const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, title))).body;
    await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
    await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
      categoryId: w.bodies.a.categories[0]!.categoryId,
    });
    const res = await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
      units: [
        { unitId: w.bodies.a.units.edu, role: 'lead' },
        { unitId: w.bodies.a.units.health, role: 'co' },
      ],
    });
    expect(res.status).toBe(200);
    return p.proposalId as string;
  };
  const dueDays = async (id: string) =>
    Object.fromEntries(
      (
        (await staff.get(`/api/v1/proposals/${id}`)).body.assignments as {
          unitName: string;
          dueAt: string;
        }[]
      ).map((a) => [a.unitName, day(a.dueAt)]),
    );
  const titles = async (c: Client) =>
    ((await c.get('/api/v1/notifications')).body.items as { title: string }[]).map((n) => n.title);
  const run = () => runSchedulerOnce(w.database.db, w.clock.now());

  beforeAll(async () => {
    w = await createWorld(kind);
    [admin, staff, member, eduClerk, healthClerk, healthLeader] = await w.loginAs('alpha', [
      'admin',
      'staff',
      'member',
      'edu-clerk',
      'health-clerk',
      'health-leader',
    ] as const);
    w.clock.set('2025-03-14T09:00:00+08:00');
    first = await assigned('关于完善社区医疗服务的提案');
    second = await assigned('关于加强校园食品安全的提案');
  });
  afterAll(async () => w.close());

  it('shows the national defaults for a CPPCC committee', async () => {
    const res = await staff.get('/api/v1/deadline-policy');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'cppcc', itemKind: 'proposal' });
    expect(res.body.policy).toEqual({
      objectionWindowWorkingDays: 10,
      replyMonths: 3,
      coOpinionMonths: 1,
      rehandlingMonths: 1,
      maxReplyMonths: 6,
      feedbackWorkingDays: 15,
      feedbackDefault: 'satisfied',
    });
  });

  it('gives the co-handling unit an opinion deadline a month after assignment', async () => {
    const days = await dueDays(first);
    expect(Object.values(days).sort()).toEqual(['2025-04-14', '2025-06-14']);
  });

  it('reminds each unit once before its objection window closes', async () => {
    w.clock.set('2025-03-26T09:00:00+08:00'); // Wed: Thu 27 and Fri 28 March are left
    expect(await run()).toBeGreaterThan(0);
    expect(await run()).toBe(0);
    const objection = (await titles(healthClerk)).filter((t) => t.includes('异议期'));
    expect(objection.sort()).toEqual([
      '提案《关于加强校园食品安全的提案》的异议期还有2个工作日截止',
      '提案《关于完善社区医疗服务的提案》的异议期还有2个工作日截止',
    ]);
    expect((await titles(eduClerk)).filter((t) => t.includes('异议期'))).toHaveLength(2);
    // The window closed: no further reminder and no escalation.
    w.clock.set('2025-03-31T09:00:00+08:00');
    await run();
    expect((await titles(healthClerk)).filter((t) => t.includes('异议期'))).toHaveLength(2);
  });

  it('reminds a co-unit of its opinion once, and not after it sent the opinion', async () => {
    await eduClerk.post(`/api/v1/proposals/${second}/start`);
    const sent = await healthClerk.post(`/api/v1/proposals/${second}/co-unit-opinions`, {
      text: '建议加强校园食堂日常监管。',
    });
    expect(sent.status).toBe(201);
    w.clock.set('2025-04-08T09:00:00+08:00'); // Tue: 9–11 and 14 April are left
    await run();
    await run();
    const opinion = (await titles(healthClerk)).filter((t) => t.includes('会办意见'));
    expect(opinion).toEqual([
      '提案《关于完善社区医疗服务的提案》的会办意见距期限还有4个工作日，请及时送主办单位',
    ]);
  });

  it('escalates an overdue co-unit opinion to the unit’s leader and to staff', async () => {
    w.clock.set('2025-04-15T09:00:00+08:00');
    await run();
    const overdue = '提案《关于完善社区医疗服务的提案》的会办意见已超过期限，请督促办理';
    expect(await titles(healthLeader)).toContain(overdue);
    expect(await titles(staff)).toContain(overdue);
    expect(await titles(healthLeader)).not.toContain(
      '提案《关于加强校园食品安全的提案》的会办意见已超过期限，请督促办理',
    );
  });

  it('lets the administrator change the rules without moving deadlines already running', async () => {
    const refused = await staff.patch('/api/v1/body/settings', { replyMonths: 2 });
    expect(refused.status).toBe(403);
    const changed = await admin.patch('/api/v1/body/settings', {
      replyMonths: 2,
      coOpinionMonths: 2,
      maxReplyMonths: 4,
    });
    expect(changed.status).toBe(200);
    expect((await staff.get('/api/v1/deadline-policy')).body.policy).toMatchObject({
      replyMonths: 2,
      coOpinionMonths: 2,
      maxReplyMonths: 4,
    });
    // Running deadlines keep the rule they started with.
    expect(Object.values(await dueDays(first)).sort()).toEqual(['2025-04-14', '2025-06-14']);
    // A new assignment follows the new rule: 20 April → opinion and reply on 20 June.
    w.clock.set('2025-04-20T09:00:00+08:00');
    const third = await assigned('关于发展夜间经济的提案');
    expect(Object.values(await dueDays(third))).toEqual(['2025-06-20', '2025-06-20']);
    // The running assignment keeps its six-month ceiling: three more months (to 14 September)
    // is allowed although the policy now says four months in all.
    await eduClerk.post(`/api/v1/proposals/${first}/start`);
    const asked = await eduClerk.post(`/api/v1/proposals/${first}/extensions`, {
      months: 3,
      reason: '涉及多部门协调，需延期答复',
    });
    expect(asked.status).toBe(201);
  });

  it('rejects an impossible rule with the field named', async () => {
    const res = await admin.patch('/api/v1/body/settings', { coOpinionMonths: 0 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('coOpinionMonths');
  });
});

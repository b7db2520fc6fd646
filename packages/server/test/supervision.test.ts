import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerOnce } from '../src/modules/scheduler/scheduler.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/** The end of a Beijing local day, as the API sends deadlines. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

/**
 * 督办 under the shipped 13710 profile with a clock the test moves. Assigned on Tue 30 September
 * 2025, just before the National Day holiday (1–8 October; Sat 11 October is a make-up working
 * day): deploy by 9 October, progress by Sat 11 October, settle by 16 October, a major matter by
 * 30 October.
 */
describe.each(databaseKinds())('supervision on %s', (kind) => {
  let w: World;
  let staff: Client, leader: Client, clerk: Client, unitLeader: Client;
  let healthClerk: Client, member: Client, admin: Client, betaStaff: Client;
  let leaderId: string;
  let ordinaryId: string;
  let majorId: string;

  beforeAll(async () => {
    w = await createWorld(kind);
    [staff, leader, clerk, unitLeader, healthClerk, member, admin] = await w.loginAs('alpha', [
      'staff',
      'leader',
      'edu-clerk',
      'edu-leader',
      'health-clerk',
      'member',
      'admin',
    ] as const);
    betaStaff = await w.login('beta', 'staff');
    leaderId = (await leader.get('/api/v1/auth/me')).body.userId;
  });
  afterAll(async () => w.close());

  const run = () => runSchedulerOnce(w.database.db, w.clock.now());
  const titles = async (c: Client) =>
    ((await c.get('/api/v1/notifications')).body.items as { title: string }[]).map((n) => n.title);
  const item = async (c: Client, id: string) =>
    (await c.get(`/api/v1/supervision/items/${id}`)).body;
  const dues = (i: { stages: { stage: string; dueAt: string }[] }) =>
    Object.fromEntries(i.stages.map((s) => [s.stage, s.dueAt]));
  const statuses = (i: { stages: { stage: string; status: string }[] }) =>
    Object.fromEntries(i.stages.map((s) => [s.stage, s.status]));

  it('ships the 13710 profile as the default of every body', async () => {
    const res = await staff.get('/api/v1/supervision/options');
    expect(res.status).toBe(200);
    expect(res.body.profiles).toEqual([
      expect.objectContaining({
        code: '13710',
        deploy: { count: 1, unit: 'working_days' },
        progress: { count: 3, unit: 'working_days' },
        settle: { count: 7, unit: 'working_days' },
        settleMajor: { count: 1, unit: 'months' },
      }),
    ]);
    expect(res.body.leaders.map((l: { userId: string }) => l.userId)).toEqual([leaderId]);
  });

  it('counts the stage deadlines in working days across the National Day holiday', async () => {
    w.clock.set('2025-09-30T10:00:00+08:00');
    const ordinary = await staff.post('/api/v1/supervision/items', {
      title: '整治城区学校周边交通秩序',
      description: '上下学时段拥堵',
      unitIds: [w.bodies.a.units.edu],
      profileCode: '13710',
      leaderUserId: leaderId,
    });
    expect(ordinary.status).toBe(201);
    ordinaryId = ordinary.body.itemId;
    expect(dues(ordinary.body)).toEqual({
      deploy: endOf('2025-10-09'),
      progress: endOf('2025-10-11'), // the make-up Saturday counts
      settle: endOf('2025-10-16'),
    });
    expect(ordinary.body.leaderName).toBe('alpha-leader');
    expect(ordinary.body.units.map((u: { name: string }) => u.name)).toEqual(['市教育局']);

    const major = await leader.post('/api/v1/supervision/items', {
      title: '推进城区集中供热管网改造',
      unitIds: [w.bodies.a.units.edu],
      profileCode: '13710',
      major: true,
    });
    expect(major.status).toBe(201);
    majorId = major.body.itemId;
    expect(dues(major.body).settle).toBe(endOf('2025-10-30'));
    expect(await titles(clerk)).toContain(
      '督办事项《推进城区集中供热管网改造》已交办（13710工作制度），请按时研究部署、报告进展、办结',
    );
  });

  it('refuses bad input with the field and the reason in both languages', async () => {
    const res = await staff.post('/api/v1/supervision/items', {
      title: '未知规则',
      unitIds: [w.bodies.a.units.edu],
      profileCode: 'nope',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ field: 'profileCode', messageZh: '没有代码为“nope”的督办规则' }),
    ]);
    const foreignUnit = await staff.post('/api/v1/supervision/items', {
      title: '他人单位',
      unitIds: [w.bodies.b.units.edu],
      profileCode: '13710',
    });
    expect(foreignUnit.status).toBe(400);
    expect(foreignUnit.body.error.fields[0].field).toBe('unitIds');
  });

  it('shows members nothing, other units and other bodies nothing', async () => {
    expect((await member.get('/api/v1/supervision/items')).status).toBe(403);
    expect((await member.get(`/api/v1/supervision/items/${ordinaryId}`)).status).toBe(403);
    expect((await healthClerk.get(`/api/v1/supervision/items/${ordinaryId}`)).status).toBe(404);
    expect((await healthClerk.get('/api/v1/supervision/items')).body.items).toEqual([]);
    expect((await betaStaff.get(`/api/v1/supervision/items/${ordinaryId}`)).status).toBe(404);
    expect((await betaStaff.get('/api/v1/supervision/items')).body.items).toEqual([]);
    const mine = (await clerk.get('/api/v1/supervision/items')).body.items;
    expect(mine.map((i: { itemId: string }) => i.itemId).sort()).toEqual(
      [ordinaryId, majorId].sort(),
    );
    const other = await healthClerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'deploy',
      text: '已部署',
    });
    expect(other.status).toBe(404);
  });

  it('sends nothing during the holiday, and each stage reminder once on the day it is due', async () => {
    w.clock.set('2025-10-03T10:00:00+08:00'); // a holiday: one working day still to go
    expect(await run()).toBe(0);
    w.clock.set('2025-10-09T09:00:00+08:00'); // deploy due today, for both items
    expect(await run()).toBe(2);
    expect(await run()).toBe(0);
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const deployReminders = (await titles(clerk)).filter((t) => t.includes('今日须完成研究部署'));
    expect(deployReminders.sort()).toEqual([
      '督办事项《推进城区集中供热管网改造》今日须完成研究部署',
      '督办事项《整治城区学校周边交通秩序》今日须完成研究部署',
    ]);
  });

  it('escalates a missed stage once to the unit’s leader, staff and the supervising leader', async () => {
    const deployed = await clerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'deploy',
      text: '召开专题会议研究部署',
    });
    expect(deployed.status).toBe(200);
    expect(statuses(deployed.body).deploy).toBe('done');

    w.clock.set('2025-10-10T09:00:00+08:00'); // the major item was never deployed
    expect(statuses(await item(staff, majorId)).deploy).toBe('overdue');
    await run();
    expect(await run()).toBe(0);
    const escalation = '督办事项《推进城区集中供热管网改造》未按时研究部署，已超过期限，请督促办理';
    expect((await titles(unitLeader)).filter((t) => t === escalation)).toHaveLength(1);
    expect(await titles(staff)).toContain(escalation);
    expect(await titles(clerk)).not.toContain(escalation);
    // The ordinary item names a supervising leader; the major one does not.
    expect(await titles(leader)).not.toContain(escalation);
    // Progress of the ordinary item is due tomorrow (the make-up Saturday): its one reminder.
    expect(await titles(clerk)).toContain(
      '督办事项《整治城区学校周边交通秩序》距报告进展期限还有1个工作日',
    );
  });

  it('takes the stages in order and closes the item when the unit settles it', async () => {
    const early = await clerk.post(`/api/v1/supervision/items/${majorId}/stages`, {
      action: 'settle',
      text: '已办结',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.messageZh).toBe('请先报告研究部署情况');

    await clerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'progress',
      text: '已增派交警疏导',
    });
    w.clock.set('2025-10-13T16:00:00+08:00');
    const settled = await unitLeader.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'settle',
      text: '设置潮汐车道，拥堵缓解',
    });
    expect(settled.status).toBe(200);
    expect(settled.body.state).toBe('closed');
    expect(statuses(settled.body)).toEqual({ deploy: 'done', progress: 'done', settle: 'done' });
    expect(await titles(leader)).toContain('督办事项《整治城区学校周边交通秩序》已办结');
    const again = await clerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'progress',
      text: '补充',
    });
    expect(again.status).toBe(409);
  });

  it('lets a major matter give a timetable, which becomes its settle deadline', async () => {
    await clerk.post(`/api/v1/supervision/items/${majorId}/stages`, {
      action: 'deploy',
      text: '成立专班',
    });
    const bad = await clerk.post(`/api/v1/supervision/items/${majorId}/stages`, {
      action: 'timetable',
      text: '分三期改造',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('plannedDate');
    const res = await clerk.post(`/api/v1/supervision/items/${majorId}/stages`, {
      action: 'timetable',
      text: '分三期改造',
      plannedDate: '2025-12-31',
    });
    expect(res.status).toBe(200);
    expect(dues(res.body).settle).toBe(endOf('2025-12-31'));
    expect(statuses(res.body)).toEqual({ deploy: 'late', progress: 'overdue', settle: 'pending' });
    const ordinaryTimetable = await clerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'timetable',
      text: 'x',
      plannedDate: '2025-12-31',
    });
    expect(ordinaryTimetable.status).toBe(409); // already settled
  });

  it('rates a settled item, and a failed one returned reopens with a new settle deadline', async () => {
    expect(
      (
        await clerk.post(`/api/v1/supervision/items/${ordinaryId}/rating`, {
          rating: 'good',
        })
      ).status,
    ).toBe(403);
    const notPoor = await staff.post(`/api/v1/supervision/items/${ordinaryId}/rating`, {
      rating: 'good',
      returnItem: true,
    });
    expect(notPoor.status).toBe(400);
    expect(notPoor.body.error.fields[0]).toMatchObject({
      field: 'returnItem',
      messageZh: '只有评为不合格的事项可以退回重办',
    });
    expect(
      (await staff.post(`/api/v1/supervision/items/${majorId}/rating`, { rating: 'good' })).status,
    ).toBe(409);

    w.clock.set('2025-10-14T10:00:00+08:00');
    const returned = await staff.post(`/api/v1/supervision/items/${ordinaryId}/rating`, {
      rating: 'fail',
      comment: '群众仍反映拥堵，请重新办理',
      returnItem: true,
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ state: 'open', round: 2, rating: null, settledAt: null });
    expect(dues(returned.body).settle).toBe(endOf('2025-10-23'));
    expect(returned.body.records.map((r: { action: string }) => r.action)).toEqual([
      'deploy',
      'progress',
      'settle',
      'return',
    ]);
    expect(await titles(clerk)).toContain(
      '督办事项《整治城区学校周边交通秩序》评为不合格，已退回重新办理',
    );

    w.clock.set('2025-10-24T09:00:00+08:00'); // the returned item's new deadline passed
    await run();
    const reEscalation = '督办事项《整治城区学校周边交通秩序》未按时办结，已超过期限，请督促办理';
    expect(await titles(leader)).toContain(reEscalation);
    expect(await run()).toBe(0);

    await clerk.post(`/api/v1/supervision/items/${ordinaryId}/stages`, {
      action: 'settle',
      text: '增设临时停车区，拥堵消除',
    });
    const rated = await leader.post(`/api/v1/supervision/items/${ordinaryId}/rating`, {
      rating: 'excellent',
    });
    expect(rated.body).toMatchObject({ state: 'closed', rating: 'excellent', round: 2 });
    const twice = await staff.post(`/api/v1/supervision/items/${ordinaryId}/rating`, {
      rating: 'pass',
    });
    expect(twice.status).toBe(409);
  });

  it('counts open and closed items and the on-time rate per profile (交办事项办结率)', async () => {
    const res = await staff.get('/api/v1/supervision/metrics');
    expect(res.body.profiles).toEqual([
      {
        code: '13710',
        name: '13710工作制度',
        assigned: 2,
        open: 1,
        closed: 1,
        onTime: 0, // settled after its second deadline
        closureRate: 50,
        onTimeRate: 0,
      },
    ]);
    expect((await clerk.get('/api/v1/supervision/metrics')).status).toBe(403);
  });

  it('puts a key proposal under the profile with a supervising leader and notes', async () => {
    w.clock.set('2025-11-03T09:00:00+08:00');
    const draft = async (title: string, isKey: boolean) => {
      const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId, title)))
        .body;
      await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
        isKey,
      });
      await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
        units: [
          { unitId: w.bodies.a.units.edu, role: 'lead' },
          { unitId: w.bodies.a.units.health, role: 'co' },
        ],
      });
      return p.proposalId as string;
    };
    const keyId = await draft('关于推进托育服务体系建设的提案', true);
    const plainId = await draft('关于增设社区图书室的提案', false);
    const plain = await staff.post(`/api/v1/proposals/${plainId}/supervision`, {
      profileCode: '13710',
    });
    expect(plain.status).toBe(409);
    expect(plain.body.error.code).toBe('not_key_proposal');

    const res = await staff.post(`/api/v1/proposals/${keyId}/supervision`, {
      profileCode: '13710',
      major: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'proposal', proposalId: keyId, leaderName: null });
    // The lead unit answers for the stages; the co-handling unit sends its opinion as before.
    expect(res.body.units.map((u: { name: string }) => u.name)).toEqual(['市教育局']);
    expect(dues(res.body).settle).toBe(endOf('2025-12-03'));
    const twice = await staff.post(`/api/v1/proposals/${keyId}/supervision`, {
      profileCode: '13710',
    });
    expect(twice.body.error.code).toBe('already_supervised');

    const named = await staff.put(`/api/v1/supervision/items/${res.body.itemId}/leader`, {
      leaderUserId: leaderId,
    });
    expect(named.body.leaderName).toBe('alpha-leader');
    const notLeader = await staff.put(`/api/v1/supervision/items/${res.body.itemId}/leader`, {
      leaderUserId: (await clerk.get('/api/v1/auth/me')).body.userId,
    });
    expect(notLeader.body.error.fields[0].field).toBe('leaderUserId');

    await leader.post(`/api/v1/supervision/items/${res.body.itemId}/notes`, {
      text: '请教育局加快推进',
    });
    const proposal = (await leader.get(`/api/v1/proposals/${keyId}`)).body;
    expect(proposal.supervisionNotes.map((n: { text: string }) => n.text)).toEqual([
      '请教育局加快推进',
    ]);
    expect(proposal.supervision).toEqual({
      itemId: res.body.itemId,
      profileName: '13710工作制度',
      leaderName: 'alpha-leader',
      state: 'open',
    });
    // The proposer follows the handling, not the office's supervision.
    expect((await member.get(`/api/v1/proposals/${keyId}`)).body.supervision).toBeNull();
    expect((await item(leader, res.body.itemId)).notes).toHaveLength(1);
    // The unit works on the item but does not read the leaders' notes.
    expect((await item(clerk, res.body.itemId)).notes).toEqual([]);
    // A task keeps its notes on the item.
    await staff.post(`/api/v1/supervision/items/${majorId}/notes`, { text: '专班每周报进度' });
    expect((await item(staff, majorId)).notes.map((n: { text: string }) => n.text)).toEqual([
      '专班每周报进度',
    ]);
  });

  it('lets the body configure its profiles; items already assigned keep their rule', async () => {
    const before = dues(await item(staff, majorId));
    const dup = await admin.put('/api/v1/supervision/profiles', {
      profiles: [
        { ...(await staff.get('/api/v1/supervision/options')).body.profiles[0] },
        { ...(await staff.get('/api/v1/supervision/options')).body.profiles[0] },
      ],
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields[0].field).toBe('profiles');
    const quick = {
      code: '135',
      name: '135快办',
      deploy: { count: 1, unit: 'calendar_days' },
      progress: { count: 3, unit: 'calendar_days' },
      settle: { count: 5, unit: 'calendar_days' },
      settleMajor: { count: 2, unit: 'months' },
      remindWorkingDays: [0],
    };
    const saved = await admin.put('/api/v1/supervision/profiles', { profiles: [quick] });
    expect(saved.status).toBe(200);
    expect(dues(await item(staff, majorId))).toEqual(before);
    w.clock.set('2025-12-30T10:00:00+08:00'); // Tuesday; calendar days run over New Year's Day
    const task = await staff.post('/api/v1/supervision/items', {
      title: '清理冬季积雪',
      unitIds: [w.bodies.a.units.culture],
      profileCode: '135',
    });
    expect(dues(task.body)).toEqual({
      deploy: endOf('2025-12-31'),
      progress: endOf('2026-01-02'),
      settle: endOf('2026-01-04'),
    });
    const old = await staff.post('/api/v1/supervision/items', {
      title: '旧规则',
      unitIds: [w.bodies.a.units.culture],
      profileCode: '13710',
    });
    expect(old.body.error.fields[0].field).toBe('profileCode');
  });

  it('keeps reminding of other items when a timetable runs past the calendar’s years', async () => {
    const cultureClerk = await w.login('alpha', 'culture-clerk');
    const far = await staff.post('/api/v1/supervision/items', {
      title: '建设城市文化中心',
      unitIds: [w.bodies.a.units.culture],
      profileCode: '135',
      major: true,
    });
    await cultureClerk.post(`/api/v1/supervision/items/${far.body.itemId}/stages`, {
      action: 'deploy',
      text: '成立筹建组',
    });
    const timetable = await cultureClerk.post(
      `/api/v1/supervision/items/${far.body.itemId}/stages`,
      { action: 'timetable', text: '分期建设', plannedDate: '2029-06-30' },
    );
    expect(dues(timetable.body).settle).toBe(endOf('2029-06-30'));
    w.clock.set('2025-12-31T09:00:00+08:00');
    await run();
    expect(await titles(cultureClerk)).toContain('督办事项《清理冬季积雪》今日须完成研究部署');
  });
});

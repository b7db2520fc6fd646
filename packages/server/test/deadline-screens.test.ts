import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/** The Beijing day of an instant the API returns. */
const day = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * What the deadline screens read and write: extension requests by date with the six-month
 * ceiling, staff's list of pending requests, working-day countdowns in lists and on the proposal
 * page, the administrator's calendar edits and the deadline calculator, the days-to-reply figures.
 * Assigned on Friday 14 March 2025, the reply is due at the end of Saturday 14 June.
 */
describe.each(databaseKinds())('deadline screens on %s', (kind) => {
  let w: World;
  let admin: Client, member: Client, staff: Client, clerk: Client, leader: Client;
  let id: string;

  beforeAll(async () => {
    w = await createWorld(kind);
    [admin, member, staff, clerk, leader] = await w.loginAs('alpha', [
      'admin',
      'member',
      'staff',
      'edu-clerk',
      'edu-leader',
    ] as const);
    id = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body.proposalId;
    await member.post(`/api/v1/proposals/${id}/submit`);
    await staff.post(`/api/v1/proposals/${id}/register`, {
      categoryId: w.bodies.a.categories[0]!.categoryId,
    });
    w.clock.set('2025-03-14T09:00:00+08:00');
    await staff.post(`/api/v1/proposals/${id}/assign`, {
      units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
    });
    await clerk.post(`/api/v1/proposals/${id}/start`);
  });
  afterAll(async () => w.close());

  const listed = async (c: Client) =>
    ((await c.get('/api/v1/proposals?state=handling')).body.items as any[]).find(
      (p) => p.proposalId === id,
    );

  it('counts the working days left in the list and on the page, green, then yellow', async () => {
    w.clock.set('2025-06-03T09:00:00+08:00'); // 4–6 and 9–13 June: eight working days
    const item = await listed(clerk);
    expect(item.replyCountdown).toEqual({
      dueAt: '2025-06-14T15:59:59.999Z',
      workingDaysLeft: 8,
      overdue: false,
      level: 'green',
    });
    const page = (await member.get(`/api/v1/proposals/${id}`)).body;
    expect(page.replyCountdown).toMatchObject({ workingDaysLeft: 8, level: 'green' });
    expect(page.assignments[0].countdown).toMatchObject({ workingDaysLeft: 8 });
    w.clock.set('2025-06-05T09:00:00+08:00'); // six left: the first reminder's window
    expect((await listed(staff)).replyCountdown).toMatchObject({
      workingDaysLeft: 6,
      level: 'yellow',
    });
  });

  it('follows the body’s own holiday in the countdown, and shows the edit with its note', async () => {
    w.clock.set('2025-06-03T09:00:00+08:00');
    const set = await admin.put('/api/v1/calendar/overrides/2025-06-10', {
      kind: 'holiday',
      note: '市运动会放假一天',
    });
    expect(set.status).toBe(200);
    expect((await listed(clerk)).replyCountdown).toMatchObject({
      workingDaysLeft: 7,
      level: 'yellow',
    });
    const cal = (await staff.get('/api/v1/calendar?year=2025')).body;
    expect(cal.days.find((d: { date: string }) => d.date === '2025-06-10')).toEqual({
      date: '2025-06-10',
      official: null,
      local: { kind: 'holiday', note: '市运动会放假一天' },
      counts: 'holiday',
    });
    expect(cal.days.find((d: { date: string }) => d.date === '2025-09-28')).toEqual({
      date: '2025-09-28',
      official: { kind: 'workday', name: '调休上班' },
      local: null,
      counts: 'workday',
    });
    const removed = await admin.request('DELETE', '/api/v1/calendar/overrides/2025-06-10');
    expect(removed.status).toBe(200);
    expect((await listed(clerk)).replyCountdown.workingDaysLeft).toBe(8);
    const again = await admin.request('DELETE', '/api/v1/calendar/overrides/2025-06-10');
    expect(again.status).toBe(404);
  });

  it('refuses calendar edits that change nothing, and from anyone but the administrator', async () => {
    const holiday = await admin.put('/api/v1/calendar/overrides/2025-10-02', {
      kind: 'holiday',
      note: '国庆',
    });
    expect(holiday.status).toBe(400);
    expect(holiday.body.error.fields[0]).toMatchObject({ field: 'kind' });
    expect(holiday.body.error.fields[0].messageZh).toContain('已是休息日');
    const noNote = await admin.put('/api/v1/calendar/overrides/2025-10-09', { kind: 'holiday' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields[0].field).toBe('note');
    const byStaff = await staff.put('/api/v1/calendar/overrides/2025-10-09', {
      kind: 'holiday',
      note: '补休',
    });
    expect(byStaff.status).toBe(403);
    // A working day inside the official holiday: both are shown, the body's edit counts.
    const work = await admin.put('/api/v1/calendar/overrides/2025-10-08', {
      kind: 'workday',
      note: '本市调整为工作日',
    });
    expect(work.status).toBe(200);
    const cal = (await admin.get('/api/v1/calendar?year=2025')).body;
    expect(cal.days.find((d: { date: string }) => d.date === '2025-10-08')).toEqual({
      date: '2025-10-08',
      official: { kind: 'holiday', name: '国庆节、中秋节' },
      local: { kind: 'workday', note: '本市调整为工作日' },
      counts: 'workday',
    });
    await admin.request('DELETE', '/api/v1/calendar/overrides/2025-10-08');
  });

  it('computes a deadline across the National Day holiday and its make-up Saturday', async () => {
    const r = (await clerk.get('/api/v1/calendar/compute?from=2025-09-30&workingDays=3')).body;
    // 1–8 October are off; 9 and 10 October and the make-up Saturday 11 October count.
    expect(r.dueDate).toBe('2025-10-11');
    expect(r.skipped).toHaveLength(8);
    expect(r.skipped[0]).toEqual({ date: '2025-10-01', reason: '国庆节、中秋节' });
    const months = (await clerk.get('/api/v1/calendar/compute?from=2024-01-31&months=1')).body;
    expect(months.dueDate).toBe('2024-02-29');
    const both = await clerk.get('/api/v1/calendar/compute?from=2025-01-31&months=1&workingDays=2');
    expect(both.status).toBe(400);
    expect(both.body.error.fields[0].field).toBe('workingDays');
    const uncovered = await clerk.get('/api/v1/calendar/compute?from=2031-05-01&workingDays=2');
    expect(uncovered.status).toBe(400);
    expect(uncovered.body.error.fields[0]).toMatchObject({ field: 'from' });
  });

  it('asks for an extension by date within the ceiling shown, and staff find it in their list', async () => {
    w.clock.set('2025-06-05T09:00:00+08:00');
    const page = (await clerk.get(`/api/v1/proposals/${id}`)).body;
    expect(day(page.assignments[0].extensionCeiling.ceilingAt)).toBe('2025-09-14');
    expect(page.assignments[0].extensionCeiling.maxMonths).toBe(6);
    const tooLate = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      newDueDate: '2025-09-15',
      reason: '需多部门协调',
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.error.fields[0]).toMatchObject({ field: 'newDueDate' });
    expect(tooLate.body.error.fields[0].messageZh).toContain('2025-09-14');
    const earlier = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      newDueDate: '2025-06-01',
      reason: '需多部门协调',
    });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.fields[0].messageZh).toContain('须晚于');
    const both = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      newDueDate: '2025-08-01',
      months: 1,
      reason: '需多部门协调',
    });
    expect(both.status).toBe(400);
    const asked = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      newDueDate: '2025-09-14',
      reason: '需多部门协调',
    });
    expect(asked.status).toBe(201);

    expect((await clerk.get('/api/v1/extensions')).status).toBe(403);
    const pending = (await staff.get('/api/v1/extensions')).body;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      extensionId: asked.body.extensionId,
      proposalId: id,
      title: '关于加快发展学前教育的提案',
      unitName: expect.stringContaining('教育'),
      reason: '需多部门协调',
      state: 'pending',
    });
    expect(day(pending[0].fromDueAt)).toBe('2025-06-14');
    expect(day(pending[0].requestedDueAt)).toBe('2025-09-14');
    expect(day(pending[0].ceiling.ceilingAt)).toBe('2025-09-14');
  });

  it('moves the deadline once approved, and the proposer sees the new date and why', async () => {
    const [ext] = (await staff.get('/api/v1/extensions')).body;
    const decided = await staff.post(
      `/api/v1/proposals/${id}/extensions/${ext.extensionId}/decide`,
      {
        approve: true,
        note: '同意延期',
      },
    );
    expect(decided.status).toBe(200);
    expect((await staff.get('/api/v1/extensions')).body).toEqual([]);
    expect((await staff.get('/api/v1/extensions?state=approved')).body).toEqual([
      expect.objectContaining({ extensionId: ext.extensionId, decisionNote: '同意延期' }),
    ]);
    const seen = (await member.get(`/api/v1/proposals/${id}`)).body;
    expect(day(seen.replyDueAt)).toBe('2025-09-14');
    expect(seen.replyCountdown).toMatchObject({ level: 'green', overdue: false });
    expect(seen.extensions).toEqual([
      expect.objectContaining({
        state: 'approved',
        reason: '需多部门协调',
        decisionNote: '同意延期',
      }),
    ]);
    expect(day(seen.extensions[0].requestedDueAt)).toBe('2025-09-14');
  });

  it('marks an overdue deadline red with the working days past', async () => {
    w.clock.set('2025-09-16T09:00:00+08:00'); // Monday 15 and Tuesday 16 September
    expect((await listed(staff)).replyCountdown).toMatchObject({
      workingDaysLeft: -2,
      overdue: true,
      level: 'red',
    });
  });

  it('reports the mean and worst days to reply per unit, for the session', async () => {
    w.clock.set('2025-09-17T09:00:00+08:00');
    const draft = (
      await clerk.put(`/api/v1/proposals/${id}/reply-draft`, { replyClass: 'A', text: '已解决。' })
    ).body;
    await leader.post(`/api/v1/proposals/${id}/replies/${draft.reply.replyId}/sign`);
    expect((await listed(staff))?.replyCountdown ?? null).toBeNull();
    const report = (await staff.get(`/api/v1/reports/handling?sessionId=${w.bodies.a.sessionId}`))
      .body;
    // 14 March 09:00 to 17 September 09:00 (Beijing): 187 days.
    expect(report.maxDaysToReply).toBe(187);
    expect(report.perUnit).toEqual([
      expect.objectContaining({ avgDaysToReply: 187, maxDaysToReply: 187, assigned: 1 }),
    ]);
  });
});

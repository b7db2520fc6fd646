import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { webhookSms } from '../src/modules/notifications/sms.js';
import { runSchedulerOnce } from '../src/modules/scheduler/scheduler.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

/**
 * Reminders before a reply deadline and the escalation after it, with a clock the test moves.
 * Assigned on Fri 14 March 2025, the reply is due at the end of 14 June.
 */
describe.each(databaseKinds())('deadline reminders on %s', (kind) => {
  let w: World;
  let member: Client, staff: Client, clerk: Client, leader: Client;

  beforeAll(async () => {
    w = await createWorld(kind);
    [member, staff, clerk, leader] = await w.loginAs('alpha', [
      'member',
      'staff',
      'edu-clerk',
      'edu-leader',
    ] as const);
    const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body;
    await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
    await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
      categoryId: w.bodies.a.categories[0]!.categoryId,
    });
    w.clock.set('2025-03-14T09:00:00+08:00');
    const res = await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
      units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => w.close());

  const titles = async (c: Client) =>
    ((await c.get('/api/v1/notifications')).body.items as { title: string }[]).map((n) => n.title);
  const run = () => runSchedulerOnce(w.database.db, w.clock.now());

  it('tells the unit when a proposal is assigned to it', async () => {
    expect((await clerk.get('/api/v1/notifications')).body.unread).toBe(1);
    expect(await titles(clerk)).toEqual(['交办提案《关于加快发展学前教育的提案》，请及时办理']);
  });

  it('sends nothing while the deadline is more than seven working days away', async () => {
    w.clock.set('2025-06-03T09:00:00+08:00'); // eight working days left (4–6, 9–13 June)
    expect(await run()).toBe(0);
  });

  it('sends each reminder once, however often and by however many schedulers it runs', async () => {
    w.clock.set('2025-06-05T09:00:00+08:00'); // six working days left: the seven-day reminder
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    // A second server process on the same database.
    const other =
      kind === 'postgres'
        ? await openDatabase({ databaseUrl: (w.database as { url?: string }).url, poolSize: 4 })
        : w.database;
    const [a, b] = await Promise.all([run(), runSchedulerOnce(other.db, w.clock.now())]);
    expect(a + b).toBe(0);
    if (other !== w.database) {
      await other.close();
    }
    expect((await titles(clerk)).filter((t) => t.includes('距答复期限'))).toEqual([
      '提案《关于加快发展学前教育的提案》距答复期限还有6个工作日',
    ]);

    w.clock.set('2025-06-11T09:00:00+08:00'); // two left: the three-day reminder
    const [c, d] = await Promise.all([run(), run()]);
    expect(c + d).toBe(1);
    expect((await titles(clerk)).filter((t) => t.includes('距答复期限'))).toHaveLength(2);
  });

  it('escalates an overdue reply to the unit’s leader and to staff', async () => {
    w.clock.set('2025-06-16T09:00:00+08:00');
    expect(await run()).toBe(1);
    const overdue = '提案《关于加快发展学前教育的提案》已超过答复期限，请督促办理';
    expect(await titles(leader)).toContain(overdue);
    expect(await titles(staff)).toContain(overdue);
    expect(await titles(clerk)).not.toContain(overdue);
    expect(await run()).toBe(0);
    const list = await staff.get('/api/v1/proposals?overdue=true');
    expect(list.body.total).toBe(1);
  });

  it('marks notifications read', async () => {
    const before = (await clerk.get('/api/v1/notifications')).body;
    expect(before.unread).toBeGreaterThan(0);
    const after = await clerk.post('/api/v1/notifications/read', { ids: 'all' });
    expect(after.body.unread).toBe(0);
  });
});

describe('reminders across a restart of the embedded database', () => {
  it('sends nothing twice after the restart and catches up the window missed while down', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-restart-'));
    const w = await createWorld('pglite', {}, { dataDir });
    let reopened: Awaited<ReturnType<typeof openDatabase>> | undefined;
    try {
      const [member, staff] = await w.loginAs('alpha', ['member', 'staff'] as const);
      const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body;
      await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      w.clock.set('2025-03-14T09:00:00+08:00');
      await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
        units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
      });
      w.clock.set('2025-06-05T09:00:00+08:00'); // the seven-day reminder
      expect(await runSchedulerOnce(w.database.db, w.clock.now())).toBe(1);
      await w.close(); // the server stops (and releases the data folder)

      reopened = await openDatabase({ dataDir });
      await reopened.migrate();
      // Started again the same day: that reminder is not sent again.
      expect(await runSchedulerOnce(reopened.db, w.clock.now())).toBe(0);
      // Down over the three-day reminder's day: it goes out once on the next start.
      w.clock.set('2025-06-12T09:00:00+08:00');
      expect(await runSchedulerOnce(reopened.db, w.clock.now())).toBe(1);
      expect(await runSchedulerOnce(reopened.db, w.clock.now())).toBe(0);
    } finally {
      await reopened?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('e-mail notifications through a real SMTP server', () => {
  it('delivers each notification once to those who want it by e-mail', async () => {
    const { SMTPServer } = await import('smtp-server');
    const received: { to: string; subject: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
          for (const r of session.envelope.rcptTo) {
            received.push({ to: r.address, subject });
          }
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const { smtpMailer } = await import('../src/modules/notifications/mailer.js');
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'jianyan@localhost');
    const w = await createWorld('pglite');
    try {
      const [member, staff, clerk, leader] = await w.loginAs('alpha', [
        'member',
        'staff',
        'edu-clerk',
        'edu-leader',
      ] as const);
      await clerk.request('PATCH', '/api/v1/notifications/preferences', {
        email: 'clerk@edu.example',
      });
      await leader.request('PATCH', '/api/v1/notifications/preferences', {
        email: 'leader@edu.example',
        emailOptOut: ['assigned'],
      });
      const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body;
      await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
        units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
      });
      await runSchedulerOnce(w.database.db, w.clock.now(), mailer);
      await runSchedulerOnce(w.database.db, w.clock.now(), mailer);
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toBe('clerk@edu.example');
      expect(received[0]!.subject).toMatch(/=\?UTF-8\?|交办提案/);
    } finally {
      await w.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe.each(databaseKinds())('SMS deadline warnings through an HTTP gateway on %s', (kind) => {
  it('texts each deadline warning once to those who gave a mobile number, and nothing else', async () => {
    const received: { to: string; text: string; authorization?: string }[] = [];
    let refuseNext = 0;
    const gateway = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          res.writeHead(503).end();
          return;
        }
        const { to, text } = JSON.parse(raw) as { to: string; text: string };
        received.push({ to, text, authorization: req.headers.authorization });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const port = (gateway.address() as { port: number }).port;
    const sms = webhookSms(`http://127.0.0.1:${port}/send`, 'gateway-token');
    const w = await createWorld(kind);
    const run = () => runSchedulerOnce(w.database.db, w.clock.now(), undefined, sms);
    const titles = async (c: Client) =>
      ((await c.get('/api/v1/notifications')).body.items as { title: string }[]).map(
        (n) => n.title,
      );
    try {
      const [member, staff, clerk, leader] = await w.loginAs('alpha', [
        'member',
        'staff',
        'edu-clerk',
        'edu-leader',
      ] as const);
      const bad = await clerk.request('PATCH', '/api/v1/notifications/preferences', {
        mobile: '12345',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0]).toMatchObject({ field: 'mobile' });
      expect(bad.body.error.fields[0].messageZh).toContain('手机号码');
      await clerk.request('PATCH', '/api/v1/notifications/preferences', { mobile: '13800138000' });
      await leader.request('PATCH', '/api/v1/notifications/preferences', {
        mobile: '+8613900139000',
      });
      expect((await clerk.get('/api/v1/notifications/preferences')).body.mobile).toBe(
        '13800138000',
      );

      const p = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body;
      await member.post(`/api/v1/proposals/${p.proposalId}/submit`);
      await staff.post(`/api/v1/proposals/${p.proposalId}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      w.clock.set('2025-03-14T09:00:00+08:00');
      await staff.post(`/api/v1/proposals/${p.proposalId}/assign`, {
        units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
      });
      await run();
      // The assignment is in the app (and e-mail), not a text message.
      expect(received).toEqual([]);

      // Six working days before the deadline: the first reminder; the gateway is down once.
      w.clock.set('2025-06-05T09:00:00+08:00');
      refuseNext = 1;
      await expect(run()).rejects.toThrow(/503/);
      await run();
      await run();
      const sms6 =
        '【建言】提案《关于加快发展学前教育的提案》距答复期限还有6个工作日，请登录提案办理平台查看。';
      // The unit's clerk and leader are reminded, each once, in spite of the failed attempt.
      expect(received.map((r) => r.to).sort()).toEqual(['+8613900139000', '13800138000']);
      expect(received.every((r) => r.text === sms6)).toBe(true);
      expect(received.every((r) => r.authorization === 'Bearer gateway-token')).toBe(true);

      // Overdue: the escalation goes to the unit's leader and staff (who gave no number).
      w.clock.set('2025-06-16T09:00:00+08:00');
      await run();
      await run();
      const overdue = '提案《关于加快发展学前教育的提案》已超过答复期限，请督促办理';
      expect(await titles(staff)).toContain(overdue);
      // Each deadline warning in the app came once by SMS to those with a number, nothing else.
      const warnings = async (c: Client) =>
        (await titles(c))
          .filter((t) => t.includes('距答复期限') || t === overdue)
          .map((t) => `【建言】${t}，请登录提案办理平台查看。`)
          .sort();
      const textsTo = (to: string) =>
        received
          .filter((r) => r.to === to)
          .map((r) => r.text)
          .sort();
      expect(textsTo('+8613900139000')).toContain(`【建言】${overdue}，请登录提案办理平台查看。`);
      expect(textsTo('+8613900139000')).toEqual(await warnings(leader));
      expect(textsTo('13800138000')).toEqual(await warnings(clerk));
      expect(received).toHaveLength(
        (await warnings(leader)).length + (await warnings(clerk)).length,
      );
    } finally {
      await w.close();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
    }
  });
});

describe.each(databaseKinds())('extensions on %s', (kind) => {
  let w: World;
  let staff: Client, clerk: Client;
  let id: string;
  beforeAll(async () => {
    w = await createWorld(kind);
    const [member, s, c] = await w.loginAs('alpha', ['member', 'staff', 'edu-clerk'] as const);
    [staff, clerk] = [s, c];
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

  const dueDay = async () => {
    const p = (await staff.get(`/api/v1/proposals/${id}`)).body;
    return new Date(new Date(p.replyDueAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  };

  it('keeps an extension within six months of assignment, and moves the deadline once approved', async () => {
    w.clock.set('2025-06-01T09:00:00+08:00');
    const asked = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      months: 2,
      reason: '涉及多部门协调，需延期答复',
    });
    expect(asked.status).toBe(201);
    expect(await dueDay()).toBe('2025-06-14');
    const decided = await staff.post(
      `/api/v1/proposals/${id}/extensions/${asked.body.extensionId}/decide`,
      { approve: true, note: '同意' },
    );
    expect(decided.status).toBe(200);
    expect(await dueDay()).toBe('2025-08-14');
    // Two more months would pass six months from assignment (14 September).
    const tooLong = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      months: 2,
      reason: '再延两个月',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields[0]).toMatchObject({ field: 'months' });
    // Past the first deadline, the proposal is no longer overdue.
    w.clock.set('2025-06-20T09:00:00+08:00');
    expect((await staff.get('/api/v1/proposals?overdue=true')).body.total).toBe(0);
    const detail = (await staff.get(`/api/v1/proposals/${id}`)).body;
    expect(detail.extensions).toEqual([
      expect.objectContaining({ state: 'approved', reason: '涉及多部门协调，需延期答复' }),
    ]);
  });

  it('leaves the deadline where it was when staff refuse', async () => {
    const asked = await clerk.post(`/api/v1/proposals/${id}/extensions`, {
      months: 1,
      reason: '再延一个月',
    });
    await staff.post(`/api/v1/proposals/${id}/extensions/${asked.body.extensionId}/decide`, {
      approve: false,
    });
    expect(await dueDay()).toBe('2025-08-14');
    const again = await staff.post(
      `/api/v1/proposals/${id}/extensions/${asked.body.extensionId}/decide`,
      { approve: true },
    );
    expect(again.status).toBe(409);
  });
});

describe('a body’s own calendar and rules', () => {
  it('counts the objection window on the body’s calendar, and shows it to the administrator', async () => {
    const w = await createWorld('pglite');
    try {
      const [admin, member, staff] = await w.loginAs('alpha', [
        'admin',
        'member',
        'staff',
      ] as const);
      const set = await admin.request('PATCH', '/api/v1/body/settings', {
        objectionWindowDays: 1,
        calendar: { holidays: ['2025-03-17'], makeupWorkdays: [] },
      });
      expect(set.status).toBe(200);
      const bad = await admin.request('PATCH', '/api/v1/body/settings', {
        calendar: { holidays: ['17/03/2025'], makeupWorkdays: [] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].field).toBe('calendar.holidays.0');
      const id = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
        .proposalId;
      await member.post(`/api/v1/proposals/${id}/submit`);
      await staff.post(`/api/v1/proposals/${id}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      w.clock.set('2025-03-14T09:00:00+08:00'); // a Friday; Monday the 17th is the body's holiday
      const p = (
        await staff.post(`/api/v1/proposals/${id}/assign`, {
          units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
        })
      ).body;
      expect(p.assignments[0].objectionDueAt).toBe('2025-03-18T15:59:59.999Z');
      const cal = (await admin.get('/api/v1/calendar?year=2025')).body;
      expect(cal.holidays).toEqual(
        expect.arrayContaining([
          { date: '2025-03-17', name: '本地节假日' },
          { date: '2025-10-01', name: '国庆节、中秋节' },
        ]),
      );
      expect(cal.makeupWorkdays).toContain('2025-09-28');
      expect(cal.source).toContain('国办发明电');
    } finally {
      await w.close();
    }
  });
});

describe.each(databaseKinds())('the feedback window on %s', (kind) => {
  it('closes a replied proposal as satisfied when the proposer does not answer within 15 working days', async () => {
    const w = await createWorld(kind);
    try {
      const [member, staff, clerk, leader] = await w.loginAs('alpha', [
        'member',
        'staff',
        'edu-clerk',
        'edu-leader',
      ] as const);
      const id = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
        .proposalId;
      await member.post(`/api/v1/proposals/${id}/submit`);
      await staff.post(`/api/v1/proposals/${id}/register`, {
        categoryId: w.bodies.a.categories[0]!.categoryId,
      });
      await staff.post(`/api/v1/proposals/${id}/assign`, {
        units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
      });
      await clerk.post(`/api/v1/proposals/${id}/start`);
      // Replied on Friday 19 September: 15 working days count the make-up Sunday 28 September and
      // Saturday 11 October, skip 1–8 October, and end on Thursday 16 October.
      w.clock.set('2025-09-19T10:00:00+08:00');
      const draft = (
        await clerk.put(`/api/v1/proposals/${id}/reply-draft`, {
          replyClass: 'A',
          text: '已解决。',
        })
      ).body;
      await leader.post(`/api/v1/proposals/${id}/replies/${draft.reply.replyId}/sign`);
      w.clock.set('2025-10-16T20:00:00+08:00');
      await runSchedulerOnce(w.database.db, w.clock.now());
      expect((await member.get(`/api/v1/proposals/${id}`)).body.state).toBe('replied');
      w.clock.set('2025-10-17T08:00:00+08:00');
      await runSchedulerOnce(w.database.db, w.clock.now());
      const p = (await member.get(`/api/v1/proposals/${id}`)).body;
      expect(p.state).toBe('closed');
      expect(p.feedback).toEqual([
        expect.objectContaining({
          verdict: 'satisfied',
          comment: '提案者未在规定期限内反馈，按规定视为满意',
        }),
      ]);
      const last = (await staff.get(`/api/v1/proposals/${id}/events`)).body.at(-1);
      expect(last).toMatchObject({ action: 'feedback', toState: 'closed', actorUserId: null });
    } finally {
      await w.close();
    }
  });
});

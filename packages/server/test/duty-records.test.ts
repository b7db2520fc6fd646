import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentXml,
  paragraphs,
} from '../src/modules/reports/documents/docx-parts.test-support.js';
import { insertSpeech } from '../src/modules/speeches/speeches.queries.js';
import { databaseKinds } from './databases.js';
import { createWorld, draftFor, type Client, type World } from './harness.js';

function multipart(filename: string, content: Buffer) {
  const boundary = '----jianyan-duty-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function attendanceSheet(rows: (string | Date)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('考勤');
  sheet.addRow(['日期', '活动类型', '活动名称', '姓名', '出勤情况']);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Duty records in body alpha: member leads two proposals (one co-signed by member2) and gave one
 * speech; member2 leads one proposal co-signed by member; a plenary meeting where member was
 * present, member2 absent and member3 excused.
 */
describe.each(databaseKinds())('duty records on %s', (kind) => {
  let w: World;
  let staff: Client, member: Client, member2: Client, member3: Client, leader: Client;
  let betaStaff: Client, eduClerk: Client;
  const person: Record<string, string> = {};

  const download = async (client: Client, url: string) => {
    const res = await w.app.inject({
      method: 'GET',
      url,
      headers: { cookie: client.cookieHeader },
    });
    return { status: res.statusCode, body: res.rawPayload, type: res.headers['content-type'] };
  };
  const importFile = async (client: Client, content: Buffer) => {
    const { payload, contentType } = multipart('考勤.xlsx', content);
    return client.request('POST', '/api/v1/duty/attendance/import', payload, {
      'content-type': contentType,
    });
  };
  const record = async (client: Client, personId: string, year = 2025) =>
    client.get(`/api/v1/duty/records/${personId}?year=${year}`);
  const ranking = async () => (await staff.get('/api/v1/duty/records?year=2025')).body;

  beforeAll(async () => {
    w = await createWorld(kind);
    [staff, member, member2, member3, leader, eduClerk] = await w.loginAs('alpha', [
      'staff',
      'member',
      'member2',
      'member3',
      'leader',
      'edu-clerk',
    ] as const);
    betaStaff = await w.login('beta', 'staff');
    const users: Record<string, string> = {};
    for (const [name, c] of [
      ['member', member],
      ['member2', member2],
      ['member3', member3],
    ] as const) {
      const me = (await c.get('/api/v1/auth/me')).body;
      person[name] = me.personId;
      users[name] = me.userId;
    }
    const { sessionId, lateSessionId, bodyId } = w.bodies.a;
    const propose = async (c: Client, title: string, cosigner?: string, submit = true) => {
      const p = (
        await c.post('/api/v1/proposals', {
          ...draftFor(sessionId, title),
          ...(cosigner ? { cosignerUserIds: [users[cosigner]] } : {}),
        })
      ).body;
      expect(p.proposalId).toBeTruthy();
      if (cosigner) {
        const other = cosigner === 'member' ? member : member2;
        expect(
          (await other.post(`/api/v1/proposals/${p.proposalId}/cosign`, { accept: true })).status,
        ).toBe(200);
      }
      if (submit) {
        expect((await c.post(`/api/v1/proposals/${p.proposalId}/submit`)).status).toBe(200);
      }
      return p.proposalId as string;
    };
    await propose(member, '关于加快发展学前教育的提案', 'member2');
    await propose(member, '关于完善养老服务体系的提案');
    await propose(member, '尚未提交的草稿', undefined, false);
    await propose(member2, '关于发展低空经济的提案', 'member');
    const speech = (session: string, speakerName: string, position: number) =>
      insertSpeech(w.database.db, {
        bodyId,
        sessionId: session,
        position,
        titleLines: ['推动教育高质量发展', '办好人民满意的教育'],
        speakerName,
        speakerKind: 'member',
        problem: '问题',
        suggestions: '建议',
        source: 'digest',
      });
    await speech(sessionId, 'alpha-member', 1);
    // A speech of the 2024 session counts for 2024, not 2025.
    await speech(lateSessionId, 'alpha-member', 1);

    const activity = await staff.post('/api/v1/duty/activities', {
      heldOn: '2025-02-22',
      kind: 'plenary',
      title: '政协第四次会议第一次全体会议',
    });
    expect(activity.status).toBe(201);
    const res = await staff.put(`/api/v1/duty/activities/${activity.body.activityId}/attendance`, {
      entries: [
        { personId: person.member, status: 'present' },
        { personId: person.member2, status: 'absent' },
        { personId: person.member3, status: 'excused' },
      ],
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => w.close());

  it("counts a member's proposals led and co-signed, and speeches, from the proposals and speeches", async () => {
    const mine = (await member.get('/api/v1/duty/me?year=2025')).body;
    expect(mine.member.name).toBe('alpha-member');
    expect(mine.counts).toMatchObject({
      proposal_led: 2,
      proposal_cosigned: 1,
      speech: 1,
      plenary_present: 1,
      absent: 0,
    });
    expect(mine.proposalsLed.map((p: { title: string }) => p.title).sort()).toEqual([
      '关于加快发展学前教育的提案',
      '关于完善养老服务体系的提案',
    ]);
    expect(mine.proposalsCosigned.map((p: { title: string }) => p.title)).toEqual([
      '关于发展低空经济的提案',
    ]);
    expect(mine.speeches[0].title).toBe('推动教育高质量发展办好人民满意的教育');
    const other = (await record(staff, person.member2!)).body;
    expect(other.counts).toMatchObject({
      proposal_led: 1,
      proposal_cosigned: 1,
      speech: 0,
      absent: 1,
    });
    expect((await record(staff, person.member!, 2024)).body.counts).toMatchObject({
      proposal_led: 0,
      speech: 1,
    });
  });

  it('computes points and ranking from the configured weights; changing a weight changes the ranking', async () => {
    // Default scheme: 领衔 5, 附议 2, 发言 5, 出席全体会议 2, 缺席 -2.
    const before = await ranking();
    const row = (r: typeof before, name: string) =>
      r.members.find((m: { name: string }) => m.name === `alpha-${name}`);
    expect(row(before, 'member')).toMatchObject({ points: 2 * 5 + 2 + 5 + 2, rank: 1 });
    expect(row(before, 'member2')).toMatchObject({ points: 5 + 2 - 2, rank: 2 });
    expect(row(before, 'member3').points).toBe(0);
    const mine = (await member.get('/api/v1/duty/me?year=2025')).body;
    expect(mine.points).toBe(19);
    expect(mine.breakdown.find((l: { item: string }) => l.item === 'proposal_led')).toEqual({
      item: 'proposal_led',
      count: 2,
      weight: 5,
      points: 10,
    });

    expect((await member.put('/api/v1/duty/weights', { absent: -10 })).status).toBe(403);
    expect((await staff.put('/api/v1/duty/weights', { absent: 1000 })).status).toBe(400);
    // Absence can only cost points.
    expect((await staff.put('/api/v1/duty/weights', { absent: 20 })).status).toBe(400);
    const changed = await staff.put('/api/v1/duty/weights', { absent: -10 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ absent: -10, proposal_led: 5 });
    const after = await ranking();
    expect(row(after, 'member')).toMatchObject({ points: 19, rank: 1 });
    expect(row(after, 'member3')).toMatchObject({ points: 0, rank: 2 });
    expect(row(after, 'member2')).toMatchObject({ points: 5 + 2 - 10, rank: 3 });
    // The other body's scheme is its own.
    expect((await betaStaff.get('/api/v1/duty/weights')).body.absent).toBe(-2);
    await staff.put('/api/v1/duty/weights', { absent: -2 });
  });

  it('exports the ranking as Excel with Chinese headers', async () => {
    const file = await download(staff, '/api/v1/duty/records/export.xlsx?year=2025');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['排名', '姓名', '界别', '提案领衔（5分/项）']);
    expect(header.at(-1)).toBe('总积分');
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 2)).toEqual([1, 'alpha-member']);
    expect(first.at(-1)).toBe(19);
  });

  it('imports attendance from Excel all or nothing, naming every bad row', async () => {
    const activitiesBefore = (await staff.get('/api/v1/duty/activities?year=2025')).body.length;
    const bad = await importFile(
      staff,
      await attendanceSheet([
        ['2025-03-10', '调研', '乡村振兴专题调研', 'alpha-member', '出席'],
        ['2025-03-10', '调研', '乡村振兴专题调研', '查无此人', '出席'],
        ['2025/3/12', '视察', '重点项目视察', 'alpha-member2', '迟到'],
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('import_rejected');
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
      'line 3: 姓名',
      'line 4: 出勤情况',
    ]);
    expect((await staff.get('/api/v1/duty/activities?year=2025')).body).toHaveLength(
      activitiesBefore,
    );
    expect((await member.get('/api/v1/duty/me?year=2025')).body.counts.activity_present).toBe(0);

    const good = await importFile(
      staff,
      await attendanceSheet([
        [new Date(Date.UTC(2025, 2, 10)), '调研', '乡村振兴专题调研', 'alpha-member', '出席'],
        ['2025/3/12', '视察', '重点项目视察', 'alpha-member', '请假'],
        ['2025/3/12', '视察', '重点项目视察', 'alpha-member2', '出席'],
      ]),
    );
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ imported: 3, createdActivities: 2 });
    const mine = (await member.get('/api/v1/duty/me?year=2025')).body;
    expect(mine.counts).toMatchObject({ activity_present: 1, excused: 1, plenary_present: 1 });
    expect(mine.attendance.map((a: { heldOn: string }) => a.heldOn)).toEqual([
      '2025-02-22',
      '2025-03-10',
      '2025-03-12',
    ]);
    // Members cannot import.
    expect((await importFile(member, await attendanceSheet([]))).status).toBe(403);
  });

  it('counts public-opinion reports; only staff record adoption', async () => {
    const own = await member.post('/api/v1/duty/opinions', {
      title: '关于农村养老互助的建议',
      submittedOn: '2025-04-01',
      adopted: true,
    });
    expect(own.status).toBe(201);
    expect(own.body.adopted).toBe(false);
    expect(
      (
        await member.post('/api/v1/duty/opinions', {
          personId: person.member2,
          title: 'x',
          submittedOn: '2025-04-01',
        })
      ).status,
    ).toBe(403);
    const adopted = await staff.put(`/api/v1/duty/opinions/${own.body.reportId}/adoption`, {
      adopted: true,
      adoptionLevel: '省级',
    });
    expect(adopted.status).toBe(200);
    expect(
      (
        await betaStaff.put(`/api/v1/duty/opinions/${own.body.reportId}/adoption`, {
          adopted: false,
        })
      ).status,
    ).toBe(404);
    const mine = (await member.get('/api/v1/duty/me?year=2025')).body;
    expect(mine.counts).toMatchObject({ opinion_submitted: 1, opinion_adopted: 1 });
  });

  it('lets a member read only their own record, staff and leaders their body, nobody across bodies', async () => {
    expect((await record(member, person.member!)).status).toBe(200);
    expect((await record(member, person.member2!)).status).toBe(404);
    expect((await member.get('/api/v1/duty/records?year=2025')).status).toBe(403);
    expect((await record(leader, person.member2!)).status).toBe(200);
    expect((await record(eduClerk, person.member!)).status).toBe(403);
    expect((await record(betaStaff, person.member!)).status).toBe(404);
    expect(
      (await download(betaStaff, `/api/v1/duty/records/${person.member}/summary.docx?year=2025`))
        .status,
    ).toBe(404);
    const betaRanking = (await betaStaff.get('/api/v1/duty/records?year=2025')).body;
    expect(betaRanking.members.map((m: { name: string }) => m.name)).not.toContain('alpha-member');
    const activities = (await staff.get('/api/v1/duty/activities?year=2025')).body;
    expect(
      (await betaStaff.get(`/api/v1/duty/activities/${activities[0].activityId}`)).status,
    ).toBe(404);
    expect(
      (
        await betaStaff.put(`/api/v1/duty/activities/${activities[0].activityId}/attendance`, {
          entries: [{ personId: person.member, status: 'absent' }],
        })
      ).status,
    ).toBe(404);
  });

  it("renders the member's yearly summary as a Word document with their name and counts", async () => {
    const file = await download(
      member,
      `/api/v1/duty/records/${person.member}/summary.docx?year=2025`,
    );
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    const text = paragraphs(documentXml(file.body)).map((p) => p.text);
    expect(text[0]).toBe('alpha-member2025年度履职情况');
    const body = text.join('\n');
    expect(body).toContain('领衔提出提案2件，附议（联名）提案1件；作大会发言1次');
    expect(body).toContain('政协alpha市委员会');
    const years = (await member.get('/api/v1/duty/years')).body;
    expect(years).toEqual({ years: [2025, 2024], latestWithData: 2025 });
    const page = (await member.get(`/api/v1/duty/records/${person.member}/summary?year=2025`)).body;
    expect(page.paragraphs[0]).toContain('领衔提出提案2件');
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskPath } from '../src/modules/attachments/file-store.js';
import { databaseKinds } from './databases.js';
import { createWorld, type Client, type World } from './harness.js';
import { PDF, multipartFile } from './security-fixtures.js';

const REPORT_2026 = fs.readFileSync(
  path.resolve(
    'packages/server/src/modules/pledges/extraction/fixtures/jinzhong-government-work-report-2026.txt',
  ),
);

interface Target {
  targetId: string;
  indicator: string;
  quantity: number;
  unit: string;
  comparison: string;
  sentence: string;
  status: string;
  origin: string;
  units: { unitId: string; name: string; isLead: boolean }[];
  latestProgress: { unitName: string; quarter: number; percent: number | null } | null;
}

/** The end of a Beijing day, as the API writes a closing time. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

/** Uploads a report file as staff would from the page. */
const upload = (c: Client, url: string, name: string, content: Buffer, type = 'text/plain') => {
  const f = multipartFile(name, content, type);
  return c.inject({ method: 'POST', url, payload: f.payload, headers: f.headers });
};

/**
 * Government work report tracking through the API: staff import the 2026 Jinzhong report, review
 * what was read, assign a target to units; the units report quarterly progress with evidence;
 * members follow it and raise a proposal about it. Units see only their targets; another body
 * sees nothing; a failed import stores nothing.
 */
describe.each(databaseKinds())('government work report targets on %s', (kind) => {
  let w: World;
  let staff: Client, member: Client, eduClerk: Client, healthClerk: Client, cultureClerk: Client;
  let betaStaff: Client, betaMember: Client;
  let reportId: string;
  let all: Target[];
  const find = (indicator: string) => all.find((t) => t.indicator === indicator)!;

  beforeAll(async () => {
    w = await createWorld(kind);
    w.clock.set('2026-04-10T10:00:00+08:00'); // the second quarter of the report's year
    [staff, member, eduClerk, healthClerk, cultureClerk] = await w.loginAs('alpha', [
      'staff',
      'member',
      'edu-clerk',
      'health-clerk',
      'culture-clerk',
    ] as const);
    [betaStaff, betaMember] = await w.loginAs('beta', ['staff', 'member'] as const);
  });
  afterAll(async () => w.close());

  it('imports the 2026 report: every target is listed for review with what it was read from', async () => {
    const res = await upload(
      staff,
      '/api/v1/work-reports?year=2026',
      '政府工作报告.txt',
      REPORT_2026,
    );
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json<{ reportId: string; year: number; extracted: number }>();
    expect(report.year).toBe(2026);
    reportId = report.reportId;

    all = (await staff.get(`/api/v1/targets?reportId=${reportId}`)).body.items;
    expect(all).toHaveLength(report.extracted);
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.every((t) => t.status === 'extracted' && t.origin === 'extracted')).toBe(true);
    const jobs = find('城镇新增就业');
    expect(jobs).toMatchObject({ quantity: 3.5, unit: '万人', comparison: 'exactly' });
    expect(jobs.sentence).toContain('城镇新增就业3.5万人');
    expect(find('新建“四好农村路”')).toMatchObject({
      quantity: 200,
      unit: '公里',
      comparison: 'at_least',
    });
    const listed = (await staff.get('/api/v1/work-reports')).body.items;
    expect(listed).toEqual([
      expect.objectContaining({ reportId, year: 2026, counts: { extracted: all.length } }),
    ]);
  });

  it('shows members and units nothing before staff confirm it', async () => {
    expect((await member.get('/api/v1/targets')).body.items).toEqual([]);
    expect((await eduClerk.get('/api/v1/targets')).body.items).toEqual([]);
    expect((await member.get(`/api/v1/targets/${find('城镇新增就业').targetId}`)).status).toBe(404);
  });

  it('lets staff confirm, correct, reject and add missed targets', async () => {
    const jobs = find('城镇新增就业');
    const confirmed = await staff.post(`/api/v1/targets/${jobs.targetId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');

    const garbled = find('晋中灵石');
    const edited = await staff.patch(`/api/v1/targets/${garbled.targetId}`, {
      indicator: '晋中灵石项目',
    });
    expect(edited.body.indicator).toBe('晋中灵石项目');
    expect((await staff.post(`/api/v1/targets/${garbled.targetId}/reject`)).body.status).toBe(
      'rejected',
    );

    const bad = await staff.patch(`/api/v1/targets/${jobs.targetId}`, { comparison: 'roughly' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('comparison');
    expect(bad.body.error.messageZh).toContain('comparison');

    const added = await staff.post(`/api/v1/work-reports/${reportId}/targets`, {
      indicator: '新增城镇公办幼儿园学位',
      quantity: 2000,
      unit: '个',
      comparison: 'at_least',
      sentence: '新增城镇公办幼儿园学位2000个以上。',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: 'confirmed', origin: 'manual', year: 2026 });
  });

  it('assigns a confirmed target to units with exactly one lead', async () => {
    const jobs = find('城镇新增就业');
    const url = `/api/v1/targets/${jobs.targetId}/units`;
    const { edu, health } = w.bodies.a.units;
    const noLead = await staff.put(url, { units: [{ unitId: edu, lead: false }] });
    expect(noLead.status).toBe(400);
    expect(noLead.body.error.fields).toEqual([
      expect.objectContaining({ field: 'units', messageZh: expect.stringContaining('牵头单位') }),
    ]);
    const twoLeads = await staff.put(url, {
      units: [
        { unitId: edu, lead: true },
        { unitId: health, lead: true },
      ],
    });
    expect(twoLeads.status).toBe(400);
    const foreign = await staff.put(url, { units: [{ unitId: w.bodies.b.units.edu, lead: true }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].field).toBe('units');
    const unconfirmed = await staff.put(
      `/api/v1/targets/${find('新建“四好农村路”').targetId}/units`,
      { units: [{ unitId: edu, lead: true }] },
    );
    expect(unconfirmed.status).toBe(409);

    const ok = await staff.put(url, {
      units: [
        { unitId: health, lead: false },
        { unitId: edu, lead: true },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.units.map((u: { name: string; isLead: boolean }) => [u.name, u.isLead])).toEqual(
      [
        ['市教育局', true],
        ['市卫生健康委员会', false],
      ],
    );
    // Given to units, it can no longer be rejected.
    expect((await staff.post(`/api/v1/targets/${jobs.targetId}/reject`)).status).toBe(409);
  });

  it('lets the assigned units report this quarter’s progress with evidence, and no other', async () => {
    const jobs = find('城镇新增就业');
    const url = `/api/v1/targets/${jobs.targetId}/progress`;
    const q2 = { quarter: 2, text: '新增就业1.2万人', currentValue: '1.2万人', percent: 34 };
    const first = await eduClerk.put(url, { ...q2, status: 'on_track' });
    expect(first.status).toBe(200);
    // Corrected the same quarter: still one report.
    const again = await eduClerk.put(url, { ...q2, percent: 36, status: 'on_track' });
    expect(again.body.progress).toHaveLength(1);
    expect(again.body.progress[0]).toMatchObject({ quarter: 2, percent: 36, unitName: '市教育局' });

    // The first quarter can still be reported for 15 working days after it ends (Qingming's
    // 4–6 April not counted); the second closes in July.
    expect((await eduClerk.get(`/api/v1/targets/${jobs.targetId}`)).body.openQuarters).toEqual([
      { year: 2026, quarter: 1, closesAt: endOfDay('2026-04-22') },
      { year: 2026, quarter: 2, closesAt: endOfDay('2026-07-21') },
    ]);
    const early = await eduClerk.put(url, { ...q2, quarter: 3, status: 'on_track' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0].field).toBe('quarter');
    const badStatus = await eduClerk.put(url, { ...q2, status: 'fine' });
    expect(badStatus.body.error.fields[0].field).toBe('status');

    const health = await healthClerk.put(url, {
      quarter: 2,
      text: '配合开展职业技能培训',
      status: 'at_risk',
    });
    expect(health.status).toBe(200);
    // Each unit sees its own reports only.
    expect(health.body.progress.map((p: { unitName: string }) => p.unitName)).toEqual([
      '市卫生健康委员会',
    ]);

    const progressId = again.body.progress[0].progressId as string;
    const f = multipartFile('就业台账.pdf', PDF);
    const evidence = await eduClerk.request(
      'POST',
      `/api/v1/target-progress/${progressId}/evidence`,
      f.payload,
      f.headers,
    );
    expect(evidence.status).toBe(201);
    const exe = multipartFile('a.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]));
    const refused = await eduClerk.request(
      'POST',
      `/api/v1/target-progress/${progressId}/evidence`,
      exe.payload,
      exe.headers,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].field).toBe('file');
    // Health cannot add evidence to education's report.
    const other = await healthClerk.request(
      'POST',
      `/api/v1/target-progress/${progressId}/evidence`,
      f.payload,
      f.headers,
    );
    expect(other.status).toBe(404);

    const download = await member.inject({
      method: 'GET',
      url: `/api/v1/target-evidence/${evidence.body.evidenceId}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('keeps a unit without the assignment out', async () => {
    const jobs = find('城镇新增就业');
    expect((await cultureClerk.get('/api/v1/targets')).body.items).toEqual([]);
    expect((await cultureClerk.get(`/api/v1/targets/${jobs.targetId}`)).status).toBe(404);
    const write = await cultureClerk.put(`/api/v1/targets/${jobs.targetId}/progress`, {
      quarter: 2,
      text: '无关单位',
      status: 'on_track',
    });
    expect(write.status).toBe(404);
    const detail = (await member.get(`/api/v1/targets/${jobs.targetId}`)).body;
    const evidenceId = detail.progress.flatMap((p: { evidence: { evidenceId: string }[] }) =>
      p.evidence.map((e) => e.evidenceId),
    )[0];
    expect((await cultureClerk.get(`/api/v1/target-evidence/${evidenceId}`)).status).toBe(404);
    const eduTargets = (await eduClerk.get('/api/v1/targets')).body.items as Target[];
    expect(eduTargets.map((t) => t.indicator)).toEqual(['城镇新增就业']);
  });

  it('shows members the confirmed targets with the lead unit’s latest progress', async () => {
    const items = (await member.get('/api/v1/targets')).body.items as Target[];
    expect(items.map((t) => t.indicator).sort()).toEqual(
      ['城镇新增就业', '新增城镇公办幼儿园学位'].sort(),
    );
    const jobs = items.find((t) => t.indicator === '城镇新增就业')!;
    expect(jobs.latestProgress).toMatchObject({ unitName: '市教育局', quarter: 2, percent: 36 });
    expect((await member.get(`/api/v1/targets/${find('晋中灵石').targetId}`)).status).toBe(404);
    expect((await member.get('/api/v1/targets?status=extracted')).body.items).toEqual([]);
    const rejected = (await staff.get('/api/v1/targets?status=rejected')).body.items as Target[];
    expect(rejected.map((t) => t.indicator)).toEqual(['晋中灵石项目']);
  });

  it('lets a member raise a proposal about a target, as their own draft linked to it', async () => {
    const jobs = find('城镇新增就业');
    const raised = await member.post(`/api/v1/targets/${jobs.targetId}/proposal`, {
      suggestions: '加大高校毕业生就业支持力度。',
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const proposal = (await member.get(`/api/v1/proposals/${raised.body.proposalId}`)).body;
    expect(proposal.state).toBe('draft');
    expect(proposal.title).toContain('城镇新增就业');
    expect(proposal.problem).toContain('城镇新增就业3.5万人');
    expect(proposal.suggestions).toBe('加大高校毕业生就业支持力度。');
    const seen = (await member.get(`/api/v1/targets/${jobs.targetId}`)).body.proposals;
    expect(seen.map((p: { proposalId: string }) => p.proposalId)).toEqual([raised.body.proposalId]);
    expect((await staff.get(`/api/v1/targets/${jobs.targetId}`)).body.proposals).toHaveLength(1);
    // Submitting it follows the ordinary lifecycle.
    const submitted = await member.post(`/api/v1/proposals/${raised.body.proposalId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('submitted');
  });

  it('answers 404 to another body for every target, report and evidence', async () => {
    const jobs = find('城镇新增就业');
    expect((await betaStaff.get(`/api/v1/targets/${jobs.targetId}`)).status).toBe(404);
    expect((await betaStaff.post(`/api/v1/targets/${jobs.targetId}/confirm`)).status).toBe(404);
    expect((await betaMember.post(`/api/v1/targets/${jobs.targetId}/proposal`)).status).toBe(404);
    expect(
      (
        await betaStaff.post(`/api/v1/work-reports/${reportId}/targets`, {
          indicator: '某指标',
          quantity: 1,
          unit: '个',
          comparison: 'exactly',
          sentence: '某句。',
        })
      ).status,
    ).toBe(404);
    expect((await betaStaff.get('/api/v1/targets')).body.items).toEqual([]);
    expect((await betaStaff.get('/api/v1/work-reports')).body.items).toEqual([]);
  });

  it('stores nothing when an import fails', async () => {
    const count = async () => (await staff.get('/api/v1/targets')).body.items.length as number;
    const before = await count();
    // The same year again.
    const again = await upload(staff, '/api/v1/work-reports?year=2026', 'r.txt', REPORT_2026);
    expect(again.statusCode).toBe(409);
    // A GBK file (not UTF-8).
    const gbk = Buffer.from([
      0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6,
    ]);
    const wrongEncoding = await upload(staff, '/api/v1/work-reports?year=2025', 'r.txt', gbk);
    expect(wrongEncoding.statusCode).toBe(400);
    expect(wrongEncoding.json().error.fields[0].field).toBe('file');
    // A year the report has no plan for.
    const wrongYear = await upload(staff, '/api/v1/work-reports?year=2031', 'r.txt', REPORT_2026);
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.fields[0]).toMatchObject({ field: 'year' });
    expect(wrongYear.json().error.messageZh).toContain('2031');
    const noYear = await upload(staff, '/api/v1/work-reports', 'r.txt', REPORT_2026);
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.fields[0].field).toBe('year');

    expect(await count()).toBe(before);
    const years = (await staff.get('/api/v1/work-reports')).body.items.map(
      (r: { year: number }) => r.year,
    );
    expect(years).toEqual([2026]);
  });

  it('keeps a quarter open for 15 working days after it ends, across the new year', async () => {
    const jobs = find('城镇新增就业');
    const report = (quarter: number) =>
      eduClerk.put(`/api/v1/targets/${jobs.targetId}/progress`, {
        quarter,
        text: `第${quarter}季度新增就业情况`,
        status: 'on_track',
      });
    const openOf = async () =>
      (await eduClerk.get(`/api/v1/targets/${jobs.targetId}`)).body.openQuarters;
    const q4 = { year: 2026, quarter: 4, closesAt: endOfDay('2027-01-22') };

    // After the National Day holiday the third quarter's grace runs to 27 October (the
    // 10 October make-up Saturday counts) while the fourth has begun.
    w.clock.set('2026-10-20T10:00:00+08:00');
    expect(await openOf()).toEqual([
      { year: 2026, quarter: 3, closesAt: endOfDay('2026-10-27') },
      q4,
    ]);

    // In November only the fourth quarter is open; the next year's first has not begun.
    w.clock.set('2026-11-16T10:00:00+08:00');
    expect(await openOf()).toEqual([q4]);
    expect((await eduClerk.get('/api/v1/targets')).body.openQuarters).toEqual([q4]);

    // 8 January 2027: 2026's fourth quarter is reported now; its third is closed.
    w.clock.set('2027-01-08T09:00:00+08:00');
    const written = await report(4);
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body.openQuarters).toEqual([q4]);
    expectWindowClosed(await report(3), '2026年7月1日至2026年10月27日', '2026-07-01 to 2026-10-27');
    // The unit's list offers the open quarter with its report, beside the new year's first.
    const listed = (await eduClerk.get('/api/v1/targets')).body;
    expect(listed.openQuarters).toEqual([
      q4,
      { year: 2027, quarter: 1, closesAt: endOfDay('2027-04-22') },
    ]);
    const mine = listed.items.find((t: Target) => t.targetId === jobs.targetId);
    expect(mine.openQuarters).toEqual([
      { ...q4, report: expect.objectContaining({ quarter: 4, text: '第4季度新增就业情况' }) },
    ]);

    // The last day of the grace (Friday 22 January) still takes a correction; the Monday after
    // refuses it, naming the window, and its evidence too.
    w.clock.set('2027-01-22T17:30:00+08:00');
    expect((await report(4)).status).toBe(200);
    w.clock.set('2027-01-25T09:00:00+08:00');
    expectWindowClosed(await report(4), '2026年10月1日至2027年1月22日', '2026-10-01 to 2027-01-22');
    expect(await openOf()).toEqual([]);
    const late = Buffer.concat([PDF, Buffer.from('% 窗口关闭后\n')]);
    const f = multipartFile('台账.pdf', late);
    const evidence = await eduClerk.request(
      'POST',
      `/api/v1/target-progress/${written.body.progress[0].progressId}/evidence`,
      f.payload,
      f.headers,
    );
    expect(evidence.status).toBe(400);
    expect(evidence.body.error.fields[0].field).toBe('quarter');
    // Refused before it was written: no file of it on disk (where PGlite keeps files).
    const sha256 = createHash('sha256').update(late).digest('hex');
    expect(fs.existsSync(diskPath(w.config.dataDir, w.bodies.a.bodyId, sha256))).toBe(false);
    const kept = (await eduClerk.get(`/api/v1/targets/${jobs.targetId}`)).body.progress;
    expect(kept.map((p: { quarter: number }) => p.quarter)).toEqual([4, 2]);
  });
});

/** A report refused because its quarter's window has closed, the window named in both languages. */
function expectWindowClosed(
  res: { status: number; body: any },
  windowZh: string,
  windowEn: string,
) {
  expect(res.status).toBe(400);
  expect(res.body.error.fields).toEqual([
    expect.objectContaining({
      field: 'quarter',
      messageZh: expect.stringContaining(windowZh),
      message: expect.stringContaining(windowEn),
    }),
  ]);
}

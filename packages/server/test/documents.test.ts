import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, draftFor, type Client, type World } from './harness.js';

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const OUT = path.resolve('test-output/documents');

/** Converts a .docx to PDF with LibreOffice, renders page 1 to PNG, and returns the PDF's text. */
function render(name: string, docx: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-doc-'));
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, docx);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  fs.mkdirSync(OUT, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    path.join(OUT, name),
  ]);
  expect(fs.statSync(path.join(OUT, `${name}.png`)).size).toBeGreaterThan(10_000);
  return execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
}

describe('reports and official documents from the data', () => {
  let w: World;
  let staff: Client;
  let proposalId: string;
  let replyId: string;

  beforeAll(async () => {
    w = await createWorld('pglite');
    const [member, s, clerk, leader] = await w.loginAs('alpha', [
      'member',
      'staff',
      'edu-clerk',
      'edu-leader',
    ] as const);
    staff = s;
    proposalId = (await member.post('/api/v1/proposals', draftFor(w.bodies.a.sessionId))).body
      .proposalId;
    await member.post(`/api/v1/proposals/${proposalId}/submit`);
    await staff.post(`/api/v1/proposals/${proposalId}/register`, {
      categoryId: w.bodies.a.categories[3]!.categoryId,
    });
    w.clock.set('2025-03-14T09:00:00+08:00');
    await staff.post(`/api/v1/proposals/${proposalId}/assign`, {
      units: [{ unitId: w.bodies.a.units.edu, role: 'lead' }],
    });
    await clerk.post(`/api/v1/proposals/${proposalId}/start`);
    w.clock.set('2025-05-20T09:00:00+08:00');
    replyId = (
      await clerk.put(`/api/v1/proposals/${proposalId}/reply-draft`, {
        replyClass: 'B',
        text: '已将扩大普惠性学前教育资源列入年度计划。\n下一步将新建公办幼儿园3所。',
      })
    ).body.reply.replyId;
    await leader.post(`/api/v1/proposals/${proposalId}/replies/${replyId}/sign`);
    w.clock.set('2025-07-01T09:00:00+08:00');
  }, 120_000);
  afterAll(async () => w.close());

  it('computes the handling report, each rate naming its base', async () => {
    const r = (await staff.get(`/api/v1/reports/handling?sessionId=${w.bodies.a.sessionId}`)).body;
    expect(r.assigned).toBe(1);
    expect(r.replied).toEqual({ count: 1, of: 1, base: 'assigned', percent: 100 });
    expect(r.repliedOnTime).toMatchObject({ count: 1, base: 'due' });
    expect(r.byReplyClass.B).toMatchObject({ count: 1, percent: 100 });
    expect(r.perUnit[0]).toMatchObject({ unitName: '市教育局', assigned: 1 });
    const bad = await staff.get('/api/v1/reports/handling');
    expect(bad.status).toBe(400);
  });

  it('writes the statistics workbook with one sheet per table', async () => {
    const res = await w.app.inject({
      method: 'GET',
      url: `/api/v1/reports/statistics.xlsx?sessionId=${w.bodies.a.sessionId}`,
      headers: { cookie: staff.cookieHeader },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '按类别',
      '按来源',
      '按状态',
      '答复类别',
      '承办单位',
      '逾期清单',
    ]);
    expect(wb.getWorksheet('承办单位')!.getRow(2).getCell(1).text).toBe('市教育局');
  });

  it.skipIf(!hasLibreOffice && !process.env.CI)(
    'renders the reply letter, the review report and the handling report to PDF pages',
    async () => {
      const get = async (url: string) =>
        (await w.app.inject({ method: 'GET', url, headers: { cookie: staff.cookieHeader } }))
          .rawPayload;
      const letter = render(
        'reply-letter',
        await get(`/api/v1/proposals/${proposalId}/replies/${replyId}/letter.docx`),
      );
      expect(letter.replace(/\s+/g, '')).toContain('关于加快发展学前教育的提案');
      expect(letter).toContain('B类');
      const review = render(
        'review-report',
        await get(`/api/v1/reports/review.docx?sessionId=${w.bodies.a.sessionId}`),
      );
      expect(review.replace(/\s+/g, '')).toContain('提案审查情况的报告');
      const handling = render(
        'handling-report',
        await get(`/api/v1/reports/handling.docx?sessionId=${w.bodies.a.sessionId}`),
      );
      expect(handling.replace(/\s+/g, '')).toContain('办复率100.00%');
    },
  );
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HttpSession, fileForm } from '../../server/test/http-session.js';
import { pdfBytes } from '../../server/test/rush-world.js';
import { startServerProcess } from '../../server/test/server-process.js';

const exec = promisify(execFile);
const CLI = path.resolve('packages/cli/bin/jianyan.js');

/** The embedded database in a data folder, with every other setting at its default. */
const embedded = (dataDir: string) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  ATTACHMENT_STORAGE: '',
});

/** Runs `jianyan …` as a user would, in its own process, on the given data folder. */
const jianyan = (dataDir: string, ...args: string[]) => jianyanWith(embedded(dataDir), ...args);

/** Runs `jianyan …` with these environment variables (on top of the test's own). */
async function jianyanWith(env: Record<string, string>, ...args: string[]) {
  try {
    const r = await exec(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      // `serve` runs until stopped: a start that should have been refused fails, not hangs.
      timeout: 120_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fresh data folder with one body, added through the command (which must succeed). */
async function folderWithBody(code: string, name: string, kind: 'cppcc' | 'npc') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-cli-'));
  const added = await jianyan(dir, 'body', 'add', '--code', code, '--name', name, '--kind', kind);
  expect(added.code, added.stderr).toBe(0);
  return dir;
}

/** The contents of every file under a folder. */
const filesUnder = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => fs.readFileSync(path.join(f.parentPath, f.name)))
    : [];

// Each command starts its own process and opens the embedded database: seconds each, many per test.
describe('the jianyan command', { timeout: 240_000 }, () => {
  it('sets up a body, imports a spreadsheet all-or-nothing, and exports it back', async () => {
    const dir = await folderWithBody('taiyuan', '政协太原市委员会', 'cppcc');
    const session = await jianyan(
      dir,
      'session',
      'create',
      '--body',
      'taiyuan',
      '--session',
      '2025',
      '--name',
      '第四次会议',
      '--deadline',
      '2025-02-25T12:00:00+08:00',
    );
    expect(session.stdout).toContain('2025-02-25T04:00:00.000Z');
    const user = await jianyan(
      dir,
      'user',
      'add',
      '--body',
      'taiyuan',
      '--username',
      'wangjing',
      '--password',
      'short',
      '--role',
      'staff',
    );
    expect(user.code).toBe(1);
    expect(user.stderr).toContain('password');

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, '标题,提案者,审查结果\n关于甲的提案,张三,立案\n,李四,待审查\n');
    const rejected = await jianyan(
      dir,
      'import',
      'proposals',
      bad,
      '--body',
      'taiyuan',
      '--session',
      '2025',
    );
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('第2行 line 2, 类别');
    expect(rejected.stderr).toContain('第3行 line 3, 标题');

    const good = path.join(dir, 'good.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('提案');
    ws.addRow(['标题', '提案者', '类别', '提交时间', '审查结果']);
    ws.addRow(['关于发展低空经济的提案', '张三', '经济建设', '2025-02-24 10:00', '立案']);
    ws.addRow(['关于加强养老服务的提案', '李四', '社会建设', '2025-02-26 10:00', '立案']);
    await wb.xlsx.writeFile(good);
    const imported = await jianyan(
      dir,
      'import',
      'proposals',
      good,
      '--body',
      'taiyuan',
      '--session',
      '2025',
    );
    expect(imported.stdout).toContain('imported 2 proposals (1 interim)');

    const report = await jianyan(
      dir,
      'report',
      'review',
      '--body',
      'taiyuan',
      '--session',
      '2025',
      '--format',
      'json',
    );
    expect(JSON.parse(report.stdout)).toEqual({
      received: 1,
      registered: 1,
      bySource: [
        { source: '委员', count: 1, percent: 100 },
        { source: '集体', count: 0, percent: 0 },
      ],
      byCategory: [
        { category: '经济建设', count: 1, percent: 100 },
        { category: '政治建设', count: 0, percent: 0 },
        { category: '文化建设', count: 0, percent: 0 },
        { category: '社会建设', count: 0, percent: 0 },
        { category: '生态文明建设', count: 0, percent: 0 },
      ],
    });
    // The yearly sentence over the named bodies: nothing is closed yet, an unknown code fails.
    const summary = await jianyan(
      dir,
      'report',
      'summary',
      '--year',
      '2025',
      '--bodies',
      'taiyuan',
    );
    expect(summary.stdout).toBe('办结人大代表建议0件、政协提案0件\n');
    const summaryJson = await jianyan(
      dir,
      'report',
      'summary',
      '--year',
      '2025',
      '--bodies',
      'taiyuan',
      '--format',
      'json',
    );
    expect(JSON.parse(summaryJson.stdout)).toMatchObject({
      year: 2025,
      bodies: [{ code: 'taiyuan', kind: 'cppcc', closed: 0 }],
      cppccProposalsClosed: 0,
    });
    const unknown = await jianyan(
      dir,
      'report',
      'summary',
      '--year',
      '2025',
      '--bodies',
      'nowhere',
    );
    expect(unknown.code).not.toBe(0);
    const out = path.join(dir, 'out.csv');
    expect(
      (
        await jianyan(
          dir,
          'export',
          'proposals',
          '--body',
          'taiyuan',
          '--session',
          '2025',
          '--format',
          'csv',
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '0001,关于发展低空经济的提案,张三',
      '平0001,关于加强养老服务的提案,李四',
    ]);
  });

  it('creates a session on import with --create --deadline', async () => {
    const dir = await folderWithBody('jz', '政协晋中市委员会', 'cppcc');
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, '\ufeff标题,提案者\n关于手球的提案,胡芬\n');
    const r = await jianyan(
      dir,
      'import',
      'proposals',
      file,
      '--body',
      'jz',
      '--session',
      '2026',
      '--create',
      '--deadline',
      '2026-02-25T12:00:00+08:00',
    );
    expect(r.stdout).toContain('imported 1 proposals');
  });

  it('imports a speech digest as speeches and proposals, reporting what it could not place', async () => {
    const dir = await folderWithBody('changzhi', '政协长治市委员会', 'cppcc');
    await jianyan(
      dir,
      'session',
      'create',
      '--body',
      'changzhi',
      '--session',
      '2025',
      '--name',
      '十四届四次会议',
      '--deadline',
      '2025-02-25T12:00:00+08:00',
    );
    const digest = path.resolve(
      'packages/server/src/modules/demo/seeds/changzhi-cppcc-speeches-2025.txt',
    );
    const r = await jianyan(
      dir,
      'import',
      'digest',
      digest,
      '--body',
      'changzhi',
      '--session',
      '2025',
      '--as-proposals',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1. 厚植发展沃土 激发民营经济新动能 — 政协沁源县委员会');
    expect(r.stdout).toContain('imported 10 speeches (and proposals)');
    // Left over: the lede, the ten photo captions, a stray title copy and a repeated paragraph.
    expect(r.stdout).toMatch(/not placed \(13\)/);
    expect(r.stdout).toContain('加快政协跨区域联合协商 — 弓永玲');
    expect(r.stdout).toContain('8. 调整布局结构 壮大科技服务业经营主体规模 — 黄俊霞');
    const out = path.join(dir, 'out.csv');
    await jianyan(
      dir,
      'export',
      'proposals',
      '--body',
      'changzhi',
      '--session',
      '2025',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(fs.readFileSync(out, 'utf8')).toContain('加快化工园区整合 促进产业协同发力,赵永江');
  });

  it('backs up and restores the files kept on disk by default, refusing while the server holds the folder', async () => {
    const dir = await folderWithBody('jz', '政协晋中市委员会', 'cppcc');
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, '标题,提案者\n关于手球的提案,胡芬\n');
    await jianyan(
      dir,
      'import',
      'proposals',
      file,
      '--body',
      'jz',
      '--session',
      '2025',
      '--create',
      '--deadline',
      '2025-02-25T12:00:00+08:00',
    );
    // A member attaches a document through the server, which keeps it under DATA_DIR/attachments.
    const added = await jianyan(
      dir,
      'user',
      'add',
      '--body',
      'jz',
      '--username',
      'jz-m1',
      '--password',
      'Member@2025',
      '--role',
      'proposer',
    );
    expect(added.code, added.stderr).toBe(0);
    const document = pdfBytes(100_000);
    const server = await startServerProcess(embedded(dir));
    try {
      expect(server.output()).toContain(`(pglite, files in ${path.join(dir, 'attachments')};`);
      const member = await HttpSession.login(server.url, 'jz', 'jz-m1', 'Member@2025');
      const [session] = (await member.request('GET', '/api/v1/sessions')).body;
      const draft = await member.request('POST', '/api/v1/proposals', {
        sessionId: session.sessionId,
        title: '关于建设手球训练基地的提案',
        problem: '我市手球项目缺少专业训练场地。',
        suggestions: '一是规划建设训练基地；二是引进专业教练。',
      });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      const file = await member.request(
        'POST',
        `/api/v1/proposals/${draft.body.proposalId}/attachments`,
        fileForm('训练场地调研.pdf', document),
      );
      expect(file.status, JSON.stringify(file.body)).toBe(201);
      const refused = await jianyan(dir, 'backup', '--out', path.join(dir, 'early.jybak'));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is locked by process ${server.child.pid}`);
    } finally {
      await server.stop();
    }
    expect(filesUnder(path.join(dir, 'attachments')).map((f) => f.equals(document))).toEqual([
      true,
    ]);

    const backupFile = path.join(dir, 'jz.jybak');
    expect((await jianyan(dir, 'backup', '--out', backupFile)).code).toBe(0);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-cli-'));
    const restored = await jianyan(other, 'restore', backupFile);
    expect(restored.stdout).toMatch(/restored \d+ rows/);
    // The restored folder holds the document again, next to the database.
    expect(filesUnder(path.join(other, 'attachments')).map((f) => f.equals(document))).toEqual([
      true,
    ]);
    const out = path.join(other, 'out.csv');
    await jianyan(
      other,
      'export',
      'proposals',
      '--body',
      'jz',
      '--session',
      '2025',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(fs.readFileSync(out, 'utf8')).toContain('关于手球的提案,胡芬');
  });

  it('refuses to start with an ATTACHMENT_STORAGE it does not know, saying which values it takes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-cli-'));
    const started = await jianyanWith({ ...embedded(dir), ATTACHMENT_STORAGE: 's3' }, 'serve');
    expect(started.code).toBe(1);
    expect(started.stderr).toContain('环境变量 ATTACHMENT_STORAGE 只能是 database');
    expect(started.stderr).toContain(
      'ATTACHMENT_STORAGE must be database (in the database) or disk (under DATA_DIR/attachments), not "s3"',
    );
    // Refused before anything was opened or written.
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('imports a government work report, and refuses the same year twice', async () => {
    const dir = await folderWithBody('jz', '晋中市人民代表大会', 'npc');
    const report = path.resolve(
      'packages/server/src/modules/pledges/extraction/fixtures/jinzhong-government-work-report-2026.txt',
    );
    const args = ['import', 'report', report, '--body', 'jz', '--year', '2026'];
    const first = await jianyan(dir, ...args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/抽取目标 3\d 项/);
    const again = await jianyan(dir, ...args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('2026年的政府工作报告已导入');
  });
});

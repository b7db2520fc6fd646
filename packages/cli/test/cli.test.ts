import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const CLI = path.resolve('packages/cli/bin/jianyan.js');

/** Runs `jianyan …` as a user would, in its own process, on the given data folder. */
async function jianyan(dataDir: string, ...args: string[]) {
  try {
    const r = await exec(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
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

  it('backs up and restores through the command, refusing while another process holds the folder', async () => {
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
    const backupFile = path.join(dir, 'jz.jybak');
    expect((await jianyan(dir, 'backup', '--out', backupFile)).code).toBe(0);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-cli-'));
    const restored = await jianyan(other, 'restore', backupFile);
    expect(restored.stdout).toMatch(/restored \d+ rows/);
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

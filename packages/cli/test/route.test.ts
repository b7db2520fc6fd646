import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('packages/cli/bin/jianyan.js');
const AREAS = ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'];

/** `jianyan route …` with IN.jsonl on stdin, as the evaluation drives it. */
function route(args: string[], stdin: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, 'route', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('jianyan route', { timeout: 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-route-'));
  const units = path.join(dir, 'units.txt');
  fs.writeFileSync(
    units,
    [
      '运城市教育局',
      '运城市卫生健康委员会',
      '运城市水务局',
      '运城市商务局',
      '运城市民政局',
      '运城市城市管理局',
    ].join('\n'),
  );

  it('answers each IN line with five areas and at least five units, best first', async () => {
    const input = [
      { id: 'a1', title: '关于加强黄河流域水土保持的提案' },
      { id: 7, title: '关于发展跨境电商的建议', summary: '外贸企业转型需要电子商务平台支持。' },
    ];
    const r = await route(['--units', units], input.map((l) => JSON.stringify(l)).join('\n'));
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a1', 7]);
    for (const o of out) {
      expect(o.categories.map((c: { name: string }) => c.name).sort()).toEqual([...AREAS].sort());
      expect(o.units.length).toBeGreaterThanOrEqual(5);
      expect(
        o.units.every((u: { name: string }) => fs.readFileSync(units, 'utf8').includes(u.name)),
      ).toBe(true);
      const scores = o.units.map((u: { score: number }) => u.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
    expect(out[0].units[0].name).toBe('运城市水务局');
    expect(out[0].categories[0].name).toBe('生态文明建设');
    expect(out[1].units[0].name).toBe('运城市商务局');
    expect(out[1].categories[0].name).toBe('经济建设');
  });

  it('learns from --history', async () => {
    const history = path.join(dir, 'history.jsonl');
    const past = [
      '关于整治小区私拉电线充电的建议',
      '关于整治楼道私拉电线充电的建议',
      '关于治理私拉电线充电隐患的建议',
    ];
    fs.writeFileSync(
      history,
      past
        .map((title) => JSON.stringify({ title, category: '社会建设', lead_unit: '运城市民政局' }))
        .join('\n'),
    );
    const line = JSON.stringify({ id: 1, title: '关于治理老旧小区私拉电线充电的建议' });
    const before = await route(['--units', units], line);
    expect(JSON.parse(before.stdout).units[0].name).not.toBe('运城市民政局');
    const r = await route(['--units', units, '--history', history], line);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).units[0].name).toBe('运城市民政局');
  });

  it('refuses a bad line naming the line and the field', async () => {
    const r = await route(
      ['--units', units],
      `${JSON.stringify({ id: 1, title: '好的' })}\n{"id": 2}`,
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('第2行');
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).toContain('title');
  });
});

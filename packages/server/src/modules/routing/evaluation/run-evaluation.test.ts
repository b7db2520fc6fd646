import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('packages/server/src/modules/routing/evaluation/run-evaluation.ts');

/** A labelled body on disk, in the layout of eval/routing/bodies/<body>/. */
function writeBody(root: string, body: string, units: string[], items: object[]) {
  fs.mkdirSync(path.join(root, 'bodies', body), { recursive: true });
  fs.writeFileSync(path.join(root, 'bodies', body, 'units.txt'), units.join('\n') + '\n');
  fs.writeFileSync(
    path.join(root, 'bodies', body, 'items.jsonl'),
    items.map((i) => JSON.stringify(i)).join('\n') + '\n',
  );
}

function evaluate(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    env: { ...process.env, JIANYAN_EVAL_DIR: path.join(root, 'bodies') },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('npm run eval:routing', { timeout: 60_000 }, () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-eval-'));
  const units = ['市教育局', '市卫生健康委员会', '市交通运输局', '市民政局', '市文化和旅游局'];
  // The tuned body is routed right; the held-out item is labelled with an area and a unit that
  // nothing in its title points to, so both count as misses.
  writeBody(root, 'tuned-city', units, [
    {
      id: 't1',
      title: '关于加强中小学心理健康教育的建议',
      category: '社会建设',
      lead_unit: '市教育局',
    },
  ]);
  writeBody(root, 'unseen-city', units, [
    { id: 'u1', title: '关于优化公交线路的建议', category: '文化建设', lead_unit: '市民政局' },
  ]);
  fs.writeFileSync(path.join(root, 'split.json'), JSON.stringify({ tuned: ['tuned-city'] }));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints only the development (tuned) bodies and their totals by default', () => {
    const out = evaluate(root);
    expect(out).toContain('| tuned-city | 1 | 100.0% | 100.0% | 100.0% |');
    expect(out).toContain('| tuned (1 bodies) | 1 | 100.0% | 100.0% | 100.0% |');
    expect(out).not.toContain('unseen-city');
    expect(out).not.toContain('held-out');
    expect(out).not.toContain('| all |');
  });

  it('reports the held-out bodies and the totals apart with --held-out', () => {
    const out = evaluate(root, '--held-out');
    expect(out).toContain('| unseen-city | 1 | 0.0% | 0.0% | 0.0% |');
    expect(out).toContain('| tuned (1 bodies) | 1 | 100.0% | 100.0% | 100.0% |');
    expect(out).toContain('| held-out (1 bodies) | 1 | 0.0% | 0.0% | 0.0% |');
    expect(out).toContain('| all | 2 | 50.0% | 50.0% | 50.0% |');
  });

  it('refuses to evaluate one held-out body without --held-out', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--body', 'unseen-city'], {
      env: { ...process.env, JIANYAN_EVAL_DIR: path.join(root, 'bodies') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unseen-city is a held-out body');
    expect(run.stdout).toBe('');
  });

  it('lists only the tuned bodies’ misses unless the held-out ones are asked for', () => {
    expect(evaluate(root, '--misses')).not.toContain('u1\t');
    expect(evaluate(root, '--misses', '--held-out')).toContain('u1\t关于优化公交线路的建议');
  });

  it('counts a test set that joined the development set as a former set, and runs --held-out with none held out', () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-eval-'));
    try {
      writeBody(own, 'old-city', units, [
        {
          id: 'o1',
          title: '关于加强中小学心理健康教育的建议',
          category: '社会建设',
          lead_unit: '市教育局',
        },
      ]);
      // Routed wrong on both counts, so its set's total differs from the development total.
      writeBody(own, 'former-city', units, [
        { id: 'f1', title: '关于优化公交线路的建议', category: '文化建设', lead_unit: '市民政局' },
      ]);
      fs.writeFileSync(
        path.join(own, 'split.json'),
        JSON.stringify({ tuned: ['old-city', 'former-city'], test_sets: { '1': ['former-city'] } }),
      );
      const out = evaluate(own);
      expect(out).toContain('| tuned (2 bodies) | 2 | 50.0% | 50.0% | 50.0% |');
      expect(out).toContain('| never a test set (1 bodies) | 1 | 100.0% | 100.0% | 100.0% |');
      expect(out).toContain('| former test set 1 (1 bodies) | 1 | 0.0% | 0.0% | 0.0% |');
      expect(out).not.toContain('| test set 1');
      expect(evaluate(own, '--misses')).toContain('f1\t关于优化公交线路的建议');
      const all = evaluate(own, '--held-out');
      expect(all).toContain('| held-out (0 bodies) | 0 | — | — | — |');
      expect(all).not.toContain('| test set 1');
      expect(all).toContain('| all | 2 | 50.0% | 50.0% | 50.0% |');
      // A new set arrives at merge time: its body is not tuned, so it is held out and shown apart.
      writeBody(own, 'new-city', units, [
        {
          id: 'n1',
          title: '关于加强中小学心理健康教育的建议',
          category: '社会建设',
          lead_unit: '市教育局',
        },
      ]);
      fs.writeFileSync(
        path.join(own, 'split.json'),
        JSON.stringify({
          tuned: ['old-city', 'former-city'],
          test_sets: { '1': ['former-city'], '2': ['new-city'] },
        }),
      );
      expect(evaluate(own)).not.toContain('new-city');
      const withNew = evaluate(own, '--held-out');
      expect(withNew).toContain('| former test set 1 (1 bodies) | 1 | 0.0% | 0.0% | 0.0% |');
      expect(withNew).toContain('| test set 2 (1 bodies) | 1 | 100.0% | 100.0% | 100.0% |');
      expect(withNew).not.toContain('| former test set 2');
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('lists a lead unit missed at top-1, marked when it is still among the first three', () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-eval-'));
    try {
      // Education's words lead here; the body gave it to health, which comes second.
      writeBody(own, 'city', units, [
        {
          id: 'm1',
          title: '关于加强中小学生近视防控的建议',
          category: '社会建设',
          lead_unit: '市卫生健康委员会',
        },
      ]);
      fs.writeFileSync(path.join(own, 'split.json'), JSON.stringify({ tuned: ['city'] }));
      const line = evaluate(own, '--misses')
        .split('\n')
        .find((l) => l.startsWith('m1\t'));
      expect(line).toMatch(/\t市卫生健康委员会→市教育局\/市卫生健康委员会\/.* \(top-3 hit\)$/);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });
});

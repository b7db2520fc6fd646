/**
 * Segmentation throughput: @node-rs/jieba with the domain dictionary (what the platform indexes
 * with) against Python's jieba on the same text, when `python3-jieba` is installed.
 *
 *   npm run bench:segmentation [-- --mb 8]
 *
 * The text is the seed newspaper pages (speech digests, government work reports) repeated to the
 * requested size. Both sides cut in "search" mode (the index side) and in the default mode.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Segmenter } from '../../packages/server/src/modules/search/segmentation/segmenter.js';
import { arg, seedText } from './corpus.js';

const targetMb = Number(arg('--mb', '8'));
const unit = seedText();
const repeat = Math.ceil((targetMb * 1024 * 1024) / Buffer.byteLength(unit));
const lines = Array.from({ length: repeat }, () => unit)
  .join('\n')
  .split('\n');
const bytes = Buffer.byteLength(lines.join('\n'));
const mb = bytes / 1024 / 1024;

const seg = Segmenter.shared();
seg.cut('预热'); // load the dictionaries before timing

function time(fn: () => void) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const nodeCut = time(() => lines.forEach((l) => seg.cut(l)));
const nodeSearch = time(() => lines.forEach((l) => seg.cutForSearch(l)));

function pythonJieba(): { cut: number; search: number } | string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jieba-bench-')), 'text.txt');
  fs.writeFileSync(file, lines.join('\n'));
  const dict = path.resolve(
    'packages/server/src/modules/search/segmentation/domain-dictionary.txt',
  );
  const script = `
import sys, time, jieba, logging
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
jieba.load_userdict(sys.argv[2])
lines = open(sys.argv[1], encoding='utf-8').read().split('\\n')
t = time.perf_counter()
for l in lines: list(jieba.cut(l, HMM=True))
cut = time.perf_counter() - t
t = time.perf_counter()
for l in lines: list(jieba.cut_for_search(l, HMM=True))
print(cut, time.perf_counter() - t)
`;
  // Debian's python3-jieba lives with the system Python, which may not be first on PATH.
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  try {
    const out = execFileSync(python, ['-c', script, file, dict], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [cut, search] = out.trim().split(/\s+/).map(Number);
    return { cut: cut!, search: search! };
  } catch {
    return 'Python jieba not available (apt-get install python3-jieba)';
  }
}

const py = pythonJieba();
const rate = (s: number) => `${(mb / s).toFixed(2)} MB/s`;
console.log(`Segmentation of ${mb.toFixed(1)} MB of seed text (${lines.length} lines)\n`);
console.log('| mode | @node-rs/jieba | Python jieba | ratio (node / python) |');
console.log('|---|---:|---:|---:|');
for (const [mode, n, p] of [
  ['cut (HMM)', nodeCut, typeof py === 'string' ? undefined : py.cut],
  ['cut for search (index)', nodeSearch, typeof py === 'string' ? undefined : py.search],
] as const) {
  console.log(
    `| ${mode} | ${rate(n)} | ${p ? rate(p) : '—'} | ${p ? `${(p / n).toFixed(1)}×` : '—'} |`,
  );
}
if (typeof py === 'string') {
  console.log(`\n${py}`);
}

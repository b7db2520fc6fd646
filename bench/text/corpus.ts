import fs from 'node:fs';
import path from 'node:path';

/** The value after a command-line flag, or the default. */
export function arg(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const SEEDS = path.resolve(process.env.JIANYAN_SEEDS ?? '../shared/seeds');
const SHIPPED = path.resolve('packages/server/src/modules/demo/seeds');

/** The real newspaper pages: what the benchmarks segment and build proposals from. */
export function seedText(): string {
  const dirs = [SEEDS, SHIPPED].filter((d) => fs.existsSync(d));
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(d, f)),
  );
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** Sentences of the seed pages, newspaper column breaks joined, long enough to say something. */
export function seedSentences(): string[] {
  return seedText()
    .replace(/\r/g, '')
    .replace(/([^\n。！？；])\n(?=[^\n])/g, '$1')
    .split(/[。！？；\n]/)
    .map((s) => s.replace(/\s+/g, '').trim())
    .filter((s) => s.length >= 12 && s.length <= 200);
}

/**
 * `npm run eval:routing`: routes the labelled proposals of eval/routing/bodies/* and prints top-1
 * category accuracy and top-1/top-3 lead-unit accuracy per body, without and with history.
 * By default only the development (tuned) bodies of eval/routing/split.json are routed and
 * printed: the held-out test set's figures are to be looked at once, after the last method
 * change, so they must not appear while tuning. `--held-out` adds the held-out bodies' rows and
 * the tuned / held-out / all totals and a total per test set (the final report).
 * Bodies of a test set listed in `tuned` (a set that has had its final run) are development data
 * and get a "former test set" total. `--body <slug>` limits it to one body; `--misses` lists the tuned bodies' items routed wrongly
 * (area, or lead unit not first); `--misses --held-out` those of the held-out bodies too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Router } from '../router.js';
import { parseUnits } from '../routing-jsonl.js';
import {
  evaluateBody,
  percent,
  splitRows,
  total,
  type Accuracy,
  type BodyDataset,
  type LabelledItem,
} from './evaluate-routing.js';

const ROOT = path.resolve(process.env.JIANYAN_EVAL_DIR ?? 'eval/routing/bodies');
const SPLIT = path.join(ROOT, '..', 'split.json');
const args = process.argv.slice(2);
const only = args.includes('--body') ? args[args.indexOf('--body') + 1] : undefined;
const heldOut = args.includes('--held-out');

function load(dir: string): BodyDataset {
  const units = parseUnits(fs.readFileSync(path.join(ROOT, dir, 'units.txt'), 'utf8'));
  const items = fs
    .readFileSync(path.join(ROOT, dir, 'items.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledItem);
  return { body: dir, units, items };
}

if (!fs.existsSync(ROOT) || fs.readdirSync(ROOT).length === 0) {
  console.error(
    `没有评测数据 / no evaluation data in ${ROOT}: add eval/routing/bodies/<body>/units.txt and items.jsonl (see docs/routing.md)`,
  );
  process.exit(1);
}

const split = (
  fs.existsSync(SPLIT) ? JSON.parse(fs.readFileSync(SPLIT, 'utf8')) : { tuned: [] }
) as { tuned: string[]; test_sets?: Record<string, string[]> };
const tuned = new Set<string>(split.tuned);

if (only && !tuned.has(only) && !heldOut) {
  console.error(
    `${only} 属于保留测试集，须加 --held-out / ${only} is a held-out body: add --held-out (final report only)`,
  );
  process.exit(1);
}

// Held-out bodies are not even routed unless asked for, so no figure of theirs can leak.
const bodies = fs
  .readdirSync(ROOT)
  .filter((d) => fs.existsSync(path.join(ROOT, d, 'items.jsonl')))
  .filter((d) => !only || d === only)
  .filter((d) => heldOut || tuned.has(d))
  .sort()
  .map(load);

const row = (a: Accuracy) =>
  `| ${a.body} | ${a.items} | ${percent(a.categoryTop1)} | ${percent(a.leadTop1)} | ${percent(a.leadTop3)} |`;

/** A total row for each test set (split.json) that has bodies among `rows`. */
function printSetTotals(rows: Accuracy[], label: string) {
  for (const [name, slugs] of Object.entries(split.test_sets ?? {})) {
    const set = rows.filter((r) => slugs.includes(r.body));
    if (set.length) {
      console.log(row({ ...total(set), body: `${label} ${name} (${set.length} bodies)` }));
    }
  }
}

for (const withHistory of [false, true]) {
  const rows = bodies.map((b) => evaluateBody(b, withHistory));
  console.log(
    `\n### ${withHistory ? `With history (${5}-fold: each item routed knowing the body's other items)` : 'No history (unit list only)'}\n`,
  );
  console.log('| body | items | category top-1 | lead unit top-1 | lead unit top-3 |');
  console.log('|---|---:|---:|---:|---:|');
  rows.forEach((r) => console.log(row(r)));
  const [seen, unseen] = splitRows(rows, tuned);
  console.log(row({ ...total(seen), body: `tuned (${seen.length} bodies)` }));
  // A test set that has had its final run joins the development set (its slugs move to
  // `tuned`) and keeps its own total, so a pass can say what it changed on each former set.
  const testSetSlugs = new Set(Object.values(split.test_sets ?? {}).flat());
  const original = seen.filter((r) => !testSetSlugs.has(r.body));
  if (original.length < seen.length) {
    console.log(row({ ...total(original), body: `never a test set (${original.length} bodies)` }));
  }
  printSetTotals(seen, 'former test set');
  if (heldOut) {
    console.log(row({ ...total(unseen), body: `held-out (${unseen.length} bodies)` }));
    // Each test set on its own: a set is measured once after a tuning pass (split.json).
    printSetTotals(unseen, 'test set');
    console.log(row(total(rows)));
  }
}

if (args.includes('--misses')) {
  for (const b of bodies) {
    const router = new Router(b.units);
    for (const item of b.items) {
      const s = router.suggest(item);
      const top3 = s.units.slice(0, 3).map((u) => u.name);
      const catMiss = item.category && s.categories[0]?.name !== item.category;
      // Lead-unit misses at top-1, marked when the lead is still among the first three.
      const unitMiss =
        item.lead_unit && b.units.includes(item.lead_unit) && top3[0] !== item.lead_unit;
      const inTop3 = unitMiss && top3.includes(item.lead_unit!) ? ' (top-3 hit)' : '';
      if (catMiss || unitMiss) {
        console.log(
          `${item.id}\t${item.title}\t${catMiss ? `${item.category}→${s.categories[0]?.name}` : ''}\t${unitMiss ? `${item.lead_unit}→${top3.join('/')}${inTop3}` : ''}`,
        );
      }
    }
  }
}

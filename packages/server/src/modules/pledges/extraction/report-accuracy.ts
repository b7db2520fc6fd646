/**
 * Prints how well extractTargets finds the hand-listed targets of the two 晋中 seed reports:
 *   npx tsx packages/server/src/modules/pledges/extraction/report-accuracy.ts
 */
import { measureSeedAccuracy, SEED_YEARS } from './seed-accuracy.js';
import type { ExpectedTarget } from './target-types.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const show = (t: Pick<ExpectedTarget, 'indicator' | 'quantity' | 'unit' | 'comparison'>) =>
  `${t.indicator} ${t.quantity}${t.unit} (${t.comparison})`;

for (const year of SEED_YEARS) {
  const { extracted, evaluation: ev, comparisonAgreement } = measureSeedAccuracy(year);
  const expectedCount = ev.matched.length + ev.missed.length;
  console.log(
    `${year}: precision ${pct(ev.precision)} (${ev.matched.length}/${extracted.length}), ` +
      `recall ${pct(ev.recall)} (${ev.matched.length}/${expectedCount}), ` +
      `comparison agrees on ${pct(comparisonAgreement)} of matches`,
  );
  for (const m of ev.missed) {
    console.log(`  missed:   ${show(m)}`);
  }
  for (const s of ev.spurious) {
    console.log(`  spurious: ${show(s)} ← ${s.sentence}`);
  }
  for (const p of ev.matched.filter((p) => p.expected.comparison !== p.extracted.comparison)) {
    console.log(`  comparison: ${show(p.extracted)}, expected ${p.expected.comparison}`);
  }
}

/**
 * Percentages as the official reports print them: two decimals ("占31.42%"), and shares of one
 * whole that add up to exactly 100%. All arithmetic runs on integers (hundredths of a percent by
 * default) so that 0.5 boundaries round the same way on every machine.
 */

/** Units of the rounded result per 100%: 10 000 for two decimals. */
const unitsPerWhole = (decimals: number) => 100 * 10 ** decimals;

const toPercent = (units: number, decimals: number) =>
  Number((units / 10 ** decimals).toFixed(decimals));

const assertCount = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  }
};

/** count ÷ total in whole units, rounded half up; exact because both sides are integers. */
function roundedUnits(count: number, total: number, units: number) {
  const scaled = count * units;
  const floor = Math.floor(scaled / total);
  const remainder = scaled - floor * total;
  return { floor, remainder, rounded: 2 * remainder >= total ? floor + 1 : floor };
}

/** One share, plainly rounded: 203 of 646 → 31.42. Null when the base is empty. */
export function percentOf(count: number, total: number, decimals = 2): number | null {
  assertCount(count, 'count');
  assertCount(total, 'total');
  if (total === 0) {
    return null;
  }
  return toPercent(roundedUnits(count, total, unitsPerWhole(decimals)).rounded, decimals);
}

/**
 * Shares of a whole with `decimals` places. When the counts make up the whole, the shares add up
 * to exactly 100: plain rounding where it already does (so 203/646 stays 31.42, as printed), and
 * the largest-remainder method only where plain rounding would print 99.99% or 100.01%.
 * When the counts do not make up the whole, each share is rounded on its own.
 * A total of 0 gives all zeros.
 */
export function sharesWithLargestRemainder(
  counts: number[],
  total: number,
  decimals = 2,
): number[] {
  counts.forEach((c, i) => assertCount(c, `counts[${i}]`));
  assertCount(total, 'total');
  if (total === 0) {
    return counts.map(() => 0);
  }
  const units = unitsPerWhole(decimals);
  const parts = counts.map((c) => roundedUnits(c, total, units));
  const plain = parts.map((p) => p.rounded);
  const countsMakeTheWhole = counts.reduce((a, b) => a + b, 0) === total;
  if (!countsMakeTheWhole || plain.reduce((a, b) => a + b, 0) === units) {
    return plain.map((u) => toPercent(u, decimals));
  }
  // Hare–Niemeyer: everyone gets the floor, the units left over go to the largest remainders
  // (ties: the larger count, then the earlier position, so the result is stable).
  const shares = parts.map((p) => p.floor);
  let left = units - shares.reduce((a, b) => a + b, 0);
  const order = parts
    .map((p, i) => ({ i, remainder: p.remainder, count: counts[i] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) {
      break;
    }
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((u) => toPercent(u, decimals));
}

/** "78.10%": the fixed number of decimals the reports print, trailing zeros kept. */
export const formatPercent = (percent: number, decimals = 2) => `${percent.toFixed(decimals)}%`;

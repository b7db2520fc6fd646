import { DEFAULT_DUTY_WEIGHTS, DUTY_ITEMS, type DutyItem } from '@jianyan/shared';

export type DutyCounts = Record<DutyItem, number>;
export type DutyWeights = Record<DutyItem, number>;

export const zeroCounts = (): DutyCounts =>
  Object.fromEntries(DUTY_ITEMS.map((i) => [i, 0])) as DutyCounts;

/** The body's stored weights over the defaults (an item never configured keeps its default). */
export function effectiveWeights(stored: { item: string; points: number }[]): DutyWeights {
  const weights = { ...DEFAULT_DUTY_WEIGHTS };
  for (const { item, points } of stored) {
    if ((DUTY_ITEMS as readonly string[]).includes(item)) {
      weights[item as DutyItem] = points;
    }
  }
  return weights;
}

export interface PointsLine {
  item: DutyItem;
  count: number;
  weight: number;
  points: number;
}

/** Each kind of duty with its count, weight and points, and the total. */
export function pointsOf(counts: DutyCounts, weights: DutyWeights) {
  const breakdown: PointsLine[] = DUTY_ITEMS.map((item) => ({
    item,
    count: counts[item],
    weight: weights[item],
    points: counts[item] * weights[item],
  }));
  return { breakdown, total: breakdown.reduce((sum, l) => sum + l.points, 0) };
}

/**
 * Ranks by points, highest first; equal points share a rank and the next rank skips
 * (1, 2, 2, 4), as published rankings do. Ties are listed by name in pinyin order.
 */
export function rank<T extends { name: string; points: number }>(
  rows: T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) => b.points - a.points || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return sorted.map((row, i) => {
    let first = i;
    while (first > 0 && sorted[first - 1]!.points === row.points) {
      first -= 1;
    }
    return { ...row, rank: first + 1 };
  });
}

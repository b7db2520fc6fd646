import { Router } from '../router.js';
import { areaOfCategoryName, type RoutingHistoryItem } from '../routing-types.js';

/** One labelled item of the evaluation set (eval/routing/bodies/<body>/items.jsonl). */
export interface LabelledItem {
  id: string;
  title: string;
  summary?: string;
  category?: string;
  lead_unit?: string;
}

export interface BodyDataset {
  body: string;
  units: string[];
  items: LabelledItem[];
}

export interface Accuracy {
  body: string;
  items: number;
  categoryTop1: Rate;
  leadTop1: Rate;
  leadTop3: Rate;
}

export interface Rate {
  hits: number;
  of: number;
}

const rate = (): Rate => ({ hits: 0, of: 0 });
const count = (r: Rate, hit: boolean) => {
  r.of++;
  if (hit) {
    r.hits++;
  }
};

/** How many folds the with-history evaluation uses: each item is routed with the other 80% as history. */
export const FOLDS = 5;

/**
 * Routes every item of a body and compares with where it really went. Without history the router
 * knows only the unit list; with history each item is routed knowing the other folds' items
 * (cross-validation), never itself.
 */
export function evaluateBody(data: BodyDataset, withHistory: boolean): Accuracy {
  const acc: Accuracy = {
    body: data.body,
    items: data.items.length,
    categoryTop1: rate(),
    leadTop1: rate(),
    leadTop3: rate(),
  };
  const folds = withHistory ? FOLDS : 1;
  for (let fold = 0; fold < folds; fold++) {
    const test = data.items.filter((_, i) => i % folds === fold);
    const history: RoutingHistoryItem[] = withHistory
      ? data.items
          .filter((_, i) => i % folds !== fold)
          .map((h) => ({
            title: h.title,
            summary: h.summary,
            area: h.category ? areaOfCategoryName(h.category) : undefined,
            leadUnit: h.lead_unit,
          }))
      : [];
    const router = new Router(data.units, history);
    for (const item of test) {
      const s = router.suggest(item);
      if (item.category && areaOfCategoryName(item.category)) {
        count(acc.categoryTop1, s.categories[0]?.name === item.category);
      }
      if (item.lead_unit && data.units.includes(item.lead_unit)) {
        const names = s.units.map((u) => u.name);
        count(acc.leadTop1, names[0] === item.lead_unit);
        count(acc.leadTop3, names.slice(0, 3).includes(item.lead_unit));
      }
    }
  }
  return acc;
}

export function total(rows: Accuracy[]): Accuracy {
  const sum = (pick: (a: Accuracy) => Rate): Rate => ({
    hits: rows.reduce((s, r) => s + pick(r).hits, 0),
    of: rows.reduce((s, r) => s + pick(r).of, 0),
  });
  return {
    body: 'all',
    items: rows.reduce((s, r) => s + r.items, 0),
    categoryTop1: sum((r) => r.categoryTop1),
    leadTop1: sum((r) => r.leadTop1),
    leadTop3: sum((r) => r.leadTop3),
  };
}

export const percent = (r: Rate) => (r.of ? `${((100 * r.hits) / r.of).toFixed(1)}%` : '—');

/** The rows of the tuned bodies and those of the held-out ones (every body not listed as tuned). */
export function splitRows(rows: Accuracy[], tuned: ReadonlySet<string>): [Accuracy[], Accuracy[]] {
  return [rows.filter((r) => tuned.has(r.body)), rows.filter((r) => !tuned.has(r.body))];
}

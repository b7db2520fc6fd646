import { CATEGORY_AREAS, type CategoryArea } from '@jianyan/shared';
import type { DbOrTx } from '../../db/database.js';
import { reviewCounts } from './review-report.queries.js';

/**
 * What a session's intake comes to, counted as the review report counts it: proposals received
 * by the submission deadline (plenary), those registered, by source over received and by area
 * over registered; proposals received after the deadline (interim) are counted apart. The review
 * report and the dashboard both read this, so their figures cannot drift apart.
 */
export interface Intake {
  received: number;
  registered: number;
  bySource: { individual: number; collective: number };
  byCategory: Record<CategoryArea, number>;
  interimCount: number;
}

/** The intake of one session, or of every session of the body summed when none is named. */
export async function intakeOf(db: DbOrTx, bodyId: string, sessionId?: string): Promise<Intake> {
  const rows = (await reviewCounts(db, bodyId, sessionId)).map((r) => ({ ...r, n: Number(r.n) }));
  const sum = (xs: { n: number }[]) => xs.reduce((n, r) => n + r.n, 0);
  const plenary = rows.filter((r) => r.origin === 'plenary');
  const byCategory = Object.fromEntries(CATEGORY_AREAS.map((a) => [a, 0])) as Record<
    CategoryArea,
    number
  >;
  for (const r of plenary) {
    if (r.registered && r.area) {
      byCategory[r.area] += r.n;
    }
  }
  return {
    received: sum(plenary),
    registered: sum(plenary.filter((r) => r.registered)),
    bySource: {
      individual: sum(plenary.filter((r) => r.proposerType === 'individual')),
      collective: sum(plenary.filter((r) => r.proposerType === 'collective')),
    },
    byCategory,
    interimCount: sum(rows.filter((r) => r.origin === 'interim')),
  };
}

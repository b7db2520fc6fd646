import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/**
 * PGlite runs PostgreSQL as one process in single-user mode, and so without the autovacuum
 * daemon that a PostgreSQL server runs beside its connections. Nothing would otherwise:
 * - ANALYZE the tables: the planner keeps the statistics of the empty tables it started with and,
 *   expecting one row, walks all 2,000 of a session's proposals one by one for every search;
 * - VACUUM them: the full-text index keeps new words in its pending list, which every search
 *   reads in full, and its cost estimate stays so high that the planner passes it over;
 *   updated proposals leave dead row versions behind.
 * With 2,000 proposals a staff search took 2.4 times as long as after one pass of this upkeep
 * (`npm run bench:upkeep`), on the engine's one thread, and the rush's submissions waited behind it.
 *
 * So the server does the daemon's work itself (decision 0012): once a minute, as often as the
 * daemon looks (autovacuum_naptime), each table past the daemon's default thresholds is vacuumed
 * and analysed. On PostgreSQL the daemon does this, and the server leaves it alone.
 */
export const UPKEEP_INTERVAL_MS = 60_000;

/** PostgreSQL's defaults for the autovacuum daemon (postgresql.conf). */
const THRESHOLDS = {
  vacuum: { base: 50, scale: 0.2 },
  vacuumAfterInserts: { base: 1000, scale: 0.2 },
  analyze: { base: 50, scale: 0.1 },
};

export interface TableUpkeep {
  table: string;
  action: 'vacuum analyze' | 'analyze';
}

export type TableActivity = {
  table: string;
  /** Rows at the last VACUUM or ANALYZE (pg_class.reltuples; -1 before the first). */
  rows: number;
  deadRows: number;
  insertedSinceVacuum: number;
  changedSinceAnalyze: number;
};

/**
 * What each table needs, by the daemon's rules; tables that need nothing are left out. With
 * `everyTable`, every table is vacuumed and analysed.
 */
export function upkeepPlan(activity: TableActivity[], everyTable = false): TableUpkeep[] {
  const past = (n: number, t: { base: number; scale: number }, rows: number) =>
    n > t.base + t.scale * rows;
  return activity.flatMap((a): TableUpkeep[] => {
    const rows = Math.max(0, a.rows);
    if (
      everyTable ||
      past(a.deadRows, THRESHOLDS.vacuum, rows) ||
      past(a.insertedSinceVacuum, THRESHOLDS.vacuumAfterInserts, rows)
    ) {
      return [{ table: a.table, action: 'vacuum analyze' }];
    }
    if (past(a.changedSinceAnalyze, THRESHOLDS.analyze, rows)) {
      return [{ table: a.table, action: 'analyze' }];
    }
    return [];
  });
}

/** How much each of the application's tables changed since it was last vacuumed and analysed. */
export async function readTableActivity(db: Db): Promise<TableActivity[]> {
  // A backend sends its counts to the statistics at most once a second, when idle; PGlite's one
  // backend is rarely idle under load, so the counts are sent now, and read by the next statement.
  await db.execute(sql`SELECT pg_stat_force_next_flush()`);
  const result = await db.execute<TableActivity>(sql`
    SELECT s.relname AS "table", c.reltuples::float8 AS "rows", s.n_dead_tup::float8 AS "deadRows",
      s.n_ins_since_vacuum::float8 AS "insertedSinceVacuum",
      s.n_mod_since_analyze::float8 AS "changedSinceAnalyze"
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = 'public'`);
  return (result as { rows: TableActivity[] }).rows;
}

/**
 * One pass: reads how much each table changed, then vacuums and analyses those that need it, or
 * every table with `everyTable`.
 */
export async function runUpkeepOnce(db: Db, everyTable = false): Promise<TableUpkeep[]> {
  const plan = upkeepPlan(await readTableActivity(db), everyTable);
  for (const step of plan) {
    // One statement per table, outside any transaction (VACUUM cannot run in one), so that other
    // requests get the engine between tables.
    await db.execute(
      sql.raw(
        `${step.action === 'analyze' ? 'ANALYZE' : 'VACUUM (ANALYZE)'} public."${step.table.replaceAll('"', '""')}"`,
      ),
    );
  }
  return plan;
}

/**
 * Runs the upkeep every minute, and first over every table: PGlite keeps no change counts across
 * a restart, so what changed before it (a restore, an import, the last run's work) would
 * otherwise never count.
 */
export function startEmbeddedUpkeep(
  db: Db,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
) {
  let running: Promise<void> | undefined;
  let first = true;
  const tick = () => {
    running ??= runUpkeepOnce(db, first)
      .then(() => {
        first = false;
      })
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, opts.intervalMs ?? UPKEEP_INTERVAL_MS);
  timer.unref();
  return {
    /** Stops the timer and waits for a pass under way, so that the database can be closed. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../../db/database.js';
import type { DbOrTx } from '../../db/database.js';

/**
 * Tables in the order their rows can be inserted (parents first). Login sessions and idempotency
 * keys are not business data and are left out.
 */
export const BACKUP_TABLES = [
  'bodies',
  'terms',
  'sessions',
  'people',
  'organisations',
  'units',
  'users',
  'categories',
  'proposals',
  'number_counters',
  'cosigners',
  'review_decisions',
  'supervision_items',
  'supervision_item_units',
  'supervision_records',
  'supervision_notes',
  'assignments',
  'objections',
  'contacts',
  'co_unit_opinions',
  'replies',
  'feedback',
  'rehandling_rounds',
  'attachments',
  'events',
  'speeches',
  'speech_digests',
  'notifications',
  'jobs',
  'extensions',
  'activities',
  'attendance',
  'opinion_reports',
  'duty_weights',
  'work_reports',
  'report_targets',
  'target_units',
  'target_progress',
  'target_evidence',
  'target_proposals',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Self-references that need the parent row first. */
const PARENT_FIRST: Partial<Record<BackupTable, string>> = {
  units: 'parent_unit_id',
  categories: 'parent_category_id',
  proposals: 'merged_into_id',
};

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);

/** The columns a restore writes: all but generated ones. */
export async function writableColumns(db: DbOrTx, table: BackupTable): Promise<string[]> {
  const r = await db.execute(
    sql`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`,
  );
  return rowsOf<{ column_name: string }>(r).map((c) => c.column_name);
}

/** A table's rows as JSON (bytea as \\x-hex, timestamps ISO), all or one body's. */
export async function dumpTable(
  db: DbOrTx,
  table: BackupTable,
  bodyId?: string,
): Promise<unknown[]> {
  const parent = PARENT_FIRST[table];
  const order = parent ? sql.raw(`ORDER BY (${parent} IS NOT NULL)`) : sql``;
  const where = bodyId ? sql`WHERE body_id = ${bodyId}` : sql``;
  const r = await db.execute(
    sql`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM (SELECT * FROM ${sql.identifier(table)} ${where} ${order}) t`,
  );
  const [row] = rowsOf<{ rows: unknown[] | string }>(r);
  const rows = row?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as unknown[]) : rows;
}

/** Inserts rows from a backup; JSON is turned back into each column's type by the database. */
export async function loadTable(
  db: DbOrTx,
  table: BackupTable,
  columns: string[],
  rows: unknown[],
) {
  if (rows.length === 0) {
    return;
  }
  const cols = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  const overriding = table === 'events' ? sql.raw('OVERRIDING SYSTEM VALUE') : sql``;
  await db.execute(
    sql`INSERT INTO ${sql.identifier(table)} (${cols}) ${overriding} SELECT ${cols} FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
  if (table === 'events') {
    await db.execute(
      sql`SELECT setval(pg_get_serial_sequence('events', 'event_id'), (SELECT max(event_id) FROM events))`,
    );
  }
}

export async function countRows(db: DbOrTx, table: BackupTable): Promise<number> {
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

/** A digest of a table's content, the same on both databases for the same rows. */
export async function tableDigest(db: DbOrTx, table: BackupTable): Promise<string> {
  const r = await db.execute(
    sql`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM ${sql.identifier(table)} t`,
  );
  return String(rowsOf<{ d: string }>(r)[0]?.d ?? '');
}

/** How many migrations this version of the code has (a backup records the schema it came from). */
export const migrationCount = () =>
  readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;

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
  'proposal_search',
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

/**
 * Self-references that need the parent row first. Restore inserts in batches, so a child must
 * come after its parent even when they fall into different batches: rows are read by depth.
 */
const PARENT_FIRST: Partial<Record<BackupTable, { parent: string; id: string }>> = {
  units: { parent: 'parent_unit_id', id: 'unit_id' },
  categories: { parent: 'parent_category_id', id: 'category_id' },
  proposals: { parent: 'merged_into_id', id: 'proposal_id' },
};

/** Tables whose rows are stored files (file-store.ts): their bytes may live on disk. */
export const FILE_TABLES: ReadonlySet<BackupTable> = new Set(['attachments', 'target_evidence']);

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);

/** The columns a restore writes: all but generated ones. */
export async function writableColumns(db: DbOrTx, table: BackupTable): Promise<string[]> {
  const r = await db.execute(
    sql`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`,
  );
  return rowsOf<{ column_name: string }>(r).map((c) => c.column_name);
}

/** A table's rows, all or one body's, parents before children. */
function tableRowsQuery(table: BackupTable, bodyId: string | undefined) {
  const where = bodyId ? sql`WHERE body_id = ${bodyId}` : sql``;
  const self = PARENT_FIRST[table];
  if (!self) {
    return sql`SELECT * FROM ${sql.identifier(table)} ${where}`;
  }
  const [t, parent, id] = [
    sql.identifier(table),
    sql.identifier(self.parent),
    sql.identifier(self.id),
  ];
  return sql`WITH RECURSIVE depth AS (
      SELECT body_id, ${id} AS id, 0 AS d FROM ${t}
        WHERE ${parent} IS NULL ${bodyId ? sql`AND body_id = ${bodyId}` : sql``}
      UNION ALL
      SELECT c.body_id, c.${id}, depth.d + 1 FROM ${t} c
        JOIN depth ON c.body_id = depth.body_id AND c.${parent} = depth.id
    )
    SELECT r.* FROM ${t} r JOIN depth ON r.body_id = depth.body_id AND r.${id} = depth.id
    ORDER BY depth.d`;
}

/**
 * A table's rows as JSON (bytea as \\x-hex, timestamps ISO), all or one body's, in one array:
 * how version-1 backups were written (kept for the benchmark's baseline and the tests that
 * restore a version-1 file).
 */
export async function dumpTable(
  db: DbOrTx,
  table: BackupTable,
  bodyId?: string,
): Promise<unknown[]> {
  const r = await db.execute(
    sql`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM (${tableRowsQuery(table, bodyId)}) t`,
  );
  const [row] = rowsOf<{ rows: unknown[] | string }>(r);
  const rows = row?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as unknown[]) : rows;
}

/** One row as backup writes it, with where its file lives when the row is a stored file. */
export interface BackupRow {
  /** The row as JSON text (bytea as \\x-hex, timestamps ISO). */
  json: string;
  storage?: 'database' | 'disk';
  sha256?: string;
  body_id?: string;
}

/**
 * A table's rows page by page through a cursor, so memory holds one page whatever the table's
 * size. Call inside the backup's transaction (a cursor lives as long as its transaction); rows
 * with file bytes come in small pages, as each may hold megabytes.
 */
export async function* tablePages(
  tx: DbOrTx,
  table: BackupTable,
  bodyId: string | undefined,
): AsyncGenerator<BackupRow[]> {
  const fileColumns = FILE_TABLES.has(table) ? sql`, t.storage, t.sha256, t.body_id` : sql``;
  const pageRows = FILE_TABLES.has(table) ? 2 : 500;
  await tx.execute(
    sql`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS json ${fileColumns} FROM (${tableRowsQuery(table, bodyId)}) t`,
  );
  try {
    for (;;) {
      const page = rowsOf<BackupRow>(
        await tx.execute(sql.raw(`FETCH FORWARD ${pageRows} FROM backup_rows`)),
      );
      if (page.length === 0) {
        return;
      }
      yield page;
    }
  } finally {
    await tx.execute(sql`CLOSE backup_rows`);
  }
}

/**
 * Inserts rows from a backup, given as a JSON array's text; JSON is turned back into each
 * column's type by the database.
 */
export async function loadRows(
  db: DbOrTx,
  table: BackupTable,
  columns: string[],
  rowsJson: string,
) {
  const cols = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  const overriding = table === 'events' ? sql.raw('OVERRIDING SYSTEM VALUE') : sql``;
  await db.execute(
    sql`INSERT INTO ${sql.identifier(table)} (${cols}) ${overriding} SELECT ${cols} FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${rowsJson}::json)`,
  );
}

/** After the events were restored with their numbers, new events number after them. */
export async function continueEventNumbering(db: DbOrTx) {
  await db.execute(
    sql`SELECT setval(pg_get_serial_sequence('events', 'event_id'), (SELECT max(event_id) FROM events))`,
  );
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

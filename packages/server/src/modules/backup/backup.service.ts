import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '../../db/database.js';
import {
  BACKUP_TABLES,
  countRows,
  dumpTable,
  loadTable,
  migrationCount,
  writableColumns,
  type BackupTable,
} from './backup.queries.js';

interface BackupFile {
  format: 'jianyan-backup';
  version: 1;
  createdAt: string;
  /** The schema the rows belong to: the number of migrations applied. */
  migrations: number;
  bodyId: string | null;
  tables: Partial<Record<BackupTable, unknown[]>>;
}

/**
 * A consistent snapshot of the database (or of one body), gzipped JSON. On PostgreSQL it reads in
 * one repeatable-read transaction, so a running server can keep writing meanwhile.
 */
export async function backup(db: Db, opts: { bodyId?: string } = {}): Promise<Buffer> {
  const tables: BackupFile['tables'] = {};
  await db.transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        tables[table] = await dumpTable(tx, table, opts.bodyId);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const file: BackupFile = {
    format: 'jianyan-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: migrationCount(),
    bodyId: opts.bodyId ?? null,
    tables,
  };
  return gzipSync(Buffer.from(JSON.stringify(file)));
}

/** Restores a backup into an empty, migrated database, all in one transaction. */
export async function restore(db: Db, content: Buffer): Promise<Record<string, number>> {
  const file = JSON.parse(gunzipSync(content).toString('utf8')) as BackupFile;
  if (file.format !== 'jianyan-backup' || file.version !== 1) {
    throw new Error('不是建言的备份文件 / not a Jianyan backup file');
  }
  const migrations = migrationCount();
  if (file.migrations > migrations) {
    throw new Error(
      `备份来自较新的版本（${file.migrations} 个迁移），请先升级 / the backup comes from a newer version; upgrade first`,
    );
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    if ((await countRows(tx, 'bodies')) > 0) {
      throw new Error(
        '目标数据库不是空的，只能恢复到空数据库 / restore only into an empty database',
      );
    }
    for (const table of BACKUP_TABLES) {
      const rows = file.tables[table] ?? [];
      await loadTable(tx, table, await writableColumns(tx, table), rows);
      counts[table] = rows.length;
    }
  });
  return counts;
}

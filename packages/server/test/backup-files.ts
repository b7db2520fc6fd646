import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import type { Db } from '../src/db/database.js';
import type { BackupFileV1 } from '../src/modules/backup/backup-format.js';
import { BACKUP_TABLES, dumpTable, migrationCount } from '../src/modules/backup/backup.queries.js';
import { writeBackup } from '../src/modules/backup/backup.service.js';
import { restoreBackup } from '../src/modules/backup/restore.service.js';

/** A backup (version 2) held in memory: fine for the tests' small bodies. */
export async function backupBytes(db: Db, dataDir: string, opts: { bodyId?: string } = {}) {
  const out = new PassThrough();
  const [content] = await Promise.all([buffer(out), writeBackup(db, dataDir, out, opts)]);
  return content;
}

export const restoreBytes = (db: Db, dataDir: string, content: Buffer) =>
  restoreBackup(db, dataDir, Readable.from([content]));

/**
 * A backup as version 1 wrote it — one JSON document of every table, built in memory — for the
 * test that old files still restore, and the benchmark's baseline.
 */
export async function versionOneBackup(db: Db, opts: { bodyId?: string } = {}) {
  const file: BackupFileV1 = {
    format: 'jianyan-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: migrationCount(),
    bodyId: opts.bodyId ?? null,
    tables: {},
  };
  await db.transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        file.tables[table] = await dumpTable(tx, table, opts.bodyId);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return gzipSync(Buffer.from(JSON.stringify(file)));
}

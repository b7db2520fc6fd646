import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db, DbOrTx } from '../../db/database.js';
import { diskPath } from '../attachments/file-store.js';
import { BACKUP_FORMAT, type BackupHeader, type EndLine } from './backup-format.js';
import { BACKUP_TABLES, migrationCount, tablePages, type BackupTable } from './backup.queries.js';

export type BackupCounts = Record<BackupTable, number>;

/**
 * Writes a consistent snapshot of the database (or of one body) to `out`, in the streaming
 * format of backup-format.ts. Everything is read in one repeatable-read, read-only transaction,
 * so a running server keeps writing meanwhile; rows come page by page through a cursor and
 * go out as fast as `out` takes them (backpressure), so memory holds a page, not the database.
 * Files stored on disk (ATTACHMENT_STORAGE=disk) are read from `dataDir` into the backup.
 */
export async function writeBackup(
  db: Db,
  dataDir: string,
  out: Writable,
  opts: { bodyId?: string } = {},
): Promise<EndLine> {
  const end: EndLine = { end: true, rows: {}, files: 0 };
  await db.transaction(
    async (tx) => {
      const lines = Readable.from(backupLines(tx, dataDir, opts.bodyId, end), {
        highWaterMark: 2,
      });
      // The bulk of a backup is files, mostly compressed already (PDF, JPEG): the fastest level
      // compresses them about as well as the default would, in a fraction of the time.
      await pipeline(lines, createGzip({ level: 1 }), out);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return end;
}

/** The file's lines, a page of rows at a time; fills in `end` as it goes, and writes it last. */
async function* backupLines(
  tx: DbOrTx,
  dataDir: string,
  bodyId: string | undefined,
  end: EndLine,
): AsyncGenerator<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: 2,
    createdAt: new Date().toISOString(),
    migrations: migrationCount(),
    bodyId: bodyId ?? null,
  };
  yield `${JSON.stringify(header)}\n`;
  // A file shared by several rows (the same document attached twice) goes in once.
  const filesWritten = new Set<string>();
  for (const table of BACKUP_TABLES) {
    let count = 0;
    const prefix = `{"table":${JSON.stringify(table)},"row":`;
    for await (const page of tablePages(tx, table, bodyId)) {
      let chunk = '';
      for (const row of page) {
        const key = `${row.body_id}/${row.sha256}`;
        if (row.storage === 'disk' && !filesWritten.has(key)) {
          chunk += await fileLine(dataDir, row.body_id!, row.sha256!);
          filesWritten.add(key);
        }
        chunk += `${prefix}${row.json}}\n`;
      }
      count += page.length;
      yield chunk;
    }
    end.rows[table] = count;
  }
  end.files = filesWritten.size;
  yield `${JSON.stringify(end)}\n`;
}

/** A file stored on disk, checked against its row's checksum, so a backup never holds a bad copy. */
async function fileLine(dataDir: string, bodyId: string, sha256: string): Promise<string> {
  const file = diskPath(dataDir, bodyId, sha256);
  let content: Buffer;
  try {
    content = await fs.readFile(file);
  } catch {
    throw new Error(`附件文件缺失：${file} / a stored file is missing: ${file}`);
  }
  if (createHash('sha256').update(content).digest('hex') !== sha256) {
    throw new Error(
      `附件文件与其校验和不符：${file} / a stored file does not match its checksum: ${file}`,
    );
  }
  return `${JSON.stringify({ file: { bodyId, sha256 }, base64: content.toString('base64') })}\n`;
}

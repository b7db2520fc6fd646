import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Db, DbOrTx } from '../../db/database.js';
import { diskPath, writeDurably } from '../attachments/file-store.js';
import {
  BACKUP_FORMAT,
  damagedBackup,
  gunzippedLines,
  notABackup,
  parseLine,
  type BackupFileV1,
  type BackupHeader,
  type EndLine,
  type FileLine,
  type RowLine,
} from './backup-format.js';
import {
  BACKUP_TABLES,
  FILE_TABLES,
  continueEventNumbering,
  countRows,
  loadRows,
  migrationCount,
  writableColumns,
  type BackupTable,
} from './backup.queries.js';
import type { BackupCounts } from './backup.service.js';
import { listBodies } from '../admin/bodies.queries.js';
import { reindexBody } from '../search/dictionary.service.js';

/** Rows go to the database in batches of this many, or of this much JSON, whichever comes first. */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;

const SHA256 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Restores a backup (either version, see backup-format.ts) into an empty, migrated database, all
 * in one transaction, reading the file line by line. Files that were stored on disk are written
 * back durably under `dataDir` before the transaction commits; if the restore fails, the files
 * it wrote are removed again, so a refused file leaves nothing behind.
 */
export async function restoreBackup(
  db: Db,
  dataDir: string,
  input: Readable,
): Promise<BackupCounts> {
  const lines = gunzippedLines(input);
  try {
    const first = await lines.next();
    const header = (first.done ? {} : parseLine(first.value)) as Partial<BackupHeader>;
    if (header.format !== BACKUP_FORMAT || (header.version !== 1 && header.version !== 2)) {
      throw notABackup();
    }
    if ((header.migrations ?? 0) > migrationCount()) {
      throw new Error(
        `备份来自较新的版本（${header.migrations} 个迁移），请先升级 / the backup comes from a newer version; upgrade first`,
      );
    }
    const searchDocuments = (header.migrations ?? 0) >= SEARCH_DOCUMENTS_SINCE;
    if (header.version === 1) {
      if (!(await lines.next()).done) {
        throw damagedBackup('text after the version-1 document', '版本 1 文档之后还有内容');
      }
      return await restoreVersion1(db, header as BackupFileV1, searchDocuments);
    }
    const created: string[] = [];
    try {
      return await db.transaction((tx) =>
        restoreVersion2(tx, dataDir, lines, created, searchDocuments),
      );
    } catch (e) {
      await Promise.all(created.map((f) => fs.rm(f, { force: true })));
      throw e;
    }
  } finally {
    await lines.return(undefined);
  }
}

async function refuseNonEmpty(tx: DbOrTx) {
  if ((await countRows(tx, 'bodies')) > 0) {
    throw new Error('目标数据库不是空的，只能恢复到空数据库 / restore only into an empty database');
  }
}

const emptyCounts = () => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;

/**
 * The number of migrations from which a backup carries the search documents as rows of their own
 * (0015_proposal_search). An older backup held them on the proposal rows, in columns that no
 * longer exist: they are rebuilt from the proposals' texts, in the restore's transaction.
 */
const SEARCH_DOCUMENTS_SINCE = 16;

/** After the rows of either version: what the restored rows imply but do not carry. */
async function finishRestore(tx: DbOrTx, counts: BackupCounts, searchDocuments: boolean) {
  if (counts.events > 0) {
    await continueEventNumbering(tx);
  }
  if (!searchDocuments) {
    for (const body of await listBodies(tx)) {
      await reindexBody(tx, body.bodyId);
    }
  }
}

/** Version 1: the whole file is one document, already in memory. */
async function restoreVersion1(
  db: Db,
  file: BackupFileV1,
  searchDocuments: boolean,
): Promise<BackupCounts> {
  const counts = emptyCounts();
  await db.transaction(async (tx) => {
    await refuseNonEmpty(tx);
    for (const table of BACKUP_TABLES) {
      const rows = file.tables?.[table] ?? [];
      if (rows.length > 0) {
        await loadRows(tx, table, await writableColumns(tx, table), JSON.stringify(rows));
      }
      counts[table] = rows.length;
    }
    await finishRestore(tx, counts, searchDocuments);
  });
  return counts;
}

/** Version 2: rows in batches as the lines come, table after table; `created` lists files written. */
async function restoreVersion2(
  tx: DbOrTx,
  dataDir: string,
  lines: AsyncGenerator<string>,
  created: string[],
  searchDocuments: boolean,
): Promise<BackupCounts> {
  await refuseNonEmpty(tx);
  const counts = emptyCounts();
  const filesRestored = new Set<string>();
  let tableIndex = -1;
  let columns: string[] = [];
  let batch: string[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (batch.length > 0) {
      const table = BACKUP_TABLES[tableIndex]!;
      try {
        await loadRows(tx, table, columns, `[${batch.join(',')}]`);
      } catch (e) {
        // Rows the database refuses (a damaged byte the gzip checksum catches only at the end).
        const cause = ((e as { cause?: Error }).cause ?? (e as Error)).message;
        throw damagedBackup(`table ${table}: ${cause}`, `表 ${table} 的行无法写入`);
      }
      batch = [];
      batchChars = 0;
    }
  };
  let end: EndLine | undefined;
  for await (const line of lines) {
    if (end) {
      throw damagedBackup('lines after the end', '结束行之后还有内容');
    }
    const item = parseLine(line) as Partial<RowLine & FileLine & EndLine>;
    if (item.row && typeof item.row === 'object') {
      const index = BACKUP_TABLES.indexOf(item.table as BackupTable);
      if (index < tableIndex || index < 0) {
        throw damagedBackup(
          `rows of table ${item.table} out of order`,
          `表 ${item.table} 的行顺序不对`,
        );
      }
      if (index !== tableIndex) {
        await flush();
        tableIndex = index;
        columns = await writableColumns(tx, BACKUP_TABLES[index]!);
      }
      const table = BACKUP_TABLES[index]!;
      const row = item.row as { storage?: string; body_id?: string; sha256?: string };
      if (FILE_TABLES.has(table) && row.storage === 'disk') {
        if (!filesRestored.has(`${row.body_id}/${row.sha256}`)) {
          throw damagedBackup('a stored file is missing', '缺少附件文件');
        }
      }
      const json = JSON.stringify(item.row);
      batch.push(json);
      batchChars += json.length;
      counts[table] += 1;
      if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
        await flush();
      }
    } else if (item.file && typeof item.base64 === 'string') {
      filesRestored.add(await restoreFile(dataDir, item as FileLine, created));
    } else if (item.end === true) {
      await flush();
      end = item as EndLine;
    } else {
      throw damagedBackup('a line of unknown kind', '无法识别的行');
    }
  }
  if (!end) {
    throw damagedBackup('the end line is missing: the file was cut off', '缺少结束行，文件被截断');
  }
  for (const table of BACKUP_TABLES) {
    if ((end.rows[table] ?? 0) !== counts[table]) {
      throw damagedBackup(`table ${table} has missing rows`, `表 ${table} 缺少行`);
    }
  }
  await finishRestore(tx, counts, searchDocuments);
  return counts;
}

/** Writes one file back under DATA_DIR, durably, after checking it is what its name says. */
async function restoreFile(dataDir: string, line: FileLine, created: string[]): Promise<string> {
  const { bodyId, sha256 } = line.file;
  // Both make up the path: anything else could write outside the attachments folder.
  if (!UUID.test(String(bodyId)) || !SHA256.test(String(sha256))) {
    throw damagedBackup('a file line names no valid body and checksum', '附件行的单位或校验和无效');
  }
  const content = Buffer.from(line.base64, 'base64');
  if (createHash('sha256').update(content).digest('hex') !== sha256) {
    throw damagedBackup(
      `file ${sha256} does not match its checksum`,
      `附件 ${sha256} 与校验和不符`,
    );
  }
  const target = diskPath(dataDir, bodyId, sha256);
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    created.push(target);
    await writeDurably(target, content);
  }
  return `${bodyId}/${sha256}`;
}

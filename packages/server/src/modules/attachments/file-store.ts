import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { checkFile, cleanFilename } from './file-check.js';

/**
 * Where uploaded files live: in the database row, or on disk under DATA_DIR/attachments by their
 * SHA-256 (ATTACHMENT_STORAGE). Proposal attachments and target evidence share it. Backup reads
 * files from here, and restore writes them back with writeDurably.
 */
export const diskPath = (dataDir: string, bodyId: string, sha256: string) =>
  path.join(dataDir, 'attachments', bodyId, sha256.slice(0, 2), sha256);

/** How writeDurably's copies end before their rename: sweepTemporaryFiles finds them by it. */
const TEMPORARY_SUFFIX = '.tmp';

/**
 * Writes the bytes durably before the row that points at them commits: the file's content, and
 * its name in its folder (and any folder made for it), so that a power cut after the commit
 * cannot leave a row whose file is gone.
 */
export async function writeDurably(file: string, content: Buffer) {
  const dir = path.dirname(file);
  const firstCreated = await fs.mkdir(dir, { recursive: true });
  // Files are named by their checksum, so members attaching the same document at once write the
  // same file: each writes its own temporary copy, and the atomic renames leave the same bytes.
  const tmp = `${file}.${process.pid}.${randomUUID()}${TEMPORARY_SUFFIX}`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  const folders = [dir];
  if (firstCreated) {
    // A new folder's own entry lives in its parent: sync up to the parent of the first one made.
    for (let d = dir; d !== path.dirname(firstCreated);) {
      d = path.dirname(d);
      folders.push(d);
    }
  }
  for (const folder of folders) {
    await syncFolder(folder);
  }
}

/**
 * Removes the temporary copies that writes cut off by a kill left behind (writeDurably's `*.tmp`;
 * no row ever points at one). With `olderThan`, only those written before it: another server
 * process on the same folder may be writing one now. Without, all — for a process that owns the
 * folder alone (PGlite's lock). Returns how many it removed.
 */
export async function sweepTemporaryFiles(dataDir: string, opts: { olderThan?: Date } = {}) {
  const root = path.join(dataDir, 'attachments');
  let names: string[];
  try {
    names = await fs.readdir(root, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return 0;
    }
    throw err;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(TEMPORARY_SUFFIX))) {
    const file = path.join(root, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile() || (opts.olderThan && stat.mtime >= opts.olderThan)) {
      continue;
    }
    await fs.rm(file, { force: true });
    removed += 1;
  }
  return removed;
}

/** fsync of a folder: what makes a rename or a new entry in it survive a power cut (POSIX). */
async function syncFolder(folder: string) {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') {
      return; // Windows opens no folder; NTFS journals the rename itself.
    }
    throw err;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface StoredFile {
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storage: 'database' | 'disk';
  /** The bytes for the row, when they are kept in the database. */
  content: Buffer | null;
}

/**
 * Checks an upload by its content and size, and writes it to disk when files live there; the
 * caller inserts the returned columns in its transaction.
 */
export async function storeUpload(
  config: Config,
  bodyId: string,
  file: { filename: string; content: Buffer },
): Promise<StoredFile> {
  const mimeType = await checkFile(file.filename, file.content, config.attachmentMaxBytes);
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const storage = config.attachmentStorage;
  if (storage === 'disk') {
    await writeDurably(diskPath(config.dataDir, bodyId, sha256), file.content);
  }
  return {
    filename: cleanFilename(file.filename),
    mimeType,
    sizeBytes: file.content.length,
    sha256,
    storage,
    content: storage === 'database' ? file.content : null,
  };
}

/** The bytes of a stored file row. */
export async function readStored(
  config: Config,
  row: { bodyId: string; storage: 'database' | 'disk'; content: Buffer | null; sha256: string },
): Promise<Buffer> {
  return row.storage === 'database'
    ? row.content!
    : fs.readFile(diskPath(config.dataDir, row.bodyId, row.sha256));
}

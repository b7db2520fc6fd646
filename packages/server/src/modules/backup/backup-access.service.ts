import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { writeBackup } from './backup.service.js';

/**
 * An administrator downloads their own body's data, never another body's. The backup is written
 * to a temporary file first and the download streams that file (removed once sent): the
 * snapshot's transaction then lasts as long as reading the database takes, not as long as a slow
 * connection takes to download — with the embedded database, other requests wait for it.
 */
export async function bodyBackup(ctx: ServiceContext): Promise<Readable> {
  if (ctx.actor.role !== 'admin') {
    throw forbidden('只有系统管理员可以备份', 'Only an administrator may back up');
  }
  const file = path.join(os.tmpdir(), `jianyan-backup-${randomUUID()}.jybak`);
  const remove = () => fs.rm(file, { force: true }, () => {});
  try {
    await writeBackup(ctx.db, ctx.config.dataDir, fs.createWriteStream(file), {
      bodyId: ctx.actor.bodyId,
    });
  } catch (e) {
    remove();
    throw e;
  }
  return fs.createReadStream(file).on('close', remove);
}
